package dev.articles.core.reader;

import static dev.articles.testing.ArticleBuilder.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.frontmatter.FrontMatterFields;
import dev.articles.core.model.Article;
import dev.articles.testing.BundleSchemas;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated reader: its sources against golden files, that they compile without a warning (Javadoc's checks
 * included) into the same bytes every time, and what the compiled reader does with a real bundle.
 *
 * <p>After an intended change of the generated code, write the golden files again and review the difference:
 * <pre>./mvnw -o test -Dtest=ReaderGeneratorTest -Dgolden.update=true</pre>
 */
class ReaderGeneratorTest {
    static final Path RESOURCES = Path.of("src/test/resources/dev/articles/core/reader");
    static final ReaderNames NAMES = new ReaderNames("com.example.blog", "Blog");

    /** The bundle of the behaviour tests, its reader compiled beside it, and a class loader for both. */
    @TempDir
    static Path shared;
    static ClassLoader loader;

    static ReaderRequest request(Path root, ReaderNames names, Path schema) {
        return new ReaderRequest(names, "blog", schema, ZoneId.of("Asia/Tokyo"), "test", "com.example", "blog",
                root.resolve("generated-sources"), root.resolve("classes"), root.resolve("reader/files.txt"));
    }

    static ReaderSpec spec() throws IOException {
        return new ReaderSpec(NAMES, "blog", ExtraSchema.read(RESOURCES.resolve("front-matter.schema.json"),
                FrontMatterFields.interpretedKeys()), ZoneId.of("Asia/Tokyo"), "test", "com.example", "blog");
    }

    @Test
    void sourcesMatchTheGoldenFiles() throws IOException {
        Map<String, String> sources = ReaderSources.of(spec());
        Path golden = RESOURCES.resolve("golden");
        if (Boolean.getBoolean("golden.update")) {
            for (Map.Entry<String, String> s : sources.entrySet()) {
                Path file = golden.resolve(s.getKey() + ".txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, s.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> files = Files.walk(golden)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String path = golden.relativize(f).toString().replace('\\', '/');
                expected.put(path.substring(0, path.length() - ".txt".length()), Files.readString(f));
            }
        }
        assertEquals(expected.keySet(), sources.keySet());
        for (String path : expected.keySet()) {
            assertEquals(expected.get(path), sources.get(path), path);
        }
    }

    @Test
    void compilesWithoutWarningsAndWithCompleteJavadoc() throws IOException {
        ReaderCompiler.Output output = ReaderCompiler.compile(ReaderSources.of(spec()),
                List.of("-Xdoclint:all/protected", "-Werror"));
        assertEquals(List.of(), output.errors());
        assertEquals(List.of(), output.warnings());
        assertEquals(List.of("com/example/blog/BlogArticle$Details.class", "com/example/blog/BlogArticle$Heading.class",
                "com/example/blog/BlogArticle.class", "com/example/blog/BlogArticles$Contents.class",
                "com/example/blog/BlogArticles.class", "com/example/blog/BlogExtra$Status.class",
                "com/example/blog/BlogExtra.class", "com/example/blog/BundleFiles.class", "com/example/blog/Json.class",
                "com/example/blog/Page.class"), List.copyOf(output.classes().keySet()));
        // Java 11 class files (major version 55), naming their source file without a folder.
        byte[] articles = output.classes().get("com/example/blog/BlogArticles.class");
        assertEquals(55, articles[7]);
        assertTrue(new String(articles, StandardCharsets.ISO_8859_1).contains("BlogArticles.java"));
    }

    @Test
    void classFilesAreTheSameBytesEveryTime() throws IOException {
        Map<String, byte[]> first = ReaderCompiler.compile(ReaderSources.of(spec()), List.of()).classes();
        Map<String, byte[]> second = ReaderCompiler.compile(ReaderSources.of(spec()), List.of()).classes();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void namesFromTheProjectsCoordinates() {
        assertEquals("com.example.my_blog", ReaderNames.defaultPackage("com.example", "my-blog"));
        assertEquals("org._2026.class_.site", ReaderNames.defaultPackage("org.2026.class", "site"));
        assertEquals("ExampleSite", ReaderNames.defaultPrefix("example-site"));
        assertEquals("Blog", ReaderNames.defaultPrefix("blog"));
        assertEquals("MyBlogV2", ReaderNames.defaultPrefix("my.blog_v2"));
        assertEquals("Bundle2026", ReaderNames.defaultPrefix("2026"));
        assertNull(ReaderNames.packageProblem("com.example.blog"));
        assertNull(ReaderNames.prefixProblem("Blog"));
        assertEquals("'com.example.class' is not a Java package name: 'class' cannot be a segment of one; use "
                + "letters, digits and '_', segments separated by '.', such as com.example.blog",
                ReaderNames.packageProblem("com.example.class"));
        assertTrue(ReaderNames.packageProblem("com..blog").contains("'' cannot be a segment"));
        assertTrue(ReaderNames.packageProblem("java.blog").contains("reserved for the JDK"));
        assertTrue(ReaderNames.prefixProblem("blog").startsWith("'blog' cannot start a Java class name"));
        assertTrue(ReaderNames.prefixProblem("My Blog").startsWith("'My Blog' cannot"));
        assertTrue(ReaderNames.prefixProblem("").startsWith("'' cannot"));
    }

    @Test
    void schemaFieldsTypedAndUntyped() throws IOException {
        ExtraSchema schema = spec().schema();
        assertEquals(List.of("series STRING required", "part INTEGER", "rating NUMBER", "featured BOOLEAN",
                "updated DATE", "reviewedAt DATE_TIME", "status ENUM", "keywords STRING list", "scores INTEGER list",
                "class_ STRING", "subtitle STRING"), schema.fields().stream().map(f -> f.accessor() + " " + f.kind()
                + (f.list() ? " list" : "") + (f.required() ? " required" : "")).toList());
        assertEquals(List.of("cover (an object)"), schema.untyped());
        assertEquals(List.of("IN_REVIEW", "公開", "ARCHIVED", "V_", "A_B", "A_B_2"),
                EnumConstants.of(List.of("in-review", "公開", "archived", "-", "a b", "A-B")));
    }

    // ----- the compiled reader with a bundle -----

    @BeforeAll
    static void bundleAndReader() throws IOException {
        Path classes = shared.resolve("classes");
        BundleWriter writer = new BundleWriter("blog", classes, List.of());
        writer.write(List.of(
                article("future").id("2026/2026-12-24-future", "/articles/future/").date("2026-12-24T09:00:00+09:00")
                        .tags("Java").extra("series", "Advent").build(),
                article("hello").id("2026/2026-02-05-hello", "/articles/hello/").date("2026-02-05T17:08:42+09:00")
                        .title("こんにちは").tags("Java", "Maven").categories("技術").author("山田")
                        .headings(new Article.Heading(2, "intro", "はじめに"))
                        .html("<h2 id=\"intro\">はじめに</h2>\n")
                        .extra("series", "入門").extra("part", "2").extra("rating", "4.5").extra("featured", "true")
                        .extra("updated", "2026-02-06").extra("reviewed_at", "2026-02-06 10:00")
                        .extra("status", "公開").extra("keywords", List.of("a", "b")).extra("scores", List.of("3", "0x10"))
                        .extra("cover", Map.of("src", "c.png")).extra("unknown", "kept").build(),
                article("draft").id("2026/2026-01-20-draft", "/articles/draft/").date("2026-01-20T00:00:00Z")
                        .tags("Java").draft(true).extra("series", "x").build(),
                article("setup").id("2025/2025-12-31-setup", "/articles/setup/").date("2025-12-31T23:00:00-05:00")
                        .tags("Maven").categories("技術").extra("series", "入門").extra("part", "1").build(),
                article("hello").id("notes/hello", "/articles/notes/hello/").date("2025-01-01T00:00:00.000123Z")
                        .extra("series", "notes").extra("part", "many").build()));
        BundleSchemas.assertValidBundle(classes);
        ReaderOutcome outcome = ReaderGenerator.generate(request(shared, NAMES,
                RESOURCES.resolve("front-matter.schema.json")));
        assertEquals(ReaderOutcome.Status.GENERATED, outcome.status(), outcome.messages().toString());
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }

    static Object call(Object target, String name, Object... args) {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target instanceof Class<?> ? null : target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException | IllegalArgumentException e) {
                    continue; // an overload of the same arity
                }
            }
        }
        throw new AssertionError("no method " + name + "/" + args.length + " on " + type);
    }

    static Object articles(Clock clock) throws ClassNotFoundException {
        Object loaded = call(loader.loadClass("com.example.blog.BlogArticles"), "load", loader);
        return call(loaded, "withClock", clock);
    }

    static List<String> ids(Object list) {
        List<String> ids = new ArrayList<>();
        for (Object a : (List<?>) list) {
            ids.add((String) call(a, "id"));
        }
        return ids;
    }

    static final Clock FEBRUARY = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void listsNewestFirstWithoutDraftsAndFutureArticles() throws Exception {
        Object articles = articles(FEBRUARY);
        assertEquals(List.of("2026/2026-02-05-hello", "2025/2025-12-31-setup", "notes/hello"),
                ids(call(articles, "all")));
        assertEquals(List.of("2026/2026-02-05-hello", "2025/2025-12-31-setup"), ids(call(articles, "newest", 2)));
        assertEquals(3, call(articles, "size"));
        assertEquals("/articles/assets/", call(articles, "assetsUrl"));
        // Scheduled publishing: the same articles at Christmas list the future one; drafts when asked for.
        Object christmas = call(articles, "withClock", Clock.fixed(Instant.parse("2026-12-24T00:00:00Z"),
                ZoneOffset.UTC));
        assertEquals("2026/2026-12-24-future", ids(call(christmas, "all")).get(0));
        assertEquals(List.of("2026/2026-02-05-hello", "2026/2026-01-20-draft", "2025/2025-12-31-setup",
                "notes/hello"), ids(call(call(articles, "withDrafts"), "all")));
        assertEquals(Optional.empty(), call(articles, "byId", "2026/2026-12-24-future"));
        assertTrue(((Optional<?>) call(christmas, "byId", "2026/2026-12-24-future")).isPresent());
        assertEquals(Optional.empty(), call(articles, "byUrl", "/articles/draft/"));
    }

    @Test
    void lookUpsAndSelections() throws Exception {
        Object articles = articles(FEBRUARY);
        Object hello = ((Optional<?>) call(articles, "byUrl", "/articles/hello/")).orElseThrow();
        assertEquals("2026/2026-02-05-hello", call(hello, "id"));
        assertEquals("2026/2026-02-05-hello", call(((Optional<?>) call(articles, "bySlug", "hello")).orElseThrow(),
                "id"));
        assertEquals(OffsetDateTime.parse("2026-02-05T17:08:42+09:00"), call(hello, "date"));
        assertEquals(ZoneOffset.ofHours(9), ((OffsetDateTime) call(hello, "date")).getOffset());
        assertEquals("こんにちは", call(hello, "title"));
        assertEquals("山田", call(hello, "author"));
        assertEquals("<h2 id=\"intro\">はじめに</h2>\n", call(hello, "html"));
        assertEquals("h2#intro はじめに", call(hello, "headings").toString().replaceAll("[\\[\\]]", ""));
        assertEquals(List.of("2026/2026-02-05-hello"), ids(call(call(articles, "byTag", "Java"), "all")));
        assertEquals(List.of("2026/2026-02-05-hello", "2025/2025-12-31-setup"),
                ids(call(call(articles, "byCategory", "技術"), "all")));
        assertEquals(List.of("2025/2025-12-31-setup", "notes/hello"), ids(call(call(articles, "byYear", 2025), "all")));
        assertEquals(List.of("2025/2025-12-31-setup"),
                ids(call(call(call(articles, "byYear", 2025), "byTag", "Maven"), "all")));
        assertEquals(List.of(2026, 2025), call(articles, "years"));
        assertEquals(List.of("Java", "Maven"), call(articles, "tags"));
        Object page = call(articles, "page", 2, 2);
        assertEquals(List.of("notes/hello"), ids(call(page, "items")));
        assertEquals("Page 2 of 2 (1 of 3 items)", page.toString());
        assertEquals(true, call(page, "hasPrevious"));
        assertEquals(false, call(page, "hasNext"));
        assertEquals(List.of(), call(call(articles, "page", 3, 2), "items"));
        assertThrows(IllegalArgumentException.class, () -> call(articles, "page", 0, 2));
        Object setup = ((Optional<?>) call(articles, "byId", "2025/2025-12-31-setup")).orElseThrow();
        assertEquals(OffsetDateTime.parse("2025-12-31T23:00:00-05:00"), call(setup, "date"));
        Object notes = ((Optional<?>) call(articles, "byId", "notes/hello")).orElseThrow();
        assertEquals(OffsetDateTime.parse("2025-01-01T00:00:00.000123Z"), call(notes, "date"));
        assertEquals(Optional.of(hello), call(articles, "next", setup));
        assertEquals("notes/hello", call(((Optional<?>) call(articles, "previous", setup)).orElseThrow(), "id"));
        assertEquals(Optional.empty(), call(articles, "next", hello));
    }

    @Test
    void typedExtraFields() throws Exception {
        Object articles = articles(FEBRUARY);
        Object extra = call(((Optional<?>) call(articles, "byId", "2026/2026-02-05-hello")).orElseThrow(), "extra");
        assertEquals("入門", call(extra, "series"));
        assertEquals(Optional.of(2L), call(extra, "part"));
        assertEquals(Optional.of(4.5), call(extra, "rating"));
        assertEquals(Optional.of(true), call(extra, "featured"));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 6)), call(extra, "updated"));
        assertEquals(Optional.of(OffsetDateTime.parse("2026-02-06T10:00+09:00")), call(extra, "reviewedAt"));
        assertEquals("Optional[公開]", call(extra, "status").toString());
        assertEquals(List.of("a", "b"), call(extra, "keywords"));
        assertEquals(List.of(3L, 16L), call(extra, "scores"));
        assertEquals(Optional.empty(), call(extra, "subtitle"));
        assertEquals("kept", ((Map<?, ?>) call(extra, "asMap")).get("unknown"));
        assertEquals(Map.of("src", "c.png"), ((Map<?, ?>) call(extra, "asMap")).get("cover"));
        Object setup = call(((Optional<?>) call(articles, "byId", "2025/2025-12-31-setup")).orElseThrow(), "extra");
        assertEquals(Optional.empty(), call(setup, "featured"));
        assertEquals(List.of(), call(setup, "keywords"));
        // A value the schema would have refused (the rule turned off): a clear message, not a wrong value.
        Object notes = call(((Optional<?>) call(articles, "byId", "notes/hello")).orElseThrow(), "extra");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(notes, "part"));
        assertEquals("The front matter field 'part' of the article notes/hello is many, not a whole number as the "
                + "schema declares (was the rule front-matter.schema off when the bundle was built?)", e.getMessage());
    }

    @Test
    void refusesABundleOfAnotherFormat(@TempDir Path other) throws Exception {
        Path index = other.resolve("META-INF/articles/blog/index.json");
        Files.createDirectories(index.getParent());
        Files.writeString(index, "{\"format\": 3, \"bundle\": \"blog\", \"articles\": []}\n");
        ClassLoader both = new URLClassLoader(new URL[] {other.toUri().toURL()}, loader);
        Class<?> reader = loader.loadClass("com.example.blog.BlogArticles");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(reader, "load",
                new URLClassLoader(new URL[] {other.toUri().toURL()}, null)));
        assertEquals("META-INF/articles/blog/index.json is a bundle of format 3, but BlogArticles reads format 2 only "
                + "(it was generated by articles-maven-plugin test); use the reader generated with that bundle, from "
                + "the same content jar", e.getMessage());
        assertTrue(both.getResource("META-INF/articles/blog/index.json") != null);
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> call(reader, "load",
                new URLClassLoader(new URL[0], null)));
        assertEquals("META-INF/articles/blog/index.json is not on the classpath: the reader BlogArticles reads the "
                + "bundle 'blog' of the content jar com.example:blog, which must be on the same classpath",
                missing.getMessage());
    }

    // ----- incremental generation -----

    @Test
    void nothingIsWrittenWhenNothingChangedAndStaleFilesGo(@TempDir Path root) throws IOException {
        ReaderRequest request = request(root, NAMES, null);
        ReaderOutcome first = ReaderGenerator.generate(request);
        assertEquals(ReaderOutcome.Status.GENERATED, first.status());
        assertEquals(List.of(), first.messages());
        Path articles = root.resolve("classes/com/example/blog/BlogArticles.class");
        assertTrue(Files.isRegularFile(articles));
        assertTrue(Files.isRegularFile(root.resolve("classes/com/example/blog/BlogArticles.java")));
        assertTrue(Files.isRegularFile(root.resolve("generated-sources/com/example/blog/BlogArticles.java")));
        assertEquals("{\n  \"resources\": {\n    \"includes\": [\n      {\n        \"pattern\": "
                + "\"\\\\QMETA-INF/articles/bundles.txt\\\\E\"\n      },\n      {\n        \"pattern\": "
                + "\"\\\\QMETA-INF/articles/blog/\\\\E.*\"\n      }\n    ]\n  }\n}\n", Files.readString(root.resolve(
                "classes/META-INF/native-image/com.example/blog/resource-config.json")));
        int files = first.written();
        assertEquals(6 * 2 + 9 + 1, files); // the sources twice, the classes (no enum without a schema), native image

        ReaderOutcome again = ReaderGenerator.generate(request);
        assertEquals(new ReaderOutcome(ReaderOutcome.Status.UP_TO_DATE, 0, files, 0, 0, List.of()), again);

        // A deleted class file is written again; the others stay as they were.
        Files.delete(articles);
        ReaderOutcome repaired = ReaderGenerator.generate(request);
        assertEquals(1, repaired.written());
        assertEquals(files - 1, repaired.unchanged());

        // Another package: the old one is gone, folders included.
        ReaderOutcome renamed = ReaderGenerator.generate(request(root, new ReaderNames("org.example.news", "News"),
                null));
        // The native image configuration is the same file at the same place: neither written nor deleted.
        assertEquals(files - 1, renamed.written());
        assertEquals(1, renamed.unchanged());
        assertEquals(files - 1, renamed.deleted());
        assertFalse(Files.exists(root.resolve("classes/com")));
        assertTrue(Files.isRegularFile(root.resolve("classes/org/example/news/NewsArticles.class")));

        assertEquals(files, ReaderGenerator.remove(request));
        try (Stream<Path> left = Files.walk(root)) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList());
        }
    }
}

package dev.articles.core.bundle;

import static dev.articles.testing.ArticleBuilder.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articles.core.model.Article;
import dev.articles.testing.BundleSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
    private static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("generated");
    }

    private Path mirror() {
        return temp.resolve("classes");
    }

    private BundleWriter.Report write(String bundle, List<Article> articles) throws IOException {
        BundleWriter.Report report = new BundleWriter(bundle, out(), List.of(mirror())).write(articles);
        BundleSchemas.assertValidBundle(out());
        return report;
    }

    private static Article first() {
        return article("first").date("2026-02-05T17:08:42Z").tags("Java", "日本語").categories("技術")
                .html("<p>最初</p>\n").build();
    }

    private static Article second() {
        return article("second").date("2026-02-06T09:00:00+09:00").tags("Java").build();
    }

    /** Every file below {@code root}, relative, with its bytes as text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static void age(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, OLD);
            }
        }
    }

    @Test
    void writesTheBundleLayout() throws IOException {
        BundleWriter.Report report = write("site", List.of(second(), first()));
        assertEquals(new BundleWriter.Report(2, 8, 0, 0), report);
        assertEquals(new TreeSet<>(List.of("META-INF/articles/bundles.txt", "META-INF/articles/site/index.json",
                "META-INF/articles/site/tags.json", "META-INF/articles/site/categories.json",
                "META-INF/articles/site/articles/first.json", "META-INF/articles/site/articles/first.html",
                "META-INF/articles/site/articles/second.json", "META-INF/articles/site/articles/second.html")),
                tree(out()).keySet());
        assertEquals("site\n", Files.readString(out().resolve("META-INF/articles/bundles.txt")));
        assertArrayEquals("<p>最初</p>\n".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(out().resolve("META-INF/articles/site/articles/first.html")));
    }

    @Test
    void indexKeepsTheGivenOrderAndTermsListIdsNewestFirst() throws IOException {
        // One slug in two folders: two articles, told apart by their ids and addresses.
        Article en = article("hello").id("en/hello", "/en/hello/").date("2026-02-06T09:00:00+09:00").tags("Java")
                .build();
        Article ja = article("hello").id("ja/hello", "/ja/hello/").tags("Java", "日本語").build();
        write("site", List.of(en, ja));
        JsonNode index = BundleSchemas.JSON.readTree(out().resolve("META-INF/articles/site/index.json").toFile());
        assertEquals("en/hello", index.get("articles").get(0).get("id").asText());
        assertEquals("/en/hello/", index.get("articles").get(0).get("url").asText());
        assertEquals("hello", index.get("articles").get(0).get("slug").asText());
        assertEquals("articles/en/hello.json", index.get("articles").get(0).get("json").asText());
        assertEquals("ja/hello", index.get("articles").get(1).get("id").asText());
        assertEquals("hello", index.get("articles").get(1).get("slug").asText());
        assertTrue(Files.isRegularFile(out().resolve("META-INF/articles/site/articles/ja/hello.html")));
        assertEquals("""
                {
                  "format": 2,
                  "bundle": "site",
                  "tags": [
                    {
                      "name": "Java",
                      "ids": [
                        "en/hello",
                        "ja/hello"
                      ]
                    },
                    {
                      "name": "日本語",
                      "ids": [
                        "ja/hello"
                      ]
                    }
                  ]
                }
                """, Files.readString(out().resolve("META-INF/articles/site/tags.json")));
    }

    @Test
    void indexSaysWhereTheAssetsAreServed() throws IOException {
        new BundleWriter("site", out(), List.of()).write(List.of(first()), "/");
        BundleSchemas.assertValidBundle(out());
        JsonNode index = BundleSchemas.JSON.readTree(out().resolve("META-INF/articles/site/index.json").toFile());
        assertEquals("/", index.get("assetsUrl").asText());
        assertEquals("/articles/assets/", BundleWriter.DEFAULT_ASSETS_URL);
    }

    @Test
    void aTermRepeatedInOneArticleListsItOnce() throws IOException {
        write("site", List.of(article("a").tags("x", "x", "y", "x").build()));
        JsonNode tags = BundleSchemas.JSON.readTree(out().resolve("META-INF/articles/site/tags.json").toFile());
        assertEquals("[{\"name\":\"x\",\"ids\":[\"a\"]},{\"name\":\"y\",\"ids\":[\"a\"]}]", tags.get("tags").toString());
    }

    @Test
    void secondWriteWithTheSameArticlesWritesNothing() throws IOException {
        write("site", List.of(second(), first()));
        Map<String, String> before = tree(out());
        age(out());
        BundleWriter.Report report = write("site", List.of(second(), first()));
        assertEquals(new BundleWriter.Report(2, 0, 8, 0), report);
        assertEquals(before, tree(out()));
        try (Stream<Path> walk = Files.walk(out())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                assertEquals(OLD, Files.getLastModifiedTime(p), p + " was rewritten");
            }
        }
    }

    @Test
    void onlyChangedFilesAreWritten() throws IOException {
        write("site", List.of(second(), first()));
        age(out());
        Article changed = article("first").date("2026-02-05T17:08:42Z").tags("Java", "日本語").categories("技術")
                .html("<p>直した本文</p>\n").build();
        BundleWriter.Report report = write("site", List.of(second(), changed));
        // The HTML and the JSON holding its hash; the summaries in index.json did not change.
        assertEquals(new BundleWriter.Report(2, 2, 6, 0), report);
        assertTrue(Files.getLastModifiedTime(out().resolve("META-INF/articles/site/articles/first.html")).compareTo(OLD) > 0);
        assertEquals(OLD, Files.getLastModifiedTime(out().resolve("META-INF/articles/site/index.json")));
    }

    @Test
    void staleFilesAreDeleted() throws IOException {
        write("site", List.of(second(), first()));
        Files.writeString(out().resolve("META-INF/articles/site/articles/leftover.txt"), "x");
        Files.createDirectories(out().resolve("META-INF/articles/other/articles"));
        Files.writeString(out().resolve("META-INF/articles/other/articles/x.json"), "{}");
        Files.writeString(out().resolve("META-INF/articles/site/articles/.articles-1.tmp"), "crash");
        BundleWriter.Report report = write("site", List.of(first()));
        // second.json, second.html, leftover.txt, the other bundle's file, the crashed temp file
        assertEquals(new BundleWriter.Report(1, 2, 4, 5), report);
        assertEquals(new TreeSet<>(List.of("META-INF/articles/bundles.txt", "META-INF/articles/site/index.json",
                "META-INF/articles/site/tags.json", "META-INF/articles/site/categories.json",
                "META-INF/articles/site/articles/first.json", "META-INF/articles/site/articles/first.html")),
                tree(out()).keySet());
        assertFalse(Files.exists(out().resolve("META-INF/articles/other")), "empty folders are removed");
    }

    @Test
    void noArticlesLeavesAnEmptyBundle() throws IOException {
        write("site", List.of(second(), first()));
        // bundles.txt stays; index, tags and categories change; the four article files go.
        assertEquals(new BundleWriter.Report(0, 3, 1, 4), write("site", List.of()));
        assertFalse(Files.exists(out().resolve("META-INF/articles/site/articles")));
        assertEquals("{\n  \"format\": 2,\n  \"bundle\": \"site\",\n  \"assetsUrl\": \"/articles/assets/\",\n"
                + "  \"articles\": []\n}\n",
                Files.readString(out().resolve("META-INF/articles/site/index.json")));
    }

    @Test
    void filesOutsideTheBundleFolderAreLeftAlone() throws IOException {
        Files.createDirectories(out().resolve("META-INF"));
        Files.writeString(out().resolve("keep.txt"), "mine");
        Files.writeString(out().resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n");
        write("site", List.of(first()));
        write("site", List.of());
        assertEquals("mine", Files.readString(out().resolve("keep.txt")));
        assertEquals("Manifest-Version: 1.0\n", Files.readString(out().resolve("META-INF/MANIFEST.MF")));
    }

    @Test
    void staleFilesAreDeletedInTheMirrorAndNothingIsWrittenThere() throws IOException {
        write("site", List.of(second(), first()));
        // What the resources step copied into target/classes after that run, plus the project's own resources.
        for (String file : tree(out()).keySet()) {
            Path copy = mirror().resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(out().resolve(file), copy);
        }
        Files.writeString(mirror().resolve("application.properties"), "a=b\n");
        Files.createDirectories(mirror().resolve("META-INF/articles/handmade"));
        Files.writeString(mirror().resolve("META-INF/articles/handmade/index.json"), "{}");

        BundleWriter.Report report = write("site", List.of(first()));
        // second.json and .html, in the output folder and in the mirror
        assertEquals(4, report.deleted());
        Map<String, String> mirrored = tree(mirror());
        assertEquals(new TreeSet<>(List.of("application.properties", "META-INF/articles/bundles.txt",
                "META-INF/articles/handmade/index.json", "META-INF/articles/site/index.json",
                "META-INF/articles/site/tags.json", "META-INF/articles/site/categories.json",
                "META-INF/articles/site/articles/first.json", "META-INF/articles/site/articles/first.html")),
                mirrored.keySet());
        // The mirror still holds the previous run's copies: the writer never writes there.
        assertTrue(mirrored.get("META-INF/articles/site/index.json").contains("\"second\""));
    }

    @Test
    void renamedBundleLeavesNothingOfTheOldNameInTheMirror() throws IOException {
        write("old-name", List.of(first()));
        for (String file : tree(out()).keySet()) {
            Path copy = mirror().resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(out().resolve(file), copy);
        }
        BundleWriter.Report report = write("new-name", List.of(first()));
        // Every file is new (bundles.txt names the new bundle); the old bundle's 5 files go, here and in the mirror.
        assertEquals(new BundleWriter.Report(1, 6, 0, 10), report);
        assertEquals("new-name\n", Files.readString(out().resolve("META-INF/articles/bundles.txt")));
        assertFalse(Files.exists(out().resolve("META-INF/articles/old-name")));
        assertFalse(Files.exists(mirror().resolve("META-INF/articles/old-name")));
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
        Files.createDirectories(mirror());
        write("site", List.of(second(), first()));
        write("site", List.of(first()));
        try (Stream<Path> walk = Files.walk(temp)) {
            List<Path> outside = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(out().resolve("META-INF/articles"))).toList();
            assertEquals(List.of(), outside);
        }
    }

    @Test
    void anIdWithDotSegmentsStaysInsideTheBundle() throws IOException {
        Article escaping = article("escaped").id("../../../../../escaped", "/articles/escaped/").build();
        new BundleWriter("site", out(), List.of()).write(List.of(escaping));
        // Each leading and trailing dot of a segment is percent-encoded: '..' is no parent folder in a file key.
        assertTrue(Files.isRegularFile(out().resolve(
                "META-INF/articles/site/articles/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/escaped.html")));
        try (Stream<Path> walk = Files.walk(temp)) {
            List<Path> outside = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(out().resolve("META-INF/articles"))).toList();
            assertEquals(List.of(), outside);
        }
    }

    @Test
    void invalidBundleNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BundleWriter("../x", out(), List.of()));
        assertEquals("the bundle name '../x' must start with a letter or digit and contain only letters, digits, "
                + "'.', '_' and '-' (at most 128 characters)", e.getMessage());
        assertFalse(Files.exists(out()));
    }

    @Test
    void jsonIsSafeInsideAScriptElement() throws IOException {
        String nasty = "</script><script>alert('&')</script> \u2028 \u2029 <!-- -->";
        Article a = article("nasty").title(nasty).author(nasty).excerpt(nasty, "<p>" + nasty + "</p>")
                .tags(nasty).extra("note", nasty).extra("nested", Map.of("list", List.of(nasty))).build();
        write("site", List.of(a));
        for (String file : List.of("index.json", "articles/nasty.json", "tags.json")) {
            byte[] bytes = Files.readAllBytes(out().resolve("META-INF/articles/site/" + file));
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String raw : List.of("<", ">", "&", "\u2028", "\u2029")) {
                assertFalse(text.contains(raw), file + " contains a raw " + raw);
            }
            assertTrue(text.contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert('\\u0026')\\u003C/script\\u003E "
                    + "\\u2028 \\u2029 \\u003C!-- --\\u003E"), text);
        }
        JsonNode article = BundleSchemas.JSON.readTree(out().resolve("META-INF/articles/site/articles/nasty.json").toFile());
        assertEquals(nasty, article.get("title").asText());
        assertEquals(nasty, article.get("extra").get("nested").get("list").get(0).asText());
    }

    @Test
    void keysAreEscapedToo() throws IOException {
        write("site", List.of(article("k").extra("<b>&</b>", "v").build()));
        String text = Files.readString(out().resolve("META-INF/articles/site/articles/k.json"));
        assertTrue(text.contains("\"\\u003Cb\\u003E\\u0026\\u003C/b\\u003E\": \"v\""), text);
    }
}

package dev.articles.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks a written bundle against the JSON Schemas the plugin ships ({@code dev/articles/schema/format-2/*.schema.json},
 * loaded from the classpath, so the very files in the jar are tested), plus what a schema cannot say: key order,
 * cross-file consistency, file encoding. Every test that writes a bundle calls {@link #assertValidBundle}.
 */
public final class BundleSchemas {
    /** The {@code $id} prefix of the shipped schemas. */
    public static final String ID_PREFIX = "https://articles.dev/schema/format-2/";
    /** Where the shipped schemas are on the classpath. */
    public static final String RESOURCE_FOLDER = "dev/articles/schema/format-2/";
    public static final String INDEX = "index.schema.json";
    public static final String ARTICLE = "article.schema.json";
    public static final String TERMS = "terms.schema.json";
    public static final String FEED = "feed.schema.json";
    public static final List<String> ALL = List.of(INDEX, ARTICLE, TERMS, FEED);

    /** Strict JSON: a duplicate key is an error, not a silent overwrite. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(ID_PREFIX, "classpath:" + RESOURCE_FOLDER)));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new TreeMap<>();
    private static final Map<String, JsonNode> SCHEMA_TREES = new TreeMap<>();

    private BundleSchemas() {
    }

    /** The validator for one shipped schema, resolved through its {@code $id}. */
    public static synchronized JsonSchema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + n), CONFIG);
            schema.initializeValidators();
            return schema;
        });
    }

    /** The shipped schema file as a tree (key order kept). */
    public static synchronized JsonNode schemaTree(String name) {
        return SCHEMA_TREES.computeIfAbsent(name, n -> {
            try (InputStream in = BundleSchemas.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + n)) {
                if (in == null) {
                    throw new IllegalStateException("schema not on the classpath: " + RESOURCE_FOLDER + n);
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Everything wrong with {@code document} for schema {@code name}: validation messages, then keys out of the order
     * the schema lists them in. Empty when valid.
     */
    public static List<String> problems(String name, JsonNode document) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : schema(name).validate(document)) {
            problems.add(m.getMessage());
        }
        problems.sort(null);
        keyOrder(schemaTree(name), schemaTree(name), document, "$", problems);
        return problems;
    }

    /** Fails unless {@code document} is valid for schema {@code name}. */
    public static void assertValid(String name, JsonNode document, String where) {
        List<String> problems = problems(name, document);
        if (!problems.isEmpty()) {
            fail(where + " does not match " + name + ":\n  " + String.join("\n  ", problems) + "\n" + document);
        }
    }

    /**
     * Validates the bundle(s) written into {@code outputDirectory}: every JSON file against its schema, and the
     * bundle's files against each other.
     *
     * @return how many JSON files were validated (at least 3 per bundle)
     */
    public static int assertValidBundle(Path outputDirectory) {
        try {
            return new BundleCheck(outputDirectory).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict UTF-8 decoding of a written file: the bundle is UTF-8 with LF line ends and a final newline. */
    public static String utf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) {
            fail(file + " starts with a byte order mark");
        }
        if (text.indexOf('\r') >= 0) {
            fail(file + " contains a carriage return");
        }
        return text;
    }

    /**
     * The keys of each object in the order its schema's {@code properties} lists them (objects that allow no other
     * keys only), recursing through {@code properties}, {@code items} and local {@code $ref}s.
     */
    private static void keyOrder(JsonNode root, JsonNode schema, JsonNode instance, String path, List<String> problems) {
        schema = resolve(root, schema);
        if (instance.isObject() && schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                List<String> expected = new ArrayList<>();
                properties.fieldNames().forEachRemaining(k -> {
                    if (instance.has(k)) {
                        expected.add(k);
                    }
                });
                List<String> actual = new ArrayList<>();
                instance.fieldNames().forEachRemaining(actual::add);
                if (!actual.equals(expected)) {
                    problems.add(path + ": keys " + actual + " are not in schema order " + expected);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = instance.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (properties.has(e.getKey())) {
                    keyOrder(root, properties.get(e.getKey()), e.getValue(), path + "." + e.getKey(), problems);
                }
            }
        } else if (instance.isArray() && schema.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                keyOrder(root, schema.get("items"), instance.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local $refs are expected in the shipped schemas: " + ref);
            }
            schema = root.at(ref.substring(1));
            if (schema.isMissingNode()) {
                throw new IllegalStateException("dangling $ref " + ref);
            }
        }
        return schema;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One pass over an output folder. */
    private static final class BundleCheck {
        private final Path root;
        private final Path articlesRoot;
        private int validated;

        BundleCheck(Path outputDirectory) {
            this.root = outputDirectory;
            this.articlesRoot = outputDirectory.resolve("META-INF/articles");
        }

        int run() throws IOException {
            // Any JSON anywhere in the output must be one the contract describes.
            Set<Path> json = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json"))
                        .forEach(json::add);
            }
            Path discovery = articlesRoot.resolve("bundles.txt");
            if (!Files.isRegularFile(discovery)) {
                if (!json.isEmpty()) {
                    fail("JSON files without a bundles.txt: " + json);
                }
                return 0;
            }
            String listing = utf8(discovery);
            if (!listing.endsWith("\n")) {
                fail("bundles.txt must end with a newline: " + listing);
            }
            Set<String> names = new LinkedHashSet<>(List.of(listing.split("\n")));
            Set<String> folders = new TreeSet<>();
            try (Stream<Path> list = Files.list(articlesRoot)) {
                list.forEach(p -> {
                    if (Files.isDirectory(p)) {
                        folders.add(p.getFileName().toString());
                    } else if (!p.equals(discovery)) {
                        fail("unexpected file " + root.relativize(p));
                    }
                });
            }
            if (!folders.equals(new TreeSet<>(names))) {
                fail("bundles.txt lists " + names + " but the bundle folders are " + folders);
            }
            for (String name : names) {
                if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
                    fail("bad bundle name in bundles.txt: '" + name + "'");
                }
                checkBundle(name, articlesRoot.resolve(name), json);
            }
            if (!json.isEmpty()) {
                fail("JSON files outside any bundle, with no schema: " + json);
            }
            return validated;
        }

        private void checkBundle(String name, Path dir, Set<Path> json) throws IOException {
            JsonNode index = read(dir.resolve("index.json"), INDEX, json);
            JsonNode tags = read(dir.resolve("tags.json"), TERMS, json);
            JsonNode categories = read(dir.resolve("categories.json"), TERMS, json);
            for (JsonNode doc : List.of(index, tags, categories)) {
                expect(doc.get("bundle").asText().equals(name), dir + ": 'bundle' is not the folder name " + name);
            }
            expect(tags.has("tags") && !tags.has("categories"), "tags.json must hold 'tags'");
            expect(categories.has("categories") && !categories.has("tags"), "categories.json must hold 'categories'");

            Set<String> expectedFiles = new TreeSet<>(List.of("index.json", "tags.json", "categories.json"));
            Set<String> slugs = new LinkedHashSet<>(); // the ids, in index order
            Set<String> urls = new HashSet<>();
            for (JsonNode summary : index.get("articles")) {
                String slug = summary.get("id").asText();
                expect(slugs.add(slug), "id listed twice in index.json: " + slug);
                expect(urls.add(summary.get("url").asText().toLowerCase(java.util.Locale.ROOT)),
                        "url listed twice in index.json: " + summary.get("url"));
                String key = dev.articles.core.bundle.BundleLayout.fileKey(slug);
                expect(summary.get("json").asText().equals("articles/" + key + ".json"), slug + ": wrong 'json' path");
                expect(summary.get("html").asText().equals("articles/" + key + ".html"), slug + ": wrong 'html' path");
                expectedFiles.add("articles/" + key + ".json");
                expectedFiles.add("articles/" + key + ".html");
                Path htmlFile = dir.resolve("articles/" + key + ".html");
                expect(Files.isRegularFile(htmlFile), "missing " + htmlFile);
                utf8(htmlFile);
                JsonNode article = read(dir.resolve("articles/" + key + ".json"), ARTICLE, json);
                expect(article.get("bundle").asText().equals(name), slug + ": 'bundle' is not " + name);
                // The article record starts with the summary, key for key and value for value.
                ObjectNode head = JSON.createObjectNode();
                summary.fieldNames().forEachRemaining(k -> head.set(k, article.get(k)));
                expect(head.equals(summary), slug + ": the article JSON disagrees with its index.json summary:\n"
                        + summary + "\n" + head);
                expect(article.get("sha256").asText().equals(sha256(Files.readAllBytes(htmlFile))),
                        slug + ": sha256 is not the hash of the HTML file");
                // Every listed asset is in the bundle (and counts as one of its files).
                for (JsonNode asset : article.get("assets")) {
                    expect(Files.isRegularFile(dir.resolve(asset.asText())), slug + ": missing asset " + asset);
                    expectedFiles.add(asset.asText());
                }
            }
            checkFeeds(dir, index, json, expectedFiles);
            Set<String> actualFiles = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .forEach(p -> actualFiles.add(dir.relativize(p).toString().replace('\\', '/')));
            }
            expect(actualFiles.equals(expectedFiles), dir + " holds " + actualFiles + ", expected " + expectedFiles);

            checkTerms(tags.get("tags"), "tags", slugs, index);
            checkTerms(categories.get("categories"), "categories", slugs, index);
        }

        /**
         * The feeds and the sitemap, when the bundle has them (built with a site address): all three files, the JSON
         * Feed valid, the Atom feed listing the same entries, the sitemap (or its parts) one address per published
         * article.
         */
        private void checkFeeds(Path dir, JsonNode index, Set<Path> json, Set<String> expectedFiles)
                throws IOException {
            if (!Files.exists(dir.resolve("feed.json"))) {
                return; // expectedFiles then leaves no room for feed.xml or sitemap.xml either
            }
            int published = 0;
            for (JsonNode summary : index.get("articles")) {
                published += summary.get("draft").asBoolean() ? 0 : 1;
            }
            Path feedJson = dir.resolve("feed.json");
            String text = utf8(feedJson);
            expect(text.endsWith("}\n") && !text.endsWith("\n\n"), feedJson + " must end with exactly one newline");
            JsonNode feed = JSON.readTree(text);
            assertValid(FEED, feed, root.relativize(feedJson).toString());
            json.remove(feedJson);
            validated++;
            expect(feed.get("items").size() <= published, "feed.json lists more items than published articles");
            expectedFiles.addAll(List.of("feed.json", "feed.xml", "sitemap.xml"));

            org.w3c.dom.Document atom = xml(dir.resolve("feed.xml"));
            expect("http://www.w3.org/2005/Atom".equals(atom.getDocumentElement().getNamespaceURI())
                    && "feed".equals(atom.getDocumentElement().getLocalName()), "feed.xml is not an Atom feed");
            org.w3c.dom.NodeList ids = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id");
            List<String> entryIds = new ArrayList<>();
            for (int i = 1; i < ids.getLength(); i++) {
                entryIds.add(ids.item(i).getTextContent());
            }
            List<String> itemIds = new ArrayList<>();
            feed.get("items").forEach(item -> itemIds.add(item.get("id").asText()));
            expect(entryIds.equals(itemIds), "feed.xml's entries " + entryIds + " are not feed.json's " + itemIds);

            org.w3c.dom.Document sitemap = xml(dir.resolve("sitemap.xml"));
            String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            int urls = 0;
            if ("sitemapindex".equals(sitemap.getDocumentElement().getLocalName())) {
                int parts = sitemap.getElementsByTagNameNS(ns, "sitemap").getLength();
                for (int n = 1; n <= parts; n++) {
                    expectedFiles.add("sitemap-" + n + ".xml");
                    urls += xml(dir.resolve("sitemap-" + n + ".xml")).getElementsByTagNameNS(ns, "url").getLength();
                }
            } else {
                expect("urlset".equals(sitemap.getDocumentElement().getLocalName()), "sitemap.xml is no sitemap");
                urls = sitemap.getElementsByTagNameNS(ns, "url").getLength();
            }
            expect(urls == published, "the sitemap lists " + urls + " addresses for " + published + " articles");
        }

        private static org.w3c.dom.Document xml(Path file) throws IOException {
            utf8(file);
            try {
                javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                return f.newDocumentBuilder().parse(file.toFile());
            } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
                throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
            }
        }

        /** Terms sorted, each id a listed article that carries the term, newest first (index order). */
        private void checkTerms(JsonNode terms, String key, Set<String> slugs, JsonNode index) {
            List<String> order = new ArrayList<>(slugs);
            String previous = null;
            Map<String, Set<String>> expected = new TreeMap<>();
            for (JsonNode summary : index.get("articles")) {
                for (JsonNode t : summary.get(key)) {
                    expected.computeIfAbsent(t.asText(), x -> new LinkedHashSet<>()).add(summary.get("id").asText());
                }
            }
            Map<String, Set<String>> actual = new TreeMap<>();
            for (JsonNode term : terms) {
                String name = term.get("name").asText();
                expect(previous == null || previous.compareTo(name) < 0, key + " not sorted: " + previous + ", " + name);
                previous = name;
                List<String> termSlugs = new ArrayList<>();
                term.get("ids").forEach(s -> termSlugs.add(s.asText()));
                List<String> sorted = new ArrayList<>(termSlugs);
                sorted.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
                expect(termSlugs.equals(sorted), key + " '" + name + "': slugs not in index order: " + termSlugs);
                actual.put(name, new LinkedHashSet<>(termSlugs));
            }
            expect(actual.equals(expected), key + ": expected " + expected + " from index.json, found " + actual);
        }

        private JsonNode read(Path file, String schemaName, Set<Path> json) throws IOException {
            expect(Files.isRegularFile(file), "missing " + file);
            String text = utf8(file);
            expect(text.endsWith("}\n") && !text.endsWith("\n\n"), file + " must end with exactly one newline");
            JsonNode doc = JSON.readTree(text);
            assertValid(schemaName, doc, root.relativize(file).toString());
            json.remove(file);
            validated++;
            return doc;
        }

        private static void expect(boolean condition, String message) {
            if (!condition) {
                fail(message);
            }
        }
    }
}

package dev.articles.core.bundle;

import static dev.articles.testing.ArticleBuilder.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.articles.core.model.Article;
import dev.articles.testing.BundleSchemas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped schemas themselves: valid 2020-12 schemas, in step with {@link BundleJson}'s key order and with each
 * other, and strict enough to reject what the writer never produces.
 */
class BundleSchemaTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static Article sample() {
        return article("tables-and-code").title("Tables & <code>").date("2026-02-10T09:15:00+09:00")
                .categories("Guides").tags("Markdown", "表").author("Jane Doe").declaredReadingMinutes(3)
                .headings(new Article.Heading(2, "見出し", "見出し"))
                .extra("layout", "post").extra("series", Map.of("name", "tour")).extra("related", List.of("a", "b"))
                .extra("empty", null).build();
    }

    private static JsonNode json(Object value) throws IOException {
        return BundleSchemas.JSON.readTree(BundleJson.bytes(value));
    }

    private static ObjectNode validArticle() throws IOException {
        return (ObjectNode) json(BundleJson.article("site", sample(), "0".repeat(64)));
    }

    private static ObjectNode validIndex() throws IOException {
        return (ObjectNode) json(BundleJson.index("site", "/articles/assets/", List.of(sample())));
    }

    private static ObjectNode validTags() throws IOException {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put("Markdown", List.of("tables-and-code", "other"));
        return (ObjectNode) json(BundleJson.terms("site", "tags", terms));
    }

    @Test
    void schemasAreValidDraft202012Schemas() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertFalse(meta.validate(NODES.objectNode().put("type", "text")).isEmpty(), "the meta-schema checks nothing");
        for (String name : BundleSchemas.ALL) {
            JsonNode schema = BundleSchemas.schemaTree(name);
            Set<ValidationMessage> problems = meta.validate(schema);
            assertTrue(problems.isEmpty(), name + ": " + problems);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText(), name);
            assertEquals(BundleSchemas.ID_PREFIX + name, schema.get("$id").asText(), name);
        }
    }

    @Test
    void sharedDefinitionsAreIdenticalInEveryFile() {
        Map<String, JsonNode> seen = new LinkedHashMap<>();
        for (String name : BundleSchemas.ALL) {
            BundleSchemas.schemaTree(name).get("$defs").fields().forEachRemaining(e -> {
                JsonNode first = seen.putIfAbsent(e.getKey(), e.getValue());
                if (first != null) {
                    assertEquals(first, e.getValue(), "$defs/" + e.getKey() + " differs in " + name);
                }
            });
        }
        assertTrue(seen.keySet().containsAll(List.of("format", "bundleName", "date", "terms")), seen.keySet().toString());
    }

    @Test
    void articleRecordStartsWithTheIndexSummary() {
        JsonNode summary = BundleSchemas.schemaTree(BundleSchemas.INDEX).at("/$defs/summary/properties");
        JsonNode article = BundleSchemas.schemaTree(BundleSchemas.ARTICLE).get("properties");
        List<String> articleKeys = new ArrayList<>();
        article.fieldNames().forEachRemaining(articleKeys::add);
        List<String> summaryKeys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(summaryKeys::add);
        assertEquals(List.of("format", "bundle"), articleKeys.subList(0, 2));
        assertEquals(summaryKeys, articleKeys.subList(2, 2 + summaryKeys.size()));
        for (String key : summaryKeys) {
            assertEquals(summary.get(key), article.get(key), key);
        }
    }

    @Test
    void everyPropertyIsRequiredAndNoOtherIsAllowed() {
        for (String name : List.of(BundleSchemas.INDEX, BundleSchemas.ARTICLE)) {
            JsonNode schema = BundleSchemas.schemaTree(name);
            assertAllRequired(name, schema);
            schema.get("$defs").fields().forEachRemaining(e -> {
                if (e.getValue().has("properties")) {
                    assertAllRequired(name + "#/$defs/" + e.getKey(), e.getValue());
                }
            });
        }
    }

    private static void assertAllRequired(String where, JsonNode schema) {
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(r -> required.add(r.asText()));
        assertEquals(properties, required, where);
        assertEquals(NODES.booleanNode(false), schema.get("additionalProperties"), where);
    }

    /** The schemas list keys in the order BundleJson writes them: the schema is the contract's documentation. */
    @Test
    void schemaPropertyOrderIsBundleJsonKeyOrder() {
        assertEquals(keys(BundleSchemas.schemaTree(BundleSchemas.ARTICLE).get("properties")),
                new ArrayList<>(BundleJson.article("site", sample(), "0".repeat(64)).keySet()));
        assertEquals(keys(BundleSchemas.schemaTree(BundleSchemas.INDEX).get("properties")),
                new ArrayList<>(BundleJson.index("site", "/articles/assets/", List.of()).keySet()));
        assertEquals(keys(BundleSchemas.schemaTree(BundleSchemas.INDEX).at("/$defs/summary/properties")),
                new ArrayList<>(BundleJson.summary(sample()).keySet()));
        assertEquals(List.of("format", "bundle", "tags"), new ArrayList<>(BundleJson.terms("s", "tags", Map.of()).keySet()));
        assertEquals(keys(BundleSchemas.schemaTree(BundleSchemas.ARTICLE).at("/$defs/heading/properties")),
                List.of("level", "id", "text"));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void writerOutputIsValid() throws IOException {
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.ARTICLE, validArticle()));
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.INDEX, validIndex()));
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.INDEX, json(BundleJson.index("site", "/articles/assets/", List.of()))));
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.TERMS, validTags()));
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.TERMS,
                json(BundleJson.terms("site", "categories", Map.of()))));
    }

    private static void assertRejected(String schema, ObjectNode valid, Consumer<ObjectNode> change) {
        ObjectNode doc = valid.deepCopy();
        change.accept(doc);
        assertFalse(BundleSchemas.problems(schema, doc).isEmpty(), "accepted: " + doc);
    }

    @Test
    void articleSchemaRejectsWhatTheWriterNeverWrites() throws IOException {
        ObjectNode a = validArticle();
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.remove("author"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.remove("extra"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.remove("assets"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ArrayNode) d.get("assets")).add("images/outside.png"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ArrayNode) d.get("assets")).add(3));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("unknown", "x"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("format", 1));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("format", "2"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.remove("id"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("id", ""));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.putNull("url"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.remove("collection"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("collection", ""));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("slug", ""));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("bundle", "-site"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("title", ""));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("author", ""));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("excerpt", NODES.nullNode()));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("readingMinutes", -1));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("readingMinutes", 1.5));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("declaredReadingMinutes", "3"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("draft", "false"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("json", "/abs/tables-and-code.json"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("html", "articles/tables-and-code.htm"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("sha256", "A".repeat(64)));
        assertRejected(BundleSchemas.ARTICLE, a, d -> d.put("source", "/home/me/a.md"));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ArrayNode) d.get("tags")).add(""));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ArrayNode) d.get("categories")).add(1));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ObjectNode) d.get("headings").get(0)).put("level", 7));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ObjectNode) d.get("headings").get(0)).put("id", ""));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ObjectNode) d.get("headings").get(0)).remove("text"));
    }

    @Test
    void extraHoldsOnlyTextNullListsAndMappings() throws IOException {
        ObjectNode a = validArticle();
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ObjectNode) d.get("extra")).put("count", 3));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ObjectNode) d.get("extra")).put("flag", true));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ObjectNode) d.get("extra")).putArray("list").add(1.5));
        assertRejected(BundleSchemas.ARTICLE, a,
                d -> ((ObjectNode) d.get("extra")).putObject("deep").putArray("x").addObject().put("y", false));
        assertRejected(BundleSchemas.ARTICLE, a, d -> ((ObjectNode) d.get("extra")).put("title", "known keys never land here"));
        ObjectNode ok = a.deepCopy();
        ((ObjectNode) ok.get("extra")).putObject("deep").putArray("x").addObject().put("y", "text").putNull("z");
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.ARTICLE, ok));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-05T17:08:42", "2026-02-05 17:08:42+09:00", "2026-02-05T17:08+09:00",
            "2026-02-05", "2026-02-05T17:08:42+0900", "1800-01-01T00:00:00+09:18:59", "2026-02-30T00:00:00Z",
            "2026-02-05T17:08:42.Z"})
    void dateMustBeRfc3339WithOffset(String date) throws IOException {
        assertRejected(BundleSchemas.ARTICLE, validArticle(), d -> d.put("date", date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-05T17:08:42Z", "2026-02-05T17:08:42+09:00", "2026-02-05T17:08:42.5-03:30",
            "2026-02-05T17:08:42.123456789+00:30"})
    void datesTheWriterProducesAreAccepted(String date) throws IOException {
        ObjectNode a = validArticle();
        a.put("date", date);
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.ARTICLE, a));
    }

    @Test
    void onlyTheDateMayBeNullForADocumentWithoutOne() throws IOException {
        ObjectNode a = validArticle();
        a.putNull("date");
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.ARTICLE, a));
        ObjectNode index = validIndex();
        ((ObjectNode) index.get("articles").get(0)).putNull("date");
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.INDEX, index));
        assertRejected(BundleSchemas.ARTICLE, validArticle(), d -> d.remove("date"));
        assertRejected(BundleSchemas.FEED, validFeed(),
                d -> ((ObjectNode) d.get("items").get(0)).putNull("date_published"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/assets/", "/blog/files/"})
    void assetsUrlIsAFolderPathFromTheRoot(String url) throws IOException {
        ObjectNode index = validIndex();
        index.put("assetsUrl", url);
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.INDEX, index));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "assets/", "/articles/assets", "//", "/a b/", "https://example.com/assets/"})
    void assetsUrlMustBeAFolderPathFromTheRoot(String url) throws IOException {
        assertRejected(BundleSchemas.INDEX, validIndex(), d -> d.put("assetsUrl", url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "articles/x/", "/a b/", "/日本/", "/a?b", "/a#b", "https://example.com/a/"})
    void urlSchemaAcceptsOnlyPercentEncodedPathsFromTheRoot(String url) throws IOException {
        assertRejected(BundleSchemas.ARTICLE, validArticle(), d -> d.put("url", url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "日本語の記事", "v1.10", "console", "con-tips", "a.b.c"})
    void slugSchemaAcceptsValidSlugs(String slug) throws IOException {
        ObjectNode a = validArticle();
        a.put("slug", slug);
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.ARTICLE, a));
        assertEquals(null, dev.articles.core.frontmatter.Slugs.problem(slug));
    }

    @Test
    void indexSchemaRejectsBadSummaries() throws IOException {
        ObjectNode index = validIndex();
        assertRejected(BundleSchemas.INDEX, index, d -> d.remove("articles"));
        assertRejected(BundleSchemas.INDEX, index, d -> d.remove("assetsUrl"));
        assertRejected(BundleSchemas.INDEX, index, d -> ((ObjectNode) d.get("articles").get(0)).remove("id"));
        assertRejected(BundleSchemas.INDEX, index, d -> ((ObjectNode) d.get("articles").get(0)).put("url", "a/"));
        assertRejected(BundleSchemas.INDEX, index, d -> ((ObjectNode) d.get("articles").get(0)).put("sha256", "0".repeat(64)));
        assertRejected(BundleSchemas.INDEX, index, d -> ((ObjectNode) d.get("articles").get(0)).remove("draft"));
        assertRejected(BundleSchemas.INDEX, index, d -> ((ArrayNode) d.get("articles")).add("tables-and-code"));
    }

    @Test
    void termsSchemaRequiresExactlyOneListOfTerms() throws IOException {
        ObjectNode tags = validTags();
        assertRejected(BundleSchemas.TERMS, tags, d -> d.remove("tags"));
        assertRejected(BundleSchemas.TERMS, tags, d -> d.set("categories", d.get("tags")));
        assertRejected(BundleSchemas.TERMS, tags, d -> ((ObjectNode) d.get("tags").get(0)).putArray("ids"));
        assertRejected(BundleSchemas.TERMS, tags, d -> ((ArrayNode) d.get("tags").get(0).get("ids")).add(
                d.get("tags").get(0).get("ids").get(0).asText()));
        assertRejected(BundleSchemas.TERMS, tags, d -> ((ObjectNode) d.get("tags").get(0)).put("name", ""));
        assertRejected(BundleSchemas.TERMS, tags, d -> ((ObjectNode) d.get("tags").get(0)).put("count", 2));
    }

    private static ObjectNode validFeed() throws IOException {
        FeedSettings site = FeedSettings.read("https://example.com/blog/", 20, "ブログ", null, "ja")
                .settings();
        FeedItem full = new FeedItem("https://example.com/blog/articles/a/", "Tables & <code>",
                java.time.OffsetDateTime.parse("2026-02-10T09:15:00+09:00"), "Jane Doe", "An excerpt.",
                List.of("Guides", "表"), "<p>x</p>\n");
        FeedItem bare = new FeedItem("https://example.com/blog/articles/b/", "B",
                java.time.OffsetDateTime.parse("2026-02-09T00:00:00.5Z"), null, "", List.of(), "");
        return (ObjectNode) json(JsonFeed.document(site, List.of(full, bare), "ブログ"));
    }

    @Test
    void feedSchemaListsJsonFeedsKeysInTheWritersOrder() throws IOException {
        ObjectNode feed = validFeed();
        assertEquals(List.of(), BundleSchemas.problems(BundleSchemas.FEED, feed));
        assertEquals(keys(BundleSchemas.schemaTree(BundleSchemas.FEED).get("properties")), keys(feed));
        assertEquals(keys(BundleSchemas.schemaTree(BundleSchemas.FEED).at("/$defs/item/properties")),
                keys(feed.get("items").get(0)));
        assertEquals(List.of("id", "url", "title", "content_html", "date_published", "tags"),
                keys(feed.get("items").get(1)), "optional members left out when empty");
        assertEquals("https://jsonfeed.org/version/1.1",
                BundleSchemas.schemaTree(BundleSchemas.FEED).at("/properties/version/const").asText());
    }

    @Test
    void feedSchemaRejectsWhatTheWriterNeverWrites() throws IOException {
        ObjectNode f = validFeed();
        assertRejected(BundleSchemas.FEED, f, d -> d.remove("version"));
        assertRejected(BundleSchemas.FEED, f, d -> d.put("version", "https://jsonfeed.org/version/1"));
        assertRejected(BundleSchemas.FEED, f, d -> d.remove("items"));
        assertRejected(BundleSchemas.FEED, f, d -> d.putArray("items"));
        assertRejected(BundleSchemas.FEED, f, d -> d.put("feed_url", "/feed.json"));
        assertRejected(BundleSchemas.FEED, f, d -> d.put("home_page_url", "ftp://example.com/"));
        assertRejected(BundleSchemas.FEED, f, d -> d.put("language", "日本語"));
        assertRejected(BundleSchemas.FEED, f, d -> d.put("format", 1));
        assertRejected(BundleSchemas.FEED, f, d -> ((ObjectNode) d.get("items").get(0)).remove("id"));
        assertRejected(BundleSchemas.FEED, f, d -> ((ObjectNode) d.get("items").get(0)).remove("content_html"));
        assertRejected(BundleSchemas.FEED, f, d -> ((ObjectNode) d.get("items").get(0)).put("url", "articles/a/"));
        assertRejected(BundleSchemas.FEED, f, d -> ((ObjectNode) d.get("items").get(0)).put("summary", ""));
        assertRejected(BundleSchemas.FEED, f,
                d -> ((ObjectNode) d.get("items").get(0)).put("date_published", "2026-02-10T09:15:00"));
        assertRejected(BundleSchemas.FEED, f,
                d -> ((ObjectNode) d.get("items").get(0)).putArray("authors").addObject().put("url", "x"));
        assertRejected(BundleSchemas.FEED, f, d -> ((ArrayNode) d.get("items").get(0).get("tags")).add(""));
    }

    @Test
    void keyOrderIsChecked() throws IOException {
        ObjectNode a = validArticle();
        JsonNode title = a.remove("title");
        a.set("title", title);
        assertEquals(List.of("$: keys [format, bundle, id, url, slug, collection, date, categories, tags, author, "
                + "excerpt, readingMinutes, draft, json, html, excerptHtml, headings, declaredReadingMinutes, source, "
                + "sha256, extra, assets, title] are not in schema order [format, bundle, id, url, slug, collection, "
                + "title, date, categories, tags, author, excerpt, readingMinutes, draft, json, html, excerptHtml, "
                + "headings, declaredReadingMinutes, source, sha256, extra, assets]"),
                BundleSchemas.problems(BundleSchemas.ARTICLE, a));
    }
}

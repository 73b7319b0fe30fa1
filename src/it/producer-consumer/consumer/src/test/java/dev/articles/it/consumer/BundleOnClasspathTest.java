package dev.articles.it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the producer's bundle the way a consuming application does: it does not know the bundle's name, it finds
 * every bundle through the discovery file, then reads the index and the articles as classpath resources.
 */
class BundleOnClasspathTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DISCOVERY = "META-INF/articles/bundles.txt";

    private static final List<URL> discoveryUrls = new ArrayList<>();
    private static final List<String> bundles = new ArrayList<>();
    /** The bundle the tests below read as raw JSON (the news bundle is read through its generated reader). */
    private static final List<String> PRODUCER = List.of("producer");

    @BeforeAll
    static void discover() throws IOException {
        discoveryUrls.clear();
        bundles.clear();
        ClassLoader loader = BundleOnClasspathTest.class.getClassLoader();
        for (URL url : Collections.list(loader.getResources(DISCOVERY))) {
            discoveryUrls.add(url);
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                in.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(bundles::add);
            }
        }
    }

    @Test
    void everyBundleIsDiscoveredFromTheContentJars() {
        assertEquals(2, discoveryUrls.size(), "discovery files: " + discoveryUrls);
        // The content projects come in as their jars (reactor resolution at 'package'), not as folders of classes.
        for (URL url : discoveryUrls) {
            assertEquals("jar", url.getProtocol(), url.toString());
        }
        assertTrue(discoveryUrls.get(0).getPath().contains("producer-1.0.0.jar!/"), discoveryUrls.toString());
        assertTrue(discoveryUrls.get(1).getPath().contains("news-1.0.0.jar!/"), discoveryUrls.toString());
        assertEquals(List.of("producer", "news"), bundles);
    }

    @Test
    void indexListsPublishedArticlesNewestFirst() throws IOException {
        for (String bundle : PRODUCER) {
            JsonNode index = json(root(bundle) + "index.json");
            assertEquals(2, index.get("format").asInt());
            assertEquals("/articles/assets/", index.get("assetsUrl").asText());
            assertEquals(bundle, index.get("bundle").asText());
            JsonNode articles = index.get("articles");
            assertEquals(2, articles.size(), "the draft stays out: " + articles);
            assertEquals("2026-02-05-release-notes", articles.get(0).get("id").asText());
            assertEquals("winter-release-notes", articles.get(0).get("slug").asText());
            assertEquals("2025/2025-06-10-tsuyu", articles.get(1).get("id").asText());
            assertEquals("tsuyu", articles.get(1).get("slug").asText());
            for (JsonNode summary : articles) {
                assertFalse(summary.get("draft").asBoolean());
            }
        }
    }

    @Test
    void englishArticleWithUtcOffset() throws IOException {
        for (String bundle : PRODUCER) {
            JsonNode summary = summary(bundle, "2026-02-05-release-notes");
            assertEquals("Release notes for the winter content", summary.get("title").asText());
            assertEquals("2026-02-05T17:08:42Z", summary.get("date").asText());
            assertEquals("/articles/winter-release-notes/", summary.get("url").asText());
            assertEquals("posts", summary.get("collection").asText());
            assertEquals("articles/2026-02-05-release-notes.json", summary.get("json").asText());
            assertEquals("articles/2026-02-05-release-notes.html", summary.get("html").asText());

            JsonNode article = json(root(bundle) + summary.get("json").asText());
            assertEquals(bundle, article.get("bundle").asText());
            assertEquals("winter-release-notes", article.get("slug").asText());
            assertEquals("Release notes for the winter content", article.get("title").asText());
            assertEquals("2026-02-05T17:08:42Z", article.get("date").asText());
            assertEquals(List.of("release", "english"), texts(article.get("tags")));
            assertEquals(List.of(), texts(article.get("categories")));
            assertEquals("Sam Rivers", article.get("author").asText());
            // No 'excerpt:' in the front matter: the first paragraph, as plain text.
            assertEquals("This short note lists what changed in the content bundle this season. "
                    + "Every article is checked before it is packaged.", article.get("excerpt").asText());
            assertEquals("2026-02-05-release-notes.md", article.get("source").asText());

            String html = text(root(bundle) + summary.get("html").asText());
            assertEquals(sha256(html), article.get("sha256").asText());
            assertTrue(html.contains("<h2 id=\"changes\">Changes</h2>"), html);
            assertTrue(html.contains("<li>Drafts stay out of the bundle.</li>"), html);
        }
    }

    @Test
    void japaneseArticleWithTokyoOffset() throws IOException {
        for (String bundle : PRODUCER) {
            JsonNode summary = summary(bundle, "2025/2025-06-10-tsuyu");
            assertEquals("articles/2025/2025-06-10-tsuyu.json", summary.get("json").asText());
            JsonNode article = json(root(bundle) + summary.get("json").asText());
            assertEquals("tsuyu", article.get("slug").asText());
            assertEquals("梅雨の晴れ間にビルドを見直す", article.get("title").asText());
            assertEquals("2025-06-10T07:15:00+09:00", article.get("date").asText());
            assertEquals(List.of("Maven", "日本語"), texts(article.get("tags")));
            assertEquals(List.of("日記"), texts(article.get("categories")));
            assertEquals("山田花子", article.get("author").asText());
            // The front matter's excerpt, Markdown rendered: plain text and HTML.
            assertEquals("雨の合間に、記事を jar にする手順をまとめました。", article.get("excerpt").asText());
            assertEquals("<p>雨の合間に、記事を <strong>jar</strong> にする手順をまとめました。</p>\n",
                    article.get("excerptHtml").asText());
            assertEquals("2025/2025-06-10-tsuyu.md", article.get("source").asText());

            String html = text(root(bundle) + summary.get("html").asText());
            assertEquals(sha256(html), article.get("sha256").asText());
            // Japanese lines joined without a stray space (the CJK-aware soft break).
            assertTrue(html.contains("晴れました。その時間を使って"), html);
            assertTrue(html.contains("<code>mvn package</code>"), html);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String root(String bundle) {
        return "META-INF/articles/" + bundle + "/";
    }

    /** An article of the index by its id (slugs may repeat in format 2). */
    private static JsonNode summary(String bundle, String id) throws IOException {
        for (JsonNode summary : json(root(bundle) + "index.json").get("articles")) {
            if (id.equals(summary.get("id").asText())) {
                return summary;
            }
        }
        throw new AssertionError("no article '" + id + "' in bundle " + bundle);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static JsonNode json(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return JSON.readTree(in);
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = BundleOnClasspathTest.class.getClassLoader().getResourceAsStream(resource);
        assertNotNull(in, "missing classpath resource " + resource);
        return in;
    }
}

package dev.articles.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web module sees the bundles of all three content modules, from their jars, through its own code. */
class SiteArticlesTest {
    private static SiteArticles site;

    @BeforeAll
    static void load() throws IOException {
        site = SiteArticles.load(SiteArticlesTest.class.getClassLoader());
    }

    @Test
    void oneDiscoveryFilePerContentJar() {
        Set<String> jars = new TreeSet<>();
        for (URL url : site.discoveryFiles()) {
            // The content modules come in as their jars (reactor resolution at 'package'), not as folders.
            assertEquals("jar", url.getProtocol(), url.toString());
            String path = url.getPath();
            jars.add(path.substring(path.lastIndexOf('/', path.indexOf("!/")) + 1, path.indexOf("!/")));
        }
        assertEquals(Set.of("blog-1.0.0.jar", "news-1.0.0.jar", "site-guides-1.0.0.jar"), jars);
        assertEquals(3, site.discoveryFiles().size());
    }

    @Test
    void everyBundleOfTheSite() {
        assertEquals(List.of("blog", "guides", "news"), List.copyOf(site.bundles()));
        for (String bundle : site.bundles()) {
            assertEquals(2, site.index(bundle).get("format").asInt());
            assertEquals(bundle, site.index(bundle).get("bundle").asText());
        }
        assertEquals(List.of("maintenance", "welcome"), site.slugs("news"));
        assertEquals(List.of("hatsumoude", "welcome"), site.slugs("blog"));
        assertEquals(List.of("maven-nyumon", "getting-started"), site.slugs("guides"));
    }

    @Test
    void aSlugBelongsToItsBundle() {
        // 'welcome' is in two bundles: each bundle is a name space of its own.
        JsonNode news = site.article("news", "welcome");
        JsonNode blog = site.article("blog", "welcome");
        assertEquals("新年のごあいさつ", news.get("title").asText());
        assertEquals("2026-01-05T09:00:00+09:00", news.get("date").asText());
        assertEquals("2026-01-05-shinnen.md", news.get("source").asText());
        assertEquals("Welcome to the blog", blog.get("title").asText());
        assertEquals("2025-12-24T18:30:00Z", blog.get("date").asText());
        assertEquals("2025/2025-12-24-welcome.md", blog.get("source").asText());
        assertNotEquals(site.html("news", "welcome"), site.html("blog", "welcome"));
    }

    @Test
    void japaneseAndEnglishArticles() {
        JsonNode hatsumoude = site.article("blog", "hatsumoude");
        assertEquals("初詣とビルドの話", hatsumoude.get("title").asText());
        assertEquals(List.of("日記"), texts(hatsumoude.get("categories")));
        assertEquals(List.of("Maven", "日本語"), texts(hatsumoude.get("tags")));
        String html = site.html("blog", "hatsumoude");
        // Japanese lines joined without a stray space; code spans rendered.
        assertTrue(html.contains("分けました。ニュースとブログとガイドが"), html);
        assertTrue(html.contains("<code>mvn -T3 package</code>"), html);

        // The guides come from content/ (outside src/): 'source' is relative to that folder.
        JsonNode nyumon = site.article("guides", "maven-nyumon");
        assertEquals("Maven 入門", nyumon.get("title").asText());
        assertEquals("ja/maven-nyumon.md", nyumon.get("source").asText());
        assertTrue(site.html("guides", "getting-started").contains("<table>"));
        assertEquals("Planned maintenance on 1 February", site.article("news", "maintenance").get("title").asText());
    }

    @Test
    void everyHtmlMatchesItsChecksum() {
        int articles = 0;
        for (String bundle : site.bundles()) {
            for (String slug : site.slugs(bundle)) {
                assertEquals(sha256(site.html(bundle, slug)), site.article(bundle, slug).get("sha256").asText(),
                        bundle + "/" + slug);
                articles++;
            }
        }
        assertEquals(6, articles);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}

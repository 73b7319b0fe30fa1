package dev.articles.core.bundle;

import static dev.articles.testing.ArticleBuilder.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Article;
import dev.articles.testing.BundleSchemas;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleJsonTest {

    private static String text(Object value) {
        return new String(BundleJson.bytes(value), StandardCharsets.UTF_8);
    }

    @Test
    void articleRecordByteForByte() throws Exception {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", "tour");
        series.put("parts", List.of());
        series.put("meta", Map.of());
        Article a = article("日本語の記事").id("2026/記事", "/articles/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B/")
                .title("タイトル").date("2026-02-05T17:08:42.5+09:00").tags("a")
                .excerpt("抜粋", "<p>抜粋</p>\n").readingMinutes(3)
                .headings(new Article.Heading(2, "見出し", "見出し")).source("2026/記事.md")
                .extra("layout", "post").extra("empty", null).extra("list", Arrays.asList("x", null)).extra("series", series)
                .build();
        String json = text(BundleJson.article("site", a, "ab".repeat(32)));
        assertEquals("""
                {
                  "format": 2,
                  "bundle": "site",
                  "id": "2026/記事",
                  "url": "/articles/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B/",
                  "slug": "日本語の記事",
                  "collection": "posts",
                  "title": "タイトル",
                  "date": "2026-02-05T17:08:42.5+09:00",
                  "categories": [],
                  "tags": [
                    "a"
                  ],
                  "author": null,
                  "excerpt": "抜粋",
                  "readingMinutes": 3,
                  "draft": false,
                  "json": "articles/2026/記事.json",
                  "html": "articles/2026/記事.html",
                  "excerptHtml": "\\u003Cp\\u003E抜粋\\u003C/p\\u003E\\n",
                  "headings": [
                    {
                      "level": 2,
                      "id": "見出し",
                      "text": "見出し"
                    }
                  ],
                  "declaredReadingMinutes": null,
                  "source": "2026/記事.md",
                  "sha256": "abababababababababababababababababababababababababababababababab",
                  "extra": {
                    "layout": "post",
                    "empty": null,
                    "list": [
                      "x",
                      null
                    ],
                    "series": {
                      "name": "tour",
                      "parts": [],
                      "meta": {}
                    }
                  },
                  "assets": []
                }
                """, json);
        BundleSchemas.assertValid(BundleSchemas.ARTICLE, BundleSchemas.JSON.readTree(json), "article");
    }

    @Test
    void datesKeepTheirOffsetAndAlwaysHaveSeconds() {
        assertEquals("2026-02-05T17:08:00Z", BundleJson.summary(article("a").date("2026-02-05T17:08Z").build()).get("date"));
        assertEquals("2026-02-05T00:00:00-05:00",
                BundleJson.summary(article("a").date("2026-02-05T00:00-05:00").build()).get("date"));
    }

    @Test
    void aDocumentWithoutADateHasNullForIt() {
        Map<String, Object> summary = BundleJson.summary(article("a").date((String) null).collection("recipes")
                .build());
        assertEquals(null, summary.get("date"));
        assertEquals(true, summary.containsKey("date"));
        assertEquals("recipes", summary.get("collection"));
    }

    @Test
    void pathsFollowTheIdNotTheSlug() {
        Map<String, Object> summary = BundleJson.summary(article("v1.10-notes")
                .id("_posts/2026-02-05-v1.10-notes", "/2026/02/05/v1.10-notes.html").build());
        assertEquals("_posts/2026-02-05-v1.10-notes", summary.get("id"));
        assertEquals("/2026/02/05/v1.10-notes.html", summary.get("url"));
        assertEquals("v1.10-notes", summary.get("slug"));
        assertEquals("articles/_posts/2026-02-05-v1.10-notes.json", summary.get("json"));
        assertEquals("articles/_posts/2026-02-05-v1.10-notes.html", summary.get("html"));
        Map<String, Object> encoded = BundleJson.summary(article("x").id("notes/a:b", "/articles/x/").build());
        assertEquals("articles/notes/a%3Ab.json", encoded.get("json"));
        assertEquals("articles/notes/a%3Ab.html", encoded.get("html"));
    }

    @Test
    void nonAsciiIsWrittenAsUtf8NotEscaped() {
        byte[] bytes = BundleJson.bytes(Map.of("k", "日本語 é 😀"));
        assertEquals("{\n  \"k\": \"日本語 é 😀\"\n}\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("{\n  \"k\": \"a\\tb\\nc\\u0000\\\"\\\\\"\n}\n", text(Map.of("k", "a\tb\nc\u0000\"\\")));
    }
}

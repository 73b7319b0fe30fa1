package dev.articles.it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.it.news.NewsArticle;
import dev.articles.it.news.NewsArticles;
import dev.articles.it.newsdesk.Headlines;
import dev.articles.it.producer.ProducerArticle;
import dev.articles.it.producer.ProducerArticles;
import dev.articles.it.producer.ProducerExtra;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two content jars' generated readers, used as an application would: typed articles with no parsing code.
 * Each reader is in its own package (the content project's coordinates), so both live on one classpath.
 */
class GeneratedReaderTest {
    /** A day in 2026, after every published article and long before the scheduled one. */
    private static final Clock JUNE = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static NewsArticles news() {
        return NewsArticles.load().withClock(JUNE);
    }

    private static List<String> ids(List<NewsArticle> articles) {
        return articles.stream().map(NewsArticle::id).toList();
    }

    private static NewsArticle article(String id) {
        return news().withDrafts().byId(id).orElseThrow();
    }

    @Test
    void loadedOnceNewestFirstWithoutDraftsOrScheduledArticles() {
        assertSame(NewsArticles.load(), NewsArticles.load());
        List<String> published = List.of("2026/2026-03-01-java-records", "2026/2026-02-10-maven-4",
                "2026/2026-01-05-new-year", "2025/2025-12-20-java-21");
        assertEquals(published, ids(news().all()));
        assertEquals(published, ids(NewsArticles.load().all())); // the system clock: 2099 has not come yet
        assertEquals(published.subList(0, 2), ids(news().newest(2)));
        assertEquals(4, news().size());
        assertEquals("/articles/assets/", news().assetsUrl());
        assertEquals("news", NewsArticles.BUNDLE);
        assertEquals(2, NewsArticles.FORMAT);
    }

    @Test
    void lookUpByIdUrlAndSlug() {
        NewsArticle maven = news().byUrl("/articles/maven-4/").orElseThrow();
        assertEquals("2026/2026-02-10-maven-4", maven.id());
        assertEquals(Optional.of(maven), news().byId("2026/2026-02-10-maven-4"));
        assertEquals(Optional.of(maven), news().bySlug("maven-4"));
        assertEquals("Maven 4 に備える", maven.title());
        assertEquals(OffsetDateTime.parse("2026-02-10T10:00:00+09:00"), maven.date());
        assertEquals(ZoneOffset.ofHours(9), maven.date().getOffset()); // the offset as written
        assertEquals(List.of("Java", "Maven"), maven.tags());
        assertEquals(List.of("技術"), maven.categories());
        assertEquals(null, maven.author());
        assertEquals("posts", maven.collection());
        assertEquals("Maven 4 で変わることをまとめます。", maven.excerpt());
        assertEquals(Optional.empty(), news().byUrl("/articles/nothing/"));
    }

    @Test
    void htmlAndTheRestOfTheRecordOnDemand() throws Exception {
        NewsArticle records = news().byId("2026/2026-03-01-java-records").orElseThrow();
        String html = records.html();
        assertEquals("<p>レコードは不変のデータを短く書けます。</p>\n", html);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(html.getBytes(StandardCharsets.UTF_8))), records.sha256());
        assertEquals("佐藤", records.author());
        assertEquals("2026/2026-03-01-java-records.md", records.source());
        assertEquals(List.of(), records.headings());
        assertEquals(List.of(), records.assets());
        assertEquals(null, records.declaredReadingMinutes());
        assertEquals(1, records.readingMinutes());
        assertEquals(Map.of(), records.extra().asMap());
    }

    @Test
    void byTagWithPages() {
        NewsArticles java = news().byTag("Java");
        var first = java.page(1, 2);
        assertEquals(List.of("2026/2026-03-01-java-records", "2026/2026-02-10-maven-4"), ids(first.items()));
        assertEquals(3, first.totalItems());
        assertEquals(2, first.totalPages());
        assertTrue(first.hasNext());
        assertFalse(first.hasPrevious());
        var second = java.page(2, 2);
        assertEquals(List.of("2025/2025-12-20-java-21"), ids(second.items()));
        assertFalse(second.hasNext());
        assertEquals(List.of(), java.page(3, 2).items());
        assertThrows(IllegalArgumentException.class, () -> java.page(0, 20));
        assertEquals(List.of(), news().byTag("Kotlin").all());
    }

    @Test
    void byCategoryAndYearAndTheirLists() {
        assertEquals(List.of("2026/2026-03-01-java-records", "2026/2026-02-10-maven-4", "2025/2025-12-20-java-21"),
                ids(news().byCategory("技術").all()));
        assertEquals(List.of("2025/2025-12-20-java-21"), ids(news().byYear(2025).all()));
        assertEquals(List.of("2026/2026-03-01-java-records", "2026/2026-02-10-maven-4"),
                ids(news().byYear(2026).byCategory("技術").all()));
        assertEquals(List.of("Java", "Maven", "日記"), news().tags());
        assertEquals(List.of("技術", "日記"), news().categories());
        assertEquals(List.of(2026, 2025), news().years());
    }

    @Test
    void previousAndNext() {
        NewsArticle maven = article("2026/2026-02-10-maven-4");
        assertEquals("2026/2026-01-05-new-year", news().previous(maven).orElseThrow().id());
        assertEquals("2026/2026-03-01-java-records", news().next(maven).orElseThrow().id());
        // Within a tag: the neighbours of the same tag.
        assertEquals("2025/2025-12-20-java-21", news().byTag("Java").previous(maven).orElseThrow().id());
        assertEquals(Optional.empty(), news().next(article("2026/2026-03-01-java-records")));
        assertEquals(Optional.empty(), news().previous(article("2025/2025-12-20-java-21")));
    }

    @Test
    void draftsOnlyWhenAskedFor() {
        NewsArticle idea = article("2025/2025-11-01-idea");
        assertTrue(idea.draft());
        assertEquals(Optional.empty(), news().byId("2025/2025-11-01-idea"));
        assertEquals(List.of("2025/2025-12-20-java-21", "2025/2025-11-01-idea"),
                ids(news().withDrafts().byYear(2025).all()));
        assertEquals(4, news().byTag("Java").withDrafts().size());
    }

    @Test
    void scheduledArticleAppearsWhenItsTimeComes() {
        Clock before = Clock.fixed(Instant.parse("2098-12-31T14:59:59Z"), ZoneOffset.UTC);
        Clock after = Clock.fixed(Instant.parse("2098-12-31T15:00:00Z"), ZoneOffset.UTC); // 2099-01-01 00:00 JST
        assertEquals("2026/2026-03-01-java-records", NewsArticles.load().withClock(before).newest(1).get(0).id());
        assertEquals(Optional.empty(), NewsArticles.load().withClock(before).byUrl("/articles/scheduled/"));
        NewsArticles then = NewsArticles.load().withClock(after);
        assertEquals("2099-01-01-scheduled", then.newest(1).get(0).id());
        assertEquals("予約投稿", then.byUrl("/articles/scheduled/").orElseThrow().title());
        assertEquals(4, then.byTag("Java").size());
    }

    @Test
    void typedFrontMatterFromTheSchema() {
        ProducerArticle notes = ProducerArticles.load().byId("2026-02-05-release-notes").orElseThrow();
        ProducerExtra extra = notes.extra();
        assertEquals("Release notes", extra.series()); // required by the schema: no Optional
        assertEquals(Optional.of(3L), extra.part());
        assertEquals(Optional.of(4.5), extra.rating());
        assertEquals(Optional.of(true), extra.featured());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 7)), extra.updated());
        assertEquals(Optional.of(ProducerExtra.Status.PUBLISHED), extra.status());
        assertEquals("published", extra.status().orElseThrow().value());
        assertEquals(List.of("winter", "bundle"), extra.keywords());
        // A field the schema does not type (an object) stays in the map, as written.
        assertEquals(Map.of("src", "cover.png", "alt", "Snow"), extra.asMap().get("cover"));

        ProducerExtra tsuyu = ProducerArticles.load().bySlug("tsuyu").orElseThrow().extra();
        assertEquals("季節の記録", tsuyu.series());
        assertEquals(Optional.empty(), tsuyu.part());
        assertEquals(List.of(), tsuyu.keywords());
    }

    @Test
    void twoReadersOnOneClasspathAndTheContentProjectsOwnCode() {
        assertEquals("producer", ProducerArticles.BUNDLE);
        assertEquals(2, ProducerArticles.load().size());
        assertNotEquals(ProducerArticles.load().page(1, 1).getClass(), news().page(1, 1).getClass());
        assertEquals(List.of("Java のレコードを記事に使う", "Maven 4 に備える"), Headlines.newest(2));
    }

    @Test
    void refusesABundleOfAnotherFormat(@TempDir Path folder) throws Exception {
        Path index = folder.resolve("META-INF/articles/news/index.json");
        Files.createDirectories(index.getParent());
        Files.writeString(index, "{\"format\": 3, \"bundle\": \"news\", \"articles\": []}\n");
        try (URLClassLoader other = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> NewsArticles.load(other));
            assertTrue(e.getMessage().startsWith("META-INF/articles/news/index.json is a bundle of format 3, but "
                    + "NewsArticles reads format 2 only"), e.getMessage());
        }
    }
}

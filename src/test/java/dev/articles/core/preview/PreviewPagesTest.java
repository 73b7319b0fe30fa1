package dev.articles.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.report.ContentResult;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages as HTML text: what they show, and that nothing from the content can add markup to them. */
class PreviewPagesTest {
    private static final Path PROJECT = Path.of("/work/site").toAbsolutePath();
    private static final Path CONTENT = PROJECT.resolve("src/main/articles");
    private static final Instant CHECKED = Instant.parse("2026-03-01T12:34:56Z");
    private final PreviewPages pages = new PreviewPages(CONTENT, PROJECT, ZoneId.of("Asia/Tokyo"), true);

    private static PreviewState state(List<Diagnostic> diagnostics, boolean current, Instant renderedAt,
            boolean earlierRun, String failure) {
        return new PreviewState(7, "abc-7", CHECKED, new ContentResult(3, diagnostics, List.of()), null, current,
                renderedAt, earlierRun, failure);
    }

    private static PreviewState clean() {
        return state(List.of(), true, CHECKED, false, null);
    }

    private static PreviewBundle.Summary summary(String slug, String title) {
        return new PreviewBundle.Summary("2026/" + slug, "/articles/" + slug + "/", slug, title,
                "2026-02-05T17:08:42+09:00", List.of("技術"),
                List.of("Java", "日本語"), null, "抜粋です。", 4, false);
    }

    @Test
    void indexShowsEachArticlesFactsAndLinksIt() {
        String html = pages.index(clean(), List.of(summary("hello", "こんにちは"), new PreviewBundle.Summary("draft",
                "/articles/draft/", "draft", "Draft", "2026-01-01T00:00:00Z", List.of(), List.of(), "Jane", "", 1, true)),
                List.of());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\" data-preview-build=\"abc-7\">"), html);
        assertTrue(html.contains("<header class=\"preview-bar\"><a href=\"/\">Articles preview</a><span>build 7</span>"
                + "<span>checked at 21:34:56</span>"), "times in the given zone:\n" + html);
        assertTrue(html.contains("<li lang=\"ja\">\n<a class=\"title\" href=\"/articles/hello/\">こんにちは</a>\n"
                + "<p class=\"meta\"><span><time datetime=\"2026-02-05T17:08:42+09:00\">2026-02-05 17:08 +09:00</time>"
                + "</span><span class=\"reading-time\">4 min read</span><span class=\"categories\">in <a class=\"category\""
                + " href=\"/_preview/category?name=%E6%8A%80%E8%A1%93\">技術</a></span></p>\n"
                + "<p class=\"tags\"><a class=\"tag\" href=\"/_preview/tag?name=Java\">Java</a><a class=\"tag\""
                + " href=\"/_preview/tag?name=%E6%97%A5%E6%9C%AC%E8%AA%9E\">日本語</a></p>\n"
                + "<p class=\"excerpt\">抜粋です。</p>\n</li>"), html);
        assertTrue(html.contains("<li>\n<a class=\"title\" href=\"/articles/draft/\">Draft</a>\n<p class=\"meta\"><span>"
                + "<time datetime=\"2026-01-01T00:00:00Z\">2026-01-01 00:00 UTC</time></span><span class=\"reading-time\">"
                + "1 min read</span><span class=\"author\">by Jane</span><span class=\"draft\">draft</span></p>\n</li>"),
                html);
        assertTrue(html.contains("<section id=\"diagnostics\" class=\"diagnostics clean\">\n<p>No findings: 3 articles"
                + " checked.</p>\n</section>"), html);
    }

    @Test
    void textFromTheContentIsEscapedEverywhere() {
        String evil = "<script>alert(\"x\")</script>&'";
        String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&apos;";
        Diagnostic d = Diagnostic.error(CONTENT.resolve("<b>.md"), 2, 3, "front-matter.title", "bad " + evil);
        PreviewState state = state(List.of(d), false, CHECKED, false, "disk <full>");
        PreviewBundle.Summary s = new PreviewBundle.Summary("s\"><x", "/articles/s%22%3E%3Cx/", "s\"><x", evil,
                "\"><x", List.of(evil), List.of(evil), evil, evil, 1, false);
        for (String html : List.of(pages.index(state, List.of(s), List.of()),
                pages.article(state, new PreviewBundle.Page(s, "<b>.md", "\"><x", "<p>sanitised html</p>")),
                pages.notFound(state, "/articles/<script>"), pages.term(state, PreviewTaxonomy.TAG, evil, List.of(s)))) {
            assertFalse(html.contains("<script>"), html);
            assertFalse(html.contains("<b>"), html);
            assertFalse(html.contains("\"><x"), html);
            assertTrue(html.contains("<td class=\"message\">bad " + escaped + "</td>"), html);
            assertFalse(html.contains("&'\""), html);
            assertTrue(html.contains("<code>src/main/articles/&lt;b&gt;.md:[2,3]</code>"), html);
            assertTrue(html.contains("The last build failed: disk &lt;full&gt;."), html);
        }
        String index = pages.index(state, List.of(s), List.of());
        assertTrue(index.contains("<a class=\"title\" href=\"/articles/s%22%3E%3Cx/\">" + escaped + "</a>"), index);
        String article = pages.article(state, new PreviewBundle.Page(s, "<b>.md", "\"><x", "<p>sanitised html</p>"));
        // The bundle's files are named by the id's file key; its '%' are encoded again in the preview's address.
        assertTrue(article.contains("Bundle files: <a href=\"/bundle/articles/s%2522%253E%253Cx.json\">"
                + "articles/s%22%3E%3Cx.json</a>, <a href=\"/bundle/articles/s%2522%253E%253Cx.html\">"
                + "articles/s%22%3E%3Cx.html</a></footer>"), article);
        assertTrue(article.contains("<title>" + escaped + " · articles preview</title>"), article);
        assertTrue(article.contains("<h1>" + escaped + "</h1>"), article);
        assertTrue(article.contains("<div class=\"body\">\n<p>sanitised html</p>\n</div>"), "the article's HTML as is");
    }

    /** Tags and categories lead to their pages, whatever they hold: the term is percent-encoded, then escaped. */
    @Test
    void termsAreLinksToTheirPages() {
        PreviewBundle.Summary s = new PreviewBundle.Summary("a", "/articles/a/", "a", "A", "2026-02-05T17:08:42+09:00",
                List.of("ガイド", "How-to"), List.of("CI/CD", "C#", "..", "a&b \"q\"", "日本語"), null, "", 1, false);
        String html = pages.index(clean(), List.of(s), List.of());
        assertTrue(html.contains("<span class=\"categories\">in <a class=\"category\" href=\"/_preview/category?name="
                + "%E3%82%AC%E3%82%A4%E3%83%89\">ガイド</a>, <a class=\"category\" href=\"/_preview/category?name=How-to\">"
                + "How-to</a></span>"), html);
        assertTrue(html.contains("<p class=\"tags\"><a class=\"tag\" href=\"/_preview/tag?name=CI%2FCD\">CI/CD</a>"
                + "<a class=\"tag\" href=\"/_preview/tag?name=C%23\">C#</a><a class=\"tag\" href=\"/_preview/tag?name=..\">"
                + "..</a><a class=\"tag\" href=\"/_preview/tag?name=a%26b%20%22q%22\">a&amp;b &quot;q&quot;</a>"
                + "<a class=\"tag\" href=\"/_preview/tag?name=%E6%97%A5%E6%9C%AC%E8%AA%9E\">日本語</a></p>"), html);
    }

    /** Below the articles, every category and tag with its number of articles, each a link to its page. */
    @Test
    void indexListsTheTermsWithTheirCounts() {
        String html = pages.index(clean(), List.of(summary("a", "A"), summary("b", "B"), new PreviewBundle.Summary(
                "c", "/articles/c/", "c", "C", "2026-01-01T00:00:00Z", List.of(), List.of("Java", "Java"), null, "",
                1, false)), List.of());
        assertTrue(html.contains("</ol>\n<section class=\"terms\">\n<h2>Categories</h2>\n<p><a class=\"category\" "
                + "href=\"/_preview/category?name=%E6%8A%80%E8%A1%93\">技術<span class=\"count\">2</span></a></p>\n"
                + "</section>\n<section class=\"terms\">\n<h2>Tags</h2>\n<p><a class=\"tag\" href=\"/_preview/tag?name="
                + "Java\">Java<span class=\"count\">3</span></a><a class=\"tag\" href=\"/_preview/tag?name="
                + "%E6%97%A5%E6%9C%AC%E8%AA%9E\">日本語<span class=\"count\">2</span></a></p>\n</section>\n</main>"),
                html);
        String none = pages.index(clean(), List.of(new PreviewBundle.Summary("c", "/articles/c/", "c", "C",
                "2026-01-01T00:00:00Z", List.of(), List.of(), null, "", 1, false)), List.of());
        assertFalse(none.contains("class=\"terms\""), none);
    }

    /** The index links the feeds and sitemap the render has; without siteUrl it says why there are none. */
    @Test
    void indexLinksTheFeeds() {
        List<PreviewBundle.Summary> one = List.of(summary("a", "A"));
        assertTrue(pages.index(clean(), one, List.of("feed.xml", "feed.json", "sitemap.xml")).contains(
                "<p class=\"meta\">1 article, newest first · <a href=\"/bundle/index.json\">index.json</a> · <a href=\""
                        + "/bundle/feed.xml\">feed.xml</a> · <a href=\"/bundle/feed.json\">feed.json</a> · <a href=\""
                        + "/bundle/sitemap.xml\">sitemap.xml</a></p>\n"));
        // A site address, but no published article: nothing to link, nothing to explain.
        assertTrue(pages.index(clean(), one, List.of()).contains("<p class=\"meta\">1 article, newest first · <a "
                + "href=\"/bundle/index.json\">index.json</a></p>\n"));
        PreviewPages withoutSiteUrl = new PreviewPages(CONTENT, PROJECT, ZoneId.of("Asia/Tokyo"), false);
        assertTrue(withoutSiteUrl.index(clean(), one, List.of()).contains("<p class=\"meta\">1 article, newest first "
                + "· <a href=\"/bundle/index.json\">index.json</a> · no feeds and no sitemap: siteUrl is not set</p>\n"));
    }

    /** A term's page: its name, its articles newest first as the index shows them, every error, the rest counted. */
    @Test
    void termPageListsItsArticles() {
        Diagnostic warning = Diagnostic.warning(CONTENT.resolve("b.md"), 1, 1, "excerpt.too-long", "long");
        Diagnostic error = Diagnostic.error(CONTENT.resolve("c.md"), 3, 7, "front-matter.date", "broken date");
        PreviewState state = state(List.of(warning, error), false, CHECKED, false, null);
        String html = pages.term(state, PreviewTaxonomy.TAG, "日本語", List.of(summary("b", "B"), summary("a", "A")));
        assertTrue(html.contains("<title>Tag: 日本語 · articles preview</title>"), html);
        assertTrue(html.contains("broken date"), html);
        assertFalse(html.contains(">long<"), html);
        assertTrue(html.contains("<p>1 finding in other files: see the <a href=\"/#diagnostics\">index</a>.</p>"), html);
        assertTrue(html.contains("<main>\n<p class=\"back\"><a href=\"/\">&larr; All articles</a></p>\n<h1>Tag: 日本語"
                + "</h1>\n<p class=\"meta\">2 articles, newest first</p>\n<ol class=\"articles\">\n<li lang=\"ja\">\n"
                + "<a class=\"title\" href=\"/articles/b/\">B</a>\n<p class=\"meta\"><span><time datetime=\""
                + "2026-02-05T17:08:42+09:00\">2026-02-05 17:08 +09:00</time></span>"), html);
        assertTrue(html.indexOf("href=\"/articles/b/\"") < html.indexOf("href=\"/articles/a/\""), "in the order given");
        assertTrue(html.endsWith("</ol>\n</main>\n</body>\n</html>\n"), html);
        assertTrue(pages.term(state, PreviewTaxonomy.CATEGORY, "技術", List.of(summary("a", "A")))
                .contains("<h1>Category: 技術</h1>"));
    }

    @Test
    void articlePageListsItsOwnFindingsAndEveryError() {
        Diagnostic own = Diagnostic.warning(CONTENT.resolve("a.md"), 4, 1, "heading.duplicate", "own warning");
        Diagnostic otherWarning = Diagnostic.warning(CONTENT.resolve("b.md"), 1, 1, "excerpt.too-long", "other");
        Diagnostic otherError = Diagnostic.error(CONTENT.resolve("c.md"), 3, 7, "front-matter.date", "broken date");
        PreviewState state = state(List.of(own, otherWarning, otherError), false, CHECKED, false, null);
        String html = pages.article(state, new PreviewBundle.Page(summary("a", "A"), "a.md", null, "<p>A</p>"));
        assertTrue(html.contains("own warning"), html);
        assertTrue(html.contains("broken date"), html);
        assertFalse(html.contains(">other<"), html);
        assertTrue(html.contains("<h2>1 error, 2 warnings in 3 articles checked</h2>"), html);
        assertTrue(html.contains("<p>1 finding in other files: see the <a href=\"/#diagnostics\">index</a>.</p>"), html);
        assertTrue(html.contains("Source: <code>src/main/articles/a.md</code>"), html);
        assertTrue(html.contains("Bundle files: <a href=\"/bundle/articles/2026/a.json\">articles/2026/a.json</a>,"
                + " <a href=\"/bundle/articles/2026/a.html\">articles/2026/a.html</a></footer>"), html);
    }

    @Test
    void saysWhichRenderThePagesShow() {
        Diagnostic error = Diagnostic.error(CONTENT.resolve("a.md"), 1, 1, "front-matter.title", "no title");
        Diagnostic warning = Diagnostic.warning(CONTENT.resolve("a.md"), 1, 1, "excerpt.too-long", "long");
        Instant earlier = Instant.parse("2026-03-01T01:02:03Z");

        String stale = pages.index(state(List.of(error), false, earlier, false, null), List.of(), List.of());
        assertTrue(stale.contains("<section id=\"diagnostics\" class=\"diagnostics has-errors\">\n<p class=\"stale\">The "
                + "content has errors, so it was not rendered (articles:bundle writes no bundle then): these pages show"
                + " the last good render, made at 10:02:03.</p>"), stale);
        String fromEarlierRun = pages.index(state(List.of(error), false, earlier, true, null), List.of(), List.of());
        assertTrue(fromEarlierRun.contains("the last good render, made by an earlier run of the preview, at 10:02:03."),
                fromEarlierRun);
        String none = pages.index(state(List.of(error), false, null, false, null), List.of(), List.of());
        assertTrue(none.contains("<p class=\"stale\">The content has errors, so it was not rendered (articles:bundle "
                + "writes no bundle then), and there is no earlier render to show. Fix the findings below and the pages"
                + " appear.</p>"), none);
        assertTrue(none.contains("<p class=\"empty\">Nothing rendered yet.</p>"), none);
        String warningsStop = pages.index(state(List.of(warning), false, earlier, false, null), List.of(), List.of());
        assertTrue(warningsStop.contains("The content has warnings and failOnWarning is set, so it was not rendered: "
                + "these pages show the last good render"), warningsStop);
        assertTrue(warningsStop.contains("class=\"diagnostics has-findings\""), warningsStop);
        String current = pages.index(state(List.of(warning), true, earlier, false, null), List.of(), List.of());
        assertFalse(current.contains("class=\"stale\""), current);
    }

    @Test
    void longListsOfFindingsAreCut() {
        List<Diagnostic> many = new ArrayList<>();
        for (int i = 1; i <= PreviewPages.MAX_LISTED + 5; i++) {
            many.add(Diagnostic.warning(CONTENT.resolve("a.md"), i, 1, "excerpt.too-long", "finding " + i));
        }
        String html = pages.index(state(many, true, CHECKED, false, null), List.of(), List.of());
        assertEquals(PreviewPages.MAX_LISTED, html.split("<tr class=\"warning\">", -1).length - 1);
        assertTrue(html.contains("<p>5 more findings not listed here.</p>"), html);
    }

    @Test
    void languageFromFrontMatterElseFromTheScript() {
        assertEquals("ja", PreviewPages.language(null, "Maven で記事を書く"));
        assertEquals("ja", PreviewPages.language(null, "カタカナ"));
        assertEquals("ko", PreviewPages.language(null, "한국어 글"));
        assertEquals("zh", PreviewPages.language(null, "中文文章"));
        assertNull(PreviewPages.language(null, "Plain English"));
        assertEquals("en-GB", PreviewPages.language("en-GB", "日本語"));
        assertEquals("ja", PreviewPages.language("\"><script>", "日本語です"), "a bad declared tag is ignored");
    }

    @Test
    void datesAreShownWithTheirOffset() {
        assertEquals("2026-03-02 09:30 +09:00", PreviewPages.day("2026-03-02T09:30:00+09:00"));
        assertEquals("2026-02-05 17:08 UTC", PreviewPages.day("2026-02-05T17:08:42Z"));
        assertEquals("not a date", PreviewPages.day("not a date"));
    }
}

package dev.articles.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the feed settings: normalised site addresses, permalinks, and one clear sentence per bad value. */
class FeedSettingsTest {

    private static FeedSettings.Result read(String siteUrl, String permalink) {
        return FeedSettings.read(siteUrl, permalink, 20, "Title", null, null);
    }

    @ParameterizedTest
    @CsvSource({
            "https://example.com, https://example.com/",
            "https://example.com/, https://example.com/",
            "HTTPS://Example.COM/Blog, https://example.com/Blog/",
            "http://localhost:8080/site/, http://localhost:8080/site/",
            "https://example.com/it's, https://example.com/it%27s/",
            "' https://example.com/a/b ', https://example.com/a/b/"})
    void siteAddressesAreNormalised(String written, String normalised) {
        FeedSettings.Result r = read(written, Permalink.DEFAULT);
        assertEquals(List.of(), r.problems());
        assertEquals(normalised, r.settings().siteUrl());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "example.com | siteUrl: 'example.com' is not an http or https address; write an absolute http or https"
                    + " address such as https://example.com/ or https://example.com/blog/",
            "ftp://example.com/ | siteUrl: 'ftp://example.com/' is not an http or https address; write an absolute"
                    + " http or https address such as https://example.com/ or https://example.com/blog/",
            "mailto:me@example.com | siteUrl: 'mailto:me@example.com' is not an http or https address; write an"
                    + " absolute http or https address such as https://example.com/ or https://example.com/blog/",
            "https:///path | siteUrl: 'https:///path' has no host name; write an absolute http or https address such"
                    + " as https://example.com/ or https://example.com/blog/",
            "https://user:secret@example.com/ | siteUrl: 'https://user:secret@example.com/' contains a user name;"
                    + " the feeds publish it, so leave it out",
            "https://example.com/?page=1 | siteUrl: 'https://example.com/?page=1' has a query or fragment (?, #); the"
                    + " site address is the folder the articles' paths are added to; write an absolute http or https"
                    + " address such as https://example.com/ or https://example.com/blog/",
            "https://例え.jp/ | siteUrl: 'https://例え.jp/' contains a space or a non-ASCII character; percent-encode"
                    + " the path and write the host in its ASCII (punycode) form",
            "https://example.com/a b | siteUrl: 'https://example.com/a b' contains a space or a non-ASCII character;"
                    + " percent-encode the path and write the host in its ASCII (punycode) form",
            "https://example.com/a/../b | siteUrl: 'https://example.com/a/../b' has an empty, '.' or '..' folder in"
                    + " its path; write an absolute http or https address such as https://example.com/ or"
                    + " https://example.com/blog/",
            "https://exa mple.com | siteUrl: 'https://exa mple.com' contains a space or a non-ASCII character;"
                    + " percent-encode the path and write the host in its ASCII (punycode) form"})
    void badSiteAddressesAreRefusedWithAReason(String written, String problem) {
        FeedSettings.Result r = read(written, Permalink.DEFAULT);
        assertEquals(List.of(problem), r.problems());
        assertNull(r.settings());
    }

    @Test
    void noSiteAddressMeansNoFeedsButTheOtherValuesAreStillChecked() {
        assertEquals(new FeedSettings.Result(null, List.of()), read(null, Permalink.DEFAULT));
        assertEquals(new FeedSettings.Result(null, List.of()), read("  ", Permalink.DEFAULT));
        assertEquals(List.of(
                "permalink: the permalink pattern '/{title}/' has the unknown placeholder {title}; use {slug}, {year},"
                        + " {month}, {day}",
                "feedSize: 0 is not a number of articles; use 1 or more (default 20)",
                "feedTitle: the feed title is empty; set it, or the project's name",
                "feedLanguage: 'Japanese!' is not a language tag; use one such as ja or en-US"),
                FeedSettings.read(null, "/{title}/", 0, " ", null, "Japanese!").problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'' | the permalink pattern is empty; write a path such as /articles/{slug}/",
            "articles/{slug} | the permalink pattern 'articles/{slug}' must start with '/' (it is a path below siteUrl),"
                    + " such as /articles/{slug}/",
            "/{year}/{month}/ | the permalink pattern '/{year}/{month}/' must contain {slug}, so that every article"
                    + " gets its own address",
            "/{slug}/{Slug}/ | the permalink pattern '/{slug}/{Slug}/' has the unknown placeholder {Slug}; use {slug},"
                    + " {year}, {month}, {day}",
            "/{slug/ | the permalink pattern '/{slug/' has an unclosed or nested '{'; placeholders are {slug}, {year},"
                    + " {month}, {day}",
            "/{{slug}}/ | the permalink pattern '/{{slug}}/' has an unclosed or nested '{'; placeholders are {slug},"
                    + " {year}, {month}, {day}",
            "/記事/{slug}/ | the permalink pattern '/記事/{slug}/' contains characters that are not allowed in a URL"
                    + " path (such as space, quotes, '?', '#' or non-ASCII text); percent-encode them",
            "/a b/{slug} | the permalink pattern '/a b/{slug}' contains characters that are not allowed in a URL path"
                    + " (such as space, quotes, '?', '#' or non-ASCII text); percent-encode them",
            "/{slug}?x=1 | the permalink pattern '/{slug}?x=1' contains characters that are not allowed in a URL path"
                    + " (such as space, quotes, '?', '#' or non-ASCII text); percent-encode them",
            "/../{slug} | the permalink pattern '/../{slug}' contains the segment '..'",
            "/a//{slug} | the permalink pattern '/a//{slug}' contains an empty segment ('//')"})
    void badPermalinksAreRefusedWithAReason(String pattern, String problem) {
        assertEquals(problem, Permalink.problem(pattern));
        assertEquals(List.of("permalink: " + problem), read("https://example.com/", pattern).problems());
    }

    @Test
    void permalinksFillInTheDateInTheArticlesOwnOffset() {
        // 2026-01-01T08:00+09:00 is still 2025-12-31 in UTC: the article's own calendar day counts.
        OffsetDateTime date = OffsetDateTime.parse("2026-01-01T08:00:00+09:00");
        assertEquals("/2026/01/01/hello.html", Permalink.of("/{year}/{month}/{day}/{slug}.html").path("hello", date));
        assertEquals("/articles/%E8%A8%98%E4%BA%8B%23%3F%27/", Permalink.of(Permalink.DEFAULT).path("記事#?'", date));
        assertEquals("/articles/a!$&()*+,;=:@-._~b/", Permalink.of(Permalink.DEFAULT).path("a!$&()*+,;=:@-._~b", date));
        assertEquals("/articles/", Permalink.of(Permalink.DEFAULT).folder());
        assertEquals("/", Permalink.of("/{year}/{slug}/").folder());
        assertEquals("/blog/", Permalink.of("/blog/post-{slug}").folder());
    }

    @Test
    void addressesAreMadeFromTheSiteAndThePermalink() {
        FeedSettings s = FeedSettings.read("https://example.com/blog", "/{year}/{slug}/", 5, " Title ", " A ", "ja")
                .settings();
        OffsetDateTime date = OffsetDateTime.parse("2026-03-02T09:30:00+09:00");
        assertEquals("https://example.com/blog/2026/hello/", s.articleUrl("hello", date));
        assertEquals("https://example.com/blog/feed.xml", s.fileUrl("feed.xml"));
        assertEquals("https://example.com/blog/assets/", s.assetsUrl());
        assertEquals("https://example.com", s.origin());
        assertEquals("Title", s.title());
        assertEquals("A", s.author());
    }

    @Test
    void theFingerprintChangesWithEveryValue() {
        String base = FeedSettings.read("https://example.com/", "/{slug}/", 5, "T", "A", "ja").settings()
                .fingerprint();
        List<FeedSettings> others = List.of(
                FeedSettings.read("https://example.org/", "/{slug}/", 5, "T", "A", "ja").settings(),
                FeedSettings.read("https://example.com/", "/{slug}", 5, "T", "A", "ja").settings(),
                FeedSettings.read("https://example.com/", "/{slug}/", 6, "T", "A", "ja").settings(),
                FeedSettings.read("https://example.com/", "/{slug}/", 5, "U", "A", "ja").settings(),
                FeedSettings.read("https://example.com/", "/{slug}/", 5, "T", null, "ja").settings(),
                FeedSettings.read("https://example.com/", "/{slug}/", 5, "T", "A", "en").settings());
        for (FeedSettings other : others) {
            assertTrue(!other.fingerprint().equals(base), other.toString());
        }
    }

    @Test
    void relativeAddressesInTheHtmlBecomeAbsolute() {
        FeedSettings s = FeedSettings.read("https://example.com/blog/", Permalink.DEFAULT, 5, "T", null, null)
                .settings();
        FeedHtml html = new FeedHtml(s, slug -> slug.equals("other") || slug.equals("日本")
                ? "https://example.com/blog/articles/" + slug + "/" : null);
        String self = "https://example.com/blog/articles/self/";
        assertEquals("https://example.com/blog/articles/other/#x", html.absoluteUrl("other#x", self));
        assertEquals("https://example.com/blog/articles/other/?q=1", html.absoluteUrl("other?q=1", self));
        assertEquals("https://example.com/blog/articles/日本/", html.absoluteUrl("%E6%97%A5%E6%9C%AC", self));
        assertEquals("https://example.com/blog/articles/日本/", html.absoluteUrl("日本", self));
        assertEquals(self + "#top", html.absoluteUrl("#top", self));
        assertEquals("https://example.com/blog/articles/assets/a/b.png", html.absoluteUrl("assets/a/b.png", self));
        assertEquals("https://example.com/x", html.absoluteUrl("/x", self));
        assertEquals("https://cdn.example.net/x", html.absoluteUrl("//cdn.example.net/x", self));
        assertEquals("https://example.com/blog/articles/self/page.html", html.absoluteUrl("page.html", self));
        assertEquals("https://example.com/blog/articles/img/x.png", html.absoluteUrl("../img/x.png", self));
        assertEquals("mailto:a@example.com", html.absoluteUrl("mailto:a@example.com", self));
        assertEquals("https://example.org/", html.absoluteUrl("https://example.org/", self));
        assertEquals("%zz bad", html.absoluteUrl("%zz bad", self), "not an address: left as written");
    }
}

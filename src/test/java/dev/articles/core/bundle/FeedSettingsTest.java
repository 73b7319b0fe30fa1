package dev.articles.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the feed settings: normalised site addresses, and one clear sentence per bad value. */
class FeedSettingsTest {

    private static FeedSettings.Result read(String siteUrl) {
        return FeedSettings.read(siteUrl, 20, "Title", null, null);
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
        FeedSettings.Result r = read(written);
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
        FeedSettings.Result r = read(written);
        assertEquals(List.of(problem), r.problems());
        assertNull(r.settings());
    }

    @Test
    void noSiteAddressMeansNoFeedsButTheOtherValuesAreStillChecked() {
        assertEquals(new FeedSettings.Result(null, List.of()), read(null));
        assertEquals(new FeedSettings.Result(null, List.of()), read("  "));
        assertEquals(List.of(
                "feedSize: 0 is not a number of articles; use 1 or more (default 20)",
                "feedTitle: the feed title is empty; set it, or the project's name",
                "feedLanguage: 'Japanese!' is not a language tag; use one such as ja or en-US"),
                FeedSettings.read(null, 0, " ", null, "Japanese!").problems());
    }

    @Test
    void addressesAreMadeFromTheSiteAndTheArticlesUrl() {
        FeedSettings s = FeedSettings.read("https://example.com/blog", 5, " Title ", " A ", "ja").settings();
        assertEquals("https://example.com/blog/2026/hello/", s.articleUrl("/2026/hello/"));
        assertEquals("https://example.com/blog/feed.xml", s.fileUrl("feed.xml"));
        assertEquals("https://example.com", s.origin());
        assertEquals("Title", s.title());
        assertEquals("A", s.author());
    }

    @Test
    void theFingerprintChangesWithEveryValue() {
        String base = FeedSettings.read("https://example.com/", 5, "T", "A", "ja").settings()
                .fingerprint();
        List<FeedSettings> others = List.of(
                FeedSettings.read("https://example.org/", 5, "T", "A", "ja").settings(),
                FeedSettings.read("https://example.com/", 6, "T", "A", "ja").settings(),
                FeedSettings.read("https://example.com/", 5, "U", "A", "ja").settings(),
                FeedSettings.read("https://example.com/", 5, "T", null, "ja").settings(),
                FeedSettings.read("https://example.com/", 5, "T", "A", "en").settings());
        for (FeedSettings other : others) {
            assertTrue(!other.fingerprint().equals(base), other.toString());
        }
    }

    @Test
    void relativeAddressesInTheHtmlBecomeAbsolute() {
        FeedSettings s = FeedSettings.read("https://example.com/blog/", 5, "T", null, null).settings();
        FeedHtml html = new FeedHtml(s);
        String self = "https://example.com/blog/articles/self/";
        // As the bundle writes them: other articles and assets relative to the article's own address.
        assertEquals("https://example.com/blog/articles/other/#x", html.absoluteUrl("../other/#x", self));
        assertEquals("https://example.com/blog/articles/%E6%97%A5/", html.absoluteUrl("../%E6%97%A5/", self));
        assertEquals(self + "#top", html.absoluteUrl("#top", self));
        assertEquals("https://example.com/blog/articles/assets/a/b.png", html.absoluteUrl("../assets/a/b.png", self));
        assertEquals("https://example.com/x", html.absoluteUrl("/x", self));
        assertEquals("https://cdn.example.net/x", html.absoluteUrl("//cdn.example.net/x", self));
        assertEquals("https://example.com/blog/articles/self/page.html", html.absoluteUrl("page.html", self));
        assertEquals("https://example.com/blog/articles/img/x.png", html.absoluteUrl("../img/x.png", self));
        assertEquals("mailto:a@example.com", html.absoluteUrl("mailto:a@example.com", self));
        assertEquals("https://example.org/", html.absoluteUrl("https://example.org/", self));
        assertEquals("%zz bad", html.absoluteUrl("%zz bad", self), "not an address: left as written");
    }
}

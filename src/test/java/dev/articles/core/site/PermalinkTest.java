package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The permalink patterns of plain content: one clear sentence per bad pattern, and the addresses they make. */
class PermalinkTest {

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
}

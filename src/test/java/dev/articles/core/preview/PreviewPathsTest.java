package dev.articles.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewPathsTest {
    @Test
    void segmentsAreDecodedOneByOne() {
        assertEquals(List.of(), PreviewPaths.segments("/"));
        assertEquals(List.of("articles", "日本語"), PreviewPaths.segments("/articles/%E6%97%A5%E6%9C%AC%E8%AA%9E"));
        assertEquals(List.of("articles", "a b+c"), PreviewPaths.segments("/articles/a%20b+c/"));
        assertEquals(List.of("articles", "日本"), PreviewPaths.segments("/articles/日本"));
        assertEquals(List.of("x", "😀"), PreviewPaths.segments("/x/😀"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "articles", "/..", "/a/../b", "/a/./b", "/a//b", "/a/%2e%2e", "/a/%2E", "/a%2Fb",
        "/a%5Cb", "/a%00", "/%zz", "/%4", "/%C0%AE", "/%FF"})
    void unsafeOrMalformedPathsAreRefused(String path) {
        assertNull(PreviewPaths.segments(path), path);
    }

    @Test
    void queryValuesAreDecodedAsUtf8() {
        assertEquals("日本語", PreviewPaths.queryValue("name=%E6%97%A5%E6%9C%AC%E8%AA%9E", "name"));
        assertEquals("CI/CD", PreviewPaths.queryValue("x=1&name=CI%2FCD&name=other", "name"));
        assertEquals("a+b", PreviewPaths.queryValue("name=a+b", "name"), "only %-escapes are decoded");
        assertEquals("", PreviewPaths.queryValue("name=", "name"));
        assertNull(PreviewPaths.queryValue(null, "name"));
        assertNull(PreviewPaths.queryValue("names=x&=y&name", "name"));
        assertNull(PreviewPaths.queryValue("name=%FF", "name"));
        assertEquals("x?y#z", PreviewPaths.queryValue("name=" + PreviewPaths.encode("x?y#z"), "name"));
    }

    @Test
    void segmentsAreEncodedForPaths() {
        assertEquals("%E6%97%A5%E6%9C%AC", PreviewPaths.encode("日本"));
        assertEquals("a%20b%2Bc%2F%3F%23", PreviewPaths.encode("a b+c/?#"));
        assertEquals("safe-._~AZaz09", PreviewPaths.encode("safe-._~AZaz09"));
        // Any slug (slugs hold no '/') comes back as it was.
        assertEquals(List.of("x", "a b+c?#%日本.md"), PreviewPaths.segments("/x/" + PreviewPaths.encode("a b+c?#%日本.md")));
    }
}

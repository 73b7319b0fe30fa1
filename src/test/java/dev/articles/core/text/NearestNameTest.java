package dev.articles.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestNameTest {

    @ParameterizedTest
    @CsvSource({
            "kitten, sitting, 3",
            "abc, abc, 0",
            "ab, ba, 1", // a swap is one edit
            "heading.dupilcate, heading.duplicate, 1",
            "'', abc, 3",
            "Asia/Tokyio, Asia/Tokyo, 1",
    })
    void distance(String a, String b, int expected) {
        assertEquals(expected, NearestName.distance(a, b));
        assertEquals(expected, NearestName.distance(b, a));
    }

    @Test
    void suggestsTheNearestCloseName() {
        List<String> rules = List.of("body.marker", "heading.duplicate", "heading.empty", "link.broken");
        assertEquals("heading.duplicate", NearestName.of("heading.dupilcate", rules));
        assertEquals("body.marker", NearestName.of("body.markers", rules));
        assertEquals("link.broken", NearestName.of("Link.Broken", rules), "case does not count");
        assertEquals("Asia/Tokyo", NearestName.of("Asia/Tokyio", List.of("Asia/Tokyo", "Asia/Tomsk", "Europe/Tirane")));
    }

    @Test
    void nothingCloseMeansNoSuggestion() {
        List<String> rules = List.of("body.marker", "heading.duplicate", "link.broken");
        assertNull(NearestName.of("heading.dupe", rules), "five edits from heading.duplicate");
        assertNull(NearestName.of("spelling", rules));
        assertNull(NearestName.of("body.marker", rules), "a known name needs no suggestion");
        assertNull(NearestName.of("", rules));
        assertNull(NearestName.of(null, rules));
        assertNull(NearestName.of("ab", List.of("xy")));
    }

    @Test
    void theAllowanceGrowsWithTheLength() {
        assertEquals(1, NearestName.allowed("abcde"));
        assertEquals(2, NearestName.allowed("abcdef"));
        assertEquals(2, NearestName.allowed("abcdefghijk"));
        assertEquals(3, NearestName.allowed("abcdefghijkl"));
        assertEquals("abcdxy", NearestName.of("abcdef", List.of("abcdxy")));
        assertNull(NearestName.of("abcde", List.of("abcxy")));
        assertNull(NearestName.of("2026-02-05-ab.md", List.of("2026-02-05-cd.md"), 1), "a tighter allowance");
    }

    @Test
    void tiesGoToTheBetterCaseThenToTheFirstInOrder() {
        assertEquals("Abc", NearestName.of("abd", List.of("ABC", "Abc")));
        assertEquals("Abc", NearestName.of("abd", List.of("Abc", "ABC")));
        assertEquals("abce", NearestName.of("abcd", List.of("abcf", "abce")));
        assertEquals("abce", NearestName.of("abcd", List.of("abce", "abcf")));
    }
}

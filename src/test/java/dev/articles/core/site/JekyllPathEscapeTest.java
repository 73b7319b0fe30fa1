package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Every expected value was printed by Jekyll 4.3.1 ({@code Jekyll::URL.escape_path}, Addressable 2.8.1) and copied
 * here.
 */
class JekyllPathEscapeTest {

    private static String escape(String value) throws JekyllPathEscape.InvalidValueException {
        return JekyllPathEscape.escape(value);
    }

    @Test
    void plainValuesStayAndOthersArePercentEncodedAsUtf8() throws Exception {
        assertEquals("", escape(""));
        assertEquals("a/b-c.d", escape("a/b-c.d"));
        assertEquals("a%20b", escape("a b"));
        assertEquals("%E6%97%A5%E6%9C%AC%E8%AA%9E", escape("日本語"));
        assertEquals("caf%C3%A9", escape("café"));
        assertEquals("e%CC%81", escape("e\u0301"));
        assertEquals("%F0%9F%98%80", escape("😀"));
        assertEquals("%CE%A3", escape("Σ"));
        assertEquals("a/b%20c", escape("a/b c"));
        assertEquals("a%09b", escape("a\tb"));
        assertEquals("100%25", escape("100%"));
        assertEquals("%2541", escape("%41"));
        assertEquals("a%5Bb%5D", escape("a[b]"));
        assertEquals("a%22b", escape("a\"b"));
        assertEquals("a%3Cb%3E", escape("a<b>"));
        assertEquals("a%7Bb%7D%7Cc%5Cd%5Ee%60f", escape("a{b}|c\\d^e`f"));
        assertEquals("a+b=c&d;e,f!$*()@", escape("a+b=c&d;e,f!$*()@"));
        assertEquals("a'b", escape("a'b"));
        assertEquals("~user", escape("~user"));
        assertEquals("./a", escape("./a"));
        assertEquals("a..b", escape("a..b"));
    }

    @Test
    void hashAndQuestionMarkFollowAddressablesUriSplit() throws Exception {
        assertEquals("c%23", escape("c#"));
        assertEquals("%23x", escape("#x"));
        assertEquals("x%23", escape("x#"));
        assertEquals("a%23b%23c", escape("a#b#c"));
        assertEquals("a?b", escape("a?b"));
        assertEquals("?x", escape("?x"));
        assertEquals("a?b?c", escape("a?b?c"));
        assertEquals("a?b%23c", escape("a?b#c"));
    }

    @Test
    void aColonMakesASchemeWhichMustBeOne() throws Exception {
        assertEquals("a:b", escape("a:b"));
        assertEquals("a:b:c", escape("a:b:c"));
        assertEquals("a:b%20c", escape("a:b c"));
        assertEquals("A:%E6%97%A5%E6%9C%AC", escape("A:日本"));
        assertEquals("z+.-:x%20y", escape("z+.-:x y"));
        assertEquals("%C3%BC/:x", escape("ü/:x"));
        assertEquals("http://x/y%20z", escape("http://x/y z"));
        assertEquals("Invalid scheme format: '1'", assertThrows(JekyllPathEscape.InvalidValueException.class,
                () -> escape("1:2")).getMessage());
        assertEquals("Invalid scheme format: '日本'", assertThrows(JekyllPathEscape.InvalidValueException.class,
                () -> escape("日本:x")).getMessage());
        assertEquals("Cannot assemble URI string with ambiguous path: ':x'",
                assertThrows(JekyllPathEscape.InvalidValueException.class, () -> escape(":x")).getMessage());
    }

    @Test
    void twoLeadingSlashesMakeAnAuthority() throws Exception {
        assertEquals("//x", escape("//x"));
        assertEquals("a//b", escape("a//b"));
        assertEquals("//%C3%A9vil/p", escape("//évil/p"));
        assertEquals("//u@h:80/p", escape("//u@h:80/p"));
        assertEquals("Invalid character in host: 'a b'", assertThrows(JekyllPathEscape.InvalidValueException.class,
                () -> escape("//a b")).getMessage());
        assertEquals("Invalid port number: \"abc\"", assertThrows(JekyllPathEscape.InvalidValueException.class,
                () -> escape("//x:abc/p")).getMessage());
    }

    /** Ruby's ^ and $ match at every line: a value with one plain line is left alone, and a fragment ends at a line. */
    @Test
    void lineBreaksBehaveAsInRuby() throws Exception {
        assertEquals("a\nb", escape("a\nb"));
        assertEquals("abc\n日本", escape("abc\n日本"));
        assertEquals("日本\nabc", escape("日本\nabc"));
        assertEquals("%E6%97%A5%0A%E6%9C%AC", escape("日\n本"));
        assertEquals("a%20b%0Ac%20d", escape("a b\nc d"));
        assertEquals("a#b\nc", escape("a#b\nc"));
        assertEquals("%E6%97%A5%23%E6%9C%AC", escape("日#本\n#x"));
    }

    @Test
    void unescapeDecodesUtf8() {
        assertEquals("/日本/c#/100%/a b", JekyllPathEscape.unescape("/%E6%97%A5%E6%9C%AC/c%23/100%25/a%20b"));
        assertEquals("/plain/", JekyllPathEscape.unescape("/plain/"));
        assertEquals("/50%", JekyllPathEscape.unescape("/50%"));
    }
}

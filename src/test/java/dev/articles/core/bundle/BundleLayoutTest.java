package dev.articles.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BundleLayoutTest {

    @Test
    void paths() {
        assertEquals("META-INF/articles/bundles.txt", BundleLayout.DISCOVERY_FILE);
        assertEquals("META-INF/articles/site/", BundleLayout.bundleRoot("site"));
        assertEquals("articles/hello.json", BundleLayout.articleJson("hello"));
        assertEquals("articles/hello.html", BundleLayout.articleHtml("hello"));
        assertEquals("articles/_posts/2026-02-05-hello.json", BundleLayout.articleJson("_posts/2026-02-05-hello"));
        assertEquals("articles/a%3Ab.html", BundleLayout.articleHtml("a:b"));
        assertEquals(2, BundleLayout.FORMAT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hello | hello",
            "2026/02/hello | 2026/02/hello",
            "_posts/x | _posts/x",
            "en/news/_posts/2026-02-05-hello | en/news/_posts/2026-02-05-hello",
            "記事/はじめに | 記事/はじめに",
            "a:b | a%3Ab",
            "100% | 100%25",
            "a%3Ab | a%253Ab",
            "'a<b>c\"d|e?f*g\\h' | a%3Cb%3Ec%22d%7Ce%3Ff%2Ag%5Ch",
            "end. | end%2E",
            ".hidden | %2Ehidden",
            "a.b.c | a.b.c",
            "'a ' | a%20",
            "' a b' | %20a b",
            "con | %63on",
            "CON | %43ON",
            "Con.tar | %43on.tar",
            "docs/nul/x | docs/%6Eul/x",
            "com1 | %63om1",
            "lpt9.md | %6Cpt9.md",
            "console | console",
            "icon | icon",
            "conin$ | %63onin$"})
    void fileKeysAreSafeOnEveryFileSystem(String id, String key) {
        assertEquals(key, BundleLayout.fileKey(id));
    }

    @Test
    void fileKeysOfControlCharactersAreEscapedAsUtf8() {
        assertEquals("a%01b%7F", BundleLayout.fileKey("a\u0001b\u007F"));
        assertEquals("\u2026x", BundleLayout.fileKey("\u2026x")); // other characters are kept as they are
    }

    @Test
    void differentIdsGetDifferentFileKeys() {
        List<String> ids = List.of("a:b", "a%3Ab", "a%253Ab", "con", "%63on", "end.", "end%2E", "a/b", "a%2Fb");
        Set<String> keys = new HashSet<>();
        ids.forEach(id -> keys.add(BundleLayout.fileKey(id)));
        assertEquals(ids.size(), keys.size(), keys.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"site", "my-site", "my_site.v2", "0", "A1"})
    void goodBundleNames(String name) {
        assertNull(BundleLayout.bundleNameProblem(name));
    }

    @Test
    void longestBundleName() {
        assertNull(BundleLayout.bundleNameProblem("a".repeat(128)));
        assertEquals(message("a".repeat(129)), BundleLayout.bundleNameProblem("a".repeat(129)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-site", ".site", "_site", "a/b", "a\\b", "..", "my site", "サイト", "site\n"})
    void badBundleNames(String name) {
        assertEquals(message(name), BundleLayout.bundleNameProblem(name));
    }

    @Test
    void nullBundleName() {
        assertEquals(message(null), BundleLayout.bundleNameProblem(null));
    }

    private static String message(String name) {
        return "the bundle name '" + name + "' must start with a letter or digit and contain only letters, digits, "
                + "'.', '_' and '-' (at most 128 characters)";
    }
}

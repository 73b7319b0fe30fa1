package dev.articles.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleLayoutTest {

    @Test
    void paths() {
        assertEquals("META-INF/articles/bundles.txt", BundleLayout.DISCOVERY_FILE);
        assertEquals("META-INF/articles/site/", BundleLayout.bundleRoot("site"));
        assertEquals("articles/hello.json", BundleLayout.articleJson("hello"));
        assertEquals("articles/hello.html", BundleLayout.articleHtml("hello"));
        assertEquals(1, BundleLayout.FORMAT);
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

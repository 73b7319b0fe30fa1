package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @ValueSource(strings = {"hello", "hello-world", "hello.world", "v1.10", "日本語の記事", "a", "CON-tips", "console",
            "nullable", "com10", "lpt", "x_y", "Mixed-Case"})
    void acceptsFileNameSafeSlugs(String slug) {
        assertNull(Slugs.problem(slug));
    }

    @Test
    void rejectsEmptyAndTooLong() {
        assertEquals("the slug is empty", Slugs.problem(""));
        assertNull(Slugs.problem("x".repeat(200)));
        assertEquals("the slug is 201 characters long; the limit is 200", Slugs.problem("x".repeat(201)));
    }

    @Test
    void rejectsPathSeparators() {
        assertEquals("the slug 'a/b' contains a path separator '/'", Slugs.problem("a/b"));
        assertEquals("the slug 'a\\b' contains a path separator '\\'", Slugs.problem("a\\b"));
        assertEquals("the slug '../etc' contains a path separator '/'", Slugs.problem("../etc"));
    }

    @Test
    void rejectsDotNames() {
        assertEquals("the slug '.' starts with a dot", Slugs.problem("."));
        assertEquals("the slug '..' starts with a dot", Slugs.problem(".."));
        assertEquals("the slug '.hidden' starts with a dot", Slugs.problem(".hidden"));
        assertEquals("the slug 'draft.' ends with a dot or space, which Windows drops from file names",
                Slugs.problem("draft."));
    }

    @Test
    void rejectsCharactersIllegalInFileNamesOrUrls() {
        for (char c : "<>:\"|?*%".toCharArray()) {
            assertEquals("the slug 'a" + c + "b' contains the character '" + c
                    + "', which cannot be used in file names or URLs", Slugs.problem("a" + c + "b"));
        }
        assertEquals("the slug 'a\tb' contains the character U+0009, which cannot be used in file names or URLs",
                Slugs.problem("a\tb"));
        assertEquals("the slug 'a\u007Fb' contains the character U+007F, which cannot be used in file names or URLs",
                Slugs.problem("a\u007Fb"));
    }

    @Test
    void rejectsWhiteSpace() {
        assertEquals("the slug 'hello world' contains white space; use '-' instead", Slugs.problem("hello world"));
        assertEquals("the slug 'hello world ' contains white space; use '-' instead", Slugs.problem("hello world "));
        assertEquals("the slug '日本\u3000語' contains white space; use '-' instead", Slugs.problem("日本\u3000語"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"con", "CON", "Prn", "aux", "nul", "COM1", "com0", "LPT9"})
    void rejectsWindowsDeviceNames(String slug) {
        assertEquals("the slug '" + slug + "' is a reserved device name on Windows", Slugs.problem(slug));
    }

    /** Windows maps "nul.txt" and "NUL.tar.gz" to the device too; the slug becomes "{slug}.json" in the bundle. */
    @ParameterizedTest
    @ValueSource(strings = {"con.txt", "nul.tar", "Aux.notes", "com1.x"})
    void rejectsWindowsDeviceNamesWithAnExtension(String slug) {
        assertEquals("the slug '" + slug + "' is a reserved device name on Windows", Slugs.problem(slug));
    }

    @Test
    void collisionKeyIgnoresCase() {
        assertEquals(Slugs.collisionKey("Hello-World"), Slugs.collisionKey("hello-world"));
        assertEquals("日本語", Slugs.collisionKey("日本語"));
    }
}

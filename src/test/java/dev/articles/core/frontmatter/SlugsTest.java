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
    @ValueSource(strings = {"con.txt", "nul.tar", "Aux.notes", "com1.x", "NUL.tar.gz", "COM\u00B9", "lpt\u00B3.md",
            "CONIN$", "conout$.json"})
    void rejectsWindowsDeviceNamesWithAnExtension(String slug) {
        assertEquals("the slug '" + slug + "' is a reserved device name on Windows", Slugs.problem(slug));
    }

    @Test
    void collisionKeyIgnoresCase() {
        assertEquals(Slugs.collisionKey("Hello-World"), Slugs.collisionKey("hello-world"));
        assertEquals("日本語", Slugs.collisionKey("日本語"));
    }

    @Test
    void collisionKeyIgnoresUnicodeComposition() {
        // が as one code point (NFC, what most editors write) and as か + combining dakuten (NFD, macOS file names).
        assertEquals(Slugs.collisionKey("\u304C\u3044\u3069"), Slugs.collisionKey("\u304B\u3099\u3044\u3069"));
        assertEquals(Slugs.collisionKey("Caf\u00E9"), Slugs.collisionKey("cafe\u0301"));
        assertEquals(Slugs.collisionKey("stra\u00DFe"), Slugs.collisionKey("STRASSE"));
        assertEquals("\u304C", Slugs.collisionKey("\u304B\u3099"));
    }

    @Test
    void pathTricksAreRefused() {
        assertEquals("the slug '%2e%2e' contains the character '%', which cannot be used in file names or URLs",
                Slugs.problem("%2e%2e"));
        assertEquals("the slug '..%2fetc' contains the character '%', which cannot be used in file names or URLs",
                Slugs.problem("..%2fetc"));
        assertEquals("the slug 'C:foo' contains the character ':', which cannot be used in file names or URLs",
                Slugs.problem("C:foo"));
        assertEquals("the slug 'C:\\Windows' contains the character ':', which cannot be used in file names or URLs",
                Slugs.problem("C:\\Windows"));
        assertEquals("the slug '/etc/passwd' contains a path separator '/'", Slugs.problem("/etc/passwd"));
        assertEquals("the slug '\\\\server\\share' contains a path separator '\\'", Slugs.problem("\\\\server\\share"));
        assertEquals("the slug '...' starts with a dot", Slugs.problem("..."));
        assertEquals("the slug 'a.. ' contains white space; use '-' instead", Slugs.problem("a.. "));
        assertEquals("the slug 'a..' ends with a dot or space, which Windows drops from file names",
                Slugs.problem("a.."));
    }

    @Test
    void invisibleAndControlCharactersAreRefused() {
        assertEquals("the slug 'abc\u202Edm.exe' contains the invisible character U+202E; remove it",
                Slugs.problem("abc\u202Edm.exe"));
        assertEquals("the slug 'a\u200Bb' contains the invisible character U+200B; remove it", Slugs.problem("a\u200Bb"));
        assertEquals("the slug 'a\u0085b' contains the character U+0085, which cannot be used in file names or URLs",
                Slugs.problem("a\u0085b"));
        assertEquals("the slug 'a\u0090b' contains the character U+0090, which cannot be used in file names or URLs",
                Slugs.problem("a\u0090b"));
    }
}

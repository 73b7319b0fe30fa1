package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Ruby's two glob dialects. The expected matches were printed by Ruby 3.1 (the one jekyll 4.3.1 runs on):
 * {@code File.fnmatch?(pattern, path)} for {@link RubyGlob#fnmatch}, and, for the {@code Dir.glob} dialect of
 * {@link RubyGlob#globMatches}, {@code File.fnmatch?} with {@code FNM_PATHNAME | FNM_EXTGLOB}, which is how
 * {@code Dir.glob} matches each name it lists.
 */
class RubyGlobTest {
    private static final List<String> PATHS = List.of(
            "a.md", ".a.md", "docs/x.txt", "docs/sub/y.txt", "docs/.h", "p/q/r.md", "p/.q/r.md", "_posts/x/y.md", "_posts/y.md",
            "a/xy", "b/x", "c/x", "a/c/e", "a/d/e", "b/x/x", "x/x", "ab/x",
            "a/*b", "a/xb", "_recipes/sub", ".x", "d/x");

    /** {@code glob}: what Dir.glob's dialect matches; {@code fnmatch}: what File.fnmatch? without flags matches. */
    private static void check(String pattern, String glob, String fnmatch) {
        assertEquals(glob, PATHS.stream().filter(p -> RubyGlob.globMatches(pattern, p, false))
                .collect(Collectors.joining(" ")), "glob " + pattern);
        assertEquals(fnmatch, PATHS.stream().filter(p -> RubyGlob.fnmatch(pattern, p))
                .collect(Collectors.joining(" ")), "fnmatch " + pattern);
    }

    @Test
    void bothDialectsAsRuby() {
        check("*.md", "a.md", "a.md p/q/r.md p/.q/r.md _posts/x/y.md _posts/y.md");
        check("docs/*", "docs/x.txt", "docs/x.txt docs/sub/y.txt docs/.h");
        check("docs/*.txt", "docs/x.txt", "docs/x.txt docs/sub/y.txt");
        check("**/*.md", "a.md p/q/r.md _posts/x/y.md _posts/y.md", "p/q/r.md p/.q/r.md _posts/x/y.md _posts/y.md");
        check("_posts/**/*", "_posts/x/y.md _posts/y.md", "_posts/x/y.md");
        check("{a,b}/x*", "a/xy b/x a/xb", "");
        check("a/{b,{c,d}}/e", "a/c/e a/d/e", "");
        check("[a-c]*/x", "b/x c/x ab/x", "b/x c/x b/x/x ab/x");
        check("[!a]*/x", "b/x c/x x/x d/x", "b/x c/x b/x/x x/x d/x");
        check("?/x", "b/x c/x x/x d/x", "b/x c/x x/x d/x");
        check(".*", ".a.md .x", ".a.md .x");
        check("*", "a.md", "a.md docs/x.txt docs/sub/y.txt docs/.h p/q/r.md p/.q/r.md _posts/x/y.md _posts/y.md"
                + " a/xy b/x c/x a/c/e a/d/e b/x/x x/x ab/x a/*b a/xb _recipes/sub d/x");
        check("a/\\*b", "a/*b", "a/*b");
    }

    /** A pattern ending in "/" lists folders only (checked with jekyll 4.3.1 in FrontMatterDefaultsTest). */
    @Test
    void aTrailingSlashListsFoldersOnly() {
        assertTrue(RubyGlob.globMatches("_recipes/*/", "_recipes/sub", true));
        assertFalse(RubyGlob.globMatches("_recipes/*/", "_recipes/top.md", false));
        assertEquals(List.of("a/c/e", "a/d/e", "a/b/e"), RubyGlob.braces("a/{c,d,b}/e"));
    }
}

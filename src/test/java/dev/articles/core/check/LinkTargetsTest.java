package dev.articles.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LinkTargetsTest {

    @Test
    void joinsRelativePathsWithinTheContentDirectory() {
        assertEquals("_posts/a.md", LinkTargets.join("_posts", "a.md"));
        assertEquals("guide/a.md", LinkTargets.join("_posts/2024", "../../guide/./a.md"));
        assertEquals("a.md", LinkTargets.join("", "x//../a.md"));
        assertNull(LinkTargets.join("_posts", "../../a.md"));
    }

    @Test
    void relativePathsForSuggestions() {
        assertEquals("../guide/Setup.md", LinkTargets.relative("_posts/broken.md", "guide/Setup.md"));
        assertEquals("b.md", LinkTargets.relative("_posts/a.md", "_posts/b.md"));
        assertEquals("_posts/b.md", LinkTargets.relative("top.md", "_posts/b.md"));
        assertEquals("../../c.md", LinkTargets.relative("x/y/a.md", "c.md"));
        assertEquals("../y2/c.md", LinkTargets.relative("x/y/a.md", "x/y2/c.md"));
    }
}

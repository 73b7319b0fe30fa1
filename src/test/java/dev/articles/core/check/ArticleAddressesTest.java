package dev.articles.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which links from the site's root count as article addresses, and which forms of an address are one. */
class ArticleAddressesTest {
    @Test
    void theFormsAServerAnswersAlikeAreOneKey() {
        assertEquals("/2024/03/01/hello", ArticleAddresses.key("/2024/03/01/hello/"));
        assertEquals("/2024/03/01/hello", ArticleAddresses.key("/2024/03/01/hello"));
        assertEquals("/2024/03/01/hello", ArticleAddresses.key("/2024/03/01/hello.html"));
        assertEquals("/2024/03/01/hello", ArticleAddresses.key("/2024/03/01/hello/index.html"));
        assertEquals("/", ArticleAddresses.key("/"));
    }

    @Test
    void onlyDatedFoldersHaveAShape() {
        assertEquals("/en/news/#4/#2/#2", ArticleAddresses.folderShape("/en/news/2024/03/01/hello/"));
        assertEquals("/#4/#2", ArticleAddresses.folderShape("/2024/03/hello.html"));
        assertEquals("/blog/#4", ArticleAddresses.folderShape("/blog/2024/hello"));
        assertNull(ArticleAddresses.folderShape("/articles/hello/"), "no year: the site's own pages live there too");
        assertNull(ArticleAddresses.folderShape("/2024/"), "a year archive has no folder before it");
        assertNull(ArticleAddresses.folderShape("/24/03/hello/"), "a two-digit number is no year");
    }

    @Test
    void theAddressOfAFullUrlIsItsPath() {
        assertEquals("/2024/03/01/こんにちは/",
                ArticleAddresses.pathOf("https://example.org/2024/03/01/%E3%81%93%E3%82%93%E3%81%AB%E3%81%A1%E3%81%AF/"));
        assertEquals("/2024/03/01/hello/", ArticleAddresses.pathOf("/2024/03/01/hello/"));
        assertNull(ArticleAddresses.pathOf("//cdn.example.org/x"));
        assertNull(ArticleAddresses.pathOf(null));
    }
}

package dev.articles.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        for (String f : List.of("b.md", "a.md", "Z.md", "notes.txt", "z.markdown", "2026/02/post.md", "2026/01/post.md",
                "2026/post.md", "drafts/wip.md", "drafts/old/older.md", "img/a.md.png", "x/README.md", "日本語/記事.md")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        Files.createDirectories(dir.resolve("folder.md"));
    }

    private List<String> scan(List<String> includes, List<String> excludes) throws IOException {
        return new ContentScanner(includes, excludes).scan(dir).stream()
                .map(p -> ContentScanner.relativePath(dir, p)).toList();
    }

    @Test
    void defaultIncludesFindRootFilesTooSortedByPath() throws IOException {
        assertEquals(List.of("2026/01/post.md", "2026/02/post.md", "2026/post.md", "Z.md", "a.md", "b.md",
                "drafts/old/older.md", "drafts/wip.md", "x/README.md", "z.markdown", "日本語/記事.md"),
                scan(ContentRequest.DEFAULT_INCLUDES, List.of()));
    }

    @Test
    void excludesApplyAfterIncludes() throws IOException {
        assertEquals(List.of("2026/01/post.md", "2026/02/post.md", "2026/post.md", "Z.md", "a.md", "b.md"),
                scan(List.of("**/*.md"), List.of("drafts/**", "**/README.md", "日本語/")));
    }

    @Test
    void rootOnlyPattern() throws IOException {
        assertEquals(List.of("Z.md", "a.md", "b.md"), scan(List.of("*.md"), List.of()));
    }

    @Test
    void severalIncludesDoNotListAFileTwice() throws IOException {
        assertEquals(List.of("2026/01/post.md", "2026/02/post.md", "2026/post.md"),
                scan(List.of("2026/**/*.md", "**/post.md"), List.of()));
    }

    @Test
    void directoriesAreNeverArticles() throws IOException {
        assertEquals(List.of(), scan(List.of("folder.md", "*.png"), List.of()));
    }

    @Test
    void linksToFilesAreListedButLinkedFoldersAreNotEntered() throws IOException {
        Path outside = Files.createTempDirectory("outside");
        try {
            Files.writeString(outside.resolve("secret.md"), "x");
            try {
                Files.createSymbolicLink(dir.resolve("linked-dir"), outside);
                Files.createSymbolicLink(dir.resolve("linked.md"), outside.resolve("secret.md"));
            } catch (UnsupportedOperationException | IOException e) {
                Assumptions.abort("no symbolic links here: " + e);
            }
            // The reader then refuses linked.md, whose target lies outside (see ArticleReaderLinkTest).
            assertEquals(List.of("a.md", "linked.md"), scan(List.of("a.md", "linked.md", "linked-dir/**"), List.of()));
        } finally {
            Files.deleteIfExists(outside.resolve("secret.md"));
            Files.deleteIfExists(outside);
        }
    }

    /** A link to a folder outside is named with the first article behind it, through the link, in the listing. */
    @Test
    void linkedFoldersHoldingArticlesAreListedApart() throws IOException {
        Path outside = Files.createTempDirectory("outside");
        try {
            Files.createDirectories(outside.resolve("deep/er"));
            Files.writeString(outside.resolve("notes.txt"), "x");
            Files.writeString(outside.resolve("deep/er/記事.md"), "x");
            try {
                Files.createSymbolicLink(dir.resolve("linked-dir"), outside);
            } catch (UnsupportedOperationException | IOException e) {
                Assumptions.abort("no symbolic links here: " + e);
            }
            ContentScanner.Listing listing = new ContentScanner(ContentRequest.DEFAULT_INCLUDES, List.of()).list(dir);
            assertEquals(List.of(new FolderLink(dir.resolve("linked-dir"), "linked-dir", outside.toRealPath(),
                    "linked-dir/deep/er/記事.md")), listing.folderLinks());
            assertEquals(List.of(), new ContentScanner(List.of("**/*.md"), List.of("linked-dir/deep/**")).list(dir)
                    .folderLinks(), "nothing behind the link would be read");
        } finally {
            Files.deleteIfExists(outside.resolve("deep/er/記事.md"));
            Files.deleteIfExists(outside.resolve("deep/er"));
            Files.deleteIfExists(outside.resolve("deep"));
            Files.deleteIfExists(outside.resolve("notes.txt"));
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void relativePathUsesSlashes() {
        assertEquals("a/b/c.md", ContentScanner.relativePath(dir, dir.resolve("a").resolve("b").resolve("c.md")));
    }
}

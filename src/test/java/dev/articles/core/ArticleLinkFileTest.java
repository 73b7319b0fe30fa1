package dev.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.build.BuildMemory;
import dev.articles.core.build.ContentBuild;
import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article files that are symbolic links: read when they stay inside the content directory, refused otherwise. */
class ArticleLinkFileTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    @Test
    void linksAreReadOnlyWhenTheyStayInside() throws IOException {
        ContentFixture c = new ContentFixture(dir.resolve("content"));
        c.article("a.md", "内側", "2026-02-01");
        Path secret = outside.resolve("secret.md");
        Files.writeString(secret, "---\ntitle: outside\ndate: 2026-02-01\n---\n\nbody\n");
        Path content = c.dir();
        try {
            Files.createSymbolicLink(content.resolve("inside.md"), Path.of("a.md"));
            Files.createSymbolicLink(content.resolve("out.md"), secret);
            Files.createSymbolicLink(content.resolve("dangling.md"), Path.of("nowhere.md"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }

        ContentResult result = c.check();

        assertEquals(List.of(
                Diagnostic.error(content.resolve("dangling.md"), 0, 0, "file.read",
                        "the file is a link to nowhere.md, which does not exist"),
                Diagnostic.error(content.resolve("out.md"), 0, 0, "file.read", "the file is a link to "
                        + secret.toRealPath() + ", outside the content directory; copy the article instead")),
                errors(result));
        assertEquals(4, result.checked());
    }

    @Test
    void aLinkInsideIsPublishedUnderItsOwnName() throws IOException {
        ContentFixture c = new ContentFixture(dir.resolve("content"));
        c.article("a.md", "内側", "2026-02-01");
        try {
            Files.createSymbolicLink(c.dir().resolve("alias.md"), Path.of("a.md"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        ContentResult result = c.check();
        assertEquals(List.of(), errors(result), "the alias only repeats the title (title.duplicate, a warning)");
        assertEquals(List.of("a", "alias"), result.articles().stream().map(Article::slug).sorted().toList());
    }

    @Test
    void linkedFoldersAreNotEnteredAndAFolderLinkNamedLikeAnArticleIsRefused() throws IOException {
        ContentFixture c = new ContentFixture(dir.resolve("content"));
        c.article("a.md", "内側", "2026-02-01");
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: outside\ndate: 2026-02-01\n---\n\nbody\n");
        Path content = c.dir();
        try {
            Files.createSymbolicLink(content.resolve("linked"), outside);
            Files.createSymbolicLink(content.resolve("folder.md"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        ContentResult result = c.check();
        assertEquals(List.of(Diagnostic.error(content.resolve("folder.md"), 0, 0, "file.read", "the file is a link"
                + " to " + outside.toRealPath() + ", outside the content directory; copy the article instead")),
                errors(result));
        assertEquals(2, result.checked(), "linked/secret.md is not read: links to folders are not followed");
        assertEquals(List.of(Diagnostic.warning(content.resolve("linked"), 0, 0, "content.folder-link", "'linked' is a"
                + " link to the folder " + outside.toRealPath() + ", outside the content directory; links to folders"
                + " are not followed, so the articles in it (such as linked/secret.md) are not read: move the folder"
                + " into the content directory, or leave it out with excludes ('linked/**')")),
                c.diagnostics("content.folder-link"));
    }

    /**
     * Only a link that hides articles is reported: not one to a folder inside the content directory (its articles are
     * read there), to a folder of images, to nothing, or one left out by the excludes.
     */
    @Test
    void aFolderLinkIsReportedOnlyWhenItHidesArticles() throws IOException {
        ContentFixture c = new ContentFixture(dir.resolve("content"));
        c.article("2026/a.md", "内側", "2026-02-01");
        Path images = Files.createDirectories(outside.resolve("images"));
        Files.write(images.resolve("chart.png"), new byte[] {1, 2, 3});
        Path posts = Files.createDirectories(outside.resolve("posts/2025"));
        Files.writeString(posts.resolve("old.markdown"), "---\ntitle: old\ndate: 2025-02-01\n---\n\nbody\n");
        Path content = c.dir();
        try {
            Files.createSymbolicLink(content.resolve("latest"), Path.of("2026"));
            Files.createSymbolicLink(content.resolve("images"), images);
            Files.createSymbolicLink(content.resolve("gone"), outside.resolve("nowhere"));
            Files.createSymbolicLink(content.resolve("archive"), outside.resolve("posts"));
            Files.createSymbolicLink(content.resolve("old"), outside.resolve("posts"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        List<String> found = c.excludes("old/**").diagnostics("content.folder-link").stream()
                .map(d -> c.relative(d.file()) + ": " + d.message()).toList();
        assertEquals(List.of("archive: 'archive' is a link to the folder " + outside.resolve("posts").toRealPath()
                + ", outside the content directory; links to folders are not followed, so the articles in it (such as"
                + " archive/2025/old.markdown) are not read: move the folder into the content directory, or leave it"
                + " out with excludes ('archive/**')"), found);
        assertEquals(List.of(), c.excludes("archive/**", "old/**").diagnostics("content.folder-link"));
    }

    /** An article appearing behind the link is reported by the next build, though no file of the content changed. */
    @Test
    void anIncrementalBuildSeesAnArticleAppearBehindTheLink() throws IOException {
        ContentFixture c = new ContentFixture(dir.resolve("content"));
        c.article("a.md", "内側", "2026-02-01");
        try {
            Files.createSymbolicLink(c.dir().resolve("linked"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        Path state = dir.resolve("state");
        ContentBuild build = new ContentBuild();
        assertEquals(List.of(), build.run(c.request(), BuildMemory.stored(state, c.dir()), "test", null, false)
                .result().diagnostics());
        Files.writeString(outside.resolve("later.md"), "---\ntitle: later\ndate: 2026-02-01\n---\n\nbody\n");
        assertEquals(List.of("content.folder-link"), build.run(c.request(), BuildMemory.stored(state, c.dir()), "test",
                null, false).result().diagnostics().stream().map(Diagnostic::rule).toList());
    }

    private static List<Diagnostic> errors(ContentResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}

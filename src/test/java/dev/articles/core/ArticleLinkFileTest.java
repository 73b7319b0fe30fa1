package dev.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    }

    private static List<Diagnostic> errors(ContentResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}

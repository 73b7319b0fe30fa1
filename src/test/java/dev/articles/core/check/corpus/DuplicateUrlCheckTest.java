package dev.articles.core.check.corpus;

import static dev.articles.testing.ContentFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Severity;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules {@code url.duplicate} and {@code id.duplicate}: slugs may repeat, addresses and ids may not. */
class DuplicateUrlCheckTest {
    @TempDir
    Path dir;

    @Test
    void oneSlugInTwoFoldersWithAPermalinkWithoutFoldersIsOneAddress() {
        ContentFixture site = new ContentFixture(dir).site(null, "/blog/{slug}.html");
        site.write("en/hello.md", article("title: Hello\ndate: 2026-01-01", "Body.\n"));
        site.write("ja/hello.md", article("title: こんにちは\ndate: 2026-01-02", "本文\n"));
        assertEquals(List.of(
                "en/hello.md:[1,1] url.duplicate: the address '/blog/hello.html' is also the address of ja/hello.md:1;"
                        + " give one of them another 'slug:' or 'permalink:'",
                "ja/hello.md:[1,1] url.duplicate: the address '/blog/hello.html' is also the address of en/hello.md:1;"
                        + " give one of them another 'slug:' or 'permalink:'"),
                site.show(site.diagnostics("url.duplicate")));
        assertEquals(Severity.ERROR, site.diagnostics("url.duplicate").get(0).severity());
    }

    @Test
    void oneSlugInDifferentYearsIsFineWhenTheAddressHoldsTheYear() {
        ContentFixture site = new ContentFixture(dir).site(null, "/{year}/{slug}/");
        site.write("2025/hello.md", article("title: Hello 2025\ndate: 2025-12-31", "Body.\n"));
        site.write("2026/hello.md", article("title: Hello 2026\ndate: 2026-01-01", "Body.\n"));
        assertEquals(List.of(), site.diagnostics());
    }

    @Test
    void oneSlugInTheSameYearIsOneAddressAgain() {
        ContentFixture site = new ContentFixture(dir).site(null, "/{year}/{slug}/");
        site.write("a/hello.md", article("title: A\ndate: 2026-01-01", "Body.\n"));
        site.write("b/hello.md", article("title: B\ndate: 2026-01-31", "Body.\n"));
        assertEquals(List.of("url.duplicate", "url.duplicate"),
                site.diagnostics().stream().map(d -> d.rule()).toList());
    }

    @Test
    void aSlugSetInTheFrontMatterIsNamedAtItsLine() {
        ContentFixture site = new ContentFixture(dir);
        site.write("2026-01-01-first.md", article("title: First\ndate: 2026-01-01\nslug: same", "Body.\n"));
        site.write("same.md", article("title: Second\ndate: 2026-01-02", "Body.\n"));
        assertEquals(List.of(
                "2026-01-01-first.md:[4,7] url.duplicate: the address '/articles/same/' is also the address of"
                        + " same.md:1; give one of them another 'slug:' or 'permalink:'",
                "same.md:[1,1] url.duplicate: the address '/articles/same/' is also the address of"
                        + " 2026-01-01-first.md:4; give one of them another 'slug:' or 'permalink:'"),
                site.show(site.diagnostics("url.duplicate")));
    }

    @Test
    void filesWhoseIdsDifferOnlyInCaseAreOneFileOfTheBundle() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("title: Lower\ndate: 2026-01-01", "Body.\n"));
        site.write("A.md", article("title: Upper\ndate: 2026-01-02\nslug: upper", "Body.\n"));
        assertEquals(List.of(
                "A.md:[1,1] id.duplicate: the file 'A.md' and a.md:1 would be one file of the bundle (ids differ only"
                        + " in extension, case or Unicode composition); rename one of them",
                "a.md:[1,1] id.duplicate: the file 'a.md' and A.md:1 would be one file of the bundle (ids differ only"
                        + " in extension, case or Unicode composition); rename one of them"),
                site.show(site.diagnostics()));
    }

    @Test
    void oneNameWithTwoExtensionsIsOneId() {
        ContentFixture site = new ContentFixture(dir);
        site.write("notes/a.md", article("title: Markdown\ndate: 2026-01-01", "Body.\n"));
        site.write("notes/a.markdown", article("title: Also Markdown\ndate: 2026-01-02\nslug: b", "Body.\n"));
        site.write("other/a.md", article("title: Elsewhere\ndate: 2026-01-03\nslug: c", "Body.\n"));
        assertEquals(List.of("notes/a.markdown:[1,1] id.duplicate", "notes/a.md:[1,1] id.duplicate"),
                site.show(site.diagnostics()).stream().map(s -> s.substring(0, s.indexOf(':', s.indexOf(']'))))
                        .toList());
    }
}

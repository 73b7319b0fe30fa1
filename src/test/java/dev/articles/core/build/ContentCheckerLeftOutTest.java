package dev.articles.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Article;
import dev.articles.core.report.ContentResult;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.Baseline;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline accepts findings of fixed rules too; an article such a finding leaves unpublishable is left out of the
 * bundle and named in the result ({@link ContentResult#leftOut}), and the others are published.
 */
class ContentCheckerLeftOutTest {
    @TempDir
    Path dir;
    private ContentFixture content;

    @BeforeEach
    void articles() {
        content = new ContentFixture(dir);
        content.article("2026/good.md", "Good", "2026-01-10 10:00:00 +0900");
    }

    /** The content's findings recorded in a baseline, as {@code articles:baseline} does. */
    private Baseline baseline() {
        ContentResult all = content.check();
        return Baseline.of(all.diagnostics(), dir, RuleCatalog::get);
    }

    /** Each left-out article as {@code finding -> published instead} ({@code -} for none). */
    private List<String> leftOut(ContentResult result) {
        return result.leftOut().stream().map(l -> content.show(l.finding()) + " -> "
                + (l.publishedInstead() == null ? "-" : content.relative(l.publishedInstead()))).toList();
    }

    private static List<String> sources(ContentResult result) {
        return result.articles().stream().map(Article::source).sorted().toList();
    }

    @Test
    void anArticleWithABaselinedBadDateIsLeftOutAndTheOthersArePublished() {
        content.article("2026/bad-date.md", "Bad date", "2026-02-30");
        ContentResult without = content.check();
        assertEquals(List.of("2026/bad-date.md:[3,7] front-matter.date: '2026-02-30' is not a real calendar date: "
                + "day 30 does not exist in February 2026, which has 28 days"), content.show(without.diagnostics()));
        assertEquals(List.of(), without.articles(), "without a baseline the error stops the bundle");
        assertEquals(List.of(), without.leftOut());

        Baseline baseline = baseline();
        assertEquals(List.of(new Baseline.Entry("2026/bad-date.md", "front-matter.date",
                "'2026-02-30' is not a real calendar date: day 30 does not exist in February 2026, which has 28 days", 1)), baseline.entries());
        ContentResult result = content.baseline(baseline).check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of("2026/bad-date.md:[3,7] front-matter.date: '2026-02-30' is not a real calendar date: "
                + "day 30 does not exist in February 2026, which has 28 days -> -"), leftOut(result));
        assertEquals(content.show(result.baselined()), leftOut(result).stream()
                .map(l -> l.substring(0, l.length() - " -> -".length())).toList());
        assertEquals(Map.of("front-matter.date", 1L), result.leftOutByRule());
        assertEquals(List.of("2026/good.md"), sources(result));
    }

    @Test
    void fixingTheArticlePublishesItAndTheEntryIsStale() {
        content.article("2026/bad-date.md", "Bad date", "2026-02-30");
        Baseline baseline = baseline();
        content.article("2026/bad-date.md", "Bad date", "2026-02-28");
        ContentResult result = content.baseline(baseline).check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of(), result.leftOut());
        assertEquals(List.of(new Baseline.Entry("2026/bad-date.md", "front-matter.date",
                "'2026-02-30' is not a real calendar date: day 30 does not exist in February 2026, which has 28 days", 1)), result.staleBaseline());
        assertEquals(List.of("2026/bad-date.md", "2026/good.md"), sources(result));
    }

    @Test
    void eachStructuralRuleLeavesItsArticleOutOnce() {
        content.write("empty.md", "---\ntitle: Empty\ndate: 2026-01-02\n---\n");
        content.write("memo.md", "# A memo without front matter\n");
        content.write("untitled.md", "---\ndate: 2026-01-03\n---\n\nNo title.\n");
        content.write("both.md", "---\ntitle: \"\"\ndate: someday\n---\n\nTwo reasons.\n");
        ContentResult result = content.baseline(baseline()).check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of(
                "both.md:[2,8] front-matter.title: 'title' is empty -> -",
                "empty.md:[4,1] body.empty: the article has no body after its front matter -> -",
                "memo.md:[1,1] front-matter.missing: no front matter: the file must start with a '---' line, then "
                        + "'title:' and 'date:', then '---' -> -",
                "untitled.md:[1,1] front-matter.title: missing 'title' in front matter -> -"),
                leftOut(result));
        assertEquals(Map.of("body.empty", 1L, "front-matter.missing", 1L, "front-matter.title", 2L),
                result.leftOutByRule());
        assertEquals(List.of("2026/good.md"), sources(result));
    }

    @Test
    void ofTwoArticlesSharingASlugTheFirstByPathIsPublished() {
        content.article("2025/hello.md", "Hello 2025", "2025-12-24 10:00:00 +0900");
        content.article("2026/hello.md", "Hello 2026", "2026-02-05 10:00:00 +0900");
        ContentResult result = content.baseline(baseline()).check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(2, result.baselined().size(), "both findings are accepted");
        assertEquals(List.of("2026/hello.md:[1,1] url.duplicate: the address '/articles/hello/' is also the address of "
                + "2025/hello.md:1; give one of them another 'slug:' or 'permalink:' -> 2025/hello.md"), leftOut(result));
        assertEquals(List.of("2025/hello.md", "2026/good.md"), sources(result));
        assertEquals("Hello 2025", ContentFixture.published(result, "hello").title());
    }

    @Test
    void anArticleLeftOutForItsOwnErrorDoesNotHoldItsSlug() {
        content.article("2025/hello.md", "Hello 2025", "2025-02-30");
        content.article("2026/hello.md", "Hello 2026", "2026-02-05 10:00:00 +0900");
        ContentResult result = content.baseline(baseline()).check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of("2025/hello.md:[3,7] front-matter.date: '2025-02-30' is not a real calendar date: "
                + "day 30 does not exist in February 2025, which has 28 days -> -"), leftOut(result));
        assertEquals("Hello 2026", ContentFixture.published(result, "hello").title());
    }

    @Test
    void aDraftLeftOutAnywayIsNotCountedAndDoesNotHoldItsSlug() {
        content.article("2025/hello.md", "Hello draft", "2025-12-24 10:00:00 +0900", "draft: true");
        content.article("2026/hello.md", "Hello 2026", "2026-02-05 10:00:00 +0900");
        content.write("2026/no-body.md", "---\ntitle: No body\ndate: 2026-01-01\ndraft: true\n---\n");
        Baseline baseline = baseline();

        ContentResult drafts = content.baseline(baseline).drafts(false).check();
        assertEquals(List.of(), drafts.diagnostics());
        assertEquals(List.of(), drafts.leftOut());
        assertEquals("Hello 2026", ContentFixture.published(drafts, "hello").title());

        ContentResult withDrafts = content.baseline(baseline).drafts(true).check();
        assertEquals(List.of("2026/hello.md:[1,1] url.duplicate: the address '/articles/hello/' is also the address of "
                + "2025/hello.md:1; give one of them another 'slug:' or 'permalink:' -> 2025/hello.md",
                "2026/no-body.md:[5,1] body.empty: the article has no body after its front matter -> -"),
                leftOut(withDrafts));
        assertEquals("Hello draft", ContentFixture.published(withDrafts, "hello").title());
    }

    @Test
    void aNewStructuralErrorStillFailsTheBuild() {
        content.article("2026/bad-date.md", "Bad date", "2026-02-30");
        Baseline baseline = baseline();
        content.write("2026/new.md", "---\ntitle: New\ndate: 2026-01-04\n---\n");
        ContentResult result = content.baseline(baseline).check();
        assertEquals(List.of("2026/new.md:[4,1] body.empty: the article has no body after its front matter"),
                content.show(result.diagnostics()));
        assertEquals(List.of("2026/bad-date.md:[3,7] front-matter.date: '2026-02-30' is not a real calendar date: "
                + "day 30 does not exist in February 2026, which has 28 days -> -"), leftOut(result),
                "still named: the build fails for new.md");
        assertEquals(List.of(), result.articles());
    }
}

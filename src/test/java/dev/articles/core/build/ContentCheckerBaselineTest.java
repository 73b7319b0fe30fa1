package dev.articles.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.Baseline;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline applied by the engine: covered findings are set apart and do not hold back publishing. */
class ContentCheckerBaselineTest {
    /** "Now" here: after the dates of the current articles (up to 2026-03-02 10:00 +0900), before the later ones. */
    private static final String NOW = "2026-04-01T00:00:00Z";
    /** A future date is made an error, so it would stop the articles from being published. */
    private static final CheckSettings STRICT = new CheckSettings(
            Map.of("front-matter.date-future", RuleLevel.ERROR), List.of(), List.of(), List.of(), 200, 50, null,
            true);

    @TempDir
    Path dir;
    private ContentFixture content;

    @BeforeEach
    void articles() throws Exception {
        content = new ContentFixture(dir).now(NOW).settings(STRICT);
        content.write("2026/now.md", """
                ---
                title: "今日の記事"
                date: 2026-03-01 10:00:00 +0900
                ---

                本文です。
                """);
        content.write("later.md", """
                ---
                title: "来年の記事"
                date: 2027-01-01
                ---

                予約投稿の本文です。
                """);
    }

    private ContentResult check(Baseline baseline) throws Exception {
        return content.baseline(baseline).check();
    }

    @Test
    void withoutABaselineTheErrorHoldsEverythingBack() throws Exception {
        ContentResult result = check(null);
        assertEquals(1, result.count(Severity.ERROR));
        assertEquals("front-matter.date-future", result.diagnostics().get(0).rule());
        assertEquals(List.of(), result.articles());
        assertEquals(List.of(), result.baselined());
        assertEquals(Map.of("front-matter.date-future", 1L), result.countByRule());
    }

    @Test
    void aBaselinedErrorNoLongerCountsAndTheArticlesArePublished() throws Exception {
        Baseline baseline = Baseline.of(check(null).diagnostics(), dir, RuleCatalog::get);
        assertEquals("later.md", baseline.entries().get(0).source());

        ContentResult result = check(baseline);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(1, result.baselined().size());
        assertEquals(List.of(), result.staleBaseline());
        assertEquals(2, result.articles().size());
    }

    @Test
    void aFixedFindingLeavesItsEntryStaleAndNewFindingsStillCount() throws Exception {
        Baseline baseline = Baseline.of(check(null).diagnostics(), dir, RuleCatalog::get);
        content.write("later.md", """
                ---
                title: "来年の記事"
                date: 2026-01-01
                ---

                日付を直しました。
                """);
        content.write("next.md", """
                ---
                title: "もう一つ"
                date: 2030-05-05
                ---

                新しい問題です。
                """);
        ContentResult result = check(baseline);
        assertEquals(1, result.diagnostics().size());
        assertTrue(result.diagnostics().get(0).file().endsWith("next.md"));
        assertEquals(List.of(), result.baselined());
        assertEquals(1, result.staleBaseline().size());
        assertEquals("later.md", result.staleBaseline().get(0).source());
        assertEquals(List.of(), result.articles());
    }

    @Test
    void movingTextDoesNotMakeAKnownFindingNew() throws Exception {
        String repeated = "同じ段落がもう一度出てきます。生成の手違いで残ったものです。";
        content.write("copy.md", "---\ntitle: \"写し\"\ndate: 2026-03-02 10:00:00 +0900\n---\n\n" + repeated + "\n\n"
                + "間の段落です。\n\n" + repeated + "\n");
        ContentResult before = check(null);
        List<Diagnostic> repeats = before.diagnostics().stream()
                .filter(d -> d.rule().equals("body.repeated-paragraph")).toList();
        assertEquals(1, repeats.size(), before.diagnostics().toString());
        assertTrue(repeats.get(0).message().contains("on line 6"), repeats.get(0).message());
        Baseline baseline = Baseline.of(before.diagnostics(), dir, RuleCatalog::get);
        assertTrue(baseline.entries().stream().anyMatch(e -> e.message().contains("on line #")),
                baseline.entries().toString());

        // A paragraph added above both copies moves them two lines down.
        content.write("copy.md", "---\ntitle: \"写し\"\ndate: 2026-03-02 10:00:00 +0900\n---\n\n新しい前置きです。\n\n"
                + repeated + "\n\n間の段落です。\n\n" + repeated + "\n");
        ContentResult after = check(baseline);
        assertEquals(List.of(), after.diagnostics().stream()
                .filter(d -> d.rule().equals("body.repeated-paragraph")).toList());
        assertTrue(after.baselined().stream().anyMatch(d -> d.message().contains("on line 8")),
                after.baselined().toString());
        assertEquals(List.of(), after.staleBaseline());
    }

    @Test
    void lineNumbersAreMaskedInRecordedMessages() {
        assertEquals("repeats the paragraph on line #; see a.md:# and b.markdown:#, (lines #)",
                Baseline.withoutLineNumbers("repeats the paragraph on line 12; see a.md:3 and b.markdown:40, (lines 7-9)"));
        assertEquals("2 errors at 10:30 in 2026", Baseline.withoutLineNumbers("2 errors at 10:30 in 2026"));
    }
}

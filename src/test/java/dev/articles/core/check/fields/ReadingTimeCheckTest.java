package dev.articles.core.check.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Severity;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingTimeCheckTest {
    /** 20 Japanese letters (the full stop is not counted). */
    static final String SENTENCE = "読了時間は本文の文字の数から計算をします。";

    @TempDir
    Path dir;

    /** A body of {@code hundreds} paragraphs of 100 letters each: {@code hundreds / 5} minutes at 500 a minute. */
    static String body(int hundreds) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hundreds; i++) {
            // Punctuation makes each paragraph distinct (no body.repeated-paragraph) without changing the count.
            out.append(SENTENCE.repeat(5)).append("。".repeat(i)).append("\n\n");
        }
        return out.toString();
    }

    static String article(String readingTime, String body) {
        return ContentFixture.article("title: 読了時間\ndate: 2026-01-01\nreading_time: " + readingTime, body);
    }

    @Test
    void aFarOffReadingTimeIsReportedAtTheValueWithBothNumbers() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("5", body(10))); // 1000 letters: 2 minutes
        assertEquals(List.of("a.md:[4,15] reading-time.mismatch: reading_time says 5 minutes but the text reads in"
                        + " about 2 minutes, more than readingTimeTolerance (75%, at least 1 minute) off; write"
                        + " reading_time: 2 or remove the key"),
                site.findings("reading-time.mismatch"));
        assertEquals(Severity.WARNING, site.diagnostics("reading-time.mismatch").get(0).severity());
    }

    @Test
    void theToleranceIsAShareOfTheComputedTime() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("35", body(100))); // 20 minutes: 15 off is within 75%
        site.write("b.md", article("36", body(100))); // 16 off is not
        site.write("c.md", article("5", body(100))); // 15 under is within
        assertEquals(List.of("b.md:[4,15] reading-time.mismatch: reading_time says 36 minutes but the text reads in"
                        + " about 20 minutes, more than readingTimeTolerance (75%, at least 1 minute) off; write"
                        + " reading_time: 20 or remove the key"),
                site.findings("reading-time.mismatch"));
    }

    @Test
    void oneMinuteIsAlwaysTolerated() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("2", body(3))); // 300 letters: 1 minute
        site.write("b.md", article("3", body(3)));
        assertEquals(List.of("b.md"), site.diagnostics("reading-time.mismatch").stream()
                .map(d -> dir.relativize(d.file()).toString()).toList());
    }

    @Test
    void theToleranceCanBeSet() {
        CheckSettings strict = new CheckSettings(Map.of(), List.of(), List.of(), List.of(),
                CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH, 10, null, true);
        ContentFixture site = new ContentFixture(dir).settings(strict);
        site.write("a.md", article("23", body(100)));
        assertEquals(List.of("a.md:[4,15] reading-time.mismatch: reading_time says 23 minutes but the text reads in"
                        + " about 20 minutes, more than readingTimeTolerance (10%, at least 1 minute) off; write"
                        + " reading_time: 20 or remove the key"),
                site.findings("reading-time.mismatch"));
        assertEquals(List.of(), new ContentFixture(dir).diagnostics("reading-time.mismatch"));
    }

    @Test
    void codeBlocksAndUrlsAreNotRead() {
        String code = "```java\n" + "String s = \"long code that nobody reads word by word\";\n".repeat(400) + "```\n\n";
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("1", body(3) + code
                + "https://example.com/a/very/long/address/that/is/not/read\n"));
        assertEquals(List.of(), site.diagnostics("reading-time.mismatch"));
    }

    @Test
    void englishIsReadByTheWord() {
        String paragraph = "Reading time for English text is counted in words at a steady pace. ".repeat(20); // 260
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("2", (paragraph + "\n\n").repeat(2))); // 520 words: 3 minutes
        site.write("b.md", article("9", (paragraph + "\n\n").repeat(2)));
        assertEquals(List.of("b.md:[4,15] reading-time.mismatch: reading_time says 9 minutes but the text reads in"
                        + " about 3 minutes, more than readingTimeTolerance (75%, at least 1 minute) off; write"
                        + " reading_time: 3 or remove the key"),
                site.findings("reading-time.mismatch"));
    }

    @Test
    void realisticArticlesAndNoDeclarationPass() {
        ContentFixture site = new ContentFixture(dir);
        site.write("none.md", ContentFixture.article("title: 宣言なし\ndate: 2026-01-01", body(50)));
        Samples.ALL.forEach(s -> site.write(s[0], s[1]));
        assertEquals(List.of(), site.diagnostics("reading-time.mismatch"));
    }

    @Test
    void aFindingCanBeSuppressedOrTurnedOff() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", ContentFixture.article(
                "title: 抑止\ndate: 2026-01-01\nreading_time: 30\narticles-suppress: [reading-time.mismatch]", body(10)));
        assertEquals(List.of(), site.diagnostics());

        ContentFixture off = new ContentFixture(dir.resolve("off")).settings(new CheckSettings(
                Map.of("reading-time.mismatch", RuleLevel.OFF), List.of(), List.of(), List.of(), 200, 75, null,
                true));
        off.write("a.md", article("30", body(10)));
        assertEquals(List.of(), off.diagnostics());
    }
}

package dev.articles.core.check.fields;

import static dev.articles.testing.ContentFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Severity;
import dev.articles.core.settings.CheckSettings;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateCheckTest {
    /** Defaults, but the user did not choose a time zone. */
    static final CheckSettings ZONE_NOT_SET = new CheckSettings(Map.of(), List.of(), List.of(), List.of(),
            CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH, CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, false);

    @TempDir
    Path dir;

    @Test
    void aDateOnAnotherDayThanTheFileNameIsReportedAtTheDate() {
        ContentFixture site = new ContentFixture(dir);
        site.write("2026/2026-02-05-llama.md", article("""
                title: "日付のずれた記事"
                date: 2026-02-06 10:00:00 +0900
                """, "本文です。\n"));
        assertEquals(List.of("2026/2026-02-05-llama.md:[3,7] front-matter.date-mismatch: the date"
                        + " '2026-02-06 10:00:00 +0900' is on 2026-02-06 but the file name 2026-02-05-llama.md says"
                        + " 2026-02-05; correct the date or rename the file so both name the same day"),
                site.findings("front-matter.date-mismatch"));
        assertEquals(Severity.WARNING, site.diagnostics("front-matter.date-mismatch").get(0).severity());
    }

    /** Jekyll reads 2019-1-7-x.md as a post of 2019-01-07 (checked against jekyll 4.3.1). */
    @Test
    void aFileNameWithOneDigitMonthAndDayIsADate() {
        ContentFixture site = new ContentFixture(dir);
        site.write("2019-1-7-x.md", article("title: t\ndate: 2019-01-08 10:00:00 +0900", "本文です。\n"));
        assertEquals(List.of("2019-1-7-x.md:[3,7] front-matter.date-mismatch: the date '2019-01-08 10:00:00 +0900' is"
                        + " on 2019-01-08 but the file name 2019-1-7-x.md says 2019-01-07; correct the date or rename"
                        + " the file so both name the same day"),
                site.findings("front-matter.date-mismatch"));
    }

    @Test
    void theDayIsTakenInTheDatesOwnOffset() {
        ContentFixture site = new ContentFixture(dir);
        // 23:30 in New York is already the 6th in UTC, but the writer's day is the 5th.
        site.write("2026-02-05-evening.md", article("title: 夜の記事\ndate: 2026-02-05 23:30:00 -0500",
                "本文\n"));
        // 08:00 in Tokyo is still the 4th in UTC, but the writer's day is the 5th.
        site.write("2026-02-05-morning.md", article("title: 朝の記事\ndate: 2026-02-05T08:00:00+09:00",
                "本文\n"));
        site.write("2026-02-05-quoted.md", article("title: 引用符\ndate: \"2026-02-05\"", "本文\n"));
        site.write("undated-name.md", article("title: 名前に日付なし\ndate: 2026-03-01", "本文\n"));
        site.write("2026-02-07-no-key.md", article("title: 日付はファイル名から", "本文\n"));
        site.write("2026-2-8-one-digit.md", article("title: 一桁\ndate: 2026-02-08 10:00:00 +0900", "本文\n"));
        assertEquals(List.of(), site.diagnostics("front-matter.date-mismatch"));
    }

    @Test
    void aDateWithoutOffsetIsReportedWhenNoTimeZoneWasChosen() {
        ContentFixture site = new ContentFixture(dir).settings(ZONE_NOT_SET);
        site.write("a.md", article("title: 時刻のみ\ndate: 2026-02-05 17:08", "本文\n"));
        site.write("b.md", article("title: 日付のみ\ndate: 2026-02-05", "本文\n"));
        site.write("c.md", article("title: ISO\ndate: 2026-02-05T17:08:42", "本文\n"));
        site.write("d.md", article("title: オフセットあり\ndate: 2026-02-05 17:08:42 +0900", "本文\n"));
        site.write("e.md", article("title: Z\ndate: 2026-02-05T08:08:42Z", "本文\n"));
        site.write("f.md", article("title: 一桁\ndate: 2026-2-5", "本文\n"));
        site.write("g.md", article("title: UTC\ndate: 2026-02-05 17:08:42 UTC", "本文\n"));
        assertEquals(List.of(
                "a.md:[3,7] front-matter.date-no-offset: the date '2026-02-05 17:08' has no offset, so it was read in"
                        + " UTC, the default; write the offset ('2026-02-05 17:08 +0900') or set the plugin's timeZone"
                        + " (<timeZone>Asia/Tokyo</timeZone>)",
                "b.md:[3,7] front-matter.date-no-offset: the date '2026-02-05' has no offset, so it was read in UTC,"
                        + " the default; write the offset ('2026-02-05 00:00:00 +0900') or set the plugin's timeZone"
                        + " (<timeZone>Asia/Tokyo</timeZone>)",
                "c.md:[3,7] front-matter.date-no-offset: the date '2026-02-05T17:08:42' has no offset, so it was read"
                        + " in UTC, the default; write the offset ('2026-02-05T17:08:42+09:00') or set the plugin's"
                        + " timeZone (<timeZone>Asia/Tokyo</timeZone>)",
                "f.md:[3,7] front-matter.date-no-offset: the date '2026-2-5' has no offset, so it was read in UTC,"
                        + " the default; write the offset ('2026-2-5 00:00:00 +0900') or set the plugin's timeZone"
                        + " (<timeZone>Asia/Tokyo</timeZone>)"),
                site.findings("front-matter.date-no-offset"));
    }

    @Test
    void theAssumedZoneIsNamed() {
        ContentFixture site = new ContentFixture(dir).settings(ZONE_NOT_SET).zone(ZoneId.of("Asia/Tokyo"));
        site.write("a.md", article("title: 東京\ndate: 2026-02-05 17:08", "本文\n"));
        assertEquals(List.of("a.md:[3,7] front-matter.date-no-offset: the date '2026-02-05 17:08' has no offset, so it"
                        + " was read in UTC+09:00, the default; write the offset ('2026-02-05 17:08 +0900') or set the"
                        + " plugin's timeZone (<timeZone>Asia/Tokyo</timeZone>)"),
                site.findings("front-matter.date-no-offset"));
    }

    @Test
    void aChosenTimeZoneOrAFileNameDateNeedsNoOffset() {
        ContentFixture chosen = new ContentFixture(dir.resolve("chosen"));
        chosen.write("a.md", article("title: 時刻のみ\ndate: 2026-02-05 17:08", "本文\n"));
        assertEquals(List.of(), chosen.diagnostics("front-matter.date-no-offset"));

        ContentFixture named = new ContentFixture(dir.resolve("named")).settings(ZONE_NOT_SET);
        named.write("2026-02-05-a.md", article("title: ファイル名の日付", "本文\n"));
        assertEquals(List.of(), named.diagnostics("front-matter.date-no-offset"));
    }

    @Test
    void realisticArticlesHaveNoDateFindings() {
        ContentFixture site = new ContentFixture(dir);
        Samples.ALL.forEach(s -> site.write(s[0], s[1]));
        assertEquals(List.of(), site.diagnostics().stream().filter(d -> d.rule().startsWith("front-matter.date"))
                .toList());
    }

    @Test
    void anInvalidDateIsLeftToTheDateRule() {
        ContentFixture site = new ContentFixture(dir).settings(ZONE_NOT_SET);
        site.write("2026-02-05-a.md", article("title: 存在しない日\ndate: 2026-02-30 10:00", "本文\n"));
        assertEquals(List.of("front-matter.date"), site.diagnostics().stream().map(d -> d.rule()).toList());
    }
}

package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static OffsetDateTime parse(String text) throws DateParser.InvalidDateException {
        return DateParser.parse(text, TOKYO);
    }

    private static String error(String text) {
        return assertThrows(DateParser.InvalidDateException.class, () -> parse(text)).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-05 17:08:42 +0000      | 2026-02-05T17:08:42Z
            2026-02-05 17:08:42 +0900      | 2026-02-05T17:08:42+09:00
            2026-02-05 17:08:42 -0500      | 2026-02-05T17:08:42-05:00
            2026-02-05 17:08:42 +09        | 2026-02-05T17:08:42+09:00
            2026-02-05 17:08:42+05:30      | 2026-02-05T17:08:42+05:30
            2026-02-05 17:08 +0100         | 2026-02-05T17:08+01:00
            2026-02-05T17:08:42+09:00      | 2026-02-05T17:08:42+09:00
            2026-02-05T17:08:42Z           | 2026-02-05T17:08:42Z
            2026-02-05t17:08:42z           | 2026-02-05T17:08:42Z
            2026-02-05T17:08:42.5-03:30    | 2026-02-05T17:08:42.500-03:30
            2026-02-05T17:08:42,123456789Z | 2026-02-05T17:08:42.123456789Z
            2026-02-05T17:08:42-00:30      | 2026-02-05T17:08:42-00:30
            """)
    void keepsTheWrittenOffset(String text, String expected) throws Exception {
        OffsetDateTime date = parse(text);
        assertEquals(OffsetDateTime.parse(expected), date);
        assertEquals(OffsetDateTime.parse(expected).getOffset(), date.getOffset());
        assertTrue(DateParser.hasOffset(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-05 17:08:42 | 2026-02-05T17:08:42+09:00
            2026-02-05 17:08    | 2026-02-05T17:08+09:00
            2026-02-05T17:08    | 2026-02-05T17:08+09:00
            2026-02-05          | 2026-02-05T00:00+09:00
            """)
    void withoutOffsetTakesTheZone(String text, String expected) throws Exception {
        assertEquals(OffsetDateTime.parse(expected), parse(text));
        assertFalse(DateParser.hasOffset(text));
    }

    @Test
    void zoneOffsetFollowsDaylightSavingTime() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(ZoneOffset.ofHours(1), DateParser.parse("2026-01-15 12:00", berlin).getOffset());
        assertEquals(ZoneOffset.ofHours(2), DateParser.parse("2026-07-15 12:00", berlin).getOffset());
        assertEquals(OffsetDateTime.parse("2026-07-15T12:00Z"), DateParser.parse("2026-07-15 12:00", ZoneOffset.UTC));
    }

    @Test
    void surroundingWhiteSpaceIsIgnored() throws Exception {
        assertEquals(OffsetDateTime.parse("2026-02-05T00:00+09:00"), parse("  2026-02-05 \t"));
    }

    @Test
    void leapDayOnlyInLeapYears() throws Exception {
        assertEquals(OffsetDateTime.parse("2028-02-29T00:00+09:00"), parse("2028-02-29"));
        assertEquals("'2026-02-29' is not a real calendar date: Invalid date 'February 29' as '2026' is not a leap year",
                error("2026-02-29"));
    }

    @Test
    void february30IsAnErrorNotMarch2() {
        assertEquals("'2026-02-30' is not a real calendar date: Invalid date 'FEBRUARY 30'", error("2026-02-30"));
        assertEquals("'2026-02-30 10:00:00 +0900' is not a real calendar date: Invalid date 'FEBRUARY 30'",
                error("2026-02-30 10:00:00 +0900"));
        assertEquals("'2026-13-01' is not a real calendar date: Invalid value for MonthOfYear (valid values 1 - 12): 13",
                error("2026-13-01"));
        assertEquals("'2026-04-31' is not a real calendar date: Invalid date 'APRIL 31'", error("2026-04-31"));
    }

    @Test
    void hour24IsAnError() {
        assertEquals("'2026-02-05 24:00' has an invalid time: Invalid value for HourOfDay (valid values 0 - 23): 24",
                error("2026-02-05 24:00"));
        assertEquals("'2026-02-05 12:60' has an invalid time: Invalid value for MinuteOfHour (valid values 0 - 59): 60",
                error("2026-02-05 12:60"));
        assertEquals("'2026-02-05 23:59:60' has an invalid time: Invalid value for SecondOfMinute (valid values 0 - 59): 60",
                error("2026-02-05 23:59:60"));
    }

    @Test
    void invalidOffsets() {
        assertEquals("'2026-02-05 17:08 +25:00' has an invalid offset '+25:00': Zone offset hours not in valid range: "
                + "value 25 is not in the range -18 to 18", error("2026-02-05 17:08 +25:00"));
        assertEquals("'2026-02-05 17:08 +09:75' has an invalid offset '+09:75': minutes must be 00 to 59",
                error("2026-02-05 17:08 +09:75"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "2026-2-5", "05/02/2026", "2026-02-05 5pm", "2026-02-05T17", "20260205",
            "2026-02-05 17:08:42 JST", "2026-02-05 17:08:42 +9", "2026-02-05 17:08:42 UTC", "2026-02-05x",
            "2026-02-05 17:08:42 +0900 extra", "１２３４-01-01"})
    void garbageIsNotADate(String text) {
        assertEquals("'" + text.strip() + "' is not a date; write it as 2026-02-05, 2026-02-05 17:08:42 +0900 or "
                + "2026-02-05T17:08:42+09:00", error(text));
        assertFalse(DateParser.hasOffset(text));
    }

    @Test
    void timesSkippedByAClockChangeAreAnError() {
        String message = assertThrows(DateParser.InvalidDateException.class,
                () -> DateParser.parse("2026-03-08 02:30", ZoneId.of("America/New_York"))).getMessage();
        assertEquals("'2026-03-08 02:30' does not exist in America/New_York: the clocks skip that time; write the "
                + "offset you mean, e.g. 2026-03-08 02:30 -04:00", message);
    }

    @Test
    void repeatedTimesTakeTheEarlierOffset() throws Exception {
        assertEquals("2026-11-01T01:30-04:00",
                DateParser.parse("2026-11-01 01:30", ZoneId.of("America/New_York")).toString());
    }

    @Test
    void localMeanTimeOffsetsAreCutToWholeMinutes() throws Exception {
        // Tokyo before 1888 was +09:18:59, which RFC 3339 cannot write; the written local time is kept.
        assertEquals("1800-01-01T00:00+09:18", parse("1800-01-01").toString());
        assertEquals("1800-01-01T00:00-04:56", DateParser.parse("1800-01-01", ZoneId.of("America/New_York")).toString());
    }
}

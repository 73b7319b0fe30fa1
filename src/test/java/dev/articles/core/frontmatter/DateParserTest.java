package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
            2013-11-22 5:00:00 +0000       | 2013-11-22T05:00:00Z
            2026-2-5 7:08:42 +0900         | 2026-02-05T07:08:42+09:00
            2026-02-05 17:08:42 +9         | 2026-02-05T17:08:42+09:00
            2026-02-05 17:08:42 -5         | 2026-02-05T17:08:42-05:00
            2026-02-05 17:08:42 +9:30      | 2026-02-05T17:08:42+09:30
            2026-02-05 17:08:42+0900       | 2026-02-05T17:08:42+09:00
            2026-02-05 17:08:42 UTC        | 2026-02-05T17:08:42Z
            2026-02-05 17:08:42 GMT        | 2026-02-05T17:08:42Z
            2026-02-05 17:08:42utc         | 2026-02-05T17:08:42Z
            2026-02-05 17:08Z              | 2026-02-05T17:08Z
            2026-02-05 17:08 -05:00        | 2026-02-05T17:08-05:00
            2026-02-05T17:08:42.Z          | 2026-02-05T17:08:42Z
            2026-02-05T17:08:42.1234567899Z | 2026-02-05T17:08:42.123456789Z
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
            2026-2-5            | 2026-02-05T00:00+09:00
            2026-02-05 7:08     | 2026-02-05T07:08+09:00
            2026-02-05t17:08    | 2026-02-05T17:08+09:00
            2026-1-5 7:08:42.   | 2026-01-05T07:08:42+09:00
            """)
    void withoutOffsetTakesTheZone(String text, String expected) throws Exception {
        assertEquals(OffsetDateTime.parse(expected), parse(text));
        assertFalse(DateParser.hasOffset(text));
    }

    /** The examples of https://yaml.org/type/timestamp.html, spaces and tabs before the offset included. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2001-12-15T02:59:43.1Z          | 2001-12-15T02:59:43.100Z
            2001-12-14t21:59:43.10-05:00    | 2001-12-14T21:59:43.100-05:00
            2001-12-14 21:59:43.10 -5       | 2001-12-14T21:59:43.100-05:00
            2001-12-15 2:59:43.10           | 2001-12-15T02:59:43.100+09:00
            2002-12-14                      | 2002-12-14T00:00+09:00
            '2001-12-14 21:59:43\t+09:00'    | 2001-12-14T21:59:43+09:00
            '2001-12-14\t21:59:43 \t +09'    | 2001-12-14T21:59:43+09:00
            2001-12-14   21:59:43    +09    | 2001-12-14T21:59:43+09:00
            """)
    void everyYamlTimestampForm(String text, String expected) throws Exception {
        assertEquals(OffsetDateTime.parse(expected), parse(text));
        assertEquals(OffsetDateTime.parse(expected).getOffset(), parse(text).getOffset());
    }

    /**
     * The instant Jekyll gives each form, quoted or not (checked against jekyll 4.3.1, a site with
     * {@code timezone: Asia/Tokyo} printing {@code page.date | date_to_xmlschema}, which shows no fraction).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2013-11-22 5:00:00 +0000               | 2013-11-22T14:00:00+09:00
            2001-12-14t21:59:43.10-05:00           | 2001-12-15T11:59:43+09:00
            2001-12-14T21:59:43.10Z                | 2001-12-15T06:59:43+09:00
            2001-12-14t21:59:43.10z                | 2001-12-15T06:59:43+09:00
            2001-12-14 21:59:43 +09                | 2001-12-14T21:59:43+09:00
            2001-12-14 21:59:43 -0500              | 2001-12-15T11:59:43+09:00
            2001-12-14 21:59:43 +05:30             | 2001-12-15T01:29:43+09:00
            2001-12-14 21:59:43+9:00               | 2001-12-14T21:59:43+09:00
            2026-2-5                               | 2026-02-05T00:00:00+09:00
            2026-02-05                             | 2026-02-05T00:00:00+09:00
            2026-02-05 17:08                       | 2026-02-05T17:08:00+09:00
            2026-02-05 7:08                        | 2026-02-05T07:08:00+09:00
            2026-02-05T17:08                       | 2026-02-05T17:08:00+09:00
            2026-02-05t17:08                       | 2026-02-05T17:08:00+09:00
            2026-02-05 17:08 +0100                 | 2026-02-06T01:08:00+09:00
            2026-02-05 17:08 -05:00                | 2026-02-06T07:08:00+09:00
            2026-02-05 17:08Z                      | 2026-02-06T02:08:00+09:00
            2026-02-05 17:08:42 UTC                | 2026-02-06T02:08:42+09:00
            2026-02-05 17:08:42 GMT                | 2026-02-06T02:08:42+09:00
            2026-02-05 17:08:42 utc                | 2026-02-06T02:08:42+09:00
            2026-02-05T17:08:42,123456789Z         | 2026-02-06T02:08:42+09:00
            2026-02-05 17:08:42.123456789123 +0000 | 2026-02-06T02:08:42+09:00
            """)
    void sameInstantAsJekyll(String text, String jekyll) throws Exception {
        assertEquals(OffsetDateTime.parse(jekyll).toInstant(), parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Where Jekyll's reading depends on the quotes (checked against jekyll 4.3.1, timezone Asia/Tokyo): an unquoted
     * YAML timestamp without offset is UTC to YAML ({@code date: 2026-02-05 17:08:42} is 2026-02-06T02:08:42+09:00
     * in Jekyll), a quoted one is in the site's zone (2026-02-05T17:08:42+09:00); a quoted {@code -5} is ignored by
     * Ruby's Time.parse ({@code "2001-12-14 21:59:43.10 -5"} is 2001-12-14T21:59:43+09:00) while unquoted it is
     * -05:00. This parser sees only the text: it reads a date without offset in the given zone and {@code -5} as
     * -05:00, both ways.
     */
    @Test
    void readsAsJekyllDoesTheQuotedFormWithoutOffsetAndTheUnquotedOneWithAShortOffset() throws Exception {
        assertEquals(OffsetDateTime.parse("2026-02-05T17:08:42+09:00"), parse("2026-02-05 17:08:42"));
        assertEquals(OffsetDateTime.parse("2001-12-15T02:59:43.10+09:00"), parse("2001-12-15 2:59:43.10"));
        assertEquals(OffsetDateTime.parse("2001-12-14T21:59:43.10-05:00"), parse("2001-12-14 21:59:43.10 -5"));
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
        assertEquals("'2026-02-29' is not a real calendar date: day 29 does not exist in February 2026, which has 28"
                + " days (2026 is not a leap year)", error("2026-02-29"));
    }

    /**
     * Jekyll rolls any day up to 31 over into the next month (checked against jekyll 4.3.1: {@code 2026-02-30} is
     * 2026-03-02, {@code 2024-02-30} 2024-03-01, {@code 2026-02-30 10:00:00 +0900} 2026-03-02T10:00:00+09:00) and
     * fails the build on month 13 or day 32. A day that does not exist is a real mistake: here it is always an error.
     */
    @Test
    void february30IsAnErrorNotMarch2() {
        assertEquals("'2026-02-30' is not a real calendar date: day 30 does not exist in February 2026, which has 28"
                + " days", error("2026-02-30"));
        assertEquals("'2026-02-30 10:00:00 +0900' is not a real calendar date: day 30 does not exist in February 2026,"
                + " which has 28 days", error("2026-02-30 10:00:00 +0900"));
        assertEquals("'2026-13-01' is not a real calendar date: month 13 does not exist; months are 1 to 12",
                error("2026-13-01"));
        assertEquals("'2026-04-31' is not a real calendar date: day 31 does not exist in April 2026, which has 30 days",
                error("2026-04-31"));
        assertEquals("'2026-2-30 7:00' is not a real calendar date: day 30 does not exist in February 2026, which has"
                + " 28 days", error("2026-2-30 7:00"));
        assertEquals("'2026-00-05' is not a real calendar date: month 0 does not exist; months are 1 to 12",
                error("2026-00-05"));
        assertEquals("'2026-02-0' is not a real calendar date: day 0 does not exist in February 2026, which has 28"
                + " days", error("2026-02-0"));
        assertEquals("'2026-02-41' is not a real calendar date: day 41 does not exist in February 2026, which has 28"
                + " days", error("2026-02-41"));
    }

    /** Jekyll rolls 24:00 into the next day and 23:59:60 into the next minute (checked against jekyll 4.3.1). */
    @Test
    void hour24IsAnError() {
        assertEquals("'2026-02-05 24:00' has an invalid time: hour 24 does not exist; hours are 0 to 23 (midnight is"
                + " 00:00 of the next day)", error("2026-02-05 24:00"));
        assertEquals("'2026-02-05 12:60' has an invalid time: minute 60 does not exist; minutes are 0 to 59",
                error("2026-02-05 12:60"));
        assertEquals("'2026-02-05 23:59:60' has an invalid time: second 60 does not exist; seconds are 0 to 59",
                error("2026-02-05 23:59:60"));
        assertEquals("'2026-02-05 25:00:00 +0900' has an invalid time: hour 25 does not exist; hours are 0 to 23"
                + " (midnight is 00:00 of the next day)", error("2026-02-05 25:00:00 +0900"));
    }

    @Test
    void invalidOffsets() throws Exception {
        assertEquals("'2026-02-05 17:08 +25:00' has an invalid offset '+25:00': offsets are -18:00 to +18:00",
                error("2026-02-05 17:08 +25:00"));
        assertEquals("'2026-02-05 17:08 +09:75' has an invalid offset '+09:75': its minutes must be 00 to 59",
                error("2026-02-05 17:08 +09:75"));
        assertEquals("'2026-02-05 17:08:42 +19' has an invalid offset '+19': offsets are -18:00 to +18:00",
                error("2026-02-05 17:08:42 +19"));
        assertEquals("'2026-02-05 17:08:42 -18:30' has an invalid offset '-18:30': offsets are -18:00 to +18:00",
                error("2026-02-05 17:08:42 -18:30"));
        assertEquals(OffsetDateTime.parse("2026-02-05T17:08:42+18:00"), parse("2026-02-05 17:08:42 +18"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "05/02/2026", "2026-02-05 5pm", "2026-02-05T17", "20260205",
            "2026-02-05 17:08:42 JST", "2026-02-05x", "2026-02-05 17:08:42 +0900 extra", "１２３４-01-01",
            "26-02-05", "2026-002-05", "2026-02-005", "2026-02-05 017:08", "2026-02-05 17:8", "2026-02-05 17:08:4",
            "2026-02-05 17:08:42 +900", "2026-02-05 17:08:42 +09:0", "2026-02-05 17:08:42 +9:5",
            "2026-02-05 17:08:42 +09:00:00", "2026-02-05 17:08:42 EST", "2026-02-05 UTC", "2026-02-05 +0900",
            "2026-02-05T 17:08", "2026-02-05T17:08:42,Z", "-2026-02-05", "2026-02-05 17:08:42 Z Z"})
    void garbageIsNotADate(String text) {
        assertEquals("'" + text.strip() + "' is not a date; write it as 2026-02-05, 2026-02-05 17:08:42 +0900 or "
                + "2026-02-05T17:08:42+09:00", error(text));
        assertFalse(DateParser.hasOffset(text));
    }

    /** Jekyll moves such a time on by the gap (checked against jekyll 4.3.1: 02:30 is 03:30-04:00). */
    @Test
    void timesSkippedByAClockChangeAreAnError() {
        String message = assertThrows(DateParser.InvalidDateException.class,
                () -> DateParser.parse("2026-03-08 02:30", ZoneId.of("America/New_York"))).getMessage();
        assertEquals("'2026-03-08 02:30' does not exist in America/New_York: the clocks skip that time; write the "
                + "offset you mean, e.g. 2026-03-08 02:30 -04:00", message);
    }

    /**
     * A local time a clock change repeats takes the later offset, as Jekyll does (checked against jekyll 4.3.1 with
     * {@code timezone: America/New_York}: {@code 2026-11-01 01:30} is 2026-11-01T01:30:00-05:00; Ruby also gives
     * Europe/Berlin's {@code 2026-10-25 02:30} +01:00). This test expected the earlier offset (-04:00) before, in the
     * belief that Jekyll did the same; it does not.
     */
    @Test
    void repeatedTimesTakeTheLaterOffsetAsJekyllDoes() throws Exception {
        assertEquals("2026-11-01T01:30-05:00",
                DateParser.parse("2026-11-01 01:30", ZoneId.of("America/New_York")).toString());
        assertEquals("2026-10-25T02:30+01:00",
                DateParser.parse("2026-10-25 02:30", ZoneId.of("Europe/Berlin")).toString());
        assertEquals("2026-11-01T00:59-04:00",
                DateParser.parse("2026-11-01 00:59", ZoneId.of("America/New_York")).toString());
    }

    @Test
    void localMeanTimeOffsetsAreCutToWholeMinutes() throws Exception {
        // Tokyo before 1888 was +09:18:59, which RFC 3339 cannot write; the written local time is kept.
        assertEquals("1800-01-01T00:00+09:18", parse("1800-01-01").toString());
        assertEquals("1800-01-01T00:00-04:56", DateParser.parse("1800-01-01", ZoneId.of("America/New_York")).toString());
    }
}

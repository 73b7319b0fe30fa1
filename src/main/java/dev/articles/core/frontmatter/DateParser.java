package dev.articles.core.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses article dates strictly with {@code java.time}: Jekyll's forms ({@code 2026-02-05 17:08:42 +0000},
 * {@code 2026-02-05 17:08}, {@code 2026-02-05}) and ISO-8601 / RFC 3339 ({@code 2026-02-05T17:08:42+09:00}).
 * No calendar leniency: February 30th is an error, not March 1st. The offset written is kept; a date without one is
 * placed in the configured zone.
 */
public final class DateParser {

    /** Thrown with a message fit to show the writer. */
    public static final class InvalidDateException extends Exception {
        InvalidDateException(String message) {
            super(message);
        }
    }

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
                    + "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private DateParser() {
    }

    public static OffsetDateTime parse(String text, ZoneId zone) throws InvalidDateException {
        String value = text.strip();
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw new InvalidDateException("'" + value + "' is not a date; write it as 2026-02-05, "
                    + "2026-02-05 17:08:42 +0900 or 2026-02-05T17:08:42+09:00");
        }
        LocalDate date;
        try {
            date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        } catch (DateTimeException e) {
            throw new InvalidDateException("'" + value + "' is not a real calendar date: " + e.getMessage());
        }
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(4) != null) {
            try {
                int nanos = 0;
                if (m.group(7) != null) {
                    nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
                }
                time = LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6), nanos);
            } catch (DateTimeException e) {
                throw new InvalidDateException("'" + value + "' has an invalid time: " + e.getMessage());
            }
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        String offset = m.group(8);
        if (offset == null) {
            return inZone(value, local, zone);
        }
        try {
            return local.atOffset(offset(offset));
        } catch (DateTimeException e) {
            throw new InvalidDateException("'" + value + "' has an invalid offset '" + offset + "': " + e.getMessage());
        }
    }

    /**
     * The local time in {@code zone}, refusing times a clock change skips. Before standard time, zones have
     * local-mean-time offsets with seconds (Tokyo: +09:18:59), which RFC 3339 cannot write: the offset is cut to
     * whole minutes and the written local time kept.
     */
    private static OffsetDateTime inZone(String value, LocalDateTime local, ZoneId zone) throws InvalidDateException {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new InvalidDateException("'" + value + "' does not exist in " + zone
                    + ": the clocks skip that time; write the offset you mean, e.g. " + local.toLocalDate() + " "
                    + local.toLocalTime() + " " + zone.getRules().getOffset(local.atZone(zone).toInstant()));
        }
        ZoneOffset offset = offsets.get(0); // in an overlap, the earlier offset, as java.time and Jekyll do
        int seconds = offset.getTotalSeconds();
        if (seconds % 60 != 0) {
            offset = ZoneOffset.ofTotalSeconds(seconds / 60 * 60);
        }
        return local.atOffset(offset);
    }

    /** Whether the text carries its own offset (as opposed to taking the configured zone's). */
    public static boolean hasOffset(String text) {
        Matcher m = FORM.matcher(text.strip());
        return m.matches() && m.group(8) != null;
    }

    private static ZoneOffset offset(String s) {
        if (s.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = s.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        if (minutes > 59) {
            throw new DateTimeException("minutes must be 00 to 59");
        }
        int sign = s.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

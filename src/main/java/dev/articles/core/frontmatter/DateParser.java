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
 * Parses article dates strictly with {@code java.time}, in the forms Jekyll 4.3.1 reads and real posts write:
 * <ul>
 *   <li>every YAML 1.1 timestamp (<a href="https://yaml.org/type/timestamp.html">yaml.org/type/timestamp</a>):
 *   {@code 2001-12-14t21:59:43.10-05:00}, {@code 2001-12-14 21:59:43.10 -5}, {@code 2001-12-15 2:59:43.10},
 *   {@code 2026-2-5}: one- or two-digit month, day and hour, a fraction, {@code Z}, an offset {@code -5},
 *   {@code +09}, {@code +0900} or {@code +09:00} after optional spaces or tabs;</li>
 *   <li>what Jekyll reads besides from a date that is text (a quoted date, or one YAML does not take for a
 *   timestamp; Jekyll hands it to Ruby's {@code Time.parse}): no seconds ({@code 2026-02-05 17:08},
 *   {@code 2026-02-05T17:08}), a comma fraction ({@code 17:08:42,5}), and the zone names {@code UTC} and
 *   {@code GMT}.</li>
 * </ul>
 * Anything else is refused, although {@code Time.parse} would guess at much more ({@code 2026-02-05 5pm},
 * {@code 05/02/2026}, {@code 2026-02-05 17:08:42 +0900 extra}, zone names such as {@code JST} that it does not know
 * and silently ignores).
 *
 * <p>Where this parser is stricter than Jekyll, on purpose (checked against jekyll 4.3.1):
 * <ul>
 *   <li>no calendar leniency: Jekyll reads {@code 2026-02-30} as 2026-03-02 and {@code 2024-02-30} as 2024-03-01
 *   (any day up to 31 rolls over); here it is an error naming the value. Hour 24 and second 60, which Jekyll rolls
 *   into the next day or minute, are errors too, as are offsets beyond 18 hours and offset minutes over 59;</li>
 *   <li>a local time that a clock change skips (Jekyll moves it on by the gap) is an error;</li>
 *   <li>a date without offset is always placed in the given zone. Jekyll does that for a date that is text, but an
 *   unquoted YAML timestamp with seconds and no offset ({@code date: 2026-02-05 17:08:42}) is UTC for YAML, and
 *   Jekyll keeps it so whatever its {@code timezone};</li>
 *   <li>{@code -5} is -05:00 here even in a quoted date, where Ruby's {@code Time.parse} ignores a one-digit
 *   offset.</li>
 * </ul>
 * The offset written is kept (Jekyll converts to its {@code timezone}, the same instant). A fraction of a second is
 * kept to the nanosecond (Jekyll drops it from an unquoted timestamp; its output never shows it).
 */
public final class DateParser {

    /** Thrown with a message fit to show the writer. */
    public static final class InvalidDateException extends Exception {
        InvalidDateException(String message) {
            super(message);
        }
    }

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d*)|,(\\d+))?)?"
                    + "[ \\t]*(Z|z|(?i:UTC|GMT)|[+-](?:\\d{1,2}(?::\\d{2})?|\\d{4}))?)?");

    private static final int OFFSET = 9;

    private DateParser() {
    }

    public static OffsetDateTime parse(String text, ZoneId zone) throws InvalidDateException {
        String value = text.strip();
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw new InvalidDateException("'" + value + "' is not a date; write it as 2026-02-05, "
                    + "2026-02-05 17:08:42 +0900 or 2026-02-05T17:08:42+09:00");
        }
        String dateProblem = DateProblem.of(num(m, 1), num(m, 2), num(m, 3));
        if (dateProblem != null) {
            throw new InvalidDateException("'" + value + "' is not a real calendar date: " + dateProblem);
        }
        LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(4) != null) {
            int second = m.group(6) == null ? 0 : num(m, 6);
            String timeProblem = DateProblem.ofTime(num(m, 4), num(m, 5), second);
            if (timeProblem != null) {
                throw new InvalidDateException("'" + value + "' has an invalid time: " + timeProblem);
            }
            String fraction = m.group(7) != null ? m.group(7) : m.group(8);
            int nanos = 0;
            if (fraction != null && !fraction.isEmpty()) {
                nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
            }
            time = LocalTime.of(num(m, 4), num(m, 5), second, nanos);
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        String offset = m.group(OFFSET);
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
     * The local time in {@code zone}, refusing times a clock change skips. A time a clock change repeats takes the
     * later offset, as Jekyll does (checked against jekyll 4.3.1: {@code 2026-11-01 01:30} in America/New_York is
     * 01:30-05:00). Before standard time, zones have local-mean-time offsets with seconds (Tokyo: +09:18:59), which
     * RFC 3339 cannot write: the offset is cut to whole minutes and the written local time kept.
     */
    private static OffsetDateTime inZone(String value, LocalDateTime local, ZoneId zone) throws InvalidDateException {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new InvalidDateException("'" + value + "' does not exist in " + zone
                    + ": the clocks skip that time; write the offset you mean, e.g. " + local.toLocalDate() + " "
                    + local.toLocalTime() + " " + zone.getRules().getOffset(local.atZone(zone).toInstant()));
        }
        ZoneOffset offset = offsets.get(offsets.size() - 1);
        int seconds = offset.getTotalSeconds();
        if (seconds % 60 != 0) {
            offset = ZoneOffset.ofTotalSeconds(seconds / 60 * 60);
        }
        return local.atOffset(offset);
    }

    /** Whether the text carries its own offset (as opposed to taking the configured zone's). */
    public static boolean hasOffset(String text) {
        Matcher m = FORM.matcher(text.strip());
        return m.matches() && m.group(OFFSET) != null;
    }

    /** {@code Z}, {@code UTC}, {@code GMT}, {@code -5}, {@code +09}, {@code +0900}, {@code +9:00}, {@code +09:00}. */
    private static ZoneOffset offset(String s) {
        if (Character.isLetter(s.charAt(0))) {
            return ZoneOffset.UTC;
        }
        String digits = s.substring(1);
        int colon = digits.indexOf(':');
        String hours;
        String minutes;
        if (colon >= 0) {
            hours = digits.substring(0, colon);
            minutes = digits.substring(colon + 1);
        } else if (digits.length() == 4) {
            hours = digits.substring(0, 2);
            minutes = digits.substring(2);
        } else {
            hours = digits;
            minutes = "0";
        }
        int h = Integer.parseInt(hours);
        int min = Integer.parseInt(minutes);
        String problem = DateProblem.ofOffset(h, min);
        if (problem != null) {
            throw new DateTimeException(problem); // our own words, for the message above
        }
        int sign = s.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

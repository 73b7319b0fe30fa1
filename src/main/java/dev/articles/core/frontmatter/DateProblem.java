package dev.articles.core.frontmatter;

import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Why the numbers of a written date or time name no real one, in the writer's terms ({@code day 41 does not exist in
 * February 2026}), where {@code java.time} would say {@code Invalid value for DayOfMonth (valid values 1 - 28/31)}.
 */
final class DateProblem {
    private DateProblem() {
    }

    /** What is wrong with year, month and day, or {@code null} when they make a day of the calendar. */
    static String of(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "month " + month + " does not exist; months are 1 to 12";
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day >= 1 && day <= length) {
            return null;
        }
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String problem = "day " + day + " does not exist in " + name + " " + year + ", which has " + length + " days";
        return month == 2 && day == 29 ? problem + " (" + year + " is not a leap year)" : problem;
    }

    /** What is wrong with hour, minute and second, or {@code null} when they make a time of day. */
    static String ofTime(int hour, int minute, int second) {
        if (hour > 23) {
            return "hour " + hour + " does not exist; hours are 0 to 23 (midnight is 00:00 of the next day)";
        }
        if (minute > 59) {
            return "minute " + minute + " does not exist; minutes are 0 to 59";
        }
        if (second > 59) {
            return "second " + second + " does not exist; seconds are 0 to 59";
        }
        return null;
    }

    /** What is wrong with an offset of {@code hours} and {@code minutes}, or {@code null} when it is one. */
    static String ofOffset(int hours, int minutes) {
        if (minutes > 59) {
            return "its minutes must be 00 to 59";
        }
        if (hours > 18 || hours == 18 && minutes > 0) {
            return "offsets are -18:00 to +18:00";
        }
        return null;
    }
}

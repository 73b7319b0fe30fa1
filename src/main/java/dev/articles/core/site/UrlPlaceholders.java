package dev.articles.core.site;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The placeholders of Jekyll 4.3.1's {@code UrlDrop}, each computed as Jekyll does: date parts with Ruby's
 * {@code strftime} (English names, ISO weeks), names through {@link JekyllSlugify}. The values are not escaped yet.
 *
 * <p>Jekyll accepts as a placeholder any method the drop object answers to, which includes Ruby's own ({@code :hash},
 * {@code :to_s}, {@code :inspect}...); those only ever crash Jekyll's build or write an object's description into
 * the address, so they are unknown here.
 */
final class UrlPlaceholders {
    static final List<String> NAMES = List.of("collection", "path", "name", "title", "slug", "categories",
            "slugified_categories", "year", "month", "day", "hour", "minute", "second", "i_day", "i_month",
            "short_month", "long_month", "short_year", "w_year", "week", "w_day", "short_day", "long_day", "y_day",
            "output_ext");

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    private UrlPlaceholders() {
    }

    static boolean known(String name) {
        return NAMES.contains(name);
    }

    /** The value of a {@link #known} placeholder; {@code null} where Jekyll's is {@code nil}. */
    static String value(String name, UrlFields f) {
        return switch (name) {
            case "collection" -> f.collection();
            case "path" -> f.path();
            case "name" -> JekyllSlugify.slugify(f.basenameWithoutExt(), JekyllSlugify.Mode.DEFAULT, false);
            case "title" -> slugOrName(f, JekyllSlugify.Mode.PRETTY, true);
            case "slug" -> slugOrName(f, JekyllSlugify.Mode.DEFAULT, false);
            case "categories" -> joined(f.categories(), RubyText::downcase);
            case "slugified_categories" -> joined(f.categories(),
                    c -> JekyllSlugify.slugify(c, JekyllSlugify.Mode.DEFAULT, false));
            case "output_ext" -> f.outputExt();
            default -> datePart(name, date(name, f));
        };
    }

    private static String slugOrName(UrlFields f, JekyllSlugify.Mode mode, boolean cased) {
        String slug = JekyllSlugify.slugify(f.slug(), mode, cased);
        return slug != null ? slug : JekyllSlugify.slugify(f.basenameWithoutExt(), mode, cased);
    }

    /** The categories, each transformed, repeats after the transformation dropped, joined with {@code /}. */
    private static String joined(List<String> categories, Function<String, String> each) {
        Set<String> set = new LinkedHashSet<>();
        categories.forEach(c -> set.add(each.apply(c)));
        return String.join("/", set);
    }

    private static ZonedDateTime date(String name, UrlFields f) {
        if (f.date() == null) {
            throw new IllegalArgumentException("the placeholder :" + name + " needs the document's date");
        }
        return f.date();
    }

    /** Ruby's {@code strftime} for the date placeholders ({@code %Y}, {@code %m}, {@code %-d}, {@code %V}...). */
    private static String datePart(String name, ZonedDateTime d) {
        return switch (name) {
            case "year" -> pad(d.getYear(), 4);
            case "month" -> pad(d.getMonthValue(), 2);
            case "day" -> pad(d.getDayOfMonth(), 2);
            case "hour" -> pad(d.getHour(), 2);
            case "minute" -> pad(d.getMinute(), 2);
            case "second" -> pad(d.getSecond(), 2);
            case "i_day" -> Integer.toString(d.getDayOfMonth());
            case "i_month" -> Integer.toString(d.getMonthValue());
            case "short_month" -> MONTHS[d.getMonthValue() - 1].substring(0, 3);
            case "long_month" -> MONTHS[d.getMonthValue() - 1];
            case "short_year" -> pad(Math.floorMod(d.getYear(), 100), 2);
            case "w_year" -> pad(d.get(IsoFields.WEEK_BASED_YEAR), 4);
            case "week" -> pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case "w_day" -> Integer.toString(d.getDayOfWeek().getValue());
            case "short_day" -> DAYS[d.getDayOfWeek().getValue() - 1].substring(0, 3);
            case "long_day" -> DAYS[d.getDayOfWeek().getValue() - 1];
            case "y_day" -> pad(d.get(ChronoField.DAY_OF_YEAR), 3);
            default -> throw new IllegalArgumentException("not a placeholder: " + name);
        };
    }

    private static String pad(int value, int digits) {
        String s = Integer.toString(Math.abs(value));
        String padded = s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
        return value < 0 ? "-" + padded : padded;
    }
}

package dev.articles.core.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heading ids the way GitHub makes them, so links people already write keep working: lower case, punctuation
 * dropped, spaces to hyphens, letters of every script kept ({@code ### 投資家と技術者} gets {@code 投資家と技術者}).
 * A repeated heading gets {@code -1}, {@code -2}... One instance serves one article.
 */
public final class HeadingIds {
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");
    private final Set<String> used = new HashSet<>();

    HeadingIds() {
    }

    /** The id a heading with this text gets when it is the first of that text ({@code section} for none). */
    public static String idOf(String headingText) {
        String base = DROPPED.matcher(headingText.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        return base.isEmpty() ? "section" : base;
    }

    String next(String headingText) {
        String base = idOf(headingText);
        String id = base;
        for (int n = 1; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}

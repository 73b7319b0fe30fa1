package dev.articles.core.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heading ids the way GitHub makes them, so links people already write keep working: lower case, punctuation
 * dropped, spaces to hyphens, letters of every script kept ({@code ### 投資家と技術者} gets {@code 投資家と技術者}).
 * A repeated heading gets {@code -1}, {@code -2}... One instance serves one article. With kramdown's own input
 * ({@code kramdown.input: kramdown} on a Jekyll site) the ids are kramdown's instead ({@link #kramdownIdOf}).
 */
public final class HeadingIds {
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");
    private static final Pattern KRAMDOWN_LEADING = Pattern.compile("^[^a-zA-Z]+");
    private static final Pattern KRAMDOWN_DROPPED = Pattern.compile("[^a-zA-Z0-9 -]");
    private final Set<String> used = new HashSet<>();
    private final boolean kramdown;

    HeadingIds() {
        this(false);
    }

    /** @param kramdown whether ids are kramdown's ({@link #kramdownIdOf}) rather than GitHub's */
    HeadingIds(boolean kramdown) {
        this.kramdown = kramdown;
    }

    /** The id a heading with this text gets when it is the first of that text ({@code section} for none). */
    public static String idOf(String headingText) {
        String base = DROPPED.matcher(headingText.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        return base.isEmpty() ? "section" : base;
    }

    /**
     * The id kramdown's {@code auto_ids} gives (its {@code basic_generate_id}): leading characters up to the first
     * ASCII letter dropped, then all but ASCII letters, digits, spaces and hyphens, spaces to hyphens, lower case;
     * {@code section} for none ({@code ## 3 Rivers} gets {@code rivers}).
     */
    public static String kramdownIdOf(String headingText) {
        String id = KRAMDOWN_LEADING.matcher(headingText).replaceAll("");
        id = KRAMDOWN_DROPPED.matcher(id).replaceAll("").replace(' ', '-').toLowerCase(Locale.ROOT);
        return id.isEmpty() ? "section" : id;
    }

    String next(String headingText) {
        String base = kramdown ? kramdownIdOf(headingText) : idOf(headingText);
        String id = base;
        for (int n = 1; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}

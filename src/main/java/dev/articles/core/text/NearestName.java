package dev.articles.core.text;

import java.util.Collection;
import java.util.Locale;

/**
 * The known name nearest to a misspelt one, for "did you mean" in messages: a rule id, a time zone, a file name.
 * Distance is the optimal-string-alignment edit distance (an inserted, deleted or replaced character, or two
 * neighbours swapped, each count one), ignoring case, so {@code Asia/Tokyio} is one from {@code Asia/Tokyo}. Only a
 * name close enough for a slip of the keyboard is offered: a short name may be one edit away, a longer one up to
 * three; when nothing is that close there is no suggestion, since a far-fetched one misleads more than none.
 */
public final class NearestName {
    private NearestName() {
    }

    /**
     * The candidate nearest to {@code written}, or {@code null} when none is close enough or {@code written} is itself
     * a candidate. Ties go to the candidate that also matches the case better, then to the first in
     * {@link String#compareTo} order, so the answer never depends on the order of {@code candidates}.
     */
    public static String of(String written, Collection<String> candidates) {
        return written == null ? null : of(written, candidates, allowed(written));
    }

    /** As {@link #of(String, Collection)}, with at most {@code allowed} edits (for names that share a long prefix). */
    public static String of(String written, Collection<String> candidates, int allowed) {
        if (written == null || written.isBlank() || candidates.contains(written)) {
            return null;
        }
        String lower = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestCaseDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate == null || Math.abs(candidate.length() - written.length()) > allowed) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d > allowed || d > bestDistance) {
                continue;
            }
            int caseDistance = distance(written, candidate);
            if (d < bestDistance || caseDistance < bestCaseDistance
                    || caseDistance == bestCaseDistance && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
                bestCaseDistance = caseDistance;
            }
        }
        return best;
    }

    /** {@code " (did you mean 'x'?)"} for a suggestion, or nothing without one: the aside a message ends a name with. */
    public static String didYouMean(String suggestion) {
        return suggestion == null ? "" : " (did you mean '" + suggestion + "'?)";
    }

    /** How many edits a name of this length may be from its suggestion: 1 up to 5 characters, 2 up to 11, else 3. */
    public static int allowed(String written) {
        int length = written.codePointCount(0, written.length());
        return length <= 5 ? 1 : length <= 11 ? 2 : 3;
    }

    /** The optimal-string-alignment distance between two strings, by UTF-16 unit (names here are mostly ASCII). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}

package dev.articles.core.check;

import java.util.List;

/** How a finding names the other places involved: a few of them, then how many more, so a message stays readable. */
public final class PlaceList {
    /** How many places a message names before it says "and N more". */
    public static final int MAX_NAMED = 3;

    private PlaceList() {
    }

    /** {@code "a.md:3, b.md:4, c.md:5 and 2 more"}. */
    public static String describe(List<String> places) {
        if (places.size() <= MAX_NAMED) {
            return String.join(", ", places);
        }
        return String.join(", ", places.subList(0, MAX_NAMED)) + " and " + (places.size() - MAX_NAMED) + " more";
    }
}

package dev.articles.core.check;

import java.util.List;

/** The checks the engine runs, in order. A new rule's check is registered here. */
public final class Checks {
    private Checks() {
    }

    /** Checks of single articles. */
    public static List<ArticleCheck> articleChecks() {
        return List.of(
                new LinkSyntaxCheck());
    }

    /** Checks across articles. */
    public static List<CorpusCheck> corpusChecks() {
        return List.of(new DuplicateSlugCheck(),
                new LinkCheck());
    }
}

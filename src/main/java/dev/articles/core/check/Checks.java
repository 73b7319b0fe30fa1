package dev.articles.core.check;

import dev.articles.core.check.body.DuplicateHeadingCheck;
import dev.articles.core.check.body.EmptyHeadingCheck;
import dev.articles.core.check.body.MarkerCheck;
import dev.articles.core.check.body.MultipleH1Check;
import dev.articles.core.check.body.RepeatedParagraphCheck;
import dev.articles.core.check.body.RepeatedSectionCheck;
import dev.articles.core.check.body.SkippedHeadingLevelCheck;
import dev.articles.core.check.body.TitleRepeatedCheck;
import java.util.List;

/** The checks the engine runs, in order. A new rule's check is registered here. */
public final class Checks {
    private Checks() {
    }

    /** Checks of single articles. */
    public static List<ArticleCheck> articleChecks() {
        return List.of(
                new MarkerCheck(),
                new RepeatedParagraphCheck(),
                new RepeatedSectionCheck(),
                new TitleRepeatedCheck(),
                new MultipleH1Check(),
                new SkippedHeadingLevelCheck(),
                new EmptyHeadingCheck(),
                new DuplicateHeadingCheck(),
                new LinkSyntaxCheck());
    }

    /** Checks across articles. */
    public static List<CorpusCheck> corpusChecks() {
        return List.of(new DuplicateSlugCheck(),
                new LinkCheck());
    }
}

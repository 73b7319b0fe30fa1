package dev.articles.core.rules;

import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.body.DuplicateHeadingCheck;
import dev.articles.core.check.body.EmptyHeadingCheck;
import dev.articles.core.check.body.HtmlSafetyCheck;
import dev.articles.core.check.body.LinkSyntaxCheck;
import dev.articles.core.check.body.MarkerCheck;
import dev.articles.core.check.body.MultipleH1Check;
import dev.articles.core.check.body.PlaceholderCheck;
import dev.articles.core.check.body.RepeatedParagraphCheck;
import dev.articles.core.check.body.RepeatedSectionCheck;
import dev.articles.core.check.body.SkippedHeadingLevelCheck;
import dev.articles.core.check.body.TitleRepeatedCheck;
import dev.articles.core.check.corpus.DuplicateUrlCheck;
import dev.articles.core.check.corpus.DuplicateTitleCheck;
import dev.articles.core.check.corpus.LinkCheck;
import dev.articles.core.check.corpus.NearDuplicateCheck;
import dev.articles.core.check.corpus.TaxonomyVariantCheck;
import dev.articles.core.check.fields.DateCheck;
import dev.articles.core.check.fields.ExcerptCheck;
import dev.articles.core.check.fields.FrontMatterSchemaCheck;
import dev.articles.core.check.fields.ReadingTimeCheck;
import dev.articles.core.check.fields.TaxonomyAllowedCheck;
import java.util.List;

/**
 * The checks the engine runs, in order. A new rule's check is registered here; the rules it declares (its
 * {@code rules()}) are then in the {@link RuleCatalog}.
 */
public final class Checks {
    private Checks() {
    }

    /** Checks of single articles. A new list per run: a check may keep per-run state (a loaded schema). */
    public static List<ArticleCheck> articleChecks() {
        return List.of(
                new MarkerCheck(),
                new PlaceholderCheck(),
                new RepeatedParagraphCheck(),
                new RepeatedSectionCheck(),
                new TitleRepeatedCheck(),
                new MultipleH1Check(),
                new SkippedHeadingLevelCheck(),
                new EmptyHeadingCheck(),
                new DuplicateHeadingCheck(),
                new LinkSyntaxCheck(),
                new HtmlSafetyCheck(),
                new FrontMatterSchemaCheck(),
                new TaxonomyAllowedCheck(),
                new DateCheck(),
                new ExcerptCheck(),
                new ReadingTimeCheck());
    }

    /** Checks across articles. */
    public static List<CorpusCheck> corpusChecks() {
        return List.of(new DuplicateUrlCheck(),
                new LinkCheck(),
                new TaxonomyVariantCheck(),
                new DuplicateTitleCheck(),
                new NearDuplicateCheck());
    }
}

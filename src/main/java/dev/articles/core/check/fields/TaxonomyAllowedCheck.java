package dev.articles.core.check.fields;

import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.ComparableText;
import dev.articles.core.check.Findings;
import dev.articles.core.check.TermPositions;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules {@code taxonomy.unknown-category} and {@code taxonomy.unknown-tag}: with {@code allowedCategories} or
 * {@code allowedTags} configured, every category or tag must be one of them, spelled exactly so. A term that differs
 * from an allowed one only by case, width or Unicode form gets that spelling suggested.
 */
public final class TaxonomyAllowedCheck implements ArticleCheck {
    /** A category outside the configured allowed list. */
    public static final Rule TAXONOMY_UNKNOWN_CATEGORY = Rule.configurable("taxonomy.unknown-category", Severity.ERROR,
            "A category that is not in the allowed list.");
    /** A tag outside the configured allowed list. */
    public static final Rule TAXONOMY_UNKNOWN_TAG = Rule.configurable("taxonomy.unknown-tag", Severity.ERROR,
            "A tag that is not in the allowed list.");

    /** How many allowed terms a message lists before "and N more". */
    private static final int MAX_LISTED = 8;

    @Override
    public List<Rule> rules() {
        return List.of(TAXONOMY_UNKNOWN_CATEGORY, TAXONOMY_UNKNOWN_TAG);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        List<String> categories = article.settings().allowedCategories();
        if (!categories.isEmpty()) {
            check(article, findings, TermPositions.of(article, "categories", false), categories,
                    TAXONOMY_UNKNOWN_CATEGORY, "category", "allowedCategories");
            check(article, findings, TermPositions.of(article, "category", true), categories,
                    TAXONOMY_UNKNOWN_CATEGORY, "category", "allowedCategories");
        }
        List<String> tags = article.settings().allowedTags();
        if (!tags.isEmpty()) {
            check(article, findings, TermPositions.of(article, "tags", false), tags, TAXONOMY_UNKNOWN_TAG, "tag",
                    "allowedTags");
        }
    }

    private static void check(ArticleSource article, Findings findings, List<ArticleFacts.Term> terms,
            List<String> allowed, Rule rule, String what, String setting) {
        Set<String> exact = new HashSet<>();
        allowed.forEach(a -> exact.add(a.strip()));
        for (ArticleFacts.Term term : terms) {
            if (exact.contains(term.value())) {
                continue;
            }
            String key = ComparableText.normalise(term.value());
            String suggestion = allowed.stream().filter(a -> ComparableText.normalise(a).equals(key)).findFirst()
                    .orElse(null);
            String message = suggestion != null
                    ? "the " + what + " '" + term.value() + "' is not in " + setting + ", which spells it '" + suggestion
                            + "'; write '" + suggestion + "'"
                    : "the " + what + " '" + term.value() + "' is not in " + setting + " (" + listed(allowed)
                            + "); use one of those or add it to " + setting + " in the pom";
            findings.add(article.file(), rule, term.line(), term.column(), message);
        }
    }

    private static String listed(List<String> allowed) {
        List<String> quoted = allowed.stream().map(a -> "'" + a + "'").toList();
        return quoted.size() <= MAX_LISTED ? String.join(", ", quoted)
                : String.join(", ", quoted.subList(0, MAX_LISTED)) + " and " + (quoted.size() - MAX_LISTED) + " more";
    }
}

package dev.articles.core.check.corpus;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.ComparableText;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rule {@code taxonomy.variant}: a tag (or category) written two ways across the site, differing only by case,
 * full-/half-width or Unicode form ({@code JavaScript} and {@code javascript}, {@code ＡＩ} and {@code AI}), is one
 * term that consumers would list twice. The most used spelling is taken as the intended one (on a tie, the one
 * already in NFKC form, then the first written); every place of another spelling is reported, naming the intended spelling and a place that uses it. Tags and
 * categories are separate vocabularies. Linear: terms are grouped by their normalised form.
 */
public final class TaxonomyVariantCheck implements CorpusCheck {
    /** One tag or category spelled two ways (case, full-/half-width, Unicode form). */
    public static final Rule TAXONOMY_VARIANT = Rule.configurable("taxonomy.variant", Severity.WARNING,
            "One tag or category spelled two ways.");

    /** One written occurrence. */
    private record Use(ArticleFacts article, ArticleFacts.Term term) {
    }

    @Override
    public List<Rule> rules() {
        return List.of(TAXONOMY_VARIANT);
    }

    @Override
    public Object input(ArticleFacts a) {
        return List.of(a.tags(), a.categories());
    }

    @Override
    public void check(List<ArticleFacts> articles, Findings findings) {
        check(articles, ArticleFacts::tags, "tag", findings);
        check(articles, ArticleFacts::categories, "category", findings);
    }

    private static void check(List<ArticleFacts> articles, Function<ArticleFacts, List<ArticleFacts.Term>> terms,
            String what, Findings findings) {
        // normalised form -> spelling -> uses, both in first-seen order
        Map<String, Map<String, List<Use>>> groups = new LinkedHashMap<>();
        // A site has a few hundred spellings used thousands of times: each is normalised once.
        Map<String, String> normalised = new HashMap<>();
        for (ArticleFacts a : articles) {
            for (ArticleFacts.Term t : terms.apply(a)) {
                groups.computeIfAbsent(normalised.computeIfAbsent(t.value(), ComparableText::normalise),
                                k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.value(), k -> new ArrayList<>()).add(new Use(a, t));
            }
        }
        for (Map<String, List<Use>> spellings : groups.values()) {
            if (spellings.size() < 2) {
                continue;
            }
            String main = null;
            for (Map.Entry<String, List<Use>> e : spellings.entrySet()) {
                if (main == null || e.getValue().size() > spellings.get(main).size()
                        || e.getValue().size() == spellings.get(main).size() && isNfkc(e.getKey()) && !isNfkc(main)) {
                    main = e.getKey();
                }
            }
            List<Use> mainUses = spellings.get(main);
            Use example = mainUses.get(0);
            String place = example.article().source() + ":" + example.term().line();
            for (Map.Entry<String, List<Use>> e : spellings.entrySet()) {
                if (e.getKey().equals(main)) {
                    continue;
                }
                for (Use use : e.getValue()) {
                    findings.add(use.article().file(), TAXONOMY_VARIANT, use.term().line(), use.term().column(),
                            "the " + what + " '" + e.getKey() + "' is written '" + main + "' "
                                    + times(mainUses.size()) + " (as in " + place + "); use one spelling, '" + main
                                    + "', everywhere");
                }
            }
        }
    }

    /** Whether a spelling is already in NFKC (half-width Latin, composed kana): preferred on a tie. */
    private static boolean isNfkc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC);
    }

    private static String times(int n) {
        return n == 1 ? "once elsewhere" : n + " times elsewhere";
    }
}

package dev.articles.core.check.corpus;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import dev.articles.core.check.PlaceList;
import dev.articles.core.frontmatter.Slugs;
import dev.articles.core.model.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rule {@code slug.duplicate}: each article sharing a slug (ignoring case and Unicode composition) with others gets an error naming them. */
public final class DuplicateSlugCheck implements CorpusCheck {
    /** Two articles have the same slug (or slugs that differ only by case). */
    public static final Rule SLUG_DUPLICATE = Rule.fixed("slug.duplicate", "Two articles share a slug.");

    @Override
    public List<Rule> rules() {
        return List.of(SLUG_DUPLICATE);
    }

    @Override
    public Object input(ArticleFacts a) {
        return Arrays.asList(a.slug(), a.slugLine(), a.slugColumn());
    }

    @Override
    public void check(List<ArticleFacts> articles, Findings findings) {
        Map<String, List<ArticleFacts>> bySlug = new LinkedHashMap<>();
        for (ArticleFacts a : articles) {
            if (a.slug() != null) {
                bySlug.computeIfAbsent(Slugs.collisionKey(a.slug()), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<ArticleFacts> same : bySlug.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (ArticleFacts a : same) {
                List<String> others = same.stream().filter(x -> x != a)
                        .map(x -> x.source() + ":" + x.slugLine() + (x.slug().equals(a.slug()) ? ""
                                : Slugs.sameComposed(x.slug(), a.slug())
                                        ? " ('" + x.slug() + "', the same text in another Unicode composition)"
                                        : " ('" + x.slug() + "')"))
                        .toList();
                String named = PlaceList.describe(others);
                findings.add(a.file(), SLUG_DUPLICATE, a.slugLine(), a.slugColumn(), "the slug '" + a.slug()
                        + "' is also used by " + named + "; set a different 'slug:' in one of them");
            }
        }
    }
}

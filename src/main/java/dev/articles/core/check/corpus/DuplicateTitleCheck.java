package dev.articles.core.check.corpus;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.ComparableText;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import dev.articles.core.check.PlaceList;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule {@code title.duplicate}: articles whose titles are equal after normalisation (case, width, Unicode form, white
 * space) each get a warning naming the others. Linear: titles are grouped by their normalised form.
 */
public final class DuplicateTitleCheck implements CorpusCheck {
    /** Two articles with the same title. */
    public static final Rule TITLE_DUPLICATE = Rule.configurable("title.duplicate", Severity.WARNING,
            "Two articles share a title.");

    @Override
    public List<Rule> rules() {
        return List.of(TITLE_DUPLICATE);
    }

    @Override
    public Object input(ArticleFacts a) {
        return Arrays.asList(a.title(), a.titleLine(), a.titleColumn());
    }

    @Override
    public void check(List<ArticleFacts> articles, Findings findings) {
        Map<String, List<ArticleFacts>> byTitle = new LinkedHashMap<>();
        for (ArticleFacts a : articles) {
            if (a.title() != null && !a.title().isBlank()) {
                byTitle.computeIfAbsent(ComparableText.normalise(a.title()), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<ArticleFacts> same : byTitle.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (ArticleFacts a : same) {
                List<String> others = same.stream().filter(x -> x != a)
                        .map(x -> x.source() + ":" + x.titleLine()
                                + (x.title().equals(a.title()) ? "" : " ('" + x.title() + "')"))
                        .toList();
                String named = PlaceList.describe(others);
                findings.add(a.file(), TITLE_DUPLICATE, a.titleLine(), a.titleColumn(), "the title '" + a.title()
                        + "' is also used by " + named + "; give each article its own title");
            }
        }
    }
}

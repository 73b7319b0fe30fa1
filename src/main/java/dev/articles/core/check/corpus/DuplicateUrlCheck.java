package dev.articles.core.check.corpus;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import dev.articles.core.check.PlaceList;
import dev.articles.core.frontmatter.Slugs;
import dev.articles.core.link.Destination;
import dev.articles.core.model.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rules {@code url.duplicate} and {@code id.duplicate}: an article's address and its identity belong to it alone.
 * Two files with one address would overwrite each other on the site (Jekyll calls it a conflict), and addresses or
 * ids that differ only in case or Unicode composition are one file on macOS and Windows (and on many web servers).
 * Slugs may repeat.
 */
public final class DuplicateUrlCheck implements CorpusCheck {
    /** Two articles have the same address. */
    public static final Rule URL_DUPLICATE = Rule.fixed("url.duplicate", "Two articles have the same address.");
    /** Two articles' ids (paths without extension) differ only in case, composition or extension. */
    public static final Rule ID_DUPLICATE = Rule.fixed("id.duplicate",
            "Two article files differ only in extension, case or Unicode composition.");

    @Override
    public List<Rule> rules() {
        return List.of(URL_DUPLICATE, ID_DUPLICATE);
    }

    @Override
    public Object input(ArticleFacts a) {
        return Arrays.asList(a.id(), a.url(), a.slugLine(), a.slugColumn());
    }

    @Override
    public void check(List<ArticleFacts> articles, Findings findings) {
        // Addresses are percent-encoded: decoded before comparing, so that slugs in two Unicode compositions collide.
        for (List<ArticleFacts> same : groups(articles, a -> a.url() == null ? null
                : Slugs.collisionKey(Destination.percentDecode(a.url())))) {
            for (ArticleFacts a : same) {
                List<String> others = same.stream().filter(x -> x != a).map(x -> x.source() + ":" + x.slugLine()
                        + (x.url().equals(a.url()) ? "" : " ('" + x.url() + "')")).toList();
                findings.add(a.file(), URL_DUPLICATE, a.slugLine(), a.slugColumn(), "the address '" + a.url()
                        + "' is also the address of " + PlaceList.describe(others) + (same.stream()
                                .allMatch(x -> x.url().equals(a.url())) ? "" : " (addresses that differ only in case"
                                + " or Unicode composition are one file on many web servers)") + "; give one of them another 'slug:' or"
                        + " 'permalink:'");
            }
        }
        for (List<ArticleFacts> same : groups(articles, a -> Slugs.collisionKey(a.id()))) {
            for (ArticleFacts a : same) {
                findings.add(a.file(), ID_DUPLICATE, 1, 1, "the file '" + a.source() + "' and " + others(a, same)
                        + " would be one file of the bundle (ids differ only in extension, case or Unicode"
                        + " composition); rename one of them");
            }
        }
    }

    private static List<List<ArticleFacts>> groups(List<ArticleFacts> articles, Function<ArticleFacts, String> key) {
        Map<String, List<ArticleFacts>> by = new LinkedHashMap<>();
        for (ArticleFacts a : articles) {
            String k = a.id() == null ? null : key.apply(a); // no id: the file could not be read
            if (k != null) {
                by.computeIfAbsent(k, x -> new ArrayList<>()).add(a);
            }
        }
        return by.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static String others(ArticleFacts a, List<ArticleFacts> same) {
        // The finding is on the file as a whole (line 1), and so are the others named.
        return PlaceList.describe(same.stream().filter(x -> x != a).map(x -> x.source() + ":1").toList());
    }
}

package dev.articles.core.check.frontmatter;

import dev.articles.core.Rules;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule {@code article.near-duplicate}: two articles sharing most of their paragraphs (at least {@link #MIN_SHARED},
 * and at least {@link #MIN_SHARE_PERCENT}% of the smaller article's) are one article published twice, or a copy that
 * was meant to be rewritten. Paragraphs are compared by the hash of their normalised text
 * ({@link ArticleFacts#paragraphs()}; short ones are already left out).
 *
 * <p>Near-linear: an inverted index maps each paragraph hash to the articles holding it, and only articles meeting
 * in the index are counted. A paragraph found in more than {@link #BOILERPLATE_ARTICLES} articles is boilerplate (a
 * shared notice or footer): it is not compared and does not count towards an article's paragraphs, which also bounds
 * the work to that many pairs per paragraph.
 */
public final class NearDuplicateCheck implements CorpusCheck {
    /** Fewest shared paragraphs that make two articles near-duplicates. */
    public static final int MIN_SHARED = 3;
    /** Smallest share, in percent of the smaller article's paragraphs. */
    public static final int MIN_SHARE_PERCENT = 80;
    /** A paragraph in more articles than this is boilerplate. */
    public static final int BOILERPLATE_ARTICLES = 20;
    /** How many other articles a message names before it says "and N more". */
    private static final int MAX_NAMED = 3;

    /** What article {@code a} shares with article {@code b}. */
    private record Shared(int other, int count) {
    }

    @Override
    public void check(List<ArticleFacts> articles, Findings findings) {
        List<Set<Long>> hashes = new ArrayList<>(articles.size());
        Map<Long, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<Long> distinct = new LinkedHashSet<>();
            articles.get(i).paragraphs().forEach(p -> distinct.add(p.hash()));
            hashes.add(distinct);
            for (Long h : distinct) {
                index.computeIfAbsent(h, k -> new ArrayList<>(2)).add(i);
            }
        }
        Set<Long> boilerplate = new HashSet<>();
        index.forEach((h, holders) -> {
            if (holders.size() > BOILERPLATE_ARTICLES) {
                boilerplate.add(h);
            }
        });
        int[] compared = new int[articles.size()];
        Map<Long, Integer> pairs = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Long h : hashes.get(i)) {
                if (boilerplate.contains(h)) {
                    continue;
                }
                List<Integer> holders = index.get(h);
                compared[i]++;
                for (int j : holders) {
                    if (j > i) {
                        pairs.merge((long) i * articles.size() + j, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Integer, List<Shared>> found = new TreeMap<>();
        pairs.forEach((pair, count) -> {
            int i = (int) (pair / articles.size());
            int j = (int) (pair % articles.size());
            int smaller = Math.min(compared[i], compared[j]);
            if (count >= MIN_SHARED && count * 100L >= (long) MIN_SHARE_PERCENT * smaller) {
                found.computeIfAbsent(i, k -> new ArrayList<>()).add(new Shared(j, count));
                found.computeIfAbsent(j, k -> new ArrayList<>()).add(new Shared(i, count));
            }
        });
        found.forEach((i, shared) -> {
            shared.sort((x, y) -> x.count() != y.count() ? Integer.compare(y.count(), x.count())
                    : Integer.compare(x.other(), y.other()));
            ArticleFacts a = articles.get(i);
            List<String> named = new ArrayList<>();
            for (Shared s : shared.subList(0, Math.min(MAX_NAMED, shared.size()))) {
                ArticleFacts b = articles.get(s.other());
                named.add(b.source() + " (" + s.count() + " shared paragraphs: " + percent(s.count(), compared[i])
                        + "% of this one, " + percent(s.count(), compared[s.other()]) + "% of that one, from line "
                        + firstShared(a, hashes.get(s.other()), boilerplate) + " here and line "
                        + firstShared(b, hashes.get(i), boilerplate) + " there)");
            }
            String more = shared.size() > MAX_NAMED ? " and " + (shared.size() - MAX_NAMED) + " more" : "";
            findings.add(a.file(), Rules.ARTICLE_NEAR_DUPLICATE, a.titleLine(), a.titleColumn(),
                    "this article is a near-duplicate of " + String.join(", ", named) + more
                            + "; delete the copy or rewrite it");
        });
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 100 : (int) Math.round(100.0 * part / whole);
    }

    /** The line of the first paragraph of {@code a} that {@code other} also has. */
    private static int firstShared(ArticleFacts a, Set<Long> other, Set<Long> boilerplate) {
        for (ArticleFacts.Paragraph p : a.paragraphs()) {
            if (other.contains(p.hash()) && !boilerplate.contains(p.hash())) {
                return p.line();
            }
        }
        return a.titleLine();
    }
}

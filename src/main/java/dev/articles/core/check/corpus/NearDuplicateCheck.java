package dev.articles.core.check.corpus;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Two articles sharing most of their paragraphs. */
    public static final Rule ARTICLE_NEAR_DUPLICATE = Rule.configurable("article.near-duplicate", Severity.WARNING,
            "Two articles share most of their paragraphs.");

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
    public List<Rule> rules() {
        return List.of(ARTICLE_NEAR_DUPLICATE);
    }

    @Override
    public Object input(ArticleFacts a) {
        return List.of(a.paragraphs(), a.titleLine(), a.titleColumn());
    }

    @Override
    public void check(List<ArticleFacts> articles, Findings findings) {
        // Primitive arrays throughout: 50,000 articles hold millions of paragraph hashes.
        int n = articles.size();
        long[][] distinct = new long[n][];
        for (int i = 0; i < n; i++) {
            distinct[i] = distinctSorted(articles.get(i).paragraphHashes());
        }
        Sharing sharing = Sharing.of(distinct);
        nearPairs(sharing, n).forEach((i, sharedWith) -> report(articles, i, sharedWith, sharing, distinct, findings));
    }

    /**
     * Who holds which paragraphs.
     *
     * @param boilerplate the hashes held by more than {@link #BOILERPLATE_ARTICLES} articles, sorted: never compared
     * @param compared each article's count of distinct paragraphs that are not boilerplate
     * @param holdersOf for each hash held by 2 up to {@link #BOILERPLATE_ARTICLES} articles (the only ones that can
     *     make a pair), the articles that hold it
     */
    private record Sharing(long[] boilerplate, int[] compared, List<List<Integer>> holdersOf) {
        static Sharing of(long[][] distinct) {
            int total = 0;
            for (long[] d : distinct) {
                total += d.length;
            }
            HashCounts counts = new HashCounts(total);
            for (long[] d : distinct) {
                for (long h : d) {
                    counts.add(h);
                }
            }
            LongList boilerplate = new LongList();
            int[] sharedNumber = new int[counts.keys.length];
            int sharedCount = 0;
            for (int s = 0; s < counts.keys.length; s++) {
                int holders = counts.counts[s];
                if (holders > BOILERPLATE_ARTICLES) {
                    boilerplate.add(counts.keys[s]);
                }
                sharedNumber[s] = holders >= 2 && holders <= BOILERPLATE_ARTICLES ? sharedCount++ : -1;
            }
            long[] boiler = boilerplate.toArray();
            Arrays.sort(boiler);
            int[] compared = new int[distinct.length];
            List<List<Integer>> holdersOf = new ArrayList<>(sharedCount);
            for (int h = 0; h < sharedCount; h++) {
                holdersOf.add(new ArrayList<>(2));
            }
            for (int i = 0; i < distinct.length; i++) {
                for (long h : distinct[i]) {
                    int s = counts.slot(h);
                    if (counts.counts[s] > BOILERPLATE_ARTICLES) {
                        continue;
                    }
                    compared[i]++;
                    if (sharedNumber[s] >= 0) {
                        holdersOf.get(sharedNumber[s]).add(i);
                    }
                }
            }
            return new Sharing(boiler, compared, holdersOf);
        }
    }

    /** For each article of a near-duplicate pair, the others it shares enough paragraphs with. */
    private static Map<Integer, List<Shared>> nearPairs(Sharing sharing, int n) {
        Map<Long, Integer> pairs = new HashMap<>();
        for (List<Integer> holders : sharing.holdersOf()) {
            for (int x = 0; x < holders.size(); x++) {
                for (int y = x + 1; y < holders.size(); y++) {
                    pairs.merge((long) holders.get(x) * n + holders.get(y), 1, Integer::sum);
                }
            }
        }
        int[] compared = sharing.compared();
        Map<Integer, List<Shared>> found = new TreeMap<>();
        pairs.forEach((pair, count) -> {
            int i = (int) (pair / n);
            int j = (int) (pair % n);
            int smaller = Math.min(compared[i], compared[j]);
            if (count >= MIN_SHARED && count * 100L >= (long) MIN_SHARE_PERCENT * smaller) {
                found.computeIfAbsent(i, k -> new ArrayList<>()).add(new Shared(j, count));
                found.computeIfAbsent(j, k -> new ArrayList<>()).add(new Shared(i, count));
            }
        });
        return found;
    }

    /** One finding on article {@code i}, naming the articles it shares most with first. */
    private static void report(List<ArticleFacts> articles, int i, List<Shared> sharedWith, Sharing sharing,
            long[][] distinct, Findings findings) {
        sharedWith.sort((x, y) -> x.count() != y.count() ? Integer.compare(y.count(), x.count())
                : Integer.compare(x.other(), y.other()));
        int[] compared = sharing.compared();
        ArticleFacts a = articles.get(i);
        List<String> named = new ArrayList<>();
        for (Shared s : sharedWith.subList(0, Math.min(MAX_NAMED, sharedWith.size()))) {
            ArticleFacts b = articles.get(s.other());
            named.add(b.source() + " (" + s.count() + " shared paragraphs: " + percent(s.count(), compared[i])
                    + "% of this one, " + percent(s.count(), compared[s.other()]) + "% of that one, from line "
                    + firstShared(a, distinct[s.other()], sharing.boilerplate()) + " here and line "
                    + firstShared(b, distinct[i], sharing.boilerplate()) + " there)");
        }
        String more = sharedWith.size() > MAX_NAMED ? " and " + (sharedWith.size() - MAX_NAMED) + " more" : "";
        findings.add(a.file(), ARTICLE_NEAR_DUPLICATE, a.titleLine(), a.titleColumn(),
                "this article is a near-duplicate of " + String.join(", ", named) + more
                        + "; delete the copy or rewrite it");
    }

    /** An article's paragraph hashes, each once, sorted ({@code h} is reused). */
    private static long[] distinctSorted(long[] h) {
        Arrays.sort(h);
        int m = 0;
        for (int k = 0; k < h.length; k++) {
            if (m == 0 || h[m - 1] != h[k]) {
                h[m++] = h[k];
            }
        }
        return Arrays.copyOf(h, m);
    }

    /**
     * How many articles hold each hash: open addressing over primitive arrays, linear in the hashes (sorting all of
     * them was about half of this check's time in a one-edit build). Hashes are added once per article, so a count is
     * a number of articles.
     */
    private static final class HashCounts {
        final long[] keys;
        final int[] counts; // 0: an empty slot
        private final int mask;

        HashCounts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1; // at most half full
            keys = new long[capacity];
            counts = new int[capacity];
            mask = capacity - 1;
        }

        /** The slot of {@code key}: where it is, or the empty one where it would go. */
        int slot(long key) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            int s = (int) (mixed ^ (mixed >>> 32)) & mask;
            while (counts[s] != 0 && keys[s] != key) {
                s = (s + 1) & mask;
            }
            return s;
        }

        void add(long key) {
            int s = slot(key);
            keys[s] = key;
            counts[s]++;
        }
    }

    /** A growing list of longs. */
    private static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 100 : (int) Math.round(100.0 * part / whole);
    }

    /** The line of the first paragraph of {@code a} that {@code other} (sorted) also has. */
    private static int firstShared(ArticleFacts a, long[] other, long[] boilerplate) {
        for (ArticleFacts.Paragraph p : a.paragraphs()) {
            if (Arrays.binarySearch(other, p.hash()) >= 0 && Arrays.binarySearch(boilerplate, p.hash()) < 0) {
                return p.line();
            }
        }
        return a.titleLine();
    }
}

package dev.articles.core.settings;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.SourcePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Findings a site has accepted for now, so the plugin can be adopted on a large existing site: the
 * {@code articles:baseline} goal records the current findings, and later runs report only findings that are not in
 * the record.
 *
 * <p>An entry is keyed by the article's path relative to the content directory, the rule and the message, not by
 * line or column: editing an article so that a known finding moves does not make it new. Repeats are counted, so a
 * third identical finding where the baseline has two is new. Findings of every known rule are recorded, those of
 * {@linkplain Rule#configurable() fixed} rules too: an article that such an accepted finding leaves unpublishable (no
 * title, no valid date, the second of two articles sharing a slug...) is left out of the bundle, and the build says
 * so ({@code ContentResult#leftOut}).
 *
 * <p>The file ({@code BaselineFile}) is JSON, written deterministically (entries sorted by source, rule, message; {@code \n}; UTF-8):
 * <pre>{@code
 * {
 *   "format": 1,
 *   "entries": [
 *     { "source": "2024/hello.md", "rule": "heading.duplicate", "message": "...", "count": 2 }
 *   ]
 * }
 * }</pre>
 */
public final class Baseline {
    /**
     * One accepted finding, or several identical ones.
     *
     * @param source the article's path relative to the content directory, {@code /}-separated ({@code .} for the
     *     content directory itself)
     * @param rule the rule id
     * @param message the message, exactly
     * @param count how many identical findings are accepted, at least 1
     */
    public record Entry(String source, String rule, String message, int count) {
        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::source).thenComparing(Entry::rule)
                .thenComparing(Entry::message);
    }

    /**
     * The outcome of holding findings against a baseline.
     *
     * @param unmatched findings the baseline does not cover: they are reported and count as usual
     * @param matched findings the baseline covers
     * @param stale entries (with the count left over) that matched fewer findings than they list
     */
    public record Match(List<Diagnostic> unmatched, List<Diagnostic> matched, List<Entry> stale) {
        public Match {
            unmatched = List.copyOf(unmatched);
            matched = List.copyOf(matched);
            stale = List.copyOf(stale);
        }

        /** No baseline: every finding is unmatched. */
        public static Match none(List<Diagnostic> diagnostics) {
            return new Match(diagnostics, List.of(), List.of());
        }

        /** How many listed findings no longer occur (the stale entries' counts added up). */
        public int staleCount() {
            return stale.stream().mapToInt(Entry::count).sum();
        }
    }

    /** Source, rule and message with line numbers masked: moving text must not make a known finding new. */
    private record Key(String source, String rule, String message) {
        Key {
            message = withoutLineNumbers(message);
        }
    }

    /** Line references in messages ("on line 7", "(lines 7-9)", "a.md:12"), which change whenever text moves. */
    private static final Pattern LINE_NUMBERS =
            Pattern.compile("(?<=\\blines? )\\d+(?:-\\d+)?|(?<=\\.[A-Za-z0-9]{1,10}:)\\d+");

    /** {@code message} with its line numbers replaced by {@code #}, as the baseline records it. */
    public static String withoutLineNumbers(String message) {
        return LINE_NUMBERS.matcher(message).replaceAll("#");
    }


    private final List<Entry> entries;

    private Baseline(Map<Key, Integer> counts) {
        List<Entry> list = new ArrayList<>();
        counts.forEach((k, n) -> list.add(new Entry(k.source(), k.rule(), k.message(), n)));
        list.sort(Entry.ORDER);
        this.entries = List.copyOf(list);
    }

    /** An empty baseline. */
    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    /**
     * Whether findings of {@code rule} can be recorded in a baseline: those of every known rule, fixed ones too.
     *
     * @param rule the rule of a finding's id, or {@code null} when the id is unknown
     */
    public static boolean accepts(Rule rule) {
        return rule != null;
    }

    /**
     * A baseline of {@code diagnostics} (those of rules it {@linkplain #accepts accepts}).
     *
     * @param rules every rule by id ({@code null} for an unknown id)
     */
    public static Baseline of(List<Diagnostic> diagnostics, Path contentDirectory, Function<String, Rule> rules) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            if (accepts(rules.apply(d.rule()))) {
                counts.merge(key(d, contentDirectory), 1, Integer::sum);
            }
        }
        return new Baseline(counts);
    }

    /** The entries, sorted by source, rule and message. */
    public List<Entry> entries() {
        return entries;
    }

    /** Two baselines are equal when they accept the same findings (so equal requests can share a result). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Baseline b && b.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** How many findings the baseline accepts (entry counts added up). */
    public int findings() {
        return entries.stream().mapToInt(Entry::count).sum();
    }

    /**
     * Splits {@code diagnostics} into those the baseline covers and the rest. Each entry covers at most its count of
     * findings, taken in the order given (the printed order). The lists keep that order.
     *
     * @param rules every rule by id ({@code null} for an unknown id)
     */
    public Match match(List<Diagnostic> diagnostics, Path contentDirectory, Function<String, Rule> rules) {
        Map<Key, Integer> left = new LinkedHashMap<>();
        for (Entry e : entries) {
            left.put(new Key(e.source(), e.rule(), e.message()), e.count());
        }
        List<Diagnostic> unmatched = new ArrayList<>();
        List<Diagnostic> matched = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Key key = accepts(rules.apply(d.rule())) ? key(d, contentDirectory) : null;
            Integer n = key == null ? null : left.get(key);
            if (n != null && n > 0) {
                left.put(key, n - 1);
                matched.add(d);
            } else {
                unmatched.add(d);
            }
        }
        List<Entry> stale = new ArrayList<>();
        left.forEach((k, n) -> {
            if (n > 0) {
                stale.add(new Entry(k.source(), k.rule(), k.message(), n));
            }
        });
        return new Match(unmatched, matched, stale);
    }

    /**
     * A baseline of {@code entries}; identical entries written twice are added up.
     */
    public static Baseline fromEntries(List<Entry> entries) {
        Map<Key, Integer> counts = new TreeMap<>(Comparator.comparing(Key::source).thenComparing(Key::rule)
                .thenComparing(Key::message));
        for (Entry e : entries) {
            counts.merge(new Key(e.source(), e.rule(), e.message()), e.count(), Integer::sum);
        }
        return new Baseline(counts);
    }

    private static Key key(Diagnostic d, Path contentDirectory) {
        return new Key(source(contentDirectory, d.file()), d.rule(), d.message());
    }

    /** How a baseline names {@code file}: relative to the content directory, {@code /}-separated. */
    public static String source(Path contentDirectory, Path file) {
        String rel = SourcePath.display(contentDirectory, file);
        return rel.isEmpty() ? "." : rel;
    }
}

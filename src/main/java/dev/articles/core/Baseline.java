package dev.articles.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articles.core.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.TreeMap;

/**
 * Findings a site has accepted for now, so the plugin can be adopted on a large existing site: the
 * {@code articles:baseline} goal records the current findings, and later runs report only findings that are not in
 * the record.
 *
 * <p>An entry is keyed by the article's path relative to the content directory, the rule and the message, not by
 * line or column: editing an article so that a known finding moves does not make it new. Repeats are counted, so a
 * third identical finding where the baseline has two is new. Only findings of configurable rules are recorded;
 * findings of {@linkplain RuleCatalog.Rule#configurable() fixed} rules (the article cannot be read) must be fixed.
 *
 * <p>The file is JSON, written deterministically (entries sorted by source, rule, message; {@code \n}; UTF-8):
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
    /** The file format this class reads and writes. */
    public static final int FORMAT = 1;

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

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Whether findings of {@code rule} can be recorded in a baseline: known and configurable rules only. */
    public static boolean accepts(String rule) {
        RuleCatalog.Rule info = RuleCatalog.get(rule);
        return info != null && info.configurable();
    }

    /** A baseline of {@code diagnostics} (those of rules it {@linkplain #accepts accepts}). */
    public static Baseline of(List<Diagnostic> diagnostics, Path contentDirectory) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            if (accepts(d.rule())) {
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
     */
    public Match match(List<Diagnostic> diagnostics, Path contentDirectory) {
        Map<Key, Integer> left = new LinkedHashMap<>();
        for (Entry e : entries) {
            left.put(new Key(e.source(), e.rule(), e.message()), e.count());
        }
        List<Diagnostic> unmatched = new ArrayList<>();
        List<Diagnostic> matched = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Key key = accepts(d.rule()) ? key(d, contentDirectory) : null;
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

    /** The baseline file's bytes. */
    public byte[] toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", e.source());
            m.put("rule", e.rule());
            m.put("message", e.message());
            m.put("count", e.count());
            list.add(m);
        }
        root.put("entries", list);
        return ReportJson.bytes(root);
    }

    /** Writes the baseline file (creating its folder). */
    public void write(Path file) throws IOException {
        ReportJson.write(file, toJson());
    }

    /**
     * Reads a baseline file.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a baseline of this format; the message says what is wrong
     */
    public static Baseline read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /**
     * Parses the bytes of a baseline file. Identical entries written twice are added up.
     *
     * @throws IllegalArgumentException when they are not a baseline of this format; the message says what is wrong
     */
    public static Baseline parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(
                    "not a baseline: expected a JSON object with \"format\" and \"entries\"");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isInt() || format.intValue() != FORMAT) {
            throw new IllegalArgumentException("unsupported baseline format " + format + "; expected " + FORMAT);
        }
        JsonNode list = root.get("entries");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("\"entries\" must be an array");
        }
        Map<Key, Integer> counts = new TreeMap<>(Comparator.comparing(Key::source).thenComparing(Key::rule)
                .thenComparing(Key::message));
        int index = 0;
        for (JsonNode e : list) {
            String where = "entry " + (index++ + 1);
            String source = text(e, "source", where);
            String rule = text(e, "rule", where);
            String message = text(e, "message", where);
            JsonNode count = e.get("count");
            int n = 1;
            if (count != null) {
                if (!count.isInt() || count.intValue() < 1) {
                    throw new IllegalArgumentException(where + ": \"count\" must be a whole number of at least 1");
                }
                n = count.intValue();
            }
            counts.merge(new Key(source, rule, message), n, Integer::sum);
        }
        return new Baseline(counts);
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode v = entry.isObject() ? entry.get(field) : null;
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string");
        }
        return v.textValue();
    }

    private static Key key(Diagnostic d, Path contentDirectory) {
        return new Key(source(contentDirectory, d.file()), d.rule(), d.message());
    }

    /** How a baseline names {@code file}: relative to the content directory, {@code /}-separated. */
    public static String source(Path contentDirectory, Path file) {
        String rel = ReportJson.display(contentDirectory, file);
        return rel.isEmpty() ? "." : rel;
    }
}

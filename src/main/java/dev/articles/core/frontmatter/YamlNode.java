package dev.articles.core.frontmatter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Front matter as read by {@link StrictYamlReader}: every scalar is kept as the text written (YAML's type guessing
 * is off), and every node knows its file line and column so problems can be pointed at exactly.
 */
public sealed interface YamlNode {

    /** 1-based file line. */
    int line();

    /** 1-based column. */
    int column();

    /**
     * A scalar, kept as written.
     *
     * @param value the text, or {@code null} for an empty plain value, {@code ~} or {@code null}
     * @param quoted whether it was written in quotes (or as a block scalar)
     */
    record Scalar(String value, boolean quoted, int line, int column) implements YamlNode {
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    }

    /** A mapping with string keys, in the order written. */
    record Mapping(LinkedHashMap<String, Entry> entries, int line, int column) implements YamlNode {

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public Map<String, Entry> asMap() {
            return entries;
        }
    }

    /** A key of a mapping, where it was written, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A plain, JSON-friendly copy: strings (or null), lists and ordered maps. */
    static Object toPlain(YamlNode node) {
        if (node instanceof Scalar s) {
            return s.value();
        }
        if (node instanceof Sequence seq) {
            return seq.items().stream().map(YamlNode::toPlain).toList();
        }
        Mapping m = (Mapping) node;
        Map<String, Object> out = new LinkedHashMap<>();
        m.entries().forEach((k, e) -> out.put(k, toPlain(e.value())));
        return out;
    }
}

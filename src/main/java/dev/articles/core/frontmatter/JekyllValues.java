package dev.articles.core.frontmatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Front matter as Jekyll's Liquid sees it ({@code page.x}): YAML's types as Psych gives them ({@link JekyllScalar}),
 * as plain Java values: {@code Boolean}, {@code Long}, {@code Double}, {@code null}, text, lists and maps. Dates and
 * times stay the text written, which Liquid's date filters read.
 */
public final class JekyllValues {
    private JekyllValues() {
    }

    /** The value of a front matter node. */
    public static Object of(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.asMap().forEach((k, e) -> out.put(k, of(e.value())));
            return out;
        }
        if (node instanceof YamlNode.Sequence s) {
            List<Object> out = new ArrayList<>();
            s.items().forEach(i -> out.add(of(i)));
            return out;
        }
        if (!(node instanceof YamlNode.Scalar s)) {
            return null;
        }
        JekyllScalar jekyll = JekyllScalar.of(s);
        return switch (jekyll.kind()) {
            case NULL -> null;
            case BOOLEAN -> Boolean.valueOf(jekyll.text());
            case INTEGER -> integer(jekyll.text());
            case FLOAT -> Double.valueOf(jekyll.text());
            case STRING -> jekyll.text();
            case DATE, TIME, UNREADABLE -> s.value();
        };
    }

    private static Object integer(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException tooLarge) {
            return text;
        }
    }
}

package dev.articles.core.site;

import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of {@code _config.yml} values as Jekyll takes them, each wrong shape reported once at the value with
 * {@link SiteSettingsReader#SITE_SETTING}. A {@code null} value ({@code key:} with nothing after it) never replaces
 * Jekyll's default: Jekyll merges the file over its defaults and a {@code nil} keeps the default.
 */
final class ConfigValues {
    private final Path file;
    private final YamlNode.Mapping root;
    private final List<Diagnostic> problems;

    ConfigValues(Path file, YamlNode.Mapping root, List<Diagnostic> problems) {
        this.file = file;
        this.root = root;
        this.problems = problems;
    }

    Path file() {
        return file;
    }

    YamlNode.Mapping root() {
        return root;
    }

    /** The value of {@code key}, or {@code null} when it is absent or written empty. */
    YamlNode node(String key) {
        YamlNode node = root.get(key);
        return node instanceof YamlNode.Scalar s && s.value() == null ? null : node;
    }

    /** The line of {@code key}, or {@code 0} when absent. */
    int line(String key) {
        YamlNode.Entry entry = root.entries().get(key);
        return entry == null ? 0 : entry.line();
    }

    /** A text setting; {@code fallback} when absent, empty or not text (reported). */
    String text(String key, String fallback) {
        YamlNode node = node(key);
        if (node == null) {
            return fallback;
        }
        if (node instanceof YamlNode.Scalar s) {
            return s.value();
        }
        report(node, key + " must be text, not " + shape(node) + "; Jekyll cannot use it");
        return fallback;
    }

    /** A true/false setting with Ruby's truth: only unquoted {@code false}, {@code no} and {@code off} are false. */
    boolean flag(String key, boolean fallback) {
        YamlNode node = node(key);
        if (node == null) {
            return fallback;
        }
        if (node instanceof YamlNode.Scalar s) {
            return RubyText.truthy(s.value(), s.quoted());
        }
        report(node, key + " must be true or false, not " + shape(node) + "; Jekyll takes it for true");
        return true;
    }

    /** A list of texts; {@code fallback} when absent or empty, and (reported) when not a list, as Jekyll refuses it. */
    List<String> texts(String key, List<String> fallback) {
        YamlNode node = node(key);
        if (node == null) {
            return fallback;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            report(node, key + " must be a list, such as [" + key + "-item], not " + shape(node)
                    + "; Jekyll stops with an error");
            return fallback;
        }
        List<String> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.value() != null) {
                items.add(s.value());
            } else {
                report(item, "each item of " + key + " must be text, not " + shape(item) + "; Jekyll ignores it");
            }
        }
        return items;
    }

    void report(YamlNode at, String message) {
        problems.add(Diagnostic.of(file, at.line(), at.column(), SiteSettingsReader.SITE_SETTING, message));
    }

    static String shape(YamlNode node) {
        if (node instanceof YamlNode.Sequence) {
            return "a list";
        }
        if (node instanceof YamlNode.Mapping) {
            return "a set of 'key: value' lines";
        }
        String value = ((YamlNode.Scalar) node).value();
        return value == null ? "empty" : "'" + value + "'";
    }
}

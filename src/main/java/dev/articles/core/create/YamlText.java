package dev.articles.core.create;

import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Text as YAML values that read back exactly as given, whatever it holds: {@code :}, {@code #}, quotes, a leading
 * {@code -} or {@code *}, {@code no} or {@code 1.10} (which other readers would turn into a boolean or a number), line
 * separators, control characters. Every value is a double-quoted scalar written by SnakeYAML's emitter, the other half
 * of the parser the plugin reads front matter with; letters of every script are kept as written, not escaped.
 */
final class YamlText {

    private YamlText() {
    }

    /** One value: {@code "Maven: \"quoted\" #1"}. */
    static String quoted(String value) {
        String dumped = yaml().dump(value);
        // The emitter ends the document with a line break; the value itself is on one line (no width limit).
        return dumped.endsWith("\n") ? dumped.substring(0, dumped.length() - 1) : dumped;
    }

    /** A list on one line: {@code ["Maven", "ドキュメント"]}. */
    static String list(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String value : values) {
            out.append(out.length() == 1 ? "" : ", ").append(quoted(value));
        }
        return out.append(']').toString();
    }

    /** A new emitter each time: SnakeYAML's {@link Yaml} is not thread-safe, and this is called rarely. */
    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(options);
    }
}

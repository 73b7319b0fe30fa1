package dev.articles.core.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a Jekyll site's {@code defaults} setting: front matter values for the files in its scope.
 *
 * @param scoped whether the entry has a {@code scope} (Jekyll treats an entry without one in its own way, see
 *     {@link FrontMatterDefaults})
 * @param path the scope's {@code path}: a folder or file prefix relative to the site, or a glob when it holds
 *     {@code *}; {@code null} or empty for every path
 * @param type the scope's {@code type} ({@code posts}, {@code pages}, {@code drafts} or a collection label, the
 *     deprecated {@code post}, {@code page} and {@code draft} already renamed so), or {@code null} when it has none
 * @param values the front matter values, as plain text, lists and maps ({@code YamlNode.toPlain}: not typed as
 *     Jekyll's YAML reading would, so {@code true} is the text {@code "true"})
 * @param line the entry's line in {@code _config.yml}
 */
public record DefaultsSet(boolean scoped, String path, String type, Map<String, Object> values, int line) {

    public DefaultsSet {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}

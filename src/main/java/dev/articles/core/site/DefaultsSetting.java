package dev.articles.core.site;

import dev.articles.core.frontmatter.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code defaults} as Jekyll 4.3.1's {@code FrontmatterDefaults#valid_sets} takes it: a list of entries, each
 * with {@code values} and an optional {@code scope} of {@code path} and {@code type}. An entry Jekyll would skip (no
 * {@code values}) or stop on (a scope that is not a map, an empty {@code type}) is reported and left out.
 */
final class DefaultsSetting {
    private static final Map<String, String> DEPRECATED_TYPES = Map.of("page", "pages", "post", "posts",
            "draft", "drafts");

    private DefaultsSetting() {
    }

    static List<DefaultsSet> read(ConfigValues config) {
        List<DefaultsSet> sets = new ArrayList<>();
        YamlNode node = config.node("defaults");
        if (node == null) {
            return sets;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            config.report(node, "defaults must be a list of entries with 'scope:' and 'values:', not "
                    + ConfigValues.shape(node) + "; Jekyll ignores it");
            return sets;
        }
        boolean scopedBefore = false;
        for (YamlNode item : list.items()) {
            DefaultsSet set = entry(config, item);
            if (set == null) {
                continue;
            }
            if (!set.scoped() && scopedBefore) {
                config.report(item, "this defaults entry has no scope and follows one that has: Jekyll 4.3.1 stops"
                        + " with an error on every file both apply to; add 'scope: {path: \"\"}'");
            }
            scopedBefore |= set.scoped();
            sets.add(set);
        }
        return sets;
    }

    private static DefaultsSet entry(ConfigValues config, YamlNode item) {
        if (!(item instanceof YamlNode.Mapping map)) {
            config.report(item, "each entry of defaults must be 'scope:' and 'values:' lines, not "
                    + ConfigValues.shape(item) + "; Jekyll ignores it");
            return null;
        }
        if (!(map.get("values") instanceof YamlNode.Mapping values)) {
            config.report(item, "this defaults entry has no 'values:' lines; Jekyll ignores it");
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) YamlNode.toPlain(values);
        if (!map.entries().containsKey("scope")) {
            return new DefaultsSet(false, null, null, plain, item.line());
        }
        if (!(map.get("scope") instanceof YamlNode.Mapping scope)) {
            config.report(map.get("scope"), "the scope of a defaults entry must be 'path:' and 'type:' lines, not "
                    + ConfigValues.shape(map.get("scope")) + "; Jekyll stops with an error");
            return null;
        }
        String[] pathAndType = new String[2];
        if (!scopeText(config, scope, "path", pathAndType, 0) || !scopeText(config, scope, "type", pathAndType, 1)) {
            return null;
        }
        String type = pathAndType[1] == null ? null : DEPRECATED_TYPES.getOrDefault(pathAndType[1], pathAndType[1]);
        return new DefaultsSet(true, pathAndType[0], type, plain, item.line());
    }

    /** Puts the scope's text {@code key} into {@code out[index]}; {@code false} after reporting a bad one. */
    private static boolean scopeText(ConfigValues config, YamlNode.Mapping scope, String key, String[] out,
            int index) {
        if (!scope.entries().containsKey(key)) {
            return true;
        }
        YamlNode node = scope.get(key);
        if (node instanceof YamlNode.Scalar s && (s.value() != null || key.equals("path"))) {
            out[index] = s.value();
            return true;
        }
        config.report(node, "the scope's " + key + " must be text, not " + ConfigValues.shape(node)
                + "; Jekyll stops with an error");
        return false;
    }
}

package dev.articles.core.site;

import dev.articles.core.frontmatter.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code collections} as Jekyll 4.3.1 does ({@code Configuration#add_default_collections} and
 * {@code Collection}): a map of labels to their settings or a plain list of labels, {@code posts} always added with
 * {@code output} on and the template of the site's {@code permalink}, each label stripped of the characters Jekyll
 * does not allow in one.
 */
final class CollectionsSetting {
    private CollectionsSetting() {
    }

    static Map<String, SiteCollection> read(ConfigValues config, String permalink) {
        Map<String, SiteCollection> collections = new LinkedHashMap<>();
        collections.put("posts", null); // Jekyll's {"posts" => {}} comes first, whatever the file's order
        YamlNode node = config.node("collections");
        if (node instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar s && s.value() != null) {
                    add(config, collections, s.value(), null, item, permalink);
                } else {
                    config.report(item, "each item of collections must be a label, not " + ConfigValues.shape(item));
                }
            }
        } else if (node instanceof YamlNode.Mapping map) {
            for (YamlNode.Entry entry : map.entries().values()) {
                YamlNode.Mapping metadata = metadata(config, entry);
                YamlNode.Entry byLabel = map.entries().get(label(entry.key()));
                YamlNode.Mapping used = byLabel == entry ? metadata
                        : byLabel == null ? null : metadata(config, byLabel);
                YamlNode key = new YamlNode.Scalar(entry.key(), false, entry.line(), entry.column());
                add(config, collections, entry.key(), used, key, permalink);
            }
        } else if (node != null) {
            config.report(node, "collections must be a list of labels or 'label:' lines with their settings, not "
                    + ConfigValues.shape(node) + "; Jekyll stops with an error");
        }
        if (collections.get("posts") == null) {
            collections.put("posts", posts(null, permalink, 0));
        }
        return collections;
    }

    private static YamlNode.Mapping metadata(ConfigValues config, YamlNode.Entry entry) {
        if (entry.value() instanceof YamlNode.Mapping m) {
            return m;
        }
        if (!(entry.value() instanceof YamlNode.Scalar s) || s.value() != null) {
            config.report(entry.value(), "the settings of the collection '" + entry.key() + "' must be 'key: value'"
                    + " lines (output, permalink), not " + ConfigValues.shape(entry.value())
                    + "; Jekyll stops with an error");
        }
        return null;
    }

    private static void add(ConfigValues config, Map<String, SiteCollection> collections, String written,
            YamlNode.Mapping metadata, YamlNode at, String sitePermalink) {
        int line = at.line();
        String label = label(written);
        if (!label.equals(written)) {
            config.report(at, "the collection '" + written + "' is read from the folder _" + label + " and "
                    + (metadata == null ? "none of its settings apply" : "takes the settings of '" + label + "'")
                    + ": Jekyll keeps only the letters a-z, digits, '_', '-' and '.' of a label; rename it '"
                    + label + "'");
        } else if (label.equals("data")) {
            config.report(at, "Jekyll does not read a collection named 'data' (the name belongs to _data); rename it");
        }
        if (label.equals("posts")) {
            collections.put(label, posts(metadata, sitePermalink, line));
            return;
        }
        boolean output = false;
        String permalink = null;
        if (metadata != null) {
            YamlNode out = metadata.get("output");
            output = out instanceof YamlNode.Scalar s ? RubyText.truthy(s.value(), s.quoted()) : out != null;
            permalink = permalink(config, metadata, label);
        }
        collections.put(label, new SiteCollection(label, output, permalink, line));
    }

    private static SiteCollection posts(YamlNode.Mapping metadata, String permalink, int line) {
        YamlNode own = metadata == null ? null : metadata.get("permalink");
        String template = own instanceof YamlNode.Scalar s && s.value() != null ? s.value()
                : JekyllUrl.template(permalink, true);
        return new SiteCollection("posts", true, template, line);
    }

    private static String permalink(ConfigValues config, YamlNode.Mapping metadata, String label) {
        if (!metadata.entries().containsKey("permalink")) {
            return null;
        }
        YamlNode node = metadata.get("permalink");
        if (node instanceof YamlNode.Scalar s && s.value() != null) {
            return s.value();
        }
        config.report(node, "the permalink of the collection '" + label + "' must be a template such as "
                + "/:collection/:path/, not " + ConfigValues.shape(node)
                + "; Jekyll fails on each of its documents without a permalink of its own");
        return null;
    }

    /** {@code Collection#sanitize_label}. */
    static String label(String written) {
        return written.replaceAll("[^a-zA-Z0-9_\\-.]", "");
    }
}

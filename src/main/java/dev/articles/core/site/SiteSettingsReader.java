package dev.articles.core.site;

import dev.articles.core.frontmatter.StrictYamlReader;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.settings.MarkdownFlavour;
import dev.articles.core.text.ZoneNames;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a Jekyll 4.3.1 site's {@code _config.yml} into {@link SiteSettings}, the way Jekyll merges it over its
 * defaults, so a bundle made from a Jekyll site can give its posts the addresses the site gives them. The file is
 * read with {@link StrictYamlReader}: values stay the text written, and what that reader refuses (duplicate keys,
 * anchors, tags) is reported, here as {@link #SITE_CONFIG}.
 *
 * <p>Jekyll reads {@code _config.yml}, else {@code _config.yaml}, else {@code _config.toml}; the last is reported,
 * as this reader knows only YAML. Settings this reader does not honour but that change which posts are read or where
 * they go are listed in {@link SiteSettings#unhonoured()} (see {@link UnhonouredSettings} for the judgement).
 * Diagnostics name the configuration file; a caller shows it relative to the project as it shows articles.
 */
public final class SiteSettingsReader {
    /** The configuration file cannot be read as YAML settings. */
    public static final Rule SITE_CONFIG = Rule.fixed("site.config", "The site's _config.yml cannot be read.");
    /** A setting has a value Jekyll would refuse, ignore or misread. */
    public static final Rule SITE_SETTING = Rule.fixed("site.setting",
            "A _config.yml setting has a value Jekyll would refuse, ignore or misread.");
    /** The rules above. */
    public static final List<Rule> RULES = List.of(SITE_CONFIG, SITE_SETTING);

    private static final int MAX_CHARS = 1024 * 1024;
    private static final int MAX_DEPTH = 32;

    private SiteSettingsReader() {
    }

    /**
     * The settings of the site in {@code siteDirectory}; Jekyll's defaults when it has no configuration file or the
     * file cannot be read (then {@code problems} says why).
     */
    public static SiteSettings read(Path siteDirectory, List<Diagnostic> problems) {
        Path file = configFile(siteDirectory);
        if (file == null) {
            return SiteSettings.jekyllDefaults();
        }
        if (file.getFileName().toString().endsWith(".toml")) {
            problems.add(Diagnostic.of(file, 0, 0, SITE_CONFIG, "the site is configured in TOML, which this plugin"
                    + " cannot read; write it as _config.yml"));
            return SiteSettings.jekyllDefaults();
        }
        YamlNode.Mapping root = parse(file, problems);
        return root == null ? SiteSettings.jekyllDefaults() : settings(new ConfigValues(file, root, problems),
                siteDirectory);
    }

    private static Path configFile(Path siteDirectory) {
        for (String name : List.of("_config.yml", "_config.yaml", "_config.toml")) {
            Path file = siteDirectory.resolve(name);
            if (Files.exists(file)) {
                return file;
            }
        }
        return null;
    }

    /** The file's YAML, or {@code null} after reporting why not. */
    private static YamlNode.Mapping parse(Path file, List<Diagnostic> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(Diagnostic.of(file, 0, 0, SITE_CONFIG, "the file is not valid UTF-8; save it as UTF-8"));
            return null;
        } catch (IOException | SecurityException e) {
            problems.add(Diagnostic.of(file, 0, 0, SITE_CONFIG, "cannot read the file: " + e));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Diagnostic> yaml = new ArrayList<>();
        YamlNode.Mapping root = new StrictYamlReader(MAX_CHARS, MAX_DEPTH).read(file, text, 1, yaml);
        for (Diagnostic d : yaml) {
            problems.add(Diagnostic.of(file, d.line(), d.column(), SITE_CONFIG,
                    d.message().replace("front matter", "_config.yml")));
        }
        return yaml.isEmpty() ? root : null;
    }

    private static SiteSettings settings(ConfigValues config, Path siteDirectory) {
        String permalink = config.text("permalink", SiteSettings.DEFAULT_PERMALINK);
        return new SiteSettings(config.file(), permalink, timezone(config), DefaultsSetting.read(config),
                exclude(config), config.texts("include", SiteSettings.DEFAULT_INCLUDE),
                CollectionsSetting.read(config, permalink), config.text("collections_dir", ""),
                config.text("baseurl", null), config.text("url", null), config.flag("future", false),
                config.flag("show_drafts", false), config.flag("unpublished", false), markdownExtensions(config),
                config.text("lang", null), markdownFlavour(config), UnhonouredSettings.of(config, siteDirectory),
                plugins(config));
    }

    /** {@code plugins} and {@code gems}, each plugin once (a bad list is reported with the unhonoured settings). */
    private static List<String> plugins(ConfigValues config) {
        Set<String> plugins = new LinkedHashSet<>();
        for (String key : List.of("plugins", "gems")) {
            if (config.node(key) instanceof YamlNode.Sequence list) {
                list.items().stream().filter(i -> i instanceof YamlNode.Scalar s && s.value() != null)
                        .forEach(i -> plugins.add(((YamlNode.Scalar) i).value()));
            }
        }
        return List.copyOf(plugins);
    }

    /**
     * {@code markdown} (kramdown unless another converter is named: then GitHub's Markdown is the nearest) and
     * {@code kramdown.input} (Jekyll's default {@code GFM}; {@code kramdown} makes heading ids kramdown's way).
     */
    private static MarkdownFlavour markdownFlavour(ConfigValues config) {
        if (!config.text("markdown", "kramdown").strip().equalsIgnoreCase("kramdown")) {
            return MarkdownFlavour.GFM;
        }
        if (config.node("kramdown") instanceof YamlNode.Mapping kramdown
                && kramdown.get("input") instanceof YamlNode.Scalar input && input.value() != null
                && input.value().strip().equalsIgnoreCase("kramdown")) {
            return MarkdownFlavour.KRAMDOWN_INPUT;
        }
        return MarkdownFlavour.KRAMDOWN;
    }

    /** {@code timezone}: a tz database name Java knows, or {@code null} (reported when written but unknown). */
    private static ZoneId timezone(ConfigValues config) {
        String id = config.text("timezone", null);
        if (id == null) {
            return null;
        }
        if (ZoneId.getAvailableZoneIds().contains(id)) {
            return ZoneId.of(id);
        }
        String suggestion = ZoneNames.nearest(id);
        boolean named = suggestion != null && ZoneId.getAvailableZoneIds().contains(suggestion); // not EST's -05:00
        config.report(config.node("timezone"), "timezone: '" + id + "' is not a time zone name of the tz database"
                + (named ? " (did you mean '" + suggestion + "'?)" : " (such as Asia/Tokyo or Europe/Berlin)")
                + "; Jekyll would quietly use UTC");
        return null;
    }

    private static List<String> exclude(ConfigValues config) {
        Set<String> exclude = new LinkedHashSet<>(config.texts("exclude", List.of()));
        exclude.addAll(SiteSettings.DEFAULT_EXCLUDES);
        return List.copyOf(exclude);
    }

    /** {@code markdown_ext}: Jekyll splits it at commas and lower-cases each part (without trimming it). */
    private static List<String> markdownExtensions(ConfigValues config) {
        String text = config.text("markdown_ext", null);
        if (text == null) {
            return SiteSettings.DEFAULT_MARKDOWN_EXTENSIONS;
        }
        List<String> extensions = new ArrayList<>();
        for (String part : text.split(",")) {
            extensions.add(RubyText.downcase(part));
        }
        return extensions;
    }
}

package dev.articles.core.site;

import dev.articles.core.frontmatter.YamlNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The settings of a site that change which posts Jekyll 4.3.1 reads or where it puts them, and that
 * {@link SiteSettingsReader} does not honour. Judged so:
 * <ul>
 *   <li>{@code limit_posts} above 0: only that many of the newest posts are published;</li>
 *   <li>{@code plugins} (and its old name {@code gems}) naming a plugin other than those known to leave posts,
 *       their front matter and their addresses alone (jekyll-feed, jekyll-seo-tag, jekyll-sitemap, jekyll-gist,
 *       jekyll-avatar, jemoji, jekyll-mentions, jekyll-include-cache, jekyll-paginate, jekyll-redirect-from (it
 *       adds redirect pages; posts keep their addresses) and the converters that ship with Jekyll): any other may add, drop or move posts (jekyll-archives, jekyll-polyglot,
 *       jekyll-titles-from-headings...); in {@code safe} mode only those also in {@code whitelist} count;</li>
 *   <li>Ruby files in the plugins folder ({@code plugins_dir}, default {@code _plugins}) outside {@code safe} mode,
 *       for the same reason;</li>
 *   <li>{@code theme} and {@code remote_theme}: a theme's own {@code _config.yml} can set {@code permalink} and
 *       {@code defaults} beneath the site's;</li>
 *   <li>{@code time}: Jekyll's build time, which decides which posts are in the future and dates documents without
 *       a date;</li>
 *   <li>{@code encoding} other than UTF-8: Jekyll reads the files in it.</li>
 * </ul>
 * {@code strict_front_matter}, {@code excerpt_separator} and the rendering settings do not change which posts exist
 * or where, so they are not listed.
 */
final class UnhonouredSettings {
    private static final Set<String> HARMLESS_PLUGINS = Set.of("jekyll-feed", "jekyll-seo-tag", "jekyll-sitemap",
            "jekyll-gist", "jekyll-avatar", "jemoji", "jekyll-mentions", "jekyll-include-cache", "jekyll-paginate",
            "jekyll-sass-converter", "jekyll-coffeescript", "jekyll-redirect-from");

    private UnhonouredSettings() {
    }

    static List<UnhonouredSetting> of(ConfigValues config, Path siteDirectory) {
        List<UnhonouredSetting> found = new ArrayList<>();
        limitPosts(config, found);
        boolean safe = config.flag("safe", false);
        List<String> whitelist = config.texts("whitelist", List.of());
        for (String key : List.of("plugins", "gems")) {
            List<String> risky = config.texts(key, List.of()).stream()
                    .filter(p -> !HARMLESS_PLUGINS.contains(p) && (!safe || whitelist.contains(p))).toList();
            if (!risky.isEmpty()) {
                found.add(new UnhonouredSetting(key, config.line(key), "Jekyll runs the plugin" + (risky.size() > 1
                        ? "s " : " ") + String.join(", ", risky) + ", which may add, drop or move posts"));
            }
        }
        if (!safe) {
            customPlugins(config, siteDirectory, found);
        }
        for (String key : List.of("theme", "remote_theme")) {
            if (config.node(key) != null) {
                found.add(new UnhonouredSetting(key, config.line(key), "the theme's own _config.yml may set"
                        + " permalink and defaults beneath the site's, and is not read"));
            }
        }
        if (config.node("time") != null) {
            found.add(new UnhonouredSetting("time", config.line("time"), "Jekyll takes it as the build time, which"
                    + " decides which posts are in the future and dates documents that have no date"));
        }
        String encoding = config.text("encoding", "utf-8");
        if (!encoding.matches("(?i)(bom\\|)?utf-?8")) {
            found.add(new UnhonouredSetting("encoding", config.line("encoding"), "Jekyll reads the site's files as "
                    + encoding));
        }
        return found;
    }

    private static void limitPosts(ConfigValues config, List<UnhonouredSetting> found) {
        YamlNode node = config.node("limit_posts");
        if (node == null) {
            return;
        }
        String value = node instanceof YamlNode.Scalar s ? s.value() : null;
        if (value == null || !value.matches("[+]?\\d{1,9}")) {
            config.report(node, "limit_posts must be a whole number (0 for no limit), not " + ConfigValues.shape(node)
                    + "; Jekyll stops with an error");
        } else if (Integer.parseInt(value.replace("+", "")) > 0) {
            found.add(new UnhonouredSetting("limit_posts", config.line("limit_posts"), "Jekyll publishes only the "
                    + Integer.parseInt(value.replace("+", "")) + " newest posts"));
        }
    }

    private static void customPlugins(ConfigValues config, Path siteDirectory, List<UnhonouredSetting> found) {
        List<String> folders = config.node("plugins_dir") instanceof YamlNode.Sequence
                ? config.texts("plugins_dir", List.of()) : List.of(config.text("plugins_dir", "_plugins"));
        for (String folder : folders) {
            if (holdsRubyFiles(siteDirectory, folder)) {
                found.add(new UnhonouredSetting("plugins_dir", config.line("plugins_dir"), "Jekyll runs the site's"
                        + " own Ruby plugins in " + folder + ", which may add, drop or move posts"));
                return;
            }
        }
    }

    private static boolean holdsRubyFiles(Path siteDirectory, String folder) {
        try {
            Path dir = siteDirectory.resolve(folder).normalize();
            if (!dir.startsWith(siteDirectory.normalize()) || !Files.isDirectory(dir)) {
                return false;
            }
            try (Stream<Path> walk = Files.walk(dir, 8)) {
                return walk.anyMatch(p -> p.getFileName().toString().endsWith(".rb") && Files.isRegularFile(p));
            }
        } catch (IOException | UncheckedIOException | InvalidPathException | SecurityException e) {
            return false; // an unreadable plugins folder is Jekyll's problem to report; nothing is known to run
        }
    }
}

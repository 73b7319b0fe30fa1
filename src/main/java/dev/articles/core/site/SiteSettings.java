package dev.articles.core.site;

import dev.articles.core.settings.MarkdownFlavour;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a Jekyll 4.3.1 site that decide which posts and documents it reads and where it puts them, as
 * Jekyll reads them from {@code _config.yml} over its defaults ({@link SiteSettingsReader}), and the Markdown its
 * articles are written in. Other rendering settings ({@code kramdown} options but {@code input}, {@code highlighter},
 * {@code excerpt_separator}...) are not here.
 *
 * @param configFile the file read, or {@code null} when the site has none (then every value is Jekyll's default)
 * @param permalink {@code permalink}: a style name or a template; default {@code date}
 * @param timezone {@code timezone}, or {@code null} when unset (Jekyll then uses the machine's zone) or unknown
 * @param defaults {@code defaults}, the usable entries in order
 * @param exclude {@code exclude} followed by Jekyll's default excludes ({@code .sass-cache}, {@code Gemfile},
 *     {@code node_modules}, {@code vendor/bundle/}...), each once
 * @param include {@code include}; default {@code [.htaccess]} (a written list replaces it)
 * @param collections the collections by label, {@code posts} always among them
 * @param collectionsDir {@code collections_dir}: the folder holding the collections (and posts); {@code ""} for the
 *     site folder
 * @param baseurl {@code baseurl}, or {@code null}
 * @param url {@code url}, or {@code null}
 * @param future {@code future}: whether posts dated after the build are published; default {@code false}
 * @param showDrafts {@code show_drafts}: whether drafts are published; default {@code false}
 * @param unpublished {@code unpublished}: whether documents with {@code published: false} are published; default
 *     {@code false}
 * @param markdownExtensions {@code markdown_ext} split at commas and lower-cased, without dots (and, as in Jekyll,
 *     without trimming spaces); default {@code markdown, mkdown, mkdn, mkd, md}
 * @param lang {@code lang}, or {@code null}
 * @param markdownFlavour from {@code markdown} and {@code kramdown.input}: kramdown unless another converter is named
 * @param unhonoured the settings present that change reading or addresses but are not honoured here, see
 *     {@link SiteSettingsReader}
 * @param plugins {@code plugins} and its old name {@code gems}: the plugins Jekyll loads ({@code jekyll-feed}...)
 */
public record SiteSettings(
        Path configFile,
        String permalink,
        ZoneId timezone,
        List<DefaultsSet> defaults,
        List<String> exclude,
        List<String> include,
        Map<String, SiteCollection> collections,
        String collectionsDir,
        String baseurl,
        String url,
        boolean future,
        boolean showDrafts,
        boolean unpublished,
        List<String> markdownExtensions,
        String lang,
        MarkdownFlavour markdownFlavour,
        List<UnhonouredSetting> unhonoured,
        List<String> plugins) {

    /** Jekyll's {@code permalink} default. */
    public static final String DEFAULT_PERMALINK = "date";
    /** Jekyll's {@code include} default. */
    public static final List<String> DEFAULT_INCLUDE = List.of(".htaccess");
    /** {@code Configuration::DEFAULT_EXCLUDES}, added to every site's {@code exclude}. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(".sass-cache", ".jekyll-cache", "gemfiles",
            "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/",
            "vendor/ruby/");
    /** Jekyll's {@code markdown_ext} default, split. */
    public static final List<String> DEFAULT_MARKDOWN_EXTENSIONS = List.of("markdown", "mkdown", "mkdn", "mkd", "md");

    public SiteSettings {
        defaults = List.copyOf(defaults);
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
        collections = Collections.unmodifiableMap(new LinkedHashMap<>(collections));
        markdownExtensions = List.copyOf(markdownExtensions);
        unhonoured = List.copyOf(unhonoured);
        plugins = List.copyOf(plugins);
    }

    /** The settings of a site without {@code _config.yml}: Jekyll's defaults. */
    public static SiteSettings jekyllDefaults() {
        Map<String, SiteCollection> collections = new LinkedHashMap<>();
        collections.put("posts", new SiteCollection("posts", true, JekyllUrl.template(DEFAULT_PERMALINK, true), 0));
        return new SiteSettings(null, DEFAULT_PERMALINK, null, List.of(), DEFAULT_EXCLUDES, DEFAULT_INCLUDE,
                collections, "", null, null, false, false, false, DEFAULT_MARKDOWN_EXTENSIONS, null,
                MarkdownFlavour.KRAMDOWN, List.of(), List.of());
    }

    /**
     * The template of the collection {@code label}'s addresses ({@code Collection#url_template}): its own
     * {@code permalink}, else {@link JekyllUrl#template} of the site's {@code permalink}.
     */
    public String urlTemplate(String label) {
        SiteCollection collection = collections.get(label);
        if (collection != null && collection.permalink() != null) {
            return collection.permalink();
        }
        return JekyllUrl.template(permalink, label.equals("posts"));
    }

    /**
     * The folder of the collection {@code label} relative to the site, {@code /}-separated: {@code _recipes}, or
     * {@code my_collections/_recipes} under a {@code collections_dir}.
     */
    public String collectionFolder(String label) {
        String dir = collectionsDir.replaceAll("^/+|/+$", "");
        return dir.isEmpty() ? "_" + label : dir + "/_" + label;
    }

    /** Whether a file with extension {@code extname} ({@code .md}) is Markdown to Jekyll. */
    public boolean markdown(String extname) {
        String lower = RubyText.downcase(extname);
        return lower.startsWith(".") && markdownExtensions.contains(lower.substring(1));
    }

    /** The names of {@link #unhonoured}, each once, in order. */
    public List<String> unhonouredNames() {
        return unhonoured.stream().map(UnhonouredSetting::name).distinct().toList();
    }
}

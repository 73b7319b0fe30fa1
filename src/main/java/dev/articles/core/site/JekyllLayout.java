package dev.articles.core.site;

import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.FrontMatterFields;
import dev.articles.core.frontmatter.JekyllFileName;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.settings.MarkdownFlavour;
import dev.articles.core.source.ContentScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Jekyll site read as Jekyll 4 reads it: posts in every {@code _posts} folder (categories from the folders above
 * it), drafts in {@code _drafts} folders, the documents of collections with {@code output: true}; files Jekyll
 * treats as pages, and folders it leaves out ({@code _}, {@code .}, {@code #}, {@code ~}, {@code exclude}), are not
 * articles. Addresses follow the site's permalinks ({@link JekyllUrl}); front matter defaults apply by path and type.
 */
public final class JekyllLayout implements ContentLayout {
    /** A setting of {@code _config.yml} changes how posts are read or addressed, and the plugin does not follow it. */
    public static final Rule SETTING_UNHONOURED = Rule.configurable("site.setting-unsupported", Severity.WARNING,
            "A Jekyll setting that changes how posts are read is not followed.");
    /** The rules above. */
    public static final List<Rule> RULES = List.of(SETTING_UNHONOURED);

    private static final String POSTS_FOLDER = "_posts";
    private static final String DRAFTS_FOLDER = "_drafts";

    private final SiteSettings site;
    private final Clock clock;
    private final ZoneId zone;
    private final ContentScanner excluded;
    private final String fingerprint;
    private final JekyllEntryFilter filter;
    private final FrontMatterDefaults defaults;

    private JekyllLayout(SiteSettings site, Clock clock, ZoneId zone, ContentScanner excluded,
            String fingerprint) {
        this.site = site;
        this.clock = clock;
        this.zone = zone;
        this.excluded = excluded;
        this.fingerprint = fingerprint;
        this.filter = new JekyllEntryFilter(site);
        this.defaults = FrontMatterDefaults.of(site);
    }

    /** The layout of the site at the request's content directory; problems of its {@code _config.yml} are added. */
    static JekyllLayout read(ContentRequest request, List<Diagnostic> problems) {
        Path dir = request.contentDirectory();
        SiteSettings site = SiteSettingsReader.read(dir, problems);
        for (UnhonouredSetting u : site.unhonoured()) {
            problems.add(Diagnostic.of(dir.resolve(Site.JEKYLL_CONFIG), u.line(), 1, SETTING_UNHONOURED,
                    "'" + u.name() + "' is not followed: " + u.reason()));
        }
        if (request.permalink() != null) {
            site = new SiteSettings(site.configFile(), request.permalink(), site.timezone(), site.defaults(),
                    site.exclude(), site.include(), site.collections(), site.collectionsDir(), site.baseurl(),
                    site.url(), site.future(), site.showDrafts(), site.unpublished(), site.markdownExtensions(),
                    site.lang(), site.markdownFlavour(), site.unhonoured(), site.plugins());
        }
        String config;
        try {
            config = Files.isRegularFile(dir.resolve(Site.JEKYLL_CONFIG))
                    ? Files.readString(dir.resolve(Site.JEKYLL_CONFIG)) : "";
        } catch (IOException e) {
            config = "unreadable";
        }
        // Only the pom's excludes apply on top: its includes default to every Markdown file.
        ContentScanner pomExcludes = new ContentScanner(List.of("**"), request.excludes());
        String fingerprint = "jekyll\n" + request.permalink() + "\n" + request.timeZone() + "\n" + config;
        return new JekyllLayout(site, request.clock(), request.timeZone(), pomExcludes, fingerprint);
    }

    /** This layout with dates placed in {@code zone} (the site's {@code timezone}, or the build's). */
    JekyllLayout inZone(ZoneId other) {
        return new JekyllLayout(site, clock, other, excluded, fingerprint + "\n" + other);
    }

    /** The zone the site's dates are placed in: its {@code timezone}, or the build's. */
    public ZoneId zone() {
        return zone;
    }

    /** The site's settings as read. */
    public SiteSettings settings() {
        return site;
    }

    @Override
    public MarkdownFlavour markdown() {
        return site.markdownFlavour();
    }

    @Override
    public boolean isArticle(String source) {
        if (!excluded.selected(source) || !site.markdown(RubyText.extname(source)) || filter.excluded(source)) {
            return false;
        }
        return posts(source) || drafts(source) || collection(source) != null;
    }

    /** A folder no page, post or collection document below it is read from ({@code .git}, {@code _site}...). */
    @Override
    public boolean skipsFolder(String folder) {
        for (SiteCollection c : site.collections().values()) {
            String f = site.collectionFolder(c.label());
            if (f.equals(folder) || f.startsWith(folder + "/") || folder.startsWith(f + "/")) {
                return false;
            }
        }
        return filter.excluded(folder + "/x.md") && filter.excluded(folder + "/_posts/2000-01-01-x.md");
    }

    @Override
    public Placement place(String source) {
        String id = Placement.withoutExtension(source);
        String relative = relativeToCollectionsDir(source);
        String label = posts(source) || drafts(source) ? "posts" : collection(source);
        boolean post = label.equals("posts");
        DocumentPath doc = new DocumentPath(relative, post ? POSTS_FOLDER : "_" + label);
        String fileName = source.substring(source.lastIndexOf('/') + 1);
        JekyllFileName name = post ? JekyllFileName.of(fileName)
                : new JekyllFileName(false, null, null, doc.fileNameSlug());
        boolean draft = post && doc.draft();
        boolean skipped = post && !draft && !name.post();
        return new Placement(source, id, label, doc.categoriesFromPath(), draft, name, post && !draft, skipped);
    }

    /**
     * The front matter with what Jekyll adds before reading it: the site's {@code defaults} for this path and type,
     * and a document's title from its file name ({@code populate_title}). Added values stand at line 1 of the file.
     */
    @Override
    public YamlNode.Mapping withDefaults(Placement place, YamlNode.Mapping frontMatter) {
        Map<String, Object> defaults = this.defaults.all(place.source(),
                place.draft() ? "drafts" : place.collection()).values();
        boolean title = frontMatter.get("title") == null; // every document: Document#populate_title
        YamlNode.Scalar utc = utcTimestamp(frontMatter.get("date"));
        if (defaults.isEmpty() && !title && utc == null) {
            return frontMatter;
        }
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>(frontMatter.entries());
        if (utc != null) {
            YamlNode.Entry e = entries.get("date");
            entries.put("date", new YamlNode.Entry("date", e.line(), e.column(), utc));
        }
        defaults.forEach((key, value) -> entries.putIfAbsent(key, new YamlNode.Entry(key, 1, 1, node(value))));
        if (title && frontMatter.get("title") == null && !entries.containsKey("title")) {
            String t = JekyllFileName.titleize(place.name().slug());
            entries.put("title", new YamlNode.Entry("title", 1, 1, new YamlNode.Scalar(t, true, 1, 1)));
        }
        return new YamlNode.Mapping(entries, frontMatter.line(), frontMatter.column());
    }

    /** A YAML timestamp with a time of day: what Jekyll's YAML reader takes for a time, not for text. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|[ \\t]+)\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d*)?");

    /**
     * An unquoted {@code date} written as a full YAML timestamp without an offset, as Jekyll reads it: in UTC, not
     * in the site's {@code timezone} (its YAML reader makes a UTC time of it; a quoted date, or one without seconds,
     * is text that Jekyll places in the site's zone). {@code null} for every other date.
     */
    private static YamlNode.Scalar utcTimestamp(YamlNode date) {
        if (date instanceof YamlNode.Scalar s && !s.quoted() && s.value() != null
                && TIMESTAMP.matcher(s.value().strip()).matches()) {
            return new YamlNode.Scalar(s.value().strip() + " +00:00", false, s.line(), s.column());
        }
        return null;
    }

    private static YamlNode node(Object value) {
        if (value instanceof List<?> list) {
            return new YamlNode.Sequence(list.stream().map(JekyllLayout::node).toList(), 1, 1);
        }
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(String.valueOf(k), new YamlNode.Entry(String.valueOf(k), 1, 1, node(v))));
            return new YamlNode.Mapping(entries, 1, 1);
        }
        return new YamlNode.Scalar(value == null ? null : value.toString(), false, 1, 1);
    }

    /** The front matter with the categories of the post's folders first, and a draft by its folder. */
    @Override
    public FrontMatter complete(Placement place, FrontMatter fm) {
        return new FrontMatter(fm.title(), fm.date(), fm.slug(), fm.slugLine(), fm.slugColumn(),
                FrontMatterFields.mergeCategories(place.categories(), fm.categories()), fm.tags(), fm.author(), fm.excerpt(), fm.declaredReadingMinutes(),
                fm.draft() || place.draft(), fm.extra());
    }

    @Override
    public String url(Placement place, FrontMatter fm) throws AddressException {
        Object permalink = fm.extra().get("permalink");
        String own = permalink instanceof String p && !p.isBlank() ? p : null;
        if (place.dateRequired() && fm.date() == null) {
            return null;
        }
        DocumentPath doc = new DocumentPath(relativeToCollectionsDir(place.source()),
                place.collection().equals("posts") ? POSTS_FOLDER : "_" + place.collection());
        // A draft without a date is addressed as if written now, as Jekyll dates it by its file's time.
        ZonedDateTime date = fm.date() != null ? fm.date().atZoneSameInstant(zone)
                : fm.draft() ? ZonedDateTime.now(clock).withZoneSameInstant(zone) : null;
        UrlFields fields = UrlFields.of(place.collection(), doc, fm.slug(), fm.categories(), date,
                JekyllUrl.outputExt(doc.extname(), own, site.markdownExtensions()));
        try {
            return JekyllUrl.url(site.urlTemplate(place.collection()), own, fields);
        } catch (UrlTemplateException e) {
            throw new AddressException(e.getMessage());
        } catch (IllegalArgumentException needsDate) {
            return null; // a draft or document without a date, and an address made of it: the reader says so
        }
    }

    @Override
    public boolean holdsFuture() {
        return !site.future();
    }

    @Override
    public String assetsUrl() {
        return "/"; // a Jekyll site serves its files at their own paths
    }

    @Override
    public List<String> dependencyFolders() {
        return List.of("_includes", "_data");
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    private boolean posts(String source) {
        return hasFolder(source, POSTS_FOLDER);
    }

    private boolean drafts(String source) {
        return hasFolder(source, DRAFTS_FOLDER) && !posts(source);
    }

    private static boolean hasFolder(String source, String folder) {
        return source.startsWith(folder + "/") || source.contains("/" + folder + "/");
    }

    /** The label of the output collection the file is in, or {@code null}. */
    private String collection(String source) {
        for (SiteCollection c : site.collections().values()) {
            if (!c.label().equals("posts") && c.output() && source.startsWith(site.collectionFolder(c.label()) + "/")) {
                return c.label();
            }
        }
        return null;
    }

    private String relativeToCollectionsDir(String source) {
        String dir = site.collectionsDir().replaceAll("^/+|/+$", "");
        return !dir.isEmpty() && source.startsWith(dir + "/") ? source.substring(dir.length() + 1) : source;
    }
}

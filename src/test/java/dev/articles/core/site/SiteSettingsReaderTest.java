package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading {@code _config.yml} as Jekyll 4.3.1 does. Where the value is Jekyll's reading rather than the text written
 * (a quoted {@code "false"} is true, {@code yes} and {@code off} are booleans, {@code markdown_ext} is lower-cased,
 * the posts' {@code output: false} is overridden, an explicit {@code collections.posts.permalink: pretty} is used as
 * written), it was checked against jekyll 4.3.1 by building a site with those settings and listing its
 * collections, their {@code output} and their documents' addresses.
 */
class SiteSettingsReaderTest {
    @TempDir
    Path site;

    private final List<Diagnostic> problems = new ArrayList<>();

    private SiteSettings read(String config) throws IOException {
        Files.writeString(site.resolve("_config.yml"), config, StandardCharsets.UTF_8);
        return SiteSettingsReader.read(site, problems);
    }

    /** Diagnostics as {@code line:column rule: message}, in the order they are printed. */
    private List<String> problems() {
        return problems.stream().sorted(Diagnostic.ORDER).map(d -> {
            assertEquals(site.resolve("_config.yml"), d.file());
            assertEquals(Severity.ERROR, d.severity());
            return d.line() + ":" + d.column() + " " + d.rule() + ": " + d.message();
        }).toList();
    }

    private static final String BLOG = """
            # A small bilingual notebook about Java builds
            title: 技術メモ
            description: Notes on Java, Maven and the tools around them
            url: "https://notes.example.org"
            baseurl: /blog
            lang: ja
            timezone: Asia/Tokyo
            permalink: /:categories/:year/:month/:title/
            future: false
            show_drafts: yes
            unpublished: off
            markdown_ext: "md,markdown,MDown"
            collections_dir: content
            collections:
              tutorials:
                output: true
                permalink: /learn/:path/
              snippets:
                output: "false"
              posts:
                output: false
            exclude:
              - README.md
              - scripts/
              - "*.sh"
            include:
              - .well-known
            defaults:
              - scope:
                  path: ""
                  type: posts
                values:
                  layout: post
                  comments: true
              - scope:
                  path: content/_tutorials
                values:
                  layout: tutorial
                  author:
                    name: Hanako
                    site: https://hanako.example.org
            plugins:
              - jekyll-feed
              - jekyll-archives
            limit_posts: 20
            markdown: kramdown
            kramdown:
              input: GFM
              hard_wrap: false
            theme: minima
            """;

    @Test
    void aRealisticSite() throws IOException {
        SiteSettings s = read(BLOG);
        assertEquals(List.of(), problems());
        assertEquals(site.resolve("_config.yml"), s.configFile());
        assertEquals("/:categories/:year/:month/:title/", s.permalink());
        assertEquals(ZoneId.of("Asia/Tokyo"), s.timezone());
        assertEquals("https://notes.example.org", s.url());
        assertEquals("/blog", s.baseurl());
        assertEquals("ja", s.lang());
        assertFalse(s.future());
        assertTrue(s.showDrafts());
        assertFalse(s.unpublished());
        assertEquals(List.of("md", "markdown", "mdown"), s.markdownExtensions());
        assertTrue(s.markdown(".MDown"));
        assertFalse(s.markdown(".txt"));
        assertEquals("content", s.collectionsDir());
        assertEquals(List.of("README.md", "scripts/", "*.sh", ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile",
                "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"),
                s.exclude());
        assertEquals(List.of(".well-known"), s.include());
    }

    @Test
    void collectionsOfTheRealisticSite() throws IOException {
        SiteSettings s = read(BLOG);
        assertEquals(List.of("posts", "tutorials", "snippets"), List.copyOf(s.collections().keySet()));
        // posts: output forced on; the template of the site's permalink
        assertEquals(new SiteCollection("posts", true, "/:categories/:year/:month/:title/", 20),
                s.collections().get("posts"));
        assertEquals(new SiteCollection("tutorials", true, "/learn/:path/", 15), s.collections().get("tutorials"));
        // output: "false" is quoted text, which Ruby takes for true
        assertEquals(new SiteCollection("snippets", true, null, 18), s.collections().get("snippets"));
        assertEquals("/learn/:path/", s.urlTemplate("tutorials"));
        assertEquals("/:collection/:path/", s.urlTemplate("snippets"));
        assertEquals("/:categories/:year/:month/:title/", s.urlTemplate("posts"));
        assertEquals("content/_tutorials", s.collectionFolder("tutorials"));
    }

    @Test
    void defaultsOfTheRealisticSite() throws IOException {
        List<DefaultsSet> defaults = read(BLOG).defaults();
        assertEquals(2, defaults.size());
        assertEquals(new DefaultsSet(true, "", "posts", Map.of("layout", "post", "comments", "true"), 29),
                defaults.get(0));
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("name", "Hanako");
        author.put("site", "https://hanako.example.org");
        assertEquals(new DefaultsSet(true, "content/_tutorials", null, Map.of("layout", "tutorial", "author", author),
                35), defaults.get(1));
    }

    @Test
    void settingsThatAreNotHonouredAreListedOnce() throws IOException {
        SiteSettings s = read(BLOG);
        assertEquals(List.of(
                new UnhonouredSetting("limit_posts", 45, "Jekyll publishes only the 20 newest posts"),
                new UnhonouredSetting("plugins", 42, "Jekyll runs the plugin jekyll-archives, which may add, drop or"
                        + " move posts"),
                new UnhonouredSetting("theme", 50, "the theme's own _config.yml may set permalink and defaults"
                        + " beneath the site's, and is not read")), s.unhonoured());
        assertEquals(List.of("limit_posts", "plugins", "theme"), s.unhonouredNames());
    }

    @Test
    void customRubyPluginsAreListedOutsideSafeMode() throws IOException {
        Files.createDirectories(site.resolve("_plugins/generators"));
        Files.writeString(site.resolve("_plugins/generators/archive.rb"), "# a generator\n");
        assertEquals(List.of("plugins_dir"), read("title: x\n").unhonouredNames());
        assertEquals(List.of(), read("safe: true\n").unhonouredNames());
        assertEquals(List.of("plugins", "plugins_dir", "encoding"),
                read("plugins: [jekyll-polyglot, jekyll-seo-tag]\nencoding: Shift_JIS\nlimit_posts: 0\n")
                        .unhonouredNames());
        assertEquals(List.of("plugins"), read("safe: true\nwhitelist: [jekyll-archives]\n"
                + "plugins: [jekyll-archives, jekyll-polyglot]\n").unhonouredNames());
    }

    @Test
    void withoutAFileTheSettingsAreJekyllsDefaults() {
        SiteSettings s = SiteSettingsReader.read(site, problems);
        assertEquals(List.of(), problems());
        assertNull(s.configFile());
        assertEquals("date", s.permalink());
        assertNull(s.timezone());
        assertEquals(List.of(".htaccess"), s.include());
        assertEquals(SiteSettings.DEFAULT_EXCLUDES, s.exclude());
        assertEquals(List.of("markdown", "mkdown", "mkdn", "mkd", "md"), s.markdownExtensions());
        assertEquals(Map.of("posts", new SiteCollection("posts", true,
                "/:categories/:year/:month/:day/:title:output_ext", 0)), s.collections());
        assertEquals("", s.collectionsDir());
        assertFalse(s.future() || s.showDrafts() || s.unpublished());
        assertEquals(List.of(), s.unhonoured());
        assertEquals(SiteSettings.jekyllDefaults(), s);
    }

    @Test
    void anUnknownTimeZoneIsReportedAtItsValue() throws IOException {
        SiteSettings s = read("title: x\ntimezone:   Asia/Tokio\n");
        assertNull(s.timezone());
        assertEquals(List.of("2:13 site.setting: timezone: 'Asia/Tokio' is not a time zone name of the tz database"
                + " (did you mean 'Asia/Tokyo'?); Jekyll would quietly use UTC"), problems());
    }

    @Test
    void offsetsAndAbbreviationsAreNoTimeZoneNames() throws IOException {
        read("timezone: +09:00\n");
        read("timezone: JST\n");
        read("timezone: UTC+9\n");
        assertEquals(3, problems.size());
        assertEquals(ZoneId.of("Etc/UTC"), read("timezone: Etc/UTC\n").timezone());
        assertEquals(3, problems.size());
    }

    @Test
    void aDuplicateKeyMakesTheFileUnreadable() throws IOException {
        SiteSettings s = read("permalink: pretty\ntitle: x\npermalink: none\n");
        assertEquals(List.of("3:1 site.config: duplicate key 'permalink' (first written on line 1); remove one of"
                + " them"), problems());
        assertEquals(SiteSettings.jekyllDefaults(), s);
    }

    @Test
    void theFileMustBeOneMappingOfValidYaml() throws IOException {
        read("- permalink\n- pretty\n");
        read("exclude: [a, b\n");
        read("base: &b /x\nbaseurl: *b\n");
        List<String> found = problems();
        assertEquals("1:1 site.config: _config.yml must be a set of 'key: value' lines, not a list", found.get(0));
        assertEquals("1:7 site.config: YAML anchors (&b) are not allowed in _config.yml", found.get(1));
        assertEquals("1:10 site.config: invalid YAML: a list opened with '[' on line 1 is not closed; end it with ']'",
                found.get(2));
        assertEquals(3, found.size());
    }

    @Test
    void tomlIsReportedAndYamlAltNameIsRead() throws IOException {
        Files.writeString(site.resolve("_config.yaml"), "permalink: pretty\n");
        assertEquals("pretty", SiteSettingsReader.read(site, problems).permalink());
        Files.delete(site.resolve("_config.yaml"));
        Files.writeString(site.resolve("_config.toml"), "permalink = \"pretty\"\n");
        assertEquals("date", SiteSettingsReader.read(site, problems).permalink());
        assertEquals(List.of("0:0 site.config: the site is configured in TOML, which this plugin cannot read; write"
                + " it as _config.yml"), problems.stream().map(d -> d.line() + ":" + d.column() + " " + d.rule()
                        + ": " + d.message()).toList());
    }

    @Test
    void wrongShapesAreReportedWhereWritten() throws IOException {
        SiteSettings s = read("""
                permalink: [a]
                exclude: vendor
                include: [.htaccess, [x]]
                collections: {"my recipes": {output: true}, data: {}, notes: true, docs: {permalink: }}
                defaults:
                  - values: {a: b}
                  - scope: {path: x}
                    values: {a: c}
                  - {scope: {path: y}}
                  - scope: {type: }
                    values: {a: d}
                  - values: {a: e}
                limit_posts: many
                future: [yes]
                """);
        assertEquals(List.of(
                "1:12 site.setting: permalink must be text, not a list; Jekyll cannot use it",
                "2:10 site.setting: exclude must be a list, such as [exclude-item], not 'vendor'; Jekyll stops with"
                        + " an error",
                "3:22 site.setting: each item of include must be text, not a list; Jekyll ignores it",
                "4:15 site.setting: the collection 'my recipes' is read from the folder _myrecipes and none of its"
                        + " settings apply: Jekyll keeps only the letters a-z, digits, '_', '-' and '.' of a label;"
                        + " rename it 'myrecipes'",
                "4:45 site.setting: Jekyll does not read a collection named 'data' (the name belongs to _data);"
                        + " rename it",
                "4:62 site.setting: the settings of the collection 'notes' must be 'key: value' lines (output,"
                        + " permalink), not 'true'; Jekyll stops with an error",
                "4:85 site.setting: the permalink of the collection 'docs' must be a template such as"
                        + " /:collection/:path/, not empty; Jekyll fails on each of its documents without a permalink"
                        + " of its own",
                "9:5 site.setting: this defaults entry has no 'values:' lines; Jekyll ignores it",
                "10:18 site.setting: the scope's type must be text, not empty; Jekyll stops with an error",
                "12:5 site.setting: this defaults entry has no scope and follows one that has: Jekyll 4.3.1 stops"
                        + " with an error on every file both apply to; add 'scope: {path: \"\"}'",
                "13:14 site.setting: limit_posts must be a whole number (0 for no limit), not 'many'; Jekyll stops"
                        + " with an error",
                "14:9 site.setting: future must be true or false, not a list; Jekyll takes it for true"),
                problems());
        assertEquals("date", s.permalink());
        assertEquals(SiteSettings.DEFAULT_EXCLUDES, s.exclude());
        assertEquals(List.of(".htaccess"), s.include());
        assertEquals(List.of("posts", "myrecipes", "data", "notes", "docs"), List.copyOf(s.collections().keySet()));
        assertFalse(s.collections().get("myrecipes").output());
        assertEquals(3, s.defaults().size());
        assertTrue(s.future());
    }

    /** Checked against jekyll 4.3.1: with this setting a post's address is {@code /pretty}, the text as written. */
    @Test
    void anExplicitPostsPermalinkIsUsedAsWritten() throws IOException {
        SiteSettings s = read("permalink: pretty\ncollections:\n  posts:\n    permalink: pretty\n");
        assertEquals("pretty", s.urlTemplate("posts"));
        assertEquals("/:collection/:path/", s.urlTemplate("recipes"));
        s = read("collections: [things]\n");
        assertEquals(new SiteCollection("things", false, null, 1), s.collections().get("things"));
        assertEquals("/:collection/:path:output_ext", s.urlTemplate("things"));
        assertEquals(List.of(), problems());
    }

    @Test
    void theRulesAreInTheCatalog() {
        for (var rule : SiteSettingsReader.RULES) {
            assertEquals(rule, RuleCatalog.get(rule.id()));
            assertFalse(rule.configurable());
        }
    }
}

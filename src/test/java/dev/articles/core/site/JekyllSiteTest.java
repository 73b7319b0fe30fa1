package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Article;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.SiteFormat;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small Jekyll-shaped site read whole: which files are articles, and each article's id, address, date, title,
 * categories, tags and defaults. The expected values are what Jekyll 4.3.1 made of the same site (built with
 * {@code jekyll build} and a page listing {@code site.documents}).
 */
class JekyllSiteTest {
    @TempDir
    Path temp;

    private ContentFixture site;

    @BeforeEach
    void writeSite() {
        // As a pom without <timeZone>: the site's timezone applies.
        ContentFixture fixture = new ContentFixture(temp.resolve("site"));
        site = fixture.settings(CheckSettings.defaults().withTimeZoneExplicit(false));
        site.lines("_config.yml",
                "title: Fixture",
                "timezone: Asia/Tokyo",
                "permalink: /:categories/:year/:month/:day/:title/",
                "collections:",
                "  guides:",
                "    output: true",
                "    permalink: /guides/:path/",
                "  notes:",
                "    output: false",
                "defaults:",
                "  - scope:",
                "      path: ja",
                "      type: posts",
                "    values:",
                "      author: 編集部",
                "exclude:",
                "  - drafts-old");
        // The same post name in two language folders: two posts, two addresses.
        site.lines("en/news/_posts/2026-2-5-welcome.md", "---", "title: Welcome", "date: 2026-02-05 9:00:00 +0000",
                "---", "", "Welcome to the English news.");
        site.lines("ja/news/_posts/2026-02-05-welcome.md", "---", "title: ようこそ", "date: 2026-02-05 23:30:00 +0000",
                "---", "", "日本語のお知らせです。");
        site.lines("_posts/2026-02-10-release.md", "---", "title: Release 1.0", "category: Release Notes",
                "tags: java maven", "---", "", "The first release.");
        site.lines("_posts/notes.md", "---", "title: Notes", "---", "", "Not a post: no date in the name.");
        site.lines("_posts/2099-01-01-scheduled.md", "---", "title: Scheduled", "date: 2099-01-01 10:00:00 +0900",
                "---", "", "Later.");
        site.lines("_drafts/idea.md", "---", "title: Idea", "---", "", "A draft.");
        site.lines("_guides/start/install.md", "---", "title: Install", "---", "", "How to install.");
        site.lines("_guides/untitled-guide.md", "---", "---", "", "A guide without a title.");
        site.lines("_notes/private.md", "---", "title: Private", "---", "", "Not published.");
        site.lines("about.md", "---", "title: About", "---", "", "A page, not an article.");
        site.lines("drafts-old/_posts/2020-01-01-old.md", "---", "title: Old", "---", "", "Excluded.");
        site.lines("_layouts/default.html", "{{ content }}");
    }

    @Test
    void anUnquotedTimestampWithoutOffsetIsUtcAsJekyllReadsItAQuotedOneIsInTheSitesZone() {
        site.lines("_posts/2026-02-20-unquoted.md", "---", "title: Unquoted", "date: 2026-02-20 23:30:00", "---", "",
                "Read by Jekyll's YAML reader as a time in UTC.");
        site.lines("_posts/2026-02-20-quoted.md", "---", "title: Quoted", "date: \"2026-02-20 23:30:00\"", "---", "",
                "Read as text, in the site's timezone.");
        ContentResult result = site.check();
        assertEquals(List.of(
                "_posts/2026-02-20-unquoted | /2026/02/21/unquoted/ | unquoted | posts | 2026-02-20T23:30Z | Unquoted"
                        + " |  |  | null | false",
                "_posts/2026-02-20-quoted | /2026/02/20/quoted/ | quoted | posts | 2026-02-20T23:30+09:00 | Quoted"
                        + " |  |  | null | false"),
                result.articles().stream().filter(a -> a.id().contains("quoted")).map(JekyllSiteTest::row).toList());
    }

    /** id | url | slug | collection | date | title | categories | tags | author | draft */
    private static String row(Article a) {
        return String.join(" | ", a.id(), a.url(), a.slug(), a.collection(), String.valueOf(a.date()), a.title(),
                String.join(",", a.categories()), String.join(",", a.tags()), String.valueOf(a.author()),
                String.valueOf(a.draft()));
    }

    @Test
    void postsAndOutputCollectionsAreArticlesAddressedAsJekyllAddressesThem() {
        ContentResult result = site.check();
        assertEquals(List.of(
                "_posts/notes.md:[1,1] post.skipped: Jekyll skips this file: a post's name must start with its date"
                        + " (2026-02-05-notes.md); rename it, or move it out of _posts"),
                site.show(result.diagnostics()));
        assertEquals(List.of(
                "_posts/2026-02-10-release | /release%20notes/2026/02/10/release/ | release | posts"
                        + " | 2026-02-10T00:00+09:00 | Release 1.0 | Release Notes | java,maven | null | false",
                "ja/news/_posts/2026-02-05-welcome | /ja/news/2026/02/06/welcome/ | welcome | posts"
                        + " | 2026-02-05T23:30Z | ようこそ | ja,news |  | 編集部 | false",
                "en/news/_posts/2026-2-5-welcome | /en/news/2026/02/05/welcome/ | welcome | posts"
                        + " | 2026-02-05T09:00Z | Welcome | en,news |  | null | false",
                "_guides/start/install | /guides/start/install/ | install | guides | null | Install |  |  | null | false",
                "_guides/untitled-guide | /guides/untitled-guide/ | untitled-guide | guides | null | Untitled Guide"
                        + " |  |  | null | false"),
                result.articles().stream().map(JekyllSiteTest::row).toList());
    }

    @Test
    void draftsAndScheduledPostsAreReadAndHeldBack() {
        ContentResult result = site.drafts(true).check();
        assertEquals(List.of(
                "_posts/2099-01-01-scheduled | /2099/01/01/scheduled/ | scheduled | posts | 2099-01-01T10:00+09:00"
                        + " | Scheduled |  |  | null | true",
                "_drafts/idea | /2026/03/01/idea/ | idea | posts | null | Idea |  |  | null | true"),
                result.articles().stream().filter(Article::draft).map(JekyllSiteTest::row).toList());
    }

    @Test
    void thePomsPermalinkOverridesTheSitesAndPlainReadingIgnoresTheSite() {
        ContentResult pretty = site.site(SiteFormat.AUTO, "pretty").check();
        assertEquals("/en/news/2026/02/05/welcome/", pretty.articles().stream()
                .filter(a -> a.id().startsWith("en/")).findFirst().orElseThrow().url());
        // Read plain, every Markdown file is an article: pages, drafts, notes, documents without dates too.
        ContentFixture plain = site.site(SiteFormat.PLAIN, null);
        assertEquals(List.of("_drafts/idea.md:[1,1] front-matter.date", "_guides/start/install.md:[1,1] front-matter.date",
                "_guides/untitled-guide.md:[1,1] front-matter.date", "_guides/untitled-guide.md:[1,1] front-matter.title",
                "_notes/private.md:[1,1] front-matter.date", "_posts/notes.md:[1,1] front-matter.date",
                "about.md:[1,1] front-matter.date"),
                plain.diagnostics().stream().filter(d -> d.rule().startsWith("front-matter.d") && !d.rule().endsWith("future")
                        || d.rule().equals("front-matter.title")).map(d -> plain.where(d) + " " + d.rule()).toList());
    }

    @Test
    void aChangedConfigReadsTheSiteAgainInAnIncrementalBuild() throws Exception {
        Path state = temp.resolve("state");
        Path out = temp.resolve("out");
        assertEquals("/en/news/2026/02/05/welcome/", incrementalUrlOf("en/news/_posts/2026-2-5-welcome", state, out));
        site.write("_config.yml", java.nio.file.Files.readString(site.dir().resolve("_config.yml"))
                .replace("permalink: /:categories/:year/:month/:day/:title/", "permalink: /:categories/:title:output_ext"));
        assertEquals("/en/news/welcome.html", incrementalUrlOf("en/news/_posts/2026-2-5-welcome", state, out));
    }

    /** The address the bundle of an incremental build gives the article {@code id}. */
    private String incrementalUrlOf(String id, Path state, Path out) throws Exception {
        dev.articles.core.bundle.BundleWriter writer = new dev.articles.core.bundle.BundleWriter("site", out,
                List.of());
        new dev.articles.core.build.ContentBuild().run(site.request(),
                dev.articles.core.build.BuildMemory.stored(state, site.dir()), "test", writer, false);
        com.fasterxml.jackson.databind.JsonNode index = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("META-INF/articles/site/index.json").toFile());
        for (com.fasterxml.jackson.databind.JsonNode a : index.get("articles")) {
            if (a.get("id").asText().equals(id)) {
                return a.get("url").asText();
            }
        }
        throw new AssertionError(id + " is not in the bundle: " + index);
    }

    @Test
    void kramdownDefinitionListsAndAttributeListsAreReadWithoutLosingTheirLines() {
        // kramdown's extensions move paragraphs into definition lists and attribute lists onto elements: the
        // checks still place every paragraph at its line (a detached paragraph crashed the build once).
        site.lines("_posts/2026-02-21-platforms.md", "---", "title: Platforms", "---", "",
                "The servers of the project were set up as follows, one after the other.", "",
                "alpha.example.org", ": The following services were offered by the first server.", "",
                "  * Version control for the whole team", "  * Downloads of every release", "",
                "beta.example.org (called 'beta' below)", ": The following services were offered by the second one.",
                "", "  * Web pages of the user group", "",
                "A footnote paragraph that is long enough to be compared with the others.", "{: #fn1}", "",
                // Two definition lists with one term: a label, like a heading, not a repeated paragraph.
                "Developer version (1.9 series)", ": Update to the first fixed release of the series.", "",
                "Between the lists, a paragraph of its own with enough words in it.", "",
                "Developer version (1.9 series)", ": Update to the second fixed release of the series.");
        ContentResult result = site.check();
        assertEquals(List.of(), site.show(result.diagnostics()).stream()
                .filter(f -> !f.startsWith("_posts/notes.md")).toList());
        Article a = result.articles().stream().filter(x -> x.id().endsWith("platforms")).findFirst().orElseThrow();
        assertEquals(true, a.html().contains("<p id=\"fn1\">A footnote paragraph"), a.html());
    }
}

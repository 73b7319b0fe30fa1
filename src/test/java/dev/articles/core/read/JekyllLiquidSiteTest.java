package dev.articles.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.build.BuildMemory;
import dev.articles.core.build.ContentBuild;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.model.Article;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.testing.BundleSchemas;
import dev.articles.testing.ContentFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jekyll site's Liquid, run before Markdown as Jekyll runs it: variables of {@code site}, {@code site.data} and
 * {@code page}, includes with parameters, {@code highlight}, {@code raw}, the link tags, {@code render_with_liquid};
 * problems at the file's own lines and columns; and incremental builds that render again exactly the articles whose
 * includes or data changed.
 */
class JekyllLiquidSiteTest {
    @TempDir
    Path temp;

    private ContentFixture site;

    @BeforeEach
    void writeSite() {
        site = new ContentFixture(temp.resolve("site")).settings(CheckSettings.defaults().withTimeZoneExplicit(false));
        site.lines("_config.yml", "title: Fixture", "url: https://example.org", "baseurl: /blog",
                "repository: https://example.org/repo", "permalink: /:year/:title/");
        site.lines("_includes/note.html", "<div class=\"note\">{{ include.text }}</div>");
        site.lines("_data/releases.yml", "- version: 2.7.0", "  url: https://example.org/2.7.0.tar.gz",
                "- version: 3.0.0", "  url: https://example.org/3.0.0.tar.gz");
        site.lines("_posts/2026-02-05-release.md", "---", "title: Release", "date: 2026-02-05 10:00:00 +0000", "---",
                "",
                "{% assign release = site.data.releases | where: \"version\", \"2.7.0\" | first %}",
                "Download [{{ release.version }}]({{ release.url }}) from {{ site.title }}.",
                "",
                "{% highlight ruby %}",
                "# a comment, not a heading",
                "puts \"#{1 + 1}\"",
                "{% endhighlight %}",
                "",
                "{% include note.html text=\"Read the notes first.\" %}",
                "",
                "Written {{ page.date | date: \"%Y-%m-%d\" }}; TODO: check the mirrors.");
        site.lines("_posts/2026-02-06-liquid.md", "---", "title: Liquid shown", "date: 2026-02-06 10:00:00 +0000",
                "---", "",
                "Write {% raw %}`{{ page.title }}`{% endraw %} to show a title, and see",
                "[the release]({% post_url 2026-02-05-release %}).");
        site.lines("_posts/2026-02-07-as-written.md", "---", "title: As written", "date: 2026-02-07 10:00:00 +0000",
                "render_with_liquid: false", "---", "", "The tag `{% include note.html %}` is shown as written.");
    }

    private Article article(ContentResult result, String suffix) {
        return result.articles().stream().filter(a -> a.id().endsWith(suffix)).findFirst().orElseThrow();
    }

    @Test
    void liquidRunsBeforeMarkdownAndFindingsStayAtTheirLines() throws Exception {
        ContentResult result = site.check();
        // The note after the Liquid output is found at its own line and column in the file.
        assertEquals(List.of("_posts/2026-02-05-release.md:[16,45] body.marker"),
                result.diagnostics().stream().map(d -> site.show(d).replaceAll(":[^:]*$", "")).toList());
        Path release = site.dir().resolve("_posts/2026-02-05-release.md");
        Files.writeString(release, Files.readString(release).replace("TODO: check", "Check"));
        result = site.check();
        assertEquals(List.of(), result.diagnostics());
        String html = article(result, "release").html();
        assertTrue(html.contains("Download <a href=\"https://example.org/2.7.0.tar.gz\">2.7.0</a> from"
                + " Fixture."), html);
        assertTrue(html.contains("<figure class=\"highlight\"><pre><code class=\"language-ruby\"># a comment, not a"
                + " heading&#10;puts &quot;#{1 + 1}&quot;</code></pre></figure>"), html);
        assertTrue(html.contains("<div class=\"note\">Read the notes first.</div>"), html);
        assertTrue(html.contains("Written 2026-02-05;"), html);
        assertEquals(List.of(), article(result, "release").headings());
        String shown = article(result, "liquid").html();
        assertTrue(shown.contains("<code>{{ page.title }}</code>"), shown);
        assertTrue(shown.contains("<a href=\"../release/\">the release</a>"), shown);
        assertTrue(article(result, "as-written").html().contains("<code>{% include note.html %}</code>"));
    }

    @Test
    void liquidProblemsAreLocatedInTheFile() {
        site.lines("_posts/2026-02-08-plugin.md", "---", "title: Plugin tag", "date: 2026-02-08 10:00:00 +0000",
                "---", "", "A gist:", "", "  {% gist 12345 %}");
        site.lines("_posts/2026-02-09-missing.md", "---", "title: Missing include", "date: 2026-02-09 10:00:00 +0000",
                "---", "", "Text.", "{% include nothere.html %}");
        site.lines("_posts/2026-02-10-escape.md", "---", "title: Escape", "date: 2026-02-10 10:00:00 +0000",
                "---", "", "{% include ../_config.yml %}");
        site.lines("_posts/2026-02-11-loop.md", "---", "title: Loop", "date: 2026-02-11 10:00:00 +0000",
                "---", "", "Count:", "{% for i in (1..1000000) %}{{ i }}{% endfor %}");
        site.lines("_posts/2026-02-12-unclosed.md", "---", "title: Unclosed", "date: 2026-02-12 10:00:00 +0000",
                "---", "", "{% if page.title %}", "never closed");
        site.lines("_posts/2026-02-13-filter.md", "---", "title: Filter", "date: 2026-02-13 10:00:00 +0000",
                "---", "", "Title: {{ page.title | shout }}.");
        List<String> found = site.check().diagnostics().stream().filter(d -> d.rule().startsWith("liquid."))
                .map(site::show).toList();
        assertEquals(List.of(
                "_posts/2026-02-08-plugin.md:[8,3] liquid.unsupported: '{% gist %}' is not a tag of Liquid or Jekyll"
                        + " (a Jekyll plugin's?); the article cannot be rendered as Jekyll with that plugin would",
                "_posts/2026-02-09-missing.md:[7,1] liquid.file: '{% include nothere.html %}': there is no file"
                        + " _includes/nothere.html",
                "_posts/2026-02-10-escape.md:[6,1] liquid.file: '{% include ../_config.yml %}': the file name must be"
                        + " a path inside _includes, without '..'",
                "_posts/2026-02-11-loop.md:[7,1] liquid.limit: the loops run more than 200000 times in all; look for"
                        + " a loop over a huge range",
                "_posts/2026-02-12-unclosed.md:[6,1] liquid.syntax: '{% if page.title %}' is never closed: add"
                        + " {% endif %} where the block ends",
                "_posts/2026-02-13-filter.md:[6,8] liquid.filter: the filter 'shout' is not Jekyll's (a plugin's?);"
                        + " its input is kept as it is, as Jekyll does without the plugin"),
                found);
    }

    @Test
    void aChangedIncludeOrDataFileRendersAgainExactlyTheArticlesThatUseIt() throws Exception {
        site.lines("_posts/2026-02-08-plain.md", "---", "title: Plain", "date: 2026-02-08 10:00:00 +0000", "---", "",
                "No Liquid here.");
        Path release = site.dir().resolve("_posts/2026-02-05-release.md");
        Files.writeString(release, Files.readString(release).replace("TODO: check", "Check"));
        Path state = temp.resolve("state");
        Path out = temp.resolve("out");
        assertEquals(4, build(state, out).stats().rendered());
        assertEquals(0, build(state, out).stats().rendered());

        site.lines("_includes/note.html", "<div class=\"note\">Note: {{ include.text }}</div>");
        touchLater(site.dir().resolve("_includes/note.html"));
        ContentBuild.Outcome changed = build(state, out);
        assertEquals(1, changed.stats().rendered());
        assertTrue(Files.readString(out.resolve("META-INF/articles/site/articles/_posts/2026-02-05-release.html"))
                .contains("Note: Read the notes first."));

        site.lines("_data/releases.yml", "- version: 2.7.0", "  url: https://example.org/2.7.0.tar.xz");
        touchLater(site.dir().resolve("_data/releases.yml"));
        assertEquals(1, build(state, out).stats().rendered());
        assertTrue(Files.readString(out.resolve("META-INF/articles/site/articles/_posts/2026-02-05-release.html"))
                .contains("2.7.0.tar.xz"));
    }

    private ContentBuild.Outcome build(Path state, Path out) throws Exception {
        ContentBuild.Outcome outcome = new ContentBuild().run(site.request(), BuildMemory.stored(state, site.dir()),
                "test", new BundleWriter("site", out, List.of()), false);
        BundleSchemas.assertValidBundle(out);
        return outcome;
    }

    /** Moves a file's time on, as an edit a second later would. */
    private static void touchLater(Path file) throws Exception {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 2_000));
    }

    @Test
    void imagesFromTheSitesRootAreCheckedInTheSite() {
        site.write("assets/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        site.lines("_posts/2026-02-08-images.md", "---", "title: Images", "date: 2026-02-08 10:00:00 +0000", "---",
                "",
                "![logo]({{ site.baseurl }}/assets/logo.png) and ![missing](/blog/assets/nope.png)",
                "",
                "![elsewhere](/other/x.png) ![external](https://example.org/x.png)");
        List<String> found = site.check().diagnostics().stream().filter(d -> d.rule().startsWith("image."))
                .map(site::show).toList();
        // The first image exists; one outside the baseurl and an external one are not the site's to check.
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("_posts/2026-02-08-images.md:[6,60] image.missing: the image at the"
                + " site's '/assets/nope.png' does not exist: there is no 'assets/nope.png' in the content directory"),
                found.toString());
    }
    @Test
    void linksFromTheSitesRootAreCheckedWhenShapedLikeAnArticlesAddress() {
        site.lines("_posts/2026-02-09-moved.md", "---", "title: Moved", "date: 2026-02-09 10:00:00 +0000",
                "redirect_from: [/2025/moved-away/]", "---", "", "## Details", "", "Moved here.");
        site.lines("2026/static-page/index.html", "<p>A page of the site, not an article.</p>");
        site.lines("_posts/2026-02-10-links.md", "---", "title: Links", "date: 2026-02-10 10:00:00 +0000", "---", "",
                "[a]({{ site.baseurl }}/2026/release/) [b](/blog/2026/release) [c](/blog/2026/release.html)",
                "[typo](/blog/2026/relaese/)",
                "[anchor](/blog/2026/moved/#detials) [anchor ok](/blog/2026/moved/#details)",
                "[redirected](/blog/2025/moved-away/) [page](/blog/2026/static-page/)",
                "[about](/blog/about/) [year](/blog/2026/) [file](/blog/2026/slides.pdf) [elsewhere](/other/2026/x/)");
        List<String> found = site.check().diagnostics().stream().filter(d -> d.rule().startsWith("link."))
                .map(site::show).toList();
        assertEquals(List.of(
                "_posts/2026-02-10-links.md:[7,8] link.broken: the link to the site's '/2026/relaese/' has the"
                        + " shape of an article's address, but no article has it; did you mean '/2026/release/'?",
                "_posts/2026-02-10-links.md:[8,10] link.anchor: the link '/2026/moved/#detials' names no heading of"
                        + " '_posts/2026-02-09-moved.md': its ids are #details (a heading's id is its text in lower"
                        + " case, punctuation dropped, spaces as '-')"),
                found);
    }
}

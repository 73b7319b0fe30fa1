package dev.articles.core.liquid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JekyllLiquidTest {
    @TempDir
    Path dir;
    Path site;
    JekyllLiquid liquid;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(dir.resolve("site")).toRealPath();
        Files.createDirectories(site.resolve("_includes"));
        Files.createDirectories(site.resolve("_data"));
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_includes/note.html"), "<div class=\"note\">{{ include.text }}</div>");
        Files.writeString(site.resolve("_includes/self.html"), "x{% include self.html %}");
        Files.writeString(site.resolve("_includes/broken.html"), "ok\n{% if x %}never closed");
        Files.writeString(site.resolve("_data/releases.yml"),
                "- version: 2.7.0\n  url: {gz: https://example.org/r-2.7.0.tar.gz}\n- version: 3.0.0\n"
                        + "  url: {gz: https://example.org/r-3.0.0.tar.gz}\n");
        Files.writeString(dir.resolve("secret.txt"), "SECRET");
        liquid = liquid(2_000);
    }

    private JekyllLiquid liquid(long budgetMillis) {
        return new JekyllLiquid(new JekyllLiquid.Site(site, Map.of("repository", "owner/repo", "title", "Site"),
                "https://example.org", "/blog", Clock.fixed(Instant.parse("2026-02-05T00:00:00Z"), ZoneOffset.UTC),
                ZoneOffset.UTC, 1_000_000, budgetMillis), md -> "<p>" + md.strip() + "</p>");
    }

    private JekyllLiquid.Result render(String body) {
        return liquid.render(body, Map.of("title", "Hello", "date",
                ZonedDateTime.parse("2026-02-05T17:08:42+09:00")), site.resolve("_posts/2026-02-05-hello.md"));
    }

    @Test
    void variablesDataAndFiltersAreJekylls() {
        JekyllLiquid.Result r = render("""
                {% assign release = site.data.releases | where: "version", "2.7.0" | first %}
                Get [{{ release.version }}]({{ release.url.gz }}) from {{ site.repository }}.
                {{ page.title | upcase }} {{ page.date | date_to_xmlschema }} {{ "/x/" | relative_url }}
                """);
        assertEquals(List.of(), r.issues());
        assertEquals("""

                Get [2.7.0](https://example.org/r-2.7.0.tar.gz) from owner/repo.
                HELLO 2026-02-05T17:08:42+09:00 /blog/x/
                """, r.text());
        assertEquals(Set.of("_data/releases.yml"), r.dependencies());
    }

    @Test
    void unreadableDataFilesAreNamedInOurWords() throws IOException {
        Files.writeString(site.resolve("_data/team.yml"), "- name: a\n  roles: [lead, dev\n- name: b\n");
        Files.writeString(site.resolve("_data/links.json"), "{\"a\": 1,\n}\n");
        JekyllLiquid.Result yaml = render("{{ site.data.team }}\n");
        assertEquals(List.of(new JekyllLiquid.Issue(JekyllLiquid.Kind.FILE, 1, 1, "_data/team.yml is not valid YAML"
                + " at line 2: a list opened with '[' on line 2 is not closed; end it with ']'")), yaml.issues());
        JekyllLiquid.Result json = render("{{ site.data.links }}\n");
        assertEquals(List.of(new JekyllLiquid.Issue(JekyllLiquid.Kind.FILE, 1, 1, "_data/links.json is not valid"
                + " JSON at line 2, column 1")), json.issues());
    }

    @Test
    void literalTextKeepsItsPositionsAndWrittenTextPointsAtItsTag() {
        JekyllLiquid.Result r = render("\n\nIntro {{ page.title }} after\n{% include note.html text=\"hi\" %}\nend\n");
        assertEquals("\n\nIntro Hello after\n<div class=\"note\">hi</div>\nend\n", r.text());
        assertArrayEquals(new int[] {3, 1}, r.map().toSource(3, 1));
        assertArrayEquals(new int[] {3, 7}, r.map().toSource(3, 8)); // inside "Hello": the output tag
        assertArrayEquals(new int[] {3, 24}, r.map().toSource(3, 13)); // " after" follows the tag
        assertArrayEquals(new int[] {4, 1}, r.map().toSource(4, 10)); // the include's text
        assertArrayEquals(new int[] {5, 2}, r.map().toSource(5, 2));
        assertEquals(Set.of("_includes/note.html"), r.dependencies());
    }

    @Test
    void highlightIsACodeBlockOnOneLineAndRawStaysText() {
        JekyllLiquid.Result r = render("{% highlight ruby linenos %}\n# not a heading\nputs 1 < 2\n{% endhighlight %}\n"
                + "{% raw %}{{ page.title }} {% post_url x %}{% endraw %}\n");
        assertEquals("<figure class=\"highlight\"><pre><code class=\"language-ruby\"># not a"
                + " heading&#10;puts 1 &lt; 2</code></pre></figure>\n{{ page.title }} {% post_url x %}\n", r.text());
        int raw = r.text().indexOf("{% post_url");
        assertTrue(r.map().rawAt(raw));
        assertArrayEquals(new int[] {3, 1}, r.map().toSource(1, r.text().indexOf("puts") + 1));
    }

    @Test
    void linkTagsAreWrittenBackForTheMarkdownRenderer() {
        JekyllLiquid.Result r = render("[a]({% post_url 2026-01-01-x %}) {%link _posts/2026-01-01-x.md %}\n");
        // Spaces as a private-use character: Markdown reads the tag as one link destination.
        assertEquals("[a]({%\uE003post_url\uE0032026-01-01-x\uE003%}) {%\uE003link\uE003_posts/2026-01-01-x.md\uE003%}\n",
                r.text());
        assertTrue(!r.map().rawAt(4));
    }

    @Test
    void anUnknownTagIsLocated() {
        JekyllLiquid.Result r = render("text\n\nSee {% gist 12345 %} here\n");
        assertNull(r.text());
        assertEquals(List.of(new JekyllLiquid.Issue(JekyllLiquid.Kind.UNKNOWN_TAG, 3, 5, "'{% gist %}' is not a tag"
                + " of Liquid or Jekyll (a Jekyll plugin's?); the article cannot be rendered as Jekyll with that"
                + " plugin would")), r.issues());
    }

    @Test
    void aSyntaxErrorIsLocated() {
        JekyllLiquid.Result r = render("a\n{% if page.title %}\nno end\n");
        assertNull(r.text());
        assertEquals(List.of(new JekyllLiquid.Issue(JekyllLiquid.Kind.SYNTAX, 2, 1, "'{% if page.title %}' is never"
                + " closed: add {% endif %} where the block ends")), r.issues());
        JekyllLiquid.Result inTag = render("a\n\nText {{ page.title | }} more\n");
        assertEquals(JekyllLiquid.Kind.SYNTAX, inTag.issues().get(0).kind());
        assertEquals(3, inTag.issues().get(0).line(), inTag.issues().toString());
        assertTrue(inTag.issues().get(0).column() >= 6, inTag.issues().toString());
    }

    @Test
    void syntaxErrorsAreSaidInWordsOfOurOwn() {
        // The parser's own words name token sets ("missing {BlockId, EndBlockId, ...} at '='"): never shown.
        assertEquals("the Liquid cannot be read at '{{': check that each '{{' ends with '}}' and each '{%' with '%}',"
                + " that quotes are closed, and that tags and filters have what they need ({% if a == b %},"
                + " {{ x | append: 'y' }})", only(render("a {{ page.title | }} b\n")));
        assertEquals("the Liquid cannot be read at '=': check that each '{{' ends with '}}' and each '{%' with '%}',"
                + " that quotes are closed, and that tags and filters have what they need ({% if a == b %},"
                + " {{ x | append: 'y' }})", only(render("a {% assign = 3 %} b\n")));
        assertEquals("'else' is not allowed here: the block expects {% endif %} next (a block has one {% else %},"
                + " after its {% elsif %}s)", only(render("{% if a %}x{% else %}y{% else %}z{% endif %}\n")));
        assertEquals("this tag closes no open block (an {% end... %} without its opening tag?), or the '{%' is one"
                + " too many", only(render("text\n{% endif %}\n")));
    }

    /** The message of a render's one issue. */
    private static String only(JekyllLiquid.Result r) {
        assertEquals(1, r.issues().size(), r.issues().toString());
        return r.issues().get(0).message();
    }

    @Test
    void aMissingIncludeAndATraversalAreFileErrorsAtTheirTags() {
        JekyllLiquid.Result missing = render("a\n\n  {% include nothere.html %}\n");
        assertEquals(List.of(new JekyllLiquid.Issue(JekyllLiquid.Kind.FILE, 3, 3,
                "'{% include nothere.html %}': there is no file _includes/nothere.html")), missing.issues());
        JekyllLiquid.Result traversal = render("{% include ../../secret.txt %}\n");
        assertEquals(JekyllLiquid.Kind.FILE, traversal.issues().get(0).kind());
        assertTrue(!String.valueOf(traversal.text()).contains("SECRET"));
        JekyllLiquid.Result relative = render("{% include_relative ../../secret.txt %}\n");
        assertEquals(JekyllLiquid.Kind.FILE, relative.issues().get(0).kind());
    }

    @Test
    void anIncludesSyntaxErrorNamesTheInclude() {
        JekyllLiquid.Result r = render("x\n{% include broken.html %}\n");
        assertEquals(JekyllLiquid.Kind.SYNTAX, r.issues().get(0).kind());
        assertEquals(2, r.issues().get(0).line());
        assertTrue(r.issues().get(0).message().contains("broken.html"), r.issues().toString());
    }

    @Test
    void hostileLiquidIsBoundedAndLocated() {
        JekyllLiquid.Result recursive = render("x\n{% include self.html %}\n");
        assertEquals(List.of(new JekyllLiquid.Issue(JekyllLiquid.Kind.LIMIT, 2, 1, "includes nest more than 20"
                + " levels deep; does an include include itself?")), recursive.issues());
        JekyllLiquid.Result loop = render("x\n\n{% for i in (1..1000000) %}{{ i }}{% endfor %}\n");
        assertEquals(JekyllLiquid.Kind.LIMIT, loop.issues().get(0).kind());
        assertEquals(3, loop.issues().get(0).line());
        JekyllLiquid.Result bomb = render("{% capture x %}0123456789{% endcapture %}"
                + "{% for i in (1..20) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}{{ x }}\n");
        assertEquals(JekyllLiquid.Kind.LIMIT, bomb.issues().get(0).kind(), bomb.issues().toString());
    }

    @Test
    void anUnknownFilterIsAWarningAndKeepsItsInput() {
        JekyllLiquid.Result r = render("a\n{{ page.title | shout }} b\n");
        assertEquals("a\nHello b\n", r.text());
        assertEquals(List.of(new JekyllLiquid.Issue(JekyllLiquid.Kind.UNKNOWN_FILTER, 2, 1, "the filter 'shout' is"
                + " not Jekyll's (a plugin's?); its input is kept as it is, as Jekyll does without the plugin")),
                r.issues());
    }

    @Test
    void whiteSpaceControlStillTrims() {
        JekyllLiquid.Result r = render("a\n  {%- if true -%}\n  b\n  {%- endif %}\n");
        assertEquals("ab\n", r.text());
    }

    @Test
    void propertiesWithHyphensAreRead() {
        JekyllLiquid.Result r = liquid.render("{% if page.version-badge %}v{{ page.version-badge }}{% endif %}"
                + " {{ 'a.b-c' }}\n", Map.of("version-badge", "4.0"), site.resolve("_posts/2026-02-05-hello.md"));
        assertEquals(List.of(), r.issues());
        assertEquals("v4.0 a.b-c\n", r.text());
    }

    @Test
    void anIncludeThatLinksOutOfTheSiteIsNotRead() throws IOException {
        Files.createSymbolicLink(site.resolve("_includes/secret.html"), dir.resolve("secret.txt"));
        JekyllLiquid.Result r = render("x\n{% include secret.html %}\n");
        assertNull(r.text());
        assertEquals(List.of(new JekyllLiquid.Issue(JekyllLiquid.Kind.FILE, 2, 1, "'{% include secret.html %}'"
                + " leads outside _includes (a symbolic link?); it is not read")), r.issues());
    }

    @Test
    void blocksNestedThousandsDeepAreALimitNotACrash() throws Exception {
        String body = "x\n" + "{% if true %}".repeat(20_000) + "deep" + "{% endif %}".repeat(20_000) + "\n";
        // On a thread with a small stack, as a worst case: the build's own workers have a larger one.
        JekyllLiquid.Result[] r = new JekyllLiquid.Result[1];
        Thread t = new Thread(null, () -> r[0] = render(body), "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertNull(r[0].text());
        assertEquals(JekyllLiquid.Kind.LIMIT, r[0].issues().get(0).kind(), r[0].issues().toString());
        assertEquals(2, r[0].issues().get(0).line());
    }

    @Test
    void aTrimmingDashAgainstTheTagNameIsRubyLiquids() throws IOException {
        Files.writeString(site.resolve("_includes/tight.html"), "{%-comment-%} a note {%-endcomment-%}[{{- include.x -}}]");
        JekyllLiquid.Result r = render("a {%-comment-%}hidden{%-endcomment-%} b {% include tight.html x=\"y\" %}\n");
        assertEquals(List.of(), r.issues());
        assertEquals("ab [y]\n", r.text());
    }

    @Test
    void aSiteWideVariableIsEmptyAndSaidSo() {
        JekyllLiquid.Result r = render("Latest:\n\n{% for post in site.posts limit: 3 %}- {{ post.title }}\n{% endfor %}"
                + "{{ site.pages | size }} pages, {{ site.title }}\n");
        assertEquals("Latest:\n\n0 pages, Site\n", r.text());
        assertEquals(List.of(
                new JekyllLiquid.Issue(JekyllLiquid.Kind.UNAVAILABLE, 4, 13, "site.pages is empty here: the plugin"
                        + " renders each article on its own, without the whole site; what the Liquid makes of it is"
                        + " left out of the article"),
                new JekyllLiquid.Issue(JekyllLiquid.Kind.UNAVAILABLE, 3, 1, "site.posts is empty here: the plugin"
                        + " renders each article on its own, without the whole site; what the Liquid makes of it is"
                        + " left out of the article")), r.issues());
    }

    @Test
    void theSitesAddressInFrontOfALinkTagIsDropped() {
        // Jekyll's advice for sites with a baseurl; the bundle links articles relative to each other instead.
        JekyllLiquid.Result r = render("[a]({{ site.baseurl }}{% post_url 2026-01-01-x %}) [b]({{ site.url }}"
                + "{{ site.baseurl }}{% link _posts/2026-01-01-x.md %}) {{ site.baseurl }}/x/\n");
        assertEquals("[a]({%\uE003post_url\uE0032026-01-01-x\uE003%}) [b]({%\uE003link\uE003_posts/2026-01-01-x.md"
                + "\uE003%}) /blog/x/\n", r.text());
    }
}

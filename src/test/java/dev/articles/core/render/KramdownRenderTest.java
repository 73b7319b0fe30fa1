package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Article;
import dev.articles.core.settings.MarkdownFlavour;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Jekyll site's articles render as Jekyll's kramdown renders them. The expected HTML was checked against jekyll 4.3.1
 * (default kramdown settings: input GFM, auto_ids) on a throwaway site with the same text; where flexmark's markup
 * differs only in white space or in the footnotes' wrapping, the comment says so.
 */
class KramdownRenderTest {
    private final MarkdownRenderer kramdown = new MarkdownRenderer(MarkdownFlavour.KRAMDOWN);
    private final MarkdownRenderer kramdownInput = new MarkdownRenderer(MarkdownFlavour.KRAMDOWN_INPUT);
    private final MarkdownRenderer gfm = new MarkdownRenderer();

    private String html(String markdown) {
        return kramdown.render(markdown).html();
    }

    @Test
    void attributeListsAfterAndBeforeABlockGoOnTheBlock() {
        // checked against jekyll 4.3.1: <p class="note" id="lamp">A lantern paragraph.</p> <p class="tip">...
        assertEquals("<p class=\"note\" id=\"lamp\">A lantern paragraph.</p>\n<p class=\"tip\">Tipped paragraph.</p>\n",
                html("A lantern paragraph.\n{: .note #lamp}\n\n{:.tip}\nTipped paragraph.\n"));
    }

    @Test
    void explicitHeadingIdsWin() {
        // checked against jekyll 4.3.1: <h2 id="orchard">, <h2 id="field-two" class="wide"> (same attributes; flexmark
        // writes them in another order)
        RenderedBody body = kramdown.render("## Orchard Notes {#orchard}\n\n## Second Field\n{: #field-two .wide}\n");
        assertEquals("<h2 id=\"orchard\">Orchard Notes</h2>\n<h2 class=\"wide\" id=\"field-two\">Second Field</h2>\n",
                body.html());
        assertEquals(List.of(new Article.Heading(2, "orchard", "Orchard Notes"),
                new Article.Heading(2, "field-two", "Second Field")), body.headings());
    }

    @Test
    void madeHeadingIdsAreJekyllsWithItsDefaultGfmInput() {
        // checked against jekyll 4.3.1: plain-heading--things, plain-heading--things-1, 3-rivers-crossing, 123
        RenderedBody body = kramdown.render("## Plain \"Heading\" & Things!\n\n## Plain \"Heading\" & Things!\n\n"
                + "## 3 Rivers Crossing\n\n## 123\n");
        assertEquals(List.of("plain-heading--things", "plain-heading--things-1", "3-rivers-crossing", "123"),
                body.headings().stream().map(Article.Heading::id).toList());
        assertEquals("Plain \u201CHeading\u201D & Things!", body.headings().get(0).text());
        assertEquals("<h2 id=\"plain-heading--things\">Plain \u201CHeading\u201D &amp; Things!</h2>\n",
                body.html().lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void madeHeadingIdsAreKramdownsWithKramdownInput() {
        // checked against jekyll 4.3.1 with kramdown.input: kramdown: rivers-crossing, section
        RenderedBody body = kramdownInput.render("## Plain \"Heading\" & Things!\n\n## Plain \"Heading\" & Things!\n\n"
                + "## 3 Rivers Crossing\n\n## 123\n");
        assertEquals(List.of("plain-heading--things", "plain-heading--things-1", "rivers-crossing", "section"),
                body.headings().stream().map(Article.Heading::id).toList());
    }

    @Test
    void optionsAndCommentsLeaveNothingBehind() {
        // jekyll 4.3.1 writes the comment as <!-- hidden text here -->; here it is dropped (nothing visible either
        // way)
        assertEquals("<p>Visible after comment.</p>\n",
                html("{::options auto_ids=\"true\" /}\n\n{::comment}\nhidden text here\n{:/comment}\n\n"
                        + "Visible after comment.\n"));
        assertEquals("<pre><code>{: .kept}\n{::comment}\n</code></pre>\n", html("```\n{: .kept}\n{::comment}\n```\n"));
    }

    @Test
    void definitionListsAndAbbreviations() {
        // checked against jekyll 4.3.1 (which indents the <dt>/<dd> lines by two spaces)
        assertEquals("<dl>\n<dt>Kettle</dt>\n<dd>a pot for water</dd>\n<dt>Teapot</dt>\n<dd>a pot for leaves</dd>\n"
                + "<dd>also a shape</dd>\n</dl>\n",
                html("Kettle\n: a pot for water\n\nTeapot\n: a pot for leaves\n: also a shape\n"));
        assertEquals("<p>The <abbr title=\"Hyper Text Markup Language\">HTML</abbr> spec.</p>\n",
                html("The HTML spec.\n\n*[HTML]: Hyper Text Markup Language\n"));
    }

    @Test
    void smartQuotesAndDashesAreCharacters() {
        // checked against jekyll 4.3.1:
        // “Double quoted” and ‘single quoted’ text, it’s here – and — there… « spaced »
        // (the same text: flexmark writes the dashes and the ellipsis as entities; kramdown's spaced guillemets have
        // a no-break space). <<angle>> is not tested: CommonMark reads <angle> as an HTML tag (a known limit).
        assertEquals("<p>\u201CDouble quoted\u201D and \u2018single quoted\u2019 text, it\u2019s here &ndash; and "
                + "&mdash; there&hellip; \u00AB\u00A0spaced\u00A0\u00BB</p>\n",
                html("\"Double quoted\" and 'single quoted' text, it's here -- and --- there... << spaced >>\n"));
    }

    @Test
    void footnoteIdsAreKramdowns() {
        // checked against jekyll 4.3.1: <sup id="fnref:1" ...><a href="#fn:1" class="footnote" ...>1</a></sup>,
        // <li id="fn:side" ...>, back link href="#fnref:side" class="reversefootnote"; kramdown's role attributes and
        // the back link inside the note's paragraph are not reproduced
        String html = html("A claim.[^1] Another.[^side]\n\n[^1]: First note.\n[^side]: Side note.\n");
        assertEquals("<p>A claim.<sup id=\"fnref:1\"><a class=\"footnote\" href=\"#fn:1\">1</a></sup> Another."
                + "<sup id=\"fnref:side\"><a class=\"footnote\" href=\"#fn:side\">2</a></sup></p>\n"
                + "<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>First note.</p>\n"
                + "<a href=\"#fnref:1\" class=\"reversefootnote\">&#8617;</a>\n</li>\n<li id=\"fn:side\">\n"
                + "<p>Side note.</p>\n<a href=\"#fnref:side\" class=\"reversefootnote\">&#8617;</a>\n</li>\n</ol>\n"
                + "</div>\n", html);
    }

    @Test
    void plainContentKeepsGfm() {
        String markdown = "## Title {#x}\n\nText \"quoted\" -- and {: .note}\n\nTerm\n: not a definition\n";
        assertEquals("<h2 id=\"title-x\">Title {#x}</h2>\n<p>Text &quot;quoted&quot; -- and {: .note}</p>\n"
                + "<p>Term\n: not a definition</p>\n", gfm.render(markdown).html());
    }

    @Test
    void kramdownSourceKeepsLines() {
        String text = "a\n{::comment}\nb\n{:/comment}\n{: .x}\n{::options x=\"1\" /}\nc\r\n";
        // Dropped lines become spaces: every character keeps its offset.
        assertEquals("a\n" + " ".repeat(11) + "\n \n" + " ".repeat(11) + "\n{  .x}\n" + " ".repeat(19) + "\nc\r\n",
                KramdownSource.prepare(text));
    }
}

package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    // ---- first paragraph (the excerpt when the front matter has none)

    @Test
    void firstTopLevelParagraphIsTheExcerpt() {
        RenderedBody body = renderer.render("\n\n# Title\n\n> quoted\n\n- listed\n\nThe *first* paragraph\nwraps.\n\nSecond.\n");
        assertEquals("The first paragraph wraps.", body.firstParagraphText());
        assertEquals("<p>The <em>first</em> paragraph\nwraps.</p>\n", body.firstParagraphHtml());
    }

    @Test
    void noTopLevelParagraphNoExcerpt() {
        RenderedBody body = renderer.render("# Only a heading\n\n```\ncode\n```\n");
        assertNull(body.firstParagraphText());
        assertNull(body.firstParagraphHtml());
    }

    /** The excerpt HTML is the first paragraph exactly as the body shows it: links and images included. */
    @ParameterizedTest
    @ValueSource(strings = {
        "See [the docs](https://example.com/docs \"Docs\") first.",
        "Bare https://example.com/a and www.example.org and <https://example.net>.",
        "Mail <me@example.com> or someone@example.com.",
        "A [reference][r] link.\n\n[r]: https://example.com/ref",
        "![diagram](img/a.png) and `code` & <kbd>Ctrl</kbd>.",
        "日本語の[リンク](https://example.com)\nです[^1]。\n\n[^1]: 注",
    })
    void excerptHtmlIsTheParagraphAsRenderedInTheBody(String markdown) {
        RenderedBody body = renderer.render(markdown + "\n\nSecond paragraph.\n");
        assertTrue(body.html().startsWith(body.firstParagraphHtml()),
                "excerpt:\n" + body.firstParagraphHtml() + "body:\n" + body.html());
        assertTrue(body.firstParagraphHtml().contains("<a ") || body.firstParagraphHtml().contains("<img "),
                body.firstParagraphHtml());
    }

    @Test
    void excerptHtmlKeepsLinks() {
        RenderedBody body = renderer.render("詳しくは[公式サイト](https://example.com/ja)\nを見てください。\n");
        assertEquals("<p>詳しくは<a href=\"https://example.com/ja\">公式サイト</a>を見てください。</p>\n",
                body.firstParagraphHtml());
        assertEquals("詳しくは公式サイトを見てください。", body.firstParagraphText());
    }

    @Test
    void snippetIsTextAndHtml() {
        assertArrayEquals(new String[] {"Maven で記事を検証する方法。",
                        "<p><strong>Maven</strong> で記事を<a href=\"https://example.com\">検証</a>する方法。</p>\n"},
                renderer.renderSnippet("**Maven** で記事を\n[検証](https://example.com)する方法。"));
    }

    // ---- headings

    @Test
    void headingIdsAreWrittenAndListed() {
        RenderedBody body = renderer.render("""
                # 記事の**タイトル**

                ## 見出し

                ## 見出し

                > ### 見出し-1

                Setext Heading
                --------------

                ## `code` and [link](https://example.com)
                """);
        assertEquals(List.of(
                new Article.Heading(1, "記事のタイトル", "記事のタイトル"),
                new Article.Heading(2, "見出し", "見出し"),
                new Article.Heading(2, "見出し-1", "見出し"),
                new Article.Heading(3, "見出し-1-1", "見出し-1"),
                new Article.Heading(2, "setext-heading", "Setext Heading"),
                new Article.Heading(2, "code-and-link", "code and link")), body.headings());
        assertEquals("""
                <h1 id="記事のタイトル">記事の<strong>タイトル</strong></h1>
                <h2 id="見出し">見出し</h2>
                <h2 id="見出し-1">見出し</h2>
                <blockquote>
                <h3 id="見出し-1-1">見出し-1</h3>
                </blockquote>
                <h2 id="setext-heading">Setext Heading</h2>
                <h2 id="code-and-link"><code>code</code> and <a href="https://example.com">link</a></h2>
                """, body.html());
    }

    @Test
    void headingIdsStartAfreshInEveryArticle() {
        assertEquals("見出し", renderer.render("## 見出し\n").headings().get(0).id());
        assertEquals("見出し", renderer.render("## 見出し\n").headings().get(0).id());
    }

    @Test
    void wrappedJapaneseSetextHeadingHasNoSpace() {
        RenderedBody body = renderer.render("長い見出しを\n二行に分ける\n===\n");
        assertEquals(List.of(new Article.Heading(1, "長い見出しを二行に分ける", "長い見出しを二行に分ける")), body.headings());
    }

    // ---- reading time

    private static String words(int n) {
        return "word ".repeat(n).strip();
    }

    @Test
    void readingTimeCountsProse() {
        assertEquals(1, renderer.render(words(220)).readingMinutes());
        assertEquals(2, renderer.render(words(221)).readingMinutes());
        assertEquals(2, renderer.render("字".repeat(501)).readingMinutes());
        assertEquals(1, renderer.render("字".repeat(250) + "\n\n" + words(110)).readingMinutes());
    }

    @Test
    void readingTimeSkipsCodeBlocks() {
        String code = "```java\n" + "int x = 1; // word\n".repeat(500) + "```\n";
        String indented = "    " + words(500) + "\n";
        assertEquals(1, renderer.render(words(220) + "\n\n" + code + "\n" + indented).readingMinutes());
    }

    @Test
    void readingTimeCountsInlineCode() {
        assertEquals(2, renderer.render(words(220) + " `code`").readingMinutes());
    }

    @Test
    void readingTimeSkipsUrls() {
        String urls = " https://example.com/some/long/path <https://example.net/x> www.example.org/y".repeat(50);
        assertEquals(1, renderer.render(words(220) + urls).readingMinutes());
        // A link's text is read, its destination is not.
        assertEquals(1, renderer.render(words(219) + " [link](https://example.com/a/b/c/d/e)").readingMinutes());
        assertEquals(2, renderer.render(words(220) + " [link](https://example.com/)").readingMinutes());
    }

    @Test
    void readingTimeSkipsRawHtml() {
        assertEquals(1, renderer.render(words(220) + "\n\n<div class=\"a b c d e f\">\n" + "<!-- " + words(300) + " -->\n</div>\n")
                .readingMinutes());
    }

    @Test
    void codeOnlyBodyTakesNoTime() {
        assertEquals(0, renderer.render("```\ncode\n```\n").readingMinutes());
    }

    // ---- GitHub-flavoured extensions

    @Test
    void tablesFollowGitHub() {
        assertEquals("""
                <table>
                <thead>
                <tr><th align="left">a</th><th align="right">b</th></tr>
                </thead>
                <tbody>
                <tr><td align="left">1</td><td align="right"></td></tr>
                <tr><td align="left">1</td><td align="right">2</td></tr>
                </tbody>
                </table>
                """, renderer.render("| a | b |\n|:--|--:|\n| 1 |\n| 1 | 2 | 3 |\n").html());
    }

    @Test
    void strikethroughNeedsTwoTildes() {
        assertEquals("<p><del>gone</del> ~kept~</p>\n", renderer.render("~~gone~~ ~kept~").html());
    }

    @Test
    void autolinks() {
        assertEquals("<p><a href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a> "
                + "<a href=\"http://www.example.org\">www.example.org</a> "
                + "<a href=\"mailto:me@example.com\">me@example.com</a></p>\n",
                renderer.render("https://example.com/a?b=1&c=2 www.example.org me@example.com").html());
    }

    @Test
    void footnotes() {
        assertEquals("""
                <p>本文<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup></p>
                <div class="footnotes">
                <hr />
                <ol>
                <li id="fn-1">
                <p>注記</p>
                <a href="#fnref-1" class="footnote-backref">&#8617;</a>
                </li>
                </ol>
                </div>
                """, renderer.render("本文[^note]\n\n[^note]: 注記\n").html());
    }

    @Test
    void fencedCodeIsEscapedAndLabelled() {
        assertEquals("<pre><code class=\"language-java\">if (a &lt; b &amp;&amp; c) {}\n</code></pre>\n",
                renderer.render("```java\nif (a < b && c) {}\n```\n").html());
    }

    @Test
    void textIsEscaped() {
        assertEquals("<p>1 &lt; 2 &amp; &quot;x&quot;</p>\n", renderer.render("1 \\< 2 & \"x\"").html());
    }
}

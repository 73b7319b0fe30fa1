package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

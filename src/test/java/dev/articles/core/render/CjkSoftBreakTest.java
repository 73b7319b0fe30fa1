package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A soft line break disappears only between two CJK characters as the reader sees them, whatever inline markup
 * stands next to the break; everywhere else it stays (and shows as a space).
 */
class CjkSoftBreakTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain Japanese         | 日本語の文章は\\n改行されても続く。 | <p>日本語の文章は改行されても続く。</p>
            English words          | English words\\nwrap here.         | <p>English words\\nwrap here.</p>
            Korean keeps its space | 한국어 문장은\\n띄어쓰기를 합니다.  | <p>한국어 문장은\\n띄어쓰기를 합니다.</p>
            Japanese then English  | 日本語。\\nEnglish                 | <p>日本語。\\nEnglish</p>
            English then Japanese  | in English\\n日本語                | <p>in English\\n日本語</p>
            punctuation and kana   | 句読点で終わる、\\n「括弧」        | <p>句読点で終わる、「括弧」</p>
            half-width katakana    | 半角ｶﾀｶﾅ\\nです                    | <p>半角ｶﾀｶﾅです</p>
            after strong           | **太字の中でも**\\n改行は消える    | <p><strong>太字の中でも</strong>改行は消える</p>
            inside strong          | **強調の中で\\n改行**です          | <p><strong>強調の中で改行</strong>です</p>
            after a link           | 詳しくは[こちら](https://example.com)\\nを参照。 | <p>詳しくは<a href=\"https://example.com\">こちら</a>を参照。</p>
            before a link          | 日本\\n[リンク](https://x.jp/u)です | <p>日本<a href=\"https://x.jp/u\">リンク</a>です</p>
            after a code span      | これは`コード`\\nです。            | <p>これは<code>コード</code>です。</p>
            after raw HTML         | <b>日本</b>\\n語                   | <p><b>日本</b>語</p>
            after a bare URL       | https://example.com\\n日本         | <p><a href=\"https://example.com\">https://example.com</a>\\n日本</p>
            after an image         | ![画像](https://x.jp/a.png)\\nです | <p><img src=\"https://x.jp/a.png\" alt=\"画像\" />\\nです</p>
            list continuation      | - 項目の\\n  続き                  | <ul>\\n<li>項目の続き</li>\\n</ul>
            quote continuation     | > 引用の\\n> 日本語                | <blockquote>\\n<p>引用の日本語</p>\\n</blockquote>
            """)
    void softBreak(String name, String markdown, String html) {
        String rendered = renderer.render(markdown.replace("\\n", "\n")).html();
        assertEquals(html.replace("\\n", "\n") + "\n", rendered);
    }

    @Test
    void afterAFootnoteReference() {
        String html = renderer.render("注釈[^1]\nです\n\n[^1]: 補足\n").html();
        assertEquals("<p>注釈<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>です</p>",
                html.substring(0, html.indexOf('\n')));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japanese joined    | 詳しくは[こちら](https://example.com)\\nを参照。 | 詳しくはこちらを参照。
            English spaced     | English words\\nwrap here.                      | English words wrap here.
            Korean spaced      | 한국어 문장은\\n띄어쓰기를 합니다.               | 한국어 문장은 띄어쓰기를 합니다.
            """)
    void plainTextAgreesWithHtml(String name, String markdown, String text) {
        assertEquals(text, renderer.render(markdown.replace("\\n", "\n")).firstParagraphText());
    }
}

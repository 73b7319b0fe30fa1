package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sanitiser keeps flexmark's output byte for byte and removes everything that could run code. */
class HtmlSanitizerTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private void unchanged(String markdown) {
        String html = renderer.render(markdown).html();
        assertSame(html, sanitizer.sanitize(html), html);
    }

    @Test
    void ordinaryMarkdownIsLeftByteForByte() {
        unchanged("# 投資家と技術者\n\n本文は「日本語」&amp; AT&T <3 \"引用\" 'single'\\\n改行 &copy; &#8617;\n\n"
                + "---\n\n> 引用\n\n- a\n- [x] b\n\n1. one\n\n`code & <tag>`\n\n```java\nif (a < b && c) {}\n```\n\n"
                + "    indented <b>\n\n~~消し~~ *em* **strong** ![図](images/a.png \"題\") [リンク](https://example.com/"
                + "?a=1&b=2 \"題 & <>\") <https://example.com> www.example.com user@example.com");
        unchanged("| 左 | 中 | 右 |\n|:---|:---:|---:|\n| a | b | c |\n");
        unchanged("本文[^1]と[^注]。\n\n[^1]: 脚注。\n[^注]: 二つ目。\n");
        unchanged("[記事](2024-03-01-hello.md#投資家と技術者) ![図](images/arch.png) [tag]({% post_url 2024-01-01-a %})");
    }

    @Test
    void placeholdersSurvive() {
        String html = "<p><a href=\"" + LinkPlaceholders.LINK_START + "other.md" + LinkPlaceholders.END
                + "\">x</a><script>x</script></p>";
        assertEquals("<p><a href=\"\uE000other.md\uE002\">x</a></p>", sanitizer.sanitize(html));
    }

    @Test
    void rewrittenHtmlKeepsTextAndEntities() {
        assertEquals("<p>日本語 &amp; &lt;b&gt; “引用” <a href=\"https://e.example/?a=1&amp;b=2\">x</a><br>改行</p>",
                sanitizer.sanitize("<p onclick=\"x()\">日本語 &amp; &lt;b&gt; “引用” "
                        + "<a href=\"https://e.example/?a=1&amp;b=2\" onmouseover=\"y\">x</a><br />改行</p>"));
    }

    @Test
    void hostileMarkupIsRemoved() {
        assertEquals("<p>ab</p>", sanitizer.sanitize("<p>a<script>alert(1)</script>b</p>"));
        assertEquals("<p>ab</p>", sanitizer.sanitize("<p>a<style>p{}</style><iframe src=\"x\"></iframe>b</p>"));
        assertEquals("<p><img alt=\"x\"></p>", sanitizer.sanitize("<p><img src=\"javascript:x\" alt=\"x\" "
                + "onerror=\"alert(1)\"></p>"));
        assertEquals("<a>x</a>", sanitizer.sanitize("<a href=\"java&#x09;script:alert(1)\">x</a>"));
        assertEquals("<a>x</a>", sanitizer.sanitize("<a href=\" &#1;JAVASCRIPT:alert(1)\">x</a>"));
        assertEquals("<a>x</a>", sanitizer.sanitize("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>"));
        assertEquals("<p>x</p>", sanitizer.sanitize("<p style=\"position:fixed\">x</p>"));
        assertEquals("<div>x</div>", sanitizer.sanitize("<div><svg onload=\"alert(1)\"></svg><form><input>"
                + "</form>x</div>"));
    }

    @Test
    void allowlistAddsTagsButNeverForbiddenOnes() {
        HtmlSanitizer allowing = new HtmlSanitizer(List.of("details", "summary", "script"), List.of("open", "onclick"));
        String details = "<details open><summary>要約</summary><p>中身</p></details>";
        assertSame(details, allowing.sanitize(details));
        assertEquals("<details><summary>x</summary></details>x",
                allowing.sanitize("<details onclick=\"y\"><summary>x</summary></details><script>x</script>x"));
        assertEquals("x", sanitizer.sanitize("<marquee>x</marquee>"), "not allowed: the text stays");
        String harmless = "<details open><summary id=\"s\" class=\"c\" lang=\"ja\" dir=\"ltr\">x</summary>"
                + "<figure><img src=\"a.png\" alt=\"a\" width=\"1\" height=\"1\" title=\"t\"><figcaption>図</figcaption>"
                + "</figure><a name=\"n\" id=\"i\" href=\"#n\" title=\"t\">a</a><ruby>漢<rt>かん</rt></ruby>"
                + "<dl><dt>t</dt><dd>d</dd></dl></details>";
        assertSame(harmless, sanitizer.sanitize(harmless), "the default allow-list");
        HtmlSanitizer ftp = new HtmlSanitizer(List.of(), List.of(), List.of("FTP:", "javascript"));
        assertEquals("<a href=\"ftp://e.example/\">x</a><a>y</a>",
                ftp.sanitize("<a href=\"ftp://e.example/\">x</a><a href=\"javascript:alert(1)\">y</a>"));
        assertEquals("<a>x</a>", sanitizer.sanitize("<a href=\"ftp://e.example/\">x</a>"));
        assertTrue(HtmlSanitizer.problems(List.of("kbd"), List.of("title")).isEmpty());
    }
}

package dev.articles.core.check.body;

import static dev.articles.testing.ContentFixture.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.config.SettingsProblems;
import dev.articles.core.model.Article;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules {@code html.raw} and {@code link.unsafe-url}, and the sanitiser on the published HTML: every hostile input
 * is reported where it is written, and never reaches the output, even with both rules off.
 */
class HtmlSafetyTest {
    private static final String UNSAFE_TAIL = ", which can run code or open local files in readers' browsers; use an"
            + " http:, https: or mailto: address or a relative one (the address is removed from the published HTML)";
    private static final CheckSettings RULES_OFF = new CheckSettings(Map.of("html.raw", RuleLevel.OFF,
            "html.unsafe", RuleLevel.OFF, "link.unsafe-url", RuleLevel.OFF, "link.scheme-not-allowed", RuleLevel.OFF),
            null, null, null, CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH,
            CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, true);

    @TempDir
    Path dir;
    private ContentFixture content;

    @BeforeEach
    void content() {
        content = new ContentFixture(dir);
    }

    /** One article whose body (line 5 on) is {@code body}; returns the diagnostics. */
    private List<String> diagnostics(String body) {
        return content.show(run(body, CheckSettings.defaults()).diagnostics());
    }

    private ContentResult run(String body, CheckSettings settings) {
        content.lines("2024-01-01-hostile.md", "---", "title: 安全性", "---", "", body);
        return content.settings(settings).check();
    }

    /** The published HTML of the article, with the rules off (so it is published at all). */
    private String publishedWithRulesOff(String body) {
        ContentResult result = run(body, RULES_OFF);
        assertEquals(List.of(), content.show(result.diagnostics()));
        Article a = published(result, "hostile");
        assertEquals(a.html(), a.excerptHtml(), "one paragraph: the excerpt is the same HTML");
        return a.html();
    }

    @Test
    void javascriptInAnyCaseIsReported() {
        assertEquals(List.of("2024-01-01-hostile.md:[5,4] link.unsafe-url: the link '[試す](JavaScript:alert(1))'"
                + " uses the scheme 'javascript:', which can run code or open local files in readers' browsers; use"
                + " an http:, https: or mailto: address or a relative one (the address is removed from the published"
                + " HTML)"), diagnostics("本文 [試す](JavaScript:alert(1))"));
        assertEquals("<p>本文 <a>試す</a></p>\n", publishedWithRulesOff("本文 [試す](JavaScript:alert(1))"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[a](java&#115;cript:alert(1))|the link '[a](java&#115;cript:alert(1))' uses the scheme 'javascript:'"
                + " (read as 'javascript:alert(1)' once entities and hidden characters are removed)|<p><a>a</a></p>",
        "[a](java&#9;script:alert(1))|the link '[a](java&#9;script:alert(1))' uses the scheme 'javascript:'"
                + " (read as 'javascript:alert(1)' once entities and hidden characters are removed)|<p><a>a</a></p>",
        "[a](&#x20;&#1;javascript:alert(1))|the link '[a](&#x20;&#1;javascript:alert(1))' uses the scheme"
                + " 'javascript:' (read as 'javascript:alert(1)' once entities and hidden characters are removed)"
                + "|<p><a>a</a></p>",
        "[a](vbscript:msgbox(1))|the link '[a](vbscript:msgbox(1))' uses the scheme 'vbscript:'|<p><a>a</a></p>",
        "![i](data:text/html;base64,PHNjcmlwdD4=)|the image '![i](data:text/html;base64,PHNjcmlwdD4=)' uses the"
                + " scheme 'data:'|<p><img alt=\"i\"></p>",
        "[f](file:///etc/passwd)|the link '[f](file:///etc/passwd)' uses the scheme 'file:'|<p><a>f</a></p>",
        "<javascript:alert(1)>|the autolink '<javascript:alert(1)>' uses the scheme 'javascript:'"
                + "|<p>javascript:alert(1)</p>",
    })
    void unsafeAddressesAreReportedAndRemoved(String markdown, String message, String html) {
        assertEquals(List.of("2024-01-01-hostile.md:[5,1] link.unsafe-url: " + message + UNSAFE_TAIL),
                diagnostics(markdown));
        assertEquals(html + "\n", publishedWithRulesOff(markdown));
    }

    @Test
    void linkDefinitionsAreCheckedWhereTheyAreWritten() {
        String body = "[資料]\n\n[資料]: javascript:alert(1)";
        assertEquals(List.of("2024-01-01-hostile.md:[7,1] link.unsafe-url: the link definition"
                + " '[資料]: javascript:alert(1)' uses the scheme 'javascript:'" + UNSAFE_TAIL), diagnostics(body));
        assertEquals("<p>資料</p>\n", publishedWithRulesOff(body));
    }

    @Test
    void safeAddressesPass() {
        String body = "## 本文\n\n[a](https://example.com/?a=1&b=2) [b](http://example.com) [c](mailto:a@example.com)"
                + " [d](files/report.pdf) [e](#本文) [f](?q=1) [g](//cdn.example.com/x) <https://example.com/>";
        assertEquals(List.of(), diagnostics(body));
        String html = published(run(body, CheckSettings.defaults()), "hostile").html();
        assertEquals("<h2 id=\"本文\">本文</h2>\n<p><a href=\"https://example.com/?a=1&amp;b=2\">a</a> <a href=\"http://example.com\">b</a>"
                + " <a href=\"mailto:a@example.com\">c</a> <a href=\"files/report.pdf\">d</a> <a href=\"#本文\">e</a>"
                + " <a href=\"?q=1\">f</a> <a href=\"//cdn.example.com/x\">g</a>"
                + " <a href=\"https://example.com/\">https://example.com/</a></p>\n", html);
    }

    @Test
    void aVideoPosterIsAWarningNotAnError() {
        String body = "<video poster=\"movie.jpg\" src=\"movie.mp4\"></video>\n\n本文です。";
        assertEquals(List.of(
                "2024-01-01-hostile.md:[5,1] html.raw: <video> is not on the allow-list and is removed from the"
                        + " published HTML (its text is kept); write it in Markdown, or list 'video' in allowedHtmlTags"
                        + " to keep it",
                "2024-01-01-hostile.md:[5,8] html.raw: the attribute 'poster' of <video> is removed from the published"
                        + " HTML: it loads images the sanitiser cannot check, so it is never kept; use an <img src> or a"
                        + " Markdown image"),
                diagnostics(body));
    }

    @Test
    void aStyleAttributeIsAWarningAndNeverPublished() {
        String body = "<div style=\"text-align: center\">中央</div>\n\n本文です。";
        assertEquals(List.of("2024-01-01-hostile.md:[5,6] html.raw: the attribute 'style' of <div> is removed from the"
                + " published HTML: styles would restyle the page around the article, so they are never kept; use a"
                + " class, or write the text without it"), diagnostics(body));
        ContentResult result = run(body, CheckSettings.defaults()); // a warning: published without the style
        assertEquals("<div>中央</div>\n<p>本文です。</p>\n", published(result, "hostile").html());
    }

    @Test
    void scriptStyleAndIframeAreReportedAndNeverPublished() {
        String body = "<script>alert(1)</script>\n\n<style>body{display:none}</style>\n\n"
                + "<iframe src=\"https://evil.example/\"></iframe>\n\n本文です。";
        assertEquals(List.of(
                "2024-01-01-hostile.md:[5,1] html.unsafe: <script> is removed from the published HTML with its"
                        + " content: scripts run code in readers' browsers; remove it",
                // A style runs no code: never kept, but a warning, not an error.
                "2024-01-01-hostile.md:[7,1] html.raw: <style> is removed from the published HTML with its"
                        + " content: styles would restyle the page around the article, so they are never kept; style"
                        + " the site instead",
                "2024-01-01-hostile.md:[9,1] html.unsafe: <iframe> is removed from the published HTML with its"
                        + " content: it loads other pages or plug-ins into the article; remove it"),
                diagnostics(body));
        ContentResult result = run(body, RULES_OFF);
        assertEquals(List.of(), content.show(result.diagnostics()));
        Article a = published(result, "hostile");
        assertEquals("\n\n\n<p>本文です。</p>\n", a.html());
        assertEquals("<p>本文です。</p>\n", a.excerptHtml());
    }

    @Test
    void eventHandlersAndUnsafeAddressesInRawHtml() {
        String body = "前 <img src=x onerror=alert(1)> 後 <a href=\"javascript:alert(1)\">x</a>";
        assertEquals(List.of(
                "2024-01-01-hostile.md:[5,14] html.unsafe: the attribute 'onerror' of <img> is removed from the"
                        + " published HTML: event handlers run code in readers' browsers; remove it",
                "2024-01-01-hostile.md:[5,37] link.unsafe-url: the attribute href of <a> uses the scheme"
                        + " 'javascript:'" + UNSAFE_TAIL), diagnostics(body));
        assertEquals("<p>前 <img src=\"x\"> 後 <a>x</a></p>\n", publishedWithRulesOff(body));
    }

    @Test
    void quotesInAddressesAndTitlesStayEscaped() {
        String body = "[t](https://e.example/ \"x\\\" onmouseover=\\\"alert(1)\") "
                + "[u](<https://e.example/\"onmouseover=\"alert(1)>)";
        assertEquals(List.of(), diagnostics(body));
        assertEquals("<p><a href=\"https://e.example/\" title=\"x&quot; onmouseover=&quot;alert(1)\">t</a>"
                + " <a href=\"https://e.example/&quot;onmouseover=&quot;alert(1)\">u</a></p>\n",
                published(run(body, CheckSettings.defaults()), "hostile").html());
    }

    @Test
    void allowedTagsPassWithoutFindingsAndKeepOnlyAllowedAttributes() {
        CheckSettings allow = CheckSettings.defaults().withAllowedHtml(List.of("center", "font"), List.of("color"));
        String body = "<center>中央 <font color=\"red\">赤</font> &amp; <kbd title=\"t\">Ctrl</kbd></center>";
        ContentResult result = run(body, allow);
        assertEquals(List.of(), content.show(result.diagnostics()));
        assertEquals("<center>中央 <font color=\"red\">赤</font> &amp; <kbd title=\"t\">Ctrl</kbd></center>\n",
                published(result, "hostile").html());

        String hostile = "Press <font size=\"3\" onclick=\"x()\">Ctrl</font> & <marquee>動く</marquee>";
        assertEquals(List.of(
                "2024-01-01-hostile.md:[5,13] html.raw: the attribute 'size' of <font> is not on the allow-list and"
                        + " is removed from the published HTML; remove it, or list 'size' in allowedHtmlAttributes to"
                        + " keep it",
                "2024-01-01-hostile.md:[5,22] html.unsafe: the attribute 'onclick' of <font> is removed from the"
                        + " published HTML: event handlers run code in readers' browsers; remove it",
                "2024-01-01-hostile.md:[5,50] html.raw: <marquee> is not on the allow-list and is removed from the"
                        + " published HTML (its text is kept); write it in Markdown, or list 'marquee' in"
                        + " allowedHtmlTags to keep it"),
                content.show(run(hostile, allow).diagnostics()));
        CheckSettings off = new CheckSettings(Map.of("html.raw", RuleLevel.OFF, "html.unsafe", RuleLevel.OFF), null,
                null, null, CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH,
                CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, true, List.of("font"), List.of());
        ContentResult opted = run(hostile, off);
        assertEquals(List.of(), content.show(opted.diagnostics()));
        assertEquals("<p>Press <font>Ctrl</font> &amp; 動く</p>\n", published(opted, "hostile").html());
    }

    @Test
    void theRulesCanBeConfigured() {
        CheckSettings strict = new CheckSettings(Map.of("html.raw", RuleLevel.ERROR, "html.unsafe",
                RuleLevel.WARNING), null, null, null, CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH,
                CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, true);
        ContentResult result = run("<marquee>注意</marquee> <span onclick=\"x()\">!</span>", strict);
        assertEquals(List.of(Severity.ERROR, Severity.WARNING),
                result.diagnostics().stream().map(d -> d.severity()).toList());
    }

    @Test
    void commentsAreNotFindingsAndAreLeftOut() {
        String body = "<!-- メモ: 後で直す -->\n\n本文 <!-- inline --> です。\n\n<!-- articles-suppress: body.marker -->";
        ContentResult result = run(body, CheckSettings.defaults());
        List<String> found = content.show(result.diagnostics());
        assertTrue(found.stream().noneMatch(l -> l.contains("html.raw")), found.toString());
        assertEquals("<p>本文  です。</p>\n", published(result, "hostile").html());
    }

    @Test
    void badAllowlistsAreRefused() {
        CheckSettings bad = CheckSettings.defaults().withAllowedHtml(List.of("script", "<kbd>"),
                List.of("onclick", "style")).withAllowedUrlSchemes(List.of("ftp", "JavaScript:", "data", "a b"));
        assertEquals(List.of(
                "allowedHtmlTags: <script> can never be allowed: it can run scripts, load other pages or change the"
                        + " page around the article; remove it",
                "allowedHtmlTags: '<kbd>' is not an HTML tag name; write it without < >, such as kbd",
                "allowedHtmlAttributes: 'onclick' can never be allowed: event handlers, style and embedded"
                        + " documents can run scripts or restyle the page; remove it",
                "allowedHtmlAttributes: 'style' can never be allowed: event handlers, style and embedded documents"
                        + " can run scripts or restyle the page; remove it",
                "allowedUrlSchemes: 'javascript:' can never be allowed: it can run code or open local files in"
                        + " readers' browsers; remove it",
                "allowedUrlSchemes: 'data:' can never be allowed: it can run code or open local files in readers'"
                        + " browsers; remove it",
                "allowedUrlSchemes: 'a b' is not a URL scheme; write it without ':', such as ftp"),
                SettingsProblems.of(bad));
    }
}

package dev.articles.core;

import static dev.articles.testing.ContentFixture.published;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Article;
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

/** Links in every supported form resolve without findings and are rewritten in the HTML. */
class LinkRewritingTest {
    @TempDir
    Path dir;
    private ContentFixture content;

    @BeforeEach
    void content() {
        content = new ContentFixture(dir).settings(LinkRulesTest.RAW_ANCHORS);
    }

    private void hello() {
        content.lines("_posts/2024/2024-03-01-hello.md",
                "---",
                "title: \"はじめての投稿\"",
                "tags: [Maven]",
                "---",
                "",
                "この記事では記事の管理方法を紹介します。脚注もあります。[^1]",
                "",
                "## 投資家と技術者",
                "",
                "両者の視点から設計を考えます。",
                "",
                "### Setup Guide",
                "",
                "<a id=\"custom-anchor\"></a>手順は次のとおりです。",
                "",
                "[^1]: 脚注の本文です。");
        content.lines("_posts/2023/old.markdown",
                "---",
                "title: \"古い記事\"",
                "date: 2023-12-01",
                "slug: 古い記事",
                "---",
                "",
                "以前の記事の本文です。");
    }

    @Test
    void everyFormResolvesAndIsRewritten() {
        hello();
        content.write("_posts/2024/images/arch.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        content.lines("_posts/2024/2024-03-05-links.md",
                "---",
                "title: \"リンク集\"",
                "---",
                "",
                "[前の記事](2024-03-01-hello.md) と [見出し](2024-03-01-hello.md#投資家と技術者) を参照。",
                "[スラッグ](hello#setup-guide) と [post_url]({% post_url 2024-03-01-hello %}#fn-1) と"
                        + " [link]({% link _posts/2024/2024-03-01-hello.md %}) も使えます。",
                "本文中の {% post_url 2024-03-01-hello %} はアドレスになります。",
                "[別フォルダ](../2023/old.markdown) と [自分の見出し](#まとめ) と [HTML](hello#custom-anchor)。",
                "",
                "![構成図](images/arch.png)",
                "",
                "[外部](https://example.com/123) <mailto:editor@example.com> [サイト](/about)",
                "",
                "## まとめ",
                "",
                "以上です。");

        ContentResult result = content.check();

        assertEquals(List.of(), content.show(result.diagnostics()));
        Article links = published(result, "links");
        // Line breaks between Japanese text (link texts included) render as nothing. Addresses are relative to
        // this article's url, /articles/links/: the others are at /articles/{slug}/, the images below
        // /articles/assets/.
        assertEquals("/articles/links/", links.url());
        assertEquals("<p><a href=\"../hello/\">前の記事</a> と <a href=\"../hello/#投資家と技術者\">見出し</a> を参照。"
                + "<a href=\"../hello/#setup-guide\">スラッグ</a> と <a href=\"../hello/#fn-1\">post_url</a> と"
                + " <a href=\"../hello/\">link</a> も使えます。本文中の ../hello/ はアドレスになります。"
                + "<a href=\"../%E5%8F%A4%E3%81%84%E8%A8%98%E4%BA%8B/\">別フォルダ</a> と <a href=\"#まとめ\">自分の見出し</a> と"
                + " <a href=\"../hello/#custom-anchor\">HTML</a>。</p>\n"
                + "<p><img src=\"../assets/_posts/2024/images/arch.png\" alt=\"構成図\" /></p>\n"
                + "<p><a href=\"https://example.com/123\">外部</a> <a href=\"mailto:editor@example.com\">mailto:editor@example.com</a>"
                + " <a href=\"/about\">サイト</a></p>\n"
                + "<h2 id=\"まとめ\">まとめ</h2>\n"
                + "<p>以上です。</p>\n", links.html());
        assertEquals(List.of(new Article.Asset("assets/_posts/2024/images/arch.png",
                dir.resolve("_posts/2024/images/arch.png"))), links.assets());
        assertEquals(List.of(), published(result, "hello").assets());
    }

    @Test
    void addressesAreRelativeToTheArticlesOwnUrlAcrossFolders() {
        hello();
        content.write("_posts/2024/images/arch.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        content.lines("_posts/2024/2024-03-05-links.md",
                "---",
                "title: \"リンク集\"",
                "---",
                "",
                "[前の記事](2024-03-01-hello.md#setup-guide) と [古い記事](../2023/old.markdown)",
                "",
                "![構成図](images/arch.png)");

        ContentResult result = content.site(null, "/{year}/{month}/{slug}.html").check();

        assertEquals(List.of(), content.show(result.diagnostics()));
        Article links = published(result, "links");
        assertEquals("/2024/03/links.html", links.url());
        assertEquals("/2024/03/hello.html", published(result, "hello").url());
        // The assets are served beside the articles' common folder, the site's root here.
        assertEquals("<p><a href=\"hello.html#setup-guide\">前の記事</a> と <a href=\"../../2023/12/%E5%8F%A4%E3%81%84%E8%A8%98%E4%BA%8B.html\">古い記事</a></p>\n"
                + "<p><img src=\"../../assets/_posts/2024/images/arch.png\" alt=\"構成図\" /></p>\n", links.html());
    }

    @Test
    void nothingToDoForExternalLinksAndLiquidInCode() {
        content.lines("2026-02-05-tools.md",
                "---",
                "title: \"Jekyll から移行する\"",
                "---",
                "",
                "Jekyll では `{% post_url 2024-03-01-hello %}` や `{{ page.title }}` と書きました。",
                "詳しくは [公式サイト](https://jekyllrb.com/docs/liquid/) と [例](https://example.com/123) を参照。",
                "\\{% raw %} は書いたまま表示されます。",
                "",
                "```liquid",
                "{% for post in site.posts %}",
                "  {{ post.title }}",
                "{% endfor %}",
                "{% post_url 2099-01-01-nothing %}",
                "```",
                "",
                "    {% include footer.html %}",
                "    {% link nothing.md %}",
                "",
                "連絡先: <editor@example.com>、画像: ![logo](https://example.com/logo.png)");

        ContentResult result = content.check();

        assertEquals(List.of(), content.show(result.diagnostics()));
        String html = published(result, "tools").html();
        assertEquals("<p>Jekyll では <code>{% post_url 2024-03-01-hello %}</code> や <code>{{ page.title }}</code>"
                + " と書きました。詳しくは <a href=\"https://jekyllrb.com/docs/liquid/\">公式サイト</a> と"
                + " <a href=\"https://example.com/123\">例</a> を参照。\n"
                + "{% raw %} は書いたまま表示されます。</p>\n"
                + "<pre><code class=\"language-liquid\">{% for post in site.posts %}\n"
                + "  {{ post.title }}\n"
                + "{% endfor %}\n"
                + "{% post_url 2099-01-01-nothing %}\n"
                + "</code></pre>\n"
                + "<pre><code>{% include footer.html %}\n"
                + "{% link nothing.md %}\n"
                + "</code></pre>\n"
                + "<p>連絡先: <a href=\"mailto:editor@example.com\">editor@example.com</a>、画像:"
                + " <img src=\"https://example.com/logo.png\" alt=\"logo\" /></p>\n", html);
    }

    @Test
    void queriesAndFragmentsSurviveTheRoundTrip() {
        hello();
        content.lines("_posts/2024/2024-03-06-query.md",
                "---",
                "title: \"クエリ付き\"",
                "---",
                "",
                "[q](2024-03-01-hello.md?utm=a&b=c#%E6%8A%95%E8%B3%87%E5%AE%B6%E3%81%A8%E6%8A%80%E8%A1%93%E8%80%85)"
                        + " [gone](gone.md?a=1&b=\"2\")");
        CheckSettings settings = new CheckSettings(Map.of("link.broken", RuleLevel.OFF), null, null, null,
                CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH, CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null,
                true, LinkRulesTest.RAW_ANCHORS.allowedHtmlTags(), LinkRulesTest.RAW_ANCHORS.allowedHtmlAttributes());

        ContentResult result = content.settings(settings).check();

        assertEquals(List.of(), content.show(result.diagnostics()));
        assertEquals("<p><a href=\"../hello/?utm=a&amp;b=c#%E6%8A%95%E8%B3%87%E5%AE%B6%E3%81%A8%E6%8A%80%E8%A1%93%E8%80%85\">"
                + "q</a> <a href=\"gone.md?a=1&amp;b=&quot;2&quot;\">gone</a></p>\n",
                published(result, "query").html());
    }

    @Test
    void slugsWithUrlCharactersArePercentEncodedInTheAddress() {
        content.lines("a.md", "---", "title: \"C#\"", "slug: c#-入門", "date: 2024-01-01", "---", "", "本文。");
        content.lines("b.md", "---", "title: \"B\"", "date: 2024-01-02", "---", "", "[C#](a.md)");

        ContentResult result = content.check();

        assertEquals(List.of(), content.show(result.diagnostics()));
        assertEquals("/articles/c%23-%E5%85%A5%E9%96%80/", published(result, "c#-入門").url());
        assertEquals("<p><a href=\"../c%23-%E5%85%A5%E9%96%80/\">C#</a></p>\n", published(result, "b").html());
    }
}

package dev.articles.core;

import static dev.articles.testing.ContentFixture.published;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Article;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import dev.articles.testing.ContentFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each link rule firing, with its exact position and message. */
class LinkRulesTest {
    /** The link fixtures use raw HTML anchors ({@code <a id>}, {@code <span id>}) as link targets. */
    static final CheckSettings RAW_ANCHORS = CheckSettings.defaults().withAllowedHtml(List.of("a", "span"),
            List.of("id", "name"));

    @TempDir
    Path dir;
    private ContentFixture content;

    @BeforeEach
    void content() {
        content = new ContentFixture(dir).settings(RAW_ANCHORS);
    }

    private void targets() throws Exception {
        content.lines("_posts/2024-03-01-hello.md",
                "---",
                "title: \"はじめての投稿\"",
                "---",
                "",
                "## Overview",
                "",
                "概要です。",
                "",
                "## 投資家と技術者",
                "",
                "本文です。");
        content.lines("guide/Setup.md",
                "---",
                "title: \"セットアップ\"",
                "date: 2024-01-10",
                "---",
                "",
                "手順を説明します。");
        content.write("_posts/images/Chart.png", new byte[] {1, 2, 3});
        Files.createDirectories(dir.resolve("_posts/figures"));
    }

    @Test
    void brokenArticleLinks() throws Exception {
        targets();
        content.lines("_posts/2024-03-10-broken.md",
                "---",
                "title: \"壊れたリンク\"",
                "---",
                "",
                "大文字: [a](2024-03-01-Hello.md)",
                "別の場所: [b](setup.md)",
                "外: [c](../../outside.md)",
                "スラッグ: [d](helo) [e](Hello) [f](2024-03-01-hello)",
                "拡張子: {% post_url 2024-03-01-hello.md %}",
                "日付違い: [g]({% post_url 2024-03-02-hello %})",
                "空: {% post_url %}",
                "相対: {% link 2024-03-01-hello.md %}",
                "",
                "[h]: ../missing.md",
                "参照: [i][h]");

        assertEquals(List.of(
                "_posts/2024-03-10-broken.md:[5,10] link.broken: the link '2024-03-01-Hello.md' leads to no article:"
                        + " there is no '_posts/2024-03-01-Hello.md' in the content directory; did you mean"
                        + " '2024-03-01-hello.md'?",
                "_posts/2024-03-10-broken.md:[6,11] link.broken: the link 'setup.md' leads to no article: there is no"
                        + " '_posts/setup.md' in the content directory; did you mean '../guide/Setup.md'?",
                "_posts/2024-03-10-broken.md:[7,8] link.broken: the link '../../outside.md' leads outside the content"
                        + " directory; link only to articles inside it",
                "_posts/2024-03-10-broken.md:[8,11] link.broken: the link 'helo' names no article: no article has the"
                        + " slug 'helo' (a link without '/' or extension names an article by its slug); did you mean"
                        + " 'hello'?",
                "_posts/2024-03-10-broken.md:[8,21] link.broken: the link 'Hello' names no article: no article has the"
                        + " slug 'Hello' (a link without '/' or extension names an article by its slug); did you mean"
                        + " 'hello'?",
                "_posts/2024-03-10-broken.md:[8,32] link.broken: the link '2024-03-01-hello' names no article: no"
                        + " article has the slug '2024-03-01-hello' (a link without '/' or extension names an article"
                        + " by its slug); did you mean 'hello'?",
                "_posts/2024-03-10-broken.md:[9,6] link.broken: {% post_url 2024-03-01-hello.md %} names no article:"
                        + " post_url takes the file name without its extension; write {% post_url 2024-03-01-hello %}",
                "_posts/2024-03-10-broken.md:[10,11] link.broken: {% post_url 2024-03-02-hello %} names no article: no"
                        + " article file is named '2024-03-02-hello.md' (or '.markdown'); did you mean"
                        + " {% post_url 2024-03-01-hello %}?",
                "_posts/2024-03-10-broken.md:[11,4] link.broken: {% post_url %} names no article; write the"
                        + " article's file name without extension, such as {% post_url 2024-03-01-hello %}",
                "_posts/2024-03-10-broken.md:[12,5] link.broken: {% link 2024-03-01-hello.md %} names no article:"
                        + " there is no '2024-03-01-hello.md' in the content directory (link takes a path from the"
                        + " content directory); did you mean {% link _posts/2024-03-01-hello.md %}?",
                "_posts/2024-03-10-broken.md:[14,6] link.broken: the link '../missing.md' leads to no article: there is"
                        + " no 'missing.md' in the content directory"),
                content.findings());
    }

    @Test
    void linksFromTheRootAreCheckedWhenShapedLikeADatedArticleAddress() {
        ContentFixture dated = new ContentFixture(dir).settings(RAW_ANCHORS)
                .site(dev.articles.core.settings.SiteFormat.PLAIN, "/{year}/{month}/{slug}/");
        dated.lines("2024-03-01-hello.md", "---", "title: \"はじめての投稿\"", "---", "", "## Overview", "", "概要です。");
        dated.lines("2024-03-12-root.md",
                "---",
                "title: \"ルート\"",
                "---",
                "",
                "[a](/2024/03/hello/) [b](/2024/03/hello#overview) [c](/2024/03/helo/) [d](/2024/03/hello/#setup)",
                "[e](/about/) [f](/2024/03/) [g](/2024/03/deck.pdf) [h](//example.org/2024/03/x/)");
        assertEquals(List.of(
                "2024-03-12-root.md:[5,55] link.broken: the link to the site's '/2024/03/helo/' has the shape"
                        + " of an article's address, but no article has it; did you mean '/2024/03/hello/'?",
                "2024-03-12-root.md:[5,75] link.anchor: the link '/2024/03/hello/#setup' names no heading of"
                        + " '2024-03-01-hello.md': its ids are #overview (a heading's id is its text in lower case,"
                        + " punctuation dropped, spaces as '-')"),
                dated.findings());
        // Undated addresses (the default /articles/{slug}/) share their folder with the site's own pages: unchecked.
        content.lines("2024-03-01-hello.md", "---", "title: \"はじめての投稿\"", "---", "", "本文。");
        content.lines("2024-03-12-root.md", "---", "title: \"ルート\"", "---", "", "[a](/articles/helo/)");
        assertEquals(List.of(), content.findings());
    }

    /** The defect is the key written twice; links to the article still resolve, as they do in Jekyll. */
    @Test
    void anArticleWithAKeyWrittenTwiceIsStillALinkTarget() {
        content.lines("2026/2026-02-05-twice.md", "---", "title: \"一度目\"", "title: \"二度目\"", "---", "",
                "## 概要", "", "本文。");
        content.lines("2026/2026-02-06-links.md", "---", "title: \"リンク\"", "---", "",
                "[a](2026-02-05-twice.md#概要) {% post_url 2026-02-05-twice %} [b](twice)");
        assertEquals(List.of("2026/2026-02-05-twice.md:[3,1] front-matter.duplicate-key: duplicate key 'title' (first"
                + " written on line 2); remove one of them"), content.findings());
    }

    @Test
    void aMisspeltFileNameIsAnsweredWithTheNearestArticle() {
        content.lines("2026/2026-02-05-iko.md", "---", "title: \"移行\"", "---", "", "本文。");
        content.lines("2026/2026-02-05-ab.md", "---", "title: \"AB\"", "---", "", "本文。");
        content.lines("2026/2026-02-06-notes.md",
                "---",
                "title: \"メモ\"",
                "---",
                "",
                "[移行](2026-02-05-ikou.md) [別](2026-02-05-xy.md) {% post_url 2026-02-05-ikoo %}");

        assertEquals(List.of(
                "2026/2026-02-06-notes.md:[5,6] link.broken: the link '2026-02-05-ikou.md' leads to no article: there"
                        + " is no '2026/2026-02-05-ikou.md' in the content directory; did you mean"
                        + " '2026-02-05-iko.md'?",
                // Two letters apart after the date: another article, not a slip.
                "2026/2026-02-06-notes.md:[5,30] link.broken: the link '2026-02-05-xy.md' leads to no article: there"
                        + " is no '2026/2026-02-05-xy.md' in the content directory",
                "2026/2026-02-06-notes.md:[5,48] link.broken: {% post_url 2026-02-05-ikoo %} names no article: no"
                        + " article file is named '2026-02-05-ikoo.md' (or '.markdown'); did you mean"
                        + " {% post_url 2026-02-05-iko %}?"),
                content.findings());
    }

    @Test
    void anchorsMustNameAHeadingFootnoteOrHtmlId() throws Exception {
        targets();
        content.lines("_posts/2024-03-11-anchors.md",
                "---",
                "title: \"アンカー\"",
                "---",
                "",
                "[a](2024-03-01-hello.md#Overview)",
                "[b](hello#まとめ)",
                "[c](#なし)",
                "[d](#手順!)",
                "[e](../guide/Setup.md#intro)",
                "[ok1](hello#投資家と技術者) [ok2](#%E6%89%8B%E9%A0%86) [ok3](#fn-1) [ok4](#fnref-1) [ok5](#top)",
                "<span id=\"top\"></span>注釈つき。[^1]",
                "",
                "## 手順",
                "",
                "[^1]: 注釈です。");

        assertEquals(List.of(
                "_posts/2024-03-11-anchors.md:[5,5] link.anchor: the link '2024-03-01-hello.md#Overview' names no"
                        + " heading of '_posts/2024-03-01-hello.md': '#Overview' is not an id there; did you mean"
                        + " '#overview'?",
                "_posts/2024-03-11-anchors.md:[6,5] link.anchor: the link 'hello#まとめ' names no heading of"
                        + " '_posts/2024-03-01-hello.md': its ids are #overview, #投資家と技術者 (a heading's id is its"
                        + " text in lower case, punctuation dropped, spaces as '-')",
                "_posts/2024-03-11-anchors.md:[7,5] link.anchor: the link '#なし' names no heading of this article: its"
                        + " ids are #手順, #top, #fnref-1, #fn-1 (a heading's id is its text in lower case, punctuation"
                        + " dropped, spaces as '-')",
                "_posts/2024-03-11-anchors.md:[8,5] link.anchor: the link '#手順!' names no heading of this article:"
                        + " '#手順!' is not an id there; did you mean '#手順'?",
                "_posts/2024-03-11-anchors.md:[9,5] link.anchor: the link '../guide/Setup.md#intro' names no heading of"
                        + " 'guide/Setup.md', which has no headings; remove the '#intro' part"),
                content.findings());
    }

    @Test
    void imagesMustBeFilesInTheContentDirectory(@TempDir Path elsewhere) throws Exception {
        targets();
        Path outside = new ContentFixture(elsewhere).write("secret.png", new byte[] {9});
        Files.createSymbolicLink(dir.resolve("_posts/images/linked.png"), outside);
        content.lines("_posts/2024-03-12-images.md",
                "---",
                "title: \"画像\"",
                "---",
                "",
                "![a](images/chart.png)",
                "![b](../../x.png)",
                "![c](figures)",
                "![d](diagram.svg)",
                "![e](images/linked.png)",
                "![ok1](images/Chart.png) ![ok2]({% link _posts/images/Chart.png %}) ![ok3](./images/Chart.png?v=2)");

        assertEquals(List.of(
                "_posts/2024-03-12-images.md:[5,6] image.missing: the image 'images/chart.png' does not exist: there"
                        + " is no '_posts/images/chart.png' in the content directory; did you mean 'images/Chart.png'?",
                "_posts/2024-03-12-images.md:[6,6] image.missing: the image '../../x.png' leads outside the content"
                        + " directory; put the file into it and link it relatively",
                "_posts/2024-03-12-images.md:[7,6] image.missing: the image 'figures' is not a file: '_posts/figures'"
                        + " is a folder or special file",
                "_posts/2024-03-12-images.md:[8,6] image.missing: the image 'diagram.svg' does not exist: there is no"
                        + " '_posts/diagram.svg' in the content directory",
                "_posts/2024-03-12-images.md:[9,6] image.missing: the image 'images/linked.png' is a link to "
                        + outside.toRealPath() + ", outside the content directory; copy the file instead"),
                content.findings());
    }

    @Test
    void emptyLinks() {
        content.lines("2024-03-13-empty.md",
                "---",
                "title: \"空のリンク\"",
                "---",
                "",
                "[a]() と ![b]() と [c](<>) と [d](#)",
                "[正しい](https://example.com/123) [参照][空]",
                "",
                "[空]: <>");

        assertEquals(List.of(
                "2024-03-13-empty.md:[5,1] link.empty: the link '[a]()' has no target; write the address between the"
                        + " parentheses, or remove the brackets to keep plain text",
                "2024-03-13-empty.md:[5,9] link.empty: the image '![b]()' has no source; write the image file's path"
                        + " between the parentheses, such as ![b](images/figure.png)",
                "2024-03-13-empty.md:[5,18] link.empty: the link '[c](<>)' has no target; write the address between"
                        + " the parentheses, or remove the brackets to keep plain text",
                "2024-03-13-empty.md:[5,28] link.empty: the link '[d](#)' leads nowhere ('#' alone); write the"
                        + " address, or '#' and the id of a heading",
                "2024-03-13-empty.md:[6,32] link.empty: the link '[参照][空] ([空]: <>)' has no target; write the address"
                        + " in its definition, or remove the brackets to keep plain text"),
                content.findings());
    }

    @Test
    void unsupportedLiquid() {
        content.lines("2024-03-01-hello.md", "---", "title: \"前回\"", "---", "", "前回の本文です。");
        content.lines("2024-03-14-liquid.md",
                "---",
                "title: \"Liquid\"",
                "---",
                "",
                "{{ page.title }} を表示します。",
                "{% highlight ruby %}",
                "puts 1",
                "{% endhighlight %}",
                "生の HTML: <a href=\"{% post_url 2024-03-01-hello %}\">前回</a>",
                "{% include ad.html %} {%- assign x = 1 -%}",
                "コード: `{{ ok }}` \\{% escaped %} \\{{ escaped }} {% post_url 2024-03-01-hello %}");

        assertEquals(List.of(
                "2024-03-14-liquid.md:[5,1] liquid.unsupported: '{{ page.title }}' is Liquid output, which the plugin"
                        + " does not evaluate; write the value itself, or put it in `code` to show it as written",
                "2024-03-14-liquid.md:[6,1] liquid.unsupported: the Liquid tag '{% highlight ruby %}' is not supported"
                        + " (only post_url and link are); write a fenced code block (```java ... ```) instead",
                "2024-03-14-liquid.md:[8,1] liquid.unsupported: the Liquid tag '{% endhighlight %}' is not supported"
                        + " (only post_url and link are); write a fenced code block (```java ... ```) instead",
                "2024-03-14-liquid.md:[9,19] liquid.unsupported: the Liquid tag '{% post_url 2024-03-01-hello %}' is"
                        + " only understood as a link target [text]({% post_url 2024-03-01-hello %}) or in running"
                        + " text, not here (raw HTML or link titles are not rewritten); write a Markdown link",
                "2024-03-14-liquid.md:[10,1] liquid.unsupported: the Liquid tag '{% include ad.html %}' is not"
                        + " supported (only post_url and link are); write the included text into the article",
                "2024-03-14-liquid.md:[10,23] liquid.unsupported: the Liquid tag '{%- assign x = 1 -%}' is not"
                        + " supported (only post_url and link are); write the text it would produce, or put it in"
                        + " `code` to show it as written"),
                content.findings());
    }

    @Test
    void aLinkToAFileThatIsNoArticleSaysSo() {
        content.lines("2024-03-01-hello.md", "---", "title: \"前回\"", "---", "", "[メモ](notes/todo.md)");
        content.lines("notes/todo.md", "メモ書き（記事ではない）");

        assertEquals(List.of("2024-03-01-hello.md:[5,6] link.broken: the link 'notes/todo.md' leads to no article:"
                        + " 'notes/todo.md' is not among the checked articles (left out by includes/excludes, or its"
                        + " front matter could not be read)"),
                content.excludes("notes/**").settings(CheckSettings.defaults()).findings());
    }

    @Test
    void rulesTurnedOffOrSuppressedLeaveTheLinkAsWritten() {
        content.lines("2024-03-15-kept.md",
                "---",
                "title: \"そのまま\"",
                "---",
                "",
                "<!-- articles-suppress: link.broken -->",
                "[消えた記事](gone.md) と {% post_url 2020-01-01-gone %}",
                "",
                "![図](images/none.png) と [見出し](#ない)");
        CheckSettings settings = new CheckSettings(Map.of("image.missing", RuleLevel.OFF, "link.anchor",
                RuleLevel.WARNING), null, null, null, CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH,
                CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, true);

        ContentResult result = content.settings(settings).check();

        assertEquals(List.of("2024-03-15-kept.md:[8,31] link.anchor: the link '#ない' names no heading of this"
                + " article, which has no headings; remove the '#ない' part"), content.show(result.diagnostics()));
        Article kept = published(result, "kept");
        assertEquals("<p><a href=\"gone.md\">消えた記事</a> と {% post_url 2020-01-01-gone %}</p>\n"
                + "<p><img src=\"images/none.png\" alt=\"図\" /> と <a href=\"#ない\">見出し</a></p>\n", kept.html());
        assertEquals(List.of(), kept.assets());
    }

    @Test
    void referenceStyleLinksAreCheckedAtTheirDefinition() throws Exception {
        targets();
        content.lines("2024-03-16-refs.md",
                "---",
                "title: \"参照リンク\"",
                "---",
                "",
                "[前回][hello] と [もう一度][hello] と [壊れた][bad] と ![図][fig]",
                "",
                "[hello]: _posts/2024-03-01-hello.md#overview",
                "[bad]: _posts/nothing.md",
                "[fig]: _posts/images/Chart.png");

        ContentResult result = content.check();

        assertEquals(List.of("2024-03-16-refs.md:[8,8] link.broken: the link '_posts/nothing.md' leads to no"
                + " article: there is no '_posts/nothing.md' in the content directory"),
                content.show(result.diagnostics()));
    }

    @Test
    void realisticJapaneseArticlesHaveNoLinkFindings() {
        content.lines("_posts/000/2026-01-20-post-000001.md",
                "---",
                "layout: post",
                "title: \"推論基盤の未来 1\"",
                "date: 2026-01-20 08:15:00 +0000",
                "categories: [\"AI技術ガイド\"]",
                "tags: [\"LLM\", \"NVIDIA\", \"技術動向\"]",
                "author: \"編集部\"",
                "excerpt: \"推論基盤の設計を [公式資料](https://example.com/4521) とともに整理します。\"",
                "---",
                "",
                "推論基盤は企業の競争力を左右する要素です。**性能**と**収益**の両立が求められます。"
                        + "[データセンター](https://example.com/88123)の電力も課題と言えるでしょう。",
                "",
                "### 設計と実装",
                "",
                "**検証：**",
                "ベンチマークで性能を測り、`mvn package` で成果物を作ります。{\"model\": \"llama\"} のような設定を"
                        + "使います。",
                "",
                "- モデルの学習には大量の計算が必要です。",
                "- 推論は利用者の近くで動かすのが重要だ。 [詳細](https://example.com/77)",
                "",
                "| 項目 | 値 | 備考 |",
                "|---|---:|---|",
                "| 推論 | 120 | 改善 |",
                "| 学習 | 45 | 検証 |",
                "",
                "```java",
                "String s0 = \"{{ not liquid in code }}\";",
                "String s1 = \"{% also fine %}\";",
                "```",
                "",
                "> 透明性と規制への対応が今後の鍵になるだろう。",
                "",
                "1. 市場を分析する。",
                "2. 戦略を立てる。[^出典]",
                "",
                "前の節は [設計と実装](#設計と実装) を、出典は [脚注](#fn-1) を参照してください。",
                "",
                "[^出典]: 社内調査（2025年）による。");
        content.lines("_posts/000/2026-01-21-post-000002.md",
                "---",
                "title: \"Agents and the open-source ecosystem 2\"",
                "date: 2026-01-21 09:00:00 +0000",
                "---",
                "",
                "Open source models change the market. See [the previous post]({% post_url 2026-01-20-post-000001 %}#設計と実装)"
                        + " or [its list](2026-01-20-post-000001.md), and email <editor@example.com>.",
                "",
                "## Pipeline",
                "",
                "Benchmark inference, training and audio pipelines: [docs](https://example.com/12345).");

        ContentResult result = content.check();

        List<String> linkRules = List.of("link.broken", "link.anchor", "link.empty", "image.missing",
                "liquid.unsupported");
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> linkRules.contains(d.rule())).toList());
        assertEquals("<p>Open source models change the market. See"
                + " <a href=\"../post-000001/#設計と実装\">the previous post</a> or"
                + " <a href=\"../post-000001/\">its list</a>, and email"
                + " <a href=\"mailto:editor@example.com\">editor@example.com</a>.</p>\n"
                + "<h2 id=\"pipeline\">Pipeline</h2>\n"
                + "<p>Benchmark inference, training and audio pipelines:"
                + " <a href=\"https://example.com/12345\">docs</a>.</p>\n",
                published(result, "post-000002").html());
    }
}

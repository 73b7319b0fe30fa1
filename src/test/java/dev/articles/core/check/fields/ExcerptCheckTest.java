package dev.articles.core.check.fields;

import static dev.articles.testing.ContentFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Severity;
import dev.articles.core.settings.CheckSettings;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcerptCheckTest {
    static final CheckSettings SHORT = new CheckSettings(Map.of(), List.of(), List.of(), List.of(), 30,
            CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, true);

    @TempDir
    Path dir;

    @Test
    void aLongFrontMatterExcerptIsReportedAtItsKey() {
        String excerpt = "記事をプルリクエストでレビューし、ビルドの中で自動的に検査する流れを紹介します。"; // 40
        ContentFixture site = new ContentFixture(dir).settings(SHORT);
        site.write("a.md", article("""
                title: 長い抜粋
                date: 2026-01-01
                  # 抜粋
                excerpt: "%s"
                """.formatted(excerpt), "本文です。\n"));
        assertEquals(List.of("a.md:[5,1] excerpt.too-long: the excerpt is 40 characters long, more than"
                        + " excerptMaxLength (30); shorten it to a sentence or two"),
                site.findings("excerpt.too-long"));
        assertEquals(Severity.WARNING, site.diagnostics("excerpt.too-long").get(0).severity());
    }

    @Test
    void lengthIsTheCodePointsOfThePlainForm() {
        ContentFixture site = new ContentFixture(dir).settings(SHORT);
        // 30 code points (the emoji is two UTF-16 chars)
        site.write("a.md", article("title: 絵文字\ndate: 2026-01-01\nexcerpt: \"🎉新しいビルドを公開しました。変更点と移行の手順をまとめます\"",
                "本文\n"));
        // 34 characters written, 30 once the bold markers are gone
        site.write("b.md", article("title: 太字\ndate: 2026-01-01\nexcerpt: \"**新しいビルド**を公開しました。変更点と移行の手順をまとめます。\"",
                "本文\n"));
        // 31
        site.write("c.md", article("title: 一文字多い\ndate: 2026-01-01\nexcerpt: \"新しいビルドを公開しました！変更点と移行の手順をまとめます。。\"",
                "本文\n"));
        assertEquals(List.of("c.md:[4,1] excerpt.too-long: the excerpt is 31 characters long, more than"
                        + " excerptMaxLength (30); shorten it to a sentence or two"),
                site.findings("excerpt.too-long"));
    }

    @Test
    void withoutExcerptTheFirstParagraphIsMeasured() {
        ContentFixture site = new ContentFixture(dir).settings(SHORT);
        site.write("a.md", article("title: 抜粋なし\ndate: 2026-01-01", """
                # 見出しは抜粋にならない

                最初の段落が抜粋として使われるので、この段落が長すぎると一覧が読みにくくなります。

                二つ目の段落は数えません。
                """));
        site.write("b.md", article("title: 短い最初の段落\ndate: 2026-01-01\nexcerpt: \"\"", """
                短い段落です。

                二つ目の段落はどれほど長くても抜粋には関係がないので、この段落は数えられることがありません。
                """));
        assertEquals(List.of("a.md:[8,1] excerpt.too-long: the first paragraph, which is the excerpt as the front"
                        + " matter has none, is 41 characters long, more than excerptMaxLength (30); add a shorter"
                        + " 'excerpt:' to the front matter"),
                site.findings("excerpt.too-long"));
    }

    @Test
    void markdownInTheExcerptIsNamed() {
        ContentFixture site = new ContentFixture(dir);
        site.write("2026-02-05-llama.md", article("""
                title: "Llama 4 の新機能"
                date: 2026-02-05 17:08:42 +0000
                excerpt: "**Llama 4 の画像理解**について、[公式発表](https://example.com/llama)をもとに詳しく解説します。"
                """, "本文です。\n"));
        assertEquals(List.of("2026-02-05-llama.md:[4,10] excerpt.markdown: the excerpt's Markdown (bold"
                        + " '**Llama 4 の画像理解**', link '[公式発表](https://example.com/llama)') is dropped from its"
                        + " plain form, which reads 'Llama 4 の画像理解について、公式発表をもとに詳しく解説します。'; write the"
                        + " excerpt as plain text if consumers show it without formatting"),
                site.findings("excerpt.markdown"));
        assertEquals(Severity.INFO, site.diagnostics("excerpt.markdown").get(0).severity());
    }

    @Test
    void codeEscapesAndHtmlAreMarkdownToo() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("title: コード\ndate: 2026-01-01\nexcerpt: \"`mvn package` で動かします。\"", "本文\n"));
        site.write("b.md", article("title: エスケープ\ndate: 2026-01-01\nexcerpt: '\\*注意\\* が必要です。'", "本文\n"));
        site.write("c.md", article("title: HTML\ndate: 2026-01-01\nexcerpt: \"改行<br>を含みます。\"", "本文\n"));
        assertEquals(List.of(
                "a.md:[4,10] excerpt.markdown: the excerpt's Markdown (code '`mvn package`') is dropped from its plain"
                        + " form, which reads 'mvn package で動かします。'; write the excerpt as plain text if consumers"
                        + " show it without formatting",
                "b.md:[4,10] excerpt.markdown: the excerpt's Markdown (backslash escape '\\*注意\\* が必要です。') is"
                        + " dropped from its plain form, which reads '*注意* が必要です。'; write the excerpt as plain text"
                        + " if consumers show it without formatting",
                "c.md:[4,10] excerpt.markdown: the excerpt's Markdown (HTML '<br>') is dropped from its plain form,"
                        + " which reads '改行を含みます。'; write the excerpt as plain text if consumers show it without"
                        + " formatting"),
                site.findings("excerpt.markdown"));
    }

    @Test
    void plainExcerptsPassEvenWithMarkdownLookingCharacters() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("title: 記号\ndate: 2026-01-01\nexcerpt: \"5 * 3 = 15 と snake_case_name、C# と ※注記、https://example.com も。\"",
                "本文\n"));
        site.write("b.md", article("title: 複数行\ndate: 2026-01-01\nexcerpt: >\n  一行目の文章と\n  二行目の文章です。",
                "本文\n"));
        Samples.ALL.forEach(s -> site.write(s[0], s[1]));
        assertEquals(List.of(), site.diagnostics().stream().filter(d -> d.rule().startsWith("excerpt.")).toList());
    }
}

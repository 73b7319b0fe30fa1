package dev.articles.core.check.corpus;

import static dev.articles.testing.ContentFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.check.fields.Samples;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossArticleTest {
    @TempDir
    Path dir;

    /** Paragraphs long enough to be compared, each different. */
    static String paragraph(String topic, int n) {
        return topic + "について、" + n + "番目の段落では具体的な手順と注意点を順に説明していきます。";
    }

    static String paragraphs(String topic, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            out.append(paragraph(topic, i)).append("\n\n");
        }
        return out.toString();
    }

    @Test
    void equalTitlesAfterNormalisationAreReportedAtEachTitle() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("title: \"Maven 入門\"\ndate: 2026-01-01", "本文\n"));
        site.write("b.md", article("date: 2026-01-02\ntitle: maven　入門", "本文\n"));
        site.write("c.md", article("title: Maven 入門 第二回\ndate: 2026-01-03", "本文\n"));
        List<Diagnostic> found = site.diagnostics("title.duplicate");
        assertEquals(List.of(
                "a.md:[2,8] title.duplicate: the title 'Maven 入門' is also used by b.md:3 ('maven　入門'); give each"
                        + " article its own title",
                "b.md:[3,8] title.duplicate: the title 'maven　入門' is also used by a.md:2 ('Maven 入門'); give each"
                        + " article its own title"), site.show(found));
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void longListsOfDuplicatesAreCut() {
        ContentFixture site = new ContentFixture(dir);
        for (int i = 1; i <= 5; i++) {
            site.write(i + ".md", article("title: 週報\ndate: 2026-01-0" + i, "本文\n"));
        }
        assertEquals("1.md:[2,8] title.duplicate: the title '週報' is also used by 2.md:2, 3.md:2, 4.md:2 and 1 more;"
                + " give each article its own title", site.show(site.diagnostics("title.duplicate").get(0)));
        assertEquals(5, site.diagnostics("title.duplicate").size());
    }

    @Test
    void aCopiedArticleIsReportedInBothWithTheShare() {
        ContentFixture site = new ContentFixture(dir);
        site.write("2026/a.md", article("title: 設計レビューの進め方\ndate: 2026-01-01",
                paragraphs("設計レビュー", 1, 5)));
        site.write("2026/b.md", article("title: 設計レビューの進め方（改訂版）\ndate: 2026-02-01",
                "改訂にあたって、冒頭に新しい段落を加えました。以下は前回の記事とほぼ同じ内容です。\n\n"
                        + paragraphs("設計レビュー", 1, 4)));
        List<Diagnostic> found = site.diagnostics("article.near-duplicate");
        assertEquals(List.of(
                "2026/a.md:[2,8] article.near-duplicate: this article is a near-duplicate of 2026/b.md (4 shared"
                        + " paragraphs: 80% of this one, 80% of that one, from line 6 here and line 8 there); delete"
                        + " the copy or rewrite it",
                "2026/b.md:[2,8] article.near-duplicate: this article is a near-duplicate of 2026/a.md (4 shared"
                        + " paragraphs: 80% of this one, 80% of that one, from line 8 here and line 6 there); delete"
                        + " the copy or rewrite it"), site.show(found));
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void aShortArticleContainedInALongOneCounts() {
        ContentFixture site = new ContentFixture(dir);
        site.write("short.md", article("title: 要約\ndate: 2026-01-01", paragraphs("テスト", 1, 3)));
        site.write("long.md", article("title: 完全版\ndate: 2026-01-02", paragraphs("テスト", 1, 12)));
        assertEquals(List.of(
                "long.md:[2,8] article.near-duplicate: this article is a near-duplicate of short.md (3 shared"
                        + " paragraphs: 25% of this one, 100% of that one, from line 6 here and line 6 there); delete"
                        + " the copy or rewrite it",
                "short.md:[2,8] article.near-duplicate: this article is a near-duplicate of long.md (3 shared"
                        + " paragraphs: 100% of this one, 25% of that one, from line 6 here and line 6 there); delete"
                        + " the copy or rewrite it"),
                site.findings("article.near-duplicate"));
    }

    @Test
    void aFewSharedParagraphsAreNotADuplicate() {
        ContentFixture site = new ContentFixture(dir);
        // only two paragraphs shared, though that is all of a.md
        site.write("a.md", article("title: 一\ndate: 2026-01-01", paragraphs("移行", 1, 2)));
        site.write("b.md", article("title: 二\ndate: 2026-01-02", paragraphs("移行", 1, 2)));
        // three of five shared: 60%
        site.write("c.md", article("title: 三\ndate: 2026-01-03", paragraphs("監視", 1, 5)));
        site.write("d.md", article("title: 四\ndate: 2026-01-04", paragraphs("監視", 3, 7)));
        assertEquals(List.of(), site.diagnostics("article.near-duplicate"));
    }

    @Test
    void boilerplateSharedByManyArticlesIsNotCompared() {
        String notice = paragraphs("お問い合わせ窓口", 1, 4); // in every article
        ContentFixture site = new ContentFixture(dir);
        for (int i = 0; i < NearDuplicateCheck.BOILERPLATE_ARTICLES + 2; i++) {
            String own = i < 2 ? paragraphs("障害対応の振り返り", 1, 3) : paragraph("記事" + i + "の独自の話題", 1) + "\n\n";
            site.write(String.format("p%02d.md", i), article("title: 記事" + i + "\ndate: 2026-01-01", own + notice));
        }
        // Without the boilerplate rule every pair would share 4 of 5 paragraphs; only the real copy is reported.
        assertEquals(List.of(
                "p00.md:[2,8] article.near-duplicate: this article is a near-duplicate of p01.md (3 shared paragraphs:"
                        + " 100% of this one, 100% of that one, from line 6 here and line 6 there); delete the copy or"
                        + " rewrite it",
                "p01.md:[2,8] article.near-duplicate: this article is a near-duplicate of p00.md (3 shared paragraphs:"
                        + " 100% of this one, 100% of that one, from line 6 here and line 6 there); delete the copy or"
                        + " rewrite it"),
                site.findings("article.near-duplicate"));
    }

    @Test
    void manyCopiesAreNamedUpToThree() {
        ContentFixture site = new ContentFixture(dir);
        for (int i = 1; i <= 5; i++) {
            site.write("copy" + i + ".md", article("title: 複製" + i + "\ndate: 2026-01-01",
                    paragraphs("バックアップ", 1, 3)));
        }
        List<Diagnostic> found = site.diagnostics("article.near-duplicate");
        assertEquals(5, found.size());
        assertEquals("copy1.md:[2,8] article.near-duplicate: this article is a near-duplicate of copy2.md (3 shared"
                + " paragraphs: 100% of this one, 100% of that one, from line 6 here and line 6 there), copy3.md (3"
                + " shared paragraphs: 100% of this one, 100% of that one, from line 6 here and line 6 there), copy4.md"
                + " (3 shared paragraphs: 100% of this one, 100% of that one, from line 6 here and line 6 there) and 1"
                + " more; delete the copy or rewrite it", site.show(found.get(0)));
    }

    @Test
    void distinctRealisticArticlesPass() {
        ContentFixture site = new ContentFixture(dir);
        Samples.ALL.forEach(s -> site.write(s[0], s[1]));
        site.write("2026/2026-01-21-review-2.md", Samples.REVIEW.replace("記事もプルリクエストでレビューする",
                "記事のレビューを続けて三か月").replace("2026-01-20", "2026-01-21")
                .replaceAll("(?s)### 新しい流れ.*", "振り返りの会では、レビューにかかる時間が思ったより短いという意見が多く出ました。\n"));
        List<Diagnostic> found = site.diagnostics().stream()
                .filter(d -> d.rule().equals("title.duplicate") || d.rule().equals("article.near-duplicate"))
                .toList();
        assertEquals(List.of(), found);
    }
}

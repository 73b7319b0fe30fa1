package dev.articles.core.check.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of the "Body rules" section of the rule reference ({@code rules.md}) print what the page says. */
class RuleExamplesDocsTest {
    @TempDir
    Path dir;

    @Test
    void bodyRuleExamples() throws IOException {
        ContentFixture f = new ContentFixture(dir);
        f.lines("llama.md", "---", "title: \"Llama 4 の読み方\"", "date: 2026-01-15", "---", "",
                "本文の最後の段落です。", "", "---END---", "", "TODO: 図1を入れる");
        f.lines("paragraph.md", "---", "title: \"評価の考え方\"", "date: 2026-01-15", "---", "",
                "生成モデルの評価は、ベンチマークの数字だけでは決まりません。", "",
                "利用者が実際に使う場面で、どれだけ期待どおりに動くかが重要です。", "",
                "生成モデルの評価は、ベンチマークの数字だけでは決まりません。");
        f.lines("section.md", "---", "title: \"評価の話\"", "date: 2026-01-15", "---", "",
                "## 評価の観点", "", "生成モデルの評価は、ベンチマークの数字だけでは決まりません。", "",
                "## 運用", "", "運用の費用も判断材料になります。", "",
                "## 評価の観点", "", "生成モデルの評価は、ベンチマークの数字だけでは決まりません。");
        f.lines("open.md", "---", "title: \"オープンモデルの次の一手は何か？\"", "date: 2026-01-15", "---", "",
                "# オープンモデルの次の一手は何か?", "", "本文...");
        f.lines("headings.md", "---", "title: \"見出しの書き方\"", "date: 2026-01-15", "---", "",
                "# 見出しの階層", "## 背景", "#### 詳細", "##", "# まとめ", "## 注意点", "## 注意点");
        // The "articles:new" example of the README, its draft line deleted before it was written.
        f.lines("2026/2026-02-05-first-article.md", "---", "title: \"はじめての記事\"",
                "date: 2026-02-05 17:08:42 +0900", "categories: [\"技術ガイド\"]", "tags: [\"Maven\", \"Markdown\"]",
                "---", "", "Write the article here.");
        // As the log prints them (without the project's src/main/articles/): the severity, then the common form.
        List<String> printed = f.diagnostics().stream().map(d -> "[" + d.severity() + "] " + f.show(d)).toList();
        assertEquals(List.of(
                "[ERROR] 2026/2026-02-05-first-article.md:[8,1] body.placeholder: the placeholder 'Write the article "
                        + "here.' that articles:new wrote is still in this published article; write the article in its "
                        + "place, or mark the article 'draft: true' until it is written",
                "[WARNING] headings.md:[8,1] heading.skipped-level: the heading '#### 詳細' is level 4 but the heading "
                        + "before it (line 7) is level 2; make it level 3 ('###')",
                "[ERROR] headings.md:[9,1] heading.empty: the heading '##' has no text; write its title or delete the "
                        + "line",
                "[WARNING] headings.md:[10,1] heading.multiple-h1: the heading '# まとめ' is another level-1 heading "
                        + "(the first is on line 6); an article has only one, so make this one '##'",
                "[WARNING] headings.md:[12,1] heading.duplicate: the heading '## 注意点' has the same text as the "
                        + "heading on line 11 in the same section '# まとめ'; readers and the table of contents cannot "
                        + "tell them apart, so rename one",
                "[ERROR] llama.md:[8,1] body.marker: the end marker '---END---' is left in the text; delete it, and "
                        + "check that the text after it belongs in the article",
                "[ERROR] llama.md:[10,1] body.marker: the note 'TODO' is left in the text; do what it says, then "
                        + "delete it",
                "[WARNING] open.md:[6,1] body.title-repeated: the heading '# オープンモデルの次の一手は何か?' repeats "
                        + "the title 'オープンモデルの次の一手は何か？', which the page already shows above the body; "
                        + "delete it",
                "[ERROR] paragraph.md:[10,1] body.repeated-paragraph: the paragraph "
                        + "'生成モデルの評価は、ベンチマークの数字だけでは決まりません。' repeats the paragraph on line 6; "
                        + "delete this copy",
                "[ERROR] section.md:[14,1] body.repeated-section: the section '## 評価の観点' (lines 14-16) repeats "
                        + "the section on line 6 word for word; delete one of the copies"),
                printed);
        // ... and the page shows each line so, as the log prints it in a content project.
        String page = Files.readString(Path.of("src/site/markdown/rules.md"), StandardCharsets.UTF_8);
        List<String> notShown = printed.stream()
                .map(line -> line.replaceFirst("\\] ", "] src/main/articles/"))
                .filter(line -> !page.contains("\n" + line + "\n")).toList();
        assertEquals(List.of(), notShown, "lines of the examples that rules.md does not show as printed");
    }
}

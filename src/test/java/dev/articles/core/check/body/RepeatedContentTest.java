package dev.articles.core.check.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules {@code body.repeated-paragraph} and {@code body.repeated-section}. */
class RepeatedContentTest {
    private static final String P1 = "生成モデルの評価は、ベンチマークの数字だけでは決まりません。";
    private static final String P2 = "利用者が実際に使う場面で、どれだけ期待どおりに動くかが重要です。";
    private static final String P3 = "運用の費用と応答の速さも、選ぶときの大きな判断材料になります。";

    @TempDir
    Path dir;

    @Test
    void everyLaterCopyNamesTheFirst() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "評価の考え方",
                "",        // 5
                P1,        // 6
                "",        // 7
                P2,        // 8
                "",        // 9
                P1,        // 10
                "",        // 11
                "---END---", // 12
                "",        // 13
                P1,        // 14
                "",        // 15
                P2);       // 16
        assertEquals(List.of(
                "a.md:[10,1] body.repeated-paragraph: the paragraph '" + P1 + "' repeats the paragraph on line 6; "
                        + "delete this copy",
                "a.md:[14,1] body.repeated-paragraph: the paragraph '" + P1 + "' repeats the paragraph on line 6; "
                        + "delete this copy",
                "a.md:[16,1] body.repeated-paragraph: the paragraph '" + P2 + "' repeats the paragraph on line 8; "
                        + "delete this copy"),
                f.findings("body.repeated-paragraph"));
    }

    @Test
    void copiesAreComparedAfterNormalisingWidthCaseAndSpaces() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "Normalised",
                "",
                "Ｌｌａｍａ　４ の推論コストは、前の世代より大きく下がりました。",   // 6
                "",
                "- llama 4  の推論コストは、前の世代より大きく下がりました。",    // 8
                "",
                "> **LLAMA 4** の推論コストは、",                                  // 10
                "> 前の世代より大きく下がりました。",
                "",
                "The quick brown fox jumps over the lazy dog, twice a day.",      // 13
                "",
                "The quick brown fox\njumps over the lazy dog, twice a day.");    // 15
        String first = "the paragraph on line 6; delete this copy";
        // Line 8 is a list item: list items repeat by nature (steps, changelog entries) and are not compared.
        assertEquals(List.of(
                "a.md:[10,3] body.repeated-paragraph: the paragraph 'LLAMA 4 の推論コストは、前の世代より大きく下がりました。' "
                        + "repeats " + first,
                "a.md:[15,1] body.repeated-paragraph: the paragraph 'The quick brown fox jumps over the lazy…' repeats "
                        + "the paragraph on line 13; delete this copy"),
                f.findings("body.repeated-paragraph"));
    }

    @Test
    void shortParagraphsCodeAndDifferentTextAreNotRepeats() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "短い段落",
                "",
                "**ポイント：**",
                "",
                "はい、そのとおりです。",
                "",
                "**ポイント：**",
                "",
                "はい、そのとおりです。",
                "",
                "```",
                P1,
                "```",
                "",
                P1,
                "",
                P1.replace("決まりません", "決まらない"));
        f.titled("ja.md", "記事をコードとして扱う", BodySamples.CLEAN_JA);
        f.titled("en.md", "Articles as code", BodySamples.CLEAN_EN);
        assertEquals(List.of(), f.findings("body.repeated-paragraph"));
    }

    @Test
    void aRepeatedSectionIsReportedOnceNotParagraphByParagraph() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "節の重複",
                "",                 // 5
                "# 節の重複を調べる", // 6
                "",                 // 7
                "## 評価の観点",     // 8
                "",                 // 9
                P1,                 // 10
                "",                 // 11
                P2,                 // 12
                "",                 // 13
                "## 運用",           // 14
                "",                 // 15
                P3,                 // 16
                "",                 // 17
                "## 評価の観点",     // 18
                "",                 // 19
                P1,                 // 20
                "",                 // 21
                P2,                 // 22
                "",                 // 23
                "## 次の一手",       // 24
                "",                 // 25
                P3);                // 26
        assertEquals(List.of(
                "a.md:[18,1] body.repeated-section: the section '## 評価の観点' (lines 18-22) repeats the section on "
                        + "line 8 word for word; delete one of the copies",
                "a.md:[26,1] body.repeated-paragraph: the paragraph '" + P3 + "' repeats the paragraph on line 16; "
                        + "delete this copy"),
                f.findings());
    }

    @Test
    void aRepeatedSectionWithSubsectionsIsReportedAtItsHeadingOnly() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "入れ子の節",
                "",                 // 5
                "## 比較",           // 6
                "",                 // 7
                P1,                 // 8
                "",                 // 9
                "### 費用",          // 10
                "",                 // 11
                P3,                 // 12
                "",                 // 13
                "## 比較",           // 14
                "",                 // 15
                "**比較**について、もう一度。", // 16
                "",                 // 17
                "## 比較",           // 18
                "",                 // 19
                P1,                 // 20
                "",                 // 21
                "### 費用",          // 22
                "",                 // 23
                P3,                 // 24
                "",                 // 25
                "## 結論",           // 26
                "",                 // 27
                P2);                // 28
        assertEquals(List.of(
                "a.md:[18,1] body.repeated-section: the section '## 比較' (lines 18-24) repeats the section on line 6 "
                        + "word for word; delete one of the copies"),
                f.findings());
    }

    @Test
    void subsectionRepeatedInsideADifferentSection() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "部分的な重複",
                "",                 // 5
                "## Java",           // 6
                "",                 // 7
                "### 費用",          // 8
                "",                 // 9
                P3,                 // 10
                "",                 // 11
                "## Kotlin",         // 12
                "",                 // 13
                P2,                 // 14
                "",                 // 15
                "### 費用",          // 16
                "",                 // 17
                P3);                // 18
        // A section is only compared with top-level sections: the nested ### 費用 repeats in full.
        assertEquals(List.of(
                "a.md:[16,1] body.repeated-section: the section '### 費用' (lines 16-18) repeats the section on line 8 "
                        + "word for word; delete one of the copies"),
                f.findings());
    }

    @Test
    void sameHeadingWithOtherTextOrTooLittleTextIsNoRepeatedSection() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "見出しだけ同じ",
                "",
                "### 参考",
                "",
                "- 短い",
                "",
                "### 本論",
                "",
                P1,
                "",
                "### 参考",
                "",
                "- 短い",
                "",
                "### 本論",
                "",
                P2);
        assertEquals(List.of(), f.findings("body.repeated-section"));
        assertEquals(List.of(), f.findings("body.repeated-paragraph"));
    }

    @Test
    void withTheSectionRuleOffItsParagraphsAreReported() {
        ContentFixture f = new ContentFixture(dir).settings(new CheckSettings(
                Map.of("body.repeated-section", RuleLevel.OFF), List.of(), List.of(), List.of(),
                CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH, CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null,
                true));
        f.titled("a.md", "節の規則を切る",
                "",        // 5
                "### 観点", // 6
                "",        // 7
                P1,        // 8
                "",        // 9
                "### 観点", // 10
                "",        // 11
                P1);       // 12
        assertEquals(List.of("a.md:[12,1] body.repeated-paragraph: the paragraph '" + P1
                + "' repeats the paragraph on line 8; delete this copy"), f.findings());
    }
}

package dev.articles.core.check.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code heading.*} rules. */
class HeadingChecksTest {
    @TempDir
    Path dir;

    @Test
    void everyLevelOneHeadingAfterTheFirst() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "見出しの階層",
                "",                 // 5
                "# 見出しの階層",     // 6
                "",                 // 7
                "本文です。",         // 8
                "",                 // 9
                "# 背景",            // 10
                "",                 // 11
                "ふたつ目の章",       // 12
                "=====",            // 13
                "",                 // 14
                "## 詳細");          // 15
        assertEquals(List.of(
                "a.md:[10,1] heading.multiple-h1: the heading '# 背景' is another level-1 heading (the first is on line "
                        + "6); an article has only one, so make this one '##'",
                "a.md:[12,1] heading.multiple-h1: the heading '# ふたつ目の章' is another level-1 heading (the first is on "
                        + "line 6); an article has only one, so make this one '##'"),
                f.findings("heading.multiple-h1"));
    }

    @Test
    void aHeadingDeeperThanTheOneBeforePlusOne() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "階層の飛び",
                "",              // 5
                "### 始まりは三段目", // 6  first heading: any level
                "",              // 7
                "#### 四段目",     // 8
                "",              // 9
                "## 二段目",       // 10 going up is fine
                "",              // 11
                "#### 飛んだ",     // 12
                "",              // 13
                "###### さらに",   // 14
                "",              // 15
                "# 一段目",        // 16
                "",              // 17
                "### 飛んだ二",    // 18
                "",              // 19
                "> ##### 引用の中"); // 20
        assertEquals(List.of(
                "a.md:[12,1] heading.skipped-level: the heading '#### 飛んだ' is level 4 but the heading before it (line "
                        + "10) is level 2; make it level 3 ('###')",
                "a.md:[14,1] heading.skipped-level: the heading '###### さらに' is level 6 but the heading before it "
                        + "(line 12) is level 4; make it level 5 ('#####')",
                "a.md:[18,1] heading.skipped-level: the heading '### 飛んだ二' is level 3 but the heading before it (line "
                        + "16) is level 1; make it level 2 ('##')",
                "a.md:[20,3] heading.skipped-level: the heading '##### 引用の中' is level 5 but the heading before it "
                        + "(line 18) is level 3; make it level 4 ('####')"),
                f.findings("heading.skipped-level"));
    }

    @Test
    void headingsWithoutText() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "空の見出し",
                "",                        // 5
                "##",                      // 6
                "",                        // 7
                "### ###",                 // 8
                "",                        // 9
                "#",                       // 10
                "",                        // 11
                "## <!-- 後で書く -->",      // 12
                "",                        // 13
                "## ![ロゴ](logo.png)",     // 14 an image is content
                "",                        // 15
                "## <img src=\"a.png\">",  // 16 inline HTML too
                "",                        // 17
                "#見出しではない");          // 18 not a heading at all
        assertEquals(List.of(
                "a.md:[6,1] heading.empty: the heading '##' has no text; write its title or delete the line",
                "a.md:[8,1] heading.empty: the heading '###' has no text; write its title or delete the line",
                "a.md:[10,1] heading.empty: the heading '#' has no text; write its title or delete the line",
                "a.md:[12,1] heading.empty: the heading '##' has no text; write its title or delete the line"),
                f.findings("heading.empty"));
    }

    @Test
    void sameTextUnderTheSameParentHeading() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("a.md", "同じ見出し",
                "",                // 5
                "## Java",         // 6
                "",                // 7
                "### 例",          // 8
                "",                // 9
                "### 注意点",       // 10
                "",                // 11
                "#### 例",         // 12 other parent (### 注意点)
                "",                // 13
                "### 注意点",       // 14
                "",                // 15
                "## Kotlin",       // 16
                "",                // 17
                "### 例",          // 18 other parent (## Kotlin)
                "",                // 19
                "### ＥＸＡＭＰＬＥ", // 20
                "",                // 21
                "### example",     // 22
                "",                // 23
                "## Java",         // 24 no parent heading: not compared
                "",                // 25
                "### ##",          // 26 empty: heading.empty's business
                "",                // 27
                "### ##");         // 28
        assertEquals(List.of(
                "a.md:[14,1] heading.duplicate: the heading '### 注意点' has the same text as the heading on line 10 in "
                        + "the same section '## Java'; readers and the table of contents cannot tell them apart, so "
                        + "rename one",
                "a.md:[22,1] heading.duplicate: the heading '### example' has the same text as the heading on line 20 "
                        + "in the same section '## Kotlin'; readers and the table of contents cannot tell them apart, "
                        + "so rename one"),
                f.findings("heading.duplicate"));
    }

    @Test
    void cleanArticlesHaveNoHeadingFinding() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("ja.md", "記事をコードとして扱う", BodySamples.CLEAN_JA);
        f.titled("en.md", "Articles as code", BodySamples.CLEAN_EN);
        f.titled("flat.md", "平らな記事",
                "", "導入です。", "", "### 市場", "", "本文一。", "", "### 投資", "", "本文二。", "", "### 市場", "",
                "本文三。");
        assertEquals(List.of(), f.findings());
    }
}

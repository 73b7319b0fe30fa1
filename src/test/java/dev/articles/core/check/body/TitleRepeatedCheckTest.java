package dev.articles.core.check.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleRepeatedCheckTest {
    private static final String TITLE = "オープンモデルの次の一手は何か？";
    private static final String TAIL = ", which the page already shows above the body; delete it";

    @TempDir
    Path dir;

    @Test
    void firstParagraphOrHeadingRepeatingTheTitle() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("plain.md", TITLE, "", TITLE, "", "本文です。");
        f.titled("h1.md", TITLE, "", "# " + TITLE, "", "本文です。");
        f.titled("h3.md", TITLE, "", "### " + TITLE.replace("？", "?"), "", "本文です。");
        f.titled("bold.md", TITLE, "", "", "**" + TITLE.replace("？", "") + "**", "", "本文です。");
        f.titled("firstline.md", TITLE, "", "  " + TITLE, "いきなり本文が続く書き方です。");
        f.titled("comment.md", "Open Models: What Next?", "", "<!-- 下書きメモ -->", "",
                "open models: what next", "", "Text.");
        f.titled("setext.md", "「公開の意味」", "", "公開の意味", "===", "", "本文です。");
        String t = "the first line repeats the title '" + TITLE + "'" + TAIL;
        assertEquals(List.of(
                "bold.md:[7,1] body.title-repeated: " + t,
                "comment.md:[8,1] body.title-repeated: the first line repeats the title 'Open Models: What "
                        + "Next?'" + TAIL,
                "firstline.md:[6,3] body.title-repeated: " + t,
                "h1.md:[6,1] body.title-repeated: the heading '# " + TITLE + "' repeats the title '" + TITLE + "'"
                        + TAIL,
                "h3.md:[6,1] body.title-repeated: the heading '### オープンモデルの次の一手は何か?' repeats the title '"
                        + TITLE + "'" + TAIL,
                "plain.md:[6,1] body.title-repeated: " + t,
                "setext.md:[6,1] body.title-repeated: the heading '# 公開の意味' repeats the title '「公開の意味」'" + TAIL),
                f.findings("body.title-repeated"));
    }

    @Test
    void otherFirstBlocksAreFine() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("later.md", TITLE, "", "導入の段落です。", "", TITLE);
        f.titled("longer.md", TITLE, "", TITLE.replace("？", "、その答えを探る"), "", "本文です。");
        f.titled("longer2.md", TITLE, "", TITLE + "本文がそのまま続いている段落です。");
        f.titled("list.md", TITLE, "", "- " + TITLE, "", "本文です。");
        f.titled("ja.md", "記事をコードとして扱う", BodySamples.CLEAN_JA);
        f.titled("en.md", "Articles as code", BodySamples.CLEAN_EN);
        f.titled("punct.md", "？？？", "", "!!!", "", "本文です。");
        assertEquals(List.of(), f.findings("body.title-repeated"));
    }
}

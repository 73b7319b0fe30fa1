package dev.articles.core.check.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.settings.CheckSettings;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkerCheckTest {
    private static final String END = "delete it, and check that the text after it belongs in the article";
    private static final String NOTE = "do what it says, then delete it";

    @TempDir
    Path dir;

    private ContentFixture fixture() {
        return new ContentFixture(dir);
    }

    @Test
    void endMarkersAloneOnALineOrDelimitedInText() {
        ContentFixture f = fixture();
        f.titled("a.md", "生成記事の後始末",
                "",                                             // 5
                "生成された本文の一段落目です。",                 // 6
                "",                                             // 7
                "---END---",                                    // 8
                "",                                             // 9
                "  --- END ---",                                // 10
                "===END===",                                    // 11
                "<<<END>>>",                                    // 12
                "[END]",                                        // 13
                "【END】",                                       // 14
                "--end--",                                      // 15
                "本文の最後の文です。---END---",                  // 16
                "");
        assertEquals(List.of(
                "a.md:[8,1] body.marker: the end marker '---END---' is left in the text; " + END,
                "a.md:[10,3] body.marker: the end marker '--- END ---' is left in the text; " + END,
                "a.md:[11,1] body.marker: the end marker '===END===' is left in the text; " + END,
                "a.md:[12,1] body.marker: the end marker '<<<END>>>' is left in the text; " + END,
                "a.md:[13,1] body.marker: the end marker '[END]' is left in the text; " + END,
                "a.md:[14,1] body.marker: the end marker '【END】' is left in the text; " + END,
                "a.md:[15,1] body.marker: the end marker '--end--' is left in the text; " + END,
                "a.md:[16,11] body.marker: the end marker '---END---' is left in the text; " + END),
                f.findings("body.marker"));
    }

    @Test
    void notesPlaceholdersAndModelTokensEachOccurrence() {
        ContentFixture f = fixture();
        f.titled("a.md", "Notes left behind",
                "",                                                       // 5
                "TODO: 図を差し替える",                                    // 6
                "本文です。【TODO】出典を確認 FIXME",                       // 7
                "",                                                       // 8
                "Lorem ipsum dolor sit amet, and again LOREM  IPSUM.",    // 9
                "",                                                       // 10
                "The answer ends here.<|endoftext|>",                     // 11
                "[INST] Write a summary [/INST]");                         // 12
        assertEquals(List.of(
                "a.md:[6,1] body.marker: the note 'TODO' is left in the text; " + NOTE,
                "a.md:[7,7] body.marker: the note 'TODO' is left in the text; " + NOTE,
                "a.md:[7,18] body.marker: the note 'FIXME' is left in the text; " + NOTE,
                "a.md:[9,1] body.marker: the placeholder text 'Lorem ipsum' is left in the text; replace it with the "
                        + "real text",
                "a.md:[9,39] body.marker: the placeholder text 'LOREM  IPSUM' is left in the text; replace it with the "
                        + "real text",
                "a.md:[11,22] body.marker: the language-model token '<|endoftext|>' is left in the text; delete it, "
                        + "and check the text around it",
                "a.md:[12,1] body.marker: the language-model token '[INST]' is left in the text; delete it, and check "
                        + "the text around it",
                "a.md:[12,24] body.marker: the language-model token '[/INST]' is left in the text; delete it, and "
                        + "check the text around it"),
                f.findings("body.marker"));
    }

    @Test
    void codeFrontMatterAndProseAreExempt() {
        ContentFixture f = fixture();
        f.lines("a.md",
                "---",
                "title: \"TODO: タイトル未定\"",
                "date: 2026-01-15",
                "excerpt: \"lorem ipsum\"",
                "---",
                "",
                "`---END---` と書かれた行で生成が終わります。`TODO` も `lorem ipsum` も文中のコードなら問題ありません。",
                "",
                "```text",
                "---END---",
                "TODO: コードブロックの中",
                "```",
                "",
                "~~~",
                "FIXME",
                "~~~",
                "",
                "    <<<END>>> in indented code",
                "",
                "TODOリストとToDo管理、todo の話、TODO list の話、Todo app の話。",
                "",
                "<!-- END -->",
                "",
                "---",
                "",
                "Endless legends: THE END of the story, and extended ENDings.");
        assertEquals(List.of(), f.findings("body.marker"));
    }

    @Test
    void htmlCommentsAreNeverPublishedSoTheirNotesAreNoFinding() {
        ContentFixture f = fixture();
        f.lines("a.md", "---", "title: コメント", "date: 2026-01-15", "---", "",
                "本文です。<!-- TODO: 後で出典を足す --> 続きです。", "",
                "<!--", "FIXME: この節は書き直す", "---END---", "-->", "",
                "ここは公開される TODO です。");
        assertEquals(List.of("a.md:[13,10] body.marker: the note 'TODO' is left in the text; do what it says, then"
                + " delete it"), f.findings("body.marker"));
    }

    @Test
    void realisticArticlesHaveNoMarker() {
        ContentFixture f = fixture();
        f.titled("ja.md", "記事をコードとして扱う", BodySamples.CLEAN_JA);
        f.titled("en.md", "Articles as code", BodySamples.CLEAN_EN);
        assertEquals(List.of(), f.findings("body.marker"));
    }

    @Test
    void forbiddenPatternsNameTheMatchAndThePattern() {
        ContentFixture f = fixture().settings(settings(List.of("ここに.+?を(?:挿入|入れる)", "\\[画像]", "(?i)\\bdraft\\b")));
        f.titled("a.md", "差し込み忘れ",
                "",                                                  // 5
                "導入の段落です。ここに図1を挿入する予定。",             // 6
                "",                                                  // 7
                "[画像] の下に説明、さらに [画像]。",                   // 8
                "",                                                  // 9
                "This is a Draft, not the `draft` in code.",         // 10
                "",
                "```",
                "[画像]",
                "```");
        String p1 = "' (forbiddenPatterns); rewrite or delete it";
        assertEquals(List.of(
                "a.md:[6,9] body.marker: 'ここに図1を挿入' matches the forbidden pattern 'ここに.+?を(?:挿入|入れる)" + p1,
                "a.md:[8,1] body.marker: '[画像]' matches the forbidden pattern '\\[画像]" + p1,
                "a.md:[8,16] body.marker: '[画像]' matches the forbidden pattern '\\[画像]" + p1,
                "a.md:[10,11] body.marker: 'Draft' matches the forbidden pattern '(?i)\\bdraft\\b" + p1),
                f.findings("body.marker"));
    }

    @Test
    void aPatternThatMatchesNothingVisibleIsIgnored() {
        ContentFixture f = fixture().settings(settings(List.of("x*", "\\s+")));
        f.titled("a.md", "空の一致", "", "本文です。 空白を含みます。");
        assertEquals(List.of(), f.findings("body.marker"));
    }

    @Test
    void aCommentSuppressesTheMarkerOfTheNextBlock() {
        ContentFixture f = fixture();
        f.titled("a.md", "抑止",
                "",
                "<!-- articles-suppress: body.marker -->",
                "---END--- はこの記事の主題です。",
                "",
                "---END---");
        assertEquals(List.of("a.md:[9,1] body.marker: the end marker '---END---' is left in the text; " + END),
                f.findings("body.marker"));
    }

    @Test
    void aMisspeltRuleInASuppressionGetsTheNearestRule() {
        ContentFixture f = fixture();
        f.titled("a.md", "抑止",
                "",
                "<!-- articles-suppress: body.markr, no.such-rule -->",
                "本文です。");
        assertEquals(List.of(
                "a.md:[6,1] suppression.unused: the suppression (comment) names the unknown rule 'body.markr'; did"
                        + " you mean 'body.marker'?",
                "a.md:[6,1] suppression.unused: the suppression (comment) names the unknown rule 'no.such-rule'"),
                f.findings("suppression.unused"));
    }

    static CheckSettings settings(List<String> forbidden) {
        CheckSettings d = CheckSettings.defaults();
        return new CheckSettings(Map.of(), forbidden, d.allowedCategories(), d.allowedTags(), d.excerptMaxLength(),
                d.readingTimeTolerancePercent(), d.frontMatterSchema(), d.timeZoneExplicit());
    }
}

package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GitHub's heading ids (github-slugger): lower case, punctuation dropped, each space a hyphen, every script kept. */
class HeadingIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Hello World                  | hello-world
            Hello, World!                | hello-world
            C++ & Java                   | c--java
            What's new?                  | whats-new
            under_score and dash-es      | under_score-and-dash-es
            "  Trimmed  "                | trimmed
            Two  spaces                  | two--spaces
            Ünïcödé Letters              | ünïcödé-letters
            投資家と技術者               | 投資家と技術者
            よくある質問（FAQ）          | よくある質問faq
            全角（かっこ）と、読点。     | 全角かっこと読点
            見出し　全角スペース         | 見出し全角スペース
            2026年の目標                 | 2026年の目標
            한국어 제목                  | 한국어-제목
            Emoji 🎉 party               | emoji--party
            v1.2.3 release               | v123-release
            !!!                          | section
            """)
    void githubStyle(String text, String id) {
        assertEquals(id, new HeadingIds().next(text));
    }

    @Test
    void repeatedHeadingsGetNumbers() {
        HeadingIds ids = new HeadingIds();
        assertEquals(List.of("見出し", "見出し-1", "見出し-2", "見出し-1-1", "section", "section-1"),
                Stream.of("見出し", "見出し", "見出し", "見出し-1", "", "???").map(ids::next).toList());
    }

    @Test
    void numberedHeadingWrittenFirstIsSkipped() {
        HeadingIds ids = new HeadingIds();
        assertEquals(List.of("a-1", "a", "a-2"), Stream.of("a-1", "a", "a").map(ids::next).toList());
    }

    @Test
    void caseDoesNotMakeADifferentId() {
        HeadingIds ids = new HeadingIds();
        assertEquals(List.of("intro", "intro-1"), Stream.of("Intro", "INTRO").map(ids::next).toList());
    }
}

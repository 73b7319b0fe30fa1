package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadingTimeTest {

    private static String words(int n) {
        return "word ".repeat(n);
    }

    private static String kanji(int n) {
        return "字".repeat(n);
    }

    @Test
    void nothingToReadIsZero() {
        assertEquals(0, ReadingTime.minutes(""));
        assertEquals(0, ReadingTime.minutes("  、。・「」！？ -- ... "));
    }

    @Test
    void anyTextIsAtLeastOneMinute() {
        assertEquals(1, ReadingTime.minutes("word"));
        assertEquals(1, ReadingTime.minutes("字"));
    }

    @Test
    void wordsAtTwoHundredTwentyAMinute() {
        assertEquals(1, ReadingTime.minutes(words(220)));
        assertEquals(2, ReadingTime.minutes(words(221)));
        assertEquals(10, ReadingTime.minutes(words(2200)));
    }

    @Test
    void cjkCharactersAtFiveHundredAMinute() {
        assertEquals(1, ReadingTime.minutes(kanji(500)));
        assertEquals(2, ReadingTime.minutes(kanji(501)));
        assertEquals(2, ReadingTime.minutes("ひらがなカタカナ漢字".repeat(100))); // 1000 characters
        assertEquals(2, ReadingTime.minutes("ー".repeat(501))); // the long vowel mark is read too
    }

    @Test
    void cjkPunctuationIsNotRead() {
        assertEquals(1, ReadingTime.minutes("字、".repeat(500)));
        assertEquals(2, ReadingTime.minutes("字、".repeat(501)));
    }

    @Test
    void mixedTextAddsBothSpeeds() {
        assertEquals(1, ReadingTime.minutes(kanji(250) + " " + words(110))); // half a minute each
        assertEquals(2, ReadingTime.minutes(kanji(251) + " " + words(110)));
        assertEquals(2, ReadingTime.minutes(kanji(250) + " " + words(111)));
    }

    @Test
    void cjkNextToLatinSplitsWords() {
        // "Java字Java字..." is n words and n characters, not one long word
        assertEquals(1, ReadingTime.minutes("Java字".repeat(110))); // 0.5 + 0.22 minutes
        assertEquals(2, ReadingTime.minutes("Java字".repeat(220))); // 1 + 0.44 minutes
    }

    @Test
    void koreanIsCountedByTheWord() {
        assertEquals(1, ReadingTime.minutes("한국어 ".repeat(220)));
        assertEquals(2, ReadingTime.minutes("한국어 ".repeat(221)));
    }

    @Test
    void apostrophesAndHyphensStayInsideWords() {
        assertEquals(1, ReadingTime.minutes("don't re-use ".repeat(110))); // 220 words
        assertEquals(2, ReadingTime.minutes("don't re-use ".repeat(110) + "x"));
        assertEquals(2, ReadingTime.minutes("a.b ".repeat(111))); // dots split: 222 words
    }

    @Test
    void urlsAreDropped() {
        assertEquals("see   and   or   ", ReadingTime.withoutUrls(
                "see https://example.com/a?b=c and mailto:me@example.com or ftp://files.example.com/x "));
        assertEquals("日本語  \u3000です", ReadingTime.withoutUrls("日本語 https://example.com/日本\u3000です"));
    }

    @Test
    void textWithoutUrlsIsKept() {
        assertEquals("httpd の設定と ftp サーバ", ReadingTime.withoutUrls("httpd の設定と ftp サーバ"));
        assertEquals("xhttp://a.b and  ", ReadingTime.withoutUrls("xhttp://a.b and http://c.d"));
    }
}

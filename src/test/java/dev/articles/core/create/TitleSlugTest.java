package dev.articles.core.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSlugTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hello, World                      | hello-world
            Maven 3.9: What's new?            | maven-3-9-what-s-new
            "Quoted" #1 - part 2              | quoted-1-part-2
            Café au lait                      | cafe-au-lait
            Ｍａｖｅｎ　２０２６              | maven-2026
            ﬁnal ﬂags                         | final-flags
            Ⅻ chapters                        | xii-chapters
            ---leading and trailing---        | leading-and-trailing
            CamelCase and UPPER               | camelcase-and-upper
            NUL device                        | nul-device
            """)
    void makesASlugFromLatinLettersAndDigits(String title, String slug) {
        TitleSlug made = TitleSlug.of(title);
        assertEquals(slug, made.slug(), made.toString());
        assertNull(made.problem());
    }

    @Test
    void aJapaneseTitleGivesNoSlugAndSaysWhy() {
        TitleSlug made = TitleSlug.of("記事をソースコードとして扱う");
        assertNull(made.slug());
        assertEquals("the title '記事をソースコードとして扱う' has letters that a slug cannot carry ('記事をソースコードとして扱う');"
                + " choose the slug", made.problem());
    }

    @Test
    void aMixedTitleGivesNoSlugRatherThanOneThatSaysLess() {
        // "maven" alone would drop the point of the title.
        TitleSlug made = TitleSlug.of("Maven 入門と Gradle 比較");
        assertNull(made.slug());
        assertEquals("the title 'Maven 入門と Gradle 比較' has letters that a slug cannot carry ('入門と', '比較');"
                + " choose the slug, for example 'maven-gradle-...'", made.problem());
    }

    @Test
    void lettersWrittenWithCombiningMarksAreNamedAsWritten() {
        // ド as ト + U+3099, and five runs: at most three are named.
        TitleSlug made = TitleSlug.of("ト\u3099 a α b β c γ d δ");
        assertNull(made.slug());
        assertEquals("the title 'ト\u3099 a α b β c γ d δ' has letters that a slug cannot carry ('ド', 'α', 'β', ...);"
                + " choose the slug, for example 'a-b-c-d-...'", made.problem());
    }

    @Test
    void aTitleWithoutLettersGivesNoSlug() {
        TitleSlug made = TitleSlug.of("!!! ??? 😀");
        assertNull(made.slug());
        assertEquals("the title '!!! ??? 😀' has no letters or digits to make a slug from; choose the slug",
                made.problem());
    }

    @Test
    void aSlugThatCannotNameAFileIsRefused() {
        TitleSlug made = TitleSlug.of("CON");
        assertNull(made.slug());
        assertEquals("the slug made from the title cannot be used: the slug 'con' is a reserved device name on Windows;"
                + " choose the slug", made.problem());
    }

    @Test
    void aLongTitleIsCutAfterAWholeWord() {
        String title = "The quick brown fox jumps over the lazy dog while the build keeps running for ever and ever";
        String slug = TitleSlug.of(title).slug();
        assertEquals("the-quick-brown-fox-jumps-over-the-lazy-dog-while-the-build-keeps-running-for", slug);
        assertEquals(true, slug.length() <= TitleSlug.MAX_LENGTH);
        assertEquals("a".repeat(TitleSlug.MAX_LENGTH), TitleSlug.of("a".repeat(100)).slug());
    }
}

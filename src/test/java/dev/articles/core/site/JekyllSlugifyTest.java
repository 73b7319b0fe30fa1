package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.articles.core.site.JekyllSlugify.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every expected value was printed by Jekyll 4.3.1 itself ({@code Jekyll::Utils.slugify(text, mode:, cased:)} in
 * Ruby 3.1 with i18n 1.10), then copied here: the tests need no Ruby to run.
 */
class JekyllSlugifyTest {
    private static final Mode[] ORDER = {Mode.DEFAULT, Mode.RAW, Mode.PRETTY, Mode.ASCII, Mode.LATIN, Mode.NONE};

    /** The text, then the slug in each mode of {@link #ORDER}, lower-cased and cased. */
    private static Object[] row(String text, String... slugs) {
        return new Object[] {text, List.of(slugs)};
    }

    static Stream<Object[]> slugs() {
        return Stream.of(
                row("The _config.yml file", "the-config-yml-file", "The-config-yml-file", "the-_config.yml-file",
                        "The-_config.yml-file", "the-_config.yml-file", "The-_config.yml-file", "the-config-yml-file",
                        "The-config-yml-file", "the-config-yml-file", "The-config-yml-file", "the _config.yml file",
                        "The _config.yml file"),
                row("  Hello,  World!  ", "hello-world", "Hello-World", "hello,-world!", "Hello,-World!",
                        "hello,-world!", "Hello,-World!", "hello-world", "Hello-World", "hello-world", "Hello-World",
                        "  hello,  world!  ", "  Hello,  World!  "),
                row("日本語の記事 タイトル", "日本語の記事-タイトル", "日本語の記事-タイトル", "日本語の記事-タイトル", "日本語の記事-タイトル", "日本語の記事-タイトル",
                        "日本語の記事-タイトル", "", "", "", "", "日本語の記事 タイトル", "日本語の記事 タイトル"),
                row("Café Crème brûlée", "café-crème-brûlée", "Café-Crème-brûlée", "café-crème-brûlée",
                        "Café-Crème-brûlée", "café-crème-brûlée", "Café-Crème-brûlée", "caf-cr-me-br-l-e",
                        "Caf-Cr-me-br-l-e", "cafe-creme-brulee", "Cafe-Creme-brulee", "café crème brûlée",
                        "Café Crème brûlée"),
                row("C# & C++ (2024)", "c-c-2024", "C-C-2024", "c#-&-c++-(2024)", "C#-&-C++-(2024)", "c-&-c++-(2024)",
                        "C-&-C++-(2024)", "c-c-2024", "C-C-2024", "c-c-2024", "C-C-2024", "c# & c++ (2024)",
                        "C# & C++ (2024)"),
                row("ΣΑΣ ΟΔΟΣ", "σασ-οδοσ", "ΣΑΣ-ΟΔΟΣ", "σασ-οδοσ", "ΣΑΣ-ΟΔΟΣ", "σασ-οδοσ", "ΣΑΣ-ΟΔΟΣ", "", "", "", "",
                        "σασ οδοσ", "ΣΑΣ ΟΔΟΣ"),
                row("İstanbul'da", "i\u0307stanbul-da", "İstanbul-da", "i\u0307stanbul'da", "İstanbul'da",
                        "i\u0307stanbul'da", "İstanbul'da", "stanbul-da", "stanbul-da", "istanbul-da", "Istanbul-da",
                        "i\u0307stanbul'da", "İstanbul'da"),
                row("- dash -", "dash", "dash", "-dash-", "-dash-", "dash", "dash", "dash", "dash", "dash", "dash",
                        "- dash -", "- dash -"),
                row("a\tb\nc", "a-b-c", "a-b-c", "a-b-c", "a-b-c", "a-b-c", "a-b-c", "a-b-c", "a-b-c", "a-b-c",
                        "a-b-c", "a\tb\nc", "a\tb\nc"),
                row("émoji 😀 here", "émoji-here", "émoji-here", "émoji-😀-here", "émoji-😀-here", "émoji-here",
                        "émoji-here", "moji-here", "moji-here", "emoji-here", "emoji-here", "émoji 😀 here",
                        "émoji 😀 here"),
                row("x.y~z!$&'()+,;=@w", "x-y-z-w", "x-y-z-w", "x.y~z!$&'()+,;=@w", "x.y~z!$&'()+,;=@w",
                        "x.y~z!$&'()+,;=@w", "x.y~z!$&'()+,;=@w", "x-y-z-w", "x-y-z-w", "x-y-z-w", "x-y-z-w",
                        "x.y~z!$&'()+,;=@w", "x.y~z!$&'()+,;=@w"),
                row("Ærøskøbing Œuvre ß", "ærøskøbing-œuvre-ß", "Ærøskøbing-Œuvre-ß", "ærøskøbing-œuvre-ß",
                        "Ærøskøbing-Œuvre-ß", "ærøskøbing-œuvre-ß", "Ærøskøbing-Œuvre-ß", "r-sk-bing-uvre",
                        "r-sk-bing-uvre", "aeroskobing-oeuvre-ss", "AEroskobing-OEuvre-ss", "ærøskøbing œuvre ß",
                        "Ærøskøbing Œuvre ß"),
                row("e\u0301té", "e\u0301té", "e\u0301té", "e\u0301té", "e\u0301té", "e\u0301té", "e\u0301té", "e-t",
                        "e-t", "e-te", "e-te", "e\u0301té", "e\u0301té"),
                row("---", "", "", "-", "-", "", "", "", "", "", "", "---", "---"),
                row("ｆｕｌｌ　ｗｉｄｔｈ１２", "ｆｕｌｌ-ｗｉｄｔｈ１２", "ｆｕｌｌ-ｗｉｄｔｈ１２", "ｆｕｌｌ　ｗｉｄｔｈ１２", "ｆｕｌｌ　ｗｉｄｔｈ１２", "ｆｕｌｌ-ｗｉｄｔｈ１２",
                        "ｆｕｌｌ-ｗｉｄｔｈ１２", "", "", "", "", "ｆｕｌｌ　ｗｉｄｔｈ１２", "ｆｕｌｌ　ｗｉｄｔｈ１２")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void eachModeAsJekyll(String text, List<String> expected) {
        List<String> actual = new ArrayList<>();
        for (Mode mode : ORDER) {
            actual.add(JekyllSlugify.slugify(text, mode, false));
            actual.add(JekyllSlugify.slugify(text, mode, true));
        }
        assertEquals(expected, actual);
    }

    @Test
    void nullStaysNullAndModeNamesAreJekyllsOwn() {
        assertNull(JekyllSlugify.slugify(null, Mode.PRETTY, true));
        assertEquals(Mode.DEFAULT, Mode.of(null));
        assertEquals(Mode.PRETTY, Mode.of("pretty"));
        // "none" and any unknown word are the same to Jekyll: the text as it is, lower-cased unless cased
        assertEquals(Mode.NONE, Mode.of("none"));
        assertEquals(Mode.NONE, Mode.of("Pretty"));
        assertEquals("the-config-yml", JekyllSlugify.slugify("The _config.yml", null, false));
        assertEquals("the _config.yml", JekyllSlugify.slugify("The _config.yml", Mode.of("bogus"), false));
    }

    /** I18n.transliterate of U+0080 to U+024F, as printed by i18n 1.10 for the en locale (Jekyll's latin mode). */
    @Test
    void latinTransliterationIsI18nsDefault() {
        StringBuilder text = new StringBuilder();
        for (int cp = 0x80; cp <= 0x24F; cp++) {
            text.appendCodePoint(cp);
        }
        String expected = "?".repeat(64) + "AAAAAAAECEEEEIIIIDNOOOOOxOUUUUYThssaaaaaaaeceeeeiiiidnooooo?ouuuuythy"
                + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIJijJjKkkLlLlLlLlLlNnNnNn'nNGngOoOoOoOEoeRrRrRrSs"
                + "SsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz" + "?".repeat(0x24F - 0x17F + 1);
        assertEquals(expected, JekyllSlugify.transliterate(text.toString()));
        assertEquals("e??", JekyllSlugify.transliterate("e\u0301\u65e5"));
    }
}

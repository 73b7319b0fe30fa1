package dev.articles.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AntPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            **/*.md        | a.md                  | true
            **/*.md        | 2026/a.md             | true
            **/*.md        | 2026/02/a.md          | true
            **/*.md        | a.markdown            | false
            **/*.md        | a.md.bak              | false
            **/*.md        | dir.md/readme.txt     | false
            *.md           | a.md                  | true
            *.md           | 2026/a.md             | false
            ?.md           | a.md                  | true
            ?.md           | ab.md                 | false
            ?.md           | /.md                  | false
            drafts/**      | drafts/a.md           | true
            drafts/**      | drafts/x/y/a.md       | true
            drafts/**      | other/drafts/a.md     | false
            drafts/        | drafts/x/a.md         | true
            **/drafts/**   | drafts/a.md           | true
            **/drafts/**   | 2026/drafts/a.md      | true
            **/drafts/**   | 2026/drafts-old/a.md  | false
            2026/**/*.md   | 2026/a.md             | true
            2026/**/*.md   | 2026/02/a.md          | true
            2026/**/*.md   | 2025/02/a.md          | false
            /*.md          | a.md                  | true
            ' **/*.md '    | a.md                  | true
            **\\*.md       | x/a.md                | true
            a+b(1).md      | a+b(1).md             | true
            a+b(1).md      | aab1.md               | false
            [ab].md        | a.md                  | false
            [ab].md        | [ab].md               | true
            *.MD           | a.md                  | false
            **             | any/thing.txt         | true
            """)
    void matches(String pattern, String path, boolean expected) {
        assertEquals(expected, new AntPattern(pattern).matches(path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /docs/**.md  | docs/**.md
            drafts/      | drafts/**
            a\\b\\*.md   | a/b/*.md
            """)
    void normalisedForm(String pattern, String shown) {
        assertEquals(shown, new AntPattern(pattern).toString());
    }

    /** The suffix shortcut for {@code **}{@code /*.md} answers as the general regex does. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            a.md,           true
            x/y/a.md,       true
            .md,            true
            x/.md,          true
            a.mdx,          false
            amd,            false
            x.md/y,         false
            x.md/y.txt,     false
            日本語/記事.md,   true
            """)
    void anyFolderSuffix(String path, boolean expected) {
        assertEquals(expected, new AntPattern("**/*.md").matches(path));
        assertEquals(expected, java.util.regex.Pattern.matches("(?:.*/)?[^/]*\\.md", path), "the general form agrees");
    }
}

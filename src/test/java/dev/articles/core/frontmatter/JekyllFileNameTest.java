package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JekyllFileNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-02-05-hello.md              | 2026-02-05 | hello
            2026-02-05-hello-world.markdown  | 2026-02-05 | hello-world
            2026-02-05-hello.world.md        | 2026-02-05 | hello.world
            2026-02-05-日本語の記事.md       | 2026-02-05 | 日本語の記事
            2028-02-29-leap.md               | 2028-02-29 | leap
            2026-02-05-2026-03-01-twice.md   | 2026-02-05 | 2026-03-01-twice
            hello.md                         | -          | hello
            README                           | -          | README
            2026-02-05.md                    | -          | 2026-02-05
            2026-02-05-.md                   | -          | 2026-02-05-
            2024-02-30-not-a-day.md          | -          | 2024-02-30-not-a-day
            2026-13-01-no-month.md           | -          | 2026-13-01-no-month
            26-02-05-short-year.md           | -          | 26-02-05-short-year
            2026_02_05_underscores.md        | -          | 2026_02_05_underscores
            .hidden.md                       | -          | .hidden
            """)
    void dateAndSlug(String fileName, String date, String slug) {
        assertEquals(new JekyllFileName(date == null ? null : LocalDate.parse(date), slug), JekyllFileName.of(fileName));
    }
}

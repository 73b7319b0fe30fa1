package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JekyllFileNameTest {

    /**
     * Date, slug and title of post file names, checked against jekyll 4.3.1 (a site printing {@code page.date},
     * {@code page.slug} and {@code page.title} of every post in {@code _posts}).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", textBlock = """
            2026-02-05-hello.md              | 2026-02-05 | hello                  | Hello
            2026-02-05-hello-world.markdown  | 2026-02-05 | hello-world            | Hello World
            2019-1-7-title.md                | 2019-01-07 | title                  | Title
            2019-1-27-x.md                   | 2019-01-27 | x                      | X
            19-01-07-two-digit-year.md       | 2019-01-07 | two-digit-year         | Two Digit Year
            69-01-07-x.md                    | 1969-01-07 | x                      | X
            68-01-07-x.md                    | 2068-01-07 | x                      | X
            201-01-07-three-digit-year.md    | 0201-01-07 | three-digit-year       | Three Digit Year
            2019-01-08-.md                   | 2019-01-08 | ''                     | ''
            2019-01-09-日本語の記事.md       | 2019-01-09 | 日本語の記事           | 日本語の記事
            2019-01-10-日本語-の記事.md      | 2019-01-10 | 日本語-の記事          | 日本語 の記事
            2019-01-11-hello.world.md        | 2019-01-11 | hello.world            | Hello.world
            2019-01-12-trailing..md          | 2019-01-12 | trailing               | Trailing
            2019-01-13-hello-WORLD.md        | 2019-01-13 | hello-WORLD            | Hello World
            2019-01-14-a--b.md               | 2019-01-14 | a--b                   | 'A  B'
            2019-01-15--a.md                 | 2019-01-15 | -a                     | ' A'
            2019-01-16-a-.md                 | 2019-01-16 | a-                     | A
            2019-01-17-straße-ßx.md          | 2019-01-17 | straße-ßx              | Straße Ssx
            2019-01-18-élan-ǆx-ŉx-ﬀx.md      | 2019-01-18 | élan-ǆx-ŉx-ﬀx          | Élan ǅx ʼNx Ffx
            2019-01-19-x.tar.gz              | 2019-01-19 | x.tar                  | X.tar
            2019-01-20-my post.md            | 2019-01-20 | my post                | My post
            2019-01-21-x.markdown            | 2019-01-21 | x                      | X
            2019-01-25-ΣΑΣ-İx.md             | 2019-01-25 | ΣΑΣ-İx                 | Σασ İx
            2019-01-26-ａｂｃ.md             | 2019-01-26 | ａｂｃ                 | Ａｂｃ
            2019-01-28-x.html                | 2019-01-28 | x                      | X
            2019-01-31-CamelCase_under_score.md | 2019-01-31 | CamelCase_under_score | Camelcase_under_score
            2019-02-01-123-abc.md            | 2019-02-01 | 123-abc                | 123 Abc
            2019-02-02-x.y.z.md              | 2019-02-02 | x.y.z                  | X.y.z
            2019-02-03-x .md                 | 2019-02-03 | 'x '                   | 'X '
            2019-02-04-x.MD                  | 2019-02-04 | x                      | X
            2026-02-05-2026-03-01-twice.md   | 2026-02-05 | 2026-03-01-twice       | 2026 03 01 Twice
            2028-02-29-leap.md               | 2028-02-29 | leap                   | Leap
            """)
    void postNames(String fileName, String date, String slug, String title) {
        JekyllFileName name = JekyllFileName.of(fileName);
        assertEquals(new JekyllFileName(true, name.writtenDate(), LocalDate.parse(date), slug), name);
        assertEquals(fileName.substring(0, fileName.indexOf('-', fileName.indexOf('-', fileName.indexOf('-') + 1) + 1)),
                name.writtenDate());
        assertEquals(title, name.title());
        assertTrue(JekyllFileName.isPost(fileName));
        assertNull(name.dateProblem());
    }

    /** Names Jekyll skips in {@code _posts} (checked against jekyll 4.3.1: none of them became a post). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", textBlock = """
            hello.md                | -          | hello
            README                  | -          | README
            2026-02-05.md           | -          | 2026-02-05
            2019-01-23-x            | -          | 2019-01-23-x
            02019-01-30-five.md     | -          | 02019-01-30-five
            2019-001-01-x.md        | -          | 2019-001-01-x
            26-02-05-short-year     | -          | 26-02-05-short-year
            2026_02_05_underscores.md | -        | 2026_02_05_underscores
            .hidden.md              | -          | .hidden
            .2026-02-05-x.md        | -          | .2026-02-05-x
            _2026-02-05-x.md        | -          | _2026-02-05-x
            x.tar.gz                | -          | x.tar
            2019-01-22-x.md~        | 2019-01-22 | x
            """)
    void namesJekyllSkips(String fileName, String date, String slug) {
        JekyllFileName name = JekyllFileName.of(fileName);
        assertFalse(name.post());
        assertFalse(JekyllFileName.isPost(fileName));
        assertEquals(date == null ? null : LocalDate.parse(date), name.date());
        assertEquals(slug, name.slug());
    }

    /**
     * Jekyll rolls a day up to 31 over (checked against jekyll 4.3.1: {@code 2024-02-30-feb-thirty.md} is dated
     * 2024-03-01) and fails the build on a month over 12 or a day over 31 when the front matter has no date. Such a
     * name is still a post with its slug; the date is missing and says why.
     */
    @Test
    void namesWithoutARealDay() {
        JekyllFileName feb30 = JekyllFileName.of("2024-02-30-feb-thirty.md");
        assertEquals(new JekyllFileName(true, "2024-02-30", null, "feb-thirty"), feb30);
        assertEquals("'2024-02-30' in the file name is not a real calendar date: day 30 does not exist in February"
                + " 2024, which has 29 days", feb30.dateProblem());
        assertEquals(new JekyllFileName(true, "2026-13-01", null, "no-month"), JekyllFileName.of("2026-13-01-no-month.md"));
        assertEquals("'2026-13-01' in the file name is not a real calendar date: month 13 does not exist; months are"
                + " 1 to 12", JekyllFileName.of("2026-13-01-no-month.md").dateProblem());
        assertEquals("'19-2-29' in the file name is not a real calendar date: day 29 does not exist in February 2019,"
                + " which has 28 days (2019 is not a leap year)", JekyllFileName.of("19-2-29-x.md").dateProblem());
        assertNull(JekyllFileName.of("hello.md").dateProblem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "--"})
    void titleOfNothingIsEmpty(String slug) {
        assertEquals("", JekyllFileName.titleize(slug));
    }
}

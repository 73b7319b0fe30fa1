package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articles.core.model.Diagnostic;
import dev.articles.testing.BundleSchemas;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FrontMatterFieldsTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Path FILE = Path.of("content", "2026-02-05-hello.md");

    private final List<Diagnostic> problems = new ArrayList<>();

    private FrontMatter interpret(Path file, String yaml) {
        List<Diagnostic> yamlProblems = new ArrayList<>();
        YamlNode.Mapping mapping = new StrictYamlReader().read(file, yaml, 2, yamlProblems);
        assertEquals(List.of(), yamlProblems, "the YAML itself is fine");
        return FrontMatterFields.interpret(file, mapping, TOKYO, CLOCK, problems);
    }

    private FrontMatter interpret(String yaml) {
        return interpret(FILE, yaml);
    }

    private static Diagnostic error(Path file, int line, int column, String rule, String message) {
        return Diagnostic.error(file, line, column, rule, message);
    }

    private static Diagnostic error(int line, int column, String rule, String message) {
        return error(FILE, line, column, rule, message);
    }

    @Test
    void typedFields() {
        FrontMatter fm = interpret("""
                title: "  日本語のタイトル  "
                date: 2026-02-05 17:08:42 +0000
                categories: [技術, Java]
                tags: [Maven, 日本語]
                author: "  山田 花子 "
                excerpt: "**太字**の抜粋"
                reading_time: 4
                """);
        assertEquals(List.of(), problems);
        assertEquals(new FrontMatter("日本語のタイトル", OffsetDateTime.parse("2026-02-05T17:08:42Z"), "hello", 1, 1,
                List.of("技術", "Java"), List.of("Maven", "日本語"), "山田 花子", "**太字**の抜粋", 4, false, Map.of()), fm);
    }

    @Test
    void termsAsSpaceSeparatedText() {
        FrontMatter fm = interpret("title: t\ncategories: 技術  ガイド\ntags: \" java   maven \"\n");
        assertEquals(List.of(), problems);
        assertEquals(List.of("技術", "ガイド"), fm.categories());
        assertEquals(List.of("java", "maven"), fm.tags());
    }

    @Test
    void termsInAListKeepSpacesInsideAndOrder() {
        FrontMatter fm = interpret("title: t\ntags:\n  - \" Spring Boot \"\n  - Java\n  - Spring Boot\n");
        assertEquals(List.of(), problems);
        assertEquals(List.of("Spring Boot", "Java", "Spring Boot"), fm.tags());
    }

    @Test
    void missingOrNullTermsAreEmpty() {
        FrontMatter fm = interpret("title: t\ntags:\n");
        assertEquals(List.of(), fm.tags());
        assertEquals(List.of(), fm.categories());
        assertEquals(List.of(), problems);
    }

    @Test
    void singularCategoryJoinsCategories() {
        assertEquals(List.of("Java", "Notes"), interpret("title: t\ncategories: [Java]\ncategory: \" Notes \"\n").categories());
        assertEquals(List.of("Java"), interpret("title: t\ncategories: [Java]\ncategory: Java\n").categories());
        assertEquals(List.of("Notes"), interpret("title: t\ncategory: Notes\n").categories());
        assertEquals(List.of(), problems);
    }

    @Test
    void badTermsAreReportedAtTheItem() {
        interpret("title: t\ntags: [ok, '', [x]]\ncategories:\n  a: b\n");
        assertEquals(List.of(
                error(3, 12, "front-matter.type", "each of 'tags' must be non-empty text, not empty"),
                error(3, 16, "front-matter.type", "each of 'tags' must be non-empty text, not a list"),
                error(5, 3, "front-matter.type", "'categories' must be a list or space-separated text, not a mapping")),
                sorted(problems));
    }

    /** Every form Jekyll reads, checked against jekyll 4.3.1 (a site printing page.categories and page.tags). */
    @Test
    void termsInEveryFormJekyllReads() {
        assertTerms("category: x", List.of("x"), List.of());
        assertTerms("categories: a b", List.of("a", "b"), List.of());
        assertTerms("categories: [a, b]", List.of("a", "b"), List.of());
        assertTerms("tags: \"a b\"", List.of(), List.of("a", "b"));
        assertTerms("tag: x", List.of(), List.of("x"));
        assertTerms("tag: \"a b\"", List.of(), List.of("a b"));
        assertTerms("category: \"a b\"", List.of("a b"), List.of());
        assertTerms("category: [a, b]\ncategories: [c]", List.of("c", "a", "b"), List.of());
        assertTerms("tag: [a, b, a]", List.of(), List.of("a", "b", "a"));
        assertTerms("tags: \"  \"", List.of(), List.of());
        assertTerms("categories: \"\"", List.of(), List.of());
        assertTerms("categories: \"a\\tb\\nc\u3000d\"", List.of("a", "b", "c\u3000d"), List.of());
        assertEquals(List.of(), problems);
    }

    /** De-duplication and order, checked against jekyll 4.3.1. */
    @Test
    void categoriesOnceInJekyllsOrderTagsAsWritten() {
        assertTerms("categories: b a b\ncategory: a", List.of("b", "a"), List.of());
        assertTerms("categories: b a\ncategory: c", List.of("b", "a", "c"), List.of());
        assertTerms("category: c\ncategories: b a", List.of("b", "a", "c"), List.of());
        assertTerms("category:\ncategories: b a", List.of("b", "a"), List.of());
        assertTerms("tags: [a, a, A]\ncategories: [A, a]", List.of("A", "a"), List.of("a", "a", "A"));
        assertEquals(List.of(), problems);
    }

    /** Jekyll takes {@code tag} alone when both are set (checked against jekyll 4.3.1: tag x, tags [y, z] gives [x]). */
    @Test
    void tagWinsOverTags() {
        assertTerms("tag: x\ntags: [y, z]", List.of(), List.of("x"));
        assertTerms("tag:\ntags: [y, z]", List.of(), List.of("y", "z"));
        assertEquals(List.of(), problems);
    }

    @Test
    void tagIsNoLongerExtra() {
        assertEquals(Map.of(), interpret("title: t\ntag: x\n").extra());
    }

    /** Numbers Jekyll prints just as written (checked against jekyll 4.3.1: categories [2019, java] list 2019). */
    @Test
    void numbersWrittenAsJekyllPrintsThem() {
        assertTerms("categories: [2019, java, 2019]\ntags: [2019, 1.5, 3.0, true, 2019-01-07, -7]",
                List.of("2019", "java"), List.of("2019", "1.5", "3.0", "true", "2019-01-07", "-7"));
        assertTerms("tag: 2019\ncategory: 1.1", List.of("1.1"), List.of("2019"));
        assertTerms("categories: 2019 2020", List.of("2019", "2020"), List.of());
        assertTerms("tags: [\"1.10\", '010', \"yes\"]", List.of(), List.of("1.10", "010", "yes"));
        assertEquals(List.of(), problems);
    }

    /**
     * Plain values Jekyll reads as something else than written (checked against jekyll 4.3.1: tags [1.10, 010, 0x1F,
     * 1_000, yes, 2019-1-7, 1.0e+3, 1:30] are 1.1, 8, 31, 1000, true, 2019-01-07, 1000.0, 5400).
     */
    @Test
    void valuesJekyllReadsOtherwiseAreReportedAtTheValue() {
        FrontMatter fm = interpret("title: t\ntags: [ok, 1.10, 010, 0x1F, 1_000, yes, 2019-1-7, 1.0e+3, 1:30, 2019-01-07 10:00:00]\n"
                + "category: Off\n");
        assertEquals(List.of("ok"), fm.tags());
        assertEquals(List.of(), fm.categories());
        assertEquals(List.of(
                error(3, 12, "front-matter.type", "Jekyll reads 1.10 in 'tags' as the number 1.1; write \"1.10\" to keep it as written"),
                error(3, 18, "front-matter.type", "Jekyll reads 010 in 'tags' as the number 8; write \"010\" to keep it as written"),
                error(3, 23, "front-matter.type", "Jekyll reads 0x1F in 'tags' as the number 31; write \"0x1F\" to keep it as written"),
                error(3, 29, "front-matter.type", "Jekyll reads 1_000 in 'tags' as the number 1000; write \"1_000\" to keep it as written"),
                error(3, 36, "front-matter.type", "Jekyll reads yes in 'tags' as the boolean true; write \"yes\" to keep it as written"),
                error(3, 41, "front-matter.type", "Jekyll reads 2019-1-7 in 'tags' as the date 2019-01-07; write \"2019-1-7\" to keep it as written"),
                error(3, 51, "front-matter.type", "Jekyll reads 1.0e+3 in 'tags' as the number 1000.0; write \"1.0e+3\" to keep it as written"),
                error(3, 59, "front-matter.type", "Jekyll reads 1:30 in 'tags' as the number 5400; write \"1:30\" to keep it as written"),
                error(3, 65, "front-matter.type", "Jekyll reads 2019-01-07 10:00:00 in 'tags' as a time; write \"2019-01-07 10:00:00\" to keep it as written"),
                error(4, 11, "front-matter.type", "Jekyll reads Off in 'category' as the boolean false; write \"Off\" to keep it as written")),
                sorted(problems));
    }

    /**
     * A single number or boolean for {@code categories} or {@code tags}: Jekyll fails to read the post, or reads no
     * tags (checked against jekyll 4.3.1: categories: 2019 is "no implicit conversion of Integer into Array", tags:
     * 2019 and tags: true give no tags).
     */
    @Test
    void aNumberIsNoListOfTerms() {
        FrontMatter fm = interpret("title: t\ncategories: 2019\ntags: true\n");
        assertEquals(List.of(), fm.categories());
        assertEquals(List.of(), fm.tags());
        assertEquals(List.of(
                error(3, 13, "front-matter.type", "'categories' must be a list or space-separated text, not the number "
                        + "2019 (Jekyll fails to read the post); write \"2019\""),
                error(4, 7, "front-matter.type", "'tags' must be a list or space-separated text, not the boolean true "
                        + "(Jekyll ignores it); write \"true\"")), problems);
    }

    @Test
    void nonsenseShapesOfSingularTerms() {
        interpret("title: t\ncategory:\n  a: b\ntag: \"  \"\n");
        interpret("title: t\ntag: {a: b}\ncategory: [x, [y]]\n");
        assertEquals(List.of(
                error(4, 3, "front-matter.type", "'category' must be text or a list, not a mapping"),
                error(5, 6, "front-matter.type", "'tag' must be non-empty text, not empty"),
                error(4, 15, "front-matter.type", "each of 'category' must be non-empty text, not a list"),
                error(3, 6, "front-matter.type", "'tag' must be text or a list, not a mapping")), problems);
    }

    /** Checked against jekyll 4.3.1 ({@code Foo/bar/_posts/x.md}, {@code x/_posts/y.md}). */
    @Test
    void folderCategoriesComeFirstEachOnceCaseSensitive() {
        assertEquals(List.of("Foo", "bar", "B", "a", "foo", "d"),
                FrontMatterFields.mergeCategories(List.of("Foo", "bar"), List.of("B", "a", "bar", "Foo", "foo", "d")));
        assertEquals(List.of("x", "y"), FrontMatterFields.mergeCategories(List.of("x"), List.of("y", "x")));
        assertEquals(List.of("x"), FrontMatterFields.mergeCategories(List.of("x"), List.of()));
        assertEquals(List.of("a"), FrontMatterFields.mergeCategories(List.of(), List.of("a")));
    }

    private void assertTerms(String yaml, List<String> categories, List<String> tags) {
        FrontMatter fm = interpret("title: t\n" + yaml + "\n");
        assertEquals(categories, fm.categories(), yaml);
        assertEquals(tags, fm.tags(), yaml);
    }

    @Test
    void draftAndPublished() {
        assertFalse(interpret("title: t\n").draft());
        assertTrue(interpret("title: t\ndraft: true\n").draft());
        assertTrue(interpret("title: t\ndraft: TRUE\n").draft());
        assertTrue(interpret("title: t\ndraft: \"true\"\n").draft());
        assertFalse(interpret("title: t\ndraft: false\n").draft());
        assertTrue(interpret("title: t\npublished: false\n").draft());
        assertFalse(interpret("title: t\npublished: true\n").draft());
        assertTrue(interpret("title: t\ndraft: true\npublished: true\n").draft());
        assertEquals(List.of(), problems);
    }

    @Test
    void yamlOneOneBooleansAreNotBooleans() {
        FrontMatter fm = interpret("title: t\ndraft: yes\npublished: no\n");
        assertFalse(fm.draft());
        assertEquals(List.of(
                error(3, 8, "front-matter.type", "'draft' must be true or false, not 'yes'"),
                error(4, 12, "front-matter.type", "'published' must be true or false, not 'no'")), sorted(problems));
    }

    @Test
    void unknownKeysAreKeptInOrderAsWritten() {
        FrontMatter fm = interpret("""
                layout: post
                title: t
                permalink: /a/b/
                version: 1.10
                comments: no
                empty:
                related: [x, ~]
                series:
                  name: tour
                  part: 2
                tags: [a]
                Title: case matters
                """);
        assertEquals(List.of(), problems);
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", "tour");
        series.put("part", "2");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("layout", "post");
        expected.put("permalink", "/a/b/");
        expected.put("version", "1.10");
        expected.put("comments", "no");
        expected.put("empty", null);
        expected.put("related", Arrays.asList("x", null));
        expected.put("series", series);
        expected.put("Title", "case matters");
        assertEquals(expected, fm.extra());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(fm.extra().keySet()));
    }

    /** The article schema forbids exactly the interpreted keys inside "extra". */
    @Test
    void knownKeysAreTheKeysTheSchemaForbidsInExtra() {
        JsonNode forbidden = BundleSchemas.schemaTree(BundleSchemas.ARTICLE).at("/properties/extra/propertyNames/not/enum");
        TreeSet<String> schemaKeys = new TreeSet<>();
        forbidden.forEach(k -> schemaKeys.add(k.asText()));
        assertEquals(new TreeSet<>(FrontMatterFields.KNOWN), schemaKeys);
    }

    @Test
    void futureDateIsAWarningWithTheFixedClock() {
        FrontMatter fm = interpret("title: t\ndate: 2026-03-01 09:00:01\n");
        assertEquals(OffsetDateTime.parse("2026-03-01T09:00:01+09:00"), fm.date());
        assertEquals(List.of(Diagnostic.warning(FILE, 3, 7, "front-matter.date-future",
                "the article is dated 2026-03-01T09:00:01+09:00, after the build time; it is published now anyway "
                        + "(mark it 'draft: true' to hold it back)")), problems);
    }

    @Test
    void dateAtTheClockIsNotInTheFuture() {
        interpret("title: t\ndate: 2026-03-01 09:00\n"); // 2026-03-01T00:00Z, the clock itself
        assertEquals(List.of(), problems);
    }

    @Test
    void futureDraftIsNoWarning() {
        interpret("title: t\ndate: 2027-01-01\ndraft: true\n");
        interpret("title: t\ndate: 2027-01-01\npublished: false\n");
        assertEquals(List.of(), problems);
    }

    @Test
    void futureDateFromTheFileNameIsReportedOnLineOne() {
        Path file = Path.of("content", "2026-12-24-xmas.md");
        FrontMatter fm = interpret(file, "title: t\n");
        assertEquals(OffsetDateTime.parse("2026-12-24T00:00+09:00"), fm.date());
        assertEquals("xmas", fm.slug());
        assertEquals(List.of(Diagnostic.warning(file, 1, 1, "front-matter.date-future",
                "the article is dated 2026-12-24T00:00:00+09:00, after the build time; it is published now anyway "
                        + "(mark it 'draft: true' to hold it back)")), problems);
    }

    @Test
    void dateKeyWinsOverTheFileName() {
        assertEquals(OffsetDateTime.parse("2026-01-01T10:00+09:00"), interpret("title: t\ndate: 2026-01-01 10:00\n").date());
    }

    @Test
    void noDateAnywhereIsAnError() {
        Path file = Path.of("content", "hello.md");
        FrontMatter fm = interpret(file, "title: t\n");
        assertNull(fm.date());
        assertEquals(List.of(error(file, 1, 1, "front-matter.date", "no date: add 'date: 2026-02-05 17:08:42 +0900' "
                + "to the front matter or name the file 2026-02-05-hello.md")), problems);
    }

    @Test
    void nullDateWithoutFileNameDateIsReportedAtTheKey() {
        Path file = Path.of("content", "hello.md");
        interpret(file, "title: t\ndate:\n");
        assertEquals(List.of(error(file, 3, 6, "front-matter.date", "no date: add 'date: 2026-02-05 17:08:42 +0900' "
                + "to the front matter or name the file 2026-02-05-hello.md")), problems);
    }

    @Test
    void invalidDateIsReportedAtTheValue() {
        FrontMatter fm = interpret("title: t\ndate: 2026-02-30\n");
        assertNull(fm.date());
        assertEquals(List.of(error(3, 7, "front-matter.date",
                "'2026-02-30' is not a real calendar date: day 30 does not exist in February 2026, which has 28 days")), problems);
    }

    /** Measured on a real site: a one-digit hour, a valid YAML 1.1 timestamp, was refused. */
    @Test
    void oneDigitHour() {
        assertEquals(OffsetDateTime.parse("2013-11-22T05:00Z"), interpret("title: t\ndate: 2013-11-22 5:00:00 +0000\n").date());
        assertEquals(List.of(), problems);
    }

    /** Checked against jekyll 4.3.1: 2019-1-7-title.md is a post of 2019-01-07 with slug title. */
    @Test
    void oneDigitMonthAndDayInTheFileName() {
        FrontMatter fm = interpret(Path.of("content", "2019-1-7-title.md"), "title: t\n");
        assertEquals(OffsetDateTime.parse("2019-01-07T00:00+09:00"), fm.date());
        assertEquals("title", fm.slug());
        assertEquals(List.of(), problems);
    }

    @Test
    void fileNameDateThatIsNoDayIsReported() {
        Path file = Path.of("content", "2024-02-30-feb.md");
        FrontMatter fm = interpret(file, "title: t\n");
        assertNull(fm.date());
        assertEquals("feb", fm.slug());
        assertEquals(List.of(error(file, 1, 1, "front-matter.date", "'2024-02-30' in the file name is not a real "
                + "calendar date: day 30 does not exist in February 2024, which has 29 days; correct the file name or add 'date: 2026-02-05 17:08:42 "
                + "+0900' to the front matter")), problems);
        problems.clear();
        assertEquals(OffsetDateTime.parse("2024-03-01T10:00+09:00"), interpret(file, "title: t\ndate: 2024-03-01 10:00\n").date());
        assertEquals(List.of(), problems);
    }

    @Test
    void emptySlugFromTheFileName() {
        Path file = Path.of("content", "2019-01-08-.md");
        assertEquals("", interpret(file, "title: t\n").slug());
        assertEquals(List.of(error(file, 1, 1, "front-matter.slug",
                "the slug is empty (taken from the file name; set 'slug:' to choose another)")), problems);
    }

    @Test
    void dateOfTheWrongTypeIsOneError() {
        interpret("title: t\ndate: [2026-02-05]\n");
        assertEquals(List.of(error(3, 7, "front-matter.type", "'date' must be text, not a list")), problems);
    }

    @Test
    void titleProblems() {
        interpret("date: 2026-02-05\n");
        interpret("title: \"  \"\n");
        interpret("title:\n");
        interpret("title:\n  text: x\n");
        assertEquals(List.of(
                error(1, 1, "front-matter.title", "missing 'title' in front matter"),
                error(2, 8, "front-matter.title", "'title' is empty"),
                error(2, 7, "front-matter.title", "'title' is empty"),
                error(3, 3, "front-matter.type", "'title' must be text, not a mapping")), problems);
    }

    @Test
    void explicitSlugAndItsPosition() {
        FrontMatter fm = interpret("title: t\n\nslug: my-post\n");
        assertEquals("my-post", fm.slug());
        assertEquals(4, fm.slugLine());
        assertEquals(7, fm.slugColumn());
        assertEquals(List.of(), problems);
    }

    @Test
    void badExplicitSlug() {
        FrontMatter fm = interpret("title: t\nslug: ../escape\n");
        assertEquals("../escape", fm.slug());
        assertEquals(List.of(error(3, 7, "front-matter.slug",
                "the slug '../escape' contains a path separator '/'")), problems);
    }

    @Test
    void badSlugFromTheFileNameSaysSo() {
        Path file = Path.of("content", "2026-02-05-my post.md");
        FrontMatter fm = interpret(file, "title: t\n");
        assertEquals("my post", fm.slug());
        assertEquals(List.of(error(file, 1, 1, "front-matter.slug", "the slug 'my post' contains white space; "
                + "use '-' instead (taken from the file name; set 'slug:' to choose another)")), problems);
    }

    @Test
    void slugOfTheWrongTypeIsNoSlug() {
        FrontMatter fm = interpret("title: t\nslug: [a]\n");
        assertNull(fm.slug());
        assertEquals(List.of(error(3, 7, "front-matter.type", "'slug' must be text, not a list")), problems);
    }

    @Test
    void readingTime() {
        assertEquals(3, interpret("title: t\nreading_time: 3\n").declaredReadingMinutes());
        assertEquals(7, interpret("title: t\nreading_time: \"007\"\n").declaredReadingMinutes());
        assertEquals(99999, interpret("title: t\nreading_time: 99999\n").declaredReadingMinutes());
        assertNull(interpret("title: t\n").declaredReadingMinutes());
        assertEquals(List.of(), problems);
        assertNull(interpret("title: t\nreading_time: 3.5\n").declaredReadingMinutes());
        interpret("title: t\nreading_time: -1\n");
        interpret("title: t\nreading_time: 100000\n");
        interpret("title: t\nreading_time: 3 min\n");
        assertEquals(List.of(
                error(3, 15, "front-matter.type", "'reading_time' must be a whole number of minutes, not '3.5'"),
                error(3, 15, "front-matter.type", "'reading_time' must be a whole number of minutes, not '-1'"),
                error(3, 15, "front-matter.type", "'reading_time' must be a whole number of minutes, not '100000'"),
                error(3, 15, "front-matter.type", "'reading_time' must be a whole number of minutes, not '3 min'")),
                problems);
    }

    @Test
    void blankAuthorAndExcerptAreAbsent() {
        FrontMatter fm = interpret("title: t\nauthor: \"  \"\nexcerpt: \"\"\n");
        assertNull(fm.author());
        assertNull(fm.excerpt());
        assertEquals(List.of(), problems);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Path file = Path.of("content", "notes.md");
        interpret(file, "title: [x]\ndate: someday\nslug: a b\ntags: {a: b}\nreading_time: soon\ndraft: maybe\n");
        assertEquals(List.of(
                error(file, 2, 8, "front-matter.type", "'title' must be text, not a list"),
                error(file, 3, 7, "front-matter.date", "'someday' is not a date; write it as 2026-02-05, "
                        + "2026-02-05 17:08:42 +0900 or 2026-02-05T17:08:42+09:00"),
                error(file, 4, 7, "front-matter.slug", "the slug 'a b' contains white space; use '-' instead"),
                error(file, 5, 7, "front-matter.type", "'tags' must be a list or space-separated text, not a mapping"),
                error(file, 6, 15, "front-matter.type", "'reading_time' must be a whole number of minutes, not 'soon'"),
                error(file, 7, 8, "front-matter.type", "'draft' must be true or false, not 'maybe'")),
                sorted(problems));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Diagnostic.ORDER);
        return copy;
    }
}

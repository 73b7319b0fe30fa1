package dev.articles.core.check.fields;

import static dev.articles.testing.ContentFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.model.Severity;
import dev.articles.core.settings.CheckSettings;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {
    static final List<String> CATEGORIES = List.of("開発プロセス", "Engineering", "勉強会");
    static final List<String> TAGS = List.of("Markdown", "レビュー", "CI", "java", "maven", "ci", "テスト", "設計",
            "JavaScript", "AI");
    /** Settings with these lists and everything else at its default. */
    static final CheckSettings TAXONOMY = new CheckSettings(Map.of(), List.of(), CATEGORIES, TAGS,
            CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH, CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, true);

    @TempDir
    Path dir;

    @Test
    void unknownTagsInAListAreReportedAtTheItem() {
        ContentFixture site = new ContentFixture(dir).settings(TAXONOMY);
        site.write("2026-01-05-a.md", article("""
                title: タグの確認
                date: 2026-01-05 09:00:00 +0900
                tags: ["CI", "javascript", ＡＩ, "Kotlin"]
                """, "本文です。\n"));
        List<String> found = site.findings("taxonomy.unknown-tag");
        assertEquals(List.of(
                "2026-01-05-a.md:[4,14] taxonomy.unknown-tag: the tag 'javascript' is not in allowedTags, which spells"
                        + " it 'JavaScript'; write 'JavaScript'",
                "2026-01-05-a.md:[4,28] taxonomy.unknown-tag: the tag 'ＡＩ' is not in allowedTags, which spells it"
                        + " 'AI'; write 'AI'",
                "2026-01-05-a.md:[4,32] taxonomy.unknown-tag: the tag 'Kotlin' is not in allowedTags ('Markdown',"
                        + " 'レビュー', 'CI', 'java', 'maven', 'ci', 'テスト', '設計' and 2 more); use one of those or add"
                        + " it to allowedTags in the pom"), found);
        assertEquals(Severity.ERROR, site.diagnostics("taxonomy.unknown-tag").get(0).severity());
    }

    @Test
    void wordsOfASpaceSeparatedValueArePointedAtOneByOne() {
        ContentFixture site = new ContentFixture(dir).settings(TAXONOMY);
        site.write("2026-01-05-a.md", article("""
                title: 空白区切りのタグ
                date: 2026-01-05 09:00:00 +0900
                tags: テスト 設計 Kotlin   テスト駆動
                """, "本文です。\n"));
        assertEquals(List.of(
                "2026-01-05-a.md:[4,14] taxonomy.unknown-tag: the tag 'Kotlin' is not in allowedTags ('Markdown',"
                        + " 'レビュー', 'CI', 'java', 'maven', 'ci', 'テスト', '設計' and 2 more); use one of those or add"
                        + " it to allowedTags in the pom",
                "2026-01-05-a.md:[4,23] taxonomy.unknown-tag: the tag 'テスト駆動' is not in allowedTags ('Markdown',"
                        + " 'レビュー', 'CI', 'java', 'maven', 'ci', 'テスト', '設計' and 2 more); use one of those or add"
                        + " it to allowedTags in the pom"),
                site.findings("taxonomy.unknown-tag"));
    }

    @Test
    void unknownCategoriesAreReportedInEveryForm() {
        ContentFixture site = new ContentFixture(dir).settings(TAXONOMY);
        site.write("2026-01-05-a.md", article("""
                title: カテゴリの確認
                date: 2026-01-05 09:00:00 +0900
                categories:
                  - 開発プロセス
                  - engineering
                """, "本文です。\n"));
        site.write("2026-01-06-b.md", article("""
                title: 単数形のカテゴリ
                date: 2026-01-06 09:00:00 +0900
                category: 雑記
                """, "本文です。\n"));
        site.write("2026-01-07-c.md", article("""
                title: 文字列のカテゴリ
                date: 2026-01-07 09:00:00 +0900
                categories: "勉強会 ニュース"
                """, "本文です。\n"));
        assertEquals(List.of(
                "2026-01-05-a.md:[6,5] taxonomy.unknown-category: the category 'engineering' is not in"
                        + " allowedCategories, which spells it 'Engineering'; write 'Engineering'",
                "2026-01-06-b.md:[4,11] taxonomy.unknown-category: the category '雑記' is not in allowedCategories"
                        + " ('開発プロセス', 'Engineering', '勉強会'); use one of those or add it to allowedCategories in"
                        + " the pom",
                "2026-01-07-c.md:[4,18] taxonomy.unknown-category: the category 'ニュース' is not in allowedCategories"
                        + " ('開発プロセス', 'Engineering', '勉強会'); use one of those or add it to allowedCategories in"
                        + " the pom"),
                site.findings("taxonomy.unknown-category"));
    }

    @Test
    void allowedTermsAndUnconfiguredListsPass() {
        ContentFixture site = new ContentFixture(dir).settings(TAXONOMY);
        Samples.ALL.forEach(s -> site.write(s[0], s[1]));
        assertEquals(List.of(), site.diagnostics().stream().filter(d -> d.rule().startsWith("taxonomy.")).toList());

        ContentFixture open = new ContentFixture(dir.resolve("open"));
        open.write("2026-01-05-a.md", article("""
                title: 制限なし
                date: 2026-01-05 09:00:00 +0900
                categories: [何でも]
                tags: [自由, タグ]
                """, "本文です。\n"));
        assertEquals(List.of(), open.diagnostics().stream().filter(d -> d.rule().startsWith("taxonomy.")).toList());
    }

    @Test
    void variantsAreReportedWhereTheLessCommonSpellingIsWritten() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("title: 一\ndate: 2026-01-01\ntags: [JavaScript, Ｍａｖｅｎ]", "本文\n"));
        site.write("b.md", article("title: 二\ndate: 2026-01-02\ntags: [JavaScript]", "本文\n"));
        site.write("c.md", article("title: 三\ndate: 2026-01-03\ntags: Maven javascript", "本文\n"));
        List<String> found = site.findings("taxonomy.variant");
        assertEquals(List.of(
                "a.md:[4,20] taxonomy.variant: the tag 'Ｍａｖｅｎ' is written 'Maven' once elsewhere (as in c.md:4);"
                        + " use one spelling, 'Maven', everywhere",
                "c.md:[4,13] taxonomy.variant: the tag 'javascript' is written 'JavaScript' 2 times elsewhere (as in"
                        + " a.md:4); use one spelling, 'JavaScript', everywhere"), found);
        assertEquals(Severity.WARNING, site.diagnostics("taxonomy.variant").get(0).severity());
    }

    @Test
    void categoriesVariantsAcrossArticlesAndTagsAreSeparateVocabularies() {
        ContentFixture site = new ContentFixture(dir);
        site.write("a.md", article("title: 一\ndate: 2026-01-01\ncategories: [Engineering]\ntags: [ai]",
                "本文\n"));
        site.write("b.md", article("title: 二\ndate: 2026-01-02\ncategory: engineering\ntags: [ai]", "本文\n"));
        site.write("c.md", article("title: 三\ndate: 2026-01-03\ncategories: [Engineering, AI]", "本文\n"));
        assertEquals(List.of("b.md:[4,11] taxonomy.variant: the category 'engineering' is written 'Engineering' 2 times"
                        + " elsewhere (as in a.md:4); use one spelling, 'Engineering', everywhere"),
                site.findings("taxonomy.variant"));
    }

    @Test
    void consistentTagsHaveNoVariants() {
        ContentFixture site = new ContentFixture(dir);
        Samples.ALL.forEach(s -> site.write(s[0], s[1]));
        site.write("2026/2026-01-21-more.md", article("""
                title: "もう一本のレビュー記事"
                date: 2026-01-21 10:00:00 +0900
                categories: ["開発プロセス"]
                tags: ["Markdown", "レビュー", "CI"]
                """, "本文です。\n"));
        assertEquals(List.of(), site.diagnostics("taxonomy.variant"));
    }

    @Test
    void termPositionsFollowTheWordsAcrossLines() {
        ArticleFacts facts = new ContentFixture(dir).facts("x.md", article("""
                title: 位置
                date: 2026-01-01
                tags: >
                  java
                  maven java
                category: "  ニュース "
                """, "本文\n"));
        assertEquals(List.of(new ArticleFacts.Term("java", 5, 3), new ArticleFacts.Term("maven", 6, 3),
                new ArticleFacts.Term("java", 6, 9)), facts.tags());
        assertEquals(List.of(new ArticleFacts.Term("ニュース", 7, 11)), facts.categories());
    }
}

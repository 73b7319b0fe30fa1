package dev.articles.core.check.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.model.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {
    static final List<String> CATEGORIES = List.of("開発プロセス", "Engineering", "勉強会");
    static final List<String> TAGS = List.of("Markdown", "レビュー", "CI", "java", "maven", "ci", "テスト", "設計",
            "JavaScript", "AI");

    @TempDir
    Path dir;

    @Test
    void unknownTagsInAListAreReportedAtTheItem() {
        Site site = new Site(dir).settings(Site.withTaxonomy(CATEGORIES, TAGS)).file("2026-01-05-a.md", Site.article("""
                title: タグの確認
                date: 2026-01-05 09:00:00 +0900
                tags: ["CI", "javascript", ＡＩ, "Kotlin"]
                """, "本文です。\n"));
        List<String> found = site.check("taxonomy.unknown-tag").stream().map(site::show).toList();
        assertEquals(List.of(
                "2026-01-05-a.md:[4,14] taxonomy.unknown-tag: the tag 'javascript' is not in allowedTags, which spells"
                        + " it 'JavaScript'; write 'JavaScript'",
                "2026-01-05-a.md:[4,28] taxonomy.unknown-tag: the tag 'ＡＩ' is not in allowedTags, which spells it"
                        + " 'AI'; write 'AI'",
                "2026-01-05-a.md:[4,32] taxonomy.unknown-tag: the tag 'Kotlin' is not in allowedTags ('Markdown',"
                        + " 'レビュー', 'CI', 'java', 'maven', 'ci', 'テスト', '設計' and 2 more); use one of those or add"
                        + " it to allowedTags in the pom"), found);
        assertEquals(Severity.ERROR, site.check("taxonomy.unknown-tag").get(0).severity());
    }

    @Test
    void wordsOfASpaceSeparatedValueArePointedAtOneByOne() {
        Site site = new Site(dir).settings(Site.withTaxonomy(CATEGORIES, TAGS)).file("2026-01-05-a.md", Site.article("""
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
                site.check("taxonomy.unknown-tag").stream().map(site::show).toList());
    }

    @Test
    void unknownCategoriesAreReportedInEveryForm() {
        Site site = new Site(dir).settings(Site.withTaxonomy(CATEGORIES, TAGS))
                .file("2026-01-05-a.md", Site.article("""
                        title: カテゴリの確認
                        date: 2026-01-05 09:00:00 +0900
                        categories:
                          - 開発プロセス
                          - engineering
                        """, "本文です。\n"))
                .file("2026-01-06-b.md", Site.article("""
                        title: 単数形のカテゴリ
                        date: 2026-01-06 09:00:00 +0900
                        category: 雑記
                        """, "本文です。\n"))
                .file("2026-01-07-c.md", Site.article("""
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
                site.check("taxonomy.unknown-category").stream().map(site::show).toList());
    }

    @Test
    void allowedTermsAndUnconfiguredListsPass() {
        Site site = new Site(dir).settings(Site.withTaxonomy(CATEGORIES, TAGS));
        Samples.ALL.forEach(s -> site.file(s[0], s[1]));
        assertEquals(List.of(), site.check().stream().filter(d -> d.rule().startsWith("taxonomy.")).toList());

        Site open = new Site(dir.resolve("open")).file("2026-01-05-a.md", Site.article("""
                title: 制限なし
                date: 2026-01-05 09:00:00 +0900
                categories: [何でも]
                tags: [自由, タグ]
                """, "本文です。\n"));
        assertEquals(List.of(), open.check().stream().filter(d -> d.rule().startsWith("taxonomy.")).toList());
    }

    @Test
    void variantsAreReportedWhereTheLessCommonSpellingIsWritten() {
        Site site = new Site(dir)
                .file("a.md", Site.article("title: 一\ndate: 2026-01-01\ntags: [JavaScript, Ｍａｖｅｎ]", "本文\n"))
                .file("b.md", Site.article("title: 二\ndate: 2026-01-02\ntags: [JavaScript]", "本文\n"))
                .file("c.md", Site.article("title: 三\ndate: 2026-01-03\ntags: Maven javascript", "本文\n"));
        List<String> found = site.check("taxonomy.variant").stream().map(site::show).toList();
        assertEquals(List.of(
                "a.md:[4,20] taxonomy.variant: the tag 'Ｍａｖｅｎ' is written 'Maven' once elsewhere (as in c.md:4);"
                        + " use one spelling, 'Maven', everywhere",
                "c.md:[4,13] taxonomy.variant: the tag 'javascript' is written 'JavaScript' 2 times elsewhere (as in"
                        + " a.md:4); use one spelling, 'JavaScript', everywhere"), found);
        assertEquals(Severity.WARNING, site.check("taxonomy.variant").get(0).severity());
    }

    @Test
    void categoriesVariantsAcrossArticlesAndTagsAreSeparateVocabularies() {
        Site site = new Site(dir)
                .file("a.md", Site.article("title: 一\ndate: 2026-01-01\ncategories: [Engineering]\ntags: [ai]",
                        "本文\n"))
                .file("b.md", Site.article("title: 二\ndate: 2026-01-02\ncategory: engineering\ntags: [ai]", "本文\n"))
                .file("c.md", Site.article("title: 三\ndate: 2026-01-03\ncategories: [Engineering, AI]", "本文\n"));
        assertEquals(List.of("b.md:[4,11] taxonomy.variant: the category 'engineering' is written 'Engineering' 2 times"
                        + " elsewhere (as in a.md:4); use one spelling, 'Engineering', everywhere"),
                site.check("taxonomy.variant").stream().map(site::show).toList());
    }

    @Test
    void consistentTagsHaveNoVariants() {
        Site site = new Site(dir);
        Samples.ALL.forEach(s -> site.file(s[0], s[1]));
        site.file("2026/2026-01-21-more.md", Site.article("""
                title: "もう一本のレビュー記事"
                date: 2026-01-21 10:00:00 +0900
                categories: ["開発プロセス"]
                tags: ["Markdown", "レビュー", "CI"]
                """, "本文です。\n"));
        assertEquals(List.of(), site.check("taxonomy.variant"));
    }

    @Test
    void termPositionsFollowTheWordsAcrossLines() {
        ArticleFacts facts = Site.facts(dir.resolve("x.md"), Site.article("""
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

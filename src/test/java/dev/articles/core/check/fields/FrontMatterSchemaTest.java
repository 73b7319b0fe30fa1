package dev.articles.core.check.fields;

import static dev.articles.testing.ContentFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.config.SettingsProblems;
import dev.articles.core.frontmatter.StrictYamlReader;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.settings.CheckSettings;
import dev.articles.testing.ContentFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterSchemaTest {
    /** A schema a Japanese tech blog might keep next to its pom. */
    static final String BLOG_SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["title", "date", "author"],
              "properties": {
                "layout": {"enum": ["post", "page"]},
                "title": {"type": "string", "minLength": 1, "maxLength": 60},
                "date": {"type": "string"},
                "author": {"type": "string"},
                "categories": {"type": ["array", "string"]},
                "category": {"type": "string"},
                "tags": {"type": ["array", "string"], "items": {"type": "string"}},
                "excerpt": {"type": "string"},
                "reading_time": {"type": "integer", "minimum": 1},
                "draft": {"type": "boolean"},
                "series": {
                  "type": "object",
                  "required": ["name"],
                  "additionalProperties": false,
                  "properties": {"name": {"type": "string"}, "part": {"type": "integer"}}
                }
              },
              "additionalProperties": false
            }
            """;

    @TempDir
    Path dir;

    private Path schema(String json) throws Exception {
        Path file = dir.resolve("front-matter.schema.json");
        Files.writeString(file, json);
        return file;
    }

    private ContentFixture site() throws Exception {
        return new ContentFixture(dir.resolve("articles")).settings(withSchema(schema(BLOG_SCHEMA)));
    }

    /** Settings with everything at its default but the schema. */
    private static CheckSettings withSchema(Path schema) {
        return new CheckSettings(Map.of(), List.of(), List.of(), List.of(), CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH,
                CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, schema, true);
    }

    @Test
    void wrongTypeIsReportedAtTheValue() throws Exception {
        ContentFixture site = site();
        site.write("2026-01-10-a.md", article("""
                title: "型の違う値"
                date: 2026-01-10 09:00:00 +0900
                author: 編集部
                reading_time: 5分
                """, "本文です。\n"));
        List<Diagnostic> found = site.diagnostics("front-matter.schema");
        assertEquals(List.of("2026-01-10-a.md:[5,15] front-matter.schema: 'reading_time' ('5分') breaks the schema"
                + " front-matter.schema.json: it is text; the schema wants a whole number"), site.show(found));
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void quotedNumberIsTextAndPlainNumberIsInteger() throws Exception {
        ContentFixture site = site();
        site.write("2026-01-10-quoted.md", article("""
                title: 引用符つき
                date: 2026-01-10
                author: 編集部
                reading_time: "5"
                """, "本文です。\n"));
        site.write("2026-01-10-plain.md", article("""
                title: 引用符なし
                date: 2026-01-10
                author: 編集部
                reading_time: 5
                draft: false
                """, "本文です。\n"));
        assertEquals(List.of("2026-01-10-quoted.md:[5,15] front-matter.schema: 'reading_time' ('5') breaks the schema"
                        + " front-matter.schema.json: it is text; the schema wants a whole number; write it without"
                        + " quotes"),
                site.findings("front-matter.schema"));
    }

    @Test
    void missingRequiredKeyIsReportedAtTheFrontMatterStart() throws Exception {
        ContentFixture site = site();
        site.write("2026-01-10-a.md", article("""
                title: 著者のない記事
                date: 2026-01-10 09:00:00 +0900
                """, "本文です。\n"));
        assertEquals(List.of("2026-01-10-a.md:[1,1] front-matter.schema: the front matter has no 'author', which the"
                        + " schema front-matter.schema.json requires; add it"),
                site.findings("front-matter.schema"));
    }

    @Test
    void unknownKeyIsReportedAtTheKey() throws Exception {
        ContentFixture site = site();
        site.write("2026-01-10-a.md", article("""
                title: 綴りの違うキー
                date: 2026-01-10 09:00:00 +0900
                author: 編集部
                  # the key below is misspelt
                layuot: post
                """, "本文です。\n"));
        assertEquals(List.of("2026-01-10-a.md:[6,1] front-matter.schema: the key 'layuot' is not allowed by the schema"
                        + " front-matter.schema.json (did you mean 'layout'?); fix its spelling"),
                site.findings("front-matter.schema"));
    }

    @Test
    void nestedValuesAndListItemsArePointedAtExactly() throws Exception {
        ContentFixture site = site();
        site.write("2026-01-10-a.md", article("""
                title: 連載の第二回
                date: 2026-01-10 09:00:00 +0900
                author: 編集部
                tags: [設計, 7, テスト]
                series:
                  part: 二
                  nmae: 設計入門
                """, "本文です。\n"));
        assertEquals(List.of(
                "2026-01-10-a.md:[5,12] front-matter.schema: 'tags[1]' ('7') breaks the schema"
                        + " front-matter.schema.json: it is a whole number; the schema wants text; put it in quotes to"
                        + " keep it as text",
                "2026-01-10-a.md:[7,3] front-matter.schema: 'series' has no 'name', which the schema"
                        + " front-matter.schema.json requires; add it",
                "2026-01-10-a.md:[7,9] front-matter.schema: 'series.part' ('二') breaks the schema"
                        + " front-matter.schema.json: it is text; the schema wants a whole number",
                "2026-01-10-a.md:[8,3] front-matter.schema: the key 'series.nmae' is not allowed by the schema"
                        + " front-matter.schema.json (did you mean 'name'?); fix its spelling"),
                site.findings("front-matter.schema"));
    }

    @Test
    void eachKeywordIsExplainedInPlainWordsWithTheLikelyFix() throws Exception {
        Path file = schema("""
                {"type": "object",
                 "properties": {
                   "layout": {"enum": ["post", "page"]},
                   "title": {"type": "string", "minLength": 3, "maxLength": 8},
                   "draft": {"type": "boolean"},
                   "tags": {"type": "array", "maxItems": 2, "uniqueItems": true},
                   "series": {"type": "array", "minItems": 2},
                   "slug": {"type": "string", "pattern": "^[a-z0-9-]+$"},
                   "reading_time": {"type": "integer", "minimum": 1, "exclusiveMaximum": 60, "multipleOf": 5},
                   "lang": {"const": "ja"}}}
                """);
        ContentFixture site = new ContentFixture(dir.resolve("articles")).settings(withSchema(file));
        site.write("a.md", article("""
                layout: psot
                title: 短い
                draft: "true"
                tags: [設計, テスト, 設計]
                series: 入門
                slug: Hello_World
                reading_time: 62
                lang: en
                """, "本文です。\n"));
        assertEquals(List.of(
                "a.md:[2,9] front-matter.schema: 'layout' ('psot') breaks the schema front-matter.schema.json: the"
                        + " schema allows only 'post', 'page' (did you mean 'post'?)",
                "a.md:[3,8] front-matter.schema: 'title' ('短い') breaks the schema front-matter.schema.json: it is 2"
                        + " characters long; the schema wants at least 3",
                "a.md:[4,8] front-matter.schema: 'draft' ('true') breaks the schema front-matter.schema.json: it is"
                        + " text; the schema wants true or false; write it without quotes",
                "a.md:[5,7] front-matter.schema: 'tags' breaks the schema front-matter.schema.json: it has 3 items;"
                        + " the schema wants at most 2",
                "a.md:[5,7] front-matter.schema: 'tags' breaks the schema front-matter.schema.json: it lists '設計'"
                        + " more than once; the schema wants each item once",
                "a.md:[6,9] front-matter.schema: 'series' ('入門') breaks the schema front-matter.schema.json: it is"
                        + " text; the schema wants a list; write a list, such as [a, b]",
                "a.md:[7,7] front-matter.schema: 'slug' ('Hello_World') breaks the schema front-matter.schema.json:"
                        + " it does not match the schema's pattern ^[a-z0-9-]+$",
                "a.md:[8,15] front-matter.schema: 'reading_time' ('62') breaks the schema front-matter.schema.json:"
                        + " the schema wants a multiple of 5",
                "a.md:[8,15] front-matter.schema: 'reading_time' ('62') breaks the schema front-matter.schema.json:"
                        + " the schema wants less than 60",
                "a.md:[9,7] front-matter.schema: 'lang' ('en') breaks the schema front-matter.schema.json: the"
                        + " schema allows only 'ja'"),
                site.findings("front-matter.schema"));
    }

    /** The rule reference's example for this rule prints what the page says it prints. */
    @Test
    void theRuleReferenceExampleIsWhatIsPrinted() throws Exception {
        String page = Files.readString(Path.of("src/site/markdown/rules.md"));
        int section = page.indexOf("\"reading_time\": {\"type\": \"integer\"}");
        assertTrue(section > 0, "rules.md has no front-matter.schema example");
        int jsonStart = page.lastIndexOf("```json\n", section) + "```json\n".length();
        Path file = schema(page.substring(jsonStart, page.indexOf("```", jsonStart)));
        int yamlStart = page.indexOf("```yaml\n", section) + "```yaml\n".length();
        List<String> shown = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (String line : page.substring(yamlStart, page.indexOf("```", yamlStart)).split("\n")) {
            int bad = line.indexOf("# bad: ");
            String message = bad < 0 ? null : line.substring(bad + "# bad: ".length());
            if (message == null || !(message.startsWith("'") || message.startsWith("the key"))) {
                continue;
            }
            ContentFixture site = new ContentFixture(dir.resolve("articles-" + shown.size()))
                    .settings(withSchema(file));
            site.write("a.md", article("title: 例\ndate: 2026-01-10\nauthor: 編集部\n" + line.substring(0, bad)
                    .strip(), "本文です。\n"));
            shown.add(message);
            site.findings("front-matter.schema").forEach(f -> printed.add(f.substring(f.indexOf("front-matter.schema: ")
                    + "front-matter.schema: ".length())));
        }
        assertEquals(2, shown.size(), "examples read from rules.md");
        assertEquals(shown, printed);
    }

    @Test
    void wholeFrontMatterAndListItemViolationsHaveTheirPlaces() throws Exception {
        Path file = schema("""
                {"type": "object", "minProperties": 4,
                 "properties": {"authors": {"type": "array", "items": {"type": "object", "required": ["name"]}}}}
                """);
        ContentFixture site = new ContentFixture(dir.resolve("articles")).settings(withSchema(file));
        site.write("a.md", article("""
                title: 共著の記事
                authors:
                  - name: 山田
                  - mail: sato@example.com
                """, "本文です。\n"));
        assertEquals(List.of(
                "a.md:[1,1] front-matter.schema: the front matter breaks the schema front-matter.schema.json: it"
                        + " has 2 keys; the schema wants at least 4",
                "a.md:[5,5] front-matter.schema: 'authors[1]' has no 'name', which the schema front-matter.schema.json"
                        + " requires; add it"),
                site.findings("front-matter.schema"));
    }

    @Test
    void realisticArticlesSatisfyARealisticSchema() throws Exception {
        ContentFixture site = site();
        Samples.ALL.forEach(s -> site.write(s[0], s[1]));
        site.write("2026-02-10-series.md", article("""
                layout: post
                title: "設計入門 第二回"
                date: 2026-02-10 08:00:00 +0900
                author: "山田"
                draft: true
                series:
                  name: 設計入門
                  part: 2
                """, "前回の続きです。\n"));
        assertEquals(List.of(), site.diagnostics("front-matter.schema"));
    }

    @Test
    void yamlScalarsFollowTheCoreSchema() {
        List<Diagnostic> problems = new ArrayList<>();
        YamlNode.Mapping yaml = new StrictYamlReader().read(dir, """
                a: 12
                b: -3
                c: 1.50
                d: true
                e: False
                f: ~
                g: 2026-02-05 17:08:42 +0000
                h: "true"
                i: 0x1F
                j: 12:30
                k: 'null'
                l: [1, two, "3"]
                m: 99999999999
                """, 2, problems);
        assertEquals(List.of(), problems);
        assertEquals("{\"a\":12,\"b\":-3,\"c\":1.50,\"d\":true,\"e\":false,\"f\":null,"
                + "\"g\":\"2026-02-05 17:08:42 +0000\",\"h\":\"true\",\"i\":31,\"j\":\"12:30\",\"k\":\"null\","
                + "\"l\":[1,\"two\",\"3\"],\"m\":99999999999}", YamlJson.of(yaml).toString());
    }

    @Test
    void unusableSchemasAreSettingProblemsNamingTheFile() throws Exception {
        Path notJson = dir.resolve("broken.json");
        Files.writeString(notJson, "{\"type\": \"object\",}");
        Path notSchema = dir.resolve("wrong.json");
        Files.writeString(notSchema, "{\"type\": \"objekt\"}");
        Path missing = dir.resolve("missing.json");

        List<String> broken = SettingsProblems.of(withSchema(notJson));
        assertEquals(1, broken.size());
        assertEquals("frontMatterSchema: the front matter schema " + notJson + " is not valid JSON at line 1, column"
                + " 19: '}' where a key in double quotes should start (a ',' too many, or a key without quotes?)",
                broken.get(0));
        List<String> wrong = SettingsProblems.of(withSchema(notSchema));
        assertEquals(1, wrong.size());
        assertTrue(wrong.get(0).startsWith("frontMatterSchema: the front matter schema " + notSchema
                + " is not a valid JSON Schema: "), wrong.get(0));
        List<String> absent = SettingsProblems.of(withSchema(missing));
        assertEquals(1, absent.size());
        assertTrue(absent.get(0).startsWith("frontMatterSchema: the front matter schema " + missing
                + " cannot be read: "), absent.get(0));
        assertEquals(List.of(), SettingsProblems.of(withSchema(schema(BLOG_SCHEMA))));
    }

    @Test
    void theEngineRefusesToRunWithAnUnusableSchema() throws Exception {
        Path wrong = dir.resolve("wrong.json");
        Files.writeString(wrong, "[1, 2]");
        ContentFixture site = new ContentFixture(dir).settings(withSchema(wrong));
        site.write("a.md", article("title: x\ndate: 2026-01-01", "本文\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, site::check);
        assertTrue(e.getMessage().contains(wrong.toString()), e.getMessage());
    }

    @Test
    void schemasMayNotFetchFromTheNetwork() throws Exception {
        Path remote = schema("""
                {"type": "object", "properties": {"title": {"$ref": "https://schemas.example.invalid/title.json"}}}
                """);
        FrontMatterSchema.InvalidSchemaException e = assertThrows(FrontMatterSchema.InvalidSchemaException.class,
                () -> FrontMatterSchema.load(remote));
        assertTrue(e.getMessage().contains("https://schemas.example.invalid/title.json"), e.getMessage());
    }

    @Test
    void schemasMayReferToFilesBesideThem() throws Exception {
        Files.writeString(dir.resolve("author.json"), "{\"type\": \"string\", \"enum\": [\"編集部\", \"山田\"]}");
        schema("{\"type\": \"object\", \"properties\": {\"author\": {\"$ref\": \"author.json\"}}}");
        ContentFixture site = new ContentFixture(dir.resolve("articles"))
                .settings(withSchema(dir.resolve("front-matter.schema.json")));
        site.write("a.md", article("title: 参照\ndate: 2026-01-01\nauthor: 佐藤", "本文\n"));
        assertEquals(List.of("a.md:[4,9] front-matter.schema: 'author' ('佐藤') breaks the schema"
                        + " front-matter.schema.json: the schema allows only '編集部', '山田'"),
                site.findings("front-matter.schema"));
    }

    @Test
    void theSchemaIsLoadedOncePerRun() throws Exception {
        Path file = schema(BLOG_SCHEMA);
        ContentFixture files = new ContentFixture(dir).settings(withSchema(file));
        FrontMatterSchemaCheck check = new FrontMatterSchemaCheck();
        List<Diagnostic> found = new ArrayList<>();
        check.check(files.source("a.md", article("title: 一本目\ndate: 2026-01-01", "本文\n")), new Findings(found));
        Files.delete(file); // a second load would fail now
        check.check(files.source("b.md", article("title: 二本目\ndate: 2026-01-02", "本文\n")), new Findings(found));
        assertEquals(List.of(
                "a.md:[1,1] front-matter.schema: the front matter has no 'author', which the schema"
                        + " front-matter.schema.json requires; add it",
                "b.md:[1,1] front-matter.schema: the front matter has no 'author', which the schema"
                        + " front-matter.schema.json requires; add it"),
                files.show(found));

        List<Diagnostic> fresh = new ArrayList<>();
        new FrontMatterSchemaCheck().check(files.source("c.md", article("title: 三本目\ndate: 2026-01-03", "本文\n")),
                new Findings(fresh));
        assertEquals(1, fresh.size());
        assertTrue(fresh.get(0).message().contains("cannot be read"), fresh.get(0).message());
    }

    @Test
    void oneSchemaServesManyThreads() throws Exception {
        FrontMatterSchema schema = FrontMatterSchema.load(schema(BLOG_SCHEMA));
        ContentFixture files = new ContentFixture(dir);
        List<ArticleSource> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(files.source(i + ".md", article("title: 記事" + i + "\ndate: 2026-01-01\n"
                    + (i % 2 == 0 ? "author: 編集部\n" : "") + "reading_time: " + (i % 3 == 0 ? "三" : "3"), "本文\n")));
        }
        List<List<FrontMatterSchema.Violation>> expected = articles.stream().map(a -> schema.validate(a.yaml())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<FrontMatterSchema.Violation>>> futures = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (ArticleSource a : articles) {
                    futures.add(pool.submit(() -> schema.validate(a.yaml())));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertEquals(expected.get(k % articles.size()), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, expected.get(3).size()); // no author, reading_time "三"
        assertEquals(0, expected.get(4).size());
    }
}

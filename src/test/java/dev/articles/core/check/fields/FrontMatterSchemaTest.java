package dev.articles.core.check.fields;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private Site site() throws Exception {
        return new Site(dir.resolve("articles")).settings(Site.withSchema(schema(BLOG_SCHEMA)));
    }

    @Test
    void wrongTypeIsReportedAtTheValue() throws Exception {
        Site site = site().file("2026-01-10-a.md", Site.article("""
                title: "型の違う値"
                date: 2026-01-10 09:00:00 +0900
                author: 編集部
                reading_time: 5分
                """, "本文です。\n"));
        List<Diagnostic> found = site.check("front-matter.schema");
        assertEquals(List.of("2026-01-10-a.md:[5,15] front-matter.schema: 'reading_time' ('5分') breaks the schema"
                + " front-matter.schema.json: string found, integer expected"), found.stream().map(site::show).toList());
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void quotedNumberIsTextAndPlainNumberIsInteger() throws Exception {
        Site site = site()
                .file("2026-01-10-quoted.md", Site.article("""
                        title: 引用符つき
                        date: 2026-01-10
                        author: 編集部
                        reading_time: "5"
                        """, "本文です。\n"))
                .file("2026-01-10-plain.md", Site.article("""
                        title: 引用符なし
                        date: 2026-01-10
                        author: 編集部
                        reading_time: 5
                        draft: false
                        """, "本文です。\n"));
        assertEquals(List.of("2026-01-10-quoted.md:[5,15] front-matter.schema: 'reading_time' ('5') breaks the schema"
                        + " front-matter.schema.json: string found, integer expected"),
                site.check("front-matter.schema").stream().map(site::show).toList());
    }

    @Test
    void missingRequiredKeyIsReportedAtTheFrontMatterStart() throws Exception {
        Site site = site().file("2026-01-10-a.md", Site.article("""
                title: 著者のない記事
                date: 2026-01-10 09:00:00 +0900
                """, "本文です。\n"));
        assertEquals(List.of("2026-01-10-a.md:[1,1] front-matter.schema: the front matter has no 'author', which the"
                        + " schema front-matter.schema.json requires; add it"),
                site.check("front-matter.schema").stream().map(site::show).toList());
    }

    @Test
    void unknownKeyIsReportedAtTheKey() throws Exception {
        Site site = site().file("2026-01-10-a.md", Site.article("""
                title: 綴りの違うキー
                date: 2026-01-10 09:00:00 +0900
                author: 編集部
                  # the key below is misspelt
                layuot: post
                """, "本文です。\n"));
        assertEquals(List.of("2026-01-10-a.md:[6,1] front-matter.schema: the key 'layuot' is not allowed by the schema"
                        + " front-matter.schema.json (property 'layuot' is not defined in the schema and the schema"
                        + " does not allow additional properties); fix its spelling, remove it or add it to the schema"),
                site.check("front-matter.schema").stream().map(site::show).toList());
    }

    @Test
    void nestedValuesAndListItemsArePointedAtExactly() throws Exception {
        Site site = site().file("2026-01-10-a.md", Site.article("""
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
                        + " front-matter.schema.json: integer found, string expected",
                "2026-01-10-a.md:[7,3] front-matter.schema: 'series' has no 'name', which the schema"
                        + " front-matter.schema.json requires; add it",
                "2026-01-10-a.md:[7,9] front-matter.schema: 'series.part' ('二') breaks the schema"
                        + " front-matter.schema.json: string found, integer expected",
                "2026-01-10-a.md:[8,3] front-matter.schema: the key 'series.nmae' is not allowed by the schema"
                        + " front-matter.schema.json (property 'nmae' is not defined in the schema and the schema does"
                        + " not allow additional properties); fix its spelling, remove it or add it to the schema"),
                site.check("front-matter.schema").stream().map(site::show).toList());
    }

    @Test
    void wholeFrontMatterAndListItemViolationsHaveTheirPlaces() throws Exception {
        Path file = schema("""
                {"type": "object", "minProperties": 4,
                 "properties": {"authors": {"type": "array", "items": {"type": "object", "required": ["name"]}}}}
                """);
        Site site = new Site(dir.resolve("articles")).settings(Site.withSchema(file))
                .file("a.md", Site.article("""
                        title: 共著の記事
                        authors:
                          - name: 山田
                          - mail: sato@example.com
                        """, "本文です。\n"));
        assertEquals(List.of(
                "a.md:[1,1] front-matter.schema: the front matter breaks the schema front-matter.schema.json: must"
                        + " have at least 4 properties",
                "a.md:[5,5] front-matter.schema: 'authors[1]' has no 'name', which the schema front-matter.schema.json"
                        + " requires; add it"),
                site.check("front-matter.schema").stream().map(site::show).toList());
    }

    @Test
    void realisticArticlesSatisfyARealisticSchema() throws Exception {
        Site site = site();
        Samples.ALL.forEach(s -> site.file(s[0], s[1]));
        site.file("2026-02-10-series.md", Site.article("""
                layout: post
                title: "設計入門 第二回"
                date: 2026-02-10 08:00:00 +0900
                author: "山田"
                draft: true
                series:
                  name: 設計入門
                  part: 2
                """, "前回の続きです。\n"));
        assertEquals(List.of(), site.check("front-matter.schema"));
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

        List<String> broken = SettingsProblems.of(Site.withSchema(notJson));
        assertEquals(1, broken.size());
        assertTrue(broken.get(0).startsWith("frontMatterSchema: the front matter schema " + notJson
                + " is not valid JSON: "), broken.get(0));
        List<String> wrong = SettingsProblems.of(Site.withSchema(notSchema));
        assertEquals(1, wrong.size());
        assertTrue(wrong.get(0).startsWith("frontMatterSchema: the front matter schema " + notSchema
                + " is not a valid JSON Schema: "), wrong.get(0));
        List<String> absent = SettingsProblems.of(Site.withSchema(missing));
        assertEquals(1, absent.size());
        assertTrue(absent.get(0).startsWith("frontMatterSchema: the front matter schema " + missing
                + " cannot be read: "), absent.get(0));
        assertEquals(List.of(), SettingsProblems.of(Site.withSchema(schema(BLOG_SCHEMA))));
    }

    @Test
    void theEngineRefusesToRunWithAnUnusableSchema() throws Exception {
        Path wrong = dir.resolve("wrong.json");
        Files.writeString(wrong, "[1, 2]");
        Site site = new Site(dir).settings(Site.withSchema(wrong)).file("a.md", Site.article("title: x\ndate: 2026-01-01",
                "本文\n"));
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
        Site site = new Site(dir.resolve("articles")).settings(Site.withSchema(dir.resolve("front-matter.schema.json")))
                .file("a.md", Site.article("title: 参照\ndate: 2026-01-01\nauthor: 佐藤", "本文\n"));
        assertEquals(List.of("a.md:[4,9] front-matter.schema: 'author' ('佐藤') breaks the schema"
                        + " front-matter.schema.json: does not have a value in the enumeration [\"編集部\", \"山田\"]"),
                site.check("front-matter.schema").stream().map(site::show).toList());
    }

    @Test
    void theSchemaIsLoadedOncePerRun() throws Exception {
        Path file = schema(BLOG_SCHEMA);
        CheckSettings settings = Site.withSchema(file);
        FrontMatterSchemaCheck check = new FrontMatterSchemaCheck();
        List<Diagnostic> found = new ArrayList<>();
        check.check(Site.source(dir.resolve("a.md"), Site.article("title: 一本目\ndate: 2026-01-01", "本文\n"),
                settings), new Findings(found));
        Files.delete(file); // a second load would fail now
        check.check(Site.source(dir.resolve("b.md"), Site.article("title: 二本目\ndate: 2026-01-02", "本文\n"),
                settings), new Findings(found));
        assertEquals(List.of(
                "[1,1] the front matter has no 'author', which the schema front-matter.schema.json requires; add it",
                "[1,1] the front matter has no 'author', which the schema front-matter.schema.json requires; add it"),
                found.stream().map(d -> "[" + d.line() + "," + d.column() + "] " + d.message()).toList());

        List<Diagnostic> fresh = new ArrayList<>();
        new FrontMatterSchemaCheck().check(Site.source(dir.resolve("c.md"),
                Site.article("title: 三本目\ndate: 2026-01-03", "本文\n"), settings), new Findings(fresh));
        assertEquals(1, fresh.size());
        assertTrue(fresh.get(0).message().contains("cannot be read"), fresh.get(0).message());
    }

    @Test
    void oneSchemaServesManyThreads() throws Exception {
        FrontMatterSchema schema = FrontMatterSchema.load(schema(BLOG_SCHEMA));
        List<ArticleSource> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(Site.source(dir.resolve(i + ".md"), Site.article("title: 記事" + i + "\ndate: 2026-01-01\n"
                    + (i % 2 == 0 ? "author: 編集部\n" : "") + "reading_time: " + (i % 3 == 0 ? "三" : "3"), "本文\n"),
                    CheckSettings.defaults()));
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

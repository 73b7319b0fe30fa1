package dev.articles.maven;

import static dev.articles.maven.MojoFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary by rule, the reports and the baseline workflow, through the goals. */
class MojoReportingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    MojoFixture fx;

    @BeforeEach
    void project() throws Exception {
        fx = new MojoFixture(dir);
        fx.article("2026/ok.md", """
                ---
                title: "普通の記事"
                date: 2026-01-05 09:00:00 +0900
                ---

                本文です。
                """);
        fx.article("future.md", """
                ---
                title: "遠い未来の記事"
                date: 2999-01-01 00:00:00 +0900
                ---

                まだ先の話です。
                """);
        fx.article("suppress.md", """
                ---
                title: "抑制だけの記事"
                date: 2026-02-01 00:00:00 +0900
                articles-suppress: [heading.duplicate]
                ---

                見出しはありません。
                """);
    }

    private JsonNode report(String name) throws Exception {
        return JSON.readTree(dir.resolve("target/articles").resolve(name).toFile());
    }

    @Test
    void summaryCountsFindingsByRule() throws Exception {
        fx.validate().execute();
        List<String> warnings = fx.log.lines("WARNING");
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("src/main/articles/future.md:[3,7] front-matter.date-future: "),
                warnings.get(0));
        assertTrue(warnings.get(1).startsWith("src/main/articles/suppress.md:[4,20] suppression.unused: "),
                warnings.get(1));
        List<String> info = fx.log.lines("INFO");
        assertEquals("Articles: 3 checked, 0 errors, 2 warnings (front-matter.date-future: 1, suppression.unused: 1)",
                info.get(info.size() - 2));
    }

    @Test
    void reportsAreWrittenEvenWhenTheBuildFails() throws Exception {
        ValidateMojo mojo = set(fx.validate(), "rules", Map.of("front-matter.date-future", "error"));
        assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Articles: 3 checked, 1 error, 1 warning (front-matter.date-future: 1, suppression.unused: 1)",
                fx.log.lines("ERROR").get(fx.log.lines("ERROR").size() - 1));

        JsonNode json = report("report.json");
        assertEquals(1, json.get("format").asInt());
        assertEquals("9.9.9-TEST", json.get("version").asText());
        assertEquals(3, json.get("checked").asInt());
        assertEquals(1, json.get("bySeverity").get("error").asInt());
        assertEquals(1, json.get("byRule").get("suppression.unused").asInt());
        JsonNode first = json.get("findings").get(0);
        assertEquals("src/main/articles/future.md", first.get("file").asText());
        assertEquals("error", first.get("severity").asText());

        JsonNode run = report("report.sarif").get("runs").get(0);
        assertEquals("9.9.9-TEST", run.get("tool").get("driver").get("version").asText());
        JsonNode result = run.get("results").get(0);
        assertEquals("front-matter.date-future", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        assertEquals("src/main/articles/future.md", result.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText());
        assertEquals(dir.toAbsolutePath().toUri().toString().replaceAll("/$", "") + "/",
                run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
    }

    @Test
    void baselineGoalRecordsFindingsAndValidateThenReportsOnlyNewOnes() throws Exception {
        fx.baseline().execute();
        String baseline = Files.readString(dir.resolve("articles-baseline.json"), StandardCharsets.UTF_8);
        assertTrue(baseline.contains("\"source\": \"future.md\""), baseline);
        assertTrue(baseline.contains("\"source\": \"suppress.md\""), baseline);
        assertFalse(baseline.contains("\"line\""), "entries do not depend on lines");
        assertTrue(fx.log.lines("INFO").get(0).startsWith("Baseline articles-baseline.json: 3 articles checked, "
                + "2 findings recorded in 2 entries"), fx.log.lines.toString());

        fx.log.lines.clear();
        fx.validate().execute();
        assertEquals(List.of(), fx.log.lines("WARNING"));
        assertEquals(List.of(
                "Baseline articles-baseline.json: 2 known findings matched (not listed; they do not fail the build)",
                "Articles: 3 checked, 0 errors, 0 warnings",
                "Validate: scanned 3 (# ms), checked 3 (# ms), 0 up to date; # ms in all"), fx.log.lines("INFO"));
        JsonNode json = report("report.json");
        assertEquals(2, json.get("baseline").get("matched").asInt());
        assertEquals(0, json.get("findings").size());
        assertEquals(0, report("report.sarif").get("runs").get(0).get("results").size());
    }

    @Test
    void aBaselinedErrorDoesNotFailAndANewOneDoes() throws Exception {
        Map<String, String> strict = Map.of("front-matter.date-future", "error");
        set(fx.baseline(), "rules", strict).execute();

        fx.log.lines.clear();
        set(fx.validate(), "rules", strict).execute();

        fx.article("2026/also-future.md", """
                ---
                title: "もう一つの未来"
                date: 3000-01-01
                ---

                本文。
                """);
        fx.log.lines.clear();
        ValidateMojo again = set(fx.validate(), "rules", strict);
        set(again, "project", new MojoFixture(dir).project); // a new build: nothing printed yet
        assertThrows(MojoFailureException.class, again::execute);
        List<String> errors = fx.log.lines("ERROR");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("src/main/articles/2026/also-future.md:[3,7] front-matter.date-future"));
        assertEquals("Articles: 4 checked, 1 error, 0 warnings (front-matter.date-future: 1)", errors.get(1));
    }

    @Test
    void staleEntriesAreReportedOnceAsAHint() throws Exception {
        fx.baseline().execute();
        fx.article("future.md", """
                ---
                title: "遠い未来の記事"
                date: 2026-03-01 00:00:00 +0900
                ---

                日付を直しました。
                """);
        fx.log.lines.clear();
        fx.validate().execute();
        fx.bundle().execute();
        List<String> info = fx.log.lines("INFO");
        assertEquals(1, info.stream().filter(l -> l.equals(
                "1 baseline entry no longer occurs; run articles:baseline to refresh")).count(), info.toString());
        assertEquals(1, info.stream().filter(l -> l.startsWith("Baseline articles-baseline.json: 1 known finding "
                + "matched")).count(), info.toString());
        assertEquals(1, report("report.json").get("baseline").get("noLongerOccurring").asInt());
    }

    @Test
    void bundleIsWrittenWhenEveryErrorIsBaselined() throws Exception {
        Map<String, String> strict = Map.of("front-matter.date-future", "error");
        set(fx.baseline(), "rules", strict).execute();
        set(fx.bundle(), "rules", strict).execute();
        assertTrue(Files.isRegularFile(dir.resolve("target/generated-resources/articles/META-INF/articles/site/"
                + "index.json")));
    }

    @Test
    void useBaselineFalseCountsEverything() throws Exception {
        fx.baseline().execute();
        fx.log.lines.clear();
        ValidateMojo mojo = set(fx.validate(), "useBaseline", false);
        set(mojo, "failOnWarning", true);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("2 warnings"), e.getMessage());
        assertFalse(fx.log.lines.stream().anyMatch(l -> l.contains("Baseline")), fx.log.lines.toString());
    }

    @Test
    void aBrokenBaselineFileIsRefusedNamingIt() throws Exception {
        Files.writeString(dir.resolve("articles-baseline.json"), "{\"format\": 7, \"entries\": []}");
        MojoFailureException e = assertThrows(MojoFailureException.class, fx.validate()::execute);
        assertEquals("The baseline file articles-baseline.json (parameter baselineFile) cannot be used: unsupported "
                + "baseline format 7; expected 1; run articles:baseline to "
                + "write it again, or set useBaseline to false", e.getMessage());
    }

    @Test
    void aFolderInPlaceOfTheBaselineIsIgnoredByValidateAndCannotBeWritten() throws Exception {
        Files.createDirectories(dir.resolve("articles-baseline.json/not-a-file"));
        // Not a file, so no baseline is applied: the two warnings are printed and counted.
        fx.validate().execute();
        assertEquals(2, fx.log.lines("WARNING").size());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, fx.baseline()::execute);
        assertTrue(e.getMessage().startsWith("Cannot write the baseline file articles-baseline.json: "),
                e.getMessage());
    }

    /** Articles with findings of fixed rules: a date that does not exist, no title, and a slug taken twice. */
    private void unpublishableArticles() throws Exception {
        fx.article("2026/bad-date.md", """
                ---
                title: "存在しない日付"
                date: 2026-02-30
                ---

                二月三十日の記事です。
                """);
        fx.article("broken.md", """
                ---
                date: 2026-02-01
                ---

                タイトルがありません。
                """);
        fx.article("a/hello.md", """
                ---
                title: "こんにちは"
                date: 2026-01-10 09:00:00 +0900
                ---

                先に書いた挨拶です。
                """);
        fx.article("b/hello.md", """
                ---
                title: "もう一度こんにちは"
                date: 2026-01-20 09:00:00 +0900
                ---

                同じスラッグの挨拶です。
                """);
    }

    private static final List<String> LEFT_OUT = List.of(
            "[INFO] Left out of the bundle: src/main/articles/2026/bad-date.md:[3,7] front-matter.date: '2026-02-30' "
                    + "is not a real calendar date: day 30 does not exist in February 2026, which has 28 days",
            "[INFO] Left out of the bundle: src/main/articles/b/hello.md:[1,1] url.duplicate: the address '/articles/hello/' "
                    + "is also the address of a/hello.md:1; give one of them another 'slug:' or 'permalink:' "
                    + "(src/main/articles/a/hello.md, the first by path, is published in its place)",
            "[INFO] Left out of the bundle: src/main/articles/broken.md:[1,1] front-matter.title: missing 'title' in "
                    + "front matter",
            "[WARNING] 3 articles left out of the bundle (listed above): their accepted baseline findings make them "
                    + "unpublishable (front-matter.date: 1, front-matter.title: 1, url.duplicate: 1); fix them to "
                    + "publish them");

    private static List<String> concat(List<String> first, List<String> second, String... more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void findingsOfFixedRulesAreRecordedAndTheirArticlesLeftOutOfTheBundle() throws Exception {
        unpublishableArticles();
        fx.baseline().execute();
        String baseline = Files.readString(dir.resolve("articles-baseline.json"), StandardCharsets.UTF_8);
        for (String rule : List.of("front-matter.date", "front-matter.title", "url.duplicate")) {
            assertTrue(baseline.contains("\"rule\": \"" + rule + "\""), baseline);
        }
        // The goal checks again with the new file, and names the articles validate and bundle will leave out.
        assertEquals(concat(List.of("[INFO] Baseline articles-baseline.json: 7 articles checked, 6 findings recorded "
                + "in 6 entries; validate and bundle now report only new findings"), LEFT_OUT), fx.log.lines);

        // validate passes and says the same; bundle, in the same build, prints nothing twice.
        fx.log.lines.clear();
        fx.validate().execute();
        fx.bundle().execute();
        assertEquals(concat(List.of("[INFO] Baseline articles-baseline.json: 6 known findings matched (not listed; "
                + "they do not fail the build)"), LEFT_OUT,
                "[INFO] Articles: 7 checked, 0 errors, 0 warnings",
                "[INFO] Validate: scanned 7 (# ms), checked 7 (# ms), 0 up to date; # ms in all",
                "[INFO] Articles: 7 checked, 0 errors, 0 warnings",
                "[INFO] Bundle 'site': 4 articles; scanned 7 (# ms), checked 0 (# ms), rendered 4 (# ms), 3 up to date;"
                        + " 12 files written, 0 unchanged, 0 deleted (# ms); # ms in all -> "
                        + "target/generated-resources/articles"),
                fx.log.lines);
        String index = Files.readString(dir.resolve("target/generated-resources/articles/META-INF/articles/site/"
                + "index.json"), StandardCharsets.UTF_8);
        assertTrue(index.contains("\"title\": \"こんにちは\""), index);
        assertFalse(index.contains("もう一度") || index.contains("\"slug\": \"bad-date\"")
                || index.contains("\"slug\": \"broken\""), index);
        JsonNode json = report("report.json");
        assertEquals(6, json.get("baseline").get("matched").asInt());
        assertEquals(3, json.get("baseline").get("articlesLeftOut").asInt());
        assertEquals(0, json.get("findings").size());
    }

    @Test
    void aFixedArticleIsPublishedAgainAndItsEntryReportedAsNoLongerOccurring() throws Exception {
        unpublishableArticles();
        fx.baseline().execute();
        fx.article("2026/bad-date.md", """
                ---
                title: "存在しない日付"
                date: 2026-02-28
                ---

                二月二十八日の記事になりました。
                """);
        fx.log.lines.clear();
        fx.bundle().execute();
        assertEquals(List.of(
                "[INFO] Baseline articles-baseline.json: 5 known findings matched (not listed; they do not fail the "
                        + "build)",
                LEFT_OUT.get(1),
                LEFT_OUT.get(2),
                "[WARNING] 2 articles left out of the bundle (listed above): their accepted baseline findings make them "
                        + "unpublishable (front-matter.title: 1, url.duplicate: 1); fix them to publish them",
                "[INFO] 1 baseline entry no longer occurs; run articles:baseline to refresh",
                "[INFO] Articles: 7 checked, 0 errors, 0 warnings"),
                fx.log.lines.subList(0, 6));
        assertTrue(fx.log.lines.get(6).startsWith("[INFO] Bundle 'site': 5 articles; "), fx.log.lines.get(6));
        assertTrue(Files.readString(dir.resolve("target/generated-resources/articles/META-INF/articles/site/"
                + "index.json"), StandardCharsets.UTF_8).contains("存在しない日付"));
        assertEquals(2, report("report.json").get("baseline").get("articlesLeftOut").asInt());
    }

    @Test
    void withoutTheBaselineAFixedRuleStillFailsTheBuild() throws Exception {
        unpublishableArticles();
        fx.baseline().execute();
        fx.log.lines.clear();
        MojoFailureException e = assertThrows(MojoFailureException.class,
                set(fx.validate(), "useBaseline", false)::execute);
        assertEquals("Articles have 4 errors; each is listed above with its file and line", e.getMessage());
        assertFalse(fx.log.lines.stream().anyMatch(l -> l.contains("left out")), fx.log.lines.toString());
    }
}

package dev.articles.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.report.BaselineFile;
import dev.articles.core.rules.RuleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final Path CONTENT = Path.of("/site/src/main/articles").toAbsolutePath();
    private static final Function<String, Rule> RULES = RuleCatalog::get;

    private static Diagnostic warn(String file, int line, String rule, String message) {
        return new Diagnostic(CONTENT.resolve(file), line, 1, Severity.WARNING, rule, message);
    }

    private static Diagnostic error(String file, int line, String rule, String message) {
        return new Diagnostic(CONTENT.resolve(file), line, 1, Severity.ERROR, rule, message);
    }

    @Test
    void recordsFindingsBySourceRuleAndMessageWithCounts() {
        Baseline b = Baseline.of(List.of(
                warn("2026/b.md", 9, "heading.duplicate", "heading '概要' again"),
                warn("2026/b.md", 30, "heading.duplicate", "heading '概要' again"),
                error("a.md", 4, "body.marker", "leaked marker '---END---'"),
                error("c.md", 1, "front-matter.title", "no title"),
                error("d.md", 2, "no.such-rule", "from nowhere"),
                warn(".", 0, "content.empty", "nothing")), CONTENT, RULES);

        assertEquals(List.of(
                new Baseline.Entry(".", "content.empty", "nothing", 1),
                new Baseline.Entry("2026/b.md", "heading.duplicate", "heading '概要' again", 2),
                new Baseline.Entry("a.md", "body.marker", "leaked marker '---END---'", 1),
                new Baseline.Entry("c.md", "front-matter.title", "no title", 1)), b.entries());
        assertEquals(5, b.findings());
    }

    @Test
    void everyKnownRuleIsAcceptedFixedOnesToo() {
        assertTrue(Baseline.accepts(RuleCatalog.get("body.marker")));
        assertTrue(Baseline.accepts(RuleCatalog.get("suppression.unused")));
        assertTrue(Baseline.accepts(RuleCatalog.get("front-matter.yaml")));
        assertTrue(Baseline.accepts(RuleCatalog.get("url.duplicate")));
        RuleCatalog.all().forEach(r -> assertTrue(Baseline.accepts(r), r.id()));
        assertEquals(false, Baseline.accepts(RuleCatalog.get("no.such-rule")));
    }

    @Test
    void writesSortedDeterministicJson() {
        List<Diagnostic> findings = List.of(
                warn("z.md", 2, "heading.duplicate", "twice"),
                error("a.md", 4, "body.marker", "TODO <left> & \"quoted\""));
        byte[] once = BaselineFile.toJson(Baseline.of(findings, CONTENT, RULES));
        byte[] reversed = BaselineFile.toJson(Baseline.of(List.of(findings.get(1), findings.get(0)), CONTENT, RULES));

        String expected = """
                {
                  "format": 1,
                  "entries": [
                    {
                      "source": "a.md",
                      "rule": "body.marker",
                      "message": "TODO <left> & \\"quoted\\"",
                      "count": 1
                    },
                    {
                      "source": "z.md",
                      "rule": "heading.duplicate",
                      "message": "twice",
                      "count": 1
                    }
                  ]
                }
                """;
        assertEquals(expected, new String(once, StandardCharsets.UTF_8));
        assertEquals(expected, new String(reversed, StandardCharsets.UTF_8));
        assertEquals("{\n  \"format\": 1,\n  \"entries\": []\n}\n",
                new String(BaselineFile.toJson(Baseline.empty()), StandardCharsets.UTF_8));
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) throws Exception {
        Baseline b = Baseline.of(List.of(warn("記事/一.md", 3, "heading.duplicate", "見出し「まとめ」が二回"),
                warn("記事/一.md", 8, "heading.duplicate", "見出し「まとめ」が二回")), CONTENT, RULES);
        Path file = dir.resolve("sub/articles-baseline.json");
        BaselineFile.write(b, file);
        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("見出し「まとめ」が二回"),
                "written as UTF-8 text, not escaped");
        assertEquals(b.entries(), BaselineFile.read(file).entries());
    }

    @Test
    void matchesByMessageNotLineAndUpToTheCount() {
        Baseline b = Baseline.of(List.of(
                warn("a.md", 10, "heading.duplicate", "dup"),
                warn("a.md", 20, "heading.duplicate", "dup")), CONTENT, RULES);

        Diagnostic moved1 = warn("a.md", 14, "heading.duplicate", "dup");
        Diagnostic moved2 = warn("a.md", 25, "heading.duplicate", "dup");
        Diagnostic third = warn("a.md", 40, "heading.duplicate", "dup");
        Diagnostic otherFile = warn("b.md", 10, "heading.duplicate", "dup");
        Diagnostic otherMessage = warn("a.md", 10, "heading.duplicate", "dup of another heading");

        Baseline.Match m = b.match(List.of(moved1, moved2, third, otherFile, otherMessage), CONTENT, RULES);
        assertEquals(List.of(moved1, moved2), m.matched());
        assertEquals(List.of(third, otherFile, otherMessage), m.unmatched());
        assertEquals(List.of(), m.stale());
        assertEquals(0, m.staleCount());
    }

    @Test
    void entriesMatchingFewerFindingsAreStale() {
        Baseline b = Baseline.of(List.of(
                warn("a.md", 10, "heading.duplicate", "dup"),
                warn("a.md", 20, "heading.duplicate", "dup"),
                warn("a.md", 30, "heading.duplicate", "dup"),
                error("gone.md", 1, "body.marker", "TODO")), CONTENT, RULES);

        Baseline.Match m = b.match(List.of(warn("a.md", 10, "heading.duplicate", "dup")), CONTENT, RULES);
        assertEquals(1, m.matched().size());
        assertEquals(List.of(
                new Baseline.Entry("a.md", "heading.duplicate", "dup", 2),
                new Baseline.Entry("gone.md", "body.marker", "TODO", 1)), m.stale());
        assertEquals(3, m.staleCount());
    }

    @Test
    void anEntryOfAFixedRuleMatchesAndOneOfAnUnknownRuleDoesNot() {
        Baseline b = BaselineFile.parse("""
                {"format": 1, "entries": [{"source": "a.md", "rule": "front-matter.title", "message": "no title"},
                  {"source": "a.md", "rule": "no.such-rule", "message": "x"}]}
                """.getBytes(StandardCharsets.UTF_8));
        Diagnostic fixed = error("a.md", 1, "front-matter.title", "no title");
        Diagnostic unknown = error("a.md", 1, "no.such-rule", "x");
        Baseline.Match m = b.match(List.of(fixed, unknown), CONTENT, RULES);
        assertEquals(List.of(fixed), m.matched());
        assertEquals(List.of(unknown), m.unmatched());
        assertEquals(List.of(new Baseline.Entry("a.md", "no.such-rule", "x", 1)), m.stale());
    }

    @Test
    void parseAddsUpRepeatedEntriesAndDefaultsCountToOne() {
        Baseline b = BaselineFile.parse("""
                {"format": 1, "extra": true, "entries": [
                  {"source": "a.md", "rule": "body.marker", "message": "TODO"},
                  {"source": "a.md", "rule": "body.marker", "message": "TODO", "count": 2}
                ]}
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Baseline.Entry("a.md", "body.marker", "TODO", 3)), b.entries());
    }

    @Test
    void parseRejectsWhatIsNotABaseline() {
        assertEquals("not valid JSON at line 1, column 14: the text ends before the JSON is complete (a '}', ']' or"
                + " '\"' is missing)", problem("{\"format\": 1,"));
        assertEquals("not valid JSON at line 2, column 3: 'T' where a key in double quotes should start (a ',' too"
                + " many, or a key without quotes?)", problem("{\"format\": 1,\n  TODO: 1}"));
        assertEquals("not valid JSON at line 1, column 17: 'True' is not a JSON value (text needs double quotes; true,"
                + " false and null are lower case)", problem("{\"format\": True}"));
        assertTrue(problem("[]").startsWith("not a baseline"), problem("[]"));
        assertTrue(problem("{\"format\": 2, \"entries\": []}").contains("unsupported baseline format 2"));
        assertTrue(problem("{\"format\": 1}").contains("\"entries\" must be an array"));
        assertEquals("entry 2: \"message\" must be a string", problem("""
                {"format": 1, "entries": [
                  {"source": "a.md", "rule": "body.marker", "message": "x"},
                  {"source": "a.md", "rule": "body.marker", "message": 3}]}"""));
        assertEquals("entry 1: \"count\" must be a whole number of at least 1", problem("""
                {"format": 1, "entries": [{"source": "a.md", "rule": "body.marker", "message": "x", "count": 0}]}"""));
    }

    private static String problem(String json) {
        return assertThrows(IllegalArgumentException.class,
                () -> BaselineFile.parse(json.getBytes(StandardCharsets.UTF_8))).getMessage();
    }
}

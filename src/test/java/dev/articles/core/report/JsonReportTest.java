package dev.articles.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.settings.Baseline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    private static final Path BASE = Path.of("/work/site").toAbsolutePath();
    private static final Path CONTENT = BASE.resolve("src/main/articles");

    @Test
    void countsBySeverityAndRuleAndListsFindingsSorted() {
        ContentResult result = new ContentResult(4, List.of(
                new Diagnostic(CONTENT.resolve("b.md"), 7, 1, Severity.WARNING, "heading.duplicate",
                        "the heading 'まとめ' is also on line 3"),
                new Diagnostic(CONTENT.resolve("a.md"), 2, 10, Severity.ERROR, "body.marker", "TODO left"),
                new Diagnostic(CONTENT.resolve("b.md"), 3, 1, Severity.WARNING, "heading.duplicate", "x"),
                new Diagnostic(CONTENT.resolve("a.md"), 0, 0, Severity.INFO, "excerpt.markdown", "<b> & co")),
                List.of(),
                List.of(new Diagnostic(CONTENT.resolve("c.md"), 1, 1, Severity.ERROR, "body.marker", "old"),
                        new Diagnostic(CONTENT.resolve("d.md"), 4, 1, Severity.ERROR, "body.empty", "no body")),
                List.of(new Baseline.Entry("gone.md", "body.marker", "old", 2)),
                List.of(new ContentResult.LeftOut(new Diagnostic(CONTENT.resolve("d.md"), 4, 1, Severity.ERROR,
                        "body.empty", "no body"), null)));

        String expected = """
                {
                  "format": 1,
                  "tool": "articles-maven-plugin",
                  "version": "0.2.0",
                  "checked": 4,
                  "bySeverity": {
                    "error": 1,
                    "warning": 2,
                    "info": 1
                  },
                  "byRule": {
                    "body.marker": 1,
                    "excerpt.markdown": 1,
                    "heading.duplicate": 2
                  },
                  "baseline": {
                    "matched": 2,
                    "noLongerOccurring": 2,
                    "articlesLeftOut": 1
                  },
                  "findings": [
                    {
                      "file": "src/main/articles/a.md",
                      "line": 0,
                      "column": 0,
                      "severity": "info",
                      "rule": "excerpt.markdown",
                      "message": "<b> & co"
                    },
                    {
                      "file": "src/main/articles/a.md",
                      "line": 2,
                      "column": 10,
                      "severity": "error",
                      "rule": "body.marker",
                      "message": "TODO left"
                    },
                    {
                      "file": "src/main/articles/b.md",
                      "line": 3,
                      "column": 1,
                      "severity": "warning",
                      "rule": "heading.duplicate",
                      "message": "x"
                    },
                    {
                      "file": "src/main/articles/b.md",
                      "line": 7,
                      "column": 1,
                      "severity": "warning",
                      "rule": "heading.duplicate",
                      "message": "the heading 'まとめ' is also on line 3"
                    }
                  ]
                }
                """;
        assertEquals(expected, new String(JsonReport.bytes(result, BASE, "0.2.0"), StandardCharsets.UTF_8));
    }

    @Test
    void emptyRun() {
        String text = new String(JsonReport.bytes(new ContentResult(0, List.of(), List.of()), BASE, null),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("\"version\": \"unknown\""), text);
        assertTrue(text.contains("\"byRule\": {},"), text);
        assertTrue(text.endsWith("\"findings\": []\n}\n"), text);
    }

    @Test
    void reportsAreWrittenIntoTheFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("target/articles");
        ContentResult result = new ContentResult(1, List.of(
                new Diagnostic(dir.resolve("src/main/articles/a.md"), 2, 1, Severity.ERROR, "body.marker", "x")),
                List.of());
        Reports.write(out, result, dir, "1.0");
        String json = Files.readString(out.resolve("report.json"));
        String sarif = Files.readString(out.resolve("report.sarif"));
        assertTrue(json.contains("\"file\": \"src/main/articles/a.md\""), json);
        assertTrue(sarif.contains("\"uri\": \"src/main/articles/a.md\""), sarif);
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }
}

package dev.articles.core.report;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.model.SourcePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The findings of a run in the plugin's own simple JSON form (format 1), for scripts and dashboards:
 * <pre>{@code
 * {
 *   "format": 1,
 *   "tool": "articles-maven-plugin",
 *   "version": "0.2.0",
 *   "checked": 42,
 *   "bySeverity": { "error": 2, "warning": 5, "info": 0 },
 *   "byRule": { "body.marker": 2, "heading.duplicate": 5 },
 *   "baseline": { "matched": 12, "noLongerOccurring": 1, "articlesLeftOut": 2 },
 *   "findings": [
 *     { "file": "src/main/articles/a.md", "line": 3, "column": 7, "severity": "error", "rule": "body.marker",
 *       "message": "..." }
 *   ]
 * }
 * }</pre>
 * Findings covered by the baseline are counted in {@code baseline.matched} only; {@code baseline.articlesLeftOut}
 * counts the articles that such findings leave out of the bundle ({@link ContentResult#leftOut}). Paths are relative to the base
 * directory (the project folder), {@code /}-separated; line and column are 0 when unknown.
 */
public final class JsonReport {
    public static final int FORMAT = 1;

    private JsonReport() {
    }

    /** The report's bytes. */
    public static byte[] bytes(ContentResult result, Path baseDirectory, String toolVersion) {
        return ReportJson.bytes(document(result, baseDirectory, toolVersion));
    }

    /** The report as ordered maps and lists. */
    public static Map<String, Object> document(ContentResult result, Path baseDirectory, String toolVersion) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("tool", SarifReport.TOOL);
        m.put("version", toolVersion == null || toolVersion.isBlank() ? "unknown" : toolVersion);
        m.put("checked", result.checked());
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(name(s), result.count(s));
        }
        m.put("bySeverity", bySeverity);
        m.put("byRule", new LinkedHashMap<>(result.countByRule()));
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("matched", result.baselined().size());
        baseline.put("noLongerOccurring", result.staleBaseline().stream().mapToInt(e -> e.count()).sum());
        baseline.put("articlesLeftOut", result.leftOut().size());
        m.put("baseline", baseline);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Diagnostic d : SarifReport.sorted(result.diagnostics(), baseDirectory)) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", SourcePath.display(baseDirectory, d.file()));
            f.put("line", d.line());
            f.put("column", d.column());
            f.put("severity", name(d.severity()));
            f.put("rule", d.rule());
            f.put("message", d.message());
            findings.add(f);
        }
        m.put("findings", findings);
        return m;
    }

    private static String name(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}

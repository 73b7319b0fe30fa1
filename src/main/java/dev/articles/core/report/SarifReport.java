package dev.articles.core.report;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.model.SourcePath;
import dev.articles.core.rules.RuleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a run as SARIF 2.1.0, the form GitHub code scanning ({@code github/codeql-action/upload-sarif}) and
 * other CI tools read: one run whose driver lists every rule of the {@link RuleCatalog} with its default level, and
 * one result per finding that counts (findings covered by the baseline are left out, as code scanning would show them
 * as open alerts). File locations are relative to a base directory (the project folder) under the
 * {@code %SRCROOT%} base id.
 */
public final class SarifReport {
    /** The tool's name in the report. */
    public static final String TOOL = "articles-maven-plugin";
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";

    private SarifReport() {
    }

    /** The report's bytes. */
    public static byte[] bytes(ContentResult result, Path baseDirectory, String toolVersion) {
        return ReportJson.bytes(document(result.diagnostics(), baseDirectory, toolVersion));
    }

    /** The report as ordered maps and lists. */
    public static Map<String, Object> document(List<Diagnostic> diagnostics, Path baseDirectory, String toolVersion) {
        List<Rule> rules = new ArrayList<>(RuleCatalog.all());
        rules.sort(Comparator.comparing(Rule::id));
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Map<String, Object>> ruleList = new ArrayList<>();
        for (Rule r : rules) {
            ruleIndex.put(r.id(), ruleList.size());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("shortDescription", Map.of("text", r.summary()));
            m.put("defaultConfiguration", Map.of("level", level(r.defaultSeverity())));
            m.put("properties", Map.of("configurable", r.configurable()));
            ruleList.add(m);
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", TOOL);
        driver.put("version", toolVersion == null || toolVersion.isBlank() ? "unknown" : toolVersion);
        driver.put("rules", ruleList);

        List<Map<String, Object>> results = new ArrayList<>();
        for (Diagnostic d : sorted(diagnostics, baseDirectory)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", d.rule());
            Integer index = ruleIndex.get(d.rule());
            if (index != null) {
                r.put("ruleIndex", index);
            }
            r.put("level", level(d.severity()));
            r.put("message", Map.of("text", d.message()));
            r.put("locations", List.of(Map.of("physicalLocation", physicalLocation(d, baseDirectory))));
            results.add(r);
        }

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        Map<String, Object> srcroot = new LinkedHashMap<>();
        srcroot.put("uri", ReportJson.folderUri(baseDirectory));
        run.put("originalUriBaseIds", Map.of(SRCROOT, srcroot));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> physicalLocation(Diagnostic d, Path base) {
        Map<String, Object> artifact = new LinkedHashMap<>();
        String rel = SourcePath.relative(base, d.file());
        if (rel != null) {
            artifact.put("uri", rel.isEmpty() ? "./" : ReportJson.uriPath(rel));
            artifact.put("uriBaseId", SRCROOT);
        } else {
            artifact.put("uri", d.file().toAbsolutePath().normalize().toUri().toASCIIString());
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("artifactLocation", artifact);
        if (d.line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", d.line());
            if (d.column() > 0) {
                region.put("startColumn", d.column());
            }
            location.put("region", region);
        }
        return location;
    }

    /** Findings in report order: by path as shown, then line, column, rule and message. */
    static List<Diagnostic> sorted(List<Diagnostic> diagnostics, Path base) {
        List<Diagnostic> list = new ArrayList<>(diagnostics);
        list.sort(Comparator.comparing((Diagnostic d) -> SourcePath.display(base, d.file()))
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparing(Diagnostic::rule)
                .thenComparing(Diagnostic::message));
        return list;
    }
}

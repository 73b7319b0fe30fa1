package dev.articles.maven;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.Baseline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Prints a result the way compilers do: one line per problem ({@code path:[line,column] rule: message}, sorted), then
 * one summary line, then fails the build if it must. When validate and bundle both run in one build, each line is
 * printed once.
 */
final class DiagnosticReport {
    /** Project context key for the lines already printed in this build. */
    private static final String PRINTED = DiagnosticReport.class.getName() + ".printed";

    /** How the line of an article that accepted findings leave out of the bundle starts. */
    static final String LEFT_OUT = "Left out of the bundle: ";

    private final Log log;
    private final MavenProject project;

    DiagnosticReport(Log log, MavenProject project) {
        this.log = log;
        this.project = project;
    }

    void report(ContentResult result, boolean failOnWarning) throws MojoFailureException {
        report(result, failOnWarning, null);
    }

    /**
     * @param baselineName how to show the baseline file, or {@code null} when none was applied
     */
    void report(ContentResult result, boolean failOnWarning, String baselineName) throws MojoFailureException {
        Set<String> printed = printedLines();
        for (Diagnostic d : result.diagnostics()) {
            String line = format(project, d);
            if (!printed.add(line)) {
                continue;
            }
            switch (d.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                default -> log.info(line);
            }
        }
        if (baselineName != null) {
            int matched = result.baselined().size();
            if (matched > 0) {
                String line = "Baseline " + baselineName + ": " + plural(matched, "known finding") + " matched"
                        + " (not listed; they do not fail the build)";
                if (printed.add(line)) {
                    log.info(line);
                }
            }
            for (String line : leftOutLines(project, result)) {
                if (printed.add(line)) {
                    logLeftOut(log, line);
                }
            }
            int stale = result.staleBaseline().stream().mapToInt(Baseline.Entry::count).sum();
            if (stale > 0) {
                String line = stale + (stale == 1 ? " baseline entry no longer occurs" : " baseline entries no longer "
                        + "occur") + "; run articles:baseline to refresh";
                if (printed.add(line)) {
                    log.info(line);
                }
            }
        }
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long infos = result.count(Severity.INFO);
        String summary = "Articles: " + result.checked() + " checked, " + plural(errors, "error") + ", "
                + plural(warnings, "warning") + (infos > 0 ? ", " + plural(infos, "info") : "") + byRule(result);
        if (errors > 0) {
            log.error(summary);
            throw new MojoFailureException("Articles have " + plural(errors, "error")
                    + "; each is listed above with its file and line");
        }
        if (warnings > 0 && failOnWarning) {
            log.error(summary);
            throw new MojoFailureException("Articles have " + plural(warnings, "warning")
                    + " and failOnWarning is set; each is listed above with its file and line");
        }
        log.info(summary);
    }

    /**
     * The articles that accepted findings leave out of the bundle ({@link ContentResult#leftOut}): one line each,
     * {@code Left out of the bundle: } and the finding (printed at INFO), then one line with their count by rule
     * (printed as a warning); none when no article is left out.
     */
    static List<String> leftOutLines(MavenProject project, ContentResult result) {
        List<ContentResult.LeftOut> leftOut = result.leftOut();
        if (leftOut.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (ContentResult.LeftOut l : leftOut) {
            Path instead = l.publishedInstead();
            lines.add(LEFT_OUT + format(project, l.finding()) + (instead == null ? ""
                    : " (" + display(project, instead) + ", the first by path, is published in its place)"));
        }
        StringJoiner byRule = new StringJoiner(", ", " (", ")");
        result.leftOutByRule().forEach((rule, n) -> byRule.add(rule + ": " + n));
        boolean one = leftOut.size() == 1;
        lines.add(plural(leftOut.size(), "article") + " left out of the bundle (listed above): "
                + (one ? "its accepted baseline finding makes it" : "their accepted baseline findings make them")
                + " unpublishable" + byRule + (one ? "; fix it to publish it" : "; fix them to publish them"));
        return lines;
    }

    /** Logs a line of {@link #leftOutLines}: an article's at INFO, the count as a warning. */
    static void logLeftOut(Log log, String line) {
        if (line.startsWith(LEFT_OUT)) {
            log.info(line);
        } else {
            log.warn(line);
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> printedLines() {
        synchronized (project) {
            Object value = project.getContextValue(PRINTED);
            if (value == null) {
                value = java.util.Collections.synchronizedSet(new HashSet<String>());
                project.setContextValue(PRINTED, value);
            }
            return (Set<String>) value;
        }
    }

    static String format(MavenProject project, Diagnostic d) {
        String where = display(project, d.file());
        // Compiler style, which IDEs and CI log viewers turn into links; a whole-file problem has no position.
        where += d.line() > 0 ? ":[" + d.line() + "," + Math.max(1, d.column()) + "]" : ":";
        return where + " " + d.rule() + ": " + d.message();
    }

    static String display(MavenProject project, Path file) {
        Path base = project == null || project.getBasedir() == null ? null
                : project.getBasedir().toPath().toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        Path shown = base != null && abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    }

    /** {@code " (body.marker: 2, heading.duplicate: 3)"}, sorted by rule id; empty without findings. */
    static String byRule(ContentResult result) {
        Map<String, Long> counts = result.countByRule();
        if (counts.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner(", ", " (", ")");
        counts.forEach((rule, n) -> joined.add(rule + ": " + n));
        return joined.toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

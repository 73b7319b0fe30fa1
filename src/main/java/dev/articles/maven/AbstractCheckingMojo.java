package dev.articles.maven;

import dev.articles.core.build.ContentBuild;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.report.BaselineFile;
import dev.articles.core.report.ContentResult;
import dev.articles.core.report.Reports;
import dev.articles.core.settings.Baseline;
import dev.articles.core.settings.ContentRequest;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code validate} and {@code bundle} share: check with the baseline, write the reports, print the findings
 * and fail the build if it must. The goals add only what they do with a clean result.
 */
abstract class AbstractCheckingMojo extends AbstractArticlesMojo {

    /**
     * Fails the build on warnings too, not only on errors. In {@code articles:preview}, warnings then keep the content
     * from being rendered, as errors do.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /**
     * Puts drafts ({@code draft: true} or {@code published: false}) into the bundle (and the preview's pages), marked
     * {@code "draft": true}. Drafts are always checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.includeDrafts", defaultValue = "false")
    protected boolean includeDrafts;

    /**
     * Applies {@code baselineFile} when it exists: findings recorded in it are not listed one by one and do not fail
     * the build; one line says how many there were. An article that a recorded finding of a fixed rule leaves
     * unpublishable (no title, no valid date, a slug another article has...) is left out of the bundle, listed and
     * counted. Set to {@code false} to see and count every finding.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.useBaseline", defaultValue = "true")
    protected boolean useBaseline = true;

    /**
     * Where the reports are written: {@code report.sarif} (SARIF 2.1.0, for GitHub code scanning and other CI tools)
     * and {@code report.json}. They are written on every run, also when the build then fails ({@code articles:preview}:
     * after every render).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.reportDirectory", defaultValue = "${project.build.directory}/articles",
            required = true)
    protected File reportDirectory;

    @Override
    boolean includeDrafts() {
        return includeDrafts;
    }

    @Override
    Baseline baseline() throws MojoExecutionException, MojoFailureException {
        if (!useBaseline || baselineFile == null) {
            return null;
        }
        if (!baselineFile.isFile()) {
            getLog().debug("No baseline file " + display(baselineFile) + "; every finding counts");
            return null;
        }
        try {
            return BaselineFile.read(baselineFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the baseline file " + display(baselineFile) + ": " + e, e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("The baseline file " + display(baselineFile) + " (parameter baselineFile) "
                    + "cannot be used: " + e.getMessage() + "; run articles:baseline to write it again, or set "
                    + "useBaseline to false");
        }
    }

    /** Checks once, reports, and fails the build if it must; the preview, which checks on every change, differs. */
    @Override
    void run(ContentRequest request) throws MojoExecutionException, MojoFailureException {
        ContentBuild.Outcome outcome = build(request, writer(), failOnWarning, true);
        ContentResult result = outcome.result();
        try {
            writeReports(result);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the reports to " + display(reportDirectory) + ": " + e, e);
        }
        String baselineName = request.baseline() == null ? null : display(baselineFile);
        new DiagnosticReport(getLog(), project).report(result, failOnWarning, baselineName);
        handle(outcome.stats());
    }

    /** Writes {@code report.sarif} and {@code report.json} of a result into {@code reportDirectory}. */
    void writeReports(ContentResult result) throws IOException {
        Reports.write(reportDirectory.toPath(), result, baseDirectory(), pluginVersion());
    }

    /** The bundle to write, or {@code null} to check only. */
    BundleWriter writer() {
        return null;
    }

    /** What the goal does after a build that passed: logs what it did. */
    abstract void handle(ContentBuild.Stats stats) throws MojoExecutionException, MojoFailureException;

    /** The counts and times of the build's steps, for the goal's one line in the log. */
    static String steps(ContentBuild.Stats s, boolean rendered) {
        return "scanned " + s.scanned() + " (" + s.scanMillis() + " ms), checked " + s.checked() + " ("
                + s.checkMillis() + " ms), " + (rendered ? "rendered " + s.rendered() + " (" + s.renderMillis()
                + " ms), " : "") + s.upToDate() + " up to date";
    }
}

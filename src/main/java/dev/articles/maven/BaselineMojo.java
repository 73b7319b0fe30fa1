package dev.articles.maven;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.report.BaselineFile;
import dev.articles.core.report.ContentResult;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.Baseline;
import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records the current findings in {@code baselineFile}, so that {@code validate} and {@code bundle} report only new
 * ones: the way to adopt the plugin, or a stricter rule, on a large existing site and fix the old findings over time.
 * Entries name the article (relative to {@code contentDirectory}), the rule and the message, not the line, so
 * editing an article does not turn its known findings into new ones. Findings of rules that report content the
 * plugin cannot read are never recorded; they are listed and must be fixed. Never fails for content.
 *
 * <pre>mvn articles:baseline</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends AbstractArticlesMojo {

    @Override
    String goal() {
        return "baseline";
    }

    @Override
    void run(ContentRequest request) throws MojoExecutionException, MojoFailureException {
        ContentResult result = check(request);
        Baseline baseline = Baseline.of(result.diagnostics(), request.contentDirectory(), RuleCatalog::get);
        List<Diagnostic> left = result.diagnostics().stream().filter(d -> !Baseline.accepts(RuleCatalog.get(d.rule())))
                .toList();
        for (Diagnostic d : left) {
            getLog().warn(DiagnosticReport.format(project, d));
        }
        try {
            BaselineFile.write(baseline, baselineFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline file " + display(baselineFile) + ": " + e, e);
        }
        getLog().info("Baseline " + display(baselineFile) + ": " + result.checked() + " articles checked, "
                + baseline.findings() + (baseline.findings() == 1 ? " finding" : " findings") + " recorded in "
                + baseline.entries().size() + (baseline.entries().size() == 1 ? " entry" : " entries")
                + "; validate and bundle now report only new findings");
        if (!left.isEmpty()) {
            getLog().warn(left.size()
                    + (left.size() == 1 ? " finding (listed above) is not recorded: its rule reports"
                            : " findings (listed above) are not recorded: their rules report")
                    + " content the plugin cannot read, so they fail validate and bundle until fixed");
        }
    }
}

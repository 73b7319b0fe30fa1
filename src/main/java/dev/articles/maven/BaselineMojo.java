package dev.articles.maven;

import dev.articles.core.model.Rule;
import dev.articles.core.report.BaselineFile;
import dev.articles.core.report.ContentResult;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.Baseline;
import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records the current findings in {@code baselineFile}, so that {@code validate} and {@code bundle} report only new
 * ones: the way to adopt the plugin, or a stricter rule, on a large existing site and fix the old findings over time.
 * Entries name the article (relative to {@code contentDirectory}), the rule and the message, not the line, so
 * editing an article does not turn its known findings into new ones. Findings of every rule are recorded, fixed ones
 * too; an article that a recorded finding leaves unpublishable (no title, no valid date, the second of two articles
 * sharing a slug...) is left out of the bundle, and the goal lists such articles. Never fails for content.
 *
 * <p>Run it by hand: {@code mvn articles:baseline}</p>
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
        try {
            BaselineFile.write(baseline, baselineFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline file " + display(baselineFile) + ": " + e, e);
        }
        getLog().info("Baseline " + display(baselineFile) + ": " + result.checked() + " articles checked, "
                + baseline.findings() + (baseline.findings() == 1 ? " finding" : " findings") + " recorded in "
                + baseline.entries().size() + (baseline.entries().size() == 1 ? " entry" : " entries")
                + "; validate and bundle now report only new findings");
        // Only a finding of a fixed rule can leave an article out: then check again with the new baseline, so the
        // articles listed are exactly those validate and bundle will leave out.
        if (baseline.entries().stream().map(e -> RuleCatalog.get(e.rule())).anyMatch(BaselineMojo::fixed)) {
            ContentResult accepted = check(withBaseline(request, baseline));
            for (String line : DiagnosticReport.leftOutLines(project, accepted)) {
                DiagnosticReport.logLeftOut(getLog(), line);
            }
        }
    }

    private static ContentRequest withBaseline(ContentRequest r, Baseline baseline) {
        return new ContentRequest(r.contentDirectory(), r.includes(), r.excludes(), r.charset(), r.timeZone(),
                r.clock(), r.includeDrafts(), r.checks(), baseline);
    }

    private static boolean fixed(Rule rule) {
        return rule != null && !rule.configurable();
    }
}

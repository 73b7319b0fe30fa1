package dev.articles.maven;

import dev.articles.core.build.ContentBuild;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks every article under {@code contentDirectory} and fails the build on bad content, printing every problem at
 * once with its file, line and column. Writes the reports {@code report.sarif} and {@code report.json} into
 * {@code reportDirectory} ({@code target/articles}) on every run, also when the build fails; nothing else.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractCheckingMojo {

    @Override
    String goal() {
        return "validate";
    }

    @Override
    void handle(ContentBuild.Stats stats) {
        getLog().info("Validate: " + steps(stats, false) + "; " + stats.totalMillis() + " ms in all");
    }
}

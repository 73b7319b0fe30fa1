package dev.articles.maven;

import dev.articles.core.build.ContentBuild;
import java.util.List;
import java.util.Set;
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

    /**
     * The phases before {@code generate-resources}, where {@code bundle} runs by default, and those of the clean and
     * site lifecycles.
     */
    private static final Set<String> BEFORE_BUNDLE = Set.of("validate", "initialize", "generate-sources",
            "process-sources", "pre-clean", "clean", "post-clean", "pre-site", "site", "post-site", "site-deploy");

    /**
     * Whether {@code bundle} follows in this build: the POM binds it and the build goes past the phases before it, or
     * it was asked for by name. A wrong guess costs little: rendered articles no bundle takes are dropped, and a
     * bundle that finds none renders them itself.
     */
    @Override
    boolean rendersForBundle() {
        if (session == null || project == null) {
            return false;
        }
        List<String> asked = session.getGoals();
        if (asked.stream().anyMatch(g -> g.endsWith(":bundle"))) {
            return true;
        }
        boolean bound = project.getBuildPlugins().stream()
                .filter(p -> "articles-maven-plugin".equals(p.getArtifactId()))
                .flatMap(p -> p.getExecutions().stream())
                .anyMatch(e -> e.getGoals().contains("bundle"));
        return bound && asked.stream().anyMatch(g -> !g.contains(":") && !BEFORE_BUNDLE.contains(g));
    }

    @Override
    String goal() {
        return "validate";
    }

    @Override
    void handle(ContentBuild.Stats stats) {
        getLog().info("Validate: " + steps(stats, false) + "; " + stats.totalMillis() + " ms in all");
    }
}

package dev.articles.maven;

import dev.articles.core.build.ContentBuild;
import dev.articles.core.bundle.BundleLayout;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.FeedSettings;
import java.io.File;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the articles like {@code validate} (and writes the same reports), then renders them into a bundle of JSON
 * and HTML under {@code outputDirectory} (by default the project's classes folder, so the project's jar contains it at
 * <code>META-INF/articles/{bundleName}/</code>), with feeds and a sitemap when the site's address is known (see
 * {@code siteUrl} and {@code feeds}). Nothing is written when any article has an error. Incremental: only articles
 * whose file, links or output changed are rendered again, and a build in which nothing changed writes no file.
 *
 * @since 0.1.0
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BundleMojo extends AbstractRenderingMojo {

    /**
     * The bundle's name: its folder in the jar (<code>META-INF/articles/{bundleName}/</code>) and the name consumers
     * see. Letters, digits, {@code .}, {@code _} and {@code -}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.bundleName", defaultValue = "${project.artifactId}", required = true)
    private String bundleName;

    /**
     * Where the bundle is written. By default the project's classes folder, which the jar is made from, so nothing
     * needs copying. Another folder is added to the project's resources (and copied by the resources step). This
     * goal owns <code>META-INF/articles/</code> in it: files there that the current content does not produce are
     * deleted.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.outputDirectory", defaultValue = "${project.build.outputDirectory}",
            required = true)
    private File outputDirectory;

    /** The feeds' settings once the configuration is checked; {@code null} for a bundle without feeds. */
    private FeedSettings feedSettings;

    /**
     * The builds (by their request, which every module of a build shares) already told that their jars ignore
     * {@code project.build.outputTimestamp}: once a build is enough, the fix is in the pom.
     */
    private static final Map<Object, Boolean> TOLD_OF_JAR_PLUGIN = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    String goal() {
        return "bundle";
    }

    @Override
    void checkConfiguration(List<String> problems) {
        String problem = BundleLayout.bundleNameProblem(bundleName);
        if (problem != null) {
            problems.add("bundleName: " + problem);
        }
        super.checkConfiguration(problems);
        feedSettings = feedSettings(bundleName, problems);
    }

    /** Content gone: a bundle from an earlier build must not reach the jar through target/classes. */
    @Override
    void nothingToDo() throws MojoExecutionException {
        try {
            int deleted = writer().remove();
            if (deleted > 0) {
                getLog().info("Removed " + deleted + " files of an earlier bundle");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot remove the earlier bundle in " + display(outputDirectory)
                    + ": " + e, e);
        }
    }

    @Override
    BundleWriter writer() {
        return new BundleWriter(bundleName, outputDirectory.toPath(), List.of(classesDirectory().toPath()),
                feedSettings);
    }

    private File classesDirectory() {
        return new File(project.getBuild().getOutputDirectory());
    }

    @Override
    void handle(ContentBuild.Stats s) {
        addResourceRoot();
        getLog().info("Bundle '" + bundleName + "': " + DiagnosticReport.plural(s.bundled(), "article") + "; "
                + steps(s, true) + "; " + s.written() + " files written, " + s.unchanged() + " unchanged, "
                + s.deleted() + " deleted (" + s.writeMillis() + " ms); " + s.totalMillis() + " ms in all -> "
                + display(outputDirectory));
        String jarPlugin = OutdatedJarPlugin.warning(project);
        if (jarPlugin != null
                && TOLD_OF_JAR_PLUGIN.putIfAbsent(session == null ? project : session.getRequest(), true) == null) {
            getLog().warn(jarPlugin);
        }
        if (feedsMissing() != null) {
            getLog().warn("Bundle '" + bundleName + "' has no feeds (feed.xml, feed.json) and no sitemap.xml: "
                    + feedsMissing());
        }
    }

    /** A folder other than the classes folder reaches the jar through the resources step. */
    private void addResourceRoot() {
        if (outputDirectory.getAbsoluteFile().toPath().normalize().equals(
                classesDirectory().getAbsoluteFile().toPath().normalize())) {
            return;
        }
        String dir = outputDirectory.getAbsolutePath();
        boolean present = project.getResources().stream().anyMatch(r -> dir.equals(r.getDirectory()));
        if (!present) {
            Resource resource = new Resource();
            resource.setDirectory(dir);
            project.addResource(resource);
        }
    }
}

package dev.articles.maven;

import dev.articles.core.build.ContentBuild;
import dev.articles.core.bundle.BundleLayout;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.FeedSettings;
import dev.articles.core.reader.ReaderGenerator;
import dev.articles.core.reader.ReaderNames;
import dev.articles.core.reader.ReaderOutcome;
import dev.articles.core.reader.ReaderRequest;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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

    /**
     * Generates a Java reader of the bundle (sources in {@code target/generated-sources/articles}), compiles it for
     * Java 11 with the JDK's compiler, independent of the project's compiler settings, and puts the class files and
     * a copy of the sources into the classes folder, so the content jar carries it: consumers call
     * {@code BlogArticles.load()} with nothing to parse. Only projects of packaging {@code jar} get one. Set to
     * {@code false} to leave it out (the files of an earlier reader are then deleted), or where Maven runs on a Java
     * without a compiler.
     *
     * @since 0.2.0
     */
    @Parameter(property = "articles.generateReader", defaultValue = "true")
    private boolean generateReader = true;

    /**
     * The Java package of the generated reader. Defaults to the project's group id and artifact id as a package
     * ({@code com.example} and {@code my-blog} give {@code com.example.my_blog}), so the readers of several content
     * jars never share one.
     *
     * @since 0.2.0
     */
    @Parameter(property = "articles.readerPackage")
    private String readerPackage;

    /**
     * The start of the generated reader's class names: {@code Blog} gives {@code BlogArticles} (load and query),
     * {@code BlogArticle} (one article) and {@code BlogExtra} (its front matter fields the plugin does not
     * interpret, typed by {@code frontMatterSchema}). Defaults to the bundle name in camel case
     * ({@code example-site} gives {@code ExampleSite}).
     *
     * @since 0.2.0
     */
    @Parameter(property = "articles.readerName")
    private String readerName;

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
        if (generateReader) {
            problems.addAll(readerNameProblems());
        }
    }

    /** Content gone: a bundle from an earlier build must not reach the jar through target/classes. */
    @Override
    void nothingToDo() throws MojoExecutionException, MojoFailureException {
        try {
            int deleted = writer().remove() + ReaderGenerator.remove(readerRequest());
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
    void handle(ContentBuild.Stats s) throws MojoExecutionException, MojoFailureException {
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
        reader();
    }

    /** The problems of {@code readerPackage} and {@code readerName}, each naming its parameter. */
    private List<String> readerNameProblems() {
        List<String> problems = new ArrayList<>();
        String pkg = ReaderNames.packageProblem(readerNames().packageName());
        if (pkg != null) {
            problems.add("readerPackage: " + pkg);
        }
        String prefix = ReaderNames.prefixProblem(readerNames().prefix());
        if (prefix != null) {
            problems.add("readerName: " + prefix);
        }
        return problems;
    }

    /** The reader's names: the parameters, or what the project's coordinates and the bundle name give. */
    private ReaderNames readerNames() {
        String pkg = readerPackage != null && !readerPackage.isBlank() ? readerPackage.strip()
                : ReaderNames.defaultPackage(project.getGroupId(), project.getArtifactId());
        String prefix = readerName != null && !readerName.isBlank() ? readerName.strip()
                : ReaderNames.defaultPrefix(bundleName);
        return new ReaderNames(pkg, prefix);
    }

    private ReaderRequest readerRequest() throws MojoFailureException {
        File target = new File(project.getBuild().getDirectory());
        return new ReaderRequest(readerNames(), bundleName, frontMatterSchema == null ? null
                : frontMatterSchema.toPath().toAbsolutePath(), zone(), pluginVersion(), project.getGroupId(),
                project.getArtifactId(), new File(target, "generated-sources/articles").toPath(),
                classesDirectory().toPath(), new File(target, "articles/reader.txt").toPath());
    }

    /**
     * Generates the Java reader into the classes folder, or removes an earlier one when generation is off. Only a
     * jar carries a reader.
     */
    private void reader() throws MojoExecutionException, MojoFailureException {
        String packaging = project.getPackaging();
        try {
            if (!generateReader || !"jar".equals(packaging)) {
                int removed = ReaderGenerator.remove(readerRequest());
                if (generateReader) {
                    getLog().info("No Java reader for bundle '" + bundleName + "': the project's packaging is '"
                            + packaging + "', and only a jar carries one");
                } else if (removed > 0) {
                    getLog().info("Removed " + removed + " files of an earlier Java reader (generateReader is false)");
                }
                return;
            }
            report(ReaderGenerator.generate(readerRequest()));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Java reader of bundle '" + bundleName + "' to "
                    + display(classesDirectory()) + ": " + e, e);
        }
    }

    private void report(ReaderOutcome outcome) throws MojoExecutionException, MojoFailureException {
        String name = readerNames().qualifiedArticlesClass();
        switch (outcome.status()) {
            case NO_COMPILER -> throw new MojoFailureException("articles:bundle generates a Java reader of the bundle "
                    + "and compiles it with the JDK's compiler, which this Java (" + System.getProperty("java.home")
                    + ") does not have: run Maven with a JDK, or set generateReader to false "
                    + "(<generateReader>false</generateReader>, or -Darticles.generateReader=false) to bundle "
                    + "without the reader");
            case FAILED -> throw new MojoExecutionException("The Java reader " + name + " does not compile, a bug of "
                    + "the plugin (please report it); set generateReader to false (-Darticles.generateReader=false) "
                    + "to bundle without it:\n  " + String.join("\n  ", outcome.messages()));
            default -> {
                outcome.messages().forEach(m -> getLog().warn("Java reader " + name + ": " + m));
                getLog().info("Reader " + name + ": " + outcome.written() + " files written, " + outcome.unchanged()
                        + " unchanged, " + outcome.deleted() + " deleted; " + (outcome.status()
                        == ReaderOutcome.Status.UP_TO_DATE ? "up to date" : "compiled for Java 11 ("
                        + outcome.compileMillis() + " ms)") + " -> " + display(classesDirectory()));
            }
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

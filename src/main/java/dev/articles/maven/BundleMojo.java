package dev.articles.maven;

import dev.articles.core.build.ContentBuild;
import dev.articles.core.bundle.BundleLayout;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.FeedSettings;
import dev.articles.core.reader.ReaderGenerator;
import dev.articles.core.reader.ReaderNames;
import dev.articles.core.reader.ReaderOutcome;
import dev.articles.core.reader.ReaderRequest;
import dev.articles.core.site.Site;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the articles like {@code validate}, then renders them into a bundle of JSON and HTML under
 * {@code outputDirectory} (by default the project's classes folder, so the project's jar contains it at
 * <code>META-INF/articles/{bundleName}/</code>). Nothing is written when any article has an error. Incremental: only
 * articles whose file, links or output changed are rendered again, and a build in which nothing changed writes no
 * file.
 *
 * @since 0.1.0
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BundleMojo extends AbstractCheckingMojo {

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

    /**
     * The site's address, absolute http or https ({@code https://example.com/} or {@code https://example.com/blog/}):
     * with it, the bundle also holds an Atom feed ({@code feed.xml}) and a JSON Feed ({@code feed.json}) of the
     * newest articles and a {@code sitemap.xml}, all with absolute addresses made from it and each article's
     * {@code url}. For a Jekyll site it defaults to the site's own {@code url} and {@code baseurl}.
     * Without it they are left out, with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.siteUrl")
    private String siteUrl;

    /**
     * How many of the newest articles the feeds list.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.feedSize", defaultValue = "20")
    private int feedSize = FeedSettings.DEFAULT_SIZE;

    /**
     * The feeds' title. Defaults to the project's name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.feedTitle", defaultValue = "${project.name}")
    private String feedTitle;

    /**
     * The feeds' author, for articles without an {@code author} of their own. When it is not set and a listed article
     * has no author, the feed title stands in (Atom requires an author for every entry).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.feedAuthor")
    private String feedAuthor;

    /**
     * The feeds' language as a BCP 47 tag ({@code ja}, {@code en-US}): {@code xml:lang} of the Atom feed and
     * {@code language} of the JSON Feed. Not written when not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.feedLanguage")
    private String feedLanguage;

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

    /** The feeds' settings once the configuration is checked; {@code null} without {@code siteUrl}. */
    private FeedSettings feeds;

    @Override
    String goal() {
        return "bundle";
    }

    @Override
    void checkConfiguration() throws MojoFailureException {
        List<String> problems = new ArrayList<>();
        String problem = BundleLayout.bundleNameProblem(bundleName);
        if (problem != null) {
            problems.add("bundleName: " + problem);
        }
        String permalink = permalinkProblem();
        if (permalink != null) {
            problems.add(permalink);
        }
        String title = feedTitle == null || feedTitle.isBlank() ? bundleName : feedTitle;
        String address = siteUrl != null && !siteUrl.isBlank() ? siteUrl
                : Site.jekyllAddress(contentDirectory.toPath(), siteFormat());
        FeedSettings.Result read = FeedSettings.read(address, feedSize, title, feedAuthor, feedLanguage);
        problems.addAll(read.problems());
        if (generateReader) {
            problems.addAll(readerNameProblems());
        }
        if (problems.size() == 1) {
            throw new MojoFailureException("Invalid configuration of articles:bundle: " + problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new MojoFailureException("Invalid configuration of articles:bundle:\n  - "
                    + String.join("\n  - ", problems));
        }
        feeds = read.settings();
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
        return new BundleWriter(bundleName, outputDirectory.toPath(), List.of(classesDirectory().toPath()), feeds);
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
        if (feeds == null) {
            getLog().warn("Bundle '" + bundleName + "' has no feeds (feed.xml, feed.json) and no sitemap.xml because"
                    + " siteUrl is not set; set it to the site's address to get them: <siteUrl>https://example.com/"
                    + "</siteUrl> in the plugin's configuration, or -Darticles.siteUrl=https://example.com/");
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

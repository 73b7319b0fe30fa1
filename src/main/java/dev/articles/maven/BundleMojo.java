package dev.articles.maven;

import dev.articles.core.build.ContentBuild;
import dev.articles.core.bundle.BundleLayout;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.FeedChoice;
import dev.articles.core.bundle.FeedSettings;
import dev.articles.core.site.Site;
import dev.articles.core.text.NearestName;
import java.io.File;
import java.io.IOException;
import java.util.List;
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
     * Without it they are left out (see {@code feeds}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.siteUrl")
    private String siteUrl;

    /**
     * Whether the bundle holds feeds ({@code feed.xml}, {@code feed.json}) and a {@code sitemap.xml}: {@code auto}
     * makes them when the site's address is known ({@code siteUrl}, or a Jekyll site's {@code url}) and leaves them
     * out quietly when it is not, unless the Jekyll site uses jekyll-feed or jekyll-sitemap (then a warning says
     * what is missing); {@code true} wants them, and a build without the site's address warns; {@code false} leaves
     * them out, also with {@code siteUrl} set.
     *
     * @since 0.2.0
     */
    @Parameter(property = "articles.feeds", defaultValue = "auto")
    private String feeds = "auto";

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

    /** The feeds' settings once the configuration is checked; {@code null} for a bundle without feeds. */
    private FeedSettings feedSettings;
    /** Why the bundle has no feeds although they are wanted, or {@code null}. */
    private String feedsMissing;

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
        FeedChoice choice = FeedChoice.of(feeds);
        if (choice == null) {
            problems.add("feeds: '" + feeds + "' is not a choice" + didYouMean(NearestName.of(feeds.strip(),
                    List.of("auto", "true", "false"))) + "; use auto, true or false");
            choice = FeedChoice.AUTO;
        }
        String title = feedTitle == null || feedTitle.isBlank() ? bundleName : feedTitle;
        String address = siteUrl != null && !siteUrl.isBlank() ? siteUrl
                : Site.jekyllAddress(contentDirectory.toPath(), siteFormat());
        FeedSettings.Result read = FeedSettings.read(address, feedSize, title, feedAuthor, feedLanguage);
        problems.addAll(read.problems());
        feedSettings = choice == FeedChoice.OFF ? null : read.settings();
        feedsMissing = choice.missing(address != null, address != null || choice != FeedChoice.AUTO ? null
                : Site.jekyllFeedPlugin(contentDirectory.toPath(), siteFormat()));
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
        if (feedsMissing != null) {
            getLog().warn("Bundle '" + bundleName + "' has no feeds (feed.xml, feed.json) and no sitemap.xml: "
                    + feedsMissing);
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

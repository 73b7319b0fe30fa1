package dev.articles.maven;

import dev.articles.core.ContentChecker;
import dev.articles.core.ContentRequest;
import dev.articles.core.ContentResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What both goals share: the parameters that say which articles to read and how, turning them into a
 * {@link ContentRequest}, and reporting the result. The goals add only what they do with a clean result.
 */
abstract class AbstractArticlesMojo extends AbstractMojo {

    /**
     * The folder holding the articles. A project without this folder is left alone (the goal logs that and does
     * nothing), so the plugin can sit in a parent POM.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.contentDirectory", defaultValue = "${project.basedir}/src/main/articles",
            required = true)
    protected File contentDirectory;

    /**
     * Which files under {@code contentDirectory} are articles, as Ant-style patterns ({@code **} matches any number
     * of folders, including none). Defaults to {@code **}{@code /*.md} and {@code **}{@code /*.markdown}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.includes")
    protected List<String> includes;

    /**
     * Files to leave out even though an include matches them, as Ant-style patterns.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.excludes")
    protected List<String> excludes;

    /**
     * Time zone for dates written without an offset ({@code 2026-02-05 17:08} or {@code 2026-02-05}), as an IANA
     * name ({@code Asia/Tokyo}) or an offset ({@code +09:00}). A date with an offset keeps it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.timeZone", defaultValue = "UTC")
    protected String timeZone;

    /**
     * Encoding of the article files. Decoding is strict: a byte that is invalid in this encoding is an error naming
     * the file, line and byte offset. Defaults to the project's source encoding, else UTF-8.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /**
     * Skips the goal, for a build that must not be held up by content (a hotfix of code only, say). Logged, so a
     * skipped check is never mistaken for a passed one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Fails the build on warnings too, not only on errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /**
     * Puts drafts ({@code draft: true} or {@code published: false}) into the bundle, marked {@code "draft": true}.
     * Drafts are always checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.includeDrafts", defaultValue = "false")
    protected boolean includeDrafts;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping articles:" + goal() + " because articles.skip is true");
            return;
        }
        // Configuration is checked even without content, so a bad value in a parent POM fails in every module.
        ContentRequest request = request();
        checkConfiguration();
        if (!contentDirectory.isDirectory()) {
            getLog().info("No content directory " + display(contentDirectory) + "; nothing to " + goal());
            nothingToDo();
            return;
        }
        ContentResult result;
        try {
            result = new ContentChecker().check(request);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the content directory " + display(contentDirectory)
                    + ": " + e.getMessage(), e);
        }
        new DiagnosticReport(getLog(), project).report(result, failOnWarning);
        handle(result);
    }

    /** The goal's name, for log lines. */
    abstract String goal();

    /** Checks the goal's own parameters; {@link MojoFailureException} for bad configuration. */
    void checkConfiguration() throws MojoFailureException {
    }

    /** Called when there is no content directory (after the configuration was checked). */
    void nothingToDo() throws MojoExecutionException {
    }

    /** What the goal does with a result that passed. */
    abstract void handle(ContentResult result) throws MojoExecutionException, MojoFailureException;

    ContentRequest request() throws MojoFailureException {
        return new ContentRequest(contentDirectory.toPath().toAbsolutePath(), includes, excludes, charset(), zone(),
                Clock.systemUTC(), includeDrafts);
    }

    private Charset charset() throws MojoFailureException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoFailureException("Unknown encoding '" + encoding + "' (parameter encoding, property "
                    + "articles.encoding); use a name such as UTF-8 or Shift_JIS");
        }
    }

    private ZoneId zone() throws MojoFailureException {
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new MojoFailureException("Unknown time zone '" + timeZone + "' (parameter timeZone, property "
                    + "articles.timeZone); use an IANA name such as Asia/Tokyo or an offset such as +09:00");
        }
    }

    /** A path relative to the project folder when it is inside it: shorter, and the same on every machine. */
    String display(File file) {
        return DiagnosticReport.display(project, file.toPath());
    }
}

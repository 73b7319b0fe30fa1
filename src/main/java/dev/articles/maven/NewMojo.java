package dev.articles.maven;

import dev.articles.core.build.BuildMemory;
import dev.articles.core.build.ContentBuild;
import dev.articles.core.build.ToolVersion;
import dev.articles.core.check.body.PlaceholderCheck;
import dev.articles.core.create.NewArticle;
import dev.articles.core.create.NewArticleRefusedException;
import dev.articles.core.create.NewArticleRequest;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Creates an article file to write in: Jekyll's dated file name and front matter with the title and the date, now in
 * {@code timeZone}. The slug is made from the title's Latin letters and digits, or given. Never overwrites a file, and
 * keeps the article only when it passes the same checks as {@code validate} (a slug that another article uses, a tag
 * outside {@code allowedTags}...): otherwise nothing is left written and the build fails saying why. The article is a
 * draft ({@code draft: true}), left out of the bundle, until that line is deleted; {@code -Ddraft=false} writes a
 * published one.
 *
 * <p>For example:<br>
 * {@code mvn articles:new -Dtitle="Hello, World"}<br>
 * {@code mvn articles:new -Dtitle="はじめての記事" -Dslug=first-article -Dtags=Maven,Markdown}</p>
 *
 * @since 0.1.0
 */
@Mojo(name = "new", threadSafe = true, requiresProject = true)
public class NewMojo extends AbstractArticlesMojo {

    /**
     * The new article's title. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "title")
    protected String title;

    /**
     * The new article's slug, which names its file (<code>2026-02-05-{slug}.md</code>) and its entry in the bundle. By
     * default it is made from the title: its Latin letters and digits, lower case, joined by {@code -}
     * ({@code "Hello, World"} gives {@code hello-world}). A title with other letters (Japanese...) needs it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "slug")
    protected String slug;

    /**
     * Categories of the new article, comma-separated on the command line ({@code -Dcategories=Guides,Tools}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "categories")
    protected List<String> categories;

    /**
     * Tags of the new article, comma-separated on the command line ({@code -Dtags=Maven,Markdown}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tags")
    protected List<String> tags;

    /**
     * The new article's author.
     *
     * @since 0.1.0
     */
    @Parameter(property = "author")
    protected String author;

    /**
     * Marks the new article {@code draft: true}, the default: checked, but left out of the bundle until the line is
     * removed, so its placeholder body cannot reach the jar. {@code -Ddraft=false} writes a published article, which
     * {@code validate} and {@code bundle} refuse ({@code body.placeholder}) until its placeholder is replaced. The
     * default was {@code false} before 0.2.0.
     *
     * @since 0.1.0
     */
    @Parameter(property = "draft", defaultValue = "true")
    protected boolean draft = true;

    /**
     * The folder new articles go to, below {@code contentDirectory}; {@code {yyyy}}, {@code {MM}} and {@code {dd}}
     * stand for the article's date (<code>posts/{yyyy}/{MM}</code> gives {@code posts/2026/02}). Empty for
     * {@code contentDirectory} itself.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.newArticleFolder", defaultValue = NewArticleRequest.DEFAULT_FOLDER)
    protected String newArticleFolder;


    /** "Now"; tests fix it. */
    Clock clock = Clock.systemUTC();

    @Override
    String goal() {
        return "new";
    }

    @Override
    Clock clock() {
        return clock;
    }

    @Override
    boolean needsContentDirectory() {
        return false; // the first article makes it
    }

    @Override
    void checkConfiguration(List<String> problems) {
        super.checkConfiguration(problems);
        if (title == null || title.isBlank()) {
            problems.add("title: not set; articles:new needs the new article's title: mvn articles:new"
                    + " -Dtitle=\"Hello, World\" (and -Dslug=hello-world to choose its slug)");
        }
    }

    @Override
    void run(ContentRequest request) throws MojoExecutionException, MojoFailureException {
        oneProject();
        make(request);
    }

    /** The goal would run once for each project of the build, and make an article in every one. */
    private void oneProject() throws MojoFailureException {
        List<MavenProject> projects = session == null ? List.of() : session.getProjects();
        if (projects != null && projects.size() > 1) {
            throw new MojoFailureException("articles:new makes one article in one project, but this build has "
                    + projects.size() + " projects (" + projects.stream().map(MavenProject::getArtifactId)
                            .collect(Collectors.joining(", ")) + "); run it in the content project's folder, or"
                    + " choose the project: mvn -pl <module> articles:new -Dtitle=...");
        }
    }

    private void make(ContentRequest request) throws MojoExecutionException, MojoFailureException {
        String version = ToolVersion.of(pluginVersion());
        // The content is checked as validate checks it, with validate's state: unchanged articles are not read again.
        NewArticle creator = new NewArticle(r -> new ContentBuild().run(r,
                BuildMemory.stored(stateDirectory(), request.contentDirectory()), version, null, false).result());
        NewArticleRequest article = new NewArticleRequest(request, title, slug, categories, tags, author, draft,
                newArticleFolder);
        NewArticle.Created created;
        try {
            created = creator.create(article);
        } catch (NewArticleRefusedException e) {
            // The refusal lists the errors; the article's other findings are printed as validate prints them.
            e.findings().stream().filter(d -> d.severity() != Severity.ERROR).forEach(d -> log(d.severity(), d));
            throw new MojoFailureException(refusal(e));
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new MojoExecutionException("Cannot create the article in " + display(contentDirectory) + ": "
                    + cause, cause);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid configuration of articles:new: " + e.getMessage());
        }
        // An error here is its own placeholder in a published article: the goal did its job, the writer is next.
        created.findings().forEach(d -> log(d.severity() == Severity.ERROR ? Severity.WARNING : d.severity(), d));
        getLog().info("Created " + display(created.file().toFile()) + " (slug '" + created.slug() + "')");
        if (draft) {
            getLog().info("It is a draft: write the article in place of '" + PlaceholderCheck.NEW_ARTICLE_TEXT
                    + "', then delete the line 'draft: true' to publish it");
        }
    }

    private void log(Severity level, Diagnostic d) {
        String line = DiagnosticReport.format(project, d);
        switch (level) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            default -> getLog().info(line);
        }
    }

    /** The refusal, with the parameter that changes the outcome. */
    private String refusal(NewArticleRefusedException e) {
        String message = "No article created in " + display(contentDirectory) + ": " + e.getMessage();
        return switch (e.reason()) {
            case NO_TITLE -> "articles:new needs the new article's title: -Dtitle=\"Hello, World\"";
            case NO_SLUG -> message + "; give it with -Dslug, e.g. -Dslug=my-first-article";
            case BAD_SLUG -> message + " (parameter slug, -Dslug)";
            case EXISTS -> message.replace("choose another slug", "choose another slug with -Dslug");
            case BAD_FOLDER, NOT_INCLUDED -> message + " (parameter newArticleFolder, property "
                    + "articles.newArticleFolder: '" + newArticleFolder + "')";
            case FAILS_CHECKS -> message + ":\n  " + e.findings().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(d -> DiagnosticReport.format(project, d)).collect(Collectors.joining("\n  "))
                    // The slug makes the new article's address and file name: another one mends either.
                    + (e.findings().stream().anyMatch(d -> d.rule().equals("url.duplicate")
                            || d.rule().equals("id.duplicate"))
                            ? "\nChoose another slug with -Dslug." : "");
            default -> message;
        };
    }
}

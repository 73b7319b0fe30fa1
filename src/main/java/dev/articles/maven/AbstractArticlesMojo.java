package dev.articles.maven;

import dev.articles.core.build.BuildMemory;
import dev.articles.core.build.ContentBuild;
import dev.articles.core.build.ToolVersion;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.config.CheckSettingsReader;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.Baseline;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.settings.SiteFormat;
import dev.articles.core.site.Permalink;
import dev.articles.core.site.Site;
import dev.articles.core.text.NearestName;
import dev.articles.core.text.ZoneNames;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the parameters that say which articles to read and how strictly to check them, and turning
 * them into a {@link ContentRequest}. Bad configuration is refused with one {@link MojoFailureException} naming every
 * parameter at fault, never a stack trace.
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
     * How the content directory is read: {@code plain} (every file matching {@code includes} is an article),
     * {@code jekyll} (a Jekyll site, read as Jekyll 4 reads it: its {@code _config.yml}, every {@code _posts} folder,
     * {@code _drafts}, collections with {@code output: true}; pages are not articles), or {@code auto}: a Jekyll site
     * when the content directory holds a {@code _config.yml}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "articles.siteFormat", defaultValue = "auto")
    protected String siteFormat = "auto";

    /**
     * Where each article lives on the site: its {@code url}, a path below the site's address, which the bundle's
     * links, feeds and sitemap use. For plain content a pattern with the placeholders <code>{slug}</code> (required),
     * <code>{year}</code>, <code>{month}</code>, <code>{day}</code> (of the article's date, in the offset written in
     * it); default <code>/articles/{slug}/</code>. For a Jekyll site a Jekyll permalink ({@code pretty},
     * {@code /:categories/:year/:title/}...) that overrides its {@code _config.yml}'s.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.permalink")
    protected String permalink;

    /**
     * Time zone for dates written without an offset ({@code 2026-02-05 17:08} or {@code 2026-02-05}), as an IANA
     * name ({@code Asia/Tokyo}) or an offset ({@code +09:00}). A date with an offset keeps it. Defaults to
     * {@code UTC}; while it is not set, a date without an offset gets a {@code front-matter.date-no-offset} warning,
     * because readers in other zones may see another day.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.timeZone")
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
     * The level of each configurable rule, by rule id: {@code error}, {@code warning}, {@code info} or {@code off}.
     * Rules not listed keep their default. Rules that report content the plugin cannot read are always errors and
     * cannot be listed.
     *
     * <p>For example:<br>
     * {@code <rules>}<br>
     * {@code <front-matter.date-future>error</front-matter.date-future>}<br>
     * {@code <heading.duplicate>off</heading.duplicate>}<br>
     * {@code </rules>}</p>
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * Regular expressions (Java syntax) that must not match any line of an article's body, for text that must never
     * be published (internal host names, {@code DO NOT PUBLISH}). A match is a {@code body.marker} finding.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> forbiddenPatterns;

    /**
     * The only categories articles may use ({@code taxonomy.unknown-category} otherwise). Empty: any category.
     * Merged with {@code allowedCategoriesFile}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.allowedCategories")
    protected List<String> allowedCategories;

    /**
     * A UTF-8 file of allowed categories, one a line; blank lines and lines starting with {@code #} are skipped.
     * Merged with {@code allowedCategories}. A missing file fails the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.allowedCategoriesFile")
    protected File allowedCategoriesFile;

    /**
     * The only tags articles may use ({@code taxonomy.unknown-tag} otherwise). Empty: any tag. Merged with
     * {@code allowedTagsFile}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.allowedTags")
    protected List<String> allowedTags;

    /**
     * A UTF-8 file of allowed tags, one a line; blank lines and lines starting with {@code #} are skipped. Merged with
     * {@code allowedTags}. A missing file fails the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.allowedTagsFile")
    protected File allowedTagsFile;

    /**
     * Raw HTML elements articles may use without an {@code html.raw} finding besides the default allow-list (tables,
     * {@code br}, {@code sup}, {@code details}, {@code kbd}, {@code img}... see the Security page), by name
     * ({@code font}, {@code center}); the sanitiser keeps them in the output. Scripts, styles, frames, forms and the like can never
     * be allowed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.allowedHtmlTags")
    protected List<String> allowedHtmlTags;

    /**
     * Attributes allowed on every allowed raw HTML element besides the default allow-list ({@code id},
     * {@code class}, {@code title}, {@code lang}, {@code dir} everywhere, {@code href}, {@code src}...); event
     * handlers ({@code on...}), {@code style} and the like can never be allowed. Addresses ({@code href},
     * {@code src}) must use http, https, mailto, a scheme of {@code allowedUrlSchemes} or be relative.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.allowedHtmlAttributes")
    protected List<String> allowedHtmlAttributes;

    /**
     * URL schemes links and images may use besides http, https and mailto (relative addresses are always fine), by
     * name ({@code ftp}, {@code irc}); other schemes are a {@code link.scheme-not-allowed} warning and removed from
     * the bundle. Schemes that can run code or open local files ({@code javascript}, {@code vbscript}, {@code data},
     * {@code file}) can never be allowed.
     *
     * @since 0.2.0
     */
    @Parameter(property = "articles.allowedUrlSchemes")
    protected List<String> allowedUrlSchemes;

    /**
     * The longest excerpt, in characters of its plain-text form ({@code excerpt.too-long} beyond).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.excerptMaxLength", defaultValue = "200")
    protected int excerptMaxLength = CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH;

    /**
     * How far a declared {@code reading_time} may be from the computed reading time, in percent of the computed
     * time ({@code reading-time.mismatch} beyond). One minute is always tolerated.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.readingTimeTolerance", defaultValue = "75")
    protected int readingTimeTolerance = CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT;

    /**
     * The largest article file read, in bytes. A larger file is an error ({@code file.read}) naming its size and the
     * limit, and is not loaded. The default is 1 MiB (1048576).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.maxFileSize", defaultValue = "1048576")
    protected long maxFileSize = CheckSettings.DEFAULT_MAX_FILE_SIZE;

    /**
     * The largest front matter, in characters ({@code front-matter.limit} beyond).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.maxFrontMatterSize", defaultValue = "65536")
    protected int maxFrontMatterSize = CheckSettings.DEFAULT_MAX_FRONT_MATTER_SIZE;

    /**
     * How deeply lists and mappings may nest in front matter ({@code front-matter.limit} beyond); 1 to 1000.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.maxNestingDepth", defaultValue = "16")
    protected int maxNestingDepth = CheckSettings.DEFAULT_MAX_NESTING_DEPTH;

    /**
     * A JSON Schema file that every article's front matter must satisfy ({@code front-matter.schema} otherwise).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.frontMatterSchema")
    protected File frontMatterSchema;

    /**
     * The baseline file: findings recorded by {@code articles:baseline}, which {@code validate} and {@code bundle}
     * then accept (see {@code useBaseline}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.baselineFile", defaultValue = "${project.basedir}/articles-baseline.json",
            required = true)
    protected File baselineFile;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    protected PluginDescriptor plugin;

    /** The build: which projects it holds and what its command line asked for. */
    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping articles:" + goal() + " because articles.skip is true");
            return;
        }
        // Configuration is checked even without content, so a bad value in a parent POM fails in every module; and
        // every parameter is checked before any is refused, so one run names them all.
        List<String> problems = new ArrayList<>();
        ContentRequest request = request(problems);
        checkConfiguration(problems);
        if (!problems.isEmpty()) {
            throw invalidConfiguration(problems);
        }
        if (!contentDirectory.isDirectory() && needsContentDirectory()) {
            getLog().info("No content directory " + display(contentDirectory) + "; nothing to " + goal());
            nothingToDo();
            return;
        }
        run(request);
    }

    /** The goal's name, for log lines. */
    abstract String goal();

    /**
     * Adds to {@code problems} what is wrong with the goal's own parameters and the site's
     * ({@link #permalinkProblem()}), each a sentence starting with the parameter's name. The shared parameters are
     * checked before; a goal with parameters of its own adds their problems after calling this.
     */
    void checkConfiguration(List<String> problems) {
        String problem = permalinkProblem();
        if (problem != null) {
            problems.add(problem);
        }
    }

    /** One failure naming every problem of the configuration, the way every goal reports it. */
    final MojoFailureException invalidConfiguration(List<String> problems) {
        String prefix = "Invalid configuration of articles:" + goal() + ":";
        return new MojoFailureException(problems.size() == 1 ? prefix + " " + problems.get(0)
                : prefix + "\n  - " + String.join("\n  - ", problems));
    }

    /**
     * Why {@code permalink} cannot address plain content ({@code "permalink: ..."}), or {@code null}. Checked before
     * the content is read, so that a bad value fails also without content; a Jekyll site's permalink is read with
     * its {@code _config.yml}.
     */
    String permalinkProblem() {
        boolean plain = !Site.isJekyll(contentDirectory.toPath(), siteFormat());
        String problem = plain && permalink != null ? Permalink.problem(permalink) : null;
        return problem == null ? null : "permalink: " + problem;
    }

    /** Whether the goal has nothing to do without a content directory (one goal makes it). */
    boolean needsContentDirectory() {
        return true;
    }

    /** Called when there is no content directory (after the configuration was checked). */
    void nothingToDo() throws MojoExecutionException, MojoFailureException {
    }

    /** What the goal does with a valid request. */
    abstract void run(ContentRequest request) throws MojoExecutionException, MojoFailureException;

    /** Whether drafts go into the result's articles. */
    boolean includeDrafts() {
        return false;
    }

    /** The baseline to apply, or {@code null}. */
    Baseline baseline() throws MojoExecutionException, MojoFailureException {
        return null;
    }

    /** The request the parameters make; every problem with them in one {@link MojoFailureException}. */
    ContentRequest request() throws MojoExecutionException, MojoFailureException {
        List<String> problems = new ArrayList<>();
        ContentRequest request = request(problems);
        if (!problems.isEmpty()) {
            throw invalidConfiguration(problems);
        }
        return request;
    }

    /**
     * The request the parameters make, adding what is wrong with them to {@code problems} (then the request is not
     * to be used, and the baseline is not read).
     */
    ContentRequest request(List<String> problems) throws MojoExecutionException, MojoFailureException {
        if (SITE_FORMATS.get(normalised(siteFormat)) == null) {
            String suggestion = NearestName.of(siteFormat.strip(), List.of("auto", "plain", "jekyll"));
            problems.add("siteFormat: '" + siteFormat + "' is not a site format" + NearestName.didYouMean(suggestion)
                    + "; use auto, plain or jekyll");
        }
        ZoneId zone = zone(problems);
        Charset charset = charset(problems);
        CheckSettings checks = checkSettings(problems);
        Baseline baseline = problems.isEmpty() ? baseline() : null;
        return new ContentRequest(contentDirectory.toPath().toAbsolutePath(), includes, excludes, charset, zone,
                clock(), includeDrafts(), checks, baseline, siteFormat(), permalink);
    }

    private static final Map<String, SiteFormat> SITE_FORMATS = Map.of("auto", SiteFormat.AUTO, "",
            SiteFormat.AUTO, "plain", SiteFormat.PLAIN, "jekyll", SiteFormat.JEKYLL);

    private static String normalised(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code siteFormat} as the engine takes it; {@code auto} for a bad value (reported by the request). */
    SiteFormat siteFormat() {
        return SITE_FORMATS.getOrDefault(normalised(siteFormat), SiteFormat.AUTO);
    }


    /** "Now": for the future-date check, and the date of a new article. */
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The check settings from the parameters, adding every problem with them to {@code problems}. */
    private CheckSettings checkSettings(List<String> problems) {
        CheckSettingsReader.Result result = CheckSettingsReader.read(new CheckSettingsReader.Input(rules,
                forbiddenPatterns, allowedCategories, path(allowedCategoriesFile), allowedTags, path(allowedTagsFile),
                excerptMaxLength, readingTimeTolerance, path(frontMatterSchema), timeZoneSet(), maxFileSize,
                maxFrontMatterSize, maxNestingDepth, allowedHtmlTags, allowedHtmlAttributes, allowedUrlSchemes),
                p -> display(p.toFile()));
        problems.addAll(result.problems());
        return result.settings();
    }

    /**
     * Checks the articles and, given a writer, writes the bundle; {@link MojoExecutionException} when the content
     * directory cannot be listed or the bundle not written. With {@code incremental}, the state of the last build
     * (under {@code target/articles/state}) spares reading unchanged articles, and a build where nothing changed
     * writes nothing.
     *
     * @param writer the bundle, or {@code null} to check only
     * @param warningsStop whether warnings keep the bundle from being written (the build will fail on them)
     */
    ContentBuild.Outcome build(ContentRequest request, BundleWriter writer, boolean warningsStop,
            boolean incremental) throws MojoExecutionException, MojoFailureException {
        BuildMemory memory = !incremental ? BuildMemory.none()
                : rendersForBundle() ? BuildMemory.storedParkingRenders(stateDirectory(), request.contentDirectory())
                : BuildMemory.stored(stateDirectory(), request.contentDirectory());
        try {
            return new ContentBuild().run(request, memory, ToolVersion.of(pluginVersion()), writer, warningsStop);
        } catch (IOException e) {
            throw failed(writer, e);
        } catch (UncheckedIOException e) { // from a worker thread (the spool, a file of the bundle)
            throw failed(writer, e.getCause());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid configuration of articles:" + goal() + ": " + e.getMessage());
        }
    }

    private MojoExecutionException failed(BundleWriter writer, IOException e) {
        return new MojoExecutionException((writer == null ? "Cannot read the articles in " + display(contentDirectory)
                : "Cannot write the bundle to " + display(writer.outputDirectory().toFile())) + ": " + e.getMessage(),
                e);
    }

    /**
     * Whether this check-only goal should render what it reads as well, for the {@code bundle} goal that follows in
     * this build to take (so that each article is read once).
     */
    boolean rendersForBundle() {
        return false;
    }

    /** Checks every article afresh, remembering nothing. */
    ContentResult check(ContentRequest request) throws MojoExecutionException, MojoFailureException {
        return build(request, null, false, false).result();
    }

    /** Where the incremental state is kept. */
    Path stateDirectory() {
        String target = project == null || project.getBuild() == null ? "target" : project.getBuild().getDirectory();
        return new File(target, "articles/state").toPath().toAbsolutePath();
    }

    /** The plugin's version, for reports. */
    String pluginVersion() {
        return plugin == null || plugin.getVersion() == null ? "unknown" : plugin.getVersion();
    }

    /** The project folder: report paths are relative to it. */
    Path baseDirectory() {
        File base = project == null ? null : project.getBasedir();
        return (base == null ? new File(".") : base).toPath().toAbsolutePath().normalize();
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath();
    }

    private boolean timeZoneSet() {
        return timeZone != null && !timeZone.isBlank();
    }

    private Charset charset(List<String> problems) {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            String suggestion = NearestName.of(encoding.strip(), Charset.availableCharsets().keySet());
            problems.add("encoding: unknown encoding '" + encoding + "'" + NearestName.didYouMean(suggestion)
                    + "; use a name such as UTF-8 or Shift_JIS");
            return StandardCharsets.UTF_8;
        }
    }

    /** {@code timeZone} as a zone; UTC when it is not set, or bad (the configuration check reports that). */
    ZoneId zone() {
        return zone(new ArrayList<>());
    }

    private ZoneId zone(List<String> problems) {
        if (!timeZoneSet()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            problems.add("timeZone: unknown time zone '" + timeZone + "'" + NearestName.didYouMean(ZoneNames.nearest(
                    timeZone.strip())) + "; use an IANA name such as Asia/Tokyo or an offset such as +09:00");
            return ZoneId.of("UTC");
        }
    }

    /** A path relative to the project folder when it is inside it: shorter, and the same on every machine. */
    String display(File file) {
        return DiagnosticReport.display(project, file.toPath());
    }
}

package dev.articles.testing;

import dev.articles.core.build.BuildMemory;
import dev.articles.core.build.ContentBuild;
import dev.articles.core.build.ContentChecker;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.FactsCollector;
import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.FrontMatterFields;
import dev.articles.core.frontmatter.FrontMatterSplitter;
import dev.articles.core.frontmatter.StrictYamlReader;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.Baseline;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.settings.SiteFormat;
import dev.articles.core.site.Permalink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The fixture of the content tests: a content folder a test writes, the request that reads it, the engine run on it,
 * and its findings in one format.
 *
 * <ul>
 *   <li>One clock: "now" is {@link #NOW} unless a test says otherwise with {@link #now(String)}; one zone for dates
 *       without an offset, {@link #ZONE} (the plugin's default), unless a test sets another with {@link #zone}.</li>
 *   <li>Files: {@link #write(String, String)} (UTF-8), {@link #write(String, byte[])}, {@link #lines}, and the
 *       article helpers {@link #article(String, String)}, {@link #article(String, String, String, String...)} and
 *       {@link #titled}; folders are created.</li>
 *   <li>The request: {@link #request()}, shaped by {@link #includes}, {@link #excludes}, {@link #charset},
 *       {@link #zone}, {@link #now}, {@link #drafts}, {@link #settings} and {@link #baseline}. These return a new
 *       fixture on the same folder and leave this one as it was: {@code content.now("2026-03-10T00:00:00Z")} is the
 *       same content read nine days later.</li>
 *   <li>The engine, the one production path ({@code ContentBuild}) with no memory: {@link #check()} gives the
 *       result with the published articles ({@code ContentChecker}), {@link #bundle} writes a bundle;
 *       {@link #diagnostics()}, {@link #findings()}.</li>
 *   <li>Assertions compare findings as {@code path:[line,col] rule: message} ({@link #show}), the path relative to
 *       the content folder with {@code /} separators ({@code .} for the folder itself).</li>
 * </ul>
 */
public final class ContentFixture {
    /** "Now" for every content test that does not set another with {@link #now(String)}. */
    public static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    /** The zone of dates written without an offset, unless a test sets another: the plugin's default. */
    public static final ZoneId ZONE = ZoneId.of("UTC");
    /** The date of the articles {@link #titled} writes. */
    public static final String TITLED_DATE = "2026-01-15 10:00:00 +0900";

    private final Path dir;
    private final Instant now;
    private final ZoneId zone;
    private final Charset charset;
    private final List<String> includes;
    private final List<String> excludes;
    private final boolean drafts;
    private final CheckSettings settings;
    private final Baseline baseline;
    private final SiteFormat site;
    private final String permalink;

    /** A content folder (not created until a file is written into it) read with every setting at its default. */
    public ContentFixture(Path dir) {
        this(dir, NOW, ZONE, StandardCharsets.UTF_8, List.of(), List.of(), false, CheckSettings.defaults(), null,
                null, null);
    }

    private ContentFixture(Path dir, Instant now, ZoneId zone, Charset charset, List<String> includes,
            List<String> excludes, boolean drafts, CheckSettings settings, Baseline baseline, SiteFormat site,
            String permalink) {
        this.site = site;
        this.permalink = permalink;
        this.dir = Objects.requireNonNull(dir, "dir");
        this.now = now;
        this.zone = zone;
        this.charset = charset;
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.drafts = drafts;
        this.settings = settings;
        this.baseline = baseline;
    }

    /** The content folder. */
    public Path dir() {
        return dir;
    }

    // --- files ---------------------------------------------------------------------------------------------------

    /** Writes {@code text} as UTF-8 at {@code relative} ({@code /} separators; folders created). */
    public Path write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} at {@code relative} ({@code /} separators; folders created). */
    public Path write(String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the lines, each ended by LF, as UTF-8 at {@code relative}. */
    public Path lines(String relative, String... lines) {
        return write(relative, String.join("\n", lines) + "\n");
    }

    /** The text of an article: {@code ---}, the front matter lines, {@code ---}, an empty line, then the body. */
    public static String article(String frontMatter, String body) {
        return "---\n" + frontMatter + (frontMatter.endsWith("\n") ? "" : "\n") + "---\n\n" + body;
    }

    /**
     * Writes an article with a title, a date (none if {@code null}), more front matter lines and the one-line body
     * {@code Body of <title>.}; the title is on line 2, the date on line 3.
     */
    public Path article(String relative, String title, String date, String... moreFrontMatter) {
        StringBuilder text = new StringBuilder("---\ntitle: ").append(title).append('\n');
        if (date != null) {
            text.append("date: ").append(date).append('\n');
        }
        for (String line : moreFrontMatter) {
            text.append(line).append('\n');
        }
        text.append("---\n\nBody of ").append(title).append(".\n");
        return write(relative, text.toString());
    }

    /**
     * Writes an article whose front matter is the title (quoted) and the date {@link #TITLED_DATE}, then the body
     * lines: the body's first line is line 5 of the file.
     */
    public Path titled(String relative, String title, String... body) {
        String[] lines = new String[body.length + 4];
        lines[0] = "---";
        lines[1] = "title: \"" + title + "\"";
        lines[2] = "date: " + TITLED_DATE;
        lines[3] = "---";
        System.arraycopy(body, 0, lines, 4, body.length);
        return lines(relative, lines);
    }

    // --- the request ---------------------------------------------------------------------------------------------

    /** This content read at another "now", an instant such as {@code 2031-01-01T00:00:00Z}. */
    public ContentFixture now(String instant) {
        return new ContentFixture(dir, Instant.parse(instant), zone, charset, includes, excludes, drafts, settings,
                baseline, site, permalink);
    }

    /** This content with dates without an offset read in {@code zone}. */
    public ContentFixture zone(ZoneId zone) {
        return new ContentFixture(dir, now, zone, charset, includes, excludes, drafts, settings, baseline, site, permalink);
    }

    /** This content with dates without an offset read in the zone {@code id} ({@code Asia/Tokyo}). */
    public ContentFixture zone(String id) {
        return zone(ZoneId.of(id));
    }

    /** This content decoded with {@code charset}. */
    public ContentFixture charset(Charset charset) {
        return new ContentFixture(dir, now, zone, charset, includes, excludes, drafts, settings, baseline, site, permalink);
    }

    /** This content with other includes (none: the defaults). */
    public ContentFixture includes(String... patterns) {
        return includes(Arrays.asList(patterns));
    }

    public ContentFixture includes(List<String> patterns) {
        return new ContentFixture(dir, now, zone, charset, patterns, excludes, drafts, settings, baseline, site, permalink);
    }

    /** This content with files left out. */
    public ContentFixture excludes(String... patterns) {
        return excludes(Arrays.asList(patterns));
    }

    public ContentFixture excludes(List<String> patterns) {
        return new ContentFixture(dir, now, zone, charset, includes, patterns, drafts, settings, baseline, site, permalink);
    }

    /** This content with drafts published ({@code true}) or left out ({@code false}, the default). */
    public ContentFixture drafts(boolean include) {
        return new ContentFixture(dir, now, zone, charset, includes, excludes, include, settings, baseline, site, permalink);
    }

    /** This content checked with other settings. */
    public ContentFixture settings(CheckSettings settings) {
        return new ContentFixture(dir, now, zone, charset, includes, excludes, drafts, settings, baseline, site, permalink);
    }

    /** This content checked against a baseline ({@code null} for none, the default). */
    public ContentFixture baseline(Baseline baseline) {
        return new ContentFixture(dir, now, zone, charset, includes, excludes, drafts, settings, baseline, site, permalink);
    }

    /** This content read as {@code format}, its articles addressed by {@code permalink} ({@code null}: default). */
    public ContentFixture site(SiteFormat format, String permalink) {
        return new ContentFixture(dir, now, zone, charset, includes, excludes, drafts, settings, baseline, format,
                permalink);
    }

    /** The request that reads this content, as set up. */
    public ContentRequest request() {
        return new ContentRequest(dir, includes, excludes, charset, zone, Clock.fixed(now, ZoneOffset.UTC), drafts,
                settings, baseline, site, permalink);
    }

    // --- the engine ----------------------------------------------------------------------------------------------

    /** Runs the engine on the content; its {@link IOException} (the folder cannot be listed) is unchecked here. */
    public ContentResult check() {
        try {
            return new ContentChecker().check(request());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the engine on the content, writing {@code bundle}: a whole build, with no memory. */
    public ContentBuild.Outcome bundle(BundleWriter bundle) {
        try {
            return new ContentBuild().run(request(), BuildMemory.none(), "test", bundle, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All diagnostics of a run, in the engine's order. */
    public List<Diagnostic> diagnostics() {
        return check().diagnostics();
    }

    /** The diagnostics of one rule. */
    public List<Diagnostic> diagnostics(String rule) {
        return diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    /** All diagnostics of a run, {@linkplain #show shown}. */
    public List<String> findings() {
        return show(diagnostics());
    }

    /** The diagnostics of one rule, {@linkplain #show shown}. */
    public List<String> findings(String rule) {
        return show(diagnostics(rule));
    }

    // --- assertions ----------------------------------------------------------------------------------------------

    /** {@code path:[line,col] rule: message}, the path relative to the content folder: the form of assertions. */
    public String show(Diagnostic d) {
        return where(d) + " " + d.rule() + ": " + d.message();
    }

    public List<String> show(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(this::show).toList();
    }

    /** {@code path:[line,col]} of a diagnostic. */
    public String where(Diagnostic d) {
        return relative(d.file()) + ":[" + d.line() + "," + d.column() + "]";
    }

    /** {@code file} relative to the content folder with {@code /} separators, {@code .} for the folder itself. */
    public String relative(Path file) {
        String path = dir.relativize(file).toString().replace('\\', '/');
        return path.isEmpty() ? "." : path;
    }

    /** The published article with this slug. */
    public static Article published(ContentResult result, String slug) {
        return result.articles().stream().filter(a -> a.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + slug + " in " + result.articles()));
    }

    // --- one article, for calling a check directly ---------------------------------------------------------------

    /** The article {@code text} at {@code relative} as the checks see it, read the way the engine reads it. */
    public ArticleSource source(String relative, String text) {
        Path file = dir.resolve(relative);
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
        List<Diagnostic> problems = new ArrayList<>();
        YamlNode.Mapping yaml = new StrictYamlReader().read(file, split.yaml(), split.yamlFirstLine(), problems);
        FrontMatter fm = FrontMatterFields.interpret(file, yaml, zone, Clock.fixed(now, ZoneOffset.UTC), problems);
        return new ArticleSource(file, file.getFileName().toString(), text, yaml, fm, split.closingLine() + 1,
                new MarkdownRenderer().parse(split.body()), settings);
    }

    /** The cross-article facts of the article {@code text} at {@code relative}, as the engine collects them. */
    public ArticleFacts facts(String relative, String text) {
        ArticleSource source = source(relative, text);
        FrontMatter fm = source.frontMatter();
        String id = relative.replaceFirst("\\.[^./]*$", "");
        return FactsCollector.collect(source, id, fm.slug() == null || fm.date() == null ? null
                : Permalink.of(Permalink.DEFAULT).path(fm.slug(), fm.date()), fm.slug(), fm.slugLine(), fm.slugColumn(),
                List.of(), List.of());
    }
}

package dev.articles.core.read;

import com.vladsch.flexmark.util.ast.Document;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.FactsCollector;
import dev.articles.core.check.Findings;
import dev.articles.core.check.LinkCollector;
import dev.articles.core.check.Suppressions;
import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.FrontMatterFields;
import dev.articles.core.frontmatter.FrontMatterSplitter;
import dev.articles.core.frontmatter.StrictYamlReader;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.model.Sha256;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.render.RenderedBody;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.liquid.SourceMap;
import dev.articles.core.site.ContentLayout;
import dev.articles.core.site.JekyllLayout;
import dev.articles.core.site.Placement;
import dev.articles.core.source.ContentScanner;
import dev.articles.core.source.SourceDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads, checks and renders one article file. Never throws for bad content: every problem becomes a diagnostic.
 * Content checks run whenever the front matter is readable YAML and there is a body, so a writer sees all problems
 * of a file at once; the article itself is {@code null} when the file has a structural error (one that no setting
 * can turn off).
 */
public final class ArticleReader {
    /** The file could not be read (permissions, I/O error, vanished during the build). */
    public static final Rule FILE_READ = Rule.fixed("file.read", "The file cannot be read.");
    /** The file's bytes are not valid in the configured encoding. */
    public static final Rule FILE_ENCODING = Rule.fixed("file.encoding",
            "The file is not valid in the configured encoding.");
    /** The file does not start with a {@code ---} front matter block. */
    public static final Rule FRONT_MATTER_MISSING = Rule.fixed("front-matter.missing",
            "The file does not start with front matter.");
    /** The front matter block is opened but never closed. */
    public static final Rule FRONT_MATTER_UNCLOSED = Rule.fixed("front-matter.unclosed",
            "The front matter is never closed.");
    /** The article has no body text after its front matter. */
    public static final Rule BODY_EMPTY = Rule.fixed("body.empty", "The article has no body.");
    /** A file in a Jekyll {@code _posts} folder whose name has no date: Jekyll skips it, and so does the build. */
    public static final Rule POST_SKIPPED = Rule.configurable("post.skipped", Severity.WARNING,
            "A file in _posts is skipped: its name has no date.");
    /** The article's address cannot be made (a permalink with an unknown placeholder). */
    public static final Rule ADDRESS = Rule.fixed("front-matter.permalink",
            "The article's address cannot be made from its permalink.");
    /** The Markdown could not be rendered (for example nesting too deep for the renderer). */
    public static final Rule RENDER_FAILED = Rule.fixed("render.failed", "The Markdown could not be rendered.");

    /** Every rule a read reports besides its checks' rules: its own, the front matter's and the text's. */
    public static final List<Rule> RULES = Stream.of(
            List.of(FILE_READ, FILE_ENCODING, FRONT_MATTER_MISSING, FRONT_MATTER_UNCLOSED), StrictYamlReader.RULES,
            FrontMatterFields.RULES, List.of(POST_SKIPPED, ADDRESS, BODY_EMPTY, RENDER_FAILED), TextCharacters.RULES,
            LiquidStep.RULES)
            .flatMap(List::stream).toList();

    /** The ids of the fixed rules among {@link #RULES}: an error of one of them stops the article's publication. */
    private static final Set<String> STRUCTURAL = RULES.stream().filter(r -> !r.configurable()).map(Rule::id)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * One file's result.
     *
     * @param article the rendered article, or {@code null} after a structural error
     * @param diagnostics raw findings at their rules' default severities
     * @param facts what cross-article checks need, or {@code null} when the front matter could not be read
     * @param suppressions the file's suppressions
     * @param validUntil when the findings expire, in epoch milliseconds: the date of an article dated in the future
     *     (it stops being "in the future" then), {@code 0} when the file could not be read (they are not kept),
     *     else {@link Long#MAX_VALUE}
     * @param draft whether the front matter marks it a draft
     * @param sha256 the SHA-256 of the file's bytes, or an empty array when they could not be read
     * @param dependencies the other site files the article was made from (its Liquid's includes and data files),
     *     relative to the content directory
     */
    public record Outcome(Path file, Article article, List<Diagnostic> diagnostics, ArticleFacts facts,
            Suppressions suppressions, long validUntil, boolean draft, byte[] sha256, Set<String> dependencies) {
        public Outcome(Path file, Article article, List<Diagnostic> diagnostics, ArticleFacts facts,
                Suppressions suppressions, byte[] sha256) {
            this(file, article, diagnostics, facts, suppressions, sha256.length == 0 ? 0 : Long.MAX_VALUE, false,
                    sha256, Set.of());
        }

        /** The same outcome without its rendered article (parked elsewhere). */
        public Outcome withoutArticle() {
            return new Outcome(file, null, diagnostics, facts, suppressions, validUntil, draft, sha256, dependencies);
        }
    }

    /** What a read does besides reading. */
    public enum Mode {
        /** Checks, no HTML: {@link Outcome#article()} is {@code null}. */
        CHECK,
        /** Checks and renders. */
        CHECK_AND_RENDER,
        /** Renders an article whose checks are known already (cached): no checks, no facts. */
        RENDER
    }

    private final ContentRequest request;
    private final ContentLayout layout;
    private final StrictYamlReader yamlReader;
    private final MarkdownRenderer renderer;
    private final List<ArticleCheck> checks;
    /** A Jekyll site's Liquid, run before Markdown; {@code null} for plain content. */
    private final LiquidStep liquid;
    /** The Jekyll site's baseurl, or {@code null} for plain content (see {@link ArticleSource#jekyllBaseUrl}). */
    private final String jekyllBaseUrl;

    public ArticleReader(ContentRequest request, ContentLayout layout, MarkdownRenderer renderer,
            List<ArticleCheck> checks) {
        this.request = request;
        this.layout = layout;
        this.yamlReader = new StrictYamlReader(request.checks().maxFrontMatterSize(),
                request.checks().maxNestingDepth());
        this.renderer = renderer;
        this.checks = checks;
        this.liquid = layout instanceof JekyllLayout jekyll ? new LiquidStep(request, jekyll, renderer) : null;
        this.jekyllBaseUrl = jekyllBaseUrl(layout);
    }

    /** Reads the article at {@code file}: its bytes, text, front matter and body, as {@code mode} asks. */
    public Outcome read(Path file, Mode mode) {
        List<Diagnostic> problems = new ArrayList<>();
        byte[] bytes;
        try {
            String escape = linkEscape(file);
            if (escape != null) {
                return failed(file, problems, Diagnostic.of(file, 0, 0, FILE_READ, escape));
            }
            bytes = readLimited(file, request.checks().maxFileSize());
            if (bytes == null) {
                return failed(file, problems, Diagnostic.of(file, 0, 0, FILE_READ, "the file is "
                        + Files.size(file) + " bytes long; the limit is " + request.checks().maxFileSize()
                        + " bytes (maxFileSize): is it really an article?"));
            }
        } catch (NoSuchFileException e) {
            return failed(file, problems, Diagnostic.of(file, 0, 0, FILE_READ,
                    "the file disappeared while reading"));
        } catch (IOException | SecurityException e) {
            return failed(file, problems, Diagnostic.of(file, 0, 0, FILE_READ, "cannot read the file: " + e));
        }
        byte[] sha256 = Sha256.of(bytes);
        SourceDecoder.Outcome decoded = SourceDecoder.decode(bytes, request.charset());
        if (decoded.failure() != null) {
            SourceDecoder.DecodeFailure f = decoded.failure();
            return failed(file, problems, Diagnostic.of(file, f.line(), f.column(), FILE_ENCODING,
                    f.message()), sha256);
        }
        return readText(file, decoded.text().text(), sha256, mode, problems);
    }

    /** The article read from its decoded text: front matter, checks, facts and, as {@code mode} asks, its HTML. */
    private Outcome readText(Path file, String text, byte[] sha256, Mode mode, List<Diagnostic> problems) {
        String source = ContentScanner.relativePath(request.contentDirectory(), file);
        Placement place = layout.place(source);
        if (place.skipped()) {
            problems.add(Diagnostic.of(file, 1, 1, POST_SKIPPED, "Jekyll skips this file: a post's name must start"
                    + " with its date (2026-02-05-" + place.name().slug() + ".md); rename it, or move it out of _posts"));
            return new Outcome(file, null, problems, null, Suppressions.none(file), sha256);
        }
        TextCharacters.check(file, text, problems);

        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
        if (split.status() == FrontMatterSplitter.Status.MISSING) {
            return failed(file, problems, Diagnostic.of(file, 1, 1, FRONT_MATTER_MISSING,
                    "no front matter: the file must start with a '---' line, then 'title:' and 'date:', then '---'"),
                    sha256);
        }
        if (split.status() == FrontMatterSplitter.Status.UNCLOSED) {
            return failed(file, problems, Diagnostic.of(file, 1, 1, FRONT_MATTER_UNCLOSED,
                    "the front matter opened on line 1 is never closed: add a '---' line after its last key"),
                    sha256);
        }
        YamlNode.Mapping yaml = yamlReader.read(file, split.yaml(), split.yamlFirstLine(), problems);
        if (yaml == null) {
            return new Outcome(file, null, problems, null, Suppressions.none(file), sha256);
        }
        yaml = layout.withDefaults(place, yaml);
        FrontMatter fm = layout.complete(place, FrontMatterFields.interpret(file, yaml,
                new FrontMatterFields.Place(place.name(), place.dateRequired(), layout.holdsFuture()),
                request.timeZone(), request.clock(), problems));
        String url = url(file, place, fm, yaml, problems);

        Body parsed = body(file, split, yaml, fm, place, url, problems);
        LiquidStep.Outcome body = parsed.text();
        Document document = parsed.document();
        ArticleSource article = new ArticleSource(file, source, text, yaml, fm, split.closingLine() + 1, document,
                request.checks(), body.map(), jekyllBaseUrl);
        if (document != null && mode != Mode.RENDER) {
            for (ArticleCheck check : checks) {
                check.check(article, new Findings(problems, check.rules(), body.map()));
            }
        }
        Suppressions suppressions = Suppressions.of(article);
        long validUntil = fm.date() != null && (!fm.draft() || layout.holdsFuture())
                && fm.date().toInstant().isAfter(request.clock().instant())
                ? fm.date().toInstant().toEpochMilli() : Long.MAX_VALUE;

        RenderedBody rendered = null;
        if (document != null && mode != Mode.CHECK && !hasStructuralError(problems)) {
            try {
                rendered = renderer.render(document);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(renderFailed(file, split, e));
            }
        }
        ArticleFacts facts = null;
        if (mode != Mode.RENDER) {
            List<Article.Heading> headings = rendered != null ? rendered.headings() : headingsOf(document);
            facts = FactsCollector.collect(article, place.id(), url, fm.slug(), fm.slugLine(), fm.slugColumn(),
                    headings,
                    LinkCollector.collect(article));
        }
        if (rendered == null || hasStructuralError(problems)) {
            return new Outcome(file, null, problems, facts, suppressions, validUntil, fm.draft(), sha256,
                    body.dependencies());
        }
        return new Outcome(file, article(place, url, fm, rendered, source), problems, facts, suppressions, validUntil,
                fm.draft(), sha256, body.dependencies());
    }

    /** The body after the site's Liquid, and its Markdown tree ({@code null} when empty or unreadable). */
    private record Body(LiquidStep.Outcome text, Document document) {
    }

    private Body body(Path file, FrontMatterSplitter.Split split, YamlNode.Mapping yaml, FrontMatter fm,
            Placement place, String url, List<Diagnostic> problems) {
        LiquidStep.Outcome text = new LiquidStep.Outcome(split.body(), SourceMap.IDENTITY, Set.of());
        if (split.body().isBlank()) {
            problems.add(Diagnostic.of(file, split.closingLine(), 1, BODY_EMPTY,
                    "the article has no body after its front matter"));
            return new Body(text, null);
        }
        if (liquid != null) {
            text = liquid.render(file, split.body(), yaml, fm, place, url, problems);
        }
        try {
            return new Body(text, renderer.parse(text.body(), text.map()));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(renderFailed(file, split, e));
            return new Body(text, null);
        }
    }

    /** A Jekyll site's baseurl without its trailing slash ({@code ""} when none), or {@code null} for plain content. */
    private static String jekyllBaseUrl(ContentLayout layout) {
        if (!(layout instanceof JekyllLayout jekyll)) {
            return null;
        }
        String base = jekyll.settings().baseurl() == null ? "" : jekyll.settings().baseurl().strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base.isEmpty() || base.startsWith("/") ? base : "/" + base;
    }

    /** The rendered article; its excerpt is the front matter's, else the body's first paragraph. */
    private Article article(Placement place, String url, FrontMatter fm, RenderedBody body, String source) {
        String excerpt = body.firstParagraphText() == null ? "" : body.firstParagraphText();
        String excerptHtml = body.firstParagraphHtml() == null ? "" : body.firstParagraphHtml();
        if (fm.excerpt() != null) {
            String[] snippet = renderer.renderSnippet(fm.excerpt());
            excerpt = snippet[0];
            excerptHtml = snippet[1];
        }
        return new Article(place.id(), url, place.collection(), fm.slug(), fm.title(), fm.date(), fm.categories(),
                fm.tags(), fm.author(), excerpt, excerptHtml, body.readingMinutes(), fm.declaredReadingMinutes(),
                fm.draft(), body.headings(), source, body.html(), fm.extra());
    }

    /** The article's address, or {@code null} when it cannot be made (reported, unless the front matter was). */
    private String url(Path file, Placement place, FrontMatter fm, YamlNode.Mapping yaml, List<Diagnostic> problems) {
        try {
            String url = layout.url(place, fm);
            if (url == null && fm.date() == null && !hasStructuralError(problems)) {
                problems.add(Diagnostic.of(file, 1, 1, FrontMatterFields.FRONT_MATTER_DATE, "no date, and its address"
                        + " needs one (Jekyll would date it with the time of the build); add 'date: 2026-02-05"
                        + " 17:08:42 +0900' to the front matter"));
            }
            return url;
        } catch (ContentLayout.AddressException e) {
            YamlNode node = yaml.get("permalink");
            problems.add(Diagnostic.of(file, node == null ? 1 : node.line(), node == null ? 1 : node.column(),
                    ADDRESS, e.getMessage()));
            return null;
        }
    }

    /** Heading ids of an article that was not rendered (links to it are still checked), or none. */
    private List<Article.Heading> headingsOf(Document document) {
        try {
            return document == null ? List.of() : renderer.headings(document);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // not publishable anyway; links to its headings cannot be checked
        }
    }

    /** An error no setting can turn off: the article cannot be published. */
    public static boolean hasStructuralError(List<Diagnostic> problems) {
        return problems.stream().anyMatch(ArticleReader::structural);
    }

    /**
     * Whether {@code d} is an error of a fixed rule of a read (the file, its text or front matter cannot be read, no
     * title, no valid date, no body, a render failure): its article cannot be published, even when a baseline
     * accepts the finding.
     */
    public static boolean structural(Diagnostic d) {
        return d.severity() == Severity.ERROR && STRUCTURAL.contains(d.rule());
    }

    private static Diagnostic renderFailed(Path file, FrontMatterSplitter.Split split, Throwable e) {
        String message = e instanceof StackOverflowError
                ? "the Markdown is nested too deeply to render (stack overflow); look for lists or quotes nested"
                        + " thousands of levels deep"
                : "the Markdown could not be rendered (" + e.getClass().getSimpleName()
                        + "); look for very deep nesting of lists or quotes";
        return Diagnostic.of(file, split.closingLine() + 1, 1, RENDER_FAILED, message);
    }

    /** Why a link may not be read (it leads outside the content directory or nowhere), or {@code null}. */
    private String linkEscape(Path file) throws IOException {
        if (!Files.isSymbolicLink(file)) {
            return null;
        }
        if (!Files.exists(file)) {
            return "the file is a link to " + Files.readSymbolicLink(file) + ", which does not exist";
        }
        Path target = file.toRealPath();
        if (!target.startsWith(request.contentDirectory().toRealPath())) {
            return "the file is a link to " + target + ", outside the content directory; copy the article instead";
        }
        if (!Files.isRegularFile(target)) {
            return "the file is a link to " + target + ", which is not a regular file";
        }
        return null;
    }

    /** The file's bytes, or {@code null} when it is longer than {@code max} (then it is not loaded). */
    private static byte[] readLimited(Path file, long max) throws IOException {
        if (Files.size(file) > max) {
            return null;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, max + 1));
            return bytes.length > max ? null : bytes; // grew while being read
        }
    }

    private static Outcome failed(Path file, List<Diagnostic> problems, Diagnostic d) {
        return failed(file, problems, d, new byte[0]);
    }

    private static Outcome failed(Path file, List<Diagnostic> problems, Diagnostic d, byte[] sha256) {
        problems.add(d);
        return new Outcome(file, null, problems, null, Suppressions.none(file), sha256);
    }

}

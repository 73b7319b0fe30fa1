package dev.articles.core.build;

import dev.articles.core.config.SettingsProblems;
import dev.articles.core.bundle.LinkRewriter;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.LinkTargets;
import dev.articles.core.check.Suppressions;
import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.read.ArticleReader;
import dev.articles.core.render.HtmlSanitizer;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.render.RenderWorker;
import dev.articles.core.report.ContentResult;
import dev.articles.core.rules.Checks;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.source.ContentScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's entry point: reads every article of a content directory, checks each one and the set as a whole,
 * applies the user's rule levels, suppressions and baseline, and returns all diagnostics together with the articles
 * fit to publish.
 *
 * <pre>{@code
 * ContentResult result = new ContentChecker().check(request);
 * result.diagnostics().forEach(System.out::println);
 * if (!result.hasErrors()) new BundleWriter(...).write(result.articles());
 * }</pre>
 */
public final class ContentChecker {
    /** Newest first; ties by slug, so the order never depends on file order. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date().toInstant()).reversed()
            .thenComparing(Article::slug);

    private final MarkdownRenderer renderer;
    private final RenderWorker worker;

    public ContentChecker() {
        this(new MarkdownRenderer());
    }

    public ContentChecker(MarkdownRenderer renderer) {
        this(renderer, new RenderWorker());
    }

    /**
     * @param worker runs each article's read, checks and render with a large stack and a time budget
     */
    public ContentChecker(MarkdownRenderer renderer, RenderWorker worker) {
        this.renderer = renderer;
        this.worker = worker;
    }

    /**
     * @throws IOException only when the content directory itself cannot be listed; problems with single files are
     *     diagnostics
     * @throws IllegalArgumentException when the request's check settings are unusable ({@link CheckSettings#problems})
     */
    public ContentResult check(ContentRequest request) throws IOException {
        List<String> settingProblems = SettingsProblems.of(request.checks());
        if (!settingProblems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", settingProblems));
        }
        Path dir = request.contentDirectory();
        List<Diagnostic> raw = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            raw.add(Diagnostic.error(dir, 0, 0, ArticleReader.FILE_READ.id(), "the content directory does not exist"));
            return new ContentResult(0, raw, List.of());
        }
        List<Path> files = new ContentScanner(request.includes(), request.excludes()).scan(dir);
        if (files.isEmpty()) {
            raw.add(Diagnostic.warning(dir, 0, 0, ContentScanner.CONTENT_EMPTY.id(),
                    "no article matches the includes " + request.includes()
                            + (request.excludes().isEmpty() ? "" : " and excludes " + request.excludes())));
        }
        ArticleReader reader = new ArticleReader(request, renderer, Checks.articleChecks());
        List<RenderWorker.Result<ArticleReader.Outcome>> results = worker.runAll(files.size(),
                i -> reader.read(files.get(i)));
        List<ArticleReader.Outcome> outcomes = new ArrayList<>();
        Map<Path, Suppressions> suppressions = new HashMap<>();
        List<ArticleFacts> facts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ArticleReader.Outcome outcome = guarded(files.get(i), results.get(i), worker);
            outcomes.add(outcome);
            raw.addAll(outcome.diagnostics());
            suppressions.put(outcome.file(), outcome.suppressions());
            if (outcome.facts() != null) {
                facts.add(outcome.facts());
            }
        }
        Verdict verdict = Verdict.of(request, raw, suppressions, facts);

        List<Article> articles = new ArrayList<>();
        if (!verdict.hasErrors()) {
            LinkRewriter links = new LinkRewriter(LinkTargets.of(dir, facts));
            HtmlSanitizer sanitizer = HtmlSanitizer.of(request.checks());
            for (ArticleReader.Outcome o : outcomes) {
                if (o.article() != null && (!o.article().draft() || request.includeDrafts())) {
                    articles.add(publishable(o.article(), links, sanitizer));
                }
            }
            articles.sort(NEWEST_FIRST);
        }
        return new ContentResult(files.size(), verdict.diagnostics(), articles, verdict.baseline().matched(),
                verdict.baseline().stale());
    }

    /** An article's final form: links resolved, then sanitised (after the placeholders, before the checksum). */
    static Article publishable(Article rendered, LinkRewriter links, HtmlSanitizer sanitizer) {
        Article linked = links.rewrite(rendered);
        return linked.withLinks(sanitizer.sanitize(linked.html()), sanitizer.sanitize(linked.excerptHtml()),
                linked.assets());
    }

    /** A worker's result for one file: overflow and timeout become a {@code render.failed} error for that file. */
    static ArticleReader.Outcome guarded(Path file, RenderWorker.Result<ArticleReader.Outcome> result,
            RenderWorker worker) {
        if (result.failure() == null) {
            return result.value();
        }
        String message = switch (result.failure()) {
            case TOO_DEEP -> "the Markdown is nested too deeply to render (stack overflow); look for lists or quotes"
                    + " nested thousands of levels deep";
            case TIMEOUT -> "rendering took longer than " + seconds(worker.budget()) + " and was abandoned; look for"
                    + " very long runs of Markdown punctuation such as *, _, [, ` or >";
        };
        List<Diagnostic> problems = new ArrayList<>();
        problems.add(Diagnostic.error(file, 0, 0, ArticleReader.RENDER_FAILED.id(), message));
        return new ArticleReader.Outcome(file, null, problems, null, Suppressions.none(file), new byte[0]);
    }

    private static String seconds(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}

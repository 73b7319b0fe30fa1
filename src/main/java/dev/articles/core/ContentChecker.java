package dev.articles.core;

import dev.articles.core.frontmatter.Slugs;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.source.ContentScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's entry point: reads every article of a content directory, checks each one and the set as a whole
 * (unique slugs), and returns all diagnostics together with the articles fit to publish.
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

    /** How many other files a duplicate-slug message names before it says "and N more". */
    private static final int MAX_NAMED = 3;

    private final MarkdownRenderer renderer;

    public ContentChecker() {
        this(new MarkdownRenderer());
    }

    public ContentChecker(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @throws IOException only when the content directory itself cannot be listed; problems with single files are
     *     diagnostics
     */
    public ContentResult check(ContentRequest request) throws IOException {
        Path dir = request.contentDirectory();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            diagnostics.add(Diagnostic.error(dir, 0, 0, Rules.FILE_READ, "the content directory does not exist"));
            return new ContentResult(0, diagnostics, List.of());
        }
        List<Path> files = new ContentScanner(request.includes(), request.excludes()).scan(dir);
        if (files.isEmpty()) {
            diagnostics.add(Diagnostic.warning(dir, 0, 0, Rules.CONTENT_EMPTY,
                    "no article matches the includes " + request.includes()
                            + (request.excludes().isEmpty() ? "" : " and excludes " + request.excludes())));
        }
        ArticleReader reader = new ArticleReader(request, renderer);
        List<ArticleReader.Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            ArticleReader.Outcome outcome = reader.read(file);
            outcomes.add(outcome);
            diagnostics.addAll(outcome.diagnostics());
        }
        checkUniqueSlugs(outcomes, diagnostics);

        List<Article> articles = new ArrayList<>();
        boolean errors = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (!errors) {
            for (ArticleReader.Outcome o : outcomes) {
                if (o.article() != null && (!o.article().draft() || request.includeDrafts())) {
                    articles.add(o.article());
                }
            }
            articles.sort(NEWEST_FIRST);
        }
        diagnostics.sort(Diagnostic.ORDER);
        return new ContentResult(files.size(), diagnostics, articles);
    }

    /** Each article sharing a slug (ignoring case) with another gets an error naming the other files. */
    private static void checkUniqueSlugs(List<ArticleReader.Outcome> outcomes, List<Diagnostic> diagnostics) {
        Map<String, List<ArticleReader.Outcome>> bySlug = new LinkedHashMap<>();
        for (ArticleReader.Outcome o : outcomes) {
            if (o.slug() != null) {
                bySlug.computeIfAbsent(Slugs.collisionKey(o.slug()), k -> new ArrayList<>()).add(o);
            }
        }
        for (List<ArticleReader.Outcome> same : bySlug.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (ArticleReader.Outcome o : same) {
                List<String> others = same.stream().filter(x -> x != o)
                        .map(x -> x.source() + ":" + x.slugLine() + (x.slug().equals(o.slug()) ? "" : " ('" + x.slug() + "')"))
                        .toList();
                String named = others.size() <= MAX_NAMED ? String.join(", ", others)
                        : String.join(", ", others.subList(0, MAX_NAMED)) + " and " + (others.size() - MAX_NAMED)
                                + " more";
                diagnostics.add(Diagnostic.error(o.file(), o.slugLine(), o.slugColumn(), Rules.SLUG_DUPLICATE,
                        "the slug '" + o.slug() + "' is also used by " + named
                                + "; set a different 'slug:' in one of them"));
            }
        }
    }
}

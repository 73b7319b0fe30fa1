package dev.articles.core.build;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.model.Article;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.render.RenderWorker;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.settings.MarkdownFlavour;
import dev.articles.testing.BundleSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * For tests: a whole build by the one engine ({@link ContentBuild} with {@link BuildMemory#none()}), the path users
 * run, writing its bundle to a temporary folder that is deleted afterwards, and returning the result with the
 * articles it published in their final form (links resolved, sanitised), newest first: none when an error was
 * found. The bundle written is checked against the bundle's JSON Schema.
 */
public final class ContentChecker {
    /** Newest first, articles without a date last; ties by id, as in the bundle's index. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date() == null ? null : a.date().toInstant(),
                    Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder())).reversed()
            .thenComparing(Article::id);

    private final MarkdownRenderer renderer;
    private final RenderWorker worker;

    public ContentChecker() {
        this(new MarkdownRenderer());
    }

    public ContentChecker(MarkdownRenderer renderer) {
        this(renderer, new RenderWorker());
    }

    public ContentChecker(MarkdownRenderer renderer, RenderWorker worker) {
        this.renderer = renderer;
        this.worker = worker;
    }

    /** @throws IllegalArgumentException when the request's check settings are unusable */
    public ContentResult check(ContentRequest request) throws IOException {
        List<Article> published = Collections.synchronizedList(new ArrayList<>());
        Path bundle = Files.createTempDirectory("articles-check-");
        try {
            // The given renderer is plain content's; a Jekyll site's kramdown gets its own, as in production.
            ContentBuild.Outcome outcome = new ContentBuild(flavour -> flavour == MarkdownFlavour.GFM ? renderer
                    : new MarkdownRenderer(flavour), worker, published::add).run(request,
                    BuildMemory.none(), "test", new BundleWriter("check", bundle, List.of()), false);
            ContentResult r = outcome.result();
            List<Article> articles = new ArrayList<>();
            if (!r.hasErrors()) {
                BundleSchemas.assertValidBundle(bundle);
                articles.addAll(published);
                articles.sort(NEWEST_FIRST);
            }
            return new ContentResult(r.checked(), r.diagnostics(), articles, r.baselined(), r.staleBaseline(),
                    r.leftOut());
        } finally {
            delete(bundle);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

package dev.articles.core.preview;

import dev.articles.core.build.BuildMemory;
import dev.articles.core.build.ContentBuild;
import dev.articles.core.bundle.BundleLayout;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Renders the content for the preview with the engine {@code articles:bundle} uses ({@link ContentBuild}, incremental),
 * into a bundle folder of the preview's own, and tells what the pages show next. Like the bundle goal, it writes
 * nothing when the content has errors: the folder then keeps the last good render, and the state says so.
 */
final class PreviewRenderer {
    /** The bundle's name in the preview folder. */
    static final String BUNDLE_NAME = "preview";

    private final ContentRequest request;
    private final PreviewOptions options;
    private final String instance;
    private final Clock clock;
    private final Path stateDirectory;
    private final BundleWriter writer;
    private final ContentBuild build = new ContentBuild();
    private PreviewState last;

    /**
     * @param instance names this run of the preview in the pages' build token
     */
    PreviewRenderer(ContentRequest request, PreviewOptions options, String instance, Clock clock) {
        this.request = request;
        this.options = options;
        this.instance = instance;
        this.clock = clock;
        this.stateDirectory = options.workDirectory().resolve("state");
        this.writer = new BundleWriter(BUNDLE_NAME, options.workDirectory().resolve("site"), List.of(),
                options.feeds());
    }

    /** The rendered bundle's folder (holding {@code index.json}). */
    Path bundleDirectory() {
        return writer.outputDirectory().resolve(BundleLayout.bundleRoot(BUNDLE_NAME));
    }

    /**
     * Checks the content and renders it when it has no errors.
     *
     * @throws IOException on the first render only, when the content cannot be read or the preview folder not
     *     written; later failures are reported in the state, with the last render still shown
     */
    synchronized PreviewState render() throws IOException {
        Instant now = clock.instant();
        ContentBuild.Outcome outcome;
        try {
            outcome = build.run(request, BuildMemory.stored(stateDirectory, request.contentDirectory()),
                    options.toolVersion(), writer, options.warningsStop());
        } catch (IOException | RuntimeException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (last == null) {
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) e;
            }
            String failure = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            boolean same = failure.equals(last.failure());
            long number = same ? last.build() : last.build() + 1;
            last = new PreviewState(number, token(number), now, last.result(), null, false, last.renderedAt(),
                    last.earlierRun(), failure);
            return last;
        }
        ContentResult result = outcome.result();
        ContentBuild.Stats stats = outcome.stats();
        boolean current = !result.hasErrors() && !(options.warningsStop() && result.count(Severity.WARNING) > 0);
        Instant renderedAt;
        boolean earlierRun;
        if (current) {
            renderedAt = now;
            earlierRun = false;
        } else if (last != null && last.rendered()) {
            renderedAt = last.renderedAt();
            earlierRun = last.earlierRun();
        } else {
            // Nothing rendered in this run: the folder may still hold a render of an earlier run.
            Path index = bundleDirectory().resolve(BundleLayout.INDEX);
            renderedAt = Files.isRegularFile(index) ? Files.getLastModifiedTime(index).toInstant() : null;
            earlierRun = renderedAt != null;
        }
        boolean looksTheSame = last != null && last.failure() == null && last.current() == current
                && last.result().diagnostics().equals(result.diagnostics()) && stats.written() == 0
                && stats.deleted() == 0;
        long number = last == null ? 1 : looksTheSame ? last.build() : last.build() + 1;
        last = new PreviewState(number, token(number), now, result, stats, current, renderedAt, earlierRun, null);
        return last;
    }

    private String token(long number) {
        return instance + "-" + number;
    }
}

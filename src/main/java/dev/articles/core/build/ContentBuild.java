package dev.articles.core.build;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.config.SettingsProblems;
import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.read.ArticleReader;
import dev.articles.core.render.HtmlSanitizer;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.render.RenderWorker;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.settings.MarkdownFlavour;
import dev.articles.core.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The engine: a build of the content as every goal runs it, in stages.
 *
 * <ol>
 *   <li><b>plan</b> ({@link Plan}): walk the content and set it against the memory's brief record of the last
 *   build; when nothing changed, the last result (and bundle) stand and the build ends here;</li>
 *   <li><b>check</b> ({@link CheckStage}): each article's findings, recalled or read (in parallel), then the
 *   cross-article checks and the verdict;</li>
 *   <li><b>publish</b> ({@link PublishStage}): when nothing stops it, render what changed and write the bundle;</li>
 *   <li><b>remember</b> ({@link BuildMemory}): what the next build may recall.</li>
 * </ol>
 * With {@link BuildMemory#none()} every build is a whole build: the reference that every incremental build equals
 * byte for byte. Times and counts go to a {@link BuildRecorder}.
 */
public final class ContentBuild {

    /**
     * What a build did, for the log line.
     *
     * @param scanned article files found
     * @param checked articles read and checked by this build (not recalled from the memory)
     * @param rendered articles rendered and written by this build
     * @param upToDate articles neither checked nor rendered
     * @param written files written
     * @param unchanged files of the bundle left as they were (not written: their bytes were already right)
     * @param deleted stale files deleted
     * @param bundled articles in the bundle
     */
    public record Stats(int scanned, int checked, int rendered, int upToDate, int written, int unchanged, int deleted,
            int bundled, long scanMillis, long checkMillis, long renderMillis, long writeMillis, long totalMillis) {
    }

    /** The result and what it took. {@code articles} in the result is empty: they went to the bundle. */
    public record Outcome(ContentResult result, Stats stats) {
    }

    private final LazyRenderer renderer;
    private final CheckStage checks;
    private final PublishStage publishing;

    public ContentBuild() {
        this(MarkdownRenderer::new, new RenderWorker(), a -> { });
    }

    /** A build rendering plain content with {@code renderer} (other flavours with renderers of their own). */
    public ContentBuild(MarkdownRenderer renderer, RenderWorker worker) {
        this(flavour -> flavour == MarkdownFlavour.GFM ? renderer : new MarkdownRenderer(flavour), worker, a -> { });
    }

    /** @param published told of each article written to the bundle, in its final form */
    ContentBuild(Function<MarkdownFlavour, MarkdownRenderer> renderer, RenderWorker worker,
            Consumer<Article> published) {
        this.renderer = new LazyRenderer(renderer);
        this.checks = new CheckStage(worker, this.renderer);
        this.publishing = new PublishStage(worker, this.renderer, published);
    }

    /**
     * @param memory what the build may recall of the last build and keeps for the next; one per build
     * @param toolVersion identifies the plugin build (its version, and for snapshots its jar's size and time)
     * @param bundle the bundle to write when no article has an error, or {@code null} to check only
     * @param warningsStop whether warnings, too, keep the bundle from being written (the build will fail on them)
     * @throws IOException when the content directory cannot be listed or the bundle not written; problems with
     *     single articles are diagnostics
     * @throws IllegalArgumentException when the request's check settings are unusable
     */
    public Outcome run(ContentRequest request, BuildMemory memory, String toolVersion, BundleWriter bundle,
            boolean warningsStop) throws IOException {
        requireUsable(request);
        BuildRecorder recorder = new BuildRecorder();
        if (!Files.isDirectory(request.contentDirectory())) {
            return new Outcome(noContentDirectory(request), recorder.stats());
        }
        Site site = Site.read(request);
        if (site.broken()) {
            return new Outcome(new ContentResult(0, site.problems(), List.of()), recorder.stats());
        }
        Outcome outcome = build(site.request(), site, memory, toolVersion, bundle, warningsStop, recorder);
        if (site.problems().isEmpty()) {
            return outcome;
        }
        // The site's warnings are not remembered with the articles' findings: they are read again every build.
        return new Outcome(withDiagnostics(outcome.result(), site.problems()), outcome.stats());
    }

    private Outcome build(ContentRequest request, Site site, BuildMemory memory, String toolVersion,
            BundleWriter bundle, boolean warningsStop, BuildRecorder recorder) throws IOException {
        BuildFingerprint prints = BuildFingerprint.of(toolVersion, request, site.layout(), bundle);
        try {
            memory.begin(prints);
            Plan plan = Plan.scan(request, site.layout(), memory, recorder);
            ContentResult last = plan.lastResultIfUnchanged(prints, request.clock().millis());
            if (last != null && plan.lastOutcomeStands(bundle, stops(last, warningsStop))) {
                recorder.reused(plan.lastBuild().published() ? plan.lastBuild().files().size() : 0,
                        plan.lastBuild().bundled());
                return new Outcome(last, recorder.stats());
            }
            if (bundle != null) {
                memory.recallBundle(bundle, request.contentDirectory(), plan.lastBundleBuild(prints));
                if (plan.lastBuild() != null) {
                    // likely a few articles to redo
                    renderer.warmUp(site.layout().markdown(), HtmlSanitizer.of(request.checks()));
                }
            }
            boolean parks = bundle == null && memory.parksRenders();
            Checked checked = checks.check(request, prints, plan, memory.lastChecks(),
                    bundle != null || parks ? memory::spoolFile : null);
            try {
                if (checked.changed()) {
                    memory.rememberChecks(checked.toRemember(prints, plan.others()));
                }
                recorder.checked(checked.read().size());
                ContentResult result = checked.result();
                if (bundle == null || stops(result, warningsStop)) {
                    memory.rememberBuild(plan.record(prints, checked, result, null, null));
                    if (parks && checked.spool() != null && !stops(result, warningsStop)) {
                        memory.park(ParkedRenders.of(prints.checks(), checked));
                        checked = null; // the memory owns the spool now
                    }
                    return new Outcome(result, recorder.stats());
                }
                try (ParkedRenders parked = memory.parked(prints.checks())) {
                    if (parked != null && checked.spool() == null) {
                        checked = parked.into(checked); // validate rendered them a moment ago
                    }
                    return publish(request, bundle, prints, plan, checked, memory, recorder);
                }
            } finally {
                if (checked != null) {
                    checked.close();
                }
            }
        } finally {
            memory.finish();
        }
    }

    /** The third stage, and what the build remembers of it. */
    private Outcome publish(ContentRequest request, BundleWriter bundle, BuildFingerprint prints, Plan plan,
            Checked checked, BuildMemory memory, BuildRecorder recorder) throws IOException {
        Published published = publishing.publish(request, bundle, prints, plan, checked, memory);
        if (!published.failures().isEmpty()) {
            ContentResult failed = withDiagnostics(checked.result(), published.failures());
            memory.rememberBuild(plan.record(prints, checked, failed, null, null));
            return new Outcome(failed, recorder.stats());
        }
        recorder.published(published, upToDate(plan, checked, published));
        memory.rememberBuild(plan.record(prints, checked, checked.result(), published, bundle.outputDirectory()));
        return new Outcome(checked.result(), recorder.stats());
    }

    private static void requireUsable(ContentRequest request) {
        List<String> problems = SettingsProblems.of(request.checks());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static ContentResult noContentDirectory(ContentRequest request) {
        return new ContentResult(0, List.of(Diagnostic.of(request.contentDirectory(), 0, 0, ArticleReader.FILE_READ,
                "the content directory does not exist")), List.of());
    }

    /** {@code result} with {@code more} among its diagnostics, in their order. */
    private static ContentResult withDiagnostics(ContentResult result, List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(more);
        all.sort(Diagnostic.ORDER);
        return new ContentResult(result.checked(), all, List.of(), result.baselined(), result.staleBaseline(),
                result.leftOut());
    }

    /** Whether {@code result} keeps the bundle from being written. */
    private static boolean stops(ContentResult result, boolean warningsStop) {
        return result.hasErrors() || warningsStop && result.count(Severity.WARNING) > 0;
    }

    /** The articles this build neither read nor rendered. */
    private static int upToDate(Plan plan, Checked checked, Published published) {
        boolean[] read = new boolean[plan.found().size()];
        checked.read().forEach(i -> read[i] = true);
        int count = 0;
        for (int i = 0; i < read.length; i++) {
            if (!read[i] && !published.renderedSources().contains(plan.found().get(i).source())) {
                count++;
            }
        }
        return count;
    }
}

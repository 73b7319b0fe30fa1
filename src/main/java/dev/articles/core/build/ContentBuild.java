package dev.articles.core.build;

import dev.articles.core.config.SettingsProblems;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.LinkRewriter;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.LinkTargets;
import dev.articles.core.check.Suppressions;
import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.read.ArticleReader;
import dev.articles.core.render.HtmlSanitizer;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.render.RenderWorker;
import dev.articles.core.report.ContentResult;
import dev.articles.core.rules.Checks;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.source.ContentScanner;
import dev.articles.core.state.ArticleSpool;
import dev.articles.core.state.CheckEntry;
import dev.articles.core.state.PublishEntry;
import dev.articles.core.state.QuickCheck;
import dev.articles.core.state.StateStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A build of the content as the goals run it: checks every article, and, given a {@link BundleWriter}, writes the
 * bundle, on all cores and incrementally.
 *
 * <ul>
 *   <li>Articles are read, checked and rendered in parallel ({@link RenderWorker#runAll}); nothing is shared
 *   between them but immutable settings and flexmark's thread-safe parser and renderer.</li>
 *   <li>With a {@link StateStore}, an article file whose size and time (or, when only the time changed, whose bytes)
 *   are as in the last build is not read again: its findings and facts come from the state. Cross-article checks,
 *   levels, suppressions and the baseline are applied anew every build from those, so the result equals a whole
 *   build's. A build in which nothing changed reuses the last result and writes nothing at all.</li>
 *   <li>The bundle is written an article at a time, from a second parse of the article, so memory holds only what
 *   the cross-article checks and the index need, never the HTML of all articles. An article is rendered again only
 *   when its file, where its links lead, or its written files changed.</li>
 * </ul>
 */
public final class ContentBuild {

    /**
     * What a build did, for the log line.
     *
     * @param scanned article files found
     * @param checked articles read and checked by this build (not taken from the state)
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

    /** Made on first use: a build in which nothing changed needs no Markdown, and flexmark takes a while to load. */
    private final Supplier<MarkdownRenderer> renderers;
    private CompletableFuture<MarkdownRenderer> renderer;
    private final RenderWorker worker;

    /** Daemon threads for the few side tasks of a build: reading state and loading flexmark while other work runs. */
    private static final Executor BACKGROUND = task -> {
        Thread thread = new Thread(task, "articles-background");
        thread.setDaemon(true);
        thread.start();
    };

    public ContentBuild() {
        this(MarkdownRenderer::new, new RenderWorker());
    }

    public ContentBuild(MarkdownRenderer renderer, RenderWorker worker) {
        this(() -> renderer, worker);
    }

    private ContentBuild(Supplier<MarkdownRenderer> renderers, RenderWorker worker) {
        this.renderers = renderers;
        this.worker = worker;
    }

    /** The renderer, made on a background thread on first call: loading flexmark overlaps with reading the state. */
    private synchronized CompletableFuture<MarkdownRenderer> rendererLoading() {
        if (renderer == null) {
            renderer = CompletableFuture.supplyAsync(renderers, BACKGROUND);
        }
        return renderer;
    }

    private MarkdownRenderer renderer() {
        try {
            return rendererLoading().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * @param state where the last build's state is kept, or {@code null} to remember nothing
     * @param toolVersion identifies the plugin build (its version, and for snapshots its jar's size and time)
     * @param bundle the bundle to write when no article has an error, or {@code null} to check only
     * @throws IOException when the content directory cannot be listed or the bundle not written; problems with
     *     single articles are diagnostics
     * @throws IllegalArgumentException when the request's check settings are unusable
     */
    public Outcome run(ContentRequest request, StateStore state, String toolVersion, BundleWriter bundle)
            throws IOException {
        return run(request, state, toolVersion, bundle, false);
    }

    /**
     * @param warningsStop whether warnings, too, keep the bundle from being written (the build will fail on them)
     */
    public Outcome run(ContentRequest request, StateStore state, String toolVersion, BundleWriter bundle,
            boolean warningsStop) throws IOException {
        List<String> settingProblems = SettingsProblems.of(request.checks());
        if (!settingProblems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", settingProblems));
        }
        long start = System.nanoTime();
        Path dir = request.contentDirectory();
        if (!Files.isDirectory(dir)) {
            List<Diagnostic> d = List.of(Diagnostic.error(dir, 0, 0, ArticleReader.FILE_READ.id(),
                    "the content directory does not exist"));
            return new Outcome(new ContentResult(0, d, List.of()), stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, start));
        }
        // The brief record of the last build, read while the content directory is scanned: with the bundle's files
        // all present, it alone decides a build in which nothing changed.
        String goal = bundle == null ? "validate" : "bundle-" + bundle.bundleName();
        String checkPrint = BuildFingerprint.checks(toolVersion, request);
        String baselinePrint = BuildFingerprint.baseline(request);
        String bundlePrint = bundle == null ? "" : BuildFingerprint.bundle(checkPrint, request, bundle.bundleName(),
                bundle.outputDirectory(), bundle.feeds());
        CompletableFuture<QuickCheck> lastBuild = CompletableFuture.supplyAsync(() -> state == null ? null
                : state.loadQuick(goal), BACKGROUND);
        // The last checks, needed as soon as something changed, are read on the other core from the moment the walk
        // meets a changed article; a build in which nothing changed does not read them.
        LastChecks lastChecks = new LastChecks(state, checkPrint, lastBuild, BACKGROUND);
        ContentScanner.Listing listing = new ContentScanner(request.includes(), request.excludes()).list(dir,
                lastChecks);
        List<Found> found = listing.articles();
        long scanned = System.nanoTime();

        // Checks: from the state where the file is as it was, else read.
        QuickCheck quick = lastBuild.join();
        if (quick != null && unchanged(quick, checkPrint, baselinePrint, bundlePrint, listing, request)) {
            StateStore.StoredResult r = quick.result();
            ContentResult result = new ContentResult(r.checked(), r.diagnostics(), List.of(), r.baselined(),
                    r.staleBaseline());
            boolean stops = result.hasErrors() || warningsStop && result.count(Severity.WARNING) > 0;
            if (bundle == null || quick.published() && !stops && quick.filesPresent(bundle.outputDirectory())
                    || !quick.published() && stops) {
                long checkedAt = System.nanoTime();
                return new Outcome(result, stats(found.size(), 0, 0, found.size(), 0,
                        quick.published() ? quick.files().size() : 0, 0, quick.bundled(), scanned - start,
                        checkedAt - scanned, 0, 0, start));
            }
        }
        // Something changed. What the last bundle wrote (and which of those files are still there) is read alongside
        // the checks: it is needed only once they are done.
        CompletableFuture<LastBundle> lastBundle = state == null || bundle == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> LastBundle.load(state, bundle, bundlePrint, dir,
                        quick != null && quick.published() && quick.bundle().equals(bundlePrint) ? quick : null),
                        BACKGROUND);
        if (quick != null && bundle != null) {
            // Likely a few articles to redo: load the libraries while the state is read.
            HtmlSanitizer sanitizer = HtmlSanitizer.of(request.checks());
            rendererLoading().thenAccept(r -> Warmup.start(r, sanitizer));
        }
        StateStore.Checks previous = lastChecks.join();
        long now = request.clock().millis();
        CheckEntry[] entries = new CheckEntry[found.size()];
        List<Integer> toCheck = new ArrayList<>();
        boolean touched = false;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            CheckEntry before = previous == null ? null : previous.entries().get(f.source());
            if (before != null && before.validUntil() > now && before.size() == f.size()) {
                if (before.modified() == f.modified()) {
                    entries[i] = before;
                } else if (Arrays.equals(before.sha256(), sha256(f.file()))) {
                    entries[i] = before.touched(f.size(), f.modified()); // a checkout: same bytes, new time
                    touched = true;
                }
            }
            if (entries[i] == null) {
                toCheck.add(i);
            }
        }
        boolean sameFiles = previous != null && previous.entries().size() == found.size() && toCheck.isEmpty()
                && previous.others() == listing.others();
        ArticleReader reader = new ArticleReader(request, renderer(), Checks.articleChecks());
        // For a bundle, each article is rendered while it is checked (one parse) and parked in the spool until links
        // can be resolved.
        ArticleSpool spool = bundle == null || toCheck.isEmpty() ? null : new ArticleSpool(state == null
                ? Files.createTempFile("articles-", ".spool") : state.spoolFile());
        ArticleSpool.Ticket[] tickets = new ArticleSpool.Ticket[found.size()];
        ArticleReader.Mode mode = spool == null ? ArticleReader.Mode.CHECK : ArticleReader.Mode.CHECK_AND_RENDER;
        List<RenderWorker.Result<ArticleReader.Outcome>> checkedNow = worker.runAll(toCheck.size(), k -> {
            ArticleReader.Outcome o = reader.read(found.get(toCheck.get(k)).file(), mode);
            if (o.article() == null) {
                return o;
            }
            tickets[toCheck.get(k)] = spool.put(o.article());
            return new ArticleReader.Outcome(o.file(), null, o.diagnostics(), o.facts(), o.suppressions(),
                    o.validUntil(), o.draft(), o.sha256());
        });
        for (int k = 0; k < toCheck.size(); k++) {
            Found f = found.get(toCheck.get(k));
            ArticleReader.Outcome o = ContentChecker.guarded(f.file(), checkedNow.get(k), worker);
            entries[toCheck.get(k)] = new CheckEntry(f.source(), f.size(), f.modified(), o.sha256(), o.validUntil(),
                    o.diagnostics(), o.suppressions().declared(), o.facts(),
                    o.facts() != null && !ArticleReader.hasStructuralError(o.diagnostics()), o.draft());
        }

        ContentResult result;
        List<List<Diagnostic>> corpusFindings;
        List<ArticleFacts> facts = new ArrayList<>();
        for (CheckEntry e : entries) {
            if (e.facts() != null) {
                facts.add(e.facts());
            }
        }
        boolean sameResult = sameFiles && previous.result() != null && baselinePrint.equals(previous.baseline());
        if (sameResult) {
            StateStore.StoredResult r = previous.result();
            result = new ContentResult(r.checked(), r.diagnostics(), List.of(), r.baselined(), r.staleBaseline());
            corpusFindings = previous.corpusFindings();
        } else {
            List<Diagnostic> raw = new ArrayList<>();
            Map<Path, Suppressions> suppressions = new HashMap<>();
            if (found.isEmpty()) {
                raw.add(Diagnostic.warning(dir, 0, 0, ContentScanner.CONTENT_EMPTY.id(),
                        "no article matches the includes " + request.includes()
                                + (request.excludes().isEmpty() ? "" : " and excludes " + request.excludes())));
            }
            for (int i = 0; i < entries.length; i++) {
                raw.addAll(entries[i].raw());
                suppressions.put(found.get(i).file(), Suppressions.of(found.get(i).file(), entries[i].suppressions()));
            }
            CorpusReuse reuse = CorpusReuse.of(Checks.corpusChecks(), previous, entries, toCheck, listing.others());
            Verdict verdict = Verdict.of(request, raw, suppressions, facts, reuse);
            result = new ContentResult(found.size(), verdict.diagnostics(), List.of(), verdict.baseline().matched(),
                    verdict.baseline().stale());
            corpusFindings = verdict.corpusFindings();
        }
        // Saved on a thread of its own: the bundle does not need it, and writing 10,000 entries takes a while.
        BackgroundSave saving = null;
        if (state != null && (!sameResult || touched)) {
            Map<String, CheckEntry> bySource = new LinkedHashMap<>();
            for (CheckEntry e : entries) {
                bySource.put(e.source(), e);
            }
            StateStore.Checks toSave = new StateStore.Checks(checkPrint, bySource, listing.others(), baselinePrint,
                    new StateStore.StoredResult(result.checked(), result.diagnostics(), result.baselined(),
                            result.staleBaseline()), corpusFindings);
            saving = BackgroundSave.start("articles-save-checks", () -> state.saveChecks(toSave));
        }
        long checked = System.nanoTime();

        if (bundle == null || result.hasErrors() || warningsStop && result.count(Severity.WARNING) > 0) {
            if (spool != null) {
                spool.close();
            }
            BackgroundSave.await(saving); // the quick record may only follow a saved state
            if (state != null) {
                state.saveQuick(goal, quick(checkPrint, baselinePrint, bundlePrint, listing, entries, result, false, 0,
                        List.of(), null));
            }
            return new Outcome(result, stats(found.size(), toCheck.size(), 0, found.size() - toCheck.size(), 0, 0, 0,
                    0, scanned - start, checked - scanned, 0, 0, start));
        }
        Published published;
        try {
            published = publish(request, state, bundlePrint, bundle, lastBundle.join(), found, entries, facts, spool,
                    tickets);
        } finally {
            if (spool != null) {
                spool.close();
            }
            BackgroundSave.await(saving); // the quick record may only follow a saved state
        }
        if (state != null) {
            state.saveQuick(goal, quick(checkPrint, baselinePrint, bundlePrint, listing, entries, result, true,
                    published.bundled(), published.files(), bundle.outputDirectory()));
        }
        long done = System.nanoTime();
        int rendered = published.rendered();
        boolean[] checkedHere = new boolean[found.size()];
        toCheck.forEach(i -> checkedHere[i] = true);
        int upToDate = 0;
        for (int i = 0; i < found.size(); i++) {
            if (!checkedHere[i] && !published.renderedSources().containsKey(found.get(i).source())) {
                upToDate++;
            }
        }
        return new Outcome(result, stats(found.size(), toCheck.size(), rendered, upToDate, published.written(),
                published.unchanged(), published.deleted(), published.bundled(), scanned - start, checked - scanned,
                published.renderNanos(), done - checked - published.renderNanos(), start));
    }

    /** What publishing did. */
    private record Published(int bundled, int rendered, Map<String, Boolean> renderedSources, int written,
            int unchanged, int deleted, long renderNanos, List<String> files) {
    }

    /** The article to publish at index {@code i} of the scan, and what it was published as before. */
    private record Candidate(int index, PublishEntry before, long links, ArticleSpool.Ticket ticket) {
    }

    /** What the last build of the bundle wrote, and which of those files are still there and right. */
    private record LastBundle(StateStore.Bundle bundle, Set<String> intact) {
        /** @param lastBuild the brief record of the last build of this bundle, or {@code null} */
        static LastBundle load(StateStore state, BundleWriter writer, String bundlePrint, Path contentDirectory,
                QuickCheck lastBuild) {
            StateStore.Bundle previous = state.loadBundle(writer.bundleName(), bundlePrint);
            if (previous == null) {
                return null;
            }
            List<PublishEntry.OutputFile> files = new ArrayList<>();
            previous.entries().values().forEach(p -> files.addAll(p.outputs()));
            files.addAll(previous.shared());
            // Folders untouched since the last build need no listing: its files there are all present.
            Set<String> known = lastBuild == null ? Set.of() : lastBuild.filesSurely(writer.outputDirectory());
            return new LastBundle(previous, writer.intact(files, contentDirectory, known));
        }
    }

    private Published publish(ContentRequest request, StateStore state, String bundlePrint, BundleWriter bundle,
            LastBundle last, List<Found> found, CheckEntry[] entries, List<ArticleFacts> facts, ArticleSpool spool,
            ArticleSpool.Ticket[] tickets) throws IOException {
        Path dir = request.contentDirectory();
        StateStore.Bundle previous = last == null ? null : last.bundle();
        Set<String> intact = last == null ? Set.of() : last.intact();
        BundleWriter.Session session = bundle.open();
        LinkRewriter links = new LinkRewriter(LinkTargets.of(dir, facts));
        HtmlSanitizer sanitizer = HtmlSanitizer.of(request.checks());
        Map<String, PublishEntry> now = new LinkedHashMap<>();
        List<Candidate> toRender = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            CheckEntry e = entries[i];
            if (!e.publishable() || e.draft() && !request.includeDrafts()) {
                continue;
            }
            long signature = links.signature(e.facts());
            PublishEntry before = previous == null ? null : previous.entries().get(e.source());
            if (before != null && Arrays.equals(before.inputSha256(), e.sha256()) && before.links() == signature
                    && before.outputs().stream().allMatch(f -> intact.contains(f.path()))) {
                session.keep(before.outputs());
                now.put(e.source(), before);
            } else {
                toRender.add(new Candidate(i, before, signature, tickets[i]));
                now.put(e.source(), null); // keeps scan order; filled below
            }
        }
        if (previous != null && toRender.isEmpty() && now.keySet().equals(previous.entries().keySet())
                && previous.shared().stream().allMatch(f -> intact.contains(f.path()))) {
            // Nothing changed: nothing to write.
            List<String> files = files(now.values(), previous.shared());
            return new Published(now.size(), 0, Map.of(), 0, files.size(), 0, 0, files);
        }

        long renderStart = System.nanoTime();
        ArticleReader reader = new ArticleReader(request, renderer(), List.of());
        List<RenderWorker.Result<PublishEntry>> results = worker.runAll(toRender.size(), k -> {
            Candidate c = toRender.get(k);
            Found f = found.get(c.index());
            byte[] sha = entries[c.index()].sha256();
            Article rendered;
            if (c.ticket() != null) {
                rendered = spool.get(c.ticket()); // rendered while it was checked
            } else {
                ArticleReader.Outcome o = reader.read(f.file(), ArticleReader.Mode.RENDER); // checked in a past build
                if (o.article() == null || !Arrays.equals(o.sha256(), sha)) {
                    return null; // changed or broken since it was checked
                }
                rendered = o.article();
            }
            Article a = ContentChecker.publishable(rendered, links, sanitizer);
            try {
                BundleWriter.Written w = session.article(a);
                return new PublishEntry(f.source(), sha, c.links(), a.slug(), a.date().toEpochSecond(),
                        a.date().getNano(), a.date().getOffset().getTotalSeconds(), a.draft(), a.tags(),
                        a.categories(), w.indexEntry(), w.outputs());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        long renderNanos = System.nanoTime() - renderStart;
        Map<String, Boolean> renderedSources = new HashMap<>();
        for (int k = 0; k < toRender.size(); k++) {
            PublishEntry p = results.get(k).value();
            String source = found.get(toRender.get(k).index()).source();
            if (p == null) {
                throw new IOException("the article " + source + " changed or could not be rendered while the bundle"
                        + " was written; build again");
            }
            now.put(source, p);
            renderedSources.put(source, Boolean.TRUE);
        }

        List<PublishEntry> newestFirst = new ArrayList<>(now.values());
        newestFirst.sort(Comparator.comparingLong(PublishEntry::epochSecond).thenComparingInt(PublishEntry::nano)
                .reversed().thenComparing(PublishEntry::slug));
        List<BundleWriter.Listed> listed = newestFirst.stream().map(p -> new BundleWriter.Listed(p.slug(),
                p.epochSecond(), p.nano(), p.offsetSeconds(), p.draft(), p.tags(), p.categories(), p.indexEntry()))
                .toList();
        List<PublishEntry.OutputFile> shared = session.shared(listed);
        List<String> earlier = null;
        if (previous != null) {
            earlier = new ArrayList<>();
            for (PublishEntry p : previous.entries().values()) {
                for (PublishEntry.OutputFile f : p.outputs()) {
                    earlier.add(f.path());
                }
            }
            for (PublishEntry.OutputFile f : previous.shared()) {
                earlier.add(f.path());
            }
        }
        // Saved only once the stale files are gone: if deleting fails, the next build still knows of them.
        int deleted = session.deleteStale(earlier);
        BackgroundSave saving = state == null ? null : BackgroundSave.start("articles-save-bundle",
                () -> state.saveBundle(bundle.bundleName(), new StateStore.Bundle(bundlePrint, now, shared)));
        List<String> files;
        try {
            files = files(now.values(), shared);
        } finally {
            BackgroundSave.await(saving);
        }
        return new Published(now.size(), toRender.size(), renderedSources, session.written(),
                files.size() - session.written(), deleted, renderNanos, files);
    }

    /** The bundle's files, each once, sorted. */
    private static List<String> files(Iterable<PublishEntry> entries, List<PublishEntry.OutputFile> shared) {
        List<String> paths = new ArrayList<>();
        for (PublishEntry e : entries) {
            e.outputs().forEach(f -> paths.add(f.path()));
        }
        shared.forEach(f -> paths.add(f.path()));
        String[] sorted = paths.toArray(String[]::new);
        Arrays.sort(sorted); // faster than a TreeSet for 20,000 paths, most of them apart already
        List<String> distinct = new ArrayList<>(sorted.length);
        for (String p : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(p)) {
                distinct.add(p);
            }
        }
        return List.copyOf(distinct);
    }

    /** Whether the content and settings are exactly as in the build {@code quick} describes. */
    private static boolean unchanged(QuickCheck quick, String checkPrint, String baselinePrint, String bundlePrint,
            ContentScanner.Listing listing, ContentRequest request) {
        List<Found> found = listing.articles();
        if (!quick.checks().equals(checkPrint) || !quick.baseline().equals(baselinePrint)
                || !quick.bundle().equals(bundlePrint) || quick.others() != listing.others()
                || quick.validUntil() <= request.clock().millis() || quick.sources().size() != found.size()) {
            return false;
        }
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.size() != quick.sizes()[i] || f.modified() != quick.modified()[i]
                    || !f.source().equals(quick.sources().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static QuickCheck quick(String checkPrint, String baselinePrint, String bundlePrint,
            ContentScanner.Listing listing, CheckEntry[] entries, ContentResult result, boolean published,
            int bundled, List<String> files, Path outputDirectory) {
        List<Found> found = listing.articles();
        List<String> folders = QuickCheck.foldersOf(files);
        long[] folderTimes = outputDirectory == null ? new long[0] : QuickCheck.folderTimes(outputDirectory, folders);
        long[] sizes = new long[found.size()];
        long[] modified = new long[found.size()];
        List<String> sources = new ArrayList<>(found.size());
        long validUntil = Long.MAX_VALUE;
        for (int i = 0; i < found.size(); i++) {
            sources.add(found.get(i).source());
            sizes[i] = found.get(i).size();
            modified[i] = found.get(i).modified();
            validUntil = Math.min(validUntil, entries[i].validUntil());
        }
        return new QuickCheck(checkPrint, baselinePrint, bundlePrint, listing.others(), validUntil, sources, sizes,
                modified, new StateStore.StoredResult(result.checked(), result.diagnostics(), result.baselined(),
                        result.staleBaseline()), published, bundled, files, folders, folderTimes);
    }

    /** The SHA-256 of a file's bytes, or an empty array when it cannot be read. */
    private static byte[] sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return ((DigestInputStream) in).getMessageDigest().digest();
        } catch (IOException e) {
            return new byte[0];
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Stats stats(int scanned, int checked, int rendered, int upToDate, int written, int unchanged,
            int deleted, int bundled, long scanNanos, long checkNanos, long renderNanos, long writeNanos, long start) {
        return new Stats(scanned, checked, rendered, upToDate, written, unchanged, deleted, bundled,
                scanNanos / 1_000_000,
                checkNanos / 1_000_000, renderNanos / 1_000_000, Math.max(0, writeNanos) / 1_000_000,
                (System.nanoTime() - start) / 1_000_000);
    }
}

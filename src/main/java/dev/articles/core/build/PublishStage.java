package dev.articles.core.build;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.LinkRewriter;
import dev.articles.core.bundle.OutputFile;
import dev.articles.core.check.LinkTargets;
import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.read.ArticleReader;
import dev.articles.core.render.HtmlSanitizer;
import dev.articles.core.render.RenderWorker;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.state.CheckEntry;
import dev.articles.core.state.PublishEntry;
import dev.articles.core.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The third stage of a build: the bundle. An article is rendered (or taken from the spool, where it was rendered
 * while it was checked) only when its file, where its links lead, or its written files changed; then links are
 * resolved and the HTML sanitised, its files written, the shared files (index, taxonomies, feeds) written, and
 * files of the last bundle that are no longer part of it deleted. Skipped: articles with an error that stops them,
 * drafts unless requested, and the articles the check stage left out because findings the baseline accepts make them
 * unpublishable ({@code ContentResult#leftOut}). The bundle is written an article at a time, so memory holds only what
 * the index needs, never the HTML of all articles.
 */
final class PublishStage {
    private final RenderWorker worker;
    private final LazyRenderer renderer;
    private final Consumer<Article> published;

    /** @param published told of each article as it is written, in its final form (for tests) */
    PublishStage(RenderWorker worker, LazyRenderer renderer, Consumer<Article> published) {
        this.worker = worker;
        this.renderer = renderer;
        this.published = published;
    }

    /** The article to publish at index {@code i} of the scan, and what it was published as before. */
    private record Candidate(int index, PublishEntry before, long links) {
    }

    /**
     * @param memory recalls what the last bundle wrote and which of its files are still right; is told what the
     *     bundle now holds
     */
    Published publish(ContentRequest request, BundleWriter bundle, BuildFingerprint prints, Plan plan,
            Checked checked, BuildMemory memory) throws IOException {
        LastBundle last = memory.lastBundle();
        StateStore.Bundle previous = last == null ? null : last.bundle();
        Set<String> intact = last == null ? Set.of() : last.intact();
        BundleWriter.Session session = bundle.open(plan.layout().assetsUrl());
        LinkRewriter links = new LinkRewriter(LinkTargets.of(request.contentDirectory(), checked.facts()),
                plan.layout().assetsUrl());
        Map<String, PublishEntry> now = new LinkedHashMap<>();
        List<Candidate> toRender = new ArrayList<>();
        CheckEntry[] entries = checked.entries();
        Set<Path> leftOut = new HashSet<>();
        checked.result().leftOut().forEach(l -> leftOut.add(l.finding().file()));
        for (int i = 0; i < entries.length; i++) {
            CheckEntry e = entries[i];
            if (!e.publishable() || e.draft() && !request.includeDrafts()
                    || leftOut.contains(plan.found().get(i).file())) {
                continue;
            }
            long signature = links.signature(e.facts());
            PublishEntry before = previous == null ? null : previous.entries().get(e.source());
            if (before != null && Arrays.equals(before.inputSha256(), e.inputSha256()) && before.links() == signature
                    && before.outputs().stream().allMatch(f -> intact.contains(f.path()))) {
                session.keep(before.outputs());
                now.put(e.source(), before);
            } else {
                toRender.add(new Candidate(i, before, signature));
                now.put(e.source(), null); // keeps scan order; filled below
            }
        }
        if (previous != null && toRender.isEmpty() && now.keySet().equals(previous.entries().keySet())
                && previous.shared().stream().allMatch(f -> intact.contains(f.path()))) {
            List<String> files = files(now.values(), previous.shared()); // nothing changed: nothing to write
            return new Published(now.size(), 0, Set.of(), 0, files.size(), 0, 0, files, List.of());
        }

        long renderStart = System.nanoTime();
        List<Diagnostic> failures = new ArrayList<>();
        Set<String> renderedSources = render(request, plan, checked, toRender, links, session, now, failures);
        long renderNanos = System.nanoTime() - renderStart;
        if (!failures.isEmpty()) {
            return new Published(0, toRender.size(), renderedSources, session.written(), 0, 0, renderNanos,
                    List.of(), List.copyOf(failures));
        }

        List<BundleWriter.Listed> listed = new ArrayList<>(now.size());
        now.values().forEach(p -> listed.add(p.listed()));
        listed.sort(BundleWriter.Listed.NEWEST_FIRST);
        List<OutputFile> shared = session.shared(listed);
        // Remembered only once the stale files are gone: if deleting fails, the next build still knows of them.
        int deleted = session.deleteStale(previous == null ? null : outputs(previous));
        memory.rememberBundle(bundle.bundleName(), new StateStore.Bundle(prints.bundle(), now, shared));
        List<String> files = files(now.values(), shared);
        return new Published(now.size(), toRender.size(), renderedSources, session.written(),
                files.size() - session.written(), deleted, renderNanos, files, List.of());
    }

    /**
     * Renders and writes the candidates on all cores; fills {@code now}, and {@code failures} with the articles whose
     * work overflowed or ran out of time; returns the sources written.
     */
    private Set<String> render(ContentRequest request, Plan plan, Checked checked, List<Candidate> toRender,
            LinkRewriter links, BundleWriter.Session session, Map<String, PublishEntry> now, List<Diagnostic> failures)
            throws IOException {
        HtmlSanitizer sanitizer = HtmlSanitizer.of(request.checks());
        ArticleReader reader = new ArticleReader(request, plan.layout(), renderer.get(plan.layout().markdown()),
                List.of());
        List<Found> found = plan.found();
        List<RenderWorker.Result<PublishEntry>> results = worker.runAll(toRender.size(), k -> {
            Candidate c = toRender.get(k);
            Found f = found.get(c.index());
            byte[] sha = checked.entries()[c.index()].sha256();
            Article rendered;
            if (checked.tickets()[c.index()] != null) {
                rendered = checked.spool().get(checked.tickets()[c.index()]); // rendered while it was checked
            } else {
                ArticleReader.Outcome o = reader.read(f.file(), ArticleReader.Mode.RENDER); // checked in a past build
                if (o.article() == null || !Arrays.equals(o.sha256(), sha)) {
                    return null; // changed or broken since it was checked
                }
                rendered = o.article();
            }
            Article a = publishable(rendered, links, sanitizer);
            try {
                BundleWriter.Written w = session.article(a);
                published.accept(a);
                return new PublishEntry(f.source(), checked.entries()[c.index()].inputSha256(), c.links(),
                        new BundleWriter.Listed(a, w.indexEntry()), w.outputs());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        Set<String> sources = new HashSet<>();
        for (int k = 0; k < toRender.size(); k++) {
            PublishEntry p = results.get(k).value();
            Found f = found.get(toRender.get(k).index());
            String source = f.source();
            if (results.get(k).failure() != null) {
                failures.add(RenderFailed.of(f.file(), results.get(k).failure(), worker.budget()));
                continue;
            }
            if (p == null) {
                throw new IOException("the article " + source + " changed or could not be rendered while the bundle"
                        + " was written; build again");
            }
            now.put(source, p);
            sources.add(source);
        }
        return sources;
    }

    /** An article's final form: links resolved, then sanitised (after the placeholders, before the checksum). */
    private static Article publishable(Article rendered, LinkRewriter links, HtmlSanitizer sanitizer) {
        Article linked = links.rewrite(rendered);
        return linked.withLinks(sanitizer.sanitize(linked.html()), sanitizer.sanitize(linked.excerptHtml()),
                linked.assets());
    }

    /** Every file the last bundle recorded. */
    private static List<String> outputs(StateStore.Bundle previous) {
        List<String> earlier = new ArrayList<>();
        for (PublishEntry p : previous.entries().values()) {
            for (OutputFile f : p.outputs()) {
                earlier.add(f.path());
            }
        }
        for (OutputFile f : previous.shared()) {
            earlier.add(f.path());
        }
        return earlier;
    }

    /** The bundle's files, each once, sorted. */
    private static List<String> files(Iterable<PublishEntry> entries, List<OutputFile> shared) {
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
}

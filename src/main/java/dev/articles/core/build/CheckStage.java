package dev.articles.core.build;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.Suppressions;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Sha256;
import dev.articles.core.read.ArticleReader;
import dev.articles.core.site.ContentLayout;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.render.RenderWorker;
import dev.articles.core.report.ContentResult;
import dev.articles.core.rules.Checks;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.source.ContentScanner;
import dev.articles.core.state.ArticleSpool;
import dev.articles.core.state.CheckEntry;
import dev.articles.core.state.StateStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second stage of a build: each article's findings (recalled where its file is as the last build checked it,
 * else read, checked and, for a bundle, rendered into the spool in the same parse), then the cross-article checks,
 * the user's levels, suppressions and baseline: the verdict ({@link Verdict}).
 */
final class CheckStage {
    private final RenderWorker worker;
    private final LazyRenderer renderer;

    CheckStage(RenderWorker worker, LazyRenderer renderer) {
        this.worker = worker;
        this.renderer = renderer;
    }

    /** Where rendered articles wait; asked only when an article is to be rendered. */
    interface SpoolFile {
        Path path() throws IOException;
    }

    /**
     * @param previous the last build's checks with the same settings, or {@code null}
     * @param spoolFile where to park the articles rendered while they are checked, or {@code null} to check only
     */
    Checked check(ContentRequest request, BuildFingerprint prints, Plan plan, StateStore.Checks previous,
            SpoolFile spoolFile) throws IOException {
        List<Found> found = plan.found();
        long now = request.clock().millis();
        SiteFileHashes siteFiles = new SiteFileHashes(request.contentDirectory());
        CheckEntry[] entries = new CheckEntry[found.size()];
        List<Integer> toRead = new ArrayList<>();
        boolean touched = false;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            CheckEntry before = previous == null ? null : previous.entries().get(f.source());
            if (before != null && before.validUntil() > now && before.size() == f.size()
                    && siteFiles.unchanged(before.dependencies())) {
                if (before.modified() == f.modified()) {
                    entries[i] = before;
                } else if (Arrays.equals(before.sha256(), sha256(f.file()))) {
                    entries[i] = before.touched(f.size(), f.modified()); // a checkout: same bytes, new time
                    touched = true;
                }
            }
            if (entries[i] == null) {
                toRead.add(i);
            }
        }
        MarkdownRenderer markdown = renderer.get(plan.layout().markdown());
        ArticleSpool spool = spoolFile == null || toRead.isEmpty() ? null : new ArticleSpool(spoolFile.path());
        ArticleSpool.Ticket[] tickets = new ArticleSpool.Ticket[found.size()];
        try {
            read(request, plan.layout(), markdown, found, toRead, entries, spool, tickets, siteFiles);
            return verdict(request, prints, plan, previous, entries, toRead, touched, spool, tickets);
        } catch (RuntimeException | Error e) {
            if (spool != null) {
                spool.close();
            }
            throw e;
        }
    }

    /**
     * The cross-article checks, levels, suppressions and baseline over every article's findings, and the articles
     * that accepted findings leave out of the bundle ({@link Unpublishable}).
     */
    private Checked verdict(ContentRequest request, BuildFingerprint prints, Plan plan, StateStore.Checks previous,
            CheckEntry[] entries, List<Integer> read, boolean touched, ArticleSpool spool,
            ArticleSpool.Ticket[] tickets) {
        List<Found> found = plan.found();
        List<ArticleFacts> facts = new ArrayList<>();
        for (CheckEntry e : entries) {
            if (e.facts() != null) {
                facts.add(e.facts());
            }
        }
        boolean sameFiles = previous != null && previous.entries().size() == found.size() && read.isEmpty()
                && previous.others() == plan.others();
        if (sameFiles && previous.result() != null && prints.baseline().equals(previous.baseline())) {
            return new Checked(entries, read, previous.result().result(), previous.corpusFindings(), facts, touched,
                    spool, tickets);
        }
        List<Diagnostic> raw = new ArrayList<>();
        Map<Path, Suppressions> suppressions = new HashMap<>();
        if (found.isEmpty()) {
            raw.add(Diagnostic.of(request.contentDirectory(), 0, 0, ContentScanner.CONTENT_EMPTY,
                    "no article matches the includes " + request.includes()
                            + (request.excludes().isEmpty() ? "" : " and excludes " + request.excludes())));
        }
        plan.folderLinks().forEach(link -> raw.add(link.diagnostic()));
        for (int i = 0; i < entries.length; i++) {
            raw.addAll(entries[i].raw());
            suppressions.put(found.get(i).file(), Suppressions.of(found.get(i).file(), entries[i].suppressions()));
        }
        CorpusReuse reuse = CorpusReuse.of(Checks.corpusChecks(), previous, entries, read, plan.others());
        Verdict verdict = Verdict.of(request, raw, suppressions, facts, reuse);
        ContentResult result = new ContentResult(found.size(), verdict.diagnostics(), List.of(),
                verdict.baseline().matched(), verdict.baseline().stale(),
                Unpublishable.of(request, found, entries, verdict.baseline().matched()));
        return new Checked(entries, read, result, verdict.corpusFindings(), facts, true, spool, tickets);
    }

    /** Reads, checks and (with a spool) renders the articles at {@code toRead}, on all cores. */
    private void read(ContentRequest request, ContentLayout layout, MarkdownRenderer renderer, List<Found> found,
            List<Integer> toRead, CheckEntry[] entries, ArticleSpool spool, ArticleSpool.Ticket[] tickets,
            SiteFileHashes siteFiles) {
        ArticleReader reader = new ArticleReader(request, layout, renderer, Checks.articleChecks());
        ArticleReader.Mode mode = spool == null ? ArticleReader.Mode.CHECK : ArticleReader.Mode.CHECK_AND_RENDER;
        List<RenderWorker.Result<ArticleReader.Outcome>> outcomes = worker.runAll(toRead.size(), k -> {
            ArticleReader.Outcome o = reader.read(found.get(toRead.get(k)).file(), mode);
            if (o.article() == null) {
                return o;
            }
            tickets[toRead.get(k)] = spool.put(o.article());
            return o.withoutArticle();
        });
        for (int k = 0; k < toRead.size(); k++) {
            Found f = found.get(toRead.get(k));
            ArticleReader.Outcome o = guarded(f.file(), outcomes.get(k));
            entries[toRead.get(k)] = new CheckEntry(f.source(), f.size(), f.modified(), o.sha256(), o.validUntil(),
                    o.diagnostics(), o.suppressions().declared(), o.facts(),
                    o.facts() != null && !ArticleReader.hasStructuralError(o.diagnostics()), o.draft(),
                    siteFiles.of(o.dependencies()));
        }
    }

    /** A worker's result for one file: overflow and timeout become a {@code render.failed} error for that file. */
    private ArticleReader.Outcome guarded(Path file, RenderWorker.Result<ArticleReader.Outcome> result) {
        if (result.failure() == null) {
            return result.value();
        }
        List<Diagnostic> problems = new ArrayList<>();
        problems.add(RenderFailed.of(file, result.failure(), worker.budget()));
        return new ArticleReader.Outcome(file, null, problems, null, Suppressions.none(file), new byte[0]);
    }

    /** The SHA-256 of a file's bytes, or an empty array when it cannot be read. */
    private static byte[] sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), Sha256.digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return ((DigestInputStream) in).getMessageDigest().digest();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}

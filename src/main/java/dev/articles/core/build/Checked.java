package dev.articles.core.build;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.report.ContentResult;
import dev.articles.core.state.ArticleSpool;
import dev.articles.core.state.CheckEntry;
import dev.articles.core.state.StateStore;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the check stage found. Closing it deletes the spool.
 *
 * @param entries each article's findings and facts, in scan order: read now or recalled
 * @param read the indexes of the entries read in this build
 * @param result what is reported
 * @param corpusFindings each cross-article check's findings at default severities, for the next build
 * @param facts the facts of every article that has them, in scan order
 * @param changed whether anything differs from the checks the memory recalled (so they are remembered anew)
 * @param spool the articles rendered while they were checked, or {@code null} when none was
 * @param tickets where in the spool each article lies, by scan index ({@code null} entries for the others)
 */
record Checked(CheckEntry[] entries, List<Integer> read, ContentResult result, List<List<Diagnostic>> corpusFindings,
        List<ArticleFacts> facts, boolean changed, ArticleSpool spool, ArticleSpool.Ticket[] tickets)
        implements AutoCloseable {

    /** The checks to remember for the next build. */
    StateStore.Checks toRemember(BuildFingerprint prints, long others) {
        Map<String, CheckEntry> bySource = new LinkedHashMap<>();
        for (CheckEntry e : entries) {
            bySource.put(e.source(), e);
        }
        return new StateStore.Checks(prints.checks(), bySource, others, prints.baseline(),
                StateStore.StoredResult.of(result), corpusFindings);
    }

    @Override
    public void close() throws IOException {
        if (spool != null) {
            spool.close();
        }
    }
}

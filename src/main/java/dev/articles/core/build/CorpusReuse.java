package dev.articles.core.build;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.state.CheckEntry;
import dev.articles.core.state.StateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which cross-article checks need not run again in an incremental build: those for which no re-read article changed
 * in what the check reads ({@link CorpusCheck#input}), when the articles are the same files as in the last build and
 * the content's other files (images, excluded files) are as they were. Their last findings are taken as they are;
 * levels, suppressions and the baseline are applied to them anew like to every finding.
 */
final class CorpusReuse {
    /** Every check runs. */
    static final CorpusReuse NONE = new CorpusReuse(null);

    /** By check: its last findings, or {@code null} to run it; {@code null} to run all. */
    private final List<List<Diagnostic>> findings;

    private CorpusReuse(List<List<Diagnostic>> findings) {
        this.findings = findings;
    }

    /** The last findings of check {@code i} when they still hold, or {@code null} to run it. */
    List<Diagnostic> findings(int i) {
        return findings == null ? null : findings.get(i);
    }

    /**
     * @param previous the last build's state
     * @param entries this build's entries in scan order
     * @param reread the indexes of the entries read again in this build (the others are the last build's)
     * @param others the hash of the content's other files now
     */
    static CorpusReuse of(List<CorpusCheck> checks, StateStore.Checks previous, CheckEntry[] entries,
            List<Integer> reread, long others) {
        if (previous == null || previous.corpusFindings() == null
                || previous.corpusFindings().size() != checks.size() || previous.others() != others
                || previous.entries().size() != entries.length) {
            return NONE;
        }
        List<CheckEntry[]> pairs = new ArrayList<>(reread.size()); // {before, now}
        for (int i : reread) {
            CheckEntry before = previous.entries().get(entries[i].source());
            if (before == null || (before.facts() == null) != (entries[i].facts() == null)) {
                return NONE; // a new article (so another one is gone), or one that gained or lost its facts
            }
            pairs.add(new CheckEntry[] {before, entries[i]});
        }
        List<List<Diagnostic>> holding = new ArrayList<>();
        for (int k = 0; k < checks.size(); k++) {
            holding.add(unchanged(checks.get(k), pairs) ? previous.corpusFindings().get(k) : null);
        }
        return new CorpusReuse(holding);
    }

    private static boolean unchanged(CorpusCheck check, List<CheckEntry[]> pairs) {
        for (CheckEntry[] pair : pairs) {
            ArticleFacts before = pair[0].facts();
            ArticleFacts now = pair[1].facts();
            if (before == null) {
                continue; // neither has facts: the check does not see it
            }
            Object input = check.input(now);
            if (input == null || !Objects.equals(check.input(before), input)) {
                return false;
            }
        }
        return true;
    }
}

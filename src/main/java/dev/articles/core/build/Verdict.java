package dev.articles.core.build;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import dev.articles.core.check.Suppressions;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.rules.Checks;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.Baseline;
import dev.articles.core.settings.ContentRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * From the articles' own findings to what is reported: adds the cross-article findings, applies the user's levels
 * and suppressions, sorts, and sets apart what the baseline covers. The same for a whole build and an incremental
 * one, which differ only in where each article's findings come from.
 *
 * @param diagnostics what is reported, sorted
 * @param baseline what the baseline covered and which of its entries matched nothing
 */
record Verdict(List<Diagnostic> diagnostics, Baseline.Match baseline, List<List<Diagnostic>> corpusFindings) {

    static Verdict of(ContentRequest request, List<Diagnostic> raw, Map<Path, Suppressions> suppressions,
            List<ArticleFacts> facts) {
        return of(request, raw, suppressions, facts, CorpusReuse.NONE);
    }

    /**
     * @param raw the articles' findings at default severities, in file order
     * @param suppressions each file's suppressions
     * @param facts the facts of every article whose front matter could be read, in file order
     * @param reuse the cross-article checks whose last findings still hold
     * @return also each cross-article check's own findings, for the next build's {@code reuse}
     */
    static Verdict of(ContentRequest request, List<Diagnostic> raw, Map<Path, Suppressions> suppressions,
            List<ArticleFacts> facts, CorpusReuse reuse) {
        List<Diagnostic> all = new ArrayList<>(raw);
        // The cross-article checks only read the facts: they run side by side, each into a list of its own, and
        // their findings are joined in the checks' order, so the result does not depend on timing.
        List<CorpusCheck> checks = Checks.corpusChecks();
        List<List<Diagnostic>> found = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            List<Diagnostic> last = reuse.findings(i);
            found.add(last == null ? new ArrayList<>() : last);
        }
        IntStream.range(0, checks.size()).filter(i -> reuse.findings(i) == null).parallel()
                .forEach(i -> checks.get(i).check(facts, new Findings(found.get(i), checks.get(i).rules())));
        found.forEach(all::addAll);
        List<Diagnostic> diagnostics = new ArrayList<>(DiagnosticPolicy.apply(all, suppressions, request.checks()));
        diagnostics.sort(Diagnostic.ORDER);
        Baseline.Match match = request.baseline() == null ? Baseline.Match.none(diagnostics)
                : request.baseline().match(diagnostics, request.contentDirectory(), RuleCatalog::get);
        return new Verdict(match.unmatched(), match, List.copyOf(found));
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}

package dev.articles.core.report;

import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.settings.Baseline;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the engine found: every diagnostic of the run, sorted, and the articles that are fit to publish.
 *
 * @param checked how many files were read
 * @param diagnostics all problems, sorted by {@link Diagnostic#ORDER}
 * @param articles the articles to publish (drafts only when requested), newest first, ties by slug; empty when
 *     any error was found, so nothing half-checked is ever written
 * @param baselined findings the request's {@link Baseline} covers, sorted; not in {@code diagnostics}
 * @param staleBaseline baseline entries (with the count left over) that no longer match a finding
 */
public record ContentResult(int checked, List<Diagnostic> diagnostics, List<Article> articles,
        List<Diagnostic> baselined, List<Baseline.Entry> staleBaseline) {

    public ContentResult {
        diagnostics = List.copyOf(diagnostics);
        articles = List.copyOf(articles);
        baselined = baselined == null ? List.of() : List.copyOf(baselined);
        staleBaseline = staleBaseline == null ? List.of() : List.copyOf(staleBaseline);
    }

    /** A result of a run without a baseline. */
    public ContentResult(int checked, List<Diagnostic> diagnostics, List<Article> articles) {
        this(checked, diagnostics, articles, List.of(), List.of());
    }

    /** How many findings (in {@code diagnostics}) each rule has, by rule id. */
    public Map<String, Long> countByRule() {
        Map<String, Long> counts = new TreeMap<>();
        diagnostics.forEach(d -> counts.merge(d.rule(), 1L, Long::sum));
        return counts;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}

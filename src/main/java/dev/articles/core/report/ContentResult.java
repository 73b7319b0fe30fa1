package dev.articles.core.report;

import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.settings.Baseline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * @param leftOut the articles the bundle leaves out because findings the baseline accepts make them unpublishable,
 *     sorted by their findings; each finding is also in {@code baselined}
 */
public record ContentResult(int checked, List<Diagnostic> diagnostics, List<Article> articles,
        List<Diagnostic> baselined, List<Baseline.Entry> staleBaseline, List<LeftOut> leftOut) {

    /**
     * An article the bundle leaves out although the build passes: a finding the baseline accepts makes it
     * unpublishable. It is still checked, and its findings are still held against the baseline.
     *
     * @param finding the accepted finding that leaves it out (of several, the first in report order): an error of a
     *     fixed rule of the article itself ({@code front-matter.date}, {@code body.empty}...), or its part in a
     *     conflict over an address or a bundle file ({@code url.duplicate}, {@code id.duplicate})
     * @param publishedInstead for a conflict, the article the bundle holds in its place (of the articles that would
     *     be published, the first by path); {@code null} otherwise
     */
    public record LeftOut(Diagnostic finding, Path publishedInstead) {
        public LeftOut {
            Objects.requireNonNull(finding, "finding");
        }
    }

    public ContentResult {
        diagnostics = List.copyOf(diagnostics);
        articles = List.copyOf(articles);
        baselined = baselined == null ? List.of() : List.copyOf(baselined);
        staleBaseline = staleBaseline == null ? List.of() : List.copyOf(staleBaseline);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /** A result in which no article is left out. */
    public ContentResult(int checked, List<Diagnostic> diagnostics, List<Article> articles,
            List<Diagnostic> baselined, List<Baseline.Entry> staleBaseline) {
        this(checked, diagnostics, articles, baselined, staleBaseline, List.of());
    }

    /** A result of a run without a baseline. */
    public ContentResult(int checked, List<Diagnostic> diagnostics, List<Article> articles) {
        this(checked, diagnostics, articles, List.of(), List.of(), List.of());
    }

    /** How many findings (in {@code diagnostics}) each rule has, by rule id. */
    public Map<String, Long> countByRule() {
        Map<String, Long> counts = new TreeMap<>();
        diagnostics.forEach(d -> counts.merge(d.rule(), 1L, Long::sum));
        return counts;
    }

    /** How many articles are {@linkplain #leftOut left out} by the rule of the finding that leaves them out. */
    public Map<String, Long> leftOutByRule() {
        Map<String, Long> counts = new TreeMap<>();
        leftOut.forEach(l -> counts.merge(l.finding().rule(), 1L, Long::sum));
        return counts;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}

package dev.articles.core;

import java.util.List;

/**
 * What the engine found: every diagnostic of the run, sorted, and the articles that are fit to publish.
 *
 * @param checked how many files were read
 * @param diagnostics all problems, sorted by {@link Diagnostic#ORDER}
 * @param articles the articles to publish (drafts only when requested), newest first, ties by slug; empty when
 *     any error was found, so nothing half-checked is ever written
 */
public record ContentResult(int checked, List<Diagnostic> diagnostics, List<Article> articles) {

    public ContentResult {
        diagnostics = List.copyOf(diagnostics);
        articles = List.copyOf(articles);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}

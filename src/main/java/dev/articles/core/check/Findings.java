package dev.articles.core.check;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.RuleCatalog;
import dev.articles.core.model.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * Where checks put what they find. A finding gets its rule's default severity here; the user's levels, suppressions
 * and the baseline are applied later, in one place, for every rule alike.
 */
public final class Findings {
    private final List<Diagnostic> sink;

    public Findings(List<Diagnostic> sink) {
        this.sink = sink;
    }

    /** Reports a finding of {@code rule} at a 1-based line and column of {@code file}. */
    public void add(Path file, String rule, int line, int column, String message) {
        RuleCatalog.Rule info = RuleCatalog.get(rule);
        if (info == null) {
            throw new IllegalArgumentException("rule " + rule + " is not in the RuleCatalog");
        }
        Severity severity = info.defaultSeverity();
        sink.add(new Diagnostic(file, line, column, severity, rule, message));
    }
}

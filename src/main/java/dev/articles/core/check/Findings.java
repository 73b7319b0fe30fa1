package dev.articles.core.check;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import java.nio.file.Path;
import java.util.List;

/**
 * Where checks put what they find. A finding gets its rule's default severity here; the user's levels, suppressions
 * and the baseline are applied later, in one place, for every rule alike.
 */
public final class Findings {
    private final List<Diagnostic> sink;
    private final List<Rule> declared;

    /** Findings of any rule. */
    public Findings(List<Diagnostic> sink) {
        this(sink, null);
    }

    /**
     * Findings of the {@code declared} rules only (a check's {@code rules()}): a finding of another rule is a bug in
     * the check, which would report a rule the catalog and the README do not know.
     */
    public Findings(List<Diagnostic> sink, List<Rule> declared) {
        this.sink = sink;
        this.declared = declared;
    }

    /** Reports a finding of {@code rule} at a 1-based line and column of {@code file}. */
    public void add(Path file, Rule rule, int line, int column, String message) {
        if (declared != null && !declared.contains(rule)) {
            throw new IllegalArgumentException("rule " + rule.id() + " is not among the declared rules " + declared
                    .stream().map(Rule::id).toList());
        }
        sink.add(Diagnostic.of(file, line, column, rule, message));
    }
}

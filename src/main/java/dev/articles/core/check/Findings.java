package dev.articles.core.check;

import dev.articles.core.liquid.SourceMap;
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
    private final SourceMap sourceMap;

    /** Findings of any rule. */
    public Findings(List<Diagnostic> sink) {
        this(sink, null);
    }

    /**
     * Findings of the {@code declared} rules only (a check's {@code rules()}): a finding of another rule is a bug in
     * the check, which would report a rule the catalog and the rule reference do not know.
     */
    public Findings(List<Diagnostic> sink, List<Rule> declared) {
        this(sink, declared, SourceMap.IDENTITY);
    }

    /**
     * Findings of the {@code declared} rules, at positions of the parsed body that {@code sourceMap} takes back to
     * the file (Liquid wrote the body).
     */
    public Findings(List<Diagnostic> sink, List<Rule> declared, SourceMap sourceMap) {
        this.sink = sink;
        this.declared = declared;
        this.sourceMap = sourceMap;
    }

    /** Reports a finding of {@code rule} at a 1-based line and column of {@code file}. */
    public void add(Path file, Rule rule, int line, int column, String message) {
        if (declared != null && !declared.contains(rule)) {
            throw new IllegalArgumentException("rule " + rule.id() + " is not among the declared rules " + declared
                    .stream().map(Rule::id).toList());
        }
        int[] at = line > 0 ? sourceMap.toSource(line, column) : new int[] {line, column};
        sink.add(Diagnostic.of(file, at[0], at[1], rule, message));
    }
}

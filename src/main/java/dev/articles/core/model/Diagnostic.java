package dev.articles.core.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content: where it is, how bad it is, which rule found it, and what to do.
 *
 * @param file the article file (absolute), or the content directory for problems that concern no single file
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column (in characters), or 0 when unknown
 * @param severity how much it matters
 * @param rule stable rule id, e.g. {@code front-matter.date}; see {@link Rule}
 * @param message a sentence for a person, naming the value at fault and the fix where one is known
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String rule, String message) {

    /** Sorted by file, then position, then rule: the order diagnostics are printed in. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** A finding of {@code rule} at its default severity. */
    public static Diagnostic of(Path file, int line, int column, Rule rule, String message) {
        return new Diagnostic(file, line, column, rule.defaultSeverity(), rule.id(), message);
    }

    public static Diagnostic error(Path file, int line, int column, String rule, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, rule, message);
    }

    public static Diagnostic warning(Path file, int line, int column, String rule, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, rule, message);
    }
}

package dev.articles.core.model;

/** How much a {@link Diagnostic} matters. Declared from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}

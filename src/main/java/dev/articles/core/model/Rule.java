package dev.articles.core.model;

import java.util.Objects;

/**
 * A rule: the stable id its findings carry, and what users may do with it. Users grep for ids, suppress them and read
 * them in the rule reference (src/site/markdown/rules.md), so an id never changes meaning once released.
 *
 * <p>A rule is declared once, as a {@code public static final Rule} constant of the class that raises it (a check
 * returns its own from {@code rules()}); the catalog ({@code core.rules.RuleCatalog}) is made of those declarations.
 *
 * @param id the stable id, e.g. {@code front-matter.date}
 * @param defaultSeverity the severity unless configured
 * @param configurable whether {@code rules} in the pom may change it (and articles suppress it)
 * @param summary one line for reports (SARIF rule descriptions) and the rule reference's index
 */
public record Rule(String id, Severity defaultSeverity, boolean configurable, String summary) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * A structural rule: the content cannot be read or published. Always an error; it cannot be configured or
     * suppressed, since turning it off would drop articles silently. A baseline may accept its findings: the
     * articles they concern are then left out of the bundle, and the build counts and lists them.
     */
    public static Rule fixed(String id, String summary) {
        return new Rule(id, Severity.ERROR, false, summary);
    }

    /** A rule users may make stricter, milder or turn off, and suppress per article. */
    public static Rule configurable(String id, Severity defaultSeverity, String summary) {
        return new Rule(id, defaultSeverity, true, summary);
    }
}

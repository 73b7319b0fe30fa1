package dev.articles.core.settings;

import dev.articles.core.model.Severity;
import java.util.Locale;

/** What a user may set a configurable rule to: a severity, or off. */
public enum RuleLevel {
    ERROR,
    WARNING,
    INFO,
    OFF;

    /** The severity, or {@code null} for {@link #OFF}. */
    public Severity severity() {
        return this == OFF ? null : Severity.valueOf(name());
    }

    /** Parses {@code error}, {@code warning}, {@code info} or {@code off}, any case; {@code null} when none fits. */
    public static RuleLevel parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

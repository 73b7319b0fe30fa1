package dev.articles.core.render;

import java.util.regex.Pattern;

/**
 * The plugin's own comment {@code <!-- articles-suppress: rule ... -->}: read by the checks' suppressions, and left
 * out of the HTML like every comment.
 */
public final class SuppressionComment {
    /** The comment; group 1 is the list of rule ids. */
    public static final Pattern PATTERN = Pattern.compile("<!--\\s*articles-suppress:\\s*(.*?)\\s*-->", Pattern.DOTALL);

    private SuppressionComment() {
    }
}

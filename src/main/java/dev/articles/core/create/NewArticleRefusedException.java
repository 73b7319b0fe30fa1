package dev.articles.core.create;

import dev.articles.core.model.Diagnostic;
import java.util.List;

/**
 * Why no article was created. Nothing was written (or what was written was removed again), and the message says what
 * to change. The reason lets a caller add how to change it in its own terms ({@code -Dslug=...} for Maven).
 */
public final class NewArticleRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What stood in the way. */
    public enum Reason {
        /** No title, or a blank one. */
        NO_TITLE,
        /** A title, category, tag or author with a line break or control character. */
        BAD_TEXT,
        /** The title gives no slug, and none was given. */
        NO_SLUG,
        /** The slug given cannot name a file. */
        BAD_SLUG,
        /** The folder is absolute, leads out of the content directory, has an unknown placeholder, or is a file. */
        BAD_FOLDER,
        /** The file would not be read as an article: no include matches it, an exclude does, or a folder on its way is a link. */
        NOT_INCLUDED,
        /** The file exists already. */
        EXISTS,
        /** The text cannot be written in the content's encoding. */
        UNENCODABLE,
        /** The article would not pass the checks; {@link #findings()} says why. */
        FAILS_CHECKS
    }

    private final Reason reason;
    private final transient List<Diagnostic> findings;

    NewArticleRefusedException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    NewArticleRefusedException(Reason reason, String message, List<Diagnostic> findings) {
        super(message);
        this.reason = reason;
        this.findings = List.copyOf(findings);
    }

    public Reason reason() {
        return reason;
    }

    /** The new article's findings that stopped it (errors first), for {@link Reason#FAILS_CHECKS}; else none. */
    public List<Diagnostic> findings() {
        return findings;
    }
}

package dev.articles.core.site;

/**
 * Jekyll 4.3.1 cannot make the address: the template names a placeholder it does not have, or a placeholder's value
 * cannot be escaped. Jekyll stops the whole build then, so a caller reports it as an error of the document (or of the
 * setting the template came from). A checked exception rather than a result value, because it is rare and a caller
 * must not use an address that was not made. The message is Jekyll's own for an unknown placeholder, which is what a
 * user searching the web for it will find; for a value, Addressable's followed by the placeholder's name.
 */
public final class UrlTemplateException extends Exception {
    private final String placeholder;
    private final boolean unknown;

    UrlTemplateException(String message, String placeholder, boolean unknown) {
        super(message);
        this.placeholder = placeholder;
        this.unknown = unknown;
    }

    /** The placeholder at fault, without its colon ({@code titel}). */
    public String placeholder() {
        return placeholder;
    }

    /** Whether the placeholder is unknown (else its value could not be escaped). */
    public boolean unknown() {
        return unknown;
    }
}

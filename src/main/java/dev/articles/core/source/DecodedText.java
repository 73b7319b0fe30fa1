package dev.articles.core.source;

/**
 * An article's text after strict decoding: BOM removed, CRLF and CR turned into LF, so line numbers count the same
 * way whatever editor wrote the file.
 *
 * @param text the normalised text
 */
public record DecodedText(String text) {
}

package dev.articles.core.check;

import com.vladsch.flexmark.ast.Paragraph;

/**
 * A paragraph of an article body with the text a reader sees, normalised for comparison ({@link ComparableText}).
 *
 * @param node the paragraph
 * @param text its normalised text
 */
public record ComparableParagraph(Paragraph node, String text) {
}

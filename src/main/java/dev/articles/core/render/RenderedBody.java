package dev.articles.core.render;

import dev.articles.core.model.Article;
import java.util.List;

/**
 * An article body after rendering.
 *
 * @param html the HTML fragment
 * @param headings the headings with the ids written into {@code html}
 * @param firstParagraphText the first top-level paragraph as plain text ({@code null} when there is none)
 * @param firstParagraphHtml the same paragraph as HTML
 * @param readingMinutes computed reading time
 */
public record RenderedBody(String html, List<Article.Heading> headings, String firstParagraphText,
        String firstParagraphHtml, int readingMinutes) {
}

package dev.articles.core;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One checked and rendered article: the normalised record the bundle is written from.
 *
 * @param slug the article's unique name in the bundle (a safe file name)
 * @param title the title as written
 * @param date when it was published, with the offset written in the file (or the configured zone's)
 * @param categories categories in the order written
 * @param tags tags in the order written
 * @param author the author, or {@code null}
 * @param excerpt the excerpt as plain text
 * @param excerptHtml the excerpt rendered as HTML
 * @param readingMinutes reading time computed from the body
 * @param declaredReadingMinutes the {@code reading_time} written in the front matter, or {@code null}
 * @param draft whether the article is a draft (only present in output when drafts are included)
 * @param headings the body's headings in document order
 * @param source the file's path relative to the content directory, with {@code /} separators
 * @param html the rendered body fragment
 * @param extra front matter keys the plugin does not interpret, kept as written (strings, lists, maps)
 */
public record Article(
        String slug,
        String title,
        OffsetDateTime date,
        List<String> categories,
        List<String> tags,
        String author,
        String excerpt,
        String excerptHtml,
        int readingMinutes,
        Integer declaredReadingMinutes,
        boolean draft,
        List<Heading> headings,
        String source,
        String html,
        Map<String, Object> extra) {

    /**
     * A heading of the body.
     *
     * @param level 1 to 6
     * @param id the HTML id written on the heading, unique within the article
     * @param text the heading as plain text
     */
    public record Heading(int level, String id, String text) {
    }
}

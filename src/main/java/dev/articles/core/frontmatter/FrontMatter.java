package dev.articles.core.frontmatter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The front matter fields the plugin understands, typed and checked, plus every other key kept as written.
 *
 * @param title the title
 * @param date the publication date
 * @param slug the slug (from front matter or file name)
 * @param slugLine where the slug came from: the {@code slug} key's line, or 1 for a file-name slug
 * @param slugColumn the matching column
 * @param categories categories in written order
 * @param tags tags in written order
 * @param author the author or {@code null}
 * @param excerpt the front matter excerpt (Markdown) or {@code null}
 * @param declaredReadingMinutes {@code reading_time} or {@code null}
 * @param draft {@code draft: true} or {@code published: false}
 * @param extra keys the plugin does not interpret, in written order
 */
public record FrontMatter(
        String title,
        OffsetDateTime date,
        String slug,
        int slugLine,
        int slugColumn,
        List<String> categories,
        List<String> tags,
        String author,
        String excerpt,
        Integer declaredReadingMinutes,
        boolean draft,
        Map<String, Object> extra) {
}

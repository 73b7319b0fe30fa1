package dev.articles.core.create;

import dev.articles.core.settings.ContentRequest;
import java.util.List;
import java.util.Objects;

/**
 * What a new article is to be: its front matter, and where it goes.
 *
 * @param content the content directory, its includes and excludes, encoding, time zone, clock ("now", the article's
 *     date) and check settings: the article is written in that encoding, dated now in that zone, and must pass the
 *     checks made with those settings
 * @param title the title, required
 * @param slug the slug, or {@code null} to make one from the title ({@link TitleSlug})
 * @param categories categories, none when empty
 * @param tags tags, none when empty
 * @param author the author, or {@code null}
 * @param draft whether to mark it {@code draft: true}
 * @param folder where it goes below the content directory, with {@code {yyyy}}, {@code {MM}}, {@code {dd}} for the
 *     date ({@link ArticleFolder}); empty for the content directory itself
 */
public record NewArticleRequest(
        ContentRequest content,
        String title,
        String slug,
        List<String> categories,
        List<String> tags,
        String author,
        boolean draft,
        String folder) {

    /** The default folder: one a year, as in {@code 2026/2026-02-05-hello.md}. */
    public static final String DEFAULT_FOLDER = "{yyyy}";

    public NewArticleRequest {
        Objects.requireNonNull(content, "content");
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
        folder = folder == null ? DEFAULT_FOLDER : folder;
    }
}

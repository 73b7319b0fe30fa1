package dev.articles.core.site;

import dev.articles.core.frontmatter.JekyllFileName;
import java.util.List;

/**
 * What an article file's path says of it, before its front matter is read.
 *
 * @param source its path relative to the content directory, {@code /}-separated
 * @param id its identity: {@code source} without the extension
 * @param collection {@code posts}, or the label of the Jekyll collection it belongs to
 * @param categories categories from the folders it is in (Jekyll: the folders above {@code _posts} and inside it)
 * @param draft whether it is a draft by its place (a Jekyll {@code _drafts} folder)
 * @param name the date and slug its file name gives
 * @param dateRequired whether an article here must have a date (a Jekyll collection document need not)
 * @param skipped whether Jekyll skips the file: a file in {@code _posts} whose name has no date
 */
public record Placement(String source, String id, String collection, List<String> categories, boolean draft,
        JekyllFileName name, boolean dateRequired, boolean skipped) {

    /** The collection of posts (and of plain articles). */
    public static final String POSTS = "posts";

    public Placement {
        categories = List.copyOf(categories);
    }

    /** {@code source} without the extension of its file name. */
    public static String withoutExtension(String source) {
        int slash = source.lastIndexOf('/');
        int dot = source.lastIndexOf('.');
        return dot > slash + 1 ? source.substring(0, dot) : source;
    }
}

package dev.articles.core.model;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One checked and rendered article: the normalised record the bundle is written from.
 *
 * @param id the article's identity: its source path without extension ({@code _posts/2026-02-05-hello}), unique
 * @param url its address below the site's address ({@code /2026/02/05/hello.html}), percent-encoded ASCII, unique
 * @param collection the collection it belongs to: {@code posts} for posts and plain articles, else a Jekyll
 *     collection's label
 * @param slug its short name (from the front matter or the file name); several articles may share one
 * @param title the title as written
 * @param date when it was published, with the offset written in the file (or the configured zone's); {@code null}
 *     only for a document of a Jekyll collection without a date
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
 * @param assets the local files (images) the HTML refers to, copied into the bundle; sorted by path, each once
 */
public record Article(
        String id,
        String url,
        String collection,
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
        Map<String, Object> extra,
        List<Asset> assets) {

    public Article {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }

    /** An article without assets (its links not yet resolved). */
    public Article(String id, String url, String collection, String slug, String title, OffsetDateTime date,
            List<String> categories, List<String> tags, String author, String excerpt, String excerptHtml, int readingMinutes, Integer declaredReadingMinutes,
            boolean draft, List<Heading> headings, String source, String html, Map<String, Object> extra) {
        this(id, url, collection, slug, title, date, categories, tags, author, excerpt, excerptHtml, readingMinutes,
                declaredReadingMinutes, draft, headings, source, html, extra, List.of());
    }

    /** This article with resolved HTML and its assets. */
    public Article withLinks(String html, String excerptHtml, List<Asset> assets) {
        return new Article(id, url, collection, slug, title, date, categories, tags, author, excerpt, excerptHtml,
                readingMinutes, declaredReadingMinutes, draft, headings, source, html, extra, assets);
    }

    /**
     * A file of the content directory that the article's HTML refers to.
     *
     * @param path its path in the bundle, relative to the bundle folder: {@code assets/} and its path relative to
     *     the content directory ({@code assets/images/chart.png})
     * @param file the file to copy
     */
    public record Asset(String path, Path file) {
    }

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

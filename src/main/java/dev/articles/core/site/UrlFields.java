package dev.articles.core.site;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What Jekyll 4.3.1 fills a post's or collection document's address with (the values behind its {@code UrlDrop}),
 * each as Jekyll holds it before any slugifying or escaping: {@link JekyllUrl} does those as Jekyll does.
 * {@link #of} derives the path-based fields from the file's location as {@code Jekyll::Document} does.
 *
 * @param collection the collection's label ({@code :collection}): {@code posts} for posts and drafts
 * @param path {@code cleaned_relative_path} ({@code :path}): see {@link DocumentPath#cleanedRelativePath()}
 * @param basenameWithoutExt the file name without extension, date prefix kept ({@code 2024-03-05-hello}); slugified
 *     it is {@code :name}, and {@code :title} and {@code :slug} fall back to it when {@code slug} is {@code null}
 * @param slug the document's {@code slug}: its front matter's (after defaults) or else the file name's
 *     ({@link DocumentPath#fileNameSlug()}, without the date prefix); slugified it is {@code :slug}, and
 *     {@code :title} keeps its case and dots; {@code null} only for a document Jekyll gave none
 * @param categories the document's categories as Jekyll merged them (see {@link DocumentCategories}), as written:
 *     {@code :categories} lower-cases them and drops repeats; {@code null} for none
 * @param date the document's date in the site's time zone ({@code timezone}, else the machine's), which Jekyll
 *     formats the date placeholders in; {@code null} when unknown (then those placeholders are refused)
 * @param outputExt the extension of the output file ({@code :output_ext}), as {@link JekyllUrl#outputExt} gives it,
 *     {@code .html} for Markdown
 */
public record UrlFields(String collection, String path, String basenameWithoutExt, String slug,
        List<String> categories, ZonedDateTime date, String outputExt) {

    public UrlFields {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(basenameWithoutExt, "basenameWithoutExt");
        categories = categories == null ? List.of() : List.copyOf(categories);
        Objects.requireNonNull(outputExt, "outputExt");
    }

    /**
     * The fields of a document at {@code file}.
     *
     * @param collection the collection's label
     * @param file where the document lies
     * @param frontMatterSlug its front matter's {@code slug} (after defaults), or {@code null} for the file name's
     * @param categories its categories, see {@link DocumentCategories#of}
     * @param date its date in the site's time zone, or {@code null}
     * @param outputExt the output file's extension
     */
    public static UrlFields of(String collection, DocumentPath file, String frontMatterSlug, List<String> categories,
            ZonedDateTime date, String outputExt) {
        return new UrlFields(collection, file.cleanedRelativePath(), file.basenameWithoutExt(),
                frontMatterSlug != null ? frontMatterSlug : file.fileNameSlug(), categories, date, outputExt);
    }
}

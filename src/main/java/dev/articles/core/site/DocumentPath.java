package dev.articles.core.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jekyll 4.3.1 derives from where a post or collection document lies ({@code Jekyll::Document}): the pieces of
 * its address ({@code cleaned_relative_path}, {@code basename_without_ext}), the slug and date its file name gives,
 * whether it is a draft, and the categories its folders give. Kept apart from the address itself because the same
 * values also feed a document's front matter ({@code slug}, {@code categories}).
 *
 * @param relativePath the file's path relative to the site's {@code collections_dir} (the site folder when that is
 *     not set), with {@code /} separators: {@code _posts/2024-03-05-hello.md}, {@code blog/_posts/...},
 *     {@code _drafts/idea.md}, {@code _recipes/sub/pancakes.md}
 * @param collectionDirectory the collection's folder name: {@code _posts} for posts and drafts, {@code _label}
 *     for the collection {@code label}
 */
public record DocumentPath(String relativePath, String collectionDirectory) {

    /** Jekyll's {@code DATE_FILENAME_MATCHER}: a post's file name; a file in {@code _posts} without it is skipped. */
    private static final Pattern DATED = Pattern.compile(
            "^(?>.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)$", Pattern.MULTILINE | Pattern.UNIX_LINES);
    /** Jekyll's {@code DATELESS_FILENAME_MATCHER}. */
    private static final Pattern DATELESS = Pattern.compile("^(?:.+/)*(.*)(\\.[^.]+)$",
            Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.*\\z");

    /** The file name's extension as Ruby's {@code File.extname} gives it, such as {@code .md}. */
    public String extname() {
        return RubyText.extname(relativePath);
    }

    /** {@code basename_without_ext}: the file name without its extension, date prefix kept (the {@code :name}). */
    public String basenameWithoutExt() {
        return RubyText.basenameWithoutExt(relativePath);
    }

    /**
     * {@code cleaned_relative_path} (the {@code :path}): the relative path without its extension, without the first
     * occurrence of the collection folder's name and without trailing dots: {@code /sub/pancakes} for
     * {@code _recipes/sub/pancakes.md}, {@code blog//2024-03-05-hello} for {@code blog/_posts/2024-03-05-hello.md}
     * (the address squeezes the {@code //}), {@code _drafts/idea} for a draft.
     */
    public String cleanedRelativePath() {
        String withoutExt = relativePath.substring(0, relativePath.length() - extname().length());
        int at = withoutExt.indexOf(collectionDirectory);
        String cleaned = at < 0 ? withoutExt
                : withoutExt.substring(0, at) + withoutExt.substring(at + collectionDirectory.length());
        return TRAILING_DOTS.matcher(cleaned).replaceFirst("");
    }

    /**
     * Whether the file name is a dated post name ({@code 2024-03-05-hello.md}, also {@code 24-3-5-x.md}); Jekyll
     * skips a file in {@code _posts} that is not (drafts need no date).
     */
    public boolean datedFileName() {
        return DATED.matcher(relativePath).find();
    }

    /** The date text of a dated file name ({@code 2024-03-05}), or {@code null}. */
    public String fileNameDate() {
        Matcher m = DATED.matcher(relativePath);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The slug the file name gives ({@code populate_title}), which becomes the document's {@code slug} unless its
     * front matter sets one: the name without date prefix and extension, without trailing dots.
     */
    public String fileNameSlug() {
        Matcher dated = DATED.matcher(relativePath);
        Matcher dateless = DATELESS.matcher(relativePath);
        String slug = dated.find() ? dated.group(2) : dateless.find() ? dateless.group(1) : basenameWithoutExt();
        return TRAILING_DOTS.matcher(slug).replaceFirst("");
    }

    /** Whether Jekyll takes it for a draft: a post whose path does not contain {@code _posts}. */
    public boolean draft() {
        return collectionDirectory.equals("_posts") && !relativePath.contains("_posts");
    }

    /**
     * The categories the folders give ({@code categories_from_path}): the folders before the collection folder
     * ({@code _drafts} for a draft), so {@code blog/tech/_posts/x.md} is in {@code blog} and {@code tech}; folders
     * below it give none.
     */
    public List<String> categoriesFromPath() {
        String special = draft() ? "_drafts" : collectionDirectory;
        List<String> categories = new ArrayList<>();
        if (relativePath.startsWith(special)) {
            return categories;
        }
        int at = relativePath.indexOf(special);
        String before = at < 0 ? relativePath : relativePath.substring(0, at);
        String basename = RubyText.basename(relativePath);
        for (String dir : before.split("/")) {
            if (!dir.isEmpty() && !dir.equals(special) && !dir.equals(basename)) {
                categories.add(dir);
            }
        }
        return categories;
    }
}

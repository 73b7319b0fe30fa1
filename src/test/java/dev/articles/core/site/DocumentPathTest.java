package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checked against jekyll 4.3.1: a site with these files ({@code show_drafts: true}, a {@code recipes} collection,
 * {@code permalink: /:path/:name/}) was built, and each document's {@code url}, {@code categories}, {@code slug} and
 * {@code draft} listed; the values below are read from that list ({@code :path} as it appears in the address, before
 * the address squeezes {@code //}).
 */
class DocumentPathTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            _posts/2024-03-05-hello.md | _posts | /2024-03-05-hello | 2024-03-05-hello | hello | false | -
            blog/tech/_posts/2024-03-06-deep.md | _posts | blog/tech//2024-03-06-deep | 2024-03-06-deep | deep | false | blog,tech
            my_posts/_posts/2024-03-07-quirk.md | _posts | my/_posts/2024-03-07-quirk | 2024-03-07-quirk | quirk | false | my
            _posts/sub/2024-03-08-below.md | _posts | /sub/2024-03-08-below | 2024-03-08-below | below | false | -
            _drafts/idea..md | _posts | _drafts/idea | idea. | idea | true | -
            blog/_drafts/2024-03-09-dated-draft.md | _posts | blog/_drafts/2024-03-09-dated-draft | 2024-03-09-dated-draft | dated-draft | true | blog
            _recipes/sub/Pancakes.md | _recipes | /sub/Pancakes | Pancakes | Pancakes | false | -
            _recipes/2023-05-06-dated-recipe.md | _recipes | /2023-05-06-dated-recipe | 2023-05-06-dated-recipe | dated-recipe | false | -
            _recipes/no-ext | _recipes | /no-ext | no-ext | no-ext | false | -
            _recipes/trailing..md | _recipes | /trailing | trailing. | trailing | false | -
            _recipes/x.tar.gz.md | _recipes | /x.tar.gz | x.tar.gz | x.tar.gz | false | -
            """)
    void asJekyllDerivesThem(String relativePath, String folder, String cleaned, String basename, String slug,
            boolean draft, String categories) {
        DocumentPath path = new DocumentPath(relativePath, folder);
        assertEquals(cleaned, path.cleanedRelativePath(), "cleaned_relative_path");
        assertEquals(basename, path.basenameWithoutExt(), "basename_without_ext");
        assertEquals(slug, path.fileNameSlug(), "slug");
        assertEquals(draft, path.draft(), "draft");
        assertEquals(categories == null ? List.of() : Arrays.asList(categories.split(",")),
                path.categoriesFromPath(), "categories");
    }

    /** Jekyll reads a file in _posts only when its name is dated (its DATE_FILENAME_MATCHER). */
    @Test
    void datedNames() {
        assertTrue(new DocumentPath("_posts/2024-03-05-hello.md", "_posts").datedFileName());
        assertEquals("24-3-5", new DocumentPath("_posts/24-3-5-short.md", "_posts").fileNameDate());
        assertFalse(new DocumentPath("_posts/hello.md", "_posts").datedFileName());
        assertFalse(new DocumentPath("_posts/2024-03-05-no-extension", "_posts").datedFileName());
        assertNull(new DocumentPath("_posts/hello.md", "_posts").fileNameDate());
        assertEquals(".md", new DocumentPath("_posts/2024-03-05-hello.md", "_posts").extname());
    }

    /** Categories as Jekyll merged them for the posts of JekyllUrlTest (checked there against jekyll 4.3.1). */
    @Test
    void categoriesMerge() {
        assertEquals(List.of("blog", "Extra"), DocumentCategories.of(List.of("blog"), null, null, "Extra"));
        assertEquals(List.of("C#", "Tips"), DocumentCategories.of(List.of(), null, "C# Tips", null));
        assertEquals(List.of("Web Dev", "Java", "日本語", "java"),
                DocumentCategories.of(List.of(), null, List.of("Web Dev", "Java", "日本語", "java"), null));
        assertEquals(List.of("blog", "a", "b", "One Two"),
                DocumentCategories.of(List.of("blog"), "a blog", List.of("b", "a"), "One Two"));
    }
}

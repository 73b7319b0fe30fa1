package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Addresses as Jekyll 4.3.1 gives them. Every expected address was checked against jekyll 4.3.1: the site below was
 * built with {@code jekyll build} once per {@code permalink} setting, and a page of the site listed each document's
 * {@code relative_path | url} ({@code {% for c in site.collections %}{% for p in c.docs %}...}); those lines are
 * pasted here as Jekyll printed them, as are the output files it wrote. The tests need no Ruby.
 *
 * <p>The site ({@code _config.yml}: {@code timezone: Asia/Tokyo}, {@code show_drafts: true}, the {@code permalink}
 * under test, {@code collections: {recipes: {output: true}, notes: {output: true, permalink:
 * /memo/:name/:title/}}}) holds the documents of {@link #SITE}, each with the front matter written there.
 */
class JekyllUrlTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** A document of the test site and its front matter. */
    private record Doc(String collection, String relativePath, String slug, Object categories, Object category,
            String permalink, ZonedDateTime date) {
    }

    private static ZonedDateTime day(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(TOKYO);
    }

    private static final List<Doc> SITE = List.of(
            // categories: [Web Dev, Java, 日本語, java]
            new Doc("posts", "_posts/2024-03-05-hello-world.md", null, List.of("Web Dev", "Java", "日本語", "java"),
                    null, null, day("2024-03-05")),
            new Doc("posts", "_posts/2024-01-09-no-cats.md", null, null, null, null, day("2024-01-09")),
            // slug: My.Custom_Slug Two
            new Doc("posts", "_posts/2024-02-01-slugged.md", "My.Custom_Slug Two", null, null, null, day("2024-02-01")),
            new Doc("posts", "_posts/2024-02-02-Version.1.2_Notes.md", null, null, null, null, day("2024-02-02")),
            // categories: "C# Tips" (text: two categories)
            new Doc("posts", "_posts/2024-02-03-日本語の記事.md", null, "C# Tips", null, null, day("2024-02-03")),
            // categories: [News], permalink: /articles/:year/:i_month/:i_day/:slug/
            new Doc("posts", "_posts/2024-02-04-own-permalink.md", null, List.of("News"), null,
                    "/articles/:year/:i_month/:i_day/:slug/", day("2024-02-04")),
            // date: 2024-12-31 23:30:00 -0500 (2025-01-01 13:30 in Tokyo), categories: [A b]
            new Doc("posts", "_posts/2024-02-05-tz.md", null, List.of("A b"), null, null,
                    OffsetDateTime.parse("2024-12-31T23:30:00-05:00").atZoneSameInstant(TOKYO)),
            // category: Extra (and "blog" from the folder)
            new Doc("posts", "blog/_posts/2024-02-06-in-blog.md", null, null, "Extra", null, day("2024-02-06")),
            // date: 2024-02-07 10:00:00 +0900
            new Doc("posts", "_drafts/a-draft.md", null, null, null, null,
                    OffsetDateTime.parse("2024-02-07T10:00:00+09:00").atZoneSameInstant(TOKYO)),
            new Doc("recipes", "_recipes/sub/Pancakes.md", null, null, null, null, day("2024-06-01")),
            new Doc("recipes", "_recipes/2023-05-06-dated-recipe.md", null, null, null, null, day("2023-05-06")),
            // slug: Fancy Slug
            new Doc("notes", "_notes/Note.One.md", "Fancy Slug", null, null, null, day("2024-06-01")));

    /** The fields as a scanner would make them from the file and its front matter. */
    private static UrlFields fields(Doc doc) {
        DocumentPath path = new DocumentPath(doc.relativePath(), "_" + doc.collection());
        List<String> categories = DocumentCategories.of(path.categoriesFromPath(), null, doc.categories(),
                doc.category());
        String outputExt = JekyllUrl.outputExt(path.extname(), doc.permalink(),
                SiteSettings.DEFAULT_MARKDOWN_EXTENSIONS);
        return UrlFields.of(doc.collection(), path, doc.slug(), categories, doc.date(), outputExt);
    }

    private static String template(Doc doc, String permalinkSetting) {
        return doc.collection().equals("notes") ? "/memo/:name/:title/"
                : JekyllUrl.template(permalinkSetting, doc.collection().equals("posts"));
    }

    /** {@code expected}: Jekyll's {@code relative_path | url} lines for the site built with {@code permalink}. */
    private static void assertUrls(String permalink, String expected) throws UrlTemplateException {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Doc doc : SITE) {
            actual.put(doc.relativePath(), JekyllUrl.url(template(doc, permalink), doc.permalink(), fields(doc)));
        }
        List<String> lines = new ArrayList<>();
        new java.util.TreeMap<>(actual).forEach((path, url) -> lines.add(path + " | " + url));
        assertEquals(expected, String.join("\n", lines) + "\n");
    }

    @Test
    void dateStyle() throws Exception {
        assertUrls("date", """
                _drafts/a-draft.md | /2024/02/07/a-draft.html
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /2024/01/09/no-cats.html
                _posts/2024-02-01-slugged.md | /2024/02/01/My.Custom_Slug-Two.html
                _posts/2024-02-02-Version.1.2_Notes.md | /2024/02/02/Version.1.2_Notes.html
                _posts/2024-02-03-日本語の記事.md | /c%23/tips/2024/02/03/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B.html
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /a%20b/2025/01/01/tz.html
                _posts/2024-03-05-hello-world.md | /web%20dev/java/%E6%97%A5%E6%9C%AC%E8%AA%9E/2024/03/05/hello-world.html
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe.html
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes.html
                blog/_posts/2024-02-06-in-blog.md | /blog/extra/2024/02/06/in-blog.html
                """);
    }

    @Test
    void prettyStyle() throws Exception {
        assertUrls("pretty", """
                _drafts/a-draft.md | /2024/02/07/a-draft/
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /2024/01/09/no-cats/
                _posts/2024-02-01-slugged.md | /2024/02/01/My.Custom_Slug-Two/
                _posts/2024-02-02-Version.1.2_Notes.md | /2024/02/02/Version.1.2_Notes/
                _posts/2024-02-03-日本語の記事.md | /c%23/tips/2024/02/03/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B/
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /a%20b/2025/01/01/tz/
                _posts/2024-03-05-hello-world.md | /web%20dev/java/%E6%97%A5%E6%9C%AC%E8%AA%9E/2024/03/05/hello-world/
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe/
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes/
                blog/_posts/2024-02-06-in-blog.md | /blog/extra/2024/02/06/in-blog/
                """);
    }

    @Test
    void ordinalStyle() throws Exception {
        assertUrls("ordinal", """
                _drafts/a-draft.md | /2024/038/a-draft.html
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /2024/009/no-cats.html
                _posts/2024-02-01-slugged.md | /2024/032/My.Custom_Slug-Two.html
                _posts/2024-02-02-Version.1.2_Notes.md | /2024/033/Version.1.2_Notes.html
                _posts/2024-02-03-日本語の記事.md | /c%23/tips/2024/034/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B.html
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /a%20b/2025/001/tz.html
                _posts/2024-03-05-hello-world.md | /web%20dev/java/%E6%97%A5%E6%9C%AC%E8%AA%9E/2024/065/hello-world.html
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe.html
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes.html
                blog/_posts/2024-02-06-in-blog.md | /blog/extra/2024/037/in-blog.html
                """);
    }

    @Test
    void weekdateStyle() throws Exception {
        assertUrls("weekdate", """
                _drafts/a-draft.md | /2024/W06/Wed/a-draft.html
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /2024/W02/Tue/no-cats.html
                _posts/2024-02-01-slugged.md | /2024/W05/Thu/My.Custom_Slug-Two.html
                _posts/2024-02-02-Version.1.2_Notes.md | /2024/W05/Fri/Version.1.2_Notes.html
                _posts/2024-02-03-日本語の記事.md | /c%23/tips/2024/W05/Sat/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B.html
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /a%20b/2025/W01/Wed/tz.html
                _posts/2024-03-05-hello-world.md | /web%20dev/java/%E6%97%A5%E6%9C%AC%E8%AA%9E/2024/W10/Tue/hello-world.html
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes
                blog/_posts/2024-02-06-in-blog.md | /blog/extra/2024/W06/Tue/in-blog.html
                """);
    }

    @Test
    void noneStyle() throws Exception {
        assertUrls("none", """
                _drafts/a-draft.md | /a-draft.html
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /no-cats.html
                _posts/2024-02-01-slugged.md | /My.Custom_Slug-Two.html
                _posts/2024-02-02-Version.1.2_Notes.md | /Version.1.2_Notes.html
                _posts/2024-02-03-日本語の記事.md | /c%23/tips/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B.html
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /a%20b/tz.html
                _posts/2024-03-05-hello-world.md | /web%20dev/java/%E6%97%A5%E6%9C%AC%E8%AA%9E/hello-world.html
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe.html
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes.html
                blog/_posts/2024-02-06-in-blog.md | /blog/extra/in-blog.html
                """);
    }

    @Test
    void customTemplateEndingInSlash() throws Exception {
        assertUrls("/:categories/:title/", """
                _drafts/a-draft.md | /a-draft/
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /no-cats/
                _posts/2024-02-01-slugged.md | /My.Custom_Slug-Two/
                _posts/2024-02-02-Version.1.2_Notes.md | /Version.1.2_Notes/
                _posts/2024-02-03-日本語の記事.md | /c%23/tips/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B/
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /a%20b/tz/
                _posts/2024-03-05-hello-world.md | /web%20dev/java/%E6%97%A5%E6%9C%AC%E8%AA%9E/hello-world/
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe/
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes/
                blog/_posts/2024-02-06-in-blog.md | /blog/extra/in-blog/
                """);
    }

    @Test
    void customTemplateEndingInOutputExt() throws Exception {
        assertUrls("/blog/:title:output_ext", """
                _drafts/a-draft.md | /blog/a-draft.html
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /blog/no-cats.html
                _posts/2024-02-01-slugged.md | /blog/My.Custom_Slug-Two.html
                _posts/2024-02-02-Version.1.2_Notes.md | /blog/Version.1.2_Notes.html
                _posts/2024-02-03-日本語の記事.md | /blog/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B.html
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /blog/tz.html
                _posts/2024-03-05-hello-world.md | /blog/hello-world.html
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe.html
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes.html
                blog/_posts/2024-02-06-in-blog.md | /blog/in-blog.html
                """);
    }

    @Test
    void underscoreAfterAPlaceholder() throws Exception {
        assertUrls("/:year/:month_:day/:title", """
                _drafts/a-draft.md | /2024/02_07/a-draft
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /2024/01_09/no-cats
                _posts/2024-02-01-slugged.md | /2024/02_01/My.Custom_Slug-Two
                _posts/2024-02-02-Version.1.2_Notes.md | /2024/02_02/Version.1.2_Notes
                _posts/2024-02-03-日本語の記事.md | /2024/02_03/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /2025/01_01/tz
                _posts/2024-03-05-hello-world.md | /2024/03_05/hello-world
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes
                blog/_posts/2024-02-06-in-blog.md | /2024/02_06/in-blog
                """);
    }

    @Test
    void everyDatePlaceholder() throws Exception {
        assertUrls("/:year/:month/:day/:hour/:minute/:second/:i_day/:i_month/:short_month/:long_month"
                + "/:short_year/:w_year/:week/:w_day/:short_day/:long_day/:y_day/:output_ext", """
                _drafts/a-draft.md | /2024/02/07/10/00/00/7/2/Feb/February/24/2024/06/3/Wed/Wednesday/038/.html
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /2024/01/09/00/00/00/9/1/Jan/January/24/2024/02/2/Tue/Tuesday/009/.html
                _posts/2024-02-01-slugged.md | /2024/02/01/00/00/00/1/2/Feb/February/24/2024/05/4/Thu/Thursday/032/.html
                _posts/2024-02-02-Version.1.2_Notes.md | /2024/02/02/00/00/00/2/2/Feb/February/24/2024/05/5/Fri/Friday/033/.html
                _posts/2024-02-03-日本語の記事.md | /2024/02/03/00/00/00/3/2/Feb/February/24/2024/05/6/Sat/Saturday/034/.html
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /2025/01/01/13/30/00/1/1/Jan/January/25/2025/01/3/Wed/Wednesday/001/.html
                _posts/2024-03-05-hello-world.md | /2024/03/05/00/00/00/5/3/Mar/March/24/2024/10/2/Tue/Tuesday/065/.html
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe.html
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes.html
                blog/_posts/2024-02-06-in-blog.md | /2024/02/06/00/00/00/6/2/Feb/February/24/2024/06/2/Tue/Tuesday/037/.html
                """);
    }

    @Test
    void everyNamePlaceholder() throws Exception {
        assertUrls("/:categories/:slugified_categories/:collection/:path/:name/:title/:slug/", """
                _drafts/a-draft.md | /posts/_drafts/a-draft/a-draft/a-draft/a-draft/
                _notes/Note.One.md | /memo/note-one/Fancy-Slug/
                _posts/2024-01-09-no-cats.md | /posts/2024-01-09-no-cats/2024-01-09-no-cats/no-cats/no-cats/
                _posts/2024-02-01-slugged.md | /posts/2024-02-01-slugged/2024-02-01-slugged/My.Custom_Slug-Two/my-custom-slug-two/
                _posts/2024-02-02-Version.1.2_Notes.md | /posts/2024-02-02-Version.1.2_Notes/2024-02-02-version-1-2-notes/Version.1.2_Notes/version-1-2-notes/
                _posts/2024-02-03-日本語の記事.md | /c%23/tips/c/tips/posts/2024-02-03-%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B/2024-02-03-%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%81%AE%E8%A8%98%E4%BA%8B/
                _posts/2024-02-04-own-permalink.md | /articles/2024/2/4/own-permalink/
                _posts/2024-02-05-tz.md | /a%20b/a-b/posts/2024-02-05-tz/2024-02-05-tz/tz/tz/
                _posts/2024-03-05-hello-world.md | /web%20dev/java/%E6%97%A5%E6%9C%AC%E8%AA%9E/web-dev/java/%E6%97%A5%E6%9C%AC%E8%AA%9E/posts/2024-03-05-hello-world/2024-03-05-hello-world/hello-world/hello-world/
                _recipes/2023-05-06-dated-recipe.md | /recipes/2023-05-06-dated-recipe/
                _recipes/sub/Pancakes.md | /recipes/sub/Pancakes/
                blog/_posts/2024-02-06-in-blog.md | /blog/extra/blog/extra/posts/blog/2024-02-06-in-blog/2024-02-06-in-blog/in-blog/in-blog/
                """);
    }
    /** The files Jekyll wrote (found in {@code _site}, without the listing page) for the date and weekdate styles. */
    @Test
    void outputFilesAreTheUnescapedAddresses() throws Exception {
        assertEquals("""
                2024/01/09/no-cats.html
                2024/02/01/My.Custom_Slug-Two.html
                2024/02/02/Version.1.2_Notes.html
                2024/02/07/a-draft.html
                a b/2025/01/01/tz.html
                articles/2024/2/4/own-permalink/index.html
                blog/extra/2024/02/06/in-blog.html
                c#/tips/2024/02/03/日本語の記事.html
                memo/note-one/Fancy-Slug/index.html
                recipes/2023-05-06-dated-recipe.html
                recipes/sub/Pancakes.html
                web dev/java/日本語/2024/03/05/hello-world.html
                """, destinations("date"));
        assertEquals("""
                2024/W02/Tue/no-cats.html
                2024/W05/Fri/Version.1.2_Notes.html
                2024/W05/Thu/My.Custom_Slug-Two.html
                2024/W06/Wed/a-draft.html
                a b/2025/W01/Wed/tz.html
                articles/2024/2/4/own-permalink/index.html
                blog/extra/2024/W06/Tue/in-blog.html
                c#/tips/2024/W05/Sat/日本語の記事.html
                memo/note-one/Fancy-Slug/index.html
                recipes/2023-05-06-dated-recipe.html
                recipes/sub/Pancakes.html
                web dev/java/日本語/2024/W10/Tue/hello-world.html
                """, destinations("weekdate"));
    }

    private static String destinations(String permalink) throws UrlTemplateException {
        TreeSet<String> files = new TreeSet<>();
        for (Doc doc : SITE) {
            UrlFields fields = fields(doc);
            files.add(JekyllUrl.destination(JekyllUrl.url(template(doc, permalink), doc.permalink(), fields),
                    fields.outputExt()));
        }
        return String.join("\n", files) + "\n";
    }

    @Test
    void anUnknownPlaceholderIsJekyllsError() {
        UrlFields fields = fields(SITE.get(0));
        UrlTemplateException e = assertThrows(UrlTemplateException.class,
                () -> JekyllUrl.url("/:title_x", null, fields));
        assertEquals("The URL template doesn't have title_x keys. Check your permalink template!", e.getMessage());
        assertEquals("title_x", e.placeholder());
        assertTrue(e.unknown());
        // Jekyll's message names the chomped key twice (its pool is one string mutated in place)
        e = assertThrows(UrlTemplateException.class, () -> JekyllUrl.url("/:foo_/x", null, fields));
        assertEquals("The URL template doesn't have foo or foo keys. Check your permalink template!", e.getMessage());
        e = assertThrows(UrlTemplateException.class, () -> JekyllUrl.url("/:foo__/x", null, fields));
        assertEquals("The URL template doesn't have foo_ or foo_ keys. Check your permalink template!",
                e.getMessage());
        // Ruby's own methods are not placeholders here (they crash Jekyll or write an object's description)
        assertEquals("hash", assertThrows(UrlTemplateException.class,
                () -> JekyllUrl.url("/:hash/", null, fields)).placeholder());
        // only lower-case names are placeholders
        assertTrue(assertThrows(UrlTemplateException.class, () -> JekyllUrl.url("/:Year/:x", null, fields))
                .getMessage().contains("doesn't have x keys"));
    }

    @Test
    void aValueAddressableRefusesIsAnError() {
        UrlFields fields = new UrlFields("posts", "/x", "x", "x", List.of("1:2"), day("2024-01-01"), ".html");
        UrlTemplateException e = assertThrows(UrlTemplateException.class,
                () -> JekyllUrl.url("/:categories/:title", null, fields));
        assertEquals("Invalid scheme format: '1' (the value of :categories)", e.getMessage());
        assertFalse(e.unknown());
        assertEquals("categories", e.placeholder());
    }

    /**
     * A second site ({@code permalink: /:categories/:title:output_ext}, {@code recipes} with {@code permalink:
     * /r/:title/}), built with jekyll 4.3.1: extensions, escaping, dots and per-document permalinks. Each line is
     * Jekyll's {@code relative_path | url}, then the file it wrote.
     */
    @Test
    void extensionsEscapingAndCleanUp() throws Exception {
        String site = "/:categories/:title:output_ext";
        assertEquals("/feeds/json-feed.json | feeds/json-feed.json",
                post("_posts/2024-04-01-json-feed.md", null, "/feeds/:title.json", site));
        assertEquals("/plain.txt | plain.txt", post("_posts/2024-04-02-plain.txt", null, null, site));
        assertEquals("/upper.html | upper.html", post("_posts/2024-04-03-upper.MD", null, null, site));
        assertEquals("/100%25/a?b/v1/2/verx%23y/%CF%89mega/a:b/weird.html | 100%/a?b/v1/2/verx#y/ωmega/a:b/weird.html",
                post("_posts/2024-04-04-weird.md", List.of("100%", "a?b", "v1..2", "ver.", "x#y", "Ωmega", "a:b"),
                        null, site));
        assertEquals("/c-tips.html | c-tips.html", post("_posts/2024-04-05-c#-tips.md", null, null, site));
        assertEquals("/dots.html | dots.html", post("_posts/2024-04-06-dots...md", null, null, site));
        assertEquals("/Mixed-Case-Title.html | Mixed-Case-Title.html",
                post("_posts/2024-04-07-Mixed Case Title.md", null, null, site));
        assertEquals("/a/b/c/own | a/b/c/own.html",
                post("_posts/2024-04-08-own.md", null, "/a/../b/./c//:slug", site));
        assertEquals("/plain/nopath | plain/nopath.html",
                post("_posts/2024-04-09-nopath.md", null, "/plain/:title", site));
        assertEquals("/ | index.html", post("_posts/2024-04-10-empty.md", null, "", site));
        assertEquals("/verver/weird2/ | verver/weird2/index.html", post("_posts/2024-04-11-weird2.md",
                List.of("Ver."), "/:categories/:slugified_categories/:title/", site));
        DocumentPath cafe = new DocumentPath("_recipes/Café Crème.md", "_recipes");
        UrlFields fields = UrlFields.of("recipes", cafe, null, List.of(), day("2024-04-12"), ".html");
        String url = JekyllUrl.url("/r/:title/", null, fields);
        assertEquals("/r/Caf%C3%A9-Cr%C3%A8me/ | r/Café-Crème/index.html",
                url + " | " + JekyllUrl.destination(url, ".html"));
    }

    private static String post(String relativePath, List<String> categories, String permalink, String setting)
            throws UrlTemplateException {
        DocumentPath path = new DocumentPath(relativePath, "_posts");
        String outputExt = JekyllUrl.outputExt(path.extname(), permalink, SiteSettings.DEFAULT_MARKDOWN_EXTENSIONS);
        UrlFields fields = UrlFields.of("posts", path, null, categories == null ? List.of() : categories,
                day(path.fileNameDate()), outputExt);
        String url = JekyllUrl.url(JekyllUrl.template(setting, true), permalink, fields);
        return url + " | " + JekyllUrl.destination(url, outputExt);
    }

    @Test
    void templatesOfTheStyles() {
        assertEquals("/:categories/:year/:month/:day/:title:output_ext", JekyllUrl.template(null, true));
        assertEquals("/:categories/:year/:month/:day/:title/", JekyllUrl.template("pretty", true));
        assertEquals("/:categories/:year/:y_day/:title:output_ext", JekyllUrl.template("ordinal", true));
        assertEquals("/:categories/:year/W:week/:short_day/:title:output_ext", JekyllUrl.template("weekdate", true));
        assertEquals("/:categories/:title:output_ext", JekyllUrl.template("none", true));
        assertEquals("Pretty", JekyllUrl.template("Pretty", true));
        assertEquals("/:collection/:path:output_ext", JekyllUrl.template("date", false));
        assertEquals("/:collection/:path/", JekyllUrl.template("pretty", false));
        assertEquals("/:collection/:path", JekyllUrl.template("weekdate", false));
        assertEquals("/:collection/:path/", JekyllUrl.template("/:year/:title/", false));
        assertEquals("/:collection/:path:output_ext", JekyllUrl.template("/blog/:title:output_ext", false));
        assertEquals("/:collection/:path", JekyllUrl.template("/blog/:title", false));
    }

    @Test
    void sanitizeAsJekyll() {
        assertEquals("/a/b", JekyllUrl.sanitize("a//b"));
        assertEquals("/a/b", JekyllUrl.sanitize("/a/../b"));
        assertEquals("/ab", JekyllUrl.sanitize("a./b"));
        assertEquals("/", JekyllUrl.sanitize(""));
    }
}

package dev.articles.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCheckerTest {
    @TempDir
    Path dir;

    private ContentFixture content() {
        return new ContentFixture(dir);
    }

    private static List<String> slugs(ContentResult result) {
        return result.articles().stream().map(Article::slug).toList();
    }

    @Test
    void readsAndRendersAnArticle() throws IOException {
        ContentFixture c = content();
        c.write("2026/02/hello.md", """
                ---
                title: こんにちは
                date: 2026-02-05 17:08:42 +0000
                tags: [挨拶]
                layout: post
                ---

                最初の段落は
                抜粋になります。

                ## 見出し
                """);
        ContentResult result = c.check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(1, result.checked());
        Article a = result.articles().get(0);
        assertEquals(new Article("2026/02/hello", "/articles/hello/", "posts", "hello", "こんにちは", OffsetDateTime.parse("2026-02-05T17:08:42Z"), List.of(),
                List.of("挨拶"), null, "最初の段落は抜粋になります。", "<p>最初の段落は抜粋になります。</p>\n", 1, null, false,
                List.of(new Article.Heading(2, "見出し", "見出し")), "2026/02/hello.md",
                "<p>最初の段落は抜粋になります。</p>\n<h2 id=\"見出し\">見出し</h2>\n", Map.of("layout", "post")), a);
    }

    @Test
    void frontMatterExcerptWinsAndIsRendered() throws IOException {
        ContentFixture c = content();
        c.article("a.md", "t", "2026-02-01", "excerpt: \"*Markdown* [抜粋](https://example.com)\"");
        Article a = c.check().articles().get(0);
        assertEquals("Markdown 抜粋", a.excerpt());
        assertEquals("<p><em>Markdown</em> <a href=\"https://example.com\">抜粋</a></p>\n", a.excerptHtml());
    }

    @Test
    void noParagraphMeansAnEmptyExcerpt() throws IOException {
        ContentFixture c = content();
        c.write("a.md", "---\ntitle: t\ndate: 2026-02-01\n---\n\n## Only a heading\n");
        Article a = c.check().articles().get(0);
        assertEquals("", a.excerpt());
        assertEquals("", a.excerptHtml());
    }

    @Test
    void oneAddressNamesBothFiles() throws IOException {
        ContentFixture c = content();
        Path a = c.article("2026-02-01-same.md", "A", null);
        Path b = c.article("nested/b.md", "B", "2026-02-02", "", "slug: same");
        ContentResult result = c.check();
        assertEquals(List.of(
                Diagnostic.error(a, 1, 1, "url.duplicate", "the address '/articles/same/' is also the address of"
                        + " nested/b.md:5; give one of them another 'slug:' or 'permalink:'"),
                Diagnostic.error(b, 5, 7, "url.duplicate", "the address '/articles/same/' is also the address of"
                        + " 2026-02-01-same.md:1; give one of them another 'slug:' or 'permalink:'")),
                result.diagnostics());
        assertEquals(List.of(), result.articles());
    }

    @Test
    void oneSlugInTwoFoldersIsFineWhenTheAddressesDiffer() throws IOException {
        ContentFixture c = content().site(null, "/{year}/{slug}/");
        c.article("2025/hello.md", "A", "2025-12-24");
        c.article("2026/hello.md", "B", "2026-02-01");
        ContentResult result = c.check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of("hello", "hello"), slugs(result));
        assertEquals(List.of("2026/hello", "2025/hello"), result.articles().stream().map(Article::id).toList());
        assertEquals(List.of("/2026/hello/", "/2025/hello/"), result.articles().stream().map(Article::url).toList());
    }

    @Test
    void slugsDifferingOnlyByCaseGiveOneAddress() throws IOException {
        ContentFixture c = content();
        Path a = c.article("Hello.md", "A", "2026-02-01");
        Path b = c.article("post/hello.markdown", "B", "2026-02-01");
        Path d = c.article("x.md", "C", "2026-02-01", "slug: HELLO");
        ContentResult result = c.check();
        String why = " (addresses that differ only in case or Unicode composition are one file on many web servers);"
                + " give one of them another 'slug:' or 'permalink:'";
        assertEquals(List.of(
                Diagnostic.error(a, 1, 1, "url.duplicate", "the address '/articles/Hello/' is also the address of"
                        + " post/hello.markdown:1 ('/articles/hello/'), x.md:4 ('/articles/HELLO/')" + why),
                Diagnostic.error(b, 1, 1, "url.duplicate", "the address '/articles/hello/' is also the address of"
                        + " Hello.md:1 ('/articles/Hello/'), x.md:4 ('/articles/HELLO/')" + why),
                Diagnostic.error(d, 4, 7, "url.duplicate", "the address '/articles/HELLO/' is also the address of"
                        + " Hello.md:1 ('/articles/Hello/'), post/hello.markdown:1 ('/articles/hello/')" + why)),
                result.diagnostics());
    }

    @Test
    void idsDifferingOnlyInCaseOrExtensionAreOneFileOfTheBundle() throws IOException {
        ContentFixture c = content();
        Path a = c.article("a.md", "A", "2026-02-01");
        Path upper = c.article("A.markdown", "B", "2026-02-02", "slug: b");
        Path same = c.article("a.markdown", "C", "2026-02-03", "slug: c");
        ContentResult result = c.check();
        String why = " would be one file of the bundle (ids differ only in extension, case or Unicode composition);"
                + " rename one of them";
        assertEquals(List.of(
                Diagnostic.error(upper, 1, 1, "id.duplicate", "the file 'A.markdown' and a.markdown:1, a.md:1" + why),
                Diagnostic.error(same, 1, 1, "id.duplicate", "the file 'a.markdown' and A.markdown:1, a.md:1" + why),
                Diagnostic.error(a, 1, 1, "id.duplicate", "the file 'a.md' and A.markdown:1, a.markdown:1" + why)),
                result.diagnostics());
        assertEquals(List.of(), result.articles());
    }

    @Test
    void aDraftStillClaimsItsAddress() throws IOException {
        ContentFixture c = content();
        c.article("a/post.md", "A", "2026-02-01");
        c.article("b/post.md", "B", "2026-02-01", "draft: true");
        ContentResult result = c.check();
        assertEquals(List.of("url.duplicate", "url.duplicate"),
                result.diagnostics().stream().map(Diagnostic::rule).toList());
    }

    @Test
    void aBrokenArticleStillClaimsItsAddress() throws IOException {
        ContentFixture c = content();
        c.article("a/post.md", "A", "2026-02-30");
        c.article("b/post.md", "B", "2026-02-01");
        assertEquals(List.of("url.duplicate", "front-matter.date", "url.duplicate"),
                c.check().diagnostics().stream().map(Diagnostic::rule).toList());
        // An address made of the date cannot be made without it: the broken article claims none.
        assertEquals(List.of("front-matter.date"), c.site(null, "/{year}/{slug}/").check().diagnostics().stream()
                .map(Diagnostic::rule).toList());
    }

    @Test
    void draftsAreLeftOutUnlessIncluded() throws IOException {
        ContentFixture c = content();
        c.article("published.md", "P", "2026-02-01");
        c.article("draft.md", "D", "2026-02-02", "draft: true");
        c.article("unpublished.md", "U", "2026-02-03", "published: false");
        ContentResult without = c.check();
        assertEquals(List.of("published"), slugs(without));
        assertEquals(3, without.checked());
        assertEquals(List.of(), without.diagnostics());

        ContentResult with = c.drafts(true).check();
        assertEquals(List.of("unpublished", "draft", "published"), slugs(with));
        assertEquals(List.of(true, true, false), with.articles().stream().map(Article::draft).toList());
    }

    @Test
    void draftsAreCheckedToo() throws IOException {
        ContentFixture c = content();
        Path draft = c.article("draft.md", "D", "2026-02-30", "draft: true");
        ContentResult result = c.check();
        assertEquals(List.of(Diagnostic.error(draft, 3, 7, "front-matter.date",
                "'2026-02-30' is not a real calendar date: day 30 does not exist in February 2026, which has 28 days")), result.diagnostics());
    }

    @Test
    void newestFirstByInstantThenSlug() throws IOException {
        ContentFixture c = content();
        c.article("old.md", "Old", "2026-01-01");
        c.article("b-utc.md", "B", "2026-02-10 00:15:00 +0000");
        c.article("a-tokyo.md", "A", "2026-02-10 09:15:00 +0900");   // the same instant as b-utc
        c.article("c-ny.md", "C", "2026-02-09 19:15:00 -0500");      // the same instant too
        c.article("new.md", "New", "2026-02-10 09:16:00 +0900");
        c.article("earlier-in-utc.md", "E", "2026-02-10 08:00:00 -0100"); // 09:00Z: newer than all but later text
        ContentResult result = c.check();
        assertEquals(List.of("earlier-in-utc", "new", "a-tokyo", "b-utc", "c-ny", "old"), slugs(result));
        assertEquals(OffsetDateTime.parse("2026-02-10T09:15:00+09:00"), result.articles().get(2).date());
        assertEquals("+09:00", result.articles().get(2).date().getOffset().getId());
        assertEquals("-05:00", result.articles().get(4).date().getOffset().getId());
    }

    @Test
    void noArticlesWhenAnyFileHasAnError() throws IOException {
        ContentFixture c = content();
        c.article("good.md", "Good", "2026-02-01");
        c.article("also-good.md", "Also good", "2026-02-02");
        Path bad = c.article("bad.md", "Bad", "2026-02-30");
        ContentResult result = c.check();
        assertTrue(result.hasErrors());
        assertEquals(List.of(), result.articles());
        assertEquals(3, result.checked());
        assertEquals(List.of(bad), result.diagnostics().stream().map(Diagnostic::file).toList());
    }

    @Test
    void warningsDoNotHoldArticlesBack() throws IOException {
        ContentFixture c = content();
        Path future = c.article("future.md", "Future", "2026-12-01");
        ContentResult result = c.check();
        assertFalse(result.hasErrors());
        assertEquals(1, result.count(Severity.WARNING));
        assertEquals(List.of("future"), slugs(result));
        assertEquals(future, result.diagnostics().get(0).file());
        assertEquals("front-matter.date-future", result.diagnostics().get(0).rule());
    }

    @Test
    void diagnosticsAreSortedByFileThenPosition() throws IOException {
        ContentFixture c = content();
        Path b = c.write("b.md", "---\ntitle: [x]\ndate: soon\n---\n\nbody\n");
        Path a = c.write("a.md", "no front matter\n");
        ContentResult result = c.check();
        assertEquals(List.of(a, b, b), result.diagnostics().stream().map(Diagnostic::file).toList());
        assertEquals(List.of(1, 2, 3), result.diagnostics().stream().map(Diagnostic::line).toList());
    }

    @Test
    void missingAndUnclosedFrontMatter() throws IOException {
        ContentFixture c = content();
        Path missing = c.write("missing.md", "# Title\n\ntext\n");
        Path unclosed = c.write("unclosed.md", "---\ntitle: t\n\ntext\n");
        assertEquals(List.of(
                Diagnostic.error(missing, 1, 1, "front-matter.missing", "no front matter: the file must start "
                        + "with a '---' line, then 'title:' and 'date:', then '---'"),
                Diagnostic.error(unclosed, 1, 1, "front-matter.unclosed", "the front matter opened on line 1 is "
                        + "never closed: add a '---' line after its last key")), c.check().diagnostics());
    }

    @Test
    void emptyBodyIsReportedAtTheClosingFence() throws IOException {
        ContentFixture c = content();
        Path file = c.write("empty.md", "---\ntitle: t\ndate: 2026-02-01\n...\n\n   \n");
        assertEquals(List.of(Diagnostic.error(file, 4, 1, "body.empty",
                "the article has no body after its front matter")), c.check().diagnostics());
    }

    @Test
    void yamlErrorInACrlfFileWithBomIsAtTheFileLine() throws IOException {
        ContentFixture c = content();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\ntitle: t\r\ndate: 2026-02-01\r\ntags: [a\r\n---\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Path file = c.write("crlf.md", bytes);
        List<Diagnostic> diagnostics = c.check().diagnostics();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        assertEquals(file, diagnostics.get(0).file());
        assertEquals("front-matter.yaml", diagnostics.get(0).rule());
        // The list opened on line 4 (SnakeYAML notices on line 5); CR, LF and the BOM do not shift the column.
        assertEquals(List.of(4, 7), List.of(diagnostics.get(0).line(), diagnostics.get(0).column()));
        assertEquals("invalid YAML: a list opened with '[' on line 4 is not closed; end it with ']'",
                diagnostics.get(0).message());
    }

    @Test
    void crlfAndBomDoNotChangeTheArticle() throws IOException {
        ContentFixture lf = new ContentFixture(dir.resolve("lf"));
        ContentFixture crlf = new ContentFixture(dir.resolve("crlf"));
        String text = "---\ntitle: 改行\ndate: 2026-02-01\n---\n\n日本語の\n文章です。\n\n## 見出し\n";
        lf.write("a.md", text);
        crlf.write("a.md", ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        assertEquals(lf.check().articles(), crlf.check().articles());
    }

    @Test
    void invalidUtf8IsAnEncodingError() throws IOException {
        ContentFixture c = content();
        Path file = c.write("sjis.md", "---\ntitle: シフトJIS\ndate: 2026-02-01\n---\n\n本文\n".getBytes(Charset.forName("Shift_JIS")));
        assertEquals(List.of(Diagnostic.error(file, 2, 8, "file.encoding", "invalid UTF-8 byte sequence 0x83 at "
                + "byte offset 11; the file looks like Shift_JIS: save it as UTF-8 (or set the plugin's encoding)")),
                c.check().diagnostics());
    }

    @Test
    void configuredEncodingIsUsed() throws IOException {
        ContentFixture c = content();
        c.write("sjis.md", "---\ntitle: シフトJIS\ndate: 2026-02-01\n---\n\n本文\n".getBytes(Charset.forName("Shift_JIS")));
        ContentResult result = c.charset(Charset.forName("Shift_JIS")).check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals("シフトJIS", result.articles().get(0).title());
    }

    @Test
    void missingContentDirectory() throws IOException {
        Path missing = dir.resolve("nope");
        ContentResult result = new ContentFixture(missing).check();
        assertEquals(List.of(Diagnostic.error(missing, 0, 0, "file.read", "the content directory does not exist")),
                result.diagnostics());
        assertEquals(0, result.checked());
    }

    @Test
    void nothingMatchesIsAWarning() throws IOException {
        ContentFixture c = content();
        c.write("notes.txt", "x");
        c.article("drafts/a.md", "A", "2026-02-01");
        ContentResult result = c.includes("**/*.md").excludes("drafts/**").check();
        assertEquals(List.of(Diagnostic.warning(dir, 0, 0, "content.empty",
                "no article matches the includes [**/*.md] and excludes [drafts/**]")), result.diagnostics());
        assertEquals(0, result.checked());
        assertEquals(List.of(), result.articles());
        assertFalse(result.hasErrors());
    }

    @Test
    void defaultIncludesWhenNoneGiven() throws IOException {
        ContentFixture c = content();
        ContentResult result = c.includes(List.of()).excludes(List.of()).check();
        assertEquals("no article matches the includes [**/*.md, **/*.markdown]", result.diagnostics().get(0).message());
    }

    @Test
    void excludedFilesAreNotRead() throws IOException {
        ContentFixture c = content();
        c.write("README.md", "not an article");
        c.article("post.md", "Post", "2026-02-01");
        ContentResult result = c.excludes("README.md").check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(1, result.checked());
        assertEquals(List.of("post"), slugs(result));
    }

    @Test
    void resultListsAreImmutable() throws IOException {
        ContentFixture c = content();
        c.article("post.md", "Post", "2026-02-01");
        ContentResult result = c.check();
        assertThrowsUnsupported(() -> result.articles().clear());
        assertThrowsUnsupported(() -> result.diagnostics().clear());
        assertNull(result.articles().get(0).author());
    }

    private static void assertThrowsUnsupported(Runnable r) {
        try {
            r.run();
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError("the list can be changed");
    }
}

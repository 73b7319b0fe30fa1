package dev.articles.core.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.create.NewArticleRefusedException.Reason;
import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.FrontMatterFields;
import dev.articles.core.frontmatter.FrontMatterSplitter;
import dev.articles.core.frontmatter.StrictYamlReader;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.ContentRequest;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewArticleTest {
    /** 2026-02-05 17:08:42.789 in Tokyo: the fraction of a second is not written. */
    private static final String NOW = "2026-02-05T08:08:42.789Z";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path dir;

    /** The content folder, read at {@link #NOW} in Tokyo: the new article's date and file name come from them. */
    private ContentFixture fixture() {
        return new ContentFixture(dir).now(NOW).zone(TOKYO);
    }

    private ContentRequest content() {
        return fixture().request();
    }

    private static NewArticleRequest titled(ContentRequest content, String title) {
        return new NewArticleRequest(content, title, null, List.of(), List.of(), null, true, null);
    }

    private static NewArticle.Created create(NewArticleRequest request) throws Exception {
        return new NewArticle().create(request);
    }

    @Test
    void writesTheFileForTheClockAndZone() throws Exception {
        NewArticle.Created created = create(titled(content(), "Hello, World"));
        assertEquals("2026/2026-02-05-hello-world.md", created.relativePath());
        assertEquals(dir.resolve("2026/2026-02-05-hello-world.md"), created.file());
        assertEquals("hello-world", created.slug());
        assertEquals("""
                ---
                title: "Hello, World"
                date: 2026-02-05 17:08:42 +0900
                draft: true
                ---

                Write the article here.
                """, Files.readString(created.file(), StandardCharsets.UTF_8));
        assertEquals(created.text(), Files.readString(created.file(), StandardCharsets.UTF_8));
        assertEquals(List.of(), created.findings());
    }

    /**
     * Asked for as published, the article is kept with its placeholder reported: validate and bundle refuse it until
     * it is written, so the placeholder cannot reach the jar.
     */
    @Test
    void aPublishedArticleIsKeptWithItsPlaceholderReported() throws Exception {
        NewArticle.Created created = create(new NewArticleRequest(content(), "Hello, World", null, List.of(),
                List.of(), null, false, null));
        assertEquals("""
                ---
                title: "Hello, World"
                date: 2026-02-05 17:08:42 +0900
                ---

                Write the article here.
                """, Files.readString(created.file(), StandardCharsets.UTF_8));
        List<Diagnostic> placeholder = List.of(Diagnostic.error(created.file(), 6, 1, "body.placeholder",
                "the placeholder 'Write the article here.' that articles:new wrote is still in this published article;"
                        + " write the article in its place, or mark the article 'draft: true' until it is written"));
        assertEquals(placeholder, created.findings());
        assertEquals(placeholder, fixture().check().diagnostics());
        // Any other error still refuses it, and is the only one named: the placeholder is not why.
        fixture().article("2025/2025-12-24-taken.md", "Taken", "2025-12-24 10:00:00 +0900");
        NewArticleRefusedException e = refused(new NewArticleRequest(content(), "Taken again", "taken",
                List.of(), List.of(), null, false, null));
        assertEquals(Reason.FAILS_CHECKS, e.reason());
        assertEquals(List.of("url.duplicate"), e.findings().stream().map(Diagnostic::rule).toList());
    }

    @Test
    void everyFieldGiven() throws Exception {
        NewArticle.Created created = create(new NewArticleRequest(content(), "  記事をソースコードとして扱う  ",
                "content-as-code", List.of("技術ガイド", " ", "技術ガイド"), List.of(" Maven ", "Spring Boot", "ドキュメント"),
                "編集部", true, "posts/{yyyy}/{MM}/{dd}"));
        assertEquals("posts/2026/02/05/2026-02-05-content-as-code.md", created.relativePath());
        assertEquals("""
                ---
                title: "記事をソースコードとして扱う"
                date: 2026-02-05 17:08:42 +0900
                categories: ["技術ガイド"]
                tags: ["Maven", "Spring Boot", "ドキュメント"]
                author: "編集部"
                draft: true
                ---

                Write the article here.
                """, Files.readString(created.file(), StandardCharsets.UTF_8));
    }

    @Test
    void theDateAndFileNameAreOfTheConfiguredZone() throws Exception {
        // 2026-12-31 15:30 UTC is already 2027 in Tokyo.
        ContentFixture newYear = fixture().now("2026-12-31T15:30:00Z");
        NewArticle.Created tokyo = create(titled(newYear.zone(TOKYO).request(), "Tokyo"));
        assertEquals("2027/2027-01-01-tokyo.md", tokyo.relativePath());
        assertTrue(tokyo.text().contains("\ndate: 2027-01-01 00:30:00 +0900\n"), tokyo.text());

        NewArticle.Created utc = create(titled(newYear.zone(ZoneOffset.UTC).request(), "Greenwich"));
        assertEquals("2026/2026-12-31-greenwich.md", utc.relativePath());
        assertTrue(utc.text().contains("\ndate: 2026-12-31 15:30:00 +0000\n"), utc.text());

        NewArticle.Created honolulu = create(titled(newYear.zone(ZoneId.of("Pacific/Honolulu")).request(),
                "Honolulu"));
        assertEquals("2026/2026-12-31-honolulu.md", honolulu.relativePath());
        assertTrue(honolulu.text().contains("\ndate: 2026-12-31 05:30:00 -1000\n"), honolulu.text());
    }

    @Test
    void theContentDirectoryItselfWithAnEmptyFolder() throws Exception {
        Path content = dir.resolve("not-yet/articles");
        NewArticle.Created created = new NewArticle().create(new NewArticleRequest(new ContentFixture(content)
                .now(NOW).zone(TOKYO).request(), "First", null, List.of(), List.of(), null, true, ""));
        assertEquals("2026-02-05-first.md", created.relativePath());
        assertTrue(Files.isRegularFile(content.resolve("2026-02-05-first.md")));
    }

    /** Titles that plain YAML would misread, cut, or refuse. */
    @ParameterizedTest
    @ValueSource(strings = {"Maven: \"quoted\" #1", "- a leading dash", "* a star", "? a question", "'single' quotes",
            "a # not a comment", "#hashtag", "記事: 第1回 「引用」", "no", "1.10", "null", "~", "true", "@at", "`backtick`",
            "{braces}", "[brackets]", "%percent", "!bang", "&anchor", "*alias", "|pipe", ">folded", "back\\slash",
            "emoji 😀 and 𠮷", "tab-free text with  two spaces", "ends with a colon:", "---", "...",
            "Ａ full-width title"})
    void everyTitleReadsBackAsGiven(String title) throws Exception {
        NewArticle.Created created = new NewArticle().create(new NewArticleRequest(content(), title, "readback",
                List.of(title), List.of(title), title, true, null));
        FrontMatter fm = readBack(created.file());
        assertEquals(title, fm.title());
        assertEquals(List.of(title), fm.categories());
        assertEquals(List.of(title), fm.tags());
        assertEquals(title, fm.author());
        assertEquals("readback", fm.slug());
        assertEquals(OffsetDateTime.parse("2026-02-05T17:08:42+09:00"), fm.date());
        assertEquals(Map.of(), fm.extra());
        // And the checker agrees: nothing to report on the new article.
        assertEquals(List.of(), fixture().diagnostics());
    }

    /** Reads the file as the checker does: split, strict YAML, typed fields. */
    private FrontMatter readBack(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
        assertEquals(FrontMatterSplitter.Status.OK, split.status(), text);
        List<Diagnostic> problems = new ArrayList<>();
        YamlNode.Mapping yaml = new StrictYamlReader().read(file, split.yaml(), split.yamlFirstLine(), problems);
        FrontMatter fm = FrontMatterFields.interpret(file, yaml, TOKYO, content().clock(), problems);
        assertEquals(List.of(), problems, text);
        return fm;
    }

    @Test
    void theCreatedArticlePassesTheChecksAmongOthers() throws Exception {
        ContentFixture c = fixture();
        c.article("2026/2026-01-10-older.md", "Older", "2026-01-10 10:00:00 +0900", "tags: [Maven]");
        c.article("notes/idea.md", "Idea", "2026-01-11 10:00:00 +0900", "draft: true");
        create(new NewArticleRequest(content(), "Newer", null, List.of(), List.of("Maven"), null, true, null));
        ContentResult result = fixture().drafts(true).check();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(3, result.checked());
        assertEquals(List.of("newer", "idea", "older"), result.articles().stream().map(a -> a.slug()).toList());
    }

    @Test
    void aTitleUsedElsewhereIsKeptWithTheWarning() throws Exception {
        ContentFixture c = fixture();
        c.article("2025/2025-05-05-first-try.md", "Hello", "2025-05-05 10:00:00 +0900");
        NewArticle.Created created = create(new NewArticleRequest(content(), "Hello", "second-try", List.of(),
                List.of(), null, true, null));
        assertTrue(Files.isRegularFile(created.file()));
        assertEquals(List.of(Diagnostic.warning(created.file(), 2, 8, "title.duplicate", "the title 'Hello' is also"
                + " used by 2025/2025-05-05-first-try.md:2; give each article its own title")), created.findings());
    }

    // Refusals: each leaves the content as it was.

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void aTitleIsRequired(String title) {
        NewArticleRefusedException e = refused(titled(content(), title));
        assertEquals(Reason.NO_TITLE, e.reason());
        assertEquals("no title was given", e.getMessage());
        NewArticleRefusedException none = refused(titled(content(), null));
        assertEquals(Reason.NO_TITLE, none.reason());
    }

    @Test
    void aTitleWithoutASlugNeedsOne() {
        NewArticleRefusedException e = refused(titled(content(), "記事をソースコードとして扱う"));
        assertEquals(Reason.NO_SLUG, e.reason());
        assertEquals("the title '記事をソースコードとして扱う' has letters that a slug cannot carry ('記事をソースコードとして扱う');"
                + " choose the slug", e.getMessage());
    }

    @Test
    void aBadSlugIsRefused() {
        NewArticleRefusedException e = refused(new NewArticleRequest(content(), "Hello", "../escape", List.of(),
                List.of(), null, true, null));
        assertEquals(Reason.BAD_SLUG, e.reason());
        assertEquals("the slug cannot be used: the slug '../escape' contains a path separator '/'", e.getMessage());
        assertEquals(Reason.BAD_SLUG, refused(new NewArticleRequest(content(), "Hello", "two words", List.of(),
                List.of(), null, true, null)).reason());
        assertEquals(Reason.BAD_SLUG, refused(new NewArticleRequest(content(), "Hello", "nul", List.of(),
                List.of(), null, true, null)).reason());
    }

    @Test
    void controlCharactersInAValueAreRefused() {
        NewArticleRefusedException e = refused(titled(content(), "two\nlines"));
        assertEquals(Reason.BAD_TEXT, e.reason());
        assertEquals("the title 'two\nlines' contains the control character U+000A; give it as one line of text",
                e.getMessage());
        assertEquals(Reason.BAD_TEXT, refused(new NewArticleRequest(content(), "Hello", null, List.of(),
                List.of("ok", "bell\u0007"), null, true, null)).reason());
        assertEquals(Reason.BAD_TEXT, refused(new NewArticleRequest(content(), "Hello", null, List.of(),
                List.of(), "line\u2028separator", true, null)).reason());
    }

    @Test
    void textTheCommandLineCouldNotDecodeIsRefused() {
        // What "記事" becomes as a command-line argument of a JVM under LANG=C.
        NewArticleRefusedException e = refused(new NewArticleRequest(content(), "\uFFFD\uFFFD\uFFFD\uFFFD", "kiji",
                List.of(), List.of(), null, true, null));
        assertEquals(Reason.BAD_TEXT, e.reason());
        assertEquals("the title '\uFFFD\uFFFD\uFFFD\uFFFD' contains U+FFFD, the mark of text that could not be"
                + " decoded: a command line whose encoding is not UTF-8 gives it (set a UTF-8 locale, such as"
                + " LANG=C.UTF-8)", e.getMessage());
        assertEquals(Reason.BAD_TEXT, refused(new NewArticleRequest(content(), "Kiji", "\uFFFD\uFFFD", List.of(),
                List.of(), null, true, null)).reason());
        assertEquals(Reason.BAD_TEXT, refused(new NewArticleRequest(content(), "Kiji", null, List.of(),
                List.of("\uFFFD"), null, true, null)).reason());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        ContentFixture c = fixture();
        Path existing = c.write("2026/2026-02-05-hello.md", "mine, not an article\n");
        NewArticleRefusedException e = refused(titled(content(), "Hello"));
        assertEquals(Reason.EXISTS, e.reason());
        assertEquals("2026/2026-02-05-hello.md exists already; it was left as it is (choose another slug, or edit"
                + " that article)", e.getMessage());
        assertEquals("mine, not an article\n", Files.readString(existing));
    }

    @Test
    void aSlugUsedByAnotherArticleIsRefusedAndNothingIsLeft() throws Exception {
        ContentFixture c = fixture();
        c.article("2025-12-24-hello.md", "Another hello", "2025-12-24 10:00:00 +0900");
        NewArticleRefusedException e = refused(titled(content(), "Hello"));
        assertEquals(Reason.FAILS_CHECKS, e.reason());
        assertEquals("the new article 2026/2026-02-05-hello.md would not pass the checks, so it was not kept",
                e.getMessage());
        Path file = dir.resolve("2026/2026-02-05-hello.md");
        assertEquals(List.of(Diagnostic.error(file, 1, 1, "url.duplicate", "the address '/articles/hello/' is also the"
                + " address of 2025-12-24-hello.md:1; give one of them another 'slug:' or 'permalink:'")),
                e.findings());
        // The file and the year folder made for it are gone again.
        assertEquals(List.of("2025-12-24-hello.md"), files());
    }

    @Test
    void aSlugSetInFrontMatterCountsToo() throws Exception {
        ContentFixture c = fixture();
        c.article("2026/other.md", "Other", "2026-01-01 10:00:00 +0900", "slug: HELLO");
        NewArticleRefusedException e = refused(titled(content(), "Hello"));
        assertEquals(Reason.FAILS_CHECKS, e.reason());
        assertEquals("url.duplicate", e.findings().get(0).rule());
        assertEquals(List.of("2026/other.md"), files());
    }

    @Test
    void aSlugInUseIsFineWhenThePermalinkGivesAnotherAddress() throws Exception {
        ContentFixture c = fixture().site(null, "/{year}/{slug}/");
        c.article("2025-12-24-hello.md", "Another hello", "2025-12-24 10:00:00 +0900");
        NewArticle.Created created = new NewArticle().create(titled(c.request(), "Hello"));
        assertEquals(List.of(), created.findings());
        assertEquals(List.of("2025-12-24-hello.md", "2026/2026-02-05-hello.md"), files());
    }

    @Test
    void theUsersSettingsApply() throws Exception {
        CheckSettings settings = new CheckSettings(Map.of(), List.of("Write the"), List.of(), List.of("Java"),
                CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH, CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null,
                true);
        ContentRequest strict = fixture().settings(settings).request();
        NewArticleRefusedException e = refused(new NewArticleRequest(strict, "Hello", null, List.of(),
                List.of("Kotlin"), null, true, null));
        assertEquals(Reason.FAILS_CHECKS, e.reason());
        assertEquals(List.of("taxonomy.unknown-tag", "body.marker"), e.findings().stream().map(Diagnostic::rule)
                .toList());
        assertTrue(e.findings().stream().allMatch(d -> d.severity() == Severity.ERROR));
        assertEquals(List.of(), files());
        assertFalse(Files.exists(dir.resolve("2026")));
    }

    @Test
    void theFolderMustBeInsideTheContentDirectory() {
        for (String folder : List.of("../elsewhere", "{yyyy}/../../up", "/abs", "C:\\abs")) {
            NewArticleRefusedException e = refused(new NewArticleRequest(content(), "Hello", null, List.of(),
                    List.of(), null, true, folder));
            assertEquals(Reason.BAD_FOLDER, e.reason(), folder);
        }
        NewArticleRefusedException e = refused(new NewArticleRequest(content(), "Hello", null, List.of(),
                List.of(), null, true, "{year}"));
        assertEquals("the folder '{year}' has the unknown placeholder '{year}'; use {yyyy}, {MM} and {dd}",
                e.getMessage());
    }

    @Test
    void theFileMustBeAnIncludedArticle() throws Exception {
        ContentRequest txt = fixture().includes("**/*.txt").request();
        NewArticleRefusedException e = refused(titled(txt, "Hello"));
        assertEquals(Reason.NOT_INCLUDED, e.reason());
        assertEquals("the new article 2026/2026-02-05-hello.md would not be read as an article: it matches none of"
                + " the includes [**/*.txt]; choose another folder or change the includes", e.getMessage());

        ContentRequest excluded = fixture().excludes("2026/**").request();
        assertEquals(Reason.NOT_INCLUDED, refused(titled(excluded, "Hello")).reason());

        // Only .markdown files are articles: the new one is one.
        ContentRequest markdown = fixture().includes("**/*.markdown").request();
        assertEquals("2026/2026-02-05-hello.markdown", create(titled(markdown, "Hello")).relativePath());
    }

    @Test
    void aFolderOnTheWayMustBeAFolder() throws Exception {
        fixture().write("2026", "a file");
        NewArticleRefusedException e = refused(titled(content(), "Hello"));
        assertEquals(Reason.BAD_FOLDER, e.reason());
        assertEquals("2026 is a file, not a folder; choose another folder", e.getMessage());
    }

    @Test
    void aLinkedFolderIsRefused(@TempDir Path elsewhere) throws Exception {
        try {
            Files.createSymbolicLink(dir.resolve("2026"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no links on this file system
        }
        NewArticleRefusedException e = refused(titled(content(), "Hello"));
        assertEquals(Reason.NOT_INCLUDED, e.reason());
        assertEquals("the folder 2026 is a link, and articles behind links to folders are not read; choose another"
                + " folder", e.getMessage());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void textTheEncodingLacksIsRefused() throws IOException {
        ContentRequest ascii = fixture().charset(Charset.forName("US-ASCII")).request();
        NewArticleRefusedException e = refused(new NewArticleRequest(ascii, "記事", "kiji", List.of(), List.of(),
                null, true, null));
        assertEquals(Reason.UNENCODABLE, e.reason());
        assertEquals("the new article cannot be written in the encoding US-ASCII: its text has characters that"
                + " encoding lacks; change the text or the encoding", e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void aFailedCheckLeavesNothing() throws Exception {
        NewArticle failing = new NewArticle(request -> {
            throw new IOException("disk gone");
        });
        IOException e = assertThrows(IOException.class, () -> failing.create(titled(content(), "Hello")));
        assertEquals("disk gone", e.getMessage());
        assertEquals(List.of(), files());
        assertFalse(Files.exists(dir.resolve("2026")));
    }

    @Test
    void theCheckSeesTheNewFile() throws Exception {
        List<Path> seen = new ArrayList<>();
        NewArticle spying = new NewArticle(request -> {
            seen.add(request.contentDirectory());
            assertTrue(Files.isRegularFile(request.contentDirectory().resolve("2026/2026-02-05-hello.md")));
            return new ContentResult(1, List.of(), List.of());
        });
        spying.create(titled(content(), "Hello"));
        assertEquals(List.of(dir), seen);
    }

    private NewArticleRefusedException refused(NewArticleRequest request) {
        return assertThrows(NewArticleRefusedException.class, () -> new NewArticle().create(request));
    }

    /** Every file under the content directory, relative, sorted. */
    private List<String> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }
}

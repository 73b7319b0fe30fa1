package dev.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.config.SettingsProblems;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.read.TextCharacters;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input, through the whole per-file flow: each fault is one clear diagnostic with file and
 * position, never an exception, and the other articles are still read.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private ContentFixture content() {
        return new ContentFixture(dir);
    }

    private static String article(String frontMatter, String body) {
        return "---\ntitle: t\ndate: 2026-02-01\n" + frontMatter + "---\n\n" + body;
    }

    // --- control and bidi characters -------------------------------------------------------------------------

    @Test
    void nulInTheBodyIsAnErrorNamingTheCodePoint() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", article("", "段落\u0000です。\n"));
        ContentResult result = c.check();
        assertEquals(List.of(Diagnostic.error(a, 6, 3, "text.control-character",
                "control character U+0000 (NUL) in the text; remove it (it is invisible in editors and breaks HTML and"
                        + " JSON readers)")), result.diagnostics());
    }

    @Test
    void controlCharactersInFrontMatterAndC1AndDel() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", "---\ntitle: \"x\u001B[31my\"\ndate: 2026-02-01\n---\n\nA\u0085B \u007F and\u007F\n");
        assertEquals(List.of(
                Diagnostic.error(a, 2, 10, "front-matter.yaml",
                        "invalid YAML: the character U+001B cannot be written in YAML; remove it"),
                Diagnostic.error(a, 2, 10, "text.control-character", "control character U+001B (ESC) in the text;"
                        + " remove it (it is invisible in editors and breaks HTML and JSON readers)"),
                Diagnostic.error(a, 6, 2, "text.control-character", "control character U+0085 (NEXT LINE) and 2 more"
                        + " on this line in the text; remove it (it is invisible in editors and breaks HTML and JSON"
                        + " readers)")),
                c.check().diagnostics());
    }

    @Test
    void tabsAndLineEndsAreFine() throws IOException {
        ContentFixture c = content();
        c.write("a.md", article("", "a\tb\r\nc\rd\n"));
        assertEquals(List.of(), c.check().diagnostics());
    }

    @Test
    void aFileFullOfControlCharactersGivesAShortReport() throws IOException {
        ContentFixture c = content();
        c.write("a.md", article("", "x\u0001\n".repeat(25)));
        List<Diagnostic> found = c.check().diagnostics();
        assertEquals(TextCharacters.MAX_LINES, found.size());
        assertEquals(new Diagnostic(c.dir().resolve("a.md"), 15, 2, Severity.ERROR, "text.control-character",
                "control character U+0001 in the text; remove it (it is invisible in editors and breaks HTML and JSON"
                        + " readers) (15 more lines with such characters not listed)"), found.get(9));
    }

    @Test
    void bidiOverrideIsAWarning() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", article("", "```java\nboolean isAdmin = false; /*\u202E } \u2066if (isAdmin)\u2069 \u2066 begin admins only */\n```\n"));
        ContentResult result = c.check();
        assertEquals(List.of(Diagnostic.warning(a, 7, 28, "text.bidi-control", "bidirectional control character"
                + " U+202E (RIGHT-TO-LEFT OVERRIDE) and 3 more on this line in the text: it makes the text display in"
                + " another order than it is written; remove it unless the text really needs it")),
                result.diagnostics());
        assertEquals(1, result.articles().size(), "a warning does not stop the article");
    }

    @Test
    void textRulesCanBeConfigured() throws IOException {
        ContentFixture c = content();
        c.write("a.md", article("", "a\u000Cb \u202Ec\n"));
        CheckSettings off = new CheckSettings(Map.of("text.control-character", RuleLevel.OFF,
                "text.bidi-control", RuleLevel.ERROR), List.of(), List.of(), List.of(), 200, 75, null, true);
        assertEquals(List.of("text.bidi-control" + " ERROR"), c.settings(off).check().diagnostics().stream()
                .map(d -> d.rule() + " " + d.severity()).toList());
    }

    // --- encodings ---------------------------------------------------------------------------------------------

    @Test
    void utf16WithoutByteOrderMarkIsNamed() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", article("", "Hello\n").getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(Diagnostic.error(a, 1, 2, "file.encoding", "NUL byte at byte offset 1; the file looks"
                + " like UTF-16LE without a byte order mark: save it as UTF-8")), c.check().diagnostics());
    }

    @Test
    void japaneseUtf16BigEndianWithoutByteOrderMarkIsNamed() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", article("", "日本語の本文です。\n").getBytes(StandardCharsets.UTF_16BE));
        // Japanese in UTF-16BE is no valid UTF-8: the hint comes with the first invalid byte.
        assertEquals(List.of(Diagnostic.error(a, 6, 2, "file.encoding", "invalid UTF-8 byte sequence 0xE5 at byte"
                + " offset 71; the file looks like UTF-16BE without a byte order mark: save it as UTF-8")),
                c.check().diagnostics());
    }

    // --- limits ------------------------------------------------------------------------------------------------

    @Test
    void aFileOverMaxFileSizeIsNotLoaded() throws IOException {
        ContentFixture c = content();
        c.article("ok.md", "OK", "2026-02-01");
        Path huge = c.dir().resolve("huge.md");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GiB that would not fit in a byte array
        }
        ContentResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> c.check());
        assertEquals(List.of(Diagnostic.error(huge, 0, 0, "file.read", "the file is 3221225472 bytes long; the"
                + " limit is 1048576 bytes (maxFileSize): is it really an article?")), result.diagnostics());
        assertEquals(2, result.checked());
    }

    @Test
    void maxFileSizeIsConfigurable() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", article("", "x".repeat(100) + "\n"));
        long size = Files.size(a);
        CheckSettings exact = CheckSettings.defaults().withLimits(size, 65536, 16);
        assertEquals(List.of(), c.settings(exact).check().diagnostics());
        CheckSettings smaller = CheckSettings.defaults().withLimits(size - 1, 65536, 16);
        assertEquals(List.of(Diagnostic.error(a, 0, 0, "file.read", "the file is " + size + " bytes long; the"
                + " limit is " + (size - 1) + " bytes (maxFileSize): is it really an article?")),
                c.settings(smaller).check().diagnostics());
    }

    @Test
    void frontMatterLimitsComeFromTheSettings() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", article("tags: [[a]]\n", "body\n"));
        assertEquals(List.of(Diagnostic.error(a, 4, 8, "front-matter.limit",
                        "front matter is nested more than 2 levels deep")),
                c.settings(CheckSettings.defaults().withLimits(1 << 20, 65536, 2)).check().diagnostics());
        assertEquals(List.of(Diagnostic.error(a, 2, 1, "front-matter.limit",
                        "front matter is 38 characters long; the limit is 30")),
                c.settings(CheckSettings.defaults().withLimits(1 << 20, 30, 16)).check().diagnostics());
    }

    @Test
    void badLimitsAreConfigurationProblems() {
        assertEquals(List.of("maxFileSize must be at least 1 byte, not 0",
                        "maxFrontMatterSize must be at least 1 character, not -1",
                        "maxNestingDepth must be between 1 and 1000, not 5000"),
                SettingsProblems.of(CheckSettings.defaults().withLimits(0, -1, 5000)));
    }

    @Test
    void tenThousandOpenBracketsAreRefusedAtTheLimitWithoutStackOverflow() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", article("tags: " + "[".repeat(10_000) + "\n", "body\n"));
        ContentResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> c.check());
        assertEquals(List.of(Diagnostic.error(a, 4, 7 + 15, "front-matter.limit",
                "front matter is nested more than 16 levels deep")), result.diagnostics());
    }

    // --- line separators in front matter -------------------------------------------------------------------

    @Test
    void lineSeparatorsInFrontMatterDoNotShiftLines() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", "---\ntitle: \"前\u2028後\u2029終\"\nexcerpt: x\u2028y\ndate: 2024-02-30\n---\n\nbody\n");
        assertEquals(List.of(Diagnostic.error(a, 4, 7, "front-matter.date",
                        "'2024-02-30' is not a real calendar date: day 30 does not exist in February 2024, which has 29 days")),
                errorsOnly(c.check()));
    }

    @Test
    void lineSeparatorBeforeASyntaxError() throws IOException {
        ContentFixture c = content();
        Path a = c.write("a.md", "---\ntitle: \"a\u2028b\"\ntags: [x, y\nauthor: z\n---\n\nbody\n");
        assertEquals(List.of(Diagnostic.error(a, 3, 7, "front-matter.yaml",
                        "invalid YAML: a list opened with '[' on line 3 is not closed; end it with ']'")),
                errorsOnly(c.check()));
    }

    private static List<Diagnostic> errorsOnly(ContentResult result) {
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                errors.add(d);
            }
        }
        return errors;
    }

    // --- slugs -------------------------------------------------------------------------------------------------

    @Test
    void slugsEqualAfterNormalisationGiveOneAddress() throws IOException {
        ContentFixture c = content();
        Path composed = c.article("a.md", "A", "2026-02-01", "slug: \"\u304C\u3044\u3069\"");
        Path decomposed = c.article("b.md", "B", "2026-02-01", "slug: \"\u304B\u3099\u3044\u3069\"");
        String composedUrl = "/articles/%E3%81%8C%E3%81%84%E3%81%A9/";
        String decomposedUrl = "/articles/%E3%81%8B%E3%82%99%E3%81%84%E3%81%A9/";
        assertEquals(List.of(
                Diagnostic.error(composed, 4, 7, "url.duplicate", "the address '" + composedUrl + "' is also the"
                        + " address of b.md:4 ('" + decomposedUrl + "') (addresses that differ only in case or Unicode"
                        + " composition are one file on many web servers); give one of them another 'slug:' or"
                        + " 'permalink:'"),
                Diagnostic.error(decomposed, 4, 7, "url.duplicate", "the address '" + decomposedUrl + "' is also the"
                        + " address of a.md:4 ('" + composedUrl + "') (addresses that differ only in case or Unicode"
                        + " composition are one file on many web servers); give one of them another 'slug:' or"
                        + " 'permalink:'")),
                c.check().diagnostics());
    }

    @Test
    void idsEqualAfterNormalisationCollide() throws IOException {
        ContentFixture c = content();
        Path composed = c.article("\u304C.md", "A", "2026-02-01", "slug: a");
        Path decomposed = c.article("\u304B\u3099.markdown", "B", "2026-02-01", "slug: b");
        assertEquals(List.of(
                Diagnostic.error(decomposed, 1, 1, "id.duplicate", "the file '\u304B\u3099.markdown' and"
                        + " \u304C.md:1 would be one file of the bundle (ids differ only in extension, case or"
                        + " Unicode composition); rename one of them"),
                Diagnostic.error(composed, 1, 1, "id.duplicate", "the file '\u304C.md' and \u304B\u3099.markdown:1"
                        + " would be one file of the bundle (ids differ only in extension, case or Unicode"
                        + " composition); rename one of them")),
                c.check().diagnostics());
    }

    @Test
    void hostileSlugsAreRefused() throws IOException {
        ContentFixture c = content();
        c.article("a.md", "A", "2026-02-01", "slug: \"%2e%2e\"");
        c.article("b.md", "B", "2026-02-01", "slug: \"C:foo\"");
        c.article("c.md", "C", "2026-02-01", "slug: \"/etc/passwd\"");
        c.article("d.md", "D", "2026-02-01", "slug: \"nul.tar.gz\"");
        c.article("e.md", "E", "2026-02-01", "slug: \"..\"");
        ContentResult result = c.check();
        assertEquals(List.of("front-matter.slug"), result.diagnostics().stream().map(Diagnostic::rule).distinct()
                .toList());
        assertEquals(5, result.diagnostics().size(), result.diagnostics().toString());
        assertEquals(List.of(), result.articles());
    }

    // --- nothing crashes -----------------------------------------------------------------------------------------

    @Test
    void randomBytesNeverThrow() throws IOException {
        ContentFixture c = content();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            byte[] head = "---\ntitle: t\n".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + bytes.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(bytes, 0, all, head.length, bytes.length);
            c.write("r" + i + ".md", all);
        }
        ContentResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> c.check());
        assertEquals(40, result.checked());
        assertTrue(result.diagnostics().stream().allMatch(d -> d.file() != null && d.message() != null));
    }
}

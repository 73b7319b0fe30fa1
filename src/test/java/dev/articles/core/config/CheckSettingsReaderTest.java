package dev.articles.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Severity;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckSettingsReaderTest {

    private static CheckSettingsReader.Input input(Map<String, String> rules, List<String> patterns,
            Path categoriesFile, Path tagsFile, Integer excerpt, Path schema) {
        return new CheckSettingsReader.Input(rules, patterns, List.of("技術"), categoriesFile, List.of("Maven"),
                tagsFile, excerpt, null, schema, false);
    }

    private static CheckSettingsReader.Result read(CheckSettingsReader.Input in) {
        return CheckSettingsReader.read(in, p -> p.getFileName().toString());
    }

    @Test
    void levelsFromWords() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("front-matter.date-future", "error");
        rules.put("heading.duplicate", " OFF ");
        rules.put("excerpt.markdown", "Warning");
        List<String> problems = new ArrayList<>();
        Map<String, RuleLevel> levels = CheckSettingsReader.levels(rules, problems);
        assertEquals(List.of(), problems);
        assertEquals(Map.of("front-matter.date-future", RuleLevel.ERROR, "heading.duplicate", RuleLevel.OFF,
                "excerpt.markdown", RuleLevel.WARNING), levels);
    }

    @Test
    void badLevelsAreReportedNamingTheParameterAndLeftOut() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("heading.dupe", "off");
        rules.put("front-matter.yaml", "warning");
        rules.put("body.marker", "fatal");
        rules.put("title.duplicate", null);
        rules.put("link.broken", "info");
        List<String> problems = new ArrayList<>();
        Map<String, RuleLevel> levels = CheckSettingsReader.levels(rules, problems);
        assertEquals(Map.of("link.broken", RuleLevel.INFO), levels);
        assertEquals(List.of(
                "rules: unknown level 'fatal' for the rule 'body.marker'; use error, warning, info or off",
                "rules: the rule 'front-matter.yaml' cannot be configured: it reports content the plugin cannot "
                        + "read, so it is always an error",
                "rules: unknown rule 'heading.dupe'; the rule ids are listed in the rule reference (rules.md of the plugin's documentation)",
                "rules: no level for the rule 'title.duplicate'; use error, warning, info or off"), problems);
    }

    @Test
    void termFilesSkipCommentsAndBlanksButKeepHashInsideTerms(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tags.txt");
        Files.writeString(file, "\uFEFF# 許可するタグ\r\nMaven\r\n\r\n  C#  \n   # indented comment\nドキュメント\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("Maven", "C#", "ドキュメント"), CheckSettingsReader.readTerms(file));
    }

    @Test
    void termFilesMustBeUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tags.txt");
        Files.write(file, "技術".getBytes("Shift_JIS"));
        assertThrows(CharacterCodingException.class, () -> CheckSettingsReader.readTerms(file));
        CheckSettingsReader.Result r = read(input(null, null, null, file, null, null));
        assertEquals(List.of("allowedTagsFile: the file tags.txt is not valid UTF-8; save it as UTF-8"), r.problems());
    }

    @Test
    void listsAndFilesAreMergedInOrderEachTermOnce(@TempDir Path dir) throws Exception {
        Path categories = dir.resolve("categories.txt");
        Files.writeString(categories, "技術\nお知らせ\n", StandardCharsets.UTF_8);
        Path tags = dir.resolve("tags.txt");
        Files.writeString(tags, "Java\nMaven\n", StandardCharsets.UTF_8);
        CheckSettingsReader.Result r = read(input(null, null, categories, tags, null, null));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("技術", "お知らせ"), r.settings().allowedCategories());
        assertEquals(List.of("Maven", "Java"), r.settings().allowedTags());
        assertEquals(CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH, r.settings().excerptMaxLength());
        assertEquals(CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT,
                r.settings().readingTimeTolerancePercent());
        assertEquals(false, r.settings().timeZoneExplicit());
    }

    @Test
    void mergeDropsBlanksAndNulls() {
        List<String> first = new ArrayList<>(List.of(" a ", "", "b"));
        first.add(null);
        assertEquals(List.of("a", "b", "c"), CheckSettingsReader.merge(first, List.of("b", "c ")));
        assertEquals(List.of(), CheckSettingsReader.merge(null, null));
    }

    @Test
    void everyProblemIsCollectedNamingItsParameter(@TempDir Path dir) {
        CheckSettingsReader.Result r = read(input(Map.of("heading.duplicate", "loud"), List.of("ok", "([unclosed", ""),
                dir.resolve("missing-categories.txt"), dir.resolve("missing-tags.txt"), 0,
                dir.resolve("schema.json")));
        List<String> problems = r.problems();
        assertEquals(7, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("rules: unknown level 'loud'"), problems.get(0));
        assertEquals("forbiddenPatterns: an empty pattern would match every line; remove it", problems.get(1));
        assertEquals("allowedCategoriesFile: the file missing-categories.txt does not exist", problems.get(2));
        assertEquals("allowedTagsFile: the file missing-tags.txt does not exist", problems.get(3));
        assertEquals("frontMatterSchema: the file schema.json does not exist", problems.get(4));
        assertTrue(problems.get(5).startsWith("forbiddenPatterns: '([unclosed' is not a regular expression"),
                problems.get(5));
        assertEquals("excerptMaxLength must be at least 1, not 0", problems.get(6));
    }

    @Test
    void validInputGivesUsableSettings(@TempDir Path dir) throws Exception {
        Path schema = dir.resolve("front-matter.schema.json");
        Files.writeString(schema, "{}", StandardCharsets.UTF_8);
        CheckSettingsReader.Result r = CheckSettingsReader.read(new CheckSettingsReader.Input(
                Map.of("body.marker", "warning"), List.of("社外秘", "(?i)do not publish"), null, null, null, null,
                120, 30, schema, true), Path::toString);
        assertEquals(List.of(), r.problems());
        CheckSettings s = r.settings();
        assertEquals(Severity.WARNING, RuleCatalog.severityOf(s, "body.marker"));
        assertEquals(List.of("社外秘", "(?i)do not publish"), s.forbiddenPatterns());
        assertEquals(120, s.excerptMaxLength());
        assertEquals(30, s.readingTimeTolerancePercent());
        assertEquals(schema, s.frontMatterSchema());
        assertEquals(true, s.timeZoneExplicit());
        assertEquals(List.of(), s.allowedCategories());
    }

    @Test
    void limitsDefaultWhenNotSetAndAreCheckedWhenSet() {
        CheckSettings defaults = read(input(null, null, null, null, null, null)).settings();
        assertEquals(CheckSettings.DEFAULT_MAX_FILE_SIZE, defaults.maxFileSize());
        assertEquals(CheckSettings.DEFAULT_MAX_FRONT_MATTER_SIZE, defaults.maxFrontMatterSize());
        assertEquals(CheckSettings.DEFAULT_MAX_NESTING_DEPTH, defaults.maxNestingDepth());
        CheckSettingsReader.Result r = read(new CheckSettingsReader.Input(null, null, null, null, null, null, null,
                null, null, true, 2048L, 0, 1001));
        assertEquals(List.of("maxFrontMatterSize must be at least 1 character, not 0",
                "maxNestingDepth must be between 1 and 1000, not 1001"), r.problems());
        assertEquals(2048L, r.settings().maxFileSize());
    }

    @Test
    void rawHtmlAllowlist() {
        CheckSettingsReader.Result r = read(new CheckSettingsReader.Input(Map.of("html.raw", "error"), null, null,
                null, null, null, null, null, null, true, null, null, null, List.of(" KBD ", "details", "kbd", ""),
                List.of("open"), List.of("ftp", " irc ")));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("ftp", "irc"), r.settings().allowedUrlSchemes());
        assertEquals(List.of("KBD", "details", "kbd"), r.settings().allowedHtmlTags());
        assertEquals(List.of("open"), r.settings().allowedHtmlAttributes());
        assertEquals(Severity.ERROR, RuleCatalog.severityOf(r.settings(), "html.raw"));

        CheckSettingsReader.Result bad = read(new CheckSettingsReader.Input(null, null, null, null, null, null, null,
                null, null, true, List.of("iframe"), List.of("onload")));
        assertEquals(List.of("allowedHtmlTags: <iframe> can never be allowed: it can run scripts, load other pages or"
                + " change the page around the article; remove it", "allowedHtmlAttributes: 'onload' can never be"
                + " allowed: event handlers, style and embedded documents can run scripts or restyle the page; remove"
                + " it"), bad.problems());
        assertEquals(Severity.WARNING, RuleCatalog.severityOf(CheckSettings.defaults(), "html.raw"));
        assertEquals(Severity.ERROR, RuleCatalog.severityOf(CheckSettings.defaults(), "html.unsafe"));
        assertEquals(Severity.ERROR, RuleCatalog.severityOf(CheckSettings.defaults(), "link.unsafe-url"));
        assertEquals(Severity.WARNING, RuleCatalog.severityOf(CheckSettings.defaults(), "link.scheme-not-allowed"));
    }
}

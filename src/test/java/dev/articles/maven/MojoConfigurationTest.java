package dev.articles.maven;

import static dev.articles.maven.MojoFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Severity;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.settings.RuleLevel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check parameters turned into a request, and bad values refused with a message naming the parameter. */
class MojoConfigurationTest {
    @TempDir
    java.nio.file.Path dir;

    MojoFixture fx;

    @BeforeEach
    void project() throws Exception {
        fx = new MojoFixture(dir);
        fx.article("a.md", "---\ntitle: \"記事\"\ndate: 2026-01-05 09:00:00 +0900\n---\n\n本文。\n");
    }

    private String failure(AbstractArticlesMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertFalse(Files.exists(dir.resolve("target/articles")), "nothing is checked or written");
        return e.getMessage();
    }

    @Test
    void rulesBecomeLevels() throws Exception {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("front-matter.date-future", "error");
        rules.put("heading.duplicate", "off");
        ValidateMojo mojo = set(fx.validate(), "rules", rules);
        ContentRequest request = mojo.request();
        assertEquals(Map.of("front-matter.date-future", RuleLevel.ERROR, "heading.duplicate", RuleLevel.OFF),
                request.checks().levels());
        assertEquals(Severity.ERROR, RuleCatalog.severityOf(request.checks(), "front-matter.date-future"));
        assertEquals(null, RuleCatalog.severityOf(request.checks(), "heading.duplicate"));
    }

    @Test
    void unknownRuleIsRefused() throws Exception {
        String message = failure(set(fx.validate(), "rules", Map.of("heading.dupe", "off")));
        assertEquals("Invalid configuration of articles:validate: rules: unknown rule 'heading.dupe'; the rule ids "
                + "are listed in the rule reference (rules.md of the plugin's documentation)", message);
    }

    @Test
    void fixedRuleIsRefused() throws Exception {
        String message = failure(set(fx.validate(), "rules", Map.of("front-matter.date", "off")));
        assertTrue(message.contains("rules: the rule 'front-matter.date' cannot be configured"), message);
    }

    @Test
    void unknownLevelWordIsRefused() throws Exception {
        String message = failure(set(fx.validate(), "rules", Map.of("body.marker", "warn")));
        assertTrue(message.contains("rules: unknown level 'warn' for the rule 'body.marker'; use error, warning, "
                + "info or off"), message);
    }

    @Test
    void badRegexIsRefused() throws Exception {
        String message = failure(set(fx.validate(), "forbiddenPatterns", List.of("社外秘", "[unclosed")));
        assertTrue(message.startsWith("Invalid configuration of articles:validate: forbiddenPatterns: '[unclosed' "
                + "is not a regular expression"), message);
    }

    @Test
    void missingTermFileIsRefusedNamingParameterAndFile() throws Exception {
        String message = failure(set(fx.validate(), "allowedTagsFile", fx.file("config/tags.txt")));
        assertEquals("Invalid configuration of articles:validate: allowedTagsFile: the file config/tags.txt does not "
                + "exist", message);
    }

    @Test
    void everyProblemIsListedAtOnce() throws Exception {
        ValidateMojo mojo = set(fx.validate(), "allowedCategoriesFile", fx.file("categories.txt"));
        set(mojo, "excerptMaxLength", 0);
        set(mojo, "readingTimeTolerance", -5);
        set(mojo, "frontMatterSchema", fx.file("schema/front-matter.json"));
        String message = failure(mojo);
        assertEquals("Invalid configuration of articles:validate:\n"
                + "  - allowedCategoriesFile: the file categories.txt does not exist\n"
                + "  - frontMatterSchema: the file schema/front-matter.json does not exist\n"
                + "  - excerptMaxLength must be at least 1, not 0\n"
                + "  - readingTimeTolerance must not be negative, not -5", message);
    }

    @Test
    void limitsReachTheRequest() throws Exception {
        ValidateMojo mojo = set(fx.validate(), "maxFileSize", 4096L);
        set(mojo, "maxFrontMatterSize", 1000);
        set(mojo, "maxNestingDepth", 4);
        CheckSettings s = mojo.request().checks();
        assertEquals(4096L, s.maxFileSize());
        assertEquals(1000, s.maxFrontMatterSize());
        assertEquals(4, s.maxNestingDepth());
        CheckSettings defaults = fx.validate().request().checks();
        assertEquals(List.of(1048576L, 65536, 16),
                List.of(defaults.maxFileSize(), defaults.maxFrontMatterSize(), defaults.maxNestingDepth()));
    }

    @Test
    void badLimitsAreRefused() throws Exception {
        ValidateMojo mojo = set(fx.validate(), "maxFileSize", 0L);
        set(mojo, "maxNestingDepth", 0);
        assertEquals("Invalid configuration of articles:validate:\n"
                + "  - maxFileSize must be at least 1 byte, not 0\n"
                + "  - maxNestingDepth must be between 1 and 1000, not 0", failure(mojo));
    }

    @Test
    void theBaselineGoalRefusesBadConfigurationToo() throws Exception {
        String message = failure(set(fx.baseline(), "rules", Map.of("no.such", "off")));
        assertTrue(message.startsWith("Invalid configuration of articles:baseline: rules: unknown rule 'no.such'"),
                message);
        assertFalse(Files.exists(dir.resolve("articles-baseline.json")));
    }

    @Test
    void listsAndFilesAreMerged() throws Exception {
        Files.writeString(dir.resolve("tags.txt"), "# タグ一覧\nJava\n\nMaven\n", StandardCharsets.UTF_8);
        ValidateMojo mojo = set(fx.validate(), "allowedTags", List.of("Maven", "Markdown"));
        set(mojo, "allowedTagsFile", fx.file("tags.txt"));
        set(mojo, "allowedCategories", List.of("技術"));
        set(mojo, "excerptMaxLength", 120);
        set(mojo, "readingTimeTolerance", 25);
        set(mojo, "forbiddenPatterns", List.of("(?i)do not publish"));
        ContentRequest request = mojo.request();
        assertEquals(List.of("Maven", "Markdown", "Java"), request.checks().allowedTags());
        assertEquals(List.of("技術"), request.checks().allowedCategories());
        assertEquals(120, request.checks().excerptMaxLength());
        assertEquals(25, request.checks().readingTimeTolerancePercent());
        assertEquals(List.of("(?i)do not publish"), request.checks().forbiddenPatterns());
    }

    @Test
    void timeZoneNotSetMeansUtcButNotExplicit() throws Exception {
        ContentRequest request = set(fx.validate(), "timeZone", null).request();
        assertEquals(ZoneId.of("UTC"), request.timeZone());
        assertFalse(request.checks().timeZoneExplicit());

        request = set(fx.validate(), "timeZone", "Asia/Tokyo").request();
        assertEquals(ZoneId.of("Asia/Tokyo"), request.timeZone());
        assertTrue(request.checks().timeZoneExplicit());

        request = set(fx.validate(), "timeZone", "UTC").request();
        assertTrue(request.checks().timeZoneExplicit(), "UTC written out is a choice");
    }

    @Test
    void badTimeZoneIsRefused() throws Exception {
        String message = failure(set(fx.validate(), "timeZone", "Tokyo"));
        assertEquals("Invalid configuration of articles:validate: timeZone: unknown time zone 'Tokyo' (did you mean"
                + " 'Asia/Tokyo'?); use an IANA name such as Asia/Tokyo or an offset such as +09:00", message);
    }

    @Test
    void aBadTimeZoneOrEncodingHidesNoOtherProblem() throws Exception {
        ValidateMojo mojo = set(fx.validate(), "timeZone", "Asia/Tokyio");
        set(mojo, "encoding", "Shift-JISS");
        set(mojo, "rules", Map.of("link.brokn", "off"));
        set(mojo, "maxFileSize", 0L);
        assertEquals("Invalid configuration of articles:validate:\n"
                + "  - timeZone: unknown time zone 'Asia/Tokyio' (did you mean 'Asia/Tokyo'?); use an IANA name such"
                + " as Asia/Tokyo or an offset such as +09:00\n"
                + "  - encoding: unknown encoding 'Shift-JISS' (did you mean 'Shift_JIS'?); use a name such as UTF-8"
                + " or Shift_JIS\n"
                + "  - rules: unknown rule 'link.brokn' (did you mean 'link.broken'?); the rule ids are listed in the"
                + " rule reference (rules.md of the plugin's documentation)\n"
                + "  - maxFileSize must be at least 1 byte, not 0", failure(mojo));
    }

    @Test
    void anAbbreviatedOrBareCityTimeZoneIsExplained() throws Exception {
        assertEquals("Invalid configuration of articles:validate: timeZone: unknown time zone 'JST' (did you mean"
                + " 'Asia/Tokyo'?); use an IANA name such as Asia/Tokyo or an offset such as +09:00",
                failure(set(fx.validate(), "timeZone", "JST")));
        assertEquals("Invalid configuration of articles:validate: timeZone: unknown time zone 'Berlinn' (did you"
                + " mean 'Europe/Berlin'?); use an IANA name such as Asia/Tokyo or an offset such as +09:00",
                failure(set(fx.validate(), "timeZone", "Berlinn")));
    }

    @Test
    void frontMatterSchemaIsPassedOn() throws Exception {
        Files.writeString(dir.resolve("fm.schema.json"), "{}", StandardCharsets.UTF_8);
        ContentRequest request = set(fx.validate(), "frontMatterSchema", fx.file("fm.schema.json")).request();
        assertEquals(dir.resolve("fm.schema.json").toAbsolutePath(), request.checks().frontMatterSchema());
    }
}

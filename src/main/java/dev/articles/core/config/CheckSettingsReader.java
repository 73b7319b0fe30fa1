package dev.articles.core.config;

import dev.articles.core.model.Rule;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import dev.articles.core.text.NearestName;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what a user wrote in a build file (rule levels as words, lists, term files) into {@link CheckSettings},
 * collecting every problem as a sentence that names the parameter at fault, so a build tool can refuse bad
 * configuration with one clear message instead of a stack trace.
 */
public final class CheckSettingsReader {

    /**
     * The user's configuration as written. Every field may be {@code null} (not set).
     *
     * @param rules rule id to level word ({@code error}, {@code warning}, {@code info}, {@code off})
     * @param forbiddenPatterns regular expressions
     * @param allowedCategories allowed categories
     * @param allowedCategoriesFile a file of further allowed categories, one a line
     * @param allowedTags allowed tags
     * @param allowedTagsFile a file of further allowed tags, one a line
     * @param excerptMaxLength longest excerpt; {@code null} for the default
     * @param readingTimeTolerance tolerance in percent; {@code null} for the default
     * @param frontMatterSchema a JSON Schema file for the front matter
     * @param timeZoneExplicit whether the user chose the time zone
     * @param maxFileSize largest article file in bytes; {@code null} for the default
     * @param maxFrontMatterSize largest front matter in characters; {@code null} for the default
     * @param maxNestingDepth deepest front matter nesting; {@code null} for the default
     * @param allowedHtmlTags raw HTML elements allowed in articles
     * @param allowedHtmlAttributes attributes allowed on them
     * @param allowedUrlSchemes link schemes allowed besides http, https and mailto
     */
    public record Input(
            Map<String, String> rules,
            List<String> forbiddenPatterns,
            List<String> allowedCategories,
            Path allowedCategoriesFile,
            List<String> allowedTags,
            Path allowedTagsFile,
            Integer excerptMaxLength,
            Integer readingTimeTolerance,
            Path frontMatterSchema,
            boolean timeZoneExplicit,
            Long maxFileSize,
            Integer maxFrontMatterSize,
            Integer maxNestingDepth,
            List<String> allowedHtmlTags,
            List<String> allowedHtmlAttributes,
            List<String> allowedUrlSchemes) {

        /** Input with limits and a raw HTML allowlist, no further URL schemes. */
        public Input(Map<String, String> rules, List<String> forbiddenPatterns, List<String> allowedCategories,
                Path allowedCategoriesFile, List<String> allowedTags, Path allowedTagsFile, Integer excerptMaxLength,
                Integer readingTimeTolerance, Path frontMatterSchema, boolean timeZoneExplicit, Long maxFileSize,
                Integer maxFrontMatterSize, Integer maxNestingDepth, List<String> allowedHtmlTags,
                List<String> allowedHtmlAttributes) {
            this(rules, forbiddenPatterns, allowedCategories, allowedCategoriesFile, allowedTags, allowedTagsFile,
                    excerptMaxLength, readingTimeTolerance, frontMatterSchema, timeZoneExplicit, maxFileSize,
                    maxFrontMatterSize, maxNestingDepth, allowedHtmlTags, allowedHtmlAttributes, null);
        }

        /** Input with limits and no raw HTML allowlist. */
        public Input(Map<String, String> rules, List<String> forbiddenPatterns, List<String> allowedCategories,
                Path allowedCategoriesFile, List<String> allowedTags, Path allowedTagsFile, Integer excerptMaxLength,
                Integer readingTimeTolerance, Path frontMatterSchema, boolean timeZoneExplicit, Long maxFileSize,
                Integer maxFrontMatterSize, Integer maxNestingDepth) {
            this(rules, forbiddenPatterns, allowedCategories, allowedCategoriesFile, allowedTags, allowedTagsFile,
                    excerptMaxLength, readingTimeTolerance, frontMatterSchema, timeZoneExplicit, maxFileSize,
                    maxFrontMatterSize, maxNestingDepth, null, null);
        }

        /** Input with a raw HTML allowlist and the default limits. */
        public Input(Map<String, String> rules, List<String> forbiddenPatterns, List<String> allowedCategories,
                Path allowedCategoriesFile, List<String> allowedTags, Path allowedTagsFile, Integer excerptMaxLength,
                Integer readingTimeTolerance, Path frontMatterSchema, boolean timeZoneExplicit,
                List<String> allowedHtmlTags, List<String> allowedHtmlAttributes) {
            this(rules, forbiddenPatterns, allowedCategories, allowedCategoriesFile, allowedTags, allowedTagsFile,
                    excerptMaxLength, readingTimeTolerance, frontMatterSchema, timeZoneExplicit, null, null, null,
                    allowedHtmlTags, allowedHtmlAttributes);
        }

        /** Input with the default limits and no raw HTML allowlist. */
        public Input(Map<String, String> rules, List<String> forbiddenPatterns, List<String> allowedCategories,
                Path allowedCategoriesFile, List<String> allowedTags, Path allowedTagsFile, Integer excerptMaxLength,
                Integer readingTimeTolerance, Path frontMatterSchema, boolean timeZoneExplicit) {
            this(rules, forbiddenPatterns, allowedCategories, allowedCategoriesFile, allowedTags, allowedTagsFile,
                    excerptMaxLength, readingTimeTolerance, frontMatterSchema, timeZoneExplicit, null, null, null, null,
                    null);
        }
    }

    /**
     * @param settings the settings; usable only when {@code problems} is empty
     * @param problems each problem as a sentence starting with the parameter's name
     */
    public record Result(CheckSettings settings, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private CheckSettingsReader() {
    }

    /**
     * Reads the input; term files are read here.
     *
     * @param display how to show a file in a message (relative to the project, say)
     */
    public static Result read(Input in, Function<Path, String> display) {
        List<String> problems = new ArrayList<>();
        Map<String, RuleLevel> levels = levels(in.rules(), problems);
        List<String> patterns = new ArrayList<>();
        if (in.forbiddenPatterns() != null) {
            for (String p : in.forbiddenPatterns()) {
                if (p == null || p.isEmpty()) {
                    problems.add("forbiddenPatterns: an empty pattern would match every line; remove it");
                } else {
                    patterns.add(p);
                }
            }
        }
        List<String> categories = merge(in.allowedCategories(),
                terms(in.allowedCategoriesFile(), "allowedCategoriesFile", display, problems));
        List<String> tags = merge(in.allowedTags(), terms(in.allowedTagsFile(), "allowedTagsFile", display, problems));
        Path schema = in.frontMatterSchema();
        if (schema != null && !Files.isRegularFile(schema)) {
            problems.add("frontMatterSchema: the file " + display.apply(schema) + " does not exist");
            schema = null; // reported here, in the project's terms; the settings need not report it again
        }
        CheckSettings settings = new CheckSettings(levels, patterns, categories, tags,
                in.excerptMaxLength() == null ? CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH : in.excerptMaxLength(),
                in.readingTimeTolerance() == null ? CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT
                        : in.readingTimeTolerance(),
                schema, in.timeZoneExplicit(),
                in.maxFileSize() == null ? CheckSettings.DEFAULT_MAX_FILE_SIZE : in.maxFileSize(),
                in.maxFrontMatterSize() == null ? CheckSettings.DEFAULT_MAX_FRONT_MATTER_SIZE : in.maxFrontMatterSize(),
                in.maxNestingDepth() == null ? CheckSettings.DEFAULT_MAX_NESTING_DEPTH : in.maxNestingDepth(),
                merge(in.allowedHtmlTags(), null), merge(in.allowedHtmlAttributes(), null),
                merge(in.allowedUrlSchemes(), null));
        problems.addAll(SettingsProblems.of(settings));
        return new Result(settings, problems);
    }

    /**
     * Rule levels from words. Unknown rules, fixed rules and unknown words are left out and reported in
     * {@code problems}.
     */
    public static Map<String, RuleLevel> levels(Map<String, String> rules, List<String> problems) {
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        if (rules == null) {
            return levels;
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(rules).entrySet()) {
            String id = e.getKey().strip();
            Rule info = RuleCatalog.get(id);
            RuleLevel level = RuleLevel.parse(e.getValue());
            if (info == null) {
                problems.add("rules: unknown rule '" + id + "'"
                        + NearestName.didYouMean(NearestName.of(id, configurableIds())) + "; the rule ids are listed in the rule reference (rules.md of the plugin's documentation)");
            } else if (!info.configurable()) {
                problems.add("rules: the rule '" + id + "' cannot be configured: it reports content the plugin "
                        + "cannot read, so it is always an error");
            } else if (level == null) {
                problems.add("rules: " + (e.getValue() == null || e.getValue().isBlank() ? "no level"
                        : "unknown level '" + e.getValue().strip() + "'" + NearestName.didYouMean(NearestName.of(
                                e.getValue().strip(), List.of("error", "warning", "info", "off"))))
                        + " for the rule '" + id + "'; use error, warning, info or off");
            } else {
                levels.put(id, level);
            }
        }
        return levels;
    }

    /** The ids a user may configure: the only ones worth suggesting for a misspelt one. */
    private static List<String> configurableIds() {
        return RuleCatalog.all().stream().filter(Rule::configurable).map(Rule::id).toList();
    }


    /**
     * Reads a term file: UTF-8, one term a line, surrounding white space dropped, blank lines and lines starting with
     * {@code #} skipped (a {@code #} later in a line is part of the term: {@code C#}).
     *
     * @throws IOException when the file cannot be read or is not valid UTF-8
     */
    public static List<String> readTerms(Path file) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> terms = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            String term = line.strip();
            if (!term.isEmpty() && !term.startsWith("#")) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The terms of both lists, stripped, blanks dropped, each once, in order. */
    public static List<String> merge(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> list : List.of(first == null ? List.<String>of() : first,
                second == null ? List.<String>of() : second)) {
            for (String t : list) {
                if (t != null && !t.isBlank()) {
                    all.add(t.strip());
                }
            }
        }
        return List.copyOf(all);
    }

    private static List<String> terms(Path file, String parameter, Function<Path, String> display,
            List<String> problems) {
        if (file == null) {
            return List.of();
        }
        try {
            return readTerms(file);
        } catch (NoSuchFileException e) {
            problems.add(parameter + ": the file " + display.apply(file) + " does not exist");
        } catch (CharacterCodingException e) {
            problems.add(parameter + ": the file " + display.apply(file) + " is not valid UTF-8; save it as UTF-8");
        } catch (IOException e) {
            problems.add(parameter + ": cannot read the file " + display.apply(file) + ": " + e);
        }
        return List.of();
    }
}

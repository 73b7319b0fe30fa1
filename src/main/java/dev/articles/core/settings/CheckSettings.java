package dev.articles.core.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How strict the content checks are: per-rule levels and the settings of the rules that take one.
 *
 * @param levels rule id to level, for configurable rules; absent rules keep their default severity
 * @param forbiddenPatterns user regular expressions that must not match any body line (rule {@code body.marker})
 * @param allowedCategories the only categories allowed, or empty for any
 * @param allowedTags the only tags allowed, or empty for any
 * @param excerptMaxLength longest excerpt, in characters of its plain form (rule {@code excerpt.too-long})
 * @param readingTimeTolerancePercent how far {@code reading_time} may be from the computed value, in percent of the
 *     computed value (at least one minute is always tolerated)
 * @param frontMatterSchema a JSON Schema file every front matter must satisfy, or {@code null}
 * @param timeZoneExplicit whether the user chose the time zone (if not, dates without offset get a warning)
 * @param maxFileSize the largest article file read, in bytes (rule {@code file.read} beyond; the file is not loaded)
 * @param maxFrontMatterSize the largest front matter, in characters (rule {@code front-matter.limit} beyond)
 * @param maxNestingDepth how deeply lists and mappings may nest in front matter (rule {@code front-matter.limit})
 * @param allowedHtmlTags raw HTML elements allowed in Markdown besides the default allow-list, without an
 *     {@code html.raw} finding, and kept by the sanitiser (never scripts, styles, frames:
 *     {@code HtmlSanitizer.FORBIDDEN_TAGS})
 * @param allowedHtmlAttributes attributes allowed on every allowed element (never event handlers or {@code style})
 * @param allowedUrlSchemes link and image schemes allowed besides http, https and mailto ({@code ftp}), without a
 *     {@code link.scheme-not-allowed} finding (never {@code javascript}, {@code data}...: {@code UrlSafety})
 */
public record CheckSettings(
        Map<String, RuleLevel> levels,
        List<String> forbiddenPatterns,
        List<String> allowedCategories,
        List<String> allowedTags,
        int excerptMaxLength,
        int readingTimeTolerancePercent,
        Path frontMatterSchema,
        boolean timeZoneExplicit,
        long maxFileSize,
        int maxFrontMatterSize,
        int maxNestingDepth,
        List<String> allowedHtmlTags,
        List<String> allowedHtmlAttributes,
        List<String> allowedUrlSchemes) {

    public static final int DEFAULT_EXCERPT_MAX_LENGTH = 200;
    /** 1 MiB: twenty times a long article; larger files are almost always data or a mistake. */
    public static final long DEFAULT_MAX_FILE_SIZE = 1024L * 1024;
    /** 64 Ki characters of front matter. */
    public static final int DEFAULT_MAX_FRONT_MATTER_SIZE = 64 * 1024;
    /** 16 levels of lists and mappings in front matter. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 16;
    /** The highest {@code maxNestingDepth} accepted: the reader recurses once per level. */
    public static final int MAX_NESTING_DEPTH_LIMIT = 1000;
    public static final int DEFAULT_READING_TIME_TOLERANCE_PERCENT = 75;

    public CheckSettings {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        forbiddenPatterns = forbiddenPatterns == null ? List.of() : List.copyOf(forbiddenPatterns);
        allowedCategories = allowedCategories == null ? List.of() : List.copyOf(allowedCategories);
        allowedTags = allowedTags == null ? List.of() : List.copyOf(allowedTags);
        allowedHtmlTags = allowedHtmlTags == null ? List.of() : List.copyOf(allowedHtmlTags);
        allowedHtmlAttributes = allowedHtmlAttributes == null ? List.of() : List.copyOf(allowedHtmlAttributes);
        allowedUrlSchemes = allowedUrlSchemes == null ? List.of() : List.copyOf(allowedUrlSchemes);
    }

    /** Settings with a raw HTML allowlist and no further URL schemes. */
    public CheckSettings(Map<String, RuleLevel> levels, List<String> forbiddenPatterns, List<String> allowedCategories,
            List<String> allowedTags, int excerptMaxLength, int readingTimeTolerancePercent, Path frontMatterSchema,
            boolean timeZoneExplicit, long maxFileSize, int maxFrontMatterSize, int maxNestingDepth,
            List<String> allowedHtmlTags, List<String> allowedHtmlAttributes) {
        this(levels, forbiddenPatterns, allowedCategories, allowedTags, excerptMaxLength, readingTimeTolerancePercent,
                frontMatterSchema, timeZoneExplicit, maxFileSize, maxFrontMatterSize, maxNestingDepth,
                allowedHtmlTags, allowedHtmlAttributes, List.of());
    }

    /** Settings with a raw HTML allowlist and the default limits. */
    public CheckSettings(Map<String, RuleLevel> levels, List<String> forbiddenPatterns, List<String> allowedCategories,
            List<String> allowedTags, int excerptMaxLength, int readingTimeTolerancePercent, Path frontMatterSchema,
            boolean timeZoneExplicit, List<String> allowedHtmlTags, List<String> allowedHtmlAttributes) {
        this(levels, forbiddenPatterns, allowedCategories, allowedTags, excerptMaxLength, readingTimeTolerancePercent,
                frontMatterSchema, timeZoneExplicit, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FRONT_MATTER_SIZE,
                DEFAULT_MAX_NESTING_DEPTH, allowedHtmlTags, allowedHtmlAttributes);
    }

    /** Settings with limits and no raw HTML allowlist. */
    public CheckSettings(Map<String, RuleLevel> levels, List<String> forbiddenPatterns, List<String> allowedCategories,
            List<String> allowedTags, int excerptMaxLength, int readingTimeTolerancePercent, Path frontMatterSchema,
            boolean timeZoneExplicit, long maxFileSize, int maxFrontMatterSize, int maxNestingDepth) {
        this(levels, forbiddenPatterns, allowedCategories, allowedTags, excerptMaxLength, readingTimeTolerancePercent,
                frontMatterSchema, timeZoneExplicit, maxFileSize, maxFrontMatterSize, maxNestingDepth, List.of(),
                List.of());
    }

    /** These settings with another raw HTML allowlist. */
    public CheckSettings withAllowedHtml(List<String> tags, List<String> attributes) {
        return new CheckSettings(levels, forbiddenPatterns, allowedCategories, allowedTags, excerptMaxLength,
                readingTimeTolerancePercent, frontMatterSchema, timeZoneExplicit, maxFileSize, maxFrontMatterSize,
                maxNestingDepth, tags, attributes, allowedUrlSchemes);
    }

    /** Settings with the default limits ({@link #DEFAULT_MAX_FILE_SIZE} and so on). */
    public CheckSettings(Map<String, RuleLevel> levels, List<String> forbiddenPatterns, List<String> allowedCategories,
            List<String> allowedTags, int excerptMaxLength, int readingTimeTolerancePercent, Path frontMatterSchema,
            boolean timeZoneExplicit) {
        this(levels, forbiddenPatterns, allowedCategories, allowedTags, excerptMaxLength, readingTimeTolerancePercent,
                frontMatterSchema, timeZoneExplicit, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FRONT_MATTER_SIZE,
                DEFAULT_MAX_NESTING_DEPTH);
    }

    /** Every rule at its default, no lists, no schema, time zone chosen (no offset warnings), default limits. */
    public static CheckSettings defaults() {
        return new CheckSettings(Map.of(), List.of(), List.of(), List.of(), DEFAULT_EXCERPT_MAX_LENGTH,
                DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, true, DEFAULT_MAX_FILE_SIZE,
                DEFAULT_MAX_FRONT_MATTER_SIZE, DEFAULT_MAX_NESTING_DEPTH, List.of(), List.of(), List.of());
    }

    /** These settings with other further URL schemes. */
    public CheckSettings withAllowedUrlSchemes(List<String> schemes) {
        return new CheckSettings(levels, forbiddenPatterns, allowedCategories, allowedTags, excerptMaxLength,
                readingTimeTolerancePercent, frontMatterSchema, timeZoneExplicit, maxFileSize, maxFrontMatterSize,
                maxNestingDepth, allowedHtmlTags, allowedHtmlAttributes, schemes);
    }

    /** These settings, the time zone chosen by the user or not (a Jekyll site's {@code timezone} then applies). */
    public CheckSettings withTimeZoneExplicit(boolean explicit) {
        return new CheckSettings(levels, forbiddenPatterns, allowedCategories, allowedTags, excerptMaxLength,
                readingTimeTolerancePercent, frontMatterSchema, explicit, maxFileSize, maxFrontMatterSize,
                maxNestingDepth, allowedHtmlTags, allowedHtmlAttributes, allowedUrlSchemes);
    }

    /** These settings with other limits. */
    public CheckSettings withLimits(long maxFileSize, int maxFrontMatterSize, int maxNestingDepth) {
        return new CheckSettings(levels, forbiddenPatterns, allowedCategories, allowedTags, excerptMaxLength,
                readingTimeTolerancePercent, frontMatterSchema, timeZoneExplicit, maxFileSize, maxFrontMatterSize,
                maxNestingDepth, allowedHtmlTags, allowedHtmlAttributes, allowedUrlSchemes);
    }
}

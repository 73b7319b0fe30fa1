package dev.articles.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule with its default severity and whether users may change it. Structural rules (the file cannot be read,
 * the front matter cannot be understood) are always errors: turning them off would drop articles silently.
 */
public final class RuleCatalog {

    /**
     * @param id the stable id
     * @param defaultSeverity the severity unless configured
     * @param configurable whether {@code rules} in the pom may change it
     * @param summary one line for reports (SARIF rule descriptions, help)
     */
    public record Rule(String id, Severity defaultSeverity, boolean configurable, String summary) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        fixed(Rules.FILE_READ, "The file cannot be read.");
        fixed(Rules.FILE_ENCODING, "The file is not valid in the configured encoding.");
        fixed(Rules.FRONT_MATTER_MISSING, "The file does not start with front matter.");
        fixed(Rules.FRONT_MATTER_UNCLOSED, "The front matter is never closed.");
        fixed(Rules.FRONT_MATTER_YAML, "The front matter is not valid YAML.");
        fixed(Rules.FRONT_MATTER_DUPLICATE_KEY, "A front matter key is written twice.");
        fixed(Rules.FRONT_MATTER_YAML_FEATURE, "Anchors, aliases, tags or non-text keys in front matter.");
        fixed(Rules.FRONT_MATTER_LIMIT, "Front matter over the size or nesting limit.");
        fixed(Rules.FRONT_MATTER_TYPE, "A known front matter key has the wrong type.");
        fixed(Rules.FRONT_MATTER_TITLE, "The title is missing or empty.");
        fixed(Rules.FRONT_MATTER_DATE, "The date is missing or not a real date.");
        fixed(Rules.FRONT_MATTER_SLUG, "The slug cannot be used as a file name.");
        fixed(Rules.SLUG_DUPLICATE, "Two articles share a slug.");
        fixed(Rules.BODY_EMPTY, "The article has no body.");
        fixed(Rules.RENDER_FAILED, "The Markdown could not be rendered.");

        rule(Rules.CONTENT_EMPTY, Severity.WARNING, "No file matches the includes.");
        rule(Rules.TEXT_CONTROL_CHARACTER, Severity.ERROR, "A control character (NUL, ESC...) in the text.");
        rule(Rules.TEXT_BIDI_CONTROL, Severity.WARNING,
                "A bidirectional override, embedding or isolate character (Trojan Source).");
        rule(Rules.FRONT_MATTER_DATE_FUTURE, Severity.WARNING, "A published article is dated in the future.");
        rule(Rules.FRONT_MATTER_SCHEMA, Severity.ERROR, "The front matter violates the user's JSON Schema.");
        rule(Rules.FRONT_MATTER_DATE_MISMATCH, Severity.WARNING,
                "The front matter date and the file-name date are on different days.");
        rule(Rules.FRONT_MATTER_DATE_NO_OFFSET, Severity.WARNING,
                "A date without an offset, and no timeZone configured.");
        rule(Rules.TAXONOMY_UNKNOWN_CATEGORY, Severity.ERROR, "A category that is not in the allowed list.");
        rule(Rules.TAXONOMY_UNKNOWN_TAG, Severity.ERROR, "A tag that is not in the allowed list.");
        rule(Rules.TAXONOMY_VARIANT, Severity.WARNING, "One tag or category spelled two ways.");
        rule(Rules.EXCERPT_TOO_LONG, Severity.WARNING, "The excerpt is longer than excerptMaxLength.");
        rule(Rules.EXCERPT_MARKDOWN, Severity.INFO, "The excerpt contains Markdown that its plain form strips.");
        rule(Rules.READING_TIME_MISMATCH, Severity.WARNING, "The declared reading_time is far from the computed one.");
        rule(Rules.BODY_MARKER, Severity.ERROR, "A leaked marker (---END---, TODO, lorem ipsum) or forbidden pattern.");
        rule(Rules.BODY_REPEATED_PARAGRAPH, Severity.ERROR, "A paragraph appears again later in the article.");
        rule(Rules.BODY_REPEATED_SECTION, Severity.ERROR, "A section appears again later in the article.");
        rule(Rules.BODY_TITLE_REPEATED, Severity.WARNING, "The body starts by repeating the title.");
        rule(Rules.HEADING_MULTIPLE_H1, Severity.WARNING, "More than one level-1 heading.");
        rule(Rules.HEADING_SKIPPED_LEVEL, Severity.WARNING, "A heading skips a level.");
        rule(Rules.HEADING_EMPTY, Severity.ERROR, "A heading without text.");
        rule(Rules.HEADING_DUPLICATE, Severity.WARNING, "Two headings with the same text.");
        rule(Rules.LINK_EMPTY, Severity.ERROR, "A link or image without a target.");
        rule(Rules.LINK_BROKEN, Severity.ERROR, "A link to an article that does not exist.");
        rule(Rules.LINK_ANCHOR, Severity.ERROR, "A #fragment that names no heading.");
        rule(Rules.IMAGE_MISSING, Severity.ERROR, "A local image that does not exist.");
        rule(Rules.LINK_UNSAFE_URL, Severity.ERROR, "A link or image address with an unsafe scheme (javascript:...).");
        rule(Rules.HTML_RAW, Severity.ERROR, "Raw HTML that is not in the allowlist.");
        rule(Rules.LIQUID_UNSUPPORTED, Severity.ERROR, "A Liquid tag the plugin does not support.");
        rule(Rules.TITLE_DUPLICATE, Severity.WARNING, "Two articles share a title.");
        rule(Rules.ARTICLE_NEAR_DUPLICATE, Severity.WARNING, "Two articles share most of their paragraphs.");
        rule(Rules.SUPPRESSION_UNUSED, Severity.WARNING, "A suppression that suppressed nothing.");
    }

    private RuleCatalog() {
    }

    private static void fixed(String id, String summary) {
        RULES.put(id, new Rule(id, Severity.ERROR, false, summary));
    }

    private static void rule(String id, Severity severity, String summary) {
        RULES.put(id, new Rule(id, severity, true, summary));
    }

    /** The rule, or {@code null} for an unknown id. */
    public static Rule get(String id) {
        return RULES.get(id);
    }

    /** All rules, structural first, in a fixed order. */
    public static List<Rule> all() {
        return List.copyOf(RULES.values());
    }
}

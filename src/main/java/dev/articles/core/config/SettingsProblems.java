package dev.articles.core.config;

import dev.articles.core.check.fields.FrontMatterSchema;
import dev.articles.core.model.Rule;
import dev.articles.core.link.UrlSafety;
import dev.articles.core.render.HtmlSanitizer;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.CheckSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What is wrong with check settings before any article is read: unknown rules, bad patterns, a bad schema. */
public final class SettingsProblems {
    private SettingsProblems() {
    }

    /** Problems with {@code settings}, each a sentence naming the setting; empty when they are usable. */
    public static List<String> of(CheckSettings settings) {
        List<String> problems = new ArrayList<>();
        settings.levels().forEach((rule, level) -> {
            Rule info = RuleCatalog.get(rule);
            if (info == null) {
                problems.add("unknown rule '" + rule + "' in rules; the rules are listed in the rule reference (rules.md of the plugin's documentation)");
            } else if (!info.configurable()) {
                problems.add("rule '" + rule + "' cannot be configured: it reports content the plugin cannot read");
            }
        });
        for (String p : settings.forbiddenPatterns()) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                problems.add("forbiddenPatterns: '" + p + "' is not a regular expression: " + e.getDescription());
            }
        }
        problems.addAll(HtmlSanitizer.problems(settings.allowedHtmlTags(), settings.allowedHtmlAttributes()));
        for (String scheme : settings.allowedUrlSchemes()) {
            String problem = UrlSafety.problem(scheme);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (settings.excerptMaxLength() < 1) {
            problems.add("excerptMaxLength must be at least 1, not " + settings.excerptMaxLength());
        }
        if (settings.readingTimeTolerancePercent() < 0) {
            problems.add("readingTimeTolerance must not be negative, not " + settings.readingTimeTolerancePercent());
        }
        if (settings.maxFileSize() < 1) {
            problems.add("maxFileSize must be at least 1 byte, not " + settings.maxFileSize());
        }
        if (settings.maxFrontMatterSize() < 1) {
            problems.add("maxFrontMatterSize must be at least 1 character, not " + settings.maxFrontMatterSize());
        }
        if (settings.maxNestingDepth() < 1 || settings.maxNestingDepth() > CheckSettings.MAX_NESTING_DEPTH_LIMIT) {
            problems.add("maxNestingDepth must be between 1 and " + CheckSettings.MAX_NESTING_DEPTH_LIMIT + ", not "
                    + settings.maxNestingDepth());
        }
        if (settings.frontMatterSchema() != null) {
            try {
                FrontMatterSchema.load(settings.frontMatterSchema());
            } catch (FrontMatterSchema.InvalidSchemaException e) {
                problems.add("frontMatterSchema: " + e.getMessage());
            }
        }
        return problems;
    }
}

package dev.articles.core.rules;

import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Suppressions;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.read.ArticleReader;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import dev.articles.core.site.JekyllLayout;
import dev.articles.core.site.SiteSettingsReader;
import dev.articles.core.source.ContentScanner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule with its default severity and whether users may change it, gathered from where each rule is declared:
 * the rules reported outside the checks (by the build, by a file's read, by suppressions), then the rules of the
 * checks in {@link Checks}. A rule is declared once, as a constant of the class that reports it; a check returns its
 * own from {@code rules()}. Structural rules (the file cannot be read, the front matter cannot be understood) are
 * always errors: turning them off would drop articles silently.
 */
public final class RuleCatalog {

    private static final List<Rule> ALL;
    private static final Map<String, Rule> RULES;

    static {
        // Rules reported outside the checks, from the classes that declare them.
        List<Rule> all = new ArrayList<>();
        all.add(ContentScanner.CONTENT_EMPTY);
        all.add(ContentScanner.CONTENT_FOLDER_LINK);
        all.addAll(ArticleReader.RULES);
        all.addAll(SiteSettingsReader.RULES);
        all.addAll(JekyllLayout.RULES);
        all.add(Suppressions.SUPPRESSION_UNUSED);
        for (ArticleCheck check : Checks.articleChecks()) {
            all.addAll(check.rules());
        }
        for (CorpusCheck check : Checks.corpusChecks()) {
            all.addAll(check.rules());
        }
        all.sort(Comparator.comparing(Rule::configurable)); // structural first; stable, so in declaration order
        ALL = List.copyOf(all);
        RULES = byId(ALL);
    }

    private RuleCatalog() {
    }

    /** {@code rules} by id, in their order; an id declared twice is a mistake in the code, found at start. */
    static Map<String, Rule> byId(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalStateException("the rule " + rule.id() + " is declared twice");
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    /** The rule, or {@code null} for an unknown id. */
    public static Rule get(String id) {
        return RULES.get(id);
    }

    /** All rules, structural first, in a fixed order. */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * The severity a finding of {@code rule} gets under {@code settings}, or {@code null} when the rule is off. An
     * unknown rule is an error; a fixed rule keeps its default.
     */
    public static Severity severityOf(CheckSettings settings, String rule) {
        Rule info = get(rule);
        RuleLevel level = settings.levels().get(rule);
        if (info == null || !info.configurable() || level == null) {
            return info == null ? Severity.ERROR : info.defaultSeverity();
        }
        return level.severity();
    }
}

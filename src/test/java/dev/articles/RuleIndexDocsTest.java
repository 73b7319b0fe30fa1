package dev.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Rule;
import dev.articles.core.rules.RuleCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule index of the rule reference ({@code rules.md}) is the users' reference: it must list exactly the rules the
 * code declares (the {@link RuleCatalog}), each once, with its default and its summary word for word. The rows are
 * grouped for readers, so their order is the page's own.
 */
class RuleIndexDocsTest {
    private static final Pattern ROW =
            Pattern.compile("^\\| `([a-z0-9.-]+)` \\| ([a-z]+)(, fixed)? \\| ([^|]+) \\| ([^|]+) \\|$");

    /** A row as the index writes it, without its section: {@code | `id` | default[, fixed] | summary |}. */
    private static String row(String id, String level, boolean fixed, String summary) {
        return "| `" + id + "` | " + level + (fixed ? ", fixed" : "") + " | " + summary + " |";
    }

    @Test
    void ruleIndexMatchesTheCatalog() throws IOException {
        String rules = Docs.page("rules.md");
        String all = "\n" + String.join("\n", Docs.pages().values());
        int start = rules.indexOf("### Rule index");
        assertTrue(start >= 0, "rules.md has no Rule index");
        int end = rules.indexOf("\n### ", start + 1);
        List<String> documented = new ArrayList<>();
        for (String line : rules.substring(start, end).split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                documented.add(row(m.group(1), m.group(2), m.group(3) != null, m.group(4).strip()));
                String section = m.group(5).strip();
                assertTrue(Pattern.compile("^#{1,4} " + Pattern.quote(section) + "$", Pattern.MULTILINE).matcher(all).find(),
                        m.group(1) + " points to a section no page has: " + section);
            }
        }
        List<String> declared = RuleCatalog.all().stream()
                .map(r -> row(r.id(), r.defaultSeverity().name().toLowerCase(Locale.ROOT), !r.configurable(),
                        r.summary()))
                .sorted().toList();
        assertEquals(List.of(), declared.stream().filter(r -> !documented.contains(r)).toList(),
                "rules as declared (id, default, summary) that the Rule index does not show so");
        assertEquals(List.of(), documented.stream().filter(r -> !declared.contains(r)).toList(),
                "Rule index rows that match no declared rule");
        assertEquals(declared, documented.stream().sorted().toList(), "each rule once in the Rule index");
    }

    @Test
    void everyRuleIsExplainedOutsideTheIndexToo() throws IOException {
        String rules = Docs.page("rules.md");
        int start = rules.indexOf("### Rule index");
        int end = rules.indexOf("\n### ", start + 1);
        String rest = rules.substring(0, start) + rules.substring(end)
                + String.join("\n", Docs.pages().values()).replace(rules, "");
        List<String> missing = RuleCatalog.all().stream().map(Rule::id)
                .filter(id -> !rest.contains("`" + id + "`")).toList();
        assertEquals(List.of(), missing, "rules with no explanation besides the index");
    }
}

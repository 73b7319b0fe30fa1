package dev.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Rule;
import dev.articles.core.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README's reference parts stay true to the plugin: the troubleshooting list names exactly the engine's rules,
 * every goal of the plugin descriptor has its section, and links inside the README lead to a heading.
 */
class ReadmeTest {
    /** A row of the troubleshooting rule table: id, default level, explanation. */
    private static final Pattern RULE_ROW = Pattern.compile("^\\| `([^`]+)` \\| ([a-z]+)(, fixed)? \\| (.+) \\|$");
    /** A code span that looks like {@code prefix.rest}, the shape of a rule id (and of file names). */
    private static final Pattern DOTTED = Pattern.compile("`([a-z][a-z-]*)\\.([a-z0-9.-]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(#([^)\\s]*)\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) (.+)$");

    /** The README with its fenced code blocks blanked out: their {@code #} lines are examples, not headings. */
    private static String readme() throws IOException {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                out.append('\n');
                continue;
            }
            out.append(fenced ? "" : line).append('\n');
        }
        return out.toString();
    }

    /** The text from {@code heading} (a whole line) to the next heading of the same or a higher level. */
    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "README has no section " + heading);
        String level = heading.substring(0, heading.indexOf(' '));
        Matcher next = Pattern.compile("\n#{1," + level.length() + "} ").matcher(readme);
        int end = next.find(start + heading.length() + 1) ? next.start() : readme.length();
        return readme.substring(start + 1, end);
    }

    @Test
    void troubleshootingListsEveryRuleWithItsDefault() throws IOException {
        String readme = readme();
        List<String> documented = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (String line : section(section(readme, "## Troubleshooting"), "### Rule ids").split("\n")) {
            Matcher m = RULE_ROW.matcher(line);
            if (m.matches()) {
                documented.add(m.group(1) + " " + m.group(2) + (m.group(3) == null ? "" : " fixed"));
                order.add(m.group(1));
            }
        }
        List<String> catalog = RuleCatalog.all().stream()
                .map(r -> r.id() + " " + r.defaultSeverity().name().toLowerCase(Locale.ROOT)
                        + (r.configurable() ? "" : " fixed"))
                .sorted().toList();
        assertEquals(catalog, documented.stream().sorted().toList(), "the rows of Troubleshooting > Rule ids");
        // The catalogue's order is the code's (where each rule is declared); the README groups the rules for readers,
        // the same way in both tables.
        List<String> index = new ArrayList<>();
        for (String line : section(section(readme, "## Rules"), "### Rule index").split("\n")) {
            Matcher m = RULE_ROW.matcher(line);
            if (m.matches()) {
                index.add(m.group(1));
            }
        }
        assertEquals(index, order, "the rows of Troubleshooting > Rule ids, in the order of the Rule index");
    }

    @Test
    void troubleshootingNamesNoRuleThatDoesNotExist() throws IOException {
        String troubleshooting = section(readme(), "## Troubleshooting");
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Rule rule : RuleCatalog.all()) {
            ids.add(rule.id());
            prefixes.add(rule.id().substring(0, rule.id().indexOf('.')));
        }
        // Every code span shaped like a rule id with a rule's prefix must be a rule; `report.json` and the like are not.
        Set<String> unknown = new TreeSet<>();
        Matcher m = DOTTED.matcher(troubleshooting);
        while (m.find()) {
            String id = m.group(1) + "." + m.group(2);
            if (prefixes.contains(m.group(1)) && !ids.contains(id)) {
                unknown.add(id);
            }
        }
        assertEquals(Set.of(), unknown, "rule ids in Troubleshooting that the plugin does not have");
    }

    @Test
    void everyGoalHasASection() throws Exception {
        Path file = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(file), "no plugin descriptor at " + file + "; run process-classes first");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        Document descriptor = factory.newDocumentBuilder().parse(file.toFile());
        String prefix = text(descriptor.getDocumentElement(), "goalPrefix");
        Element mojos = (Element) descriptor.getDocumentElement().getElementsByTagName("mojos").item(0);
        NodeList list = mojos.getElementsByTagName("mojo");
        String goals = section(readme(), "## Goals");
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            String heading = "### `" + prefix + ":" + text((Element) list.item(i), "goal") + "`";
            if (!goals.contains("\n" + heading + "\n")) {
                missing.add(heading);
            }
        }
        assertTrue(list.getLength() > 0, "no goals in " + file);
        assertEquals(List.of(), missing, "goals without a section under ## Goals");
    }

    @Test
    void linksWithinTheReadmeLeadToAHeading() throws IOException {
        String readme = readme();
        Set<String> anchors = anchors(readme);
        Set<String> broken = new TreeSet<>();
        // Code spans show Markdown as written (`[text](#part)`): not links of the README.
        Matcher m = LINK.matcher(readme.replaceAll("``[^`\n]+``|`[^`\n]+`", ""));
        while (m.find()) {
            if (!anchors.contains(m.group(1))) {
                broken.add("#" + m.group(1));
            }
        }
        assertEquals(Set.of(), broken, "links to headings the README does not have");
    }

    /** The anchors GitHub gives the headings: lower case, punctuation dropped, spaces as '-', repeats numbered. */
    private static Set<String> anchors(String prose) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose.split("\n")) {
            Matcher m = HEADING.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String slug = m.group(2).strip().replace("`", "").toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent().strip();
    }
}

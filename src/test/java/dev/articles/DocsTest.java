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
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The documentation stays true to the plugin: the troubleshooting list names exactly the engine's rules, every goal
 * of the plugin descriptor has its section and every parameter its row, the README's quick-start pom is the one an IT
 * builds, and links between the pages lead to a page and a heading.
 */
class DocsTest {
    /** A row of the troubleshooting rule table: id, default level, explanation. */
    private static final Pattern RULE_ROW = Pattern.compile("^\\| `([^`]+)` \\| ([a-z]+)(, fixed)? \\| (.+) \\|$");
    /** A code span that looks like {@code prefix.rest}, the shape of a rule id (and of file names). */
    private static final Pattern DOTTED = Pattern.compile("`([a-z][a-z-]*)\\.([a-z0-9.-]+)`");
    /** A row of the parameter table: names, goals when not all, property, default (skipped), since. */
    private static final Pattern PARAMETER_ROW =
            Pattern.compile("^\\| (`[^|]+?`)(?: \\(([a-z, ]+)\\))? \\|\\s*([^|]*?)\\s*\\| [^|]* \\| ([0-9.]+) \\| .* \\|$");
    /** A link to a page of the site and maybe a heading: {@code [text](rules.md#Rule_index)}, {@code (#Goals)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]*)(?:#([^)\\s]*))?\\)");
    /** A link to a file of the repository, relative: {@code [text](src/site/markdown/rules.md)}. */
    private static final Pattern FILE_LINK = Pattern.compile("\\]\\(((?![a-z]+:)[^)#\\s]+)(?:#[^)\\s]*)?\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) (.+)$");

    /** A site page with its fenced code blocks blanked out. */
    private static String page(String name) throws IOException {
        return Docs.prose(Docs.page(name));
    }

    private static String section(String text, String heading) {
        return Docs.section(text, heading);
    }

    @Test
    void troubleshootingListsEveryRuleWithItsDefault() throws IOException {
        List<String> documented = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (String line : section(page("troubleshooting.md"), "## Rule ids").split("\n")) {
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
        for (String line : section(section(page("rules.md"), "## Rules"), "### Rule index").split("\n")) {
            Matcher m = RULE_ROW.matcher(line);
            if (m.matches()) {
                index.add(m.group(1));
            }
        }
        assertEquals(index, order, "the rows of Troubleshooting > Rule ids, in the order of the Rule index");
    }

    @Test
    void troubleshootingNamesNoRuleThatDoesNotExist() throws IOException {
        String troubleshooting = page("troubleshooting.md");
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
        Document descriptor = descriptor();
        String prefix = text(descriptor.getDocumentElement(), "goalPrefix");
        Element mojos = (Element) descriptor.getDocumentElement().getElementsByTagName("mojos").item(0);
        NodeList list = mojos.getElementsByTagName("mojo");
        String goals = section(page("usage.md"), "## Goals");
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            String heading = "### `" + prefix + ":" + text((Element) list.item(i), "goal") + "`";
            if (!goals.contains("\n" + heading + "\n")) {
                missing.add(heading);
            }
        }
        assertTrue(list.getLength() > 0, "no goals in the plugin descriptor");
        assertEquals(List.of(), missing, "goals without a section under ## Goals in usage.md");
    }

    @Test
    void theParameterTableShowsEveryParameterAsTheDescriptorHasIt() throws Exception {
        // name -> "goals | property | since" as the descriptor has them
        Map<String, String> declared = new TreeMap<>();
        Map<String, Set<String>> goalsOf = new TreeMap<>();
        Element root = descriptor().getDocumentElement();
        NodeList mojos = ((Element) root.getElementsByTagName("mojos").item(0)).getElementsByTagName("mojo");
        Set<String> allGoals = new TreeSet<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue; // generated by the plugin tools, documented by itself
            }
            allGoals.add(goal);
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            for (int j = 0; j < parameters.getLength(); j++) {
                Element parameter = (Element) parameters.item(j);
                if (!text(parameter, "editable").equals("true")) {
                    continue;
                }
                String name = text(parameter, "name");
                NodeList value = configuration.getElementsByTagName(name);
                String expression = value.getLength() == 0 ? "" : value.item(0).getTextContent().strip();
                String property = expression.startsWith("${") ? expression.substring(2, expression.length() - 1) : "";
                goalsOf.computeIfAbsent(name, n -> new TreeSet<>()).add(goal);
                declared.put(name, property + " | " + text(parameter, "since"));
            }
        }
        Map<String, String> documented = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (String line : section(page("usage.md"), "### Parameters").split("\n")) {
            Matcher row = PARAMETER_ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            Set<String> goals = row.group(2) == null ? allGoals : new TreeSet<>(List.of(row.group(2).split(", ")));
            String property = row.group(3).replace("`", "").strip();
            for (String name : row.group(1).replace("`", "").split(", ")) {
                documented.put(name, goals + " | " + property + " | " + row.group(4));
            }
        }
        for (Map.Entry<String, String> p : declared.entrySet()) {
            expected.put(p.getKey(), goalsOf.get(p.getKey()) + " | " + p.getValue());
        }
        Set<String> wrong = new TreeSet<>();
        for (String name : union(expected.keySet(), documented.keySet())) {
            if (!Objects.equals(expected.get(name), documented.get(name))) {
                wrong.add(name + ": the table says " + documented.get(name) + ", the plugin " + expected.get(name));
            }
        }
        assertEquals(Set.of(), wrong, "rows of usage.md's Parameters table (name (goals) | property | since)");
    }

    @Test
    void linksBetweenThePagesLeadToAPageAndAHeading() throws IOException {
        Map<String, Set<String>> anchors = new HashMap<>();
        List<String> pages;
        try (var files = Files.list(Docs.PAGES)) {
            pages = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
        for (String name : pages) {
            anchors.put(name, anchors(page(name)));
        }
        Set<String> broken = new TreeSet<>();
        for (String name : pages) {
            // Code spans show Markdown as written (`[text](#part)`): not links of the page.
            Matcher m = LINK.matcher(page(name).replaceAll("``[^`\n]+``|`[^`\n]+`", ""));
            while (m.find()) {
                String target = m.group(1).isEmpty() ? name : m.group(1);
                if (target.contains(":")) {
                    continue; // another site
                }
                Set<String> known = anchors.get(target);
                if (known == null || (m.group(2) != null && !known.contains(m.group(2)))) {
                    broken.add(name + ": " + m.group());
                }
            }
        }
        // A path (a file of the repository) leads nowhere on the site, nor on GitHub from src/site/markdown.
        assertEquals(Set.of(), broken, "links to pages or headings the site does not have");
    }

    @Test
    void filesTheTopLevelDocumentsLinkToExist() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String doc : List.of("README.md", "CONTRIBUTING.md", "CHANGELOG.md")) {
            Matcher m = FILE_LINK.matcher(Docs.prose(Files.readString(Path.of(doc), StandardCharsets.UTF_8)));
            while (m.find()) {
                if (!Files.exists(Path.of(m.group(1)))) {
                    missing.add(doc + ": " + m.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing, "links of the top-level documents to files that do not exist");
    }

    @Test
    void theQuickStartPomIsTheOneTheItBuilds() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```xml\n(<\\?xml.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "README has no complete pom.xml");
        String it = Files.readString(Path.of("src", "it", "quickstart", "pom.xml"), StandardCharsets.UTF_8);
        assertEquals(it.replace("@project.version@", projectVersion()), block.group(1),
                "the README's quick-start pom and src/it/quickstart/pom.xml");
    }

    /** The anchors the site gives the headings of a page (see {@link Docs#anchor}). */
    private static Set<String> anchors(String prose) {
        Set<String> anchors = new HashSet<>();
        for (String line : prose.split("\n")) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                anchors.add(Docs.anchor(m.group(2)));
            }
        }
        return anchors;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Document descriptor() throws Exception {
        Path file = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(file), "no plugin descriptor at " + file + "; run process-classes first");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String projectVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>articles-maven-plugin</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertTrue(m.find(), "no version in pom.xml");
        return m.group(1);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent().strip();
    }
}

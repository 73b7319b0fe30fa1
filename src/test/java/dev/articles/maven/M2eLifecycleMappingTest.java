package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Eclipse (m2e) lifecycle mapping that the plugin jar carries ({@code META-INF/m2e/lifecycle-mapping-metadata.xml},
 * read from {@code target/classes}, as the jar holds it): every goal that binds itself to a phase, and only those, is
 * executed on incremental builds and on configuration. Compared with the generated plugin descriptor, so a goal that
 * gets a default phase cannot be forgotten here (m2e would then report "plugin execution not covered").
 */
class M2eLifecycleMappingTest {

    @Test
    void executesExactlyTheGoalsWithADefaultPhase() throws Exception {
        Path classes = Path.of(ValidateMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Document descriptor = read(classes.resolve("META-INF/maven/plugin.xml"));
        Document mapping = read(classes.resolve("META-INF/m2e/lifecycle-mapping-metadata.xml"));

        Set<String> bound = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        for (Element mojo : elements(descriptor.getDocumentElement(), "mojos", "mojo")) {
            String goal = text(mojo, "goal");
            all.add(goal);
            if (!text(mojo, "phase").isEmpty()) {
                bound.add(goal);
            }
        }
        assertTrue(all.containsAll(Set.of("validate", "bundle", "baseline", "new", "help")), "goals: " + all);
        // The descriptor was read right: the two build goals have phases, the goals run by hand have none.
        assertTrue(bound.containsAll(Set.of("validate", "bundle")), "goals with a default phase: " + bound);
        assertTrue(!bound.contains("baseline") && !bound.contains("new") && !bound.contains("help"),
                "goals with a default phase: " + bound);

        Element root = mapping.getDocumentElement();
        assertEquals("lifecycleMappingMetadata", root.getTagName());
        List<Element> executions = elements(root, "pluginExecutions", "pluginExecution");
        Set<String> mapped = new TreeSet<>();
        for (Element execution : executions) {
            Element filter = only(execution, "pluginExecutionFilter");
            for (String part : List.of("groupId", "artifactId", "versionRange")) {
                // m2e takes them from the plugin that carries the file; a wrong one would make the filter miss.
                assertTrue(children(filter, part).isEmpty(), "the filter names " + part);
            }
            List<String> goals = new ArrayList<>();
            for (Element goal : elements(filter, "goals", "goal")) {
                goals.add(goal.getTextContent().strip());
            }
            Element execute = only(only(execution, "action"), "execute");
            assertEquals("true", text(execute, "runOnIncremental"), "runOnIncremental of " + goals);
            assertEquals("true", text(execute, "runOnConfiguration"), "runOnConfiguration of " + goals);
            for (String goal : goals) {
                assertTrue(mapped.add(goal), goal + " is mapped twice");
            }
        }
        assertEquals(bound, mapped, "the goals m2e is told to execute");
    }

    private static Document read(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), "no " + file + "; run process-classes first");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The {@code name} children of {@code parent}'s one {@code list} child. */
    private static List<Element> elements(Element parent, String list, String name) {
        return children(only(parent, list), name);
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "<" + parent.getTagName() + "> should have one <" + name + ">");
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                result.add(e);
            }
        }
        return result;
    }

    /** The text of the one {@code name} child, or empty when there is none. */
    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }
}

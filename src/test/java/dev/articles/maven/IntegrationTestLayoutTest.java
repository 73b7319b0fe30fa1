package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The invoker runs every folder under {@code src/it} as an integration test, and a folder whose
 * {@code verify.groovy} is missing (or misplaced) passes without checking anything. This keeps that from happening
 * silently, and keeps the IT projects free of what Maven 4 warns about in the logs the verify scripts read.
 */
class IntegrationTestLayoutTest {

    /** The plugins of the clean and jar lifecycles the ITs run; Maven 4 warns about each one left unpinned. */
    private static final List<String> LIFECYCLE_PLUGINS = List.of("maven-clean-plugin", "maven-resources-plugin",
            "maven-compiler-plugin", "maven-surefire-plugin", "maven-jar-plugin");

    @Test
    void everyIntegrationTestHasItsVerifyScript() throws IOException {
        for (Path project : projects()) {
            assertTrue(Files.isRegularFile(project.resolve("pom.xml")), project + " has no pom.xml");
            assertTrue(Files.isRegularFile(project.resolve("verify.groovy")), project + " has no verify.groovy");
        }
    }

    /**
     * Maven 4 prints "Version not locked for default bindings plugins [...]" for every project that runs a
     * lifecycle plugin at the version Maven picks. CI runs the ITs on Maven 4 as well, so each IT pins them (its
     * modules inherit the pins from it). A {@code pom} project without modules runs none of them.
     */
    @Test
    void everyIntegrationTestPinsTheLifecyclePlugins() throws Exception {
        for (Path project : projects()) {
            Path pom = project.resolve("pom.xml");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setExpandEntityReferences(false);
            Element root = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            if ("pom".equals(text(root, "packaging")) && child(root, "modules") == null) {
                continue;
            }
            Element build = child(root, "build");
            List<String> pinned = new ArrayList<>();
            pinned.addAll(pinnedPlugins(child(child(build, "pluginManagement"), "plugins")));
            pinned.addAll(pinnedPlugins(child(build, "plugins")));
            List<String> missing = LIFECYCLE_PLUGINS.stream().filter(p -> !pinned.contains(p)).toList();
            assertTrue(missing.isEmpty(), pom + " does not pin the version of " + missing + " (Maven 4 warns "
                    + "about it); copy the <pluginManagement> block of another IT");
        }
    }

    private static List<Path> projects() throws IOException {
        Path its = Path.of("src", "it");
        List<Path> projects;
        try (Stream<Path> children = Files.list(its)) {
            projects = children.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(projects.isEmpty(), "no integration tests under " + its.toAbsolutePath());
        return projects;
    }

    /** The artifactIds of the plugins in {@code plugins} that have a version. */
    private static List<String> pinnedPlugins(Element plugins) {
        List<String> pinned = new ArrayList<>();
        if (plugins != null) {
            for (Node n = plugins.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element plugin && "plugin".equals(plugin.getTagName())
                        && child(plugin, "version") != null) {
                    pinned.add(text(plugin, "artifactId"));
                }
            }
        }
        return pinned;
    }

    private static Element child(Element parent, String name) {
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getTagName())) {
                    return e;
                }
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }
}

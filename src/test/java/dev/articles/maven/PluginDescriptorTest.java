package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The plugin descriptor that maven-plugin-plugin generated into {@code target/classes}: what Maven actually reads
 * when it runs the goals. Guards the annotations (a renamed field, a lost {@code property}, a changed default)
 * against silent changes of the plugin's public surface.
 */
class PluginDescriptorTest {

    /** The parameters both goals share that have a user property or a default (listed under configuration). */
    private static final List<String> SHARED = List.of("contentDirectory", "includes", "excludes", "timeZone",
            "encoding", "skip", "failOnWarning", "includeDrafts", "allowedCategories", "allowedCategoriesFile",
            "allowedTags", "allowedTagsFile", "allowedHtmlTags", "allowedHtmlAttributes", "allowedUrlSchemes",
            "baselineFile",
            "excerptMaxLength", "frontMatterSchema", "maxFileSize", "maxFrontMatterSize", "maxNestingDepth",
            "readingTimeTolerance", "reportDirectory", "useBaseline", "siteFormat", "permalink", "plugin", "project",
            "session");

    /** Shared parameters set only in the pom (a map, and regexes that a comma-splitting property would break). */
    private static final List<String> POM_ONLY = List.of("rules", "forbiddenPatterns");

    private static Document descriptor;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path classes = classesDirectory();
        Path file = classes.resolve("META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(file), "no plugin descriptor at " + file + "; run process-classes first");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        descriptor = factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The folder the mojo classes were loaded from (target/classes), not some other plugin.xml on the classpath. */
    private static Path classesDirectory() throws URISyntaxException {
        Path location = Path.of(ValidateMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(location), "mojo classes not loaded from a folder: " + location);
        return location;
    }

    @Test
    void pluginIdentityAndPrefix() {
        Element plugin = descriptor.getDocumentElement();
        assertEquals("dev.articles", text(plugin, "groupId"));
        assertEquals("articles-maven-plugin", text(plugin, "artifactId"));
        assertEquals("articles", text(plugin, "goalPrefix"));
        assertEquals("17", text(plugin, "requiredJavaVersion"));
        assertEquals("3.6.3", text(plugin, "requiredMavenVersion"));
    }

    @Test
    void goals() {
        List<String> goals = new ArrayList<>();
        for (Element mojo : children(child(descriptor.getDocumentElement(), "mojos"), "mojo")) {
            goals.add(text(mojo, "goal"));
        }
        assertEquals(new TreeSet<>(List.of("baseline", "bundle", "help", "new", "preview", "validate")),
                new TreeSet<>(goals));
    }

    @Test
    void validateGoal() {
        Element mojo = mojo("validate");
        assertEquals("dev.articles.maven.ValidateMojo", text(mojo, "implementation"));
        assertEquals("validate", text(mojo, "phase"));
        assertEquals("true", text(mojo, "threadSafe"));
        assertEquals("true", text(mojo, "requiresProject"));
        assertEquals("false", text(mojo, "aggregator"));
        assertEquals("false", text(mojo, "requiresOnline"));
        assertNull(child(mojo, "requiresDependencyResolution"), "validate needs no dependencies");

        Map<String, Element> config = configuration(mojo);
        List<String> expected = new ArrayList<>(SHARED);
        assertEquals(new TreeSet<>(expected), config.keySet(), "validate's parameters");
        expected.addAll(POM_ONLY);
        assertEquals(new TreeSet<>(expected), parameters(mojo).keySet(), "validate's documented parameters");
    }

    @Test
    void bundleGoal() {
        Element mojo = mojo("bundle");
        assertEquals("dev.articles.maven.BundleMojo", text(mojo, "implementation"));
        assertEquals("generate-resources", text(mojo, "phase"));
        assertEquals("true", text(mojo, "threadSafe"));
        assertEquals("true", text(mojo, "requiresProject"));
        assertEquals("false", text(mojo, "aggregator"));
        assertNull(child(mojo, "requiresDependencyResolution"), "bundle needs no dependencies");

        Map<String, Element> config = configuration(mojo);
        List<String> expected = new ArrayList<>(SHARED);
        expected.addAll(List.of("bundleName", "outputDirectory", "siteUrl", "feeds", "feedSize", "feedTitle",
                "feedAuthor", "feedLanguage", "generateReader", "readerPackage", "readerName"));
        assertEquals(new TreeSet<>(expected), config.keySet(), "bundle's parameters");
        expected.addAll(POM_ONLY);
        assertEquals(new TreeSet<>(expected), parameters(mojo).keySet(), "bundle's documented parameters");

        assertParameter(mojo, "bundleName", "java.lang.String", "${project.artifactId}", true);
        // {@code a/{b}/} used to come out as "a/{b/}" in the help.
        assertTrue(text(mojo, "description").contains("META-INF/articles/{bundleName}/"), text(mojo, "description"));
        assertTrue(text(parameters(mojo).get("bundleName"), "description").contains("META-INF/articles/{bundleName}/"));
        assertParameter(mojo, "outputDirectory", "java.io.File",
                "${project.build.outputDirectory}", true);
        assertParameter(mojo, "siteUrl", "java.lang.String", null, false);
        assertParameter(mojo, "feeds", "java.lang.String", "auto", false, "0.2.0");
        assertParameter(mojo, "feedSize", "int", "20", false);
        assertParameter(mojo, "feedTitle", "java.lang.String", "${project.name}", false);
        assertParameter(mojo, "feedAuthor", "java.lang.String", null, false);
        assertParameter(mojo, "feedLanguage", "java.lang.String", null, false);
        assertParameter(mojo, "generateReader", "boolean", "true", false, "0.2.0");
        assertParameter(mojo, "readerPackage", "java.lang.String", null, false, "0.2.0");
        assertParameter(mojo, "readerName", "java.lang.String", null, false, "0.2.0");
    }

    @Test
    void newGoal() {
        Element mojo = mojo("new");
        assertEquals("dev.articles.maven.NewMojo", text(mojo, "implementation"));
        assertNull(child(mojo, "phase"), "new is run by hand, bound to no phase");
        assertEquals("true", text(mojo, "threadSafe"));
        assertEquals("true", text(mojo, "requiresProject"));
        assertEquals("false", text(mojo, "aggregator"));
        assertNull(child(mojo, "requiresDependencyResolution"), "new needs no dependencies");

        Map<String, Element> config = configuration(mojo);
        List<String> expected = new ArrayList<>(SHARED);
        expected.removeAll(List.of("failOnWarning", "includeDrafts", "reportDirectory", "useBaseline"));
        expected.addAll(List.of("title", "slug", "categories", "tags", "author", "draft", "newArticleFolder"));
        assertEquals(new TreeSet<>(expected), config.keySet(), "new's parameters");
        expected.addAll(POM_ONLY);
        assertEquals(new TreeSet<>(expected), parameters(mojo).keySet(), "new's documented parameters");

        // The article's own fields have short properties, as the command line wants them: -Dtitle=..., -Dslug=...
        for (String name : List.of("title", "slug", "categories", "tags", "author", "draft")) {
            assertEquals("${" + name + "}", config.get(name).getTextContent().strip(), name + " property");
            Element parameter = parameters(mojo).get(name);
            assertEquals("false", text(parameter, "required"), name + " required");
            assertEquals("0.1.0", text(parameter, "since"), name + " since");
            assertTrue(!text(parameter, "description").isBlank(), name + " is undocumented");
        }
        assertEquals("true", config.get("draft").getAttribute("default-value"));
        assertEquals("java.util.List", config.get("tags").getAttribute("implementation"));
        assertParameter(mojo, "newArticleFolder", "java.lang.String", "{yyyy}", false);
        assertParameter(mojo, "contentDirectory", "java.io.File", "${project.basedir}/src/main/articles", true);
        assertParameter(mojo, "timeZone", "java.lang.String", null, false);
        assertEquals("false", text(parameters(mojo).get("session"), "editable"), "the session must be read-only");
    }

    @Test
    void previewGoal() {
        Element mojo = mojo("preview");
        assertEquals("dev.articles.maven.PreviewMojo", text(mojo, "implementation"));
        assertNull(child(mojo, "phase"), "run by hand, bound to no phase");
        assertEquals("true", text(mojo, "requiresProject"));
        assertEquals("false", text(mojo, "aggregator"));
        assertNull(child(mojo, "requiresDependencyResolution"), "preview needs no dependencies");

        Map<String, Element> config = configuration(mojo);
        List<String> expected = new ArrayList<>(SHARED);
        expected.addAll(List.of("port", "bindAddress", "siteUrl", "feeds", "feedSize", "feedTitle", "feedAuthor",
                "feedLanguage"));
        assertEquals(new TreeSet<>(expected), config.keySet(), "preview's parameters");
        expected.addAll(POM_ONLY);
        assertEquals(new TreeSet<>(expected), parameters(mojo).keySet(), "preview's documented parameters");

        assertParameter(mojo, "siteUrl", "java.lang.String", null, false);
        assertParameter(mojo, "feedSize", "int", "20", false);
        assertParameter(mojo, "port", "int", "4000", false);
        assertParameter(mojo, "bindAddress", "java.lang.String", "127.0.0.1", false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "bundle", "preview", "new"})
    void siteParametersOnEveryGoal(String goal) {
        Element mojo = mojo(goal);
        // No default: plain content gets /articles/{slug}/, a Jekyll site the permalink of its _config.yml.
        assertParameter(mojo, "permalink", "java.lang.String", null, false);
        assertTrue(text(parameters(mojo).get("permalink"), "description").contains("{slug}"));
        assertParameter(mojo, "siteFormat", "java.lang.String", "auto", false, "0.2.0");
        String siteFormat = text(parameters(mojo).get("siteFormat"), "description");
        for (String value : List.of("auto", "plain", "jekyll")) {
            assertTrue(siteFormat.contains(value), goal + " siteFormat does not name " + value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "bundle", "preview"})
    void sharedParameters(String goal) {
        Element mojo = mojo(goal);
        assertParameter(mojo, "contentDirectory", "java.io.File", "${project.basedir}/src/main/articles", true);
        assertParameter(mojo, "includes", "java.util.List", null, false);
        assertParameter(mojo, "excludes", "java.util.List", null, false);
        // No default value, so the goal can tell "not set" (UTC, with date-no-offset warnings) from a choice.
        assertParameter(mojo, "timeZone", "java.lang.String", null, false);
        assertParameter(mojo, "encoding", "java.lang.String", "${project.build.sourceEncoding}", false);
        assertParameter(mojo, "skip", "boolean", "false", false);
        assertParameter(mojo, "failOnWarning", "boolean", "false", false);
        assertParameter(mojo, "includeDrafts", "boolean", "false", false);
        assertParameter(mojo, "excerptMaxLength", "int", "200", false);
        assertParameter(mojo, "readingTimeTolerance", "int", "75", false);
        assertParameter(mojo, "maxFileSize", "long", "1048576", false);
        assertParameter(mojo, "maxFrontMatterSize", "int", "65536", false);
        assertParameter(mojo, "maxNestingDepth", "int", "16", false);
        assertParameter(mojo, "useBaseline", "boolean", "true", false);
        assertParameter(mojo, "baselineFile", "java.io.File", "${project.basedir}/articles-baseline.json", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "bundle", "preview"})
    void projectIsInjectedAndReadOnly(String goal) {
        Element mojo = mojo(goal);
        Element project = configuration(mojo).get("project");
        assertEquals("${project}", project.getAttribute("default-value"));
        assertEquals("", project.getTextContent().strip(), "the project must not be settable by a property");
        Element parameter = parameters(mojo).get("project");
        assertEquals("false", text(parameter, "editable"), "the project must be read-only");
    }

    /**
     * A parameter's type, its {@code articles.<name>} user property, its default and whether it is required, as
     * Maven reads them: the property and default from {@code <configuration>}, the rest from {@code <parameters>}.
     */
    private static void assertParameter(Element mojo, String name, String type, String defaultValue,
            boolean required) {
        assertParameter(mojo, name, type, defaultValue, required, "0.1.0");
    }

    /** {@link #assertParameter(Element, String, String, String, boolean)} of a parameter added in {@code since}. */
    private static void assertParameter(Element mojo, String name, String type, String defaultValue,
            boolean required, String since) {
        String goal = text(mojo, "goal");
        Element config = configuration(mojo).get(name);
        assertNotNull(config, goal + " has no configuration for " + name);
        assertEquals("${articles." + name + "}", config.getTextContent().strip(), goal + " " + name + " property");
        assertEquals(type, config.getAttribute("implementation"), goal + " " + name + " implementation");
        if (defaultValue == null) {
            assertTrue(!config.hasAttribute("default-value"), goal + " " + name + " should have no default, has '"
                    + config.getAttribute("default-value") + "'");
        } else {
            assertEquals(defaultValue, config.getAttribute("default-value"), goal + " " + name + " default");
        }
        Element parameter = parameters(mojo).get(name);
        assertNotNull(parameter, goal + " does not declare " + name);
        assertEquals(type, text(parameter, "type"), goal + " " + name + " type");
        assertEquals(String.valueOf(required), text(parameter, "required"), goal + " " + name + " required");
        assertEquals("true", text(parameter, "editable"), goal + " " + name + " editable");
        assertEquals(since, text(parameter, "since"), goal + " " + name + " since");
        assertTrue(!text(parameter, "description").isBlank(), goal + " " + name + " is undocumented");
    }

    private static Element mojo(String goal) {
        for (Element mojo : children(child(descriptor.getDocumentElement(), "mojos"), "mojo")) {
            if (goal.equals(text(mojo, "goal"))) {
                return mojo;
            }
        }
        throw new AssertionError("no mojo for goal " + goal);
    }

    private static Map<String, Element> configuration(Element mojo) {
        Map<String, Element> byName = new TreeMap<>();
        for (Element e : children(child(mojo, "configuration"), null)) {
            byName.put(e.getTagName(), e);
        }
        return byName;
    }

    private static Map<String, Element> parameters(Element mojo) {
        Map<String, Element> byName = new TreeMap<>();
        for (Element e : children(child(mojo, "parameters"), "parameter")) {
            byName.put(text(e, "name"), e);
        }
        return byName;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getTagName()))) {
                result.add(e);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        assertNotNull(e, "<" + parent.getTagName() + "> has no <" + name + ">");
        return e.getTextContent().strip();
    }
}

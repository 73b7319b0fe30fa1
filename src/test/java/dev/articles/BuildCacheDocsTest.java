package dev.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.maven.BundleMojo;
import dev.articles.maven.ValidateMojo;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build cache set-up of maven.md is what the invoker test {@code src/it/build-cache} runs, and its reconcile list
 * names real parameters: the extension reads them from the mojo's fields by name, and a name that is not a field
 * makes every cached build look inconsistent.
 */
class BuildCacheDocsTest {
    private static final Path IT = Path.of("src", "it", "build-cache", ".mvn");
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Test
    void readmeFilesAreTheTestedOnes() throws IOException {
        List<String> blocks = xmlBlocks();
        assertEquals(DECLARATION + blocks.get(0), read(IT.resolve("extensions.xml")));
        assertEquals(DECLARATION + blocks.get(1), read(IT.resolve("maven-build-cache-config.xml")));
    }

    @Test
    void reconciledPropertiesAreParametersOfTheirGoal() throws IOException {
        String config = read(IT.resolve("maven-build-cache-config.xml"));
        Matcher plugin = Pattern.compile("<plugin artifactId=\"articles-maven-plugin\" goal=\"([a-z]+)\">(.*?)</plugin>",
                Pattern.DOTALL).matcher(config);
        List<String> goals = new ArrayList<>();
        while (plugin.find()) {
            Class<?> mojo = switch (plugin.group(1)) {
                case "bundle" -> BundleMojo.class;
                case "validate" -> ValidateMojo.class;
                default -> throw new AssertionError("unexpected goal " + plugin.group(1));
            };
            goals.add(plugin.group(1));
            Matcher property = Pattern.compile("propertyName=\"([A-Za-z]+)\"").matcher(plugin.group(2));
            int count = 0;
            while (property.find()) {
                field(mojo, property.group(1));
                assertTrue(parameters(plugin.group(1)).contains(property.group(1)),
                        property.group(1) + " is not a parameter of " + plugin.group(1));
                count++;
            }
            assertTrue(count > 0, plugin.group(1));
        }
        assertEquals(List.of("bundle", "validate"), goals);
    }

    /** The goal's parameters in the generated plugin descriptor. */
    private static List<String> parameters(String goal) {
        try {
            NodeList mojos = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Path.of("target", "classes", "META-INF", "maven", "plugin.xml").toFile())
                    .getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                if (goal.equals(mojo.getElementsByTagName("goal").item(0).getTextContent())) {
                    List<String> names = new ArrayList<>();
                    NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                            .getElementsByTagName("parameter");
                    for (int j = 0; j < parameters.getLength(); j++) {
                        names.add(((Element) parameters.item(j)).getElementsByTagName("name").item(0).getTextContent());
                    }
                    return names;
                }
            }
        } catch (Exception e) {
            throw new AssertionError("cannot read the plugin descriptor", e);
        }
        throw new AssertionError("no goal " + goal + " in the plugin descriptor");
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new AssertionError(type.getSimpleName() + " has no field '" + name + "'");
    }

    /** The xml blocks of the build cache section of maven.md, in order. */
    private static List<String> xmlBlocks() throws IOException {
        String readme = Docs.page("maven.md");
        int start = readme.indexOf("\n## Maven Build Cache Extension\n");
        assertTrue(start >= 0, "maven.md has no Maven Build Cache Extension section");
        int end = readme.indexOf("\n## ", start + 1);
        end = end < 0 ? readme.length() : end;
        Matcher block = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(block.group(1));
        }
        assertFalse(blocks.isEmpty());
        assertEquals(2, blocks.size(), "extensions.xml and maven-build-cache-config.xml");
        return blocks;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}

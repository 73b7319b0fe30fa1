package dev.articles.core.reader;

import dev.articles.core.bundle.BundleLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Java sources of a bundle's reader, by their paths below a source root ({@code com/example/blog/BlogArticles.java}):
 * the fixed classes from the templates beside this class, with the names filled in, and the extra class made from the
 * schema. Nothing in them depends on the time or the machine: the same request gives the same text.
 */
final class ReaderSources {
    /** The templates: {@code Articles} becomes {@code BlogArticles}, and so on; the others keep their names. */
    private static final Map<String, String> TEMPLATES = Map.of("Articles", "articles", "Article", "article",
            "Page", "Page", "Json", "Json", "BundleFiles", "BundleFiles");

    private ReaderSources() {
    }

    /** Every source, by path, sorted. */
    static Map<String, String> of(ReaderSpec spec) {
        ReaderNames names = spec.names();
        Map<String, String> sources = new TreeMap<>();
        for (Map.Entry<String, String> t : TEMPLATES.entrySet()) {
            String name = switch (t.getValue()) {
                case "articles" -> names.articlesClass();
                case "article" -> names.articleClass();
                default -> t.getValue();
            };
            sources.put(names.folder() + "/" + name + ".java", fill(template(t.getKey()), spec));
        }
        sources.put(names.folder() + "/" + names.extraClass() + ".java",
                new ExtraSource(names, spec.schema(), spec.zone(), spec.generator(), spec.bundleName()).text());
        return sources;
    }

    /**
     * The GraalVM native image configuration that keeps the bundle's files in an image: at
     * {@code META-INF/native-image/{groupId}/{artifactId}/resource-config.json}, where native-image looks in every
     * jar.
     *
     * @return its path below the classes folder, and its text
     */
    static Map.Entry<String, String> nativeImageResources(ReaderSpec spec) {
        String root = BundleLayout.bundleRoot(spec.bundleName());
        String text = "{\n"
                + "  \"resources\": {\n"
                + "    \"includes\": [\n"
                + "      {\n"
                + "        \"pattern\": \"\\\\Q" + BundleLayout.DISCOVERY_FILE + "\\\\E\"\n"
                + "      },\n"
                + "      {\n"
                + "        \"pattern\": \"\\\\Q" + root + "\\\\E.*\"\n"
                + "      }\n"
                + "    ]\n"
                + "  }\n"
                + "}\n";
        return Map.entry("META-INF/native-image/" + spec.groupId() + "/" + spec.artifactId()
                + "/resource-config.json", text);
    }

    private static String fill(String template, ReaderSpec spec) {
        ReaderNames names = spec.names();
        return template.replace("@PACKAGE@", names.packageName())
                .replace("@ARTICLES@", names.articlesClass())
                .replace("@ARTICLE@", names.articleClass())
                .replace("@EXTRA@", names.extraClass())
                .replace("@BUNDLE@", spec.bundleName())
                .replace("@FORMAT@", String.valueOf(BundleLayout.FORMAT))
                .replace("@GENERATOR@", spec.generator())
                .replace("@COORDINATES@", spec.groupId() + ":" + spec.artifactId());
    }

    private static String template(String name) {
        try (InputStream in = ReaderSources.class.getResourceAsStream(name + ".java.template")) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks the template " + name + ".java.template");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

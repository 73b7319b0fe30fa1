package dev.articles.it.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The site's articles as the web application sees them: every bundle of every content jar on the classpath, found
 * through the discovery files without knowing any bundle's name.
 */
public final class SiteArticles {
    private static final String ROOT = "META-INF/articles/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClassLoader loader;
    private final List<URL> discoveryFiles;
    private final Map<String, JsonNode> indexes;

    private SiteArticles(ClassLoader loader, List<URL> discoveryFiles, Map<String, JsonNode> indexes) {
        this.loader = loader;
        this.discoveryFiles = discoveryFiles;
        this.indexes = indexes;
    }

    /** Reads every {@code bundles.txt} and each bundle's {@code index.json}; a bundle name found twice is an error. */
    public static SiteArticles load(ClassLoader loader) throws IOException {
        List<URL> lists = Collections.list(loader.getResources(ROOT + "bundles.txt"));
        Map<String, JsonNode> indexes = new TreeMap<>();
        for (URL list : lists) {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(list.openStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    String name = line.strip();
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (indexes.containsKey(name)) {
                        throw new IllegalStateException("bundle '" + name + "' is on the classpath twice; " + lists);
                    }
                    try (InputStream index = open(loader, ROOT + name + "/index.json")) {
                        indexes.put(name, JSON.readTree(index));
                    }
                }
            }
        }
        return new SiteArticles(loader, List.copyOf(lists), Collections.unmodifiableMap(indexes));
    }

    /** The discovery files found, one per content jar. */
    public List<URL> discoveryFiles() {
        return discoveryFiles;
    }

    /** The bundle names, sorted. */
    public Set<String> bundles() {
        return indexes.keySet();
    }

    public JsonNode index(String bundle) {
        JsonNode index = indexes.get(bundle);
        if (index == null) {
            throw new IllegalArgumentException("no bundle '" + bundle + "'; there are " + bundles());
        }
        return index;
    }

    /** The slugs of a bundle's published articles, newest first (the order of its index). */
    public List<String> slugs(String bundle) {
        List<String> slugs = new ArrayList<>();
        index(bundle).get("articles").forEach(summary -> slugs.add(summary.get("slug").asText()));
        return slugs;
    }

    /** One article's full record ({@code articles/{slug}.json}). */
    public JsonNode article(String bundle, String slug) {
        try (InputStream in = open(loader, ROOT + bundle + "/" + summary(bundle, slug).get("json").asText())) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One article's HTML fragment. */
    public String html(String bundle, String slug) {
        try (InputStream in = open(loader, ROOT + bundle + "/" + summary(bundle, slug).get("html").asText())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode summary(String bundle, String slug) {
        for (JsonNode summary : index(bundle).get("articles")) {
            if (slug.equals(summary.get("slug").asText())) {
                return summary;
            }
        }
        throw new IllegalArgumentException("no article '" + slug + "' in bundle '" + bundle + "'");
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing classpath resource " + resource);
        }
        return in;
    }
}

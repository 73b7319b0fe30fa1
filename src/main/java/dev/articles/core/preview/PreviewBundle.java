package dev.articles.core.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articles.core.bundle.BundleLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rendered bundle as the preview reads it: the index, an article's record and HTML, and any file of the bundle
 * by its path, never one outside the bundle folder.
 */
final class PreviewBundle {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An article as {@code index.json} lists it.
     *
     * @param date as written in the bundle (RFC 3339 with offset)
     */
    record Summary(String id, String url, String slug, String title, String date, List<String> categories,
            List<String> tags, String author, String excerpt, int readingMinutes, boolean draft) {
    }

    /**
     * An article's page content: its summary, its source file, the language it declares in its front matter
     * ({@code lang} or {@code language}, else {@code null}) and its HTML.
     */
    record Page(Summary summary, String source, String declaredLanguage, String html) {
    }

    private final Path root;

    PreviewBundle(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The articles of the index, newest first; empty when nothing was rendered. */
    List<Summary> index() throws IOException {
        JsonNode index = indexJson();
        if (index == null) {
            return List.of();
        }
        List<Summary> list = new ArrayList<>();
        for (JsonNode a : index.path("articles")) {
            list.add(summary(a));
        }
        return list;
    }

    /** The feed and sitemap files the render has, of {@code feed.xml}, {@code feed.json}, {@code sitemap.xml}. */
    List<String> feeds() throws IOException {
        List<String> feeds = new ArrayList<>();
        for (String name : List.of(BundleLayout.FEED_ATOM, BundleLayout.FEED_JSON, BundleLayout.SITEMAP)) {
            if (file(List.of(name)) != null) {
                feeds.add(name);
            }
        }
        return feeds;
    }

    /** Where the render's assets are served ({@code assetsUrl} of {@code index.json}), or {@code null}. */
    String assetsUrl() throws IOException {
        JsonNode index = indexJson();
        return index == null ? null : text(index.get("assetsUrl"));
    }

    private JsonNode indexJson() throws IOException {
        Path file = root.resolve(BundleLayout.INDEX);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (NoSuchFileException e) {
            return null; // deleted by a render since it was found
        }
    }

    /** The summary of the article whose {@code url} has these decoded segments, or {@code null}. */
    Summary articleAt(List<String> segments) throws IOException {
        for (Summary a : index()) {
            if (a.url() != null && segments.equals(PreviewPaths.segments(a.url()))) {
                return a;
            }
        }
        return null;
    }

    /** The article with this id, or {@code null} when the render has none. */
    Page article(String id) throws IOException {
        Path json = file(List.of(BundleLayout.articleJson(id).split("/", -1)));
        Path html = file(List.of(BundleLayout.articleHtml(id).split("/", -1)));
        if (json == null || html == null) {
            return null;
        }
        try {
            JsonNode record = JSON.readTree(json.toFile());
            JsonNode extra = record.path("extra");
            String lang = text(extra.get("lang"));
            if (lang == null) {
                lang = text(extra.get("language"));
            }
            return new Page(summary(record), text(record.get("source")), lang,
                    Files.readString(html, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return null; // deleted by a render since it was found
        }
    }

    /**
     * The regular file at these path segments under the bundle folder, or {@code null}: segments must be plain names
     * ({@link PreviewPaths#safeSegment}), and the file, links resolved, must lie inside the folder.
     */
    Path file(List<String> segments) throws IOException {
        if (segments.isEmpty() || !segments.stream().allMatch(PreviewPaths::safeSegment)) {
            return null;
        }
        Path file = root;
        for (String s : segments) {
            file = file.resolve(s);
        }
        file = file.normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return file.toRealPath().startsWith(root.toRealPath()) ? file : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static Summary summary(JsonNode a) {
        return new Summary(text(a.get("id")), text(a.get("url")), text(a.get("slug")), text(a.get("title")),
                text(a.get("date")), strings(a.get("categories")),
                strings(a.get("tags")), text(a.get("author")), text(a.get("excerpt")), a.path("readingMinutes").asInt(),
                a.path("draft").asBoolean());
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> list.add(n.asText()));
        }
        return list;
    }
}

package dev.articles.core.liquid;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Liquid's {@code site}: the settings and data ({@code values}), and the variables Jekyll makes of the whole site,
 * which a build that renders one article at a time does not have ({@code site.posts}, {@code site.pages}, a
 * collection's documents, ...). Asking for one of those gives an empty list or map, as for a site without posts,
 * and is remembered, so that the article is told that what depends on it was left out.
 */
final class SiteVariables extends AbstractMap<String, Object> {
    /** Jekyll's site-wide variables the plugin does not provide. */
    private static final Set<String> WHOLE_SITE = Set.of("posts", "pages", "documents", "related_posts",
            "static_files", "html_pages", "html_files", "collections", "categories", "tags");

    private final Map<String, Object> values;
    /** Collection labels ({@code site.guides} lists the documents of {@code _guides}). */
    private final Set<String> collections;

    SiteVariables(Map<String, Object> values, Set<String> collections) {
        this.values = Collections.unmodifiableMap(values);
        this.collections = Set.copyOf(collections);
    }

    @Override
    public Object get(Object key) {
        if (key instanceof String k && !values.containsKey(k) && (WHOLE_SITE.contains(k) || collections.contains(k))) {
            RenderState state = RenderState.orNull();
            if (state != null) {
                state.missing(k);
            }
            return k.equals("categories") || k.equals("tags") ? Map.of() : List.of();
        }
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key) || WHOLE_SITE.contains(key) || collections.contains(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }
}

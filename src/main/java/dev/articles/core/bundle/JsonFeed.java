package dev.articles.core.bundle;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code feed.json}: a JSON Feed 1.1 of the same articles as {@code feed.xml}, written like the bundle's other JSON
 * ({@link BundleJson#bytes}). Optional members are left out when there is nothing to say (no language, no author,
 * an empty excerpt).
 */
final class JsonFeed {
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeed() {
    }

    /** The document; its keys in the order written. */
    static Map<String, Object> document(FeedSettings site, List<FeedItem> items, String author) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", VERSION);
        m.put("title", site.title());
        m.put("home_page_url", site.homeUrl());
        m.put("feed_url", site.fileUrl(BundleLayout.FEED_JSON));
        if (site.language() != null) {
            m.put("language", site.language());
        }
        if (author != null) {
            m.put("authors", List.of(Map.of("name", author)));
        }
        m.put("items", items.stream().map(JsonFeed::item).toList());
        return m;
    }

    static byte[] bytes(FeedSettings site, List<FeedItem> items, String author) {
        return BundleJson.bytes(document(site, items, author));
    }

    private static Map<String, Object> item(FeedItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.url());
        m.put("url", item.url());
        m.put("title", item.title());
        m.put("content_html", item.html());
        if (!item.summary().isEmpty()) {
            m.put("summary", item.summary());
        }
        m.put("date_published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(item.date()));
        if (item.author() != null) {
            m.put("authors", List.of(Map.of("name", item.author())));
        }
        m.put("tags", item.terms());
        return m;
    }
}

package dev.articles.core.bundle;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code feed.xml}: an Atom feed (RFC 4287) of the newest articles. The feed's id is its own address and each
 * entry's id is the article's address, as Jekyll's jekyll-feed and Hugo write them, so a site that moves to the
 * plugin keeps its entry ids and readers do not show every article again. {@code updated} is the newest article's
 * date, never the build's time.
 */
final class AtomFeed {
    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * @param items newest first, at least one
     * @param author the feed-level author, or {@code null} when every item has its own
     */
    static byte[] bytes(FeedSettings site, List<FeedItem> items, String author) {
        String self = site.fileUrl(BundleLayout.FEED_ATOM);
        XmlDocument xml = new XmlDocument().root("feed", NAMESPACE);
        if (site.language() != null) {
            xml.lang(site.language());
        }
        xml.text("id", self)
                .text("title", site.title())
                .text("updated", date(items.get(0)))
                .empty("link", "rel", "alternate", "type", "text/html", "href", site.homeUrl())
                .empty("link", "rel", "self", "type", "application/atom+xml", "href", self);
        if (author != null) {
            xml.open("author").text("name", author).close();
        }
        for (FeedItem item : items) {
            xml.open("entry")
                    .text("id", item.url())
                    .text("title", item.title())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", item.url())
                    .text("published", date(item))
                    .text("updated", date(item));
            if (item.author() != null) {
                xml.open("author").text("name", item.author()).close();
            }
            for (String term : item.terms()) {
                xml.empty("category", "term", term);
            }
            if (!item.summary().isEmpty()) {
                xml.text("summary", item.summary());
            }
            xml.text("content", item.html(), "type", "html");
            xml.close();
        }
        return xml.finish();
    }

    private static String date(FeedItem item) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(item.date());
    }
}

package dev.articles.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The feeds ({@code feed.xml}, {@code feed.json}) and the sitemap of a bundle, made from what the index holds: the
 * articles newest first, each with its slug, date, draft flag and {@code index.json} entry. Only the newest
 * {@link FeedSettings#size()} published articles are read in full (their HTML, from the bundle's own files), so a
 * bundle of any size costs the feeds no more memory than its index. Drafts are never listed, whatever
 * {@code includeDrafts} says: feeds and sitemaps are for the public.
 */
final class Feeds {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads an article's HTML as the bundle holds it. */
    interface HtmlSource {
        String html(String id) throws IOException;
    }

    /** The collection whose articles the feeds list (Jekyll's feeds list posts only). */
    private static final String POSTS = "posts";

    private Feeds() {
    }

    /**
     * @param articles every article of the bundle, newest first
     * @return the files by path relative to the bundle folder; none when no article is published (an Atom feed
     *     needs a date, and the build's time would make the bundle irreproducible)
     */
    static Map<String, byte[]> files(FeedSettings site, List<BundleWriter.Listed> articles, HtmlSource source)
            throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (articles.stream().allMatch(BundleWriter.Listed::draft)) {
            return files;
        }
        FeedHtml html = new FeedHtml(site);
        List<FeedItem> items = new ArrayList<>();
        for (BundleWriter.Listed a : articles) {
            if (items.size() == site.size()) {
                break;
            }
            if (!a.draft() && a.date() != null && a.collection().equals(POSTS)) {
                items.add(item(site, a, html, source.html(a.id())));
            }
        }
        String author = site.author();
        if (author == null && items.stream().anyMatch(i -> i.author() == null)) {
            author = site.title(); // Atom wants an author for every entry: the site stands in
        }
        files.put(BundleLayout.FEED_ATOM, AtomFeed.bytes(site, items, author));
        files.put(BundleLayout.FEED_JSON, JsonFeed.bytes(site, items, author));
        // Each address is made as the sitemap is written, not kept for all articles at once.
        Iterable<Sitemap.Entry> published = () -> articles.stream().filter(a -> !a.draft())
                .map(a -> new Sitemap.Entry(site.articleUrl(a.url()), a.date())).iterator();
        files.putAll(Sitemap.files(site, published));
        return files;
    }

    /** An item from the article's index entry (the same values its JSON has) and its HTML. */
    private static FeedItem item(FeedSettings site, BundleWriter.Listed a, FeedHtml html, String articleHtml)
            throws IOException {
        JsonNode entry = JSON.readTree(a.indexEntry());
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        entry.get("categories").forEach(t -> terms.add(t.asText()));
        entry.get("tags").forEach(t -> terms.add(t.asText()));
        String url = site.articleUrl(a.url());
        JsonNode author = entry.get("author");
        return new FeedItem(url, entry.get("title").asText(), a.date(), author.isNull() ? null : author.asText(),
                entry.get("excerpt").asText(), List.copyOf(terms), html.absolute(articleHtml, url));
    }
}

package dev.articles.core.bundle;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml} (sitemaps.org protocol 0.9): every published article's address with its date as
 * {@code lastmod}. The protocol allows 50,000 addresses and 50 MiB a file; a larger site gets its addresses in
 * {@code sitemap-1.xml}, {@code sitemap-2.xml}... and {@code sitemap.xml} becomes the sitemap index listing them, so
 * search engines are always pointed at {@code sitemap.xml}.
 */
final class Sitemap {
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limits for one file. */
    static final int MAX_URLS = 50_000;
    static final int MAX_BYTES = 50 * 1024 * 1024;

    /**
     * An address to list.
     *
     * @param url absolute
     * @param lastmod the article's date, or {@code null} (a document without one)
     */
    record Entry(String url, OffsetDateTime lastmod) {
    }

    private Sitemap() {
    }

    /** The files, by path relative to the bundle folder. */
    static Map<String, byte[]> files(FeedSettings site, Iterable<Entry> entries) {
        return files(site, entries, MAX_URLS, MAX_BYTES);
    }

    static Map<String, byte[]> files(FeedSettings site, Iterable<Entry> entries, int maxUrls, int maxBytes) {
        List<byte[]> parts = new ArrayList<>();
        List<OffsetDateTime> newest = new ArrayList<>();
        XmlDocument part = null;
        int count = 0;
        long bound = 0; // at least the part's size so far: its real size is asked only when this comes near the limit
        for (Entry e : entries) {
            // Room for this entry and the closing tag: its markup adds less than 100 bytes to the escaped address.
            int room = escapedLength(e.url()) + 200;
            if (part != null && (count == maxUrls
                    || bound + room > maxBytes && (bound = part.size()) + room > maxBytes)) {
                parts.add(part.finish());
                part = null;
            }
            if (part == null) {
                part = new XmlDocument().root("urlset", NAMESPACE);
                newest.add(e.lastmod());
                count = 0;
                bound = 200;
            }
            part.open("url").text("loc", e.url());
            if (e.lastmod() != null) {
                part.text("lastmod", date(e.lastmod()));
            }
            part.close();
            count++;
            bound += room;
        }
        if (part == null) {
            part = new XmlDocument().root("urlset", NAMESPACE);
        }
        parts.add(part.finish());
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (parts.size() == 1) {
            files.put(BundleLayout.SITEMAP, parts.get(0));
            return files;
        }
        XmlDocument index = new XmlDocument().root("sitemapindex", NAMESPACE);
        for (int i = 0; i < parts.size(); i++) {
            String name = BundleLayout.sitemapPart(i + 1);
            index.open("sitemap").text("loc", site.fileUrl(name));
            if (newest.get(i) != null) {
                index.text("lastmod", date(newest.get(i)));
            }
            index.close();
        }
        files.put(BundleLayout.SITEMAP, index.finish());
        for (int i = 0; i < parts.size(); i++) {
            files.put(BundleLayout.sitemapPart(i + 1), parts.get(i));
        }
        return files;
    }

    private static int escapedLength(String url) {
        int n = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '\'' || c == '"') {
                n += 5;
            }
        }
        return n;
    }

    private static String date(OffsetDateTime date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }
}

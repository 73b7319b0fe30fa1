package dev.articles.core.bundle;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the feeds and the sitemap of a bundle need to know about the site: its address, how many articles a feed
 * lists, and the feed's title, author and language. Each article's own address comes with it ({@code url}).
 *
 * @param siteUrl the site's address, normalised: http or https, scheme and host in lower case, ending with {@code /}
 * @param size how many of the newest articles the feeds list (at least 1)
 * @param title the feeds' title
 * @param author the feed-level author, or {@code null}
 * @param language the feeds' language as a BCP 47 tag ({@code ja}, {@code en-US}), or {@code null}
 */
public record FeedSettings(String siteUrl, int size, String title, String author,
        String language) {

    /** How many articles a feed lists by default. */
    public static final int DEFAULT_SIZE = 20;

    private static final String LANGUAGE = "[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*";

    /**
     * The settings read from the configuration.
     *
     * @param settings the feed settings, or {@code null} when {@code siteUrl} is not set (no feeds) or a value is bad
     * @param problems every bad value, each a sentence naming its parameter; empty when all are usable
     */
    public record Result(FeedSettings settings, List<String> problems) {
    }

    /**
     * Reads and checks the values, all of them even without a site address (a bad value fails the build before
     * someone sets {@code siteUrl}).
     *
     * @param siteUrl the site's absolute http(s) address, or {@code null}/blank for no feeds
     * @param size how many articles the feeds list
     * @param title the feeds' title
     * @param author the feed-level author, or {@code null}/blank
     * @param language a BCP 47 language tag, or {@code null}/blank
     */
    public static Result read(String siteUrl, int size, String title, String author,
            String language) {
        List<String> problems = new ArrayList<>();
        String site = null;
        if (siteUrl != null && !siteUrl.isBlank()) {
            try {
                site = normalise(siteUrl.strip());
            } catch (IllegalArgumentException e) {
                problems.add("siteUrl: " + e.getMessage());
            }
        }
        if (size < 1) {
            problems.add("feedSize: " + size + " is not a number of articles; use 1 or more (default "
                    + DEFAULT_SIZE + ")");
        }
        if (title == null || title.isBlank()) {
            problems.add("feedTitle: the feed title is empty; set it, or the project's name");
        }
        String lang = blankToNull(language);
        if (lang != null && !lang.matches(LANGUAGE)) {
            problems.add("feedLanguage: '" + language + "' is not a language tag; use one such as ja or en-US");
        }
        if (!problems.isEmpty() || site == null) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new FeedSettings(site, size, title.strip(), blankToNull(author),
                lang), List.of());
    }

    /** What the bundle's output depends on, for the build fingerprint. */
    public String fingerprint() {
        return "siteUrl=" + siteUrl + "\nsize=" + size + "\ntitle=" + title
                + "\nauthor=" + author + "\nlanguage=" + language;
    }

    /** The site's home page: {@code siteUrl}. */
    public String homeUrl() {
        return siteUrl;
    }

    /** The address of a file served at the site's root folder ({@code feed.xml}). */
    public String fileUrl(String name) {
        return siteUrl + name;
    }

    /** The absolute address of an article at {@code url} (below the site's address). */
    public String articleUrl(String url) {
        return siteRoot() + url;
    }

    /** {@code scheme://host[:port]}: what an address starting with {@code /} is relative to. */
    public String origin() {
        URI uri = URI.create(siteUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** {@code siteUrl} without its final {@code /}, which permalinks start with. */
    private String siteRoot() {
        return siteUrl.substring(0, siteUrl.length() - 1);
    }

    /** The site address checked and normalised; {@link IllegalArgumentException} saying what is wrong. */
    static String normalise(String written) {
        String example = "; write an absolute http or https address such as https://example.com/ or "
                + "https://example.com/blog/";
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) > 0x7E || written.charAt(i) <= 0x20) {
                throw new IllegalArgumentException("'" + written + "' contains a space or a non-ASCII character; "
                        + "percent-encode the path and write the host in its ASCII (punycode) form");
            }
        }
        URI uri;
        try {
            uri = new URI(written);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + written + "' is not a URL (" + e.getReason() + ")" + example);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.isOpaque()) {
            throw new IllegalArgumentException("'" + written + "' is not an http or https address" + example);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + written + "' has no host name" + example);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'" + written + "' contains a user name; the feeds publish it, so "
                    + "leave it out");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + written + "' has a query or fragment (?, #); the site address"
                    + " is the folder the articles' paths are added to" + example);
        }
        // ' is legal in a path but the sitemap protocol wants it escaped: percent-encoded, it means the same.
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/"
                : uri.getRawPath().replace("'", "%27");
        if (!path.endsWith("/")) {
            path += "/";
        }
        if (path.contains("//") || path.contains("/./") || path.contains("/../")) {
            throw new IllegalArgumentException("'" + written + "' has an empty, '.' or '..' folder in its path"
                    + example);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":"
                + uri.getPort()) + path;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package dev.articles.core.check;

import dev.articles.core.link.Destination;
import dev.articles.core.text.NearestName;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles by their addresses, for links written from the site's root ({@code /2024/03/01/hello/}). Such a link
 * is checked only when it has the shape of an article's address: the folders before its last part are those of some
 * article's address with its numbers in the same places (a year of four digits among them), and its last part is a
 * page, not a file ({@code .pdf}). Anything else (an about page, a tag page, a feed, a download) is the site's
 * business, which the content cannot see.
 *
 * <p>{@code /2024/03/01/hello/}, {@code /2024/03/01/hello}, {@code /2024/03/01/hello.html} and
 * {@code /2024/03/01/hello/index.html} are one address, as web servers and GitHub Pages serve them. An article's
 * {@code redirect_from} addresses lead to it too.
 */
public final class ArticleAddresses {
    private final Map<String, ArticleFacts> byKey = new HashMap<>();
    private final Set<String> shapes = new HashSet<>();
    /** Addresses by their last part and by their folder: where a likely misspelling's address is found. */
    private final Map<String, List<String>> byLastPart = new HashMap<>();
    private final Map<String, List<String>> byFolder = new HashMap<>();

    private ArticleAddresses(List<ArticleFacts> articles) {
        for (ArticleFacts a : articles) {
            String path = pathOf(a.url());
            if (path != null) {
                String key = key(path);
                byKey.putIfAbsent(key, a);
                byLastPart.computeIfAbsent(lastPart(key), k -> new ArrayList<>()).add(path);
                byFolder.computeIfAbsent(folder(key), k -> new ArrayList<>()).add(path);
                String shape = folderShape(path);
                if (shape != null) {
                    shapes.add(shape);
                }
            }
        }
        for (ArticleFacts a : articles) {
            for (String alias : a.redirectFrom()) {
                String path = alias.startsWith("/") ? alias : "/" + alias;
                byKey.putIfAbsent(key(Destination.percentDecode(path)), a);
            }
        }
    }

    public static ArticleAddresses of(List<ArticleFacts> articles) {
        return new ArticleAddresses(articles);
    }

    /** Whether {@code path} (from the site's root, decoded, without query or fragment) is shaped like an address. */
    public boolean shapedLikeAnArticle(String path) {
        String last = lastPart(path);
        if (last.contains(".") && !last.endsWith(".html") && !last.endsWith(".htm")) {
            return false;
        }
        String shape = folderShape(path);
        return shape != null && shapes.contains(shape);
    }

    /** The article at {@code path} (its address or a {@code redirect_from} one), or {@code null}. */
    public ArticleFacts article(String path) {
        return byKey.get(key(path));
    }

    /**
     * The article address nearest to {@code path}, when one is close enough to be a likely misspelling. Only the
     * addresses with the same last part (another date) or in the same folder (another name) are compared: a few,
     * however many articles there are.
     */
    public String nearest(String path) {
        String key = key(path);
        Set<String> candidates = new HashSet<>(byLastPart.getOrDefault(lastPart(key), List.of()));
        candidates.addAll(byFolder.getOrDefault(folder(key), List.of()));
        return NearestName.of(path, candidates);
    }

    /** The path of an address: itself when it starts at the root, the path of a full URL; {@code null} else. */
    static String pathOf(String url) {
        if (url == null || url.isEmpty() || url.startsWith("//")) {
            return null;
        }
        if (url.startsWith("/")) {
            return Destination.percentDecode(url);
        }
        try {
            String path = new URI(url).getRawPath();
            return path == null || path.isEmpty() ? null : Destination.percentDecode(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** One key for the forms a server answers alike: trailing slash, {@code .html}, {@code index.html}. */
    static String key(String path) {
        String k = path;
        if (k.endsWith("/index.html")) {
            k = k.substring(0, k.length() - "index.html".length());
        }
        if (k.endsWith(".html")) {
            k = k.substring(0, k.length() - ".html".length());
        }
        while (k.length() > 1 && k.endsWith("/")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    /**
     * The folders before the last part, numbers replaced by their count of digits ({@code /en/news/#4/#2/#2});
     * {@code null} when no folder is a four-digit year, so that only dated addresses are ever checked.
     */
    static String folderShape(String path) {
        String k = key(path);
        int cut = k.lastIndexOf('/');
        if (cut <= 0) {
            return null;
        }
        StringBuilder shape = new StringBuilder();
        boolean year = false;
        for (String part : k.substring(1, cut).split("/", -1)) {
            if (!part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                year |= part.length() == 4;
                shape.append("/#").append(part.length());
            } else {
                shape.append('/').append(part);
            }
        }
        return year ? shape.toString() : null;
    }

    private static String folder(String key) {
        return key.substring(0, Math.max(0, key.lastIndexOf('/')));
    }

    private static String lastPart(String path) {
        String k = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return k.substring(k.lastIndexOf('/') + 1);
    }
}

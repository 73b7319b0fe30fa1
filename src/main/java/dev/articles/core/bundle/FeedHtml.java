package dev.articles.core.bundle;

import dev.articles.core.link.Destination;
import dev.articles.core.render.HtmlSanitizer;
import java.net.URI;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * An article's HTML as a feed carries it: every address made absolute, because a feed reader shows the HTML away
 * from the site. In the bundle, a link to another article is {@code {slug}} or {@code {slug}#part} and an image is
 * {@code assets/{path}} ({@code LinkRewriter}); here they become the other article's address ({@link Permalink}) and
 * the image's address in the site's {@code assets/} folder ({@link FeedSettings#assetsUrl()}). Other relative
 * addresses (written in raw HTML) are resolved against the article's own address.
 */
final class FeedHtml {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private final FeedSettings site;
    private final Function<String, String> articleUrls;

    /**
     * @param articleUrls the address of the article with the given slug, or {@code null} when the bundle has no such
     *     article
     */
    FeedHtml(FeedSettings site, Function<String, String> articleUrls) {
        this.site = site;
        this.articleUrls = articleUrls;
    }

    /** The HTML of the article at {@code articleUrl} with absolute addresses. */
    String absolute(String html, String articleUrl) {
        if (html.isEmpty()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (HtmlSanitizer.URL_ATTRIBUTES.contains(HtmlSanitizer.name(a.getKey()))) {
                    a.setValue(absoluteUrl(a.getValue(), articleUrl));
                }
            }
        }
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml);
        return doc.body().html();
    }

    String absoluteUrl(String address, String articleUrl) {
        String a = address.strip();
        if (a.isEmpty() || SCHEME.matcher(a).matches()) {
            return address;
        }
        if (a.startsWith("//")) {
            return URI.create(site.siteUrl()).getScheme() + ":" + a;
        }
        if (a.startsWith("#")) {
            return articleUrl + a;
        }
        if (a.startsWith("/")) {
            return site.origin() + a;
        }
        if (a.startsWith(BundleLayout.ASSETS)) {
            return site.assetsUrl() + a.substring(BundleLayout.ASSETS.length());
        }
        int end = firstOf(a, '?', '#');
        String path = a.substring(0, end);
        if (path.indexOf('/') < 0) {
            String slug = percentDecode(path);
            String url = slug == null ? null : articleUrls.apply(slug);
            if (url != null) {
                return url + a.substring(end);
            }
        }
        try {
            return URI.create(articleUrl).resolve(a).toString();
        } catch (IllegalArgumentException notAUri) {
            return address; // left as written: the bundle's HTML has it the same way
        }
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j < 0 ? s.length() : j : j < 0 ? i : Math.min(i, j);
    }

    /** {@code %XX} escapes decoded as UTF-8; {@code null} when they are not well formed. */
    static String percentDecode(String s) {
        return Destination.percentDecodeStrict(s);
    }
}

package dev.articles.core.bundle;

import dev.articles.core.render.HtmlSanitizer;
import java.net.URI;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * An article's HTML as a feed carries it: every address made absolute, because a feed reader shows the HTML away
 * from the site. In the bundle, links to other articles and images are relative to the article's own address
 * ({@code LinkRewriter}), so each relative address is resolved against it.
 */
final class FeedHtml {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private final FeedSettings site;

    FeedHtml(FeedSettings site) {
        this.site = site;
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
        try {
            return URI.create(articleUrl).resolve(a).toString();
        } catch (IllegalArgumentException notAUri) {
            return address; // left as written: the bundle's HTML has it the same way
        }
    }

}

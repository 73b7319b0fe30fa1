package dev.articles.core.bundle;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.LinkTargets;
import dev.articles.core.link.Destination;
import dev.articles.core.link.RelativeUrl;
import dev.articles.core.model.Article;
import dev.articles.core.render.LinkPlaceholders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Second step of link rendering, once every article is known: replaces the renderer's placeholders
 * ({@link LinkPlaceholders}) in an article's HTML. A link to an article (a Jekyll tag in text too) becomes the
 * other article's {@code url} (and {@code #part}), and a local image the address of its copy in the bundle's
 * {@code assets/} folder (served at {@code assetsUrl}); both relative to the article's own {@code url}
 * ({@link RelativeUrl}), so they work when the article is served at its address, wherever the site is mounted. The
 * image is added to the article's assets. A destination that does not resolve (its rule is off or suppressed) is
 * written back as it was.
 */
public final class LinkRewriter {
    private static final Pattern PLACEHOLDER = Pattern.compile("([" + LinkPlaceholders.LINK_START
            + LinkPlaceholders.IMAGE_START + "])([^" + LinkPlaceholders.LINK_START + "-" + LinkPlaceholders.END + "]*)"
            + LinkPlaceholders.END);
    private static final String ASCII_KEPT = "-._~!$&'()*+,;=:@";

    private final LinkTargets targets;
    private final String assetsUrl;

    /**
     * @param assetsUrl where the bundle's {@code assets/} folder is served, below the site's address (ends with
     *     {@code /})
     */
    public LinkRewriter(LinkTargets targets, String assetsUrl) {
        this.targets = targets;
        this.assetsUrl = assetsUrl;
    }

    /**
     * Where an article's links lead now, as one number: when it differs from the last build's, the article's HTML
     * must be made again even though its file did not change (an article it links to got another slug, an image
     * appeared or went).
     */
    public long signature(ArticleFacts facts) {
        long h = 1125899906842597L;
        for (ArticleFacts.LinkRef ref : facts.links()) {
            if (ref.kind() == ArticleFacts.LinkRef.Kind.SITE_IMAGE) {
                continue; // not rewritten: the site serves it at its own address
            }
            String address;
            if (ref.kind() == ArticleFacts.LinkRef.Kind.IMAGE) {
                LinkTargets.ImageHit hit = targets.image(facts.source(), Destination.parse(ref.target()));
                address = hit.path() == null ? "" : hit.path();
            } else {
                Destination d = ref.kind() == ArticleFacts.LinkRef.Kind.LINK ? Destination.parse(ref.target())
                        : Destination.tag(ref.kind() == ArticleFacts.LinkRef.Kind.POST_URL, ref.target());
                LinkTargets.ArticleHit hit = d.form() == Destination.Form.ANCHOR ? null
                        : targets.article(facts.source(), d);
                address = hit == null || hit.article() == null || hit.article().url() == null ? ""
                        : hit.article().url();
            }
            h = 31 * h + ref.kind().ordinal();
            h = 31 * h + ref.target().hashCode();
            h = 31 * h + address.hashCode();
        }
        return h;
    }

    public Article rewrite(Article article) {
        Map<String, Article.Asset> assets = new TreeMap<>();
        String html = replace(article.html(), article, assets);
        String excerptHtml = replace(article.excerptHtml(), article, assets);
        return article.withLinks(html, excerptHtml, List.copyOf(assets.values()));
    }

    private String replace(String html, Article from, Map<String, Article.Asset> assets) {
        if (html.indexOf(LinkPlaceholders.END) < 0) {
            return html;
        }
        Matcher m = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String escaped = m.group(2);
            Destination d = Destination.parse(Escaping.unescapeHtml(escaped));
            String address = m.group(1).charAt(0) == LinkPlaceholders.IMAGE_START ? image(from, d, assets)
                    : article(from, d);
            m.appendReplacement(out, Matcher.quoteReplacement(address == null ? escaped
                    : Escaping.escapeHtml(address, false)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String article(Article from, Destination d) {
        LinkTargets.ArticleHit hit = targets.article(from.source(), d);
        if (hit.article() == null || hit.article().url() == null) {
            return null;
        }
        return RelativeUrl.between(from.url(), hit.article().url()) + d.suffix();
    }

    private String image(Article from, Destination d, Map<String, Article.Asset> assets) {
        LinkTargets.ImageHit hit = targets.image(from.source(), d);
        if (hit.path() == null) {
            return null;
        }
        String path = BundleLayout.asset(hit.path());
        assets.putIfAbsent(path, new Article.Asset(path, hit.file()));
        return RelativeUrl.between(from.url(), assetsUrl + encodePath(hit.path())) + d.suffix();
    }

    /**
     * A path as a URL path: ASCII characters with a meaning in URLs ({@code # ? %}, space...) percent-encoded, other
     * characters (Japanese included) kept, as browsers accept them.
     */
    public static String encodePath(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); ) {
            int cp = path.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > 0x7F && !Character.isISOControl(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                    || cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '/' || ASCII_KEPT.indexOf(cp) >= 0)) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            }
        }
        return sb.toString();
    }
}

package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.check.LinkCollector;
import dev.articles.core.link.UrlSafety;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.render.HtmlSanitizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules on raw HTML and on addresses, which say what the sanitiser ({@link HtmlSanitizer}) does with them:
 * {@code html.unsafe} (error: an element or attribute that can run code or load active content, such as
 * {@code <script>}, {@code <iframe>}, {@code onclick}), {@code html.raw} (warning: HTML that is only
 * not on the allow-list, such as {@code <font>}), {@code link.unsafe-url} (error: a link, image or raw HTML address
 * whose scheme can run code or open local files, such as {@code javascript:}) and {@code link.scheme-not-allowed}
 * (warning: any other scheme that is not allowed, such as {@code ftp:}). Addresses are judged after entity decoding
 * and with hidden characters removed, as a browser reads them. Harmless HTML on the allow-list (tables,
 * {@code <br>}, {@code <details>}, {@code <img src>}...) has no finding. HTML comments are not raw HTML here: the
 * plugin's own suppression comments are directives, and other comments are left out of the published HTML.
 * Whatever these rules say, the sanitiser keeps everything they report out of the output.
 */
public final class HtmlSafetyCheck implements ArticleCheck {
    /** A link or image address whose scheme can run code or open local files ({@code javascript:}, {@code data:}). */
    public static final Rule LINK_UNSAFE_URL = Rule.configurable("link.unsafe-url", Severity.ERROR,
            "A link or image address whose scheme can run code or open local files (javascript:...); removed.");
    /** A link or image address with a harmless scheme that is not allowed ({@code ftp:}, made-up schemes). */
    public static final Rule LINK_SCHEME_NOT_ALLOWED = Rule.configurable("link.scheme-not-allowed", Severity.WARNING,
            "A link or image address whose scheme is not in allowedUrlSchemes (ftp:...); removed.");
    /** Raw HTML that can run code or load active content ({@code <script>}, {@code onclick}). */
    public static final Rule HTML_UNSAFE = Rule.configurable("html.unsafe", Severity.ERROR,
            "Raw HTML that can run code or load active content (script, iframe, onclick...); removed.");
    /** Raw HTML that is not on the allow-list ({@code allowedHtmlTags} / {@code allowedHtmlAttributes}). */
    public static final Rule HTML_RAW = Rule.configurable("html.raw", Severity.WARNING,
            "Raw HTML that is not on the allow-list (font, marquee...); removed.");

    private static final String ATTRIBUTE = "([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?";
    /** A comment (skipped), an opening tag, or a declaration, processing instruction or CDATA section. */
    private static final Pattern MARKUP = Pattern.compile("<!--[\\s\\S]*?-->"
            + "|<([A-Za-z][A-Za-z0-9-]*)((?:\\s+" + ATTRIBUTE + ")*)\\s*/?>"
            + "|<![A-Za-z\\[][^>]*>|<\\?[\\s\\S]*?\\?>");
    private static final Pattern ATTRIBUTES = Pattern.compile(ATTRIBUTE);
    private static final int MAX_SHOWN = 60;

    @Override
    public List<Rule> rules() {
        return List.of(LINK_UNSAFE_URL, LINK_SCHEME_NOT_ALLOWED, HTML_UNSAFE, HTML_RAW);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        Document document = article.document();
        HtmlSanitizer sanitizer = HtmlSanitizer.of(article.settings());
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                raw(article, node, sanitizer, findings);
            } else if (node instanceof LinkNodeBase link && !(node instanceof MailLink)) {
                String written = link.getUrl().toString();
                String url = Escaping.unescapeString(written);
                UrlSafety.Verdict verdict = sanitizer.verdict(url);
                if (verdict != UrlSafety.Verdict.ALLOWED) {
                    int[] at = LinkCollector.position(document, node.getStartOffset());
                    String kind = node instanceof Image ? "the image '" : node instanceof Reference
                            ? "the link definition '" : node instanceof AutoLink ? "the autolink '" : "the link '";
                    String what = kind + shown(node.getChars().toString().strip()) + "'";
                    String removed = node instanceof Image ? "the image is published without its source"
                            : node instanceof AutoLink ? "the address stays as plain text"
                            : "the link text stays, as plain text";
                    addressFinding(article, findings, at, verdict, what, written, url, removed);
                }
            }
        }
    }

    private static void raw(ArticleSource article, Node node, HtmlSanitizer sanitizer, Findings findings) {
        Document document = article.document();
        String text = node.getChars().toString();
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            if (m.group().startsWith("<!--")) {
                continue;
            }
            int[] at = LinkCollector.position(document, node.getStartOffset() + m.start());
            String tag = m.group(1);
            if (tag == null) {
                findings.add(article.file(), HTML_RAW, at[0], at[1], "'" + shown(m.group())
                        + "' (a declaration, processing instruction or CDATA section) is not HTML a page shows and is"
                        + " removed from the published HTML; remove it");
                continue;
            }
            String name = HtmlSanitizer.name(tag);
            if (name.equals("style")) { // never kept, but it runs no code: not a defect of the site, a warning
                findings.add(article.file(), HTML_RAW, at[0], at[1], "<style> is removed from the published HTML with"
                        + " its content: styles would restyle the page around the article, so they are never kept;"
                        + " style the site instead");
                continue;
            }
            if (HtmlSanitizer.FORBIDDEN_TAGS.contains(name)) {
                findings.add(article.file(), HTML_UNSAFE, at[0], at[1], "<" + name + "> is removed from the published HTML"
                        + " with its content: " + why(name) + "; remove it");
                continue;
            }
            boolean tagAllowed = sanitizer.allowsTag(name);
            if (!tagAllowed) {
                findings.add(article.file(), HTML_RAW, at[0], at[1], "<" + name + "> is not on the allow-list and is"
                        + " removed from the published HTML (its text is kept); write it in Markdown, or list '" + name
                        + "' in allowedHtmlTags to keep it");
            }
            Matcher a = ATTRIBUTES.matcher(m.group(2));
            while (a.find()) {
                String attribute = HtmlSanitizer.name(a.group(1));
                int[] attrAt = LinkCollector.position(document, node.getStartOffset() + m.start(2) + a.start());
                String value = a.group(2) == null ? "" : a.group(2).replaceAll("^[\"']|[\"']$", "");
                if (MEDIA_ATTRIBUTES.contains(attribute)) { // never kept, but an image runs no code
                    findings.add(article.file(), HTML_RAW, attrAt[0], attrAt[1], "the attribute '" + attribute
                            + "' of <" + name + "> is removed from the published HTML: it loads images the sanitiser"
                            + " cannot check, so it is never kept; use an <img src> or a Markdown image");
                } else if (attribute.equals("style")) { // as <style>: never kept, runs no code
                    findings.add(article.file(), HTML_RAW, attrAt[0], attrAt[1], "the attribute 'style' of <" + name
                            + "> is removed from the published HTML: styles would restyle the page around the article,"
                            + " so they are never kept; use a class, or write the text without it");
                } else if (HtmlSanitizer.forbiddenAttribute(attribute)) {
                    findings.add(article.file(), HTML_UNSAFE, attrAt[0], attrAt[1], "the attribute '" + attribute
                            + "' of <" + name + "> is removed from the published HTML: " + whyAttribute(attribute)
                            + "; remove it");
                } else if (tagAllowed && !sanitizer.allowsAttribute(name, attribute)) {
                    findings.add(article.file(), HTML_RAW, attrAt[0], attrAt[1], "the attribute '" + attribute
                            + "' of <" + name + "> is not on the allow-list and is removed from the published HTML; remove it,"
                            + " or list '" + attribute + "' in allowedHtmlAttributes to keep it");
                } else if (HtmlSanitizer.URL_ATTRIBUTES.contains(attribute)) {
                    String url = Escaping.unescapeString(value);
                    UrlSafety.Verdict verdict = sanitizer.verdict(url);
                    // On an element that is not allowed, the address goes with it: only a dangerous one is news.
                    if (verdict == UrlSafety.Verdict.DANGEROUS || tagAllowed && verdict != UrlSafety.Verdict.ALLOWED) {
                        addressFinding(article, findings, attrAt, verdict, "the attribute " + attribute + " of <"
                                + name + ">", value, url, "<" + name + "> is published without it");
                    }
                }
            }
        }
    }

    /** Attributes that load images the sanitiser cannot check: never kept, but they run no code. */
    private static final java.util.Set<String> MEDIA_ATTRIBUTES = java.util.Set.of("srcset", "background", "poster",
            "dynsrc", "lowsrc");

    private static String why(String tag) {
        return switch (tag) {
            case "script", "noscript", "template" -> "scripts run code in readers' browsers";
            case "svg", "math" -> "it can carry scripts and event handlers";
            case "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "param" ->
                    "it loads other pages or plug-ins into the article";
            case "form", "input", "button", "textarea", "select", "option" ->
                    "forms can send readers' input elsewhere";
            default -> "it changes the page around the article (styles, base address, metadata)";
        };
    }

    private static String whyAttribute(String attribute) {
        if (attribute.startsWith("on")) {
            return "event handlers run code in readers' browsers";
        }
        return switch (attribute) {
            case "srcdoc", "formaction", "action", "data", "codebase", "xlink:href", "xmlns", "is" ->
                    "it can load other pages or run code";
            default -> "it loads content the sanitiser cannot check";
        };
    }

    private static void addressFinding(ArticleSource article, Findings findings, int[] at, UrlSafety.Verdict verdict,
            String what, String written, String decoded, String removed) {
        String read = UrlSafety.normalized(decoded);
        String scheme = UrlSafety.scheme(decoded);
        String uses = what + " uses the scheme '" + scheme + ":'" + (read.equals(written.strip()) ? ""
                : " (read as '" + shown(read) + "' once entities and hidden characters are removed)");
        if (verdict == UrlSafety.Verdict.DANGEROUS) {
            findings.add(article.file(), LINK_UNSAFE_URL, at[0], at[1], uses + ", which can run code or open local"
                    + " files in readers' browsers; use an http:, https: or mailto: address or a relative one (the"
                    + " address is removed from the published HTML)");
        } else if (scheme.equals("data")) {
            findings.add(article.file(), LINK_SCHEME_NOT_ALLOWED, at[0], at[1], uses + ", which is never published;"
                    + " put the image in a file and use its path (the address is removed from the published HTML: "
                    + removed + ")");
        } else {
            findings.add(article.file(), LINK_SCHEME_NOT_ALLOWED, at[0], at[1], uses + ", which is not in"
                    + " allowedUrlSchemes; list '" + scheme + "' in allowedUrlSchemes to keep it (the address is removed"
                    + " from the published HTML: " + removed + ")");
        }
    }

    private static String shown(String text) {
        String s = text.replaceAll("\\s*\\n\\s*", " ");
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN - 3) + "...";
    }
}

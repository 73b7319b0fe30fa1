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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules {@code html.raw} (raw HTML outside the allowlist) and {@code link.unsafe-url} (a link, image or raw HTML
 * address whose scheme is not http, https or mailto, judged after entity decoding and with hidden characters
 * removed, as a browser reads it). HTML comments are not raw HTML here: the plugin's own suppression comments are
 * directives, and other comments are left out of the published HTML. Whatever these rules say, the sanitiser
 * ({@link HtmlSanitizer}) keeps scripts and unsafe addresses out of the output.
 */
public final class HtmlSafetyCheck implements ArticleCheck {
    /** A link or image address with a scheme other than http, https or mailto ({@code javascript:}, {@code data:}). */
    public static final Rule LINK_UNSAFE_URL = Rule.configurable("link.unsafe-url", Severity.ERROR,
            "A link or image address with an unsafe scheme (javascript:...).");
    /** Raw HTML in the Markdown (outside the allowlist {@code allowedHtmlTags} / {@code allowedHtmlAttributes}). */
    public static final Rule HTML_RAW = Rule.configurable("html.raw", Severity.ERROR,
            "Raw HTML that is not in the allowlist.");

    private static final String ATTRIBUTE = "([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?";
    /** A comment (skipped), an opening tag, or a declaration, processing instruction or CDATA section. */
    private static final Pattern MARKUP = Pattern.compile("<!--[\\s\\S]*?-->"
            + "|<([A-Za-z][A-Za-z0-9-]*)((?:\\s+" + ATTRIBUTE + ")*)\\s*/?>"
            + "|<![A-Za-z\\[][^>]*>|<\\?[\\s\\S]*?\\?>");
    private static final Pattern ATTRIBUTES = Pattern.compile(ATTRIBUTE);
    private static final int MAX_SHOWN = 60;

    @Override
    public List<Rule> rules() {
        return List.of(LINK_UNSAFE_URL, HTML_RAW);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        Document document = article.document();
        Set<String> allowedTags = new HashSet<>();
        article.settings().allowedHtmlTags().forEach(t -> allowedTags.add(HtmlSanitizer.name(t)));
        HtmlSanitizer sanitizer = HtmlSanitizer.of(article.settings());
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                raw(article, node, allowedTags, sanitizer, findings);
            } else if (node instanceof LinkNodeBase link && !(node instanceof MailLink)) {
                String written = link.getUrl().toString();
                String url = Escaping.unescapeString(written);
                if (!UrlSafety.isSafe(url)) {
                    int[] at = LinkCollector.position(document, node.getStartOffset());
                    String kind = node instanceof Image ? "the image '" : node instanceof Reference
                            ? "the link definition '" : node instanceof AutoLink ? "the autolink '" : "the link '";
                    findings.add(article.file(), LINK_UNSAFE_URL, at[0], at[1],
                            unsafeMessage(kind + shown(node.getChars().toString().strip()) + "'", written, url));
                }
            }
        }
    }

    private static void raw(ArticleSource article, Node node, Set<String> allowedTags, HtmlSanitizer sanitizer,
            Findings findings) {
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
                findings.add(article.file(), HTML_RAW, at[0], at[1], "raw HTML '" + shown(m.group())
                        + "' is not allowed and is left out of the published HTML; remove it");
                continue;
            }
            String name = HtmlSanitizer.name(tag);
            if (HtmlSanitizer.FORBIDDEN_TAGS.contains(name)) {
                findings.add(article.file(), HTML_RAW, at[0], at[1], "raw HTML <" + name + "> is never"
                        + " published (scripts, styles, frames, forms and the like are removed); remove it");
                continue;
            }
            boolean tagAllowed = allowedTags.contains(name);
            if (!tagAllowed) {
                findings.add(article.file(), HTML_RAW, at[0], at[1], "raw HTML <" + name + "> is not allowed;"
                        + " write it in Markdown, or list '" + name + "' in allowedHtmlTags");
            }
            Matcher a = ATTRIBUTES.matcher(m.group(2));
            while (a.find()) {
                String attribute = HtmlSanitizer.name(a.group(1));
                int[] attrAt = LinkCollector.position(document, node.getStartOffset() + m.start(2) + a.start());
                String value = a.group(2) == null ? "" : a.group(2).replaceAll("^[\"']|[\"']$", "");
                if (HtmlSanitizer.forbiddenAttribute(attribute)) {
                    findings.add(article.file(), HTML_RAW, attrAt[0], attrAt[1], "the attribute '" + attribute
                            + "' of <" + name + "> is never published (event handlers, style and embedded documents"
                            + " are removed); remove it");
                } else if (tagAllowed && !sanitizer.allowsAttribute(name, attribute)) {
                    findings.add(article.file(), HTML_RAW, attrAt[0], attrAt[1], "the attribute '" + attribute
                            + "' of <" + name + "> is not allowed; remove it, or list '" + attribute
                            + "' in allowedHtmlAttributes");
                } else if (HtmlSanitizer.URL_ATTRIBUTES.contains(attribute)) {
                    String url = Escaping.unescapeString(value);
                    if (!UrlSafety.isSafe(url)) {
                        findings.add(article.file(), LINK_UNSAFE_URL, attrAt[0], attrAt[1], unsafeMessage(
                                "the attribute " + attribute + " of <" + name + ">", value, url));
                    }
                }
            }
        }
    }

    private static String unsafeMessage(String what, String written, String decoded) {
        String read = UrlSafety.normalized(decoded);
        String scheme = UrlSafety.scheme(decoded);
        return what + " uses the scheme '" + scheme + ":'" + (read.equals(written.strip()) ? ""
                : " (read as '" + shown(read) + "' once entities and hidden characters are removed)")
                + ", which can run code or open local files in readers' browsers; use an http:, https: or mailto:"
                + " address or a relative one (the address is removed from the published HTML)";
    }

    private static String shown(String text) {
        String s = text.replaceAll("\\s*\\n\\s*", " ");
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN - 3) + "...";
    }
}

package dev.articles.core.render;

import dev.articles.core.link.UrlSafety;
import dev.articles.core.settings.CheckSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The last step before an article's HTML leaves the plugin: only the elements and attributes of the default
 * allow-list ({@link #DEFAULT_TAGS}: jsoup's {@link Safelist#relaxed()} and the harmless rest of GitHub's list, such
 * as {@code details}, {@code kbd}, {@code figure}, {@code ruby}; {@link #GLOBAL_ATTRIBUTES} on all of them, plus
 * per element {@code href}, {@code src}, table cell spans and alignment...) and those the user allowed
 * ({@code allowedHtmlTags}, {@code allowedHtmlAttributes}) survive, and addresses ({@code href}, {@code src}...) only
 * with an allowed scheme ({@link UrlSafety}, {@code allowedUrlSchemes}). Scripts, event handlers, {@code style},
 * frames and the like never pass, whatever the user allowed. An element that is not allowed loses its tags and
 * attributes, its text stays; one of {@link #FORBIDDEN_TAGS} goes with its content.
 *
 * <p>HTML that already passes is returned unchanged, byte for byte, so ordinary Markdown keeps flexmark's exact
 * output; only HTML with something to remove is rewritten by jsoup (text and entities kept, UTF-8, no pretty
 * printing). Run it on the final HTML: after the link placeholders are rewritten, before the checksum.
 */
public final class HtmlSanitizer {
    /**
     * Sanitisers by allowlist ({@code [tags, attributes]}), shared: building one costs more than sanitising an
     * article, it is asked for per article, and settings are plain values. A build has one allowlist;
     * the bound only keeps a long-lived JVM that sees many from growing the map.
     */
    private static final Map<List<List<String>>, HtmlSanitizer> SANITIZERS = new ConcurrentHashMap<>();
    private static final int MAX_SANITIZERS = 64;

    /** The sanitiser for {@code settings}' allow-lists (immutable, shared between threads). */
    public static HtmlSanitizer of(CheckSettings settings) {
        List<List<String>> allowlist = List.of(settings.allowedHtmlTags(), settings.allowedHtmlAttributes(),
                settings.allowedUrlSchemes());
        HtmlSanitizer known = SANITIZERS.get(allowlist);
        if (known != null) {
            return known;
        }
        if (SANITIZERS.size() >= MAX_SANITIZERS) {
            SANITIZERS.clear();
        }
        return SANITIZERS.computeIfAbsent(allowlist, a -> new HtmlSanitizer(a.get(0), a.get(1), a.get(2)));
    }

    /** Elements that are never allowed: they run code, load other documents, or change the page around them. */
    public static final Set<String> FORBIDDEN_TAGS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "base", "link", "meta", "form", "input", "button", "textarea", "select",
            "option", "svg", "math", "template", "noscript", "title", "html", "head", "body", "portal", "param");
    /** Attributes that are never allowed (besides every {@code on...} event handler). */
    public static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "srcdoc", "formaction", "action",
            "srcset", "xmlns", "xlink:href", "background", "poster", "data", "codebase", "dynsrc", "lowsrc", "is");
    /**
     * Elements kept without any finding: what Markdown produces and harmless HTML that real sites write by hand.
     * Left out on purpose: presentational and obsolete elements ({@code font}, {@code center}, {@code big},
     * {@code tt}, {@code marquee}), media that loads other content ({@code video}, {@code audio}, {@code picture},
     * {@code source}); a user may allow them ({@code allowedHtmlTags}).
     */
    public static final Set<String> DEFAULT_TAGS = Set.of(
            // Safelist.relaxed()
            "a", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "div", "dl", "dt", "em",
            "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li", "ol", "p", "pre", "q", "small", "span", "strike",
            "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
            // and the harmless rest of GitHub's list
            "hr", "del", "s", "ins", "mark", "kbd", "samp", "var", "abbr", "details", "summary", "figure",
            "figcaption", "dfn", "time", "wbr", "ruby", "rt", "rp", "bdi", "bdo");
    /** Attributes kept on every allowed element. */
    public static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "class", "title", "lang", "dir");
    /** Attributes holding an address, checked with {@link UrlSafety}. */
    public static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "longdesc", "usemap");

    private final Safelist safelist;
    private final Cleaner cleaner;
    private final Set<String> allowedSchemes;

    /** The sanitiser for the default allow-lists alone. */
    public HtmlSanitizer() {
        this(List.of(), List.of(), List.of());
    }

    /** The sanitiser for the default allow-lists and further tags and attributes, no further URL schemes. */
    public HtmlSanitizer(Collection<String> allowedTags, Collection<String> allowedAttributes) {
        this(allowedTags, allowedAttributes, List.of());
    }

    /**
     * @param allowedTags further elements the user allows (names; forbidden ones are ignored, see
     *     {@link #problems})
     * @param allowedAttributes further attributes the user allows on every allowed element
     * @param allowedSchemes further URL schemes the user allows (dangerous ones are ignored, see {@link UrlSafety})
     */
    public HtmlSanitizer(Collection<String> allowedTags, Collection<String> allowedAttributes,
            Collection<String> allowedSchemes) {
        Safelist safelist = Safelist.relaxed()
                .addTags(DEFAULT_TAGS.toArray(String[]::new))
                .addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(String[]::new))
                .addAttributes("a", "name")
                .addAttributes("th", "align").addAttributes("td", "align")
                .addAttributes("details", "open")
                .addAttributes("time", "datetime")
                .addAttributes("del", "cite", "datetime").addAttributes("ins", "cite", "datetime")
                // Schemes are checked by UrlSafety (entities and hidden characters as a browser reads them);
                // jsoup's check would turn relative addresses absolute or drop them.
                .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
                .removeProtocols("img", "src", "http", "https")
                .removeProtocols("blockquote", "cite", "http", "https")
                .removeProtocols("q", "cite", "http", "https");
        for (String tag : allowedTags) {
            String t = name(tag);
            if (!t.isEmpty() && !FORBIDDEN_TAGS.contains(t)) {
                safelist.addTags(t);
            }
        }
        for (String attribute : allowedAttributes) {
            String a = name(attribute);
            if (!a.isEmpty() && !forbiddenAttribute(a)) {
                safelist.addAttributes(":all", a);
            }
        }
        this.safelist = safelist;
        this.cleaner = new Cleaner(safelist);
        Set<String> schemes = new HashSet<>();
        for (String scheme : allowedSchemes) {
            if (UrlSafety.problem(scheme) == null) {
                schemes.add(UrlSafety.schemeName(scheme));
            }
        }
        this.allowedSchemes = Set.copyOf(schemes);
    }

    /** Whether the sanitiser keeps this element (by name; forbidden ones never). */
    public boolean allowsTag(String tag) {
        String t = name(tag);
        return !FORBIDDEN_TAGS.contains(t) && safelist.isSafeTag(t);
    }

    /** The verdict on an address (entities decoded) with this sanitiser's URL schemes. */
    public UrlSafety.Verdict verdict(String decodedUrl) {
        return UrlSafety.verdict(decodedUrl, allowedSchemes);
    }

    /** Whether the sanitiser keeps this attribute on this element (its value aside). */
    public boolean allowsAttribute(String tag, String attribute) {
        String t = name(tag);
        String a = name(attribute);
        if (forbiddenAttribute(a)) {
            return false;
        }
        Element element = new Element(t);
        return safelist.isSafeAttribute(t, element, new Attribute(a, "x"));
    }

    /** A tag or attribute name as compared: stripped, lower case. */
    public static String name(String written) {
        return written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether an attribute is never allowed: an event handler or one of {@link #FORBIDDEN_ATTRIBUTES}. */
    public static boolean forbiddenAttribute(String name) {
        String n = name(name);
        return n.startsWith("on") || FORBIDDEN_ATTRIBUTES.contains(n);
    }

    /** Problems with an allowlist, each a sentence naming the parameter; empty when it is usable. */
    public static List<String> problems(Collection<String> allowedTags, Collection<String> allowedAttributes) {
        List<String> problems = new ArrayList<>();
        for (String tag : allowedTags) {
            String t = name(tag);
            if (t.isEmpty() || !t.matches("[a-z][a-z0-9-]*")) {
                problems.add("allowedHtmlTags: '" + tag + "' is not an HTML tag name; write it without < >, such as"
                        + " kbd");
            } else if (FORBIDDEN_TAGS.contains(t)) {
                problems.add("allowedHtmlTags: <" + t + "> can never be allowed: it can run scripts, load other"
                        + " pages or change the page around the article; remove it");
            }
        }
        for (String attribute : allowedAttributes) {
            String a = name(attribute);
            if (a.isEmpty() || !a.matches("[a-z][a-z0-9_:.-]*")) {
                problems.add("allowedHtmlAttributes: '" + attribute + "' is not an attribute name");
            } else if (forbiddenAttribute(a)) {
                problems.add("allowedHtmlAttributes: '" + a + "' can never be allowed: event handlers, style and"
                        + " embedded documents can run scripts or restyle the page; remove it");
            }
        }
        return problems;
    }

    /** The HTML with everything unsafe removed; the same string when nothing had to go. */
    public String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        if (passes(html)) {
            return html;
        }
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html));
        unsafeUrls(clean, allowedSchemes, true);
        clean.outputSettings()
                .prettyPrint(false)
                .charset("UTF-8")
                .escapeMode(Entities.EscapeMode.xhtml);
        return clean.body().html();
    }

    /**
     * Whether the HTML passes unchanged: {@link Cleaner#isValidBodyHtml} and no unsafe address, judged on one parse
     * (the cleaner's own check would parse the HTML a second time). The parse is the cleaner's: a body fragment with
     * parse errors tracked, since HTML that parses with errors is rewritten too.
     */
    private boolean passes(String html) {
        Document dirty = Document.createShell("");
        ParseErrorList errors = ParseErrorList.tracking(1);
        dirty.body().insertChildren(0, Parser.parseFragment(html, dirty.body(), "", errors));
        return errors.isEmpty() && unsafeUrls(dirty, allowedSchemes, false) == 0 && cleaner.isValid(dirty);
    }

    /** Counts (and optionally removes) the attributes holding an address that is not allowed. */
    private static int unsafeUrls(Document document, Set<String> allowedSchemes, boolean remove) {
        int count = 0;
        for (Element e : document.body().getAllElements()) {
            List<String> bad = null;
            for (Attribute a : e.attributes()) {
                if (URL_ATTRIBUTES.contains(name(a.getKey())) 
                        && UrlSafety.verdict(a.getValue(), allowedSchemes) != UrlSafety.Verdict.ALLOWED) {
                    if (bad == null) {
                        bad = new ArrayList<>();
                    }
                    bad.add(a.getKey());
                }
            }
            if (bad != null) {
                count += bad.size();
                if (remove) {
                    bad.forEach(e::removeAttr);
                }
            }
        }
        return count;
    }
}

package dev.articles.core.check;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.articles.core.check.ArticleFacts.LinkRef.Kind;
import dev.articles.core.link.Destination;
import dev.articles.core.render.LiquidTag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's references into the content (links to articles, {@code #anchors}, Jekyll tags, local images)
 * with their exact file positions, and the anchors the article itself offers besides its headings.
 */
public final class LinkCollector {
    /** {@code id="x"} or {@code name="x"} in raw HTML: an anchor as good as a heading's. */
    private static final Pattern HTML_ID = Pattern.compile("\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    private LinkCollector() {
    }

    /** The article's references into the content, in document order (external links are left out). */
    public static List<ArticleFacts.LinkRef> collect(ArticleSource article) {
        if (article.document() == null) {
            return List.of();
        }
        List<ArticleFacts.LinkRef> refs = collect(article.document(), article.jekyllBaseUrl());
        if (article.sourceMap().isIdentity()) {
            return refs;
        }
        List<ArticleFacts.LinkRef> mapped = new ArrayList<>(refs.size());
        for (ArticleFacts.LinkRef r : refs) {
            int[] at = article.toSource(r.line(), r.column());
            mapped.add(new ArticleFacts.LinkRef(r.kind(), r.target(), at[0], at[1]));
        }
        return mapped;
    }

    static List<ArticleFacts.LinkRef> collect(Document document) {
        return collect(document, null);
    }

    /**
     * @param jekyllBaseUrl a Jekyll site's baseurl ({@code ""} when none), whose images from the root are collected
     *     as {@link Kind#SITE_IMAGE}; {@code null} for plain content
     */
    static List<ArticleFacts.LinkRef> collect(Document document, String jekyllBaseUrl) {
        List<ArticleFacts.LinkRef> out = new ArrayList<>();
        Set<String> seenReferences = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof InlineLinkNode link) {
                BasedSequence url = link.getUrl();
                add(out, document, url.unescape(), node instanceof Image,
                        url.isEmpty() ? node.getStartOffset() : url.getStartOffset(), jekyllBaseUrl);
            } else if ((node instanceof LinkRef || node instanceof ImageRef) && ((RefNode) node).isDefined()) {
                Reference reference = ((RefNode) node).getReferenceNode(document);
                boolean image = node instanceof ImageRef;
                if (reference != null && seenReferences.add(reference.getStartOffset() + (image ? "i" : "l"))) {
                    BasedSequence url = reference.getUrl();
                    add(out, document, url.unescape(), image,
                            url.isEmpty() ? reference.getStartOffset() : url.getStartOffset(), jekyllBaseUrl);
                }
            } else if (node instanceof LiquidTag tag) {
                int[] at = position(document, node.getStartOffset());
                out.add(new ArticleFacts.LinkRef(tag.postUrl() ? Kind.POST_URL : Kind.LINK_TAG, tag.argument(),
                        at[0], at[1]));
            }
        }
        return out;
    }

    private static void add(List<ArticleFacts.LinkRef> out, Document document, String written, boolean image,
            int offset, String jekyllBaseUrl) {
        Destination d = Destination.parse(written);
        int[] at = position(document, offset);
        if (image) {
            String sitePath = jekyllBaseUrl == null ? null : d.sitePath(jekyllBaseUrl);
            if (sitePath != null) {
                out.add(new ArticleFacts.LinkRef(Kind.SITE_IMAGE, sitePath, at[0], at[1]));
            } else if (d.isLocalImage()) {
                out.add(new ArticleFacts.LinkRef(Kind.IMAGE, d.written(), at[0], at[1]));
            }
            return;
        }
        switch (d.form()) {
            case POST_URL, LINK_TAG -> out.add(new ArticleFacts.LinkRef(
                    d.form() == Destination.Form.POST_URL ? Kind.POST_URL : Kind.LINK_TAG, d.path() + d.suffix(),
                    at[0], at[1]));
            case ARTICLE_PATH, NAME -> out.add(new ArticleFacts.LinkRef(Kind.LINK, d.written(), at[0], at[1]));
            case ANCHOR -> {
                if (d.fragment() != null && !d.fragment().isEmpty()) {
                    out.add(new ArticleFacts.LinkRef(Kind.LINK, d.written(), at[0], at[1]));
                }
            }
            case EXTERNAL -> {
                Destination site = d.fromSiteRoot(jekyllBaseUrl == null ? "" : jekyllBaseUrl);
                if (site != null) {
                    out.add(new ArticleFacts.LinkRef(Kind.SITE_LINK, site.written(), at[0], at[1]));
                }
            }
            default -> {
                // other files, Liquid output: not checked here
            }
        }
    }

    /** Offsets of the Jekyll tags this plugin understands (as link targets or in running text). */
    public static Set<Integer> understoodTagOffsets(Document document) {
        Set<Integer> offsets = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof LiquidTag) {
                offsets.add(node.getStartOffset());
            } else if (node instanceof InlineLinkNode link && link.getUrl().startsWith("{%")) {
                offsets.add(link.getUrl().getStartOffset());
            }
        }
        return offsets;
    }

    /**
     * Anchors of the article other than heading ids: footnotes ({@code fn-1}, {@code fnref-1}, {@code fnref-1-1} as
     * the renderer numbers them) and {@code id}/{@code name} attributes in raw HTML.
     */
    public static Set<String> extraAnchorIds(Document document) {
        Set<String> ids = new LinkedHashSet<>();
        if (document == null) {
            return ids;
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof FootnoteBlock block && block.isReferenced()) {
                ids.add("fn-" + block.getFootnoteOrdinal());
            } else if (node instanceof Footnote ref && ref.getFootnoteBlock() != null) {
                int ordinal = ref.getFootnoteBlock().getFootnoteOrdinal();
                ids.add(ref.getReferenceOrdinal() == 0 ? "fnref-" + ordinal
                        : "fnref-" + ordinal + "-" + ref.getReferenceOrdinal());
            } else if (node instanceof AttributeNode attribute && attribute.isId()
                    && !attribute.getValue().isBlank()) {
                ids.add(attribute.getValue().toString()); // a kramdown attribute list: {: #fn1} on a paragraph
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                Matcher m = HTML_ID.matcher(node.getChars());
                while (m.find()) {
                    ids.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return ids;
    }

    /** The 1-based file line and column (in characters, not UTF-16 units) of a body offset. */
    public static int[] position(Document document, int offset) {
        BasedSequence text = document.getChars();
        int lineStart = offset;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        return new int[] {document.getLineNumber(offset) + 1, Character.codePointCount(text, lineStart, offset) + 1};
    }
}

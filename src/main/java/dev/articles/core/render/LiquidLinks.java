package dev.articles.core.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.articles.core.link.Destination;
import dev.articles.core.liquid.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes Jekyll's two link tags part of the Markdown tree, as Jekyll (which runs Liquid before Markdown) would:
 * <ul>
 *   <li>{@code [text]({% post_url 2024-03-01-hello %})} (and {@code #part} after the tag) becomes a {@link Link}
 *   whose URL is the tag; CommonMark alone would not read it as a link, since the tag contains spaces;</li>
 *   <li>a tag in running text becomes a {@link LiquidTag} node.</li>
 * </ul>
 * Tags in code spans and code blocks stay text; {@code \{%} (escaped) is text too.
 */
public final class LiquidLinks {
    /** A supported tag: name (group 1), argument (group 2). */
    public static final Pattern SUPPORTED_TAG =
            Pattern.compile("\\{%-?[ \\t\uE003]*(post_url|link)[ \\t\uE003]+([^%\\n]*?)[ \\t\uE003]*-?%}");
    /**
     * A supported tag as a whole link destination: {@code ( tag#fragment "title" )}; group 1 the tag with its
     * fragment, group 2 the title with its quotes.
     */
    private static final Pattern DESTINATION = Pattern.compile("\\([ \\t]*"
            + "(\\{%-?[ \\t]*(?:post_url|link)[ \\t]+[^%\\n]*?[ \\t]*-?%}(?:#[^\\s()]*)?)"
            + "(?:[ \\t]+(\"[^\"\\n]*\"|'[^'\\n]*'))?[ \\t]*\\)");

    private LiquidLinks() {
    }

    /** Converts the tags of a document; a tag in the text of a {@code {% raw %}} block stays text. */
    static void convert(Document document, SourceMap sourceMap) {
        if (document.getChars().indexOf("{%") < 0) {
            return;
        }
        String base = document.getChars().getBaseSequence().toString();
        List<RefNode> refs = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof LinkRef || node instanceof ImageRef) {
                refs.add((RefNode) node);
            }
        }
        for (RefNode ref : refs) {
            if (!sourceMap.rawAt(ref.getEndOffset())) {
                toLink(ref, base);
            }
        }
        List<Text> texts = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text text && text.getChars().indexOf("{%") >= 0 && !inCode(text)) {
                texts.add(text);
            }
        }
        for (Text text : texts) {
            splitTags(text, sourceMap);
        }
    }

    private static boolean inCode(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                return true;
            }
        }
        return false;
    }

    /** {@code [text]} followed by {@code ({% tag %})}: replaces the reference and the parenthesised text by a link. */
    private static void toLink(RefNode ref, String base) {
        if (!ref.isReferenceTextCombined()) {
            return;
        }
        int start = ref.getEndOffset();
        Matcher m = DESTINATION.matcher(base).region(start, base.length());
        if (!m.lookingAt()) {
            return;
        }
        int end = m.end();
        List<Node> covered = new ArrayList<>();
        Node next = ref.getNext();
        while (next != null && next.getStartOffset() < end) {
            if (!(next instanceof Text)) {
                return; // markup inside the parentheses: not a plain tag
            }
            covered.add(next);
            next = next.getNext();
        }
        if (covered.isEmpty() || covered.get(0).getStartOffset() != start) {
            return;
        }
        BasedSequence all = ref.getChars().getBaseSequence();
        InlineLinkNode link = ref instanceof ImageRef ? new Image() : new Link();
        int textStart = ref.getStartOffset();
        BasedSequence opening = ref.getReferenceOpeningMarker(); // "[" or "!["
        int close = ref.getReferenceClosingMarker().getStartOffset();
        link.setChars(all.subSequence(textStart, end));
        link.setTextOpeningMarker(opening);
        link.setText(all.subSequence(opening.getEndOffset(), close));
        link.setTextClosingMarker(all.subSequence(close, close + 1));
        link.setLinkOpeningMarker(all.subSequence(start, start + 1));
        link.setUrlChars(all.subSequence(m.start(1), m.end(1)));
        if (m.group(2) != null) {
            link.setTitleOpeningMarker(all.subSequence(m.start(2), m.start(2) + 1));
            link.setTitle(all.subSequence(m.start(2) + 1, m.end(2) - 1));
            link.setTitleClosingMarker(all.subSequence(m.end(2) - 1, m.end(2)));
        }
        link.setLinkClosingMarker(all.subSequence(end - 1, end));
        while (ref.getFirstChild() != null) {
            link.appendChild(ref.getFirstChild());
        }
        ref.insertBefore(link);
        ref.unlink();
        for (Node n : covered) {
            if (n.getEndOffset() <= end) {
                n.unlink();
            } else {
                n.setChars(n.getChars().subSequence(end - n.getStartOffset()));
            }
        }
    }

    /** Splits a text node around the supported tags in it. */
    private static void splitTags(Text text, SourceMap sourceMap) {
        BasedSequence chars = text.getChars();
        Matcher m = SUPPORTED_TAG.matcher(chars);
        int from = 0;
        List<Node> parts = new ArrayList<>();
        while (m.find()) {
            int at = chars.getStartOffset() + m.start();
            if (at > 0 && chars.getBaseSequence().charAt(at - 1) == '\\' || sourceMap.rawAt(at)) {
                continue;
            }
            if (m.start() > from) {
                parts.add(new Text(chars.subSequence(from, m.start())));
            }
            parts.add(new LiquidTag(chars.subSequence(m.start(), m.end()), m.group(1).equals("post_url"),
                    m.group(2).replace(Destination.TAG_SPACE, ' ').strip()));
            from = m.end();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (from < chars.length()) {
            parts.add(new Text(chars.subSequence(from)));
        }
        for (Node part : parts) {
            text.insertBefore(part);
        }
        text.unlink();
    }
}

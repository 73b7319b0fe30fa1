package dev.articles.core.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders a soft line break between two CJK characters as nothing. Browsers show a newline as a space, which is
 * right between English words and wrong inside a Japanese sentence wrapped in the source.
 */
final class CjkSoftBreakRenderer implements NodeRenderer {
    /** Marks a node that shows no text of its own (raw HTML tags, footnote references): look past it. */
    private static final int NONE = -1;
    /** Something visible that is not a character (an image), or the edge of the paragraph: keep the break. */
    private static final int OTHER = -2;

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(SoftLineBreak.class, this::render));
    }

    private void render(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
        if (joinsCjk(node)) {
            return;
        }
        html.raw(context.getHtmlOptions().softBreak);
    }

    /**
     * Whether the break stands between two CJK characters as the reader sees them: the last character shown before
     * it and the first shown after it, looking through emphasis, links, code spans and raw HTML tags.
     */
    static boolean joinsCjk(SoftLineBreak node) {
        int prev = neighbour(node, true);
        int next = neighbour(node, false);
        return prev >= 0 && next >= 0 && Cjk.isCjk(prev) && Cjk.isCjk(next);
    }

    /** The character shown next to {@code node} in one direction within its block, or {@link #OTHER}. */
    private static int neighbour(Node node, boolean backwards) {
        Node n = node;
        while (true) {
            Node sibling = backwards ? n.getPrevious() : n.getNext();
            if (sibling == null) {
                Node parent = n.getParent();
                if (parent == null || parent instanceof Block) {
                    return OTHER;
                }
                n = parent;
                continue;
            }
            int c = edge(sibling, backwards);
            if (c != NONE) {
                return c;
            }
            n = sibling;
        }
    }

    /** The first (or last) character {@code node} shows, {@link #NONE} if it shows none, {@link #OTHER} if no text. */
    private static int edge(Node node, boolean last) {
        String text;
        if (node instanceof Text) {
            text = PlainText.unescaped(node.getChars());
        } else if (node instanceof Code code) {
            text = code.getText().toString();
        } else if (node instanceof HtmlEntity) {
            text = Escaping.unescapeString(node.getChars().toString());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof Image
                || node instanceof ImageRef) {
            return OTHER;
        } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment || node instanceof Footnote) {
            return NONE;
        } else {
            for (Node child = last ? node.getLastChild() : node.getFirstChild(); child != null;
                    child = last ? child.getPrevious() : child.getNext()) {
                int c = edge(child, last);
                if (c != NONE) {
                    return c;
                }
            }
            return NONE;
        }
        text = last ? text.stripTrailing() : text.stripLeading();
        if (text.isEmpty()) {
            return NONE;
        }
        return last ? text.codePointBefore(text.length()) : text.codePointAt(0);
    }
}

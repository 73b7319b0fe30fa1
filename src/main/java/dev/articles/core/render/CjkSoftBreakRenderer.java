package dev.articles.core.render;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Renders a soft line break between two CJK characters as nothing. Browsers show a newline as a space, which is
 * right between English words and wrong inside a Japanese sentence wrapped in the source.
 */
final class CjkSoftBreakRenderer implements NodeRenderer {

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

    /** Whether the break stands between two CJK characters, looking past emphasis markers and indentation. */
    static boolean joinsCjk(SoftLineBreak node) {
        BasedSequence base = node.getChars().getBaseSequence();
        int before = node.getStartOffset() - 1;
        while (before >= 0 && isSkippable(base.charAt(before))) {
            before--;
        }
        int after = node.getEndOffset();
        while (after < base.length() && (isSkippable(base.charAt(after)) || base.charAt(after) == '>')) {
            after++;
        }
        if (before < 0 || after >= base.length()) {
            return false;
        }
        int prev = Character.isLowSurrogate(base.charAt(before)) && before > 0
                ? Character.toCodePoint(base.charAt(before - 1), base.charAt(before)) : base.charAt(before);
        int next = Character.isHighSurrogate(base.charAt(after)) && after + 1 < base.length()
                ? Character.toCodePoint(base.charAt(after), base.charAt(after + 1)) : base.charAt(after);
        return Cjk.isCjk(prev) && Cjk.isCjk(next);
    }

    private static boolean isSkippable(char c) {
        return c == ' ' || c == '\t' || c == '*' || c == '_' || c == '~';
    }
}

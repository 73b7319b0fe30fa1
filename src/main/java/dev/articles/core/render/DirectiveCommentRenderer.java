package dev.articles.core.render;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.check.Suppressions;
import java.util.Set;

/** Leaves the plugin's own {@code <!-- articles-suppress: ... -->} comments out of the HTML: they are for the checks. */
final class DirectiveCommentRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlCommentBlock.class, this::render),
                new NodeRenderingHandler<>(HtmlInlineComment.class, this::render));
    }

    private void render(Node node, NodeRendererContext context, HtmlWriter html) {
        if (Suppressions.COMMENT.matcher(node.getChars()).find()) {
            return;
        }
        context.delegateRender();
    }
}

package dev.articles.core.render;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Leaves HTML comments out of the HTML: the plugin's own {@code <!-- articles-suppress: ... -->} comments are for
 * the checks, and other comments are notes for writers, not for readers. A comment block with more on its lines
 * than the comment is rendered as flexmark does, and the sanitiser drops the comment from it.
 */
final class DirectiveCommentRenderer implements NodeRenderer {
    private static final Pattern ONLY_COMMENT = Pattern.compile("<!--(?:(?!-->).)*-->", Pattern.DOTALL);

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlCommentBlock.class, this::render),
                new NodeRenderingHandler<>(HtmlInlineComment.class, this::render));
    }

    private void render(Node node, NodeRendererContext context, HtmlWriter html) {
        if (SuppressionComment.PATTERN.matcher(node.getChars()).find()
                || ONLY_COMMENT.matcher(node.getChars().toString().strip()).matches()) {
            return;
        }
        context.delegateRender();
    }
}

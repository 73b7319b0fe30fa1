package dev.articles.core.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.articles.core.link.Destination;
import java.util.Set;

/**
 * Links into the content can only be resolved once every article is read, but each article is rendered as soon as
 * it is read. So the renderer writes a placeholder where such a link's address goes, holding the destination as
 * written (HTML-escaped like any attribute value), and {@code dev.articles.core.link.LinkRewriter} replaces it when
 * all articles are known:
 * {@code LINK_START + destination + END} for links and Jekyll tags in text, {@code IMAGE_START + destination + END}
 * for images. The markers are private-use characters, which Markdown text does not contain.
 */
public final class LinkPlaceholders {
    /** Starts the placeholder of a link's {@code href} (or of a Jekyll tag's output in text). */
    public static final char LINK_START = '\uE000';
    /** Starts the placeholder of an image's {@code src}. */
    public static final char IMAGE_START = '\uE001';
    /** Ends a placeholder. */
    public static final char END = '\uE002';

    private LinkPlaceholders() {
    }

    /** The link resolver writing placeholders for the content's own links and images. */
    static IndependentLinkResolverFactory resolverFactory() {
        return new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return LinkPlaceholders::resolve;
            }
        };
    }

    private static ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (node instanceof AutoLink || node instanceof MailLink) {
            return link; // written as a bare URL: external by nature (www.example.org is no slug)
        }
        LinkType type = link.getLinkType();
        boolean image = type == LinkType.IMAGE || type == LinkType.IMAGE_REF;
        if (!image && type != LinkType.LINK && type != LinkType.LINK_REF) {
            return link;
        }
        Destination d = Destination.parse(link.getUrl());
        if (image ? d.isLocalImage() : d.isArticleLink()) {
            return link.withUrl((image ? IMAGE_START : LINK_START) + link.getUrl() + END);
        }
        return link;
    }

    /** Renders a {@link LiquidTag} in text as a link placeholder (the address replaces the tag, as in Jekyll). */
    static final class TagRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(LiquidTag.class, TagRenderer::render));
        }

        private static void render(LiquidTag tag, NodeRendererContext context, HtmlWriter html) {
            html.raw(LINK_START + Escaping.escapeHtml(tag.getChars().toString(), false) + END);
        }
    }
}

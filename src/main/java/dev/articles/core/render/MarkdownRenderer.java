package dev.articles.core.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.articles.core.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown to HTML with the GitHub-flavoured extensions writers expect (tables, strikethrough, autolinks,
 * footnotes), Japanese-aware soft breaks and heading ids. Built once and shared: flexmark's parser and renderer are
 * thread-safe, and each call works on its own document.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Renders single nodes (the first paragraph) with their links; see the constructor. */
    private final HtmlRenderer fragmentRenderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        // GitHub table behaviour: no column spans, ragged rows padded or cut to the header.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Heading ids are ours (HeadingIds), written by the attribute provider below.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Line numbers are asked for often (diagnostics, checks): index the lines once instead of rescanning.
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        // Jekyll's {% post_url %} and {% link %} become links (LiquidLinks); links into the content get
        // placeholders until all articles are known (LinkPlaceholders).
        this.parser = Parser.builder(options).build();
        this.renderer = htmlRenderer(options);
        // flexmark renders a node that is not a Document with links and images suppressed, unless DO_NOT_RENDER_LINKS
        // is set, which only suppresses them in whole documents: this renderer is never given a whole document.
        MutableDataSet fragmentOptions = new MutableDataSet(options);
        fragmentOptions.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true);
        this.fragmentRenderer = htmlRenderer(fragmentOptions);
    }

    private static HtmlRenderer htmlRenderer(MutableDataSet options) {
        return HtmlRenderer.builder(options)
                .nodeRendererFactory(opts -> new CjkSoftBreakRenderer())
                .nodeRendererFactory(opts -> new DirectiveCommentRenderer())
                .nodeRendererFactory(opts -> new LinkPlaceholders.TagRenderer())
                .linkResolverFactory(LinkPlaceholders.resolverFactory())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return MarkdownRenderer::headingId;
                    }
                })
                .build();
    }

    private static void headingId(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading heading && part == AttributablePart.NODE && heading.getAnchorRefId() != null
                && !heading.getAnchorRefId().isEmpty()) {
            attributes.replaceValue("id", heading.getAnchorRefId());
        }
    }

    /**
     * Parses, then turns Jekyll link tags into links. Not a flexmark post-processor: registered as one, it changed
     * the autolink extension's output ({@code www.} links lost their {@code http://}).
     */
    private Document parseMarkdown(String markdown) {
        Document document = parser.parse(markdown);
        LiquidLinks.convert(document);
        return document;
    }

    /** Parses an article body (front matter already blanked out, so line numbers are file lines). */
    public Document parse(String body) {
        return parseMarkdown(body);
    }

    /** Parses and renders an article body. */
    public RenderedBody render(String body) {
        return render(parse(body));
    }

    /**
     * Renders a parsed body: heading ids, HTML, first paragraph, reading time. Links to other articles and local
     * images carry placeholders in the HTML until {@code dev.articles.core.link.LinkRewriter} resolves them.
     */
    public RenderedBody render(Document document) {
        List<Article.Heading> headings = headings(document);
        Paragraph first = null;
        for (Node node = document.getFirstChild(); node != null && first == null; node = node.getNext()) {
            if (node instanceof Paragraph p) {
                first = p;
            }
        }
        String html = renderer.render(document);
        String firstText = first == null ? null : PlainText.of(first);
        String firstHtml = first == null ? null : fragmentRenderer.render(first);
        int minutes = ReadingTime.of(document);
        return new RenderedBody(html, List.copyOf(headings), firstText, firstHtml, minutes);
    }

    /** Gives the body's headings their ids (as {@link #render} writes them) and returns them in document order. */
    public List<Article.Heading> headings(Document document) {
        HeadingIds ids = new HeadingIds();
        List<Article.Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String text = PlainText.of(heading);
                String id = ids.next(text);
                heading.setAnchorRefId(id);
                headings.add(new Article.Heading(heading.getLevel(), id, text));
            }
        }
        return headings;
    }

    /**
     * A short piece of Markdown (a front matter excerpt) as plain text and as HTML.
     *
     * @return {@code [text, html]}
     */
    public String[] renderSnippet(String markdown) {
        Document document = parseMarkdown(markdown);
        return new String[] {PlainText.of(document), renderer.render(document)};
    }
}

package dev.articles.core.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.articles.core.liquid.SourceMap;
import dev.articles.core.model.Article;
import dev.articles.core.settings.MarkdownFlavour;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with the GitHub-flavoured extensions writers expect (tables, strikethrough, autolinks,
 * footnotes), Japanese-aware soft breaks and heading ids. Built once and shared: flexmark's parser and renderer are
 * thread-safe, and each call works on its own document.
 *
 * <p>For a Jekyll site's articles ({@link MarkdownFlavour#KRAMDOWN}) it renders as Jekyll's kramdown does: attribute
 * lists ({@code {: .note #id}}) on blocks and headings, {@code {::comment}} and {@code {::options}} dropped, definition
 * lists, abbreviations, smart quotes and dashes as characters, footnote ids {@code fn:NAME} and {@code fnref:NAME},
 * and an explicit heading id winning over the made one.
 */
public final class MarkdownRenderer {
    /** flexmark's footnote ids and links ({@code fn-2}, {@code #fnref-2}, {@code fnref-2-1} for a second use). */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("(id=\"|href=\"#)(fn|fnref)-(\\d+)(?:-(\\d+))?\"");

    private final MarkdownFlavour flavour;
    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Renders single nodes (the first paragraph) with their links; see the constructor. */
    private final HtmlRenderer fragmentRenderer;

    public MarkdownRenderer() {
        this(MarkdownFlavour.GFM);
    }

    public MarkdownRenderer(MarkdownFlavour flavour) {
        this.flavour = flavour;
        MutableDataSet options = new MutableDataSet();
        // kramdown makes no link of a bare address (checked against Jekyll): no autolinks for it.
        List<Extension> extensions = new ArrayList<>(flavour == MarkdownFlavour.GFM
                ? List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
                        FootnoteExtension.create())
                : List.of(TablesExtension.create(), StrikethroughExtension.create(), FootnoteExtension.create()));
        if (flavour != MarkdownFlavour.GFM) {
            extensions.addAll(List.of(AttributesExtension.create(), DefinitionExtension.create(),
                    AbbreviationExtension.create(), TypographicExtension.create()));
            // {: .x} after a paragraph is the paragraph's, not its last words' (kramdown has no span IALs there).
            options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
            // Jekyll's kramdown writes characters (entity_output: as_char); checked against jekyll 4.3.1.
            // Quotes are kramdown's (KramdownQuotes): flexmark pairs them and leaves a lone one straight.
            options.set(TypographicExtension.ENABLE_QUOTES, false);
            options.set(TypographicExtension.EN_DASH, "\u2013");
            options.set(TypographicExtension.EM_DASH, "\u2014");
            options.set(TypographicExtension.ELLIPSIS, "\u2026");
            options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
            // kramdown reads an HTML block to its closing tag, blank lines included (Liquid leaves many in tables).
            options.set(Parser.HTML_BLOCK_DEEP_PARSER, true);
            options.set(Parser.HTML_BLOCK_DEEP_PARSE_BLANK_LINE_INTERRUPTS, false);
            options.set(Parser.HTML_BLOCK_DEEP_PARSE_INDENTED_CODE_INTERRUPTS, false);
            options.set(FootnoteExtension.FOOTNOTE_LINK_REF_CLASS, "footnote");
            options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "reversefootnote");
        }
        options.set(Parser.EXTENSIONS, extensions);
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
        this.renderer = htmlRenderer(options, flavour);
        // flexmark renders a node that is not a Document with links and images suppressed, unless DO_NOT_RENDER_LINKS
        // is set, which only suppresses them in whole documents: this renderer is never given a whole document.
        MutableDataSet fragmentOptions = new MutableDataSet(options);
        fragmentOptions.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true);
        this.fragmentRenderer = htmlRenderer(fragmentOptions, flavour);
    }

    private static HtmlRenderer htmlRenderer(MutableDataSet options, MarkdownFlavour flavour) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder(options);
        if (flavour != MarkdownFlavour.GFM) {
            builder.nodeRendererFactory(opts -> new KramdownQuotes());
        }
        return builder
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
    private Document parseMarkdown(String markdown, SourceMap sourceMap) {
        Document document = parser.parse(flavour == MarkdownFlavour.GFM ? markdown : KramdownSource.prepare(markdown));
        LiquidLinks.convert(document, sourceMap);
        return document;
    }

    /** Parses an article body (front matter already blanked out, so line numbers are file lines). */
    public Document parse(String body) {
        return parseMarkdown(body, SourceMap.IDENTITY);
    }

    /**
     * Parses an article body that a Jekyll site's Liquid wrote: its {@code {% post_url %}} and {@code {% link %}}
     * are the tags' output, except in the text of {@code {% raw %}} blocks ({@code sourceMap} knows which).
     */
    public Document parse(String body, SourceMap sourceMap) {
        return parseMarkdown(body, sourceMap);
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
        if (flavour != MarkdownFlavour.GFM) {
            html = kramdownFootnoteIds(document, html);
        }
        String firstText = first == null ? null
                : flavour == MarkdownFlavour.GFM ? PlainText.of(first) : PlainText.ofKramdown(first);
        String firstHtml = first == null ? null : fragmentRenderer.render(first);
        int minutes = ReadingTime.of(document);
        return new RenderedBody(html, List.copyOf(headings), firstText, firstHtml, minutes);
    }

    /** Gives the body's headings their ids (as {@link #render} writes them) and returns them in document order. */
    public List<Article.Heading> headings(Document document) {
        HeadingIds ids = new HeadingIds(flavour == MarkdownFlavour.KRAMDOWN_INPUT);
        List<Article.Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String text = flavour == MarkdownFlavour.GFM ? PlainText.of(heading) : PlainText.ofKramdown(heading);
                String explicit = flavour == MarkdownFlavour.GFM ? null : explicitId(heading);
                String id = explicit != null ? explicit : ids.next(text);
                heading.setAnchorRefId(id);
                headings.add(new Article.Heading(heading.getLevel(), id, text));
            }
        }
        return headings;
    }

    /**
     * The id an attribute list gives the heading: {@code ## Title {#id}}, or {@code {: #id}} on the next line
     * (flexmark leaves that in a paragraph of its own after the heading); the last one written wins, as in kramdown.
     */
    private static String explicitId(Heading heading) {
        String id = idIn(heading, null);
        if (heading.getNext() instanceof Paragraph p && p.getFirstChild() instanceof AttributesNode) {
            boolean onlyAttributes = true;
            for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
                onlyAttributes &= child instanceof AttributesNode || child.getChars().isBlank();
            }
            if (onlyAttributes) {
                id = idIn(p, id);
            }
        }
        return id;
    }

    private static String idIn(Node parent, String id) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode) {
                for (Node a = child.getFirstChild(); a != null; a = a.getNext()) {
                    if (a instanceof AttributeNode attribute && attribute.isId()
                            && !attribute.getValue().isBlank()) {
                        id = attribute.getValue().toString();
                    }
                }
            }
        }
        return id;
    }

    /** flexmark's footnote ids ({@code fn-1}) as kramdown's: {@code fn:} and the footnote's name ({@code fn:side}). */
    private static String kramdownFootnoteIds(Document document, String html) {
        if (html.indexOf("fn-") < 0 && html.indexOf("fnref-") < 0) {
            return html;
        }
        Map<String, String> names = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FootnoteBlock block && block.getFootnoteOrdinal() > 0) {
                names.putIfAbsent(Integer.toString(block.getFootnoteOrdinal()), block.getText().toString());
            }
        }
        Matcher m = FOOTNOTE_ID.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String name = names.getOrDefault(m.group(3), m.group(3));
            String replacement = m.group(1) + m.group(2) + ":" + name + (m.group(4) == null ? "" : ":" + m.group(4))
                    + "\"";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A short piece of Markdown (a front matter excerpt) as plain text and as HTML.
     *
     * @return {@code [text, html]}
     */
    public String[] renderSnippet(String markdown) {
        Document document = parseMarkdown(markdown, SourceMap.IDENTITY);
        return new String[] {PlainText.of(document), renderer.render(document)};
    }
}

package dev.articles.core.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The text a reader sees in a piece of Markdown, without markup: for plain excerpts, heading texts and reading time.
 */
public final class PlainText {
    private PlainText() {
    }

    /** Readable text of {@code node}, white space collapsed. Code is kept (it is read); raw HTML is not. */
    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out, true, false);
        return WhiteSpace.collapse(out);
    }

    /** {@link #of}, with quotes as kramdown writes them ({@link KramdownQuotes}): a Jekyll site's heading texts. */
    static String ofKramdown(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out, true, true);
        return WhiteSpace.collapse(out);
    }

    /**
     * The prose of {@code node} for reading time: like {@link #of} but without code blocks and bare URLs.
     */
    public static String prose(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out, false, false);
        return WhiteSpace.collapse(out);
    }

    /**
     * {@code chars.unescape()}, without its regex for the usual text that has neither a backslash escape nor an
     * entity (flexmark looks for the same two characters first).
     */
    static String unescaped(BasedSequence chars) {
        String text = chars.toString();
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
    }

    private static void collect(Node node, StringBuilder out, boolean keepCode, boolean kramdown) {
        if (node instanceof Text text) {
            out.append(kramdown ? KramdownQuotes.convert(text, false) : unescaped(node.getChars()));
        } else if (node instanceof TypographicSmarts smarts) {
            out.append(smarts.getTypographicText());
        } else if (node instanceof Abbreviation) {
            out.append(node.getChars());
        } else if (node instanceof TypographicQuotes quotes) {
            out.append(quotes.getTypographicOpening());
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, out, keepCode, kramdown);
            }
            out.append(quotes.getTypographicClosing());
        } else if (node instanceof AttributesNode) {
            // {: .class #id}: not text
        } else if (node instanceof HtmlEntity) {
            out.append(Escaping.unescapeString(node.getChars().toString()));
        } else if (node instanceof Code code) {
            out.append(code.getText().toString());
        } else if (node instanceof SoftLineBreak soft) {
            out.append(CjkSoftBreakRenderer.joinsCjk(soft) ? "" : " ");
        } else if (node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            if (keepCode) {
                out.append(' ').append(node.getChildChars().toString()).append(' ');
            }
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            if (keepCode) {
                out.append(node.getChars().toString().replaceAll("^<|>$", ""));
            }
        } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment || node instanceof HtmlBlock
                || node instanceof HtmlCommentBlock || node instanceof Footnote || node instanceof FootnoteBlock) {
            // markup, not text
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, out, keepCode, kramdown);
            }
            if (node instanceof Block) {
                out.append(' ');
            }
        }
    }
}

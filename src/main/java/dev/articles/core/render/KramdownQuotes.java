package dev.articles.core.render;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Text as kramdown writes it for a Jekyll site: each straight quote made a curly one by kramdown's own rules
 * ({@code Kramdown::Parser::Kramdown#parse_smart_quotes}, a port of SmartyPants), and {@code <<}, {@code >>} as
 * guillemets. flexmark's typographic extension pairs quotes instead and leaves an unpaired one straight, which
 * kramdown never does ({@code 의 "보안} is {@code 의 “보안} in Jekyll). {@code << } and {@code  >>} get kramdown's
 * no-break space. Dashes and ellipses stay flexmark's. ({@code <<word>>} is not converted: CommonMark reads
 * {@code <word>} as an HTML tag first.)
 *
 * <p>kramdown decides a quote by the character before it, when that character is plain text of the same run (not
 * the end of emphasis, a link or code), and by the source after it. Ruby's {@code \w} and {@code \s} are ASCII.
 */
final class KramdownQuotes implements NodeRenderer {
    private static final String PUNCT = "!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~";
    /** Characters after which a quote does not close ({@code SQ_CLOSE} is every other character). */
    private static final String NOT_CLOSING = " \\\t\r\n[{(-";
    /** The characters that make a text node worth converting. */
    private static final CharPredicate QUOTES_OR_ANGLES = CharPredicate.anyOf("\"'<>");
    /** No character before the quote in its run of text. */
    private static final int NONE = -1;

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, KramdownQuotes::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (chars.indexOfAny(QUOTES_OR_ANGLES) < 0) {
            html.text(chars.unescape());
            return;
        }
        html.raw(convert(node, true));
    }

    /** The node's text with kramdown's quotes, escaped for HTML or not. */
    static String convert(Text node, boolean forHtml) {
        BasedSequence chars = node.getChars();
        BasedSequence base = chars.getBaseSequence();
        int start = chars.getStartOffset();
        String s = chars.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        int previous = before(node);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && PUNCT.indexOf(s.charAt(i + 1)) >= 0) {
                escape(s.charAt(i + 1), out, forHtml); // an escaped character stays as written
                previous = NONE; // kramdown consumes the escape as an element of its own
                i++;
                continue;
            }
            if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '<') {
                boolean spaced = i + 2 < s.length() && s.charAt(i + 2) == ' ';
                out.append(spaced ? "\u00AB\u00A0" : "\u00AB"); // kramdown's laquo_space: a no-break space
                previous = NONE;
                i += spaced ? 2 : 1;
                continue;
            }
            if (c == ' ' && s.startsWith(">>", i + 1)) {
                out.append("\u00A0\u00BB");
                previous = NONE;
                i += 2;
                continue;
            }
            if (c == '>' && i + 1 < s.length() && s.charAt(i + 1) == '>') {
                out.append('\u00BB');
                previous = NONE;
                i++;
                continue;
            }
            if (c != '"' && c != '\'') {
                escape(c, out, forHtml);
                previous = c;
                continue;
            }
            String after = base.subSequence(start + i + 1, Math.min(base.length(), start + i + 4)).toString();
            if (previous == NONE || isSpace(previous)) {
                // Double sets of quotes ("'Quoted' words") and decades ('80s).
                if (after.length() >= 2 && isWord(after.charAt(1)) && (c == '"' && after.charAt(0) == '\''
                        || c == '\'' && after.charAt(0) == '"')) {
                    out.append(c == '"' ? "\u201C\u2018" : "\u2018\u201C");
                    previous = NONE;
                    i++;
                    continue;
                }
                if (c == '\'' && after.length() >= 3 && Character.isDigit(after.charAt(0))
                        && Character.isDigit(after.charAt(1)) && after.charAt(2) == 's') {
                    out.append('\u2019');
                    previous = NONE;
                    continue;
                }
            }
            out.append(quote(c, decide(previous, after)));
            previous = NONE; // the quote is an element: the next one has no plain character before it
        }
        return out.toString();
    }

    /** {@code true} for an opening quote, {@code false} for a closing one, by kramdown's rules in their order. */
    private static boolean decide(int previous, String after) {
        if (previous == NONE) {
            if (after.length() >= 2 && (after.charAt(0) == '_' || after.charAt(0) == '*')
                    && (after.charAt(1) == '_' || after.charAt(1) == '*' ? after.length() >= 3
                            && !isSpace(after.charAt(2)) : !isSpace(after.charAt(1)))) {
                return true; // before emphasis
            }
            if (!after.isEmpty() && PUNCT.indexOf(after.charAt(0)) >= 0 && !after.startsWith("..", 1)
                    && (after.length() < 2 || !isWord(after.charAt(1)))) {
                return false; // before punctuation
            }
        }
        if (previous != NONE && isSpace(previous) && !after.isEmpty() && isWord(after.charAt(0))) {
            return true;
        }
        if (previous != NONE && NOT_CLOSING.indexOf(previous) < 0) {
            return false;
        }
        if (previous == NONE && (after.isEmpty() || isSpace(after.charAt(0)) || after.charAt(0) == 's'
                && (after.length() < 2 || !isWord(after.charAt(1))))) {
            return false;
        }
        return true;
    }

    /** The character before the node's text in the same run of kramdown text, or {@link #NONE}. */
    private static int before(Text node) {
        Node previous = node.getPrevious();
        if (previous instanceof SoftLineBreak || previous instanceof HardLineBreak) {
            return '\n';
        }
        if (previous instanceof Text text && !text.getChars().isEmpty()) {
            return text.getChars().charAt(text.getChars().length() - 1);
        }
        return NONE;
    }

    private static String quote(char c, boolean open) {
        if (c == '"') {
            return open ? "\u201C" : "\u201D";
        }
        return open ? "\u2018" : "\u2019";
    }

    private static boolean isWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static void escape(char c, StringBuilder out, boolean forHtml) {
        if (!forHtml) {
            out.append(c);
            return;
        }
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            default -> out.append(c);
        }
    }
}

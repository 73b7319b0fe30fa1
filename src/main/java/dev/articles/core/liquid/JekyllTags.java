package dev.articles.core.liquid;

import dev.articles.core.link.Destination;
import java.util.Locale;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.antlr.CharStreamWithLocation;
import liqp.blocks.Block;
import liqp.nodes.LNode;
import liqp.tags.Include;
import liqp.tags.Tag;

/**
 * The tags Jekyll adds to Liquid, as this build renders them:
 * <ul>
 *   <li>{@code {% highlight ruby %}}: a code block with that language, as Jekyll writes it without colours
 *   ({@code <figure class="highlight"><pre><code class="language-ruby">}; Jekyll's {@code data-lang} is left out,
 *   as the sanitiser would remove it), on one line so that Markdown keeps it whole;</li>
 *   <li>{@code {% post_url %}} and {@code {% link %}}: written back as the tag, which the Markdown renderer turns into
 *   the linked article's address once all articles are known (and the link checks check);</li>
 *   <li>{@code {% include %}} and {@code {% include_relative %}}: read through {@link RenderState}, which keeps them
 *   inside the site, bounds their nesting and remembers what was read.</li>
 * </ul>
 */
final class JekyllTags {
    /** A language name as Jekyll's highlight tag accepts it. */
    private static final Pattern LANGUAGE = Pattern.compile("[\\w+#.-]+");

    private JekyllTags() {
    }

    /** The argument {@link MarkedSource} quoted, as written; Liqp hands it over with its quotes. */
    static String unquote(String argument) {
        String a = argument.strip();
        if (a.length() >= 2 && (a.charAt(0) == '"' || a.charAt(0) == '\'') && a.charAt(a.length() - 1) == a.charAt(0)) {
            return a.substring(1, a.length() - 1).strip();
        }
        return a;
    }

    static final class Highlight extends Block {
        Highlight() {
            super("highlight");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String markup = nodes.length > 1 ? unquote(super.asString(nodes[0].render(context), context)) : "";
            String code = RenderState.current().expand(super.asString(nodes[nodes.length - 1].render(context),
                    context));
            String language = markup.isEmpty() ? "" : markup.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(language).matches()) {
                throw new RenderState.Problem(JekyllLiquid.Kind.SYNTAX, "highlight",
                        "'{% highlight " + markup + " %}' does not start with a language name (ruby, java, ...)");
            }
            StringBuilder out = new StringBuilder(code.length() + 100);
            out.append("<figure class=\"highlight\"><pre><code class=\"language-").append(language).append("\">");
            escapeOnOneLine(trimLineBreaks(code), out);
            return out.append("</code></pre></figure>").toString();
        }

        /** Jekyll drops the line breaks before and after the code; marks in between stay. */
        private static String trimLineBreaks(String code) {
            int start = 0;
            int end = code.length();
            while (start < end && (isBreak(code.charAt(start)) || PositionMarks.isMarkChar(code.charAt(start)))) {
                start++;
            }
            while (end > start && (isBreak(code.charAt(end - 1)) || PositionMarks.isMarkChar(code.charAt(end - 1)))) {
                end--;
            }
            // Keep the mark that says where the first line starts.
            int mark = code.lastIndexOf(PositionMarks.LITERAL, start);
            if (mark >= 0 && code.indexOf(PositionMarks.END, mark) < start) {
                return code.substring(mark, code.indexOf(PositionMarks.END, mark) + 1) + code.substring(start, end);
            }
            return code.substring(start, end);
        }

        private static boolean isBreak(char c) {
            return c == '\n' || c == '\r';
        }

        /** HTML-escaped, line breaks as character references: one line, which Markdown passes through as HTML. */
        private static void escapeOnOneLine(String code, StringBuilder out) {
            out.append(JekyllFilters.xmlEscape(code).replace("\r", "").replace("\n", "&#10;"));
        }
    }

    /**
     * {@code post_url} or {@code link}: the tag again, with {@link Destination#TAG_SPACE} for its spaces, so that
     * Markdown reads it as a link destination and the Markdown renderer turns it into the linked article's address.
     */
    static final class LinkTag extends Tag {
        LinkTag(String name) {
            super(name);
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            StringBuilder argument = new StringBuilder();
            for (LNode node : nodes) {
                argument.append(super.asString(node.render(context), context));
            }
            String arg = unquote(argument.toString());
            if (arg.isEmpty()) {
                throw new RenderState.Problem(JekyllLiquid.Kind.SYNTAX, getName(),
                        "'{% " + getName() + " %}' needs the " + (getName().equals("post_url")
                                ? "post's file name without extension (2026-02-05-hello)" : "path of a file"));
            }
            char space = Destination.TAG_SPACE;
            return "{%" + space + getName() + space + arg.replace(' ', space) + space + "%}";
        }
    }

    /** {@code include} from the site's {@code _includes}, or {@code include_relative} from the article's folder. */
    static final class ConfinedInclude extends Include {
        private final boolean relative;

        ConfinedInclude(boolean relative) {
            super(relative ? "include_relative" : "include");
            this.relative = relative;
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            RenderState state = RenderState.current();
            state.enterInclude();
            String name = nodes.length == 0 ? "" : super.asString(nodes[0].render(context), context);
            try {
                return super.render(context, nodes);
            } catch (RuntimeException e) {
                throw RenderState.Problem.unwrap(e, getName(), name);
            } finally {
                state.leaveInclude();
            }
        }

        @Override
        protected CharStreamWithLocation detectSource(TemplateContext context, String name) {
            return RenderState.current().include(name, relative);
        }
    }
}

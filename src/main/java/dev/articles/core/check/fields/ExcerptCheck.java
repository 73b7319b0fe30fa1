package dev.articles.core.check.fields;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.render.PlainText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules about the excerpt, taken as the bundle takes it (the front matter {@code excerpt} read as Markdown, else
 * the body's first paragraph):
 * <ul>
 *   <li>{@code excerpt.too-long}: its plain form has more than {@code excerptMaxLength} characters (code points);</li>
 *   <li>{@code excerpt.markdown}: the front matter excerpt holds Markdown ({@code **bold**}, links, code...) that its
 *   plain form drops, so consumers showing the plain excerpt lose it.</li>
 * </ul>
 */
public final class ExcerptCheck implements ArticleCheck {
    /** The excerpt is longer than {@code excerptMaxLength}. */
    public static final Rule EXCERPT_TOO_LONG = Rule.configurable("excerpt.too-long", Severity.WARNING,
            "The excerpt is longer than excerptMaxLength.");
    /** The front matter excerpt contains Markdown that the plain form had to strip. */
    public static final Rule EXCERPT_MARKDOWN = Rule.configurable("excerpt.markdown", Severity.INFO,
            "The excerpt contains Markdown that its plain form strips.");

    /** How much of a piece of Markdown a message quotes. */
    private static final int QUOTE_LENGTH = 40;

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Override
    public List<Rule> rules() {
        return List.of(EXCERPT_TOO_LONG, EXCERPT_MARKDOWN);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        int max = article.settings().excerptMaxLength();
        YamlNode.Entry entry = article.yaml() == null ? null : article.yaml().entries().get("excerpt");
        if (entry != null && entry.value() instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
            Document parsed = markdown.parse(s.value());
            String plain = PlainText.of(parsed);
            int length = plain.codePointCount(0, plain.length());
            if (length > max) {
                findings.add(article.file(), EXCERPT_TOO_LONG, entry.line(), entry.column(), "the excerpt is "
                        + length + " characters long, more than excerptMaxLength (" + max
                        + "); shorten it to a sentence or two");
            }
            Map<String, String> stripped = stripped(parsed);
            if (!stripped.isEmpty() && !plain.equals(collapse(s.value()))) {
                List<String> named = new ArrayList<>();
                stripped.forEach((kind, example) -> named.add(kind + " " + quote(example)));
                findings.add(article.file(), EXCERPT_MARKDOWN, s.line(), s.column(), "the excerpt's Markdown ("
                        + String.join(", ", named) + ") is dropped from its plain form, which reads " + quote(plain)
                        + "; write the excerpt as plain text if consumers show it without formatting");
            }
            return;
        }
        if (entry != null && !(entry.value() instanceof YamlNode.Scalar) || article.document() == null) {
            return; // an excerpt that is not text is front-matter.type's business
        }
        for (Node node = article.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph p) {
                String plain = PlainText.of(p);
                int length = plain.codePointCount(0, plain.length());
                if (length > max) {
                    findings.add(article.file(), EXCERPT_TOO_LONG, p.getStartLineNumber() + 1,
                            p.getStartOffset() - p.getStartOfLine() + 1, "the first paragraph, which is the excerpt"
                                    + " as the front matter has none, is " + length
                                    + " characters long, more than excerptMaxLength (" + max
                                    + "); add a shorter 'excerpt:' to the front matter");
                }
                return;
            }
        }
    }

    /** Kinds of markup in the excerpt that the plain form drops, each with its first example as written. */
    private static Map<String, String> stripped(Document document) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Node node : document.getDescendants()) {
            String kind = kind(node);
            if (kind != null) {
                out.putIfAbsent(kind, node.getChars().toString().strip());
            }
        }
        return out;
    }

    private static String kind(Node node) {
        if (node instanceof StrongEmphasis) {
            return "bold";
        }
        if (node instanceof Emphasis) {
            return "emphasis";
        }
        if (node instanceof Strikethrough) {
            return "strikethrough";
        }
        if (node instanceof Code) {
            return "code";
        }
        if (node instanceof Image || node instanceof ImageRef) {
            return "image";
        }
        if (node instanceof Link || node instanceof LinkRef) {
            return "link";
        }
        if (node instanceof AutoLink || node instanceof MailLink) {
            return node.getChars().startsWith("<") ? "link" : null;
        }
        if (node instanceof HtmlInline || node instanceof HtmlBlock) {
            return "HTML";
        }
        if (node instanceof HtmlEntity) {
            return "character reference";
        }
        if (node instanceof Footnote) {
            return "footnote";
        }
        if (node instanceof Heading) {
            return "heading";
        }
        if (node instanceof ListBlock) {
            return "list";
        }
        if (node instanceof BlockQuote) {
            return "quote";
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return "code block";
        }
        if (node instanceof TableBlock) {
            return "table";
        }
        if (node instanceof ThematicBreak) {
            return "rule";
        }
        if (node instanceof Text && !node.getChars().unescape().equals(node.getChars().toString())) {
            return "backslash escape";
        }
        return null;
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String quote(String text) {
        String flat = collapse(text);
        return "'" + (flat.codePointCount(0, flat.length()) <= QUOTE_LENGTH ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, QUOTE_LENGTH)) + "…") + "'";
    }
}

package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.ComparableText;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.render.PlainText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule {@code body.title-repeated}: the body's first block (a paragraph or a heading of any level) repeats the
 * title. Pages already show the title above the body, so readers see it twice. Compared after {@link ComparableText}
 * (so {@code ？} and {@code ?} are equal), without markup ({@code **...**}) and without punctuation around it; a
 * first paragraph whose first line alone is the title counts too.
 */
public final class TitleRepeatedCheck implements ArticleCheck {
    /** The body's first line or heading repeats the title. */
    public static final Rule BODY_TITLE_REPEATED = Rule.configurable("body.title-repeated", Severity.WARNING,
            "The body starts by repeating the title.");

    /** Punctuation, symbols and spaces at either end: {@code 「…」}, a trailing {@code ?} or {@code 。}. */
    private static final Pattern ENDS = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");

    @Override
    public List<Rule> rules() {
        return List.of(BODY_TITLE_REPEATED);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        String title = article.frontMatter() == null ? null : article.frontMatter().title();
        if (title == null) {
            return;
        }
        String wanted = comparable(title);
        if (wanted.isEmpty()) {
            return;
        }
        Node first = firstBlock(article);
        boolean repeats = first instanceof Heading && comparable(PlainText.of(first)).equals(wanted)
                || first instanceof Paragraph p && (comparable(PlainText.of(p)).equals(wanted)
                        || comparable(firstLine(p)).equals(wanted));
        if (repeats) {
            BodyText body = new BodyText(article.document());
            String what = first instanceof Heading h ? "the heading " + BodyText.heading(h) : "the first line";
            findings.add(article.file(), BODY_TITLE_REPEATED, body.line(first), body.column(first),
                    what + " repeats the title " + BodyText.quote(title)
                            + ", which the page already shows above the body; delete it");
        }
    }

    /** The first block with content: blank lines, comments and link definitions are skipped. */
    private static Node firstBlock(ArticleSource article) {
        Node n = article.document().getFirstChild();
        while (n instanceof BlankLine || n instanceof HtmlCommentBlock || n instanceof Reference) {
            n = n.getNext();
        }
        return n;
    }

    /** The text of a paragraph's first line (up to its first line break), without markup. */
    private static String firstLine(Paragraph p) {
        StringBuilder out = new StringBuilder();
        collectLine(p, out);
        return out.toString();
    }

    /** Appends the text of {@code node} up to the first line break; returns false once it has met one. */
    private static boolean collectLine(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                return false;
            } else if (n instanceof Text text) {
                out.append(text.getChars().unescape());
            } else if (n instanceof Code code) {
                out.append(code.getText());
            } else if (!collectLine(n, out)) {
                return false;
            }
        }
        return true;
    }

    private static String comparable(String text) {
        return ENDS.matcher(ComparableText.normalise(text)).replaceAll("");
    }
}

package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.render.PlainText;
import java.util.List;

/**
 * Rule {@code heading.empty}: a heading with nothing to read ({@code ##} alone, {@code ## ##}, or only an HTML
 * comment). A heading holding only an image or inline HTML is not empty.
 */
public final class EmptyHeadingCheck implements ArticleCheck {
    /** A heading with no text. */
    public static final Rule HEADING_EMPTY = Rule.configurable("heading.empty", Severity.ERROR,
            "A heading without text.");

    @Override
    public List<Rule> rules() {
        return List.of(HEADING_EMPTY);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        BodyText body = new BodyText(article.document());
        for (Heading h : body.headings()) {
            if (PlainText.of(h).isBlank() && !hasPicture(h)) {
                findings.add(article.file(), HEADING_EMPTY, body.line(h), body.column(h), "the heading '"
                        + "#".repeat(h.getLevel()) + "' has no text; write its title or delete the line");
            }
        }
    }

    private static boolean hasPicture(Heading h) {
        for (Node n : h.getDescendants()) {
            if (n instanceof Image || n instanceof ImageRef
                    || n instanceof HtmlInline && !(n instanceof HtmlInlineComment)) {
                return true;
            }
        }
        return false;
    }
}

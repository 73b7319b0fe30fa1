package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.List;

/**
 * Rule {@code body.placeholder}: a published article still holds the one-line body {@code articles:new} writes. New
 * articles are drafts, so the line is harmless until the draft mark is removed; from then on it would be published.
 * Only a paragraph line that is exactly that text counts (code, HTML comments and prose that merely contains the
 * words are left alone), and drafts are not reported.
 */
public final class PlaceholderCheck implements ArticleCheck {
    /** The body {@code articles:new} writes, without its line feed; found only as a paragraph line of its own. */
    public static final String NEW_ARTICLE_TEXT = "Write the article here.";

    /** A published article still has the placeholder body of {@code articles:new}. */
    public static final Rule BODY_PLACEHOLDER = Rule.configurable("body.placeholder", Severity.ERROR,
            "A published article still has the placeholder text articles:new wrote.");

    @Override
    public List<Rule> rules() {
        return List.of(BODY_PLACEHOLDER);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        if (article.frontMatter() == null || article.frontMatter().draft()) {
            return;
        }
        BodyText body = new BodyText(article.document());
        String text = body.text();
        if (!text.contains(NEW_ARTICLE_TEXT)) {
            return; // nearly every article: no need to walk its tree
        }
        for (Node n : article.document().getDescendants()) {
            if (n instanceof Paragraph p) {
                check(article, findings, body, p);
            }
        }
    }

    /** Each line of the paragraph that is the placeholder and nothing else. */
    private static void check(ArticleSource article, Findings findings, BodyText body, Paragraph p) {
        String text = body.text();
        for (int line = body.line(p); line <= body.lastLine(p); line++) {
            int start = Math.max(body.lineStart(line), p.getStartOffset());
            int end = Math.min(body.lineEnd(line), p.getEndOffset());
            if (start >= end || !text.substring(start, end).strip().equals(NEW_ARTICLE_TEXT)) {
                continue;
            }
            int at = text.indexOf(NEW_ARTICLE_TEXT, start);
            findings.add(article.file(), BODY_PLACEHOLDER, line, at - body.lineStart(line) + 1, "the placeholder '"
                    + NEW_ARTICLE_TEXT + "' that articles:new wrote is still in this published article; write the"
                    + " article in its place, or mark the article 'draft: true' until it is written");
        }
    }
}

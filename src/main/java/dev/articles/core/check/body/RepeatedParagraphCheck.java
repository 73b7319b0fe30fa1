package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.ComparableParagraph;
import dev.articles.core.check.FactsCollector;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.render.PlainText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule {@code body.repeated-paragraph}: a paragraph (at any depth: lists and quotes too) whose normalised text equals
 * an earlier paragraph of the same article. Every later copy is reported, naming the first one's line. Paragraphs
 * shorter than {@link FactsCollector#MIN_PARAGRAPH_LENGTH} normalised characters and labels (a short paragraph ending
 * with a colon) are not compared, and copies inside
 * a section reported by {@code body.repeated-section} are left to that rule. The text of a list item is not compared:
 * steps of a procedure ("Click Save") and entries of a changelog repeat by nature. Nor are parallel copies: the same
 * place in sibling sections ("Currently in normal maintenance phase." first under both "### Ruby 2.4 series" and
 * "### Ruby 2.3 series"), which is how documents describe like things ({@link Sections#parallel}).
 */
public final class RepeatedParagraphCheck implements ArticleCheck {
    /** A paragraph that appears again later in the same article. */
    public static final Rule BODY_REPEATED_PARAGRAPH = Rule.configurable("body.repeated-paragraph", Severity.ERROR,
            "A paragraph appears again later in the article.");

    @Override
    public List<Rule> rules() {
        return List.of(BODY_REPEATED_PARAGRAPH);
    }

    /** A short paragraph that ends with a colon introduces what follows ("Updates since Ruby 3.0.0:"). */
    private static boolean isLabel(String text) {
        return text.length() <= 80 && (text.endsWith(":") || text.endsWith("："));
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        BodyText body = new BodyText(article.document());
        List<Sections.Repeat> repeats = null; // computed when the first copy is found: most articles have none
        Map<String, Paragraph> first = new HashMap<>();
        for (ComparableParagraph paragraph : article.paragraphs()) {
            Paragraph p = paragraph.node();
            String text = paragraph.text();
            if (text.length() < FactsCollector.MIN_PARAGRAPH_LENGTH || p.getParent() instanceof ListItem
                    || isLabel(text)) {
                continue; // list items and labels repeat by nature: steps, changelog entries, "Changes:"
            }
            Paragraph earlier = first.putIfAbsent(text, p);
            if (earlier == null) {
                continue;
            }
            if (repeats == null) {
                repeats = Sections.reportedRepeats(body, article.settings());
            }
            int line = body.line(p);
            if (!Sections.inside(repeats, line) && !Sections.parallel(earlier, p)) {
                findings.add(article.file(), BODY_REPEATED_PARAGRAPH, line, body.column(p), "the paragraph "
                        + BodyText.quote(PlainText.of(p)) + " repeats the paragraph on line "
                        + article.toSource(body.line(earlier), 1)[0]
                        + "; delete this copy");
            }
        }
    }
}

package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Heading;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.List;

/** Rule {@code heading.multiple-h1}: every level-1 heading after the first. */
public final class MultipleH1Check implements ArticleCheck {
    /** More than one level-1 heading. */
    public static final Rule HEADING_MULTIPLE_H1 = Rule.configurable("heading.multiple-h1", Severity.WARNING,
            "More than one level-1 heading.");

    @Override
    public List<Rule> rules() {
        return List.of(HEADING_MULTIPLE_H1);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        BodyText body = new BodyText(article.document());
        Heading first = null;
        for (Heading h : body.headings()) {
            if (h.getLevel() != 1) {
                continue;
            }
            if (first == null) {
                first = h;
                continue;
            }
            findings.add(article.file(), HEADING_MULTIPLE_H1, body.line(h), body.column(h),
                    "the heading " + BodyText.heading(h) + " is another level-1 heading (the first is on line "
                            + body.line(first) + "); an article has only one, so make this one '##'");
        }
    }
}

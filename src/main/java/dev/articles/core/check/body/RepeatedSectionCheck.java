package dev.articles.core.check.body;

import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.List;

/**
 * Rule {@code body.repeated-section}: a section (heading and content) that equals an earlier section of the same
 * article, in normalised text. Reported once at the later heading; its paragraphs and subheadings are not reported
 * again by {@code body.repeated-paragraph} or {@code heading.duplicate}.
 */
public final class RepeatedSectionCheck implements ArticleCheck {
    /** A section (heading and its content) that appears again later in the same article. */
    public static final Rule BODY_REPEATED_SECTION = Rule.configurable("body.repeated-section", Severity.ERROR,
            "A section appears again later in the article.");

    @Override
    public List<Rule> rules() {
        return List.of(BODY_REPEATED_SECTION);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        BodyText body = new BodyText(article.document());
        for (Sections.Repeat r : Sections.repeats(body)) {
            Sections.Section later = r.later();
            findings.add(article.file(), BODY_REPEATED_SECTION, later.line(), body.column(later.heading()),
                    "the section " + BodyText.heading(later.heading()) + " (lines " + article.toSource(later.line(), 1)[0] + "-"
                            + article.toSource(later.lastLine(), 1)[0] + ") repeats the section on line "
                            + article.toSource(r.earlier().line(), 1)[0]
                            + " word for word; delete one of the copies");
        }
    }
}

package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Heading;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.List;

/**
 * Rule {@code heading.skipped-level}: a heading more than one level below the heading before it ({@code ##} then
 * {@code ####}). The first heading may have any level: articles often start at {@code ###} under the page's title.
 */
public final class SkippedHeadingLevelCheck implements ArticleCheck {
    /** A heading skips a level (## followed by ####). */
    public static final Rule HEADING_SKIPPED_LEVEL = Rule.configurable("heading.skipped-level", Severity.WARNING,
            "A heading skips a level.");

    @Override
    public List<Rule> rules() {
        return List.of(HEADING_SKIPPED_LEVEL);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        BodyText body = new BodyText(article.document());
        Heading previous = null;
        for (Heading h : body.headings()) {
            if (previous != null && h.getLevel() > previous.getLevel() + 1) {
                int wanted = previous.getLevel() + 1;
                findings.add(article.file(), HEADING_SKIPPED_LEVEL, body.line(h), body.column(h),
                        "the heading " + BodyText.heading(h) + " is level " + h.getLevel()
                                + " but the heading before it (line " + article.toSource(body.line(previous), 1)[0]
                                + ") is level "
                                + previous.getLevel() + "; make it level " + wanted + " ('" + "#".repeat(wanted)
                                + "')");
            }
            previous = h;
        }
    }
}

package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Heading;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rules;

/**
 * Rule {@code heading.skipped-level}: a heading more than one level below the heading before it ({@code ##} then
 * {@code ####}). The first heading may have any level: articles often start at {@code ###} under the page's title.
 */
public final class SkippedHeadingLevelCheck implements ArticleCheck {

    @Override
    public void check(ArticleSource article, Findings findings) {
        BodyText body = new BodyText(article.document());
        Heading previous = null;
        for (Heading h : body.headings()) {
            if (previous != null && h.getLevel() > previous.getLevel() + 1) {
                int wanted = previous.getLevel() + 1;
                findings.add(article.file(), Rules.HEADING_SKIPPED_LEVEL, body.line(h), body.column(h),
                        "the heading " + BodyText.heading(h) + " is level " + h.getLevel()
                                + " but the heading before it (line " + body.line(previous) + ") is level "
                                + previous.getLevel() + "; make it level " + wanted + " ('" + "#".repeat(wanted)
                                + "')");
            }
            previous = h;
        }
    }
}

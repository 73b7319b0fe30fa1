package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Heading;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule {@code heading.duplicate}: two headings with the same normalised text under the same parent heading (the
 * nearest heading above of a lower level), such as two {@code ### 注意点} in one {@code ##} section: readers and the
 * table of contents cannot tell them apart. The same text under different parents ({@code ### 例} under
 * {@code ## Java} and under {@code ## Kotlin}) is normal and not reported, and neither are headings with no heading
 * above them: articles whose sections all sit on one level reuse short headings by chance too often. Empty headings
 * are {@code heading.empty}'s business, and headings inside a section reported by {@code body.repeated-section} are
 * left to that rule.
 */
public final class DuplicateHeadingCheck implements ArticleCheck {
    /** Two headings with the same text in one article. */
    public static final Rule HEADING_DUPLICATE = Rule.configurable("heading.duplicate", Severity.WARNING,
            "Two headings with the same text.");

    @Override
    public List<Rule> rules() {
        return List.of(HEADING_DUPLICATE);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        BodyText body = new BodyText(article.document());
        Map<Heading, Map<String, Heading>> byParent = new IdentityHashMap<>();
        Deque<Heading> open = new ArrayDeque<>(); // the current heading and its ancestors, innermost first
        List<Sections.Repeat> repeats = null; // computed when the first duplicate is found
        for (Heading h : body.headings()) {
            while (!open.isEmpty() && open.peek().getLevel() >= h.getLevel()) {
                open.pop();
            }
            Heading parent = open.peek();
            open.push(h);
            String text = BodyText.normal(h);
            if (parent == null || text.isEmpty()) {
                continue;
            }
            Heading earlier = byParent.computeIfAbsent(parent, p -> new HashMap<>()).putIfAbsent(text, h);
            if (earlier == null) {
                continue;
            }
            if (repeats == null) {
                repeats = Sections.reportedRepeats(body, article.settings());
            }
            int line = body.line(h);
            if (!Sections.inside(repeats, line)) {
                findings.add(article.file(), HEADING_DUPLICATE, line, body.column(h),
                        "the heading " + BodyText.heading(h) + " has the same text as the heading on line "
                                + body.line(earlier) + " in the same section " + BodyText.heading(parent)
                                + "; readers and the table of contents cannot tell them apart, so rename one");
            }
        }
    }
}

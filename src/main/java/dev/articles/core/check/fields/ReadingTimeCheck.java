package dev.articles.core.check.fields;

import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.render.ReadingTime;
import java.util.List;

/**
 * Rule {@code reading-time.mismatch}: the declared {@code reading_time} is further from the reading time computed
 * from the body (as the bundle's {@code readingMinutes}) than {@code readingTimeTolerance} percent of the computed
 * value; a difference of one minute is always tolerated. A body without prose (only code, say) is not timed.
 */
public final class ReadingTimeCheck implements ArticleCheck {
    /** The declared {@code reading_time} is far from the computed reading time. */
    public static final Rule READING_TIME_MISMATCH = Rule.configurable("reading-time.mismatch", Severity.WARNING,
            "The declared reading_time is far from the computed one.");

    @Override
    public List<Rule> rules() {
        return List.of(READING_TIME_MISMATCH);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        Integer declared = article.frontMatter() == null ? null : article.frontMatter().declaredReadingMinutes();
        YamlNode node = article.yaml() == null ? null : article.yaml().get("reading_time");
        if (declared == null || node == null || article.document() == null) {
            return;
        }
        int computed = computed(article);
        if (computed == 0) {
            return;
        }
        int percent = article.settings().readingTimeTolerancePercent();
        double tolerated = Math.max(1.0, computed * percent / 100.0);
        if (Math.abs(declared - computed) > tolerated) {
            findings.add(article.file(), READING_TIME_MISMATCH, node.line(), node.column(), "reading_time says "
                    + minutes(declared) + " but the text reads in about " + minutes(computed)
                    + ", more than readingTimeTolerance (" + percent + "%, at least 1 minute) off; write reading_time: "
                    + computed + " or remove the key");
        }
    }

    /** The bundle's reading time (the same computation the renderer makes). */
    static int computed(ArticleSource article) {
        return ReadingTime.of(article.document());
    }

    private static String minutes(int n) {
        return n == 1 ? "1 minute" : n + " minutes";
    }
}

package dev.articles.core.check;

import dev.articles.core.model.Rule;
import java.util.List;

/**
 * A check across all articles (duplicate titles, links between articles...). It sees only the compact
 * {@link ArticleFacts} of each article, so it stays cheap in memory at any site size, and must stay near-linear:
 * group by hash, never compare every pair.
 */
public interface CorpusCheck {

    /** The rules this check reports, declared as its own {@code Rule} constants: only these may it add. */
    List<Rule> rules();

    void check(List<ArticleFacts> articles, Findings findings);

    /**
     * Everything this check reads of one article, as a value compared with {@code equals}. When the articles are the
     * same files as in the last build and none of them changed in this value, the last build's findings of this
     * check hold again and it is not run (an edit of one article's body must not cost every cross-article check).
     * A check that reads more than it declares here would report stale findings; {@code null}, the default, runs it
     * in every build.
     */
    default Object input(ArticleFacts article) {
        return null;
    }
}

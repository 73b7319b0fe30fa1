package dev.articles.core.check;

import java.util.List;

/**
 * A check across all articles (duplicate titles, links between articles...). It sees only the compact
 * {@link ArticleFacts} of each article, so it stays cheap in memory at any site size, and must stay near-linear:
 * group by hash, never compare every pair.
 */
public interface CorpusCheck {

    void check(List<ArticleFacts> articles, Findings findings);
}

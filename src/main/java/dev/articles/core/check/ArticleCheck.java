package dev.articles.core.check;

/**
 * A check of one article on its own. Implementations are stateless (one instance checks every article, possibly
 * from several threads) and report through {@link Findings}, never by throwing.
 */
public interface ArticleCheck {

    void check(ArticleSource article, Findings findings);
}

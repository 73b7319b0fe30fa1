package dev.articles.core.check;

import dev.articles.core.model.Rule;
import java.util.List;

/**
 * A check of one article on its own. Implementations are stateless (one instance checks every article, possibly
 * from several threads) and report through {@link Findings}, never by throwing.
 */
public interface ArticleCheck {

    /** The rules this check reports, declared as its own {@code Rule} constants: only these may it add. */
    List<Rule> rules();

    void check(ArticleSource article, Findings findings);
}

package dev.articles.core.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A Jekyll {@code {% post_url ... %}} or {@code {% link ... %}} tag in running text. In the HTML it becomes the
 * linked article's address (like Jekyll, which prints the URL), once all articles are known.
 */
public final class LiquidTag extends Node {
    private final boolean postUrl;
    private final String argument;

    LiquidTag(BasedSequence chars, boolean postUrl, String argument) {
        super(chars);
        this.postUrl = postUrl;
        this.argument = argument;
    }

    /** {@code true} for {@code post_url}, {@code false} for {@code link}. */
    public boolean postUrl() {
        return postUrl;
    }

    /** The tag's argument, stripped: a file name stem for {@code post_url}, a path for {@code link}. */
    public String argument() {
        return argument;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

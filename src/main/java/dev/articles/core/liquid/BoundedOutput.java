package dev.articles.core.liquid;

import liqp.RenderTransformer;
import liqp.TemplateContext;

/**
 * Liqp's writing of output, with the two bounds Liqp does not keep on the rendering thread itself: the size of what
 * a block writes (Liqp's own limit, kept here too) and the article's time, checked at every block and loop pass.
 * (Liqp's time limit renders on a new thread of its own, with a small stack, for every template.)
 */
final class BoundedOutput implements RenderTransformer {
    private final int maxLength;

    BoundedOutput(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public ObjectAppender.Controller newObjectAppender(TemplateContext context, int estimatedNumberOfAppends) {
        RenderState.current().checkTime();
        return new ObjectAppender.Controller() {
            private final StringBuilder result = new StringBuilder();

            @Override
            public Object getResult() {
                return result.toString();
            }

            @Override
            public void append(Object obj) {
                result.append(obj instanceof CharSequence s ? s : String.valueOf(obj));
                if (result.length() > maxLength) {
                    throw new RenderState.Problem(JekyllLiquid.Kind.LIMIT, null, "the Liquid writes more than "
                            + maxLength + " characters; look for a loop that repeats a large text");
                }
            }
        };
    }

    @Override
    public Object transformObject(TemplateContext context, Object obj) {
        return String.valueOf(obj);
    }
}

package dev.articles.core.render;

/** Collapsing white space in texts that are compared, counted or quoted. */
public final class WhiteSpace {
    private WhiteSpace() {
    }

    /**
     * {@code text.replaceAll("\\s+", " ").strip()}, written out: every run of ASCII white space (the regex class
     * {@code \s}) becomes one space, then white space of any kind ({@link String#strip}) goes from both ends. Texts
     * of every paragraph pass here, where a regex costs more than the rest of the work.
     */
    public static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString().strip();
    }
}

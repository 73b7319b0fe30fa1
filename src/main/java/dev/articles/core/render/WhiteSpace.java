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
        String s = text.toString();
        int n = s.length();
        int i = firstChange(s);
        if (i == n) {
            return s.strip(); // single spaces only, the usual case: nothing to collapse
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        boolean inSpace = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
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

    /** Index of the first white space the collapse changes (a run, or a tab, line feed...); the length if none. */
    private static int firstChange(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isOtherSpace(c) || c == ' ' && i + 1 < s.length() && isSpace(s.charAt(i + 1))) {
                return i;
            }
        }
        return s.length();
    }

    /** The regex class {@code \s}: ASCII white space. */
    private static boolean isSpace(char c) {
        return c == ' ' || isOtherSpace(c);
    }

    /** {@code \s} but the space itself. */
    private static boolean isOtherSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}

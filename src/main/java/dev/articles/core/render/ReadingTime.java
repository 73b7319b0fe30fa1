package dev.articles.core.render;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Reading time from the text itself: Japanese and Chinese are read by the character, other languages by the word,
 * at different speeds, so a mixed article is timed fairly. Code blocks and URLs are not counted (readers skim them).
 */
public final class ReadingTime {
    /** CJK characters a minute. */
    public static final int CJK_CHARS_PER_MINUTE = 500;
    /** Words a minute for space-separated languages. */
    public static final int WORDS_PER_MINUTE = 220;

    private ReadingTime() {
    }

    /**
     * The reading time of a parsed body, as the bundle records it: its prose without code blocks and URLs. The one
     * definition the renderer and the {@code reading-time.mismatch} check share.
     */
    public static int of(Node document) {
        return minutes(withoutUrls(PlainText.prose(document)));
    }

    /** Whole minutes, rounded up; at least 1 for any text, 0 for none. */
    public static int minutes(String prose) {
        long cjk = 0;
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < prose.length(); ) {
            int cp = prose.codePointAt(i);
            i += Character.charCount(cp);
            if (Cjk.isCjk(cp)) {
                if (Character.isLetterOrDigit(cp)) {
                    cjk++;
                }
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (cp != '\'' && cp != '’' && cp != '-') {
                inWord = false;
            }
        }
        double minutes = cjk / (double) CJK_CHARS_PER_MINUTE + words / (double) WORDS_PER_MINUTE;
        return cjk + words == 0 ? 0 : (int) Math.max(1, Math.ceil(minutes));
    }

    /** Drops bare URLs from text before counting. */
    public static String withoutUrls(String text) {
        return text.replaceAll("\\b(?:https?|ftp|mailto):[^\\s　]+", " ");
    }
}

package dev.articles.core.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.regex.Pattern;

/**
 * Reading time from the text itself: Japanese and Chinese are read by the character, other languages by the word,
 * at different speeds, so a mixed article is timed fairly. Code blocks and URLs are not counted (readers skim them).
 */
public final class ReadingTime {
    /** CJK characters a minute. */
    public static final int CJK_CHARS_PER_MINUTE = 500;
    /** Words a minute for space-separated languages. */
    public static final int WORDS_PER_MINUTE = 220;

    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp|mailto):[^\\s　]+");
    /** A body's reading time, kept on its document: the renderer and the reading-time check both ask for it. */
    private static final NullableDataKey<Integer> MINUTES = new NullableDataKey<>("ARTICLES_READING_MINUTES");

    private ReadingTime() {
    }

    /**
     * The reading time of a parsed body, as the bundle records it: its prose without code blocks and URLs. The one
     * definition the renderer and the {@code reading-time.mismatch} check share.
     */
    public static int of(Node document) {
        if (document instanceof Document d) {
            Integer known = MINUTES.get(d);
            if (known != null) {
                return known;
            }
            int minutes = compute(d);
            d.set(MINUTES, minutes);
            return minutes;
        }
        return compute(document);
    }

    private static int compute(Node document) {
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
        // Most prose holds no URL: a plain search for the schemes is far cheaper than the regex's scan.
        if (text.indexOf("http") < 0 && text.indexOf("ftp:") < 0 && text.indexOf("mailto:") < 0) {
            return text;
        }
        return URL.matcher(text).replaceAll(" ");
    }
}

package dev.articles.core.render;

/**
 * Which characters are written without spaces between words: Chinese characters, kana and their punctuation.
 * Hangul is not among them, since Korean separates words with spaces.
 */
final class Cjk {
    /**
     * {@link #byScript} for every BMP character, computed once: {@link Character.UnicodeScript#of} is a binary search,
     * and reading time asks for every character of every article.
     */
    private static final long[] BMP = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (byScript(c)) {
                BMP[c >>> 6] |= 1L << c;
            }
        }
    }

    private Cjk() {
    }

    static boolean isCjk(int codePoint) {
        if (codePoint >= 0 && codePoint <= Character.MAX_VALUE) {
            return (BMP[codePoint >>> 6] & 1L << codePoint) != 0;
        }
        return byScript(codePoint);
    }

    /** The definition. */
    static boolean byScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        return (codePoint >= 0x3000 && codePoint <= 0x303F) // CJK symbols and punctuation: 、。「」
                || (codePoint >= 0x30A0 && codePoint <= 0x30FF) // katakana incl. ー (script COMMON)
                || (codePoint >= 0xFF01 && codePoint <= 0xFF60) // full-width forms: ！？（）：
                || (codePoint >= 0xFF61 && codePoint <= 0xFF9F); // half-width katakana and punctuation
    }
}

package dev.articles.core.check;

import dev.articles.core.render.WhiteSpace;
import java.text.Normalizer;
import java.util.Locale;

/** One normalisation for comparing texts (paragraphs, titles, tags) and a fast 64-bit hash of the result. */
public final class ComparableText {
    private ComparableText() {
    }

    /** NFKC (full-width to half-width, composed forms), lower case, white space collapsed, trimmed. */
    public static String normalise(String text) {
        return WhiteSpace.collapse(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    /** FNV-1a, 64 bits: enough to group equal texts at any site size; equal hashes are compared by text. */
    public static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

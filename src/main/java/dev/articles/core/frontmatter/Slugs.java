package dev.articles.core.frontmatter;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Which slugs can name a file in the bundle. A slug becomes {@code articles/{slug}.json} inside a jar, on every
 * operating system a consumer may unpack it on, so it must not be a path, must not escape the bundle and must be a
 * legal file name on Windows too.
 */
public final class Slugs {
    private static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    /** Why {@code slug} is unusable, or {@code null} when it is fine. */
    public static String problem(String slug) {
        if (slug.isEmpty()) {
            return "the slug is empty";
        }
        if (slug.length() > MAX_LENGTH) {
            return "the slug is " + slug.length() + " characters long; the limit is " + MAX_LENGTH;
        }
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (c == '/' || c == '\\') {
                return "the slug '" + slug + "' contains a path separator '" + c + "'";
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || "<>:\"|?*%".indexOf(c) >= 0) {
                return "the slug '" + slug + "' contains the character " + describe(c)
                        + ", which cannot be used in file names or URLs";
            }
            if (Character.isWhitespace(c)) {
                return "the slug '" + slug + "' contains white space; use '-' instead";
            }
            if (Character.getType(c) == Character.FORMAT) {
                // Bidi overrides, zero-width joiners, soft hyphens: invisible, they make look-alike file names.
                return "the slug '" + slug + "' contains the invisible character " + String.format(Locale.ROOT, "U+%04X", (int) c)
                        + "; remove it";
            }
        }
        if (slug.equals(".") || slug.equals("..") || slug.startsWith(".")) {
            return "the slug '" + slug + "' starts with a dot";
        }
        if (slug.endsWith(".") || slug.endsWith(" ")) {
            return "the slug '" + slug + "' ends with a dot or space, which Windows drops from file names";
        }
        // Windows treats "NUL.txt" and "nul.tar.gz" as the device too, and the bundle adds ".json" to every slug.
        int dot = slug.indexOf('.');
        String base = (dot < 0 ? slug : slug.substring(0, dot)).toUpperCase(Locale.ROOT);
        if (base.matches("(CON|PRN|AUX|NUL|COM[0-9\u00B9\u00B2\u00B3]|LPT[0-9\u00B9\u00B2\u00B3]|CONIN\\$|CONOUT\\$)")) {
            return "the slug '" + slug + "' is a reserved device name on Windows";
        }
        return null;
    }

    /**
     * The key under which two slugs count as the same file name: Unicode composition (NFC; macOS stores file names
     * decomposed, so {@code が} as one character or as {@code か} plus a combining mark name the same file) and case
     * (case-insensitive file systems; full case folding, so {@code ß} and {@code SS} collide too).
     */
    public static String collisionKey(String slug) {
        String composed = Normalizer.normalize(slug, Normalizer.Form.NFC);
        String folded = composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** Whether two different slugs differ only in Unicode composition (they look the same). */
    public static boolean sameComposed(String a, String b) {
        return Normalizer.normalize(a, Normalizer.Form.NFC).equals(Normalizer.normalize(b, Normalizer.Form.NFC));
    }

    private static String describe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format(Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
    }
}

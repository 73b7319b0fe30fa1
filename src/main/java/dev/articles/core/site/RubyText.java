package dev.articles.core.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The few Ruby string and file-name operations Jekyll's addressing rests on, as Ruby 3.1 does them. They differ from
 * their Java look-alikes in small ways that change addresses: Ruby lower-cases {@code Σ} to {@code σ} even at the
 * end of a word (Java writes {@code ς}), {@code File.extname("a.")} is {@code "."}, and {@code "a b".split} splits on
 * ASCII white space only.
 */
final class RubyText {
    private static final String ASCII_SPACE = " \t\n\u000B\f\r";

    private RubyText() {
    }

    /**
     * {@code String#downcase}: full Unicode lower-casing without context (no final sigma), so per code point, with
     * the one unconditional special mapping ({@code İ} to {@code i} plus a combining dot above).
     */
    static String downcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x130) {
                out.append("i\u0307");
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString();
    }

    /** {@code String#split} without arguments: the words between runs of ASCII white space. */
    static List<String> splitWords(String s) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && ASCII_SPACE.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            int start = i;
            while (i < s.length() && ASCII_SPACE.indexOf(s.charAt(i)) < 0) {
                i++;
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }

    /** {@code File.basename(path)}: the last {@code /}-separated name (trailing slashes ignored). */
    static String basename(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /**
     * {@code File.extname(path)}: from the last dot of the file name, not counting dots it starts with;
     * {@code "a."} gives {@code "."} (Ruby 2.7 and later, outside Windows), {@code ".profile"} gives {@code ""}.
     */
    static String extname(String path) {
        int dot = extensionDot(basename(path));
        return dot < 0 ? "" : basename(path).substring(dot);
    }

    /** {@code File.basename(path, ".*")}: the file name without what {@link #extname} gives. */
    static String basenameWithoutExt(String path) {
        String name = basename(path);
        int dot = extensionDot(name);
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static int extensionDot(String name) {
        int first = 0;
        while (first < name.length() && name.charAt(first) == '.') {
            first++;
        }
        int dot = name.lastIndexOf('.');
        return dot >= first && first < name.length() ? dot : -1;
    }

    /**
     * Ruby's truth of a YAML value as Psych reads it: absent, {@code null}, {@code ~} and the unquoted words
     * {@code false}, {@code no} and {@code off} (any case) are false; everything else, {@code 0} and the quoted text
     * {@code "false"} included, is true.
     */
    static boolean truthy(String plainValue, boolean quoted) {
        if (plainValue == null) {
            return false;
        }
        return quoted || !plainValue.matches("(?i)false|no|off");
    }
}

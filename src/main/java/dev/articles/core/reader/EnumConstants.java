package dev.articles.core.reader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java enum constants for the values of a schema's {@code enum}: {@code in-progress} gives {@code IN_PROGRESS}. */
final class EnumConstants {
    private EnumConstants() {
    }

    /** A constant for each value, in order, each different (a number is added to a repeat). */
    static List<String> of(List<String> values) {
        List<String> constants = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String value : values) {
            String name = constant(value);
            String candidate = name;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = name + "_" + n;
            }
            constants.add(candidate);
        }
        return constants;
    }

    private static String constant(String value) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append('_');
                }
                out.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
                gap = false;
            } else {
                gap = true;
            }
        }
        String name = out.toString();
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "V_" + name;
        }
        return name; // upper case: never a keyword
    }
}

package dev.articles.core.reader;

import java.util.Set;

/** How text from the content (names, schema descriptions, enum values) is written into Java source safely. */
final class JavaText {
    /** Java's keywords and literals: never a name. */
    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "non-sealed", "_");

    private JavaText() {
    }

    /** {@code text} as a Java string literal, quotes included. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !paired(text, i)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean paired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * {@code text} as Javadoc prose on one line: HTML's special characters, {@code @}, backslashes (which would
     * start Unicode escapes) and the end of a comment written as entities.
     */
    static String doc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String flat = text.strip().replaceAll("\\s+", " ");
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && flat.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Whether {@code name} can name a Java class, method, field or package segment. */
    static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty() || KEYWORDS.contains(name)
                || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    /**
     * The words of {@code text} (runs of letters and digits) joined in camel case: {@code cover-image} and
     * {@code cover_image} become {@code coverImage} ({@code upperFirst}: {@code CoverImage}).
     */
    static String camel(String text, boolean upperFirst) {
        StringBuilder out = new StringBuilder();
        boolean startWord = upperFirst;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                startWord = out.length() > 0 || upperFirst;
                continue;
            }
            if (out.length() == 0 && !upperFirst) {
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                out.appendCodePoint(startWord ? Character.toUpperCase(cp) : cp);
            }
            startWord = false;
        }
        return out.toString();
    }

    /** {@code text} in lines of at most {@code width} characters, broken at spaces (a longer word stays whole). */
    static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}

package dev.articles.core.liquid;

import java.util.List;

/**
 * The invisible marks that carry source positions through Liquid. Before a body is rendered, {@link MarkedSource}
 * puts a mark where literal text starts (at each of its lines) and before each tag that writes text; Liquid copies
 * literal text as it is, marks included, so in the output each mark says where the text after it came from.
 * {@link SourceMap#strip} takes them out again before Markdown sees the text.
 *
 * <p>A mark is Unicode noncharacters, which no article contains (a body that does is rendered without marks):
 * a kind, the line in hexadecimal digits, a separator, the column, an end.
 */
final class PositionMarks {
    /** Literal text follows, copied from the mark's position on. */
    static final char LITERAL = '\uFDD0';
    /** Text a tag wrote follows: all of it belongs to the tag at the mark's position. */
    static final char TAG = '\uFDD1';
    /** Literal text of a {@code {% raw %}} block follows: shown as written, never read as a tag again. */
    static final char RAW = '\uFDD2';
    static final char SEPARATOR = '\uFDD3';
    static final char END = '\uFDD4';
    /** A reference to a literal chunk: its index in hexadecimal digits and {@link #END} follow. */
    static final char REFERENCE = '\uFDD5';
    /** Hexadecimal digit 0; digit {@code d} is {@code DIGIT + d}. */
    static final char DIGIT = '\uFDE0';

    private PositionMarks() {
    }

    static boolean isMarkChar(char c) {
        return c >= '\uFDD0' && c <= '\uFDEF';
    }

    static boolean isKind(char c) {
        return c == LITERAL || c == TAG || c == RAW;
    }

    static void append(StringBuilder out, char kind, int line, int column) {
        out.append(kind);
        hex(out, line);
        out.append(SEPARATOR);
        hex(out, column);
        out.append(END);
    }

    private static void hex(StringBuilder out, int value) {
        String digits = Integer.toHexString(value);
        for (int i = 0; i < digits.length(); i++) {
            out.append((char) (DIGIT + Character.digit(digits.charAt(i), 16)));
        }
    }

    /** Appends a reference to the literal chunk {@code index}. */
    static void appendReference(StringBuilder out, int index) {
        out.append(REFERENCE);
        hex(out, index);
        out.append(END);
    }

    /** {@code text} with every chunk reference replaced by its chunk. */
    static String expand(String text, List<String> chunks) {
        int at = text.indexOf(REFERENCE);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        int from = 0;
        while (at >= 0) {
            int end = text.indexOf(END, at);
            int index = 0;
            boolean valid = end > at + 1;
            for (int i = at + 1; valid && i < end; i++) {
                char c = text.charAt(i);
                valid = c >= DIGIT && c <= DIGIT + 15;
                index = index * 16 + (c - DIGIT);
            }
            out.append(text, from, at);
            if (valid && index < chunks.size()) {
                out.append(chunks.get(index));
                from = end + 1;
            } else {
                from = at + 1; // a reference cut apart: its remains are stray mark characters, dropped later
            }
            at = text.indexOf(REFERENCE, from);
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Whether {@code text} has any character marks are made of: then it cannot be marked. */
    static boolean containsMarkChars(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMarkChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without marks. */
    static String remove(String text) {
        if (!containsMarkChars(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMarkChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}

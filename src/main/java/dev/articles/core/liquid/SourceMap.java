package dev.articles.core.liquid;

import java.util.Arrays;

/**
 * Where the text Liquid wrote came from: a line and column of the output (what Markdown parses and the checks see)
 * back to the line and column of the article file. Literal text maps to itself, text a tag wrote (an include, a
 * variable) to the tag. Built by {@link #strip}, which also takes the marks out of the output.
 */
public final class SourceMap {
    /** The map of a body Liquid did not change: every position is its own. */
    public static final SourceMap IDENTITY = new SourceMap(new int[0], new char[0], new int[0], new int[0],
            new int[] {0});

    /** Output offsets of the marks, ascending, and what each says. */
    private final int[] offsets;
    private final char[] kinds;
    private final int[] lines;
    private final int[] columns;
    /** Offset of each output line's first character. */
    private final int[] lineStarts;

    private SourceMap(int[] offsets, char[] kinds, int[] lines, int[] columns, int[] lineStarts) {
        this.offsets = offsets;
        this.kinds = kinds;
        this.lines = lines;
        this.columns = columns;
        this.lineStarts = lineStarts;
    }

    /** Liquid's output without its marks, and the map of its positions. */
    public record Stripped(String text, SourceMap map) {
    }

    /** Takes the marks out of {@code rendered}, remembering what each said. */
    static Stripped strip(String rendered) {
        if (!PositionMarks.containsMarkChars(rendered)) {
            return new Stripped(rendered, IDENTITY);
        }
        StringBuilder text = new StringBuilder(rendered.length());
        int capacity = 64;
        int[] offsets = new int[capacity];
        char[] kinds = new char[capacity];
        int[] lines = new int[capacity];
        int[] columns = new int[capacity];
        int count = 0;
        int i = 0;
        while (i < rendered.length()) {
            char c = rendered.charAt(i);
            if (!PositionMarks.isMarkChar(c)) {
                text.append(c);
                i++;
                continue;
            }
            int[] parsed = PositionMarks.isKind(c) ? parse(rendered, i + 1) : null;
            if (parsed == null) {
                i++; // a stray mark character (cut by a filter): dropped
                continue;
            }
            if (count == offsets.length) {
                capacity *= 2;
                offsets = Arrays.copyOf(offsets, capacity);
                kinds = Arrays.copyOf(kinds, capacity);
                lines = Arrays.copyOf(lines, capacity);
                columns = Arrays.copyOf(columns, capacity);
            }
            offsets[count] = text.length();
            kinds[count] = c;
            lines[count] = parsed[0];
            columns[count] = parsed[1];
            count++;
            i = parsed[2];
        }
        String out = text.toString();
        return new Stripped(out, new SourceMap(Arrays.copyOf(offsets, count), Arrays.copyOf(kinds, count),
                Arrays.copyOf(lines, count), Arrays.copyOf(columns, count), lineStarts(out)));
    }

    /** A mark's line and column after its kind at {@code from}, and where it ends; {@code null} if malformed. */
    private static int[] parse(String s, int from) {
        int line = 0;
        int column = 0;
        boolean second = false;
        for (int i = from; i < s.length() && i < from + 20; i++) {
            char c = s.charAt(i);
            if (c == PositionMarks.END) {
                return second ? new int[] {line, column, i + 1} : null;
            } else if (c == PositionMarks.SEPARATOR && !second) {
                second = true;
            } else if (c >= PositionMarks.DIGIT && c <= PositionMarks.DIGIT + 15) {
                if (second) {
                    column = column * 16 + (c - PositionMarks.DIGIT);
                } else {
                    line = line * 16 + (c - PositionMarks.DIGIT);
                }
            } else {
                return null;
            }
        }
        return null;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** Whether Liquid changed nothing. */
    public boolean isIdentity() {
        return offsets.length == 0;
    }

    /**
     * The file position of a 1-based output line and column.
     *
     * @return {@code {line, column}}
     */
    public int[] toSource(int line, int column) {
        if (offsets.length == 0 || line < 1 || line > lineStarts.length) {
            return new int[] {line, column};
        }
        int offset = lineStarts[line - 1] + Math.max(0, column - 1);
        int i = markAt(offset);
        if (i < 0) {
            return new int[] {line, column}; // before the body's first mark: the front matter's blank lines
        }
        if (kinds[i] == PositionMarks.TAG) {
            return new int[] {lines[i], columns[i]};
        }
        int breaks = 0;
        int lastBreak = -1;
        for (int l = line - 1; l >= 0 && lineStarts[l] > offsets[i]; l--) {
            breaks++;
            lastBreak = Math.max(lastBreak, lineStarts[l] - 1);
        }
        return breaks == 0 ? new int[] {lines[i], columns[i] + offset - offsets[i]}
                : new int[] {lines[i] + breaks, offset - lastBreak};
    }

    /** Whether the output at {@code offset} is the text of a {@code {% raw %}} block (never a tag). */
    public boolean rawAt(int offset) {
        int i = markAt(offset);
        return i >= 0 && kinds[i] == PositionMarks.RAW;
    }

    /** The last mark at or before {@code offset}, or -1. */
    private int markAt(int offset) {
        int i = Arrays.binarySearch(offsets, offset);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < offsets.length && offsets[i + 1] == offset) {
            i++; // several marks at one place: the last one speaks for what follows
        }
        return i;
    }
}

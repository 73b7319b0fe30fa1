package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.check.ComparableText;
import dev.articles.core.render.PlainText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article body with a line index, so that nodes' file lines and columns cost a binary search (flexmark's own
 * {@code getStartLineNumber()} scans the text from its start on every call), plus the texts the body rules compare
 * and quote.
 */
final class BodyText {
    /** Longest piece of article text quoted in a message, in characters. */
    private static final int MAX_QUOTED = 40;

    private final Document document;
    private String text;
    /** Offset of each line's first character; line {@code n} (1-based) starts at {@code starts[n - 1]}. */
    private int[] starts;

    BodyText(Document document) {
        this.document = document;
    }

    /** Builds the line index on first use: most articles never need a position. */
    private void index() {
        if (starts != null) {
            return;
        }
        text = document.getChars().toString();
        int[] s = new int[64];
        int count = 0;
        s[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == s.length) {
                s = Arrays.copyOf(s, count * 2);
            }
            s[count++] = i + 1;
        }
        starts = Arrays.copyOf(s, count);
    }

    Document document() {
        return document;
    }

    /** The body's text: front matter lines are empty, so its lines are file lines. */
    String text() {
        index();
        return text;
    }

    /** Number of lines. */
    int lineCount() {
        index();
        return starts.length;
    }

    /** Offset of a 1-based line's first character. */
    int lineStart(int line) {
        index();
        return starts[line - 1];
    }

    /** Offset just past a 1-based line's last character (its line feed is not included). */
    int lineEnd(int line) {
        index();
        return line < starts.length ? starts[line] - 1 : text.length();
    }

    /** 1-based line of an offset. */
    int lineOf(int offset) {
        index();
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based file line of a node's first character. */
    int line(Node node) {
        return lineOf(node.getStartOffset());
    }

    /** 1-based column of a node's first character. */
    int column(Node node) {
        return node.getStartOffset() - lineStart(line(node)) + 1;
    }

    /** 1-based file line of a node's last character. */
    int lastLine(Node node) {
        int end = node.getEndOffset();
        return lineOf(end > node.getStartOffset() ? end - 1 : end);
    }

    /** The text a reader sees, normalised for comparison ({@link ComparableText}). */
    static String normal(Node node) {
        return ComparableText.normalise(PlainText.of(node));
    }

    /** Every heading of the body, at any depth, in document order. */
    List<Heading> headings() {
        List<Heading> out = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading h) {
                out.add(h);
            }
        }
        return out;
    }

    /** A heading as written, for messages: {@code '### 市場の動向'}. */
    static String heading(Heading heading) {
        String plain = PlainText.of(heading);
        return quote("#".repeat(heading.getLevel()) + (plain.isEmpty() ? "" : " " + plain));
    }

    /** {@code text} in quotes, shortened with an ellipsis when long. */
    static String quote(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) > MAX_QUOTED) {
            t = t.substring(0, t.offsetByCodePoints(0, MAX_QUOTED)).stripTrailing() + "…";
        }
        return "'" + t + "'";
    }
}

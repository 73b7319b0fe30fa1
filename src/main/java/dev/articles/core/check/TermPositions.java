package dev.articles.core.check;

import dev.articles.core.frontmatter.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags and categories as written, each with the file position of its own text: a list item's position, or, in
 * Jekyll's space-separated form ({@code tags: java maven}), the column of the word itself within the line.
 */
public final class TermPositions {
    private TermPositions() {
    }

    /**
     * The terms of {@code key}: list items, or the words of a space-separated value. With {@code wholeValue} a
     * scalar is one term (Jekyll's {@code category: Release Notes}).
     */
    public static List<ArticleFacts.Term> of(ArticleSource article, String key, boolean wholeValue) {
        List<ArticleFacts.Term> out = new ArrayList<>();
        YamlNode node = article.yaml() == null ? null : article.yaml().get(key);
        if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
                    out.add(new ArticleFacts.Term(s.value().strip(), s.line(), s.column()));
                }
            }
        } else if (node instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
            if (wholeValue) {
                out.add(new ArticleFacts.Term(s.value().strip(), s.line(), s.column()));
            } else {
                words(article.lines(), article.bodyFirstLine() - 1, s, out);
            }
        }
        return out;
    }

    /**
     * Splits a scalar into words and finds each in the file, searching forward from the scalar's start (a folded or
     * quoted value may go on over lines). A word not found as written (an escape in quotes) gets the scalar's position.
     */
    private static void words(List<String> lines, int lastLine, YamlNode.Scalar s, List<ArticleFacts.Term> out) {
        int lineIndex = s.line() - 1;
        int from = charIndex(lines, lineIndex, s.column());
        for (String word : s.value().strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int foundLine = -1;
            int foundAt = -1;
            for (int l = lineIndex; l < Math.min(lastLine, lines.size()) && foundLine < 0; l++) {
                int at = lines.get(l).indexOf(word, l == lineIndex ? from : 0);
                if (at >= 0) {
                    foundLine = l;
                    foundAt = at;
                }
            }
            if (foundLine < 0) {
                out.add(new ArticleFacts.Term(word, s.line(), s.column()));
                continue;
            }
            String line = lines.get(foundLine);
            out.add(new ArticleFacts.Term(word, foundLine + 1, line.codePointCount(0, foundAt) + 1));
            lineIndex = foundLine;
            from = foundAt + word.length();
        }
    }

    /** The char index of a 1-based code point column, clamped to the line. */
    private static int charIndex(List<String> lines, int lineIndex, int column) {
        if (lineIndex < 0 || lineIndex >= lines.size()) {
            return 0;
        }
        String line = lines.get(lineIndex);
        int points = Math.min(Math.max(column - 1, 0), line.codePointCount(0, line.length()));
        return line.offsetByCodePoints(0, points);
    }
}

package dev.articles.core.frontmatter;

/**
 * Finds the YAML front matter between {@code ---} lines at the very top of an article (Jekyll's rule: the closing
 * line may also be {@code ...}).
 */
public final class FrontMatterSplitter {

    /** What the split found. */
    public enum Status { OK, MISSING, UNCLOSED }

    /**
     * @param status whether a closed block was found
     * @param yaml the YAML between the fences (empty unless OK)
     * @param yamlFirstLine the file line (1-based) of the YAML's first line
     * @param closingLine the file line of the closing fence (0 unless OK)
     * @param body the text after the closing fence, preceded by one empty line per line of front matter so that
     *     line numbers in the body are file line numbers
     */
    public record Split(Status status, String yaml, int yamlFirstLine, int closingLine, String body) {
    }

    private FrontMatterSplitter() {
    }

    public static Split split(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd, false)) {
            return new Split(Status.MISSING, "", 0, 0, text);
        }
        int lineNo = 1;
        int start = firstEnd + 1;
        while (start <= text.length()) {
            lineNo++;
            int end = lineEnd(text, start);
            if (start < text.length() && isFence(text, start, end, true)) {
                String yaml = text.substring(firstEnd + 1, start);
                String rest = end >= text.length() ? "" : text.substring(end + 1);
                return new Split(Status.OK, yaml, 2, lineNo, "\n".repeat(lineNo) + rest);
            }
            if (end >= text.length()) {
                break;
            }
            start = end + 1;
        }
        return new Split(Status.UNCLOSED, "", 0, 0, text);
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** {@code ---} (or {@code ...} when closing), trailing spaces allowed. */
    private static boolean isFence(String text, int start, int end, boolean closing) {
        String line = text.substring(start, end).stripTrailing();
        return line.equals("---") || (closing && line.equals("..."));
    }
}

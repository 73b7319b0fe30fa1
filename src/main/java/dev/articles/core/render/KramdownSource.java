package dev.articles.core.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's block extensions and attribute lists, made fit for flexmark's attributes extension before parsing, line
 * for line (line numbers stay the file's): {@code {::comment}...{:/comment}}, {@code {::options .../}},
 * {@code {:toc}} and the end-of-block marker {@code ^} become blank lines, as kramdown outputs nothing visible for
 * them; {@code {: .class #id}} loses its colon ({@code { .class #id}}), which flexmark reads as the same attributes.
 * Fenced code is left as it is. Every character keeps its offset (blanked lines become spaces).
 */
final class KramdownSource {
    /** A fence at any indentation: fenced code inside list items is indented too. */
    private static final Pattern FENCE = Pattern.compile("^[ \\t]*(`{3,}|~{3,})");
    private static final Pattern COMMENT_START = Pattern.compile("^ {0,3}\\{::comment\\}");
    private static final Pattern COMMENT_END = Pattern.compile("\\{:/(comment)?\\}");
    /** Lines kramdown shows nothing of: options, {@code {:toc}}, one-line comments, the end-of-block marker {@code ^}. */
    private static final Pattern DROPPED = Pattern.compile("^ {0,3}(\\^|\\{::options\\b[^}]*/\\}|\\{:toc\\}"
            + "|\\{::comment\\}.*?\\{:/(comment)?\\})\\s*$");
    /** An inline attribute list; not {@code {::extension}} nor an attribute list definition {@code {:name: ...}}. */
    private static final Pattern IAL = Pattern.compile("\\{:(?=[ \\t]*[.#\\w-][^}]*\\})(?![\\w-]+:)");

    private static final String HIGHLIGHT = "<figure class=\"highlight\">";

    private KramdownSource() {
    }

    static String prepare(String markdown) {
        if (markdown.indexOf('{') < 0) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        boolean comment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String kept;
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()) {
                    fence = null;
                }
                kept = line;
            } else if (comment) {
                comment = !COMMENT_END.matcher(line).find();
                kept = blank(line);
            } else if (DROPPED.matcher(line).find()) {
                kept = blank(line);
            } else if (COMMENT_START.matcher(line).find()) {
                comment = true;
                kept = blank(line);
            } else {
                if (f.find()) {
                    fence = f.group(1);
                }
                // A highlight block that Liquid wrote is code on one line: {:a=>1} in it is Ruby, not an attribute list.
                kept = line.indexOf("{:") < 0 || line.stripLeading().startsWith(HIGHLIGHT) ? line
                        : IAL.matcher(line).replaceAll("{ ");
            }
            out.append(kept);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The line as spaces (a blank line), so that offsets stay the text's; its carriage return kept, if any. */
    private static String blank(String line) {
        return line.endsWith("\r") ? " ".repeat(line.length() - 1) + "\r" : " ".repeat(line.length());
    }
}

package dev.articles.core.read;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Characters that do not belong in an article's text, found on the decoded text before anything else reads it:
 * <ul>
 *   <li>{@code text.control-character}: C0 and C1 control characters (NUL, ESC, DEL, U+0080 to U+009F...) other than
 *       tab and line feed. They are invisible in editors and break or vanish in HTML and JSON consumers.</li>
 *   <li>{@code text.bidi-control}: the bidirectional embedding, override and isolate characters U+202A to U+202E and
 *       U+2066 to U+2069, which make text display in another order than it is stored ("Trojan Source").</li>
 * </ul>
 * One finding per rule and line (naming the first such character; others on the line are counted), at most
 * {@value #MAX_LINES} lines per rule and file, so a file full of NUL bytes gives a short report.
 */
public final class TextCharacters {
    /** A C0 or C1 control character (NUL, ESC, DEL...) other than tab and line feed in the text. */
    public static final Rule TEXT_CONTROL_CHARACTER = Rule.configurable("text.control-character", Severity.ERROR,
            "A control character (NUL, ESC...) in the text.");
    /** A bidirectional embedding, override or isolate character (U+202A to U+202E, U+2066 to U+2069). */
    public static final Rule TEXT_BIDI_CONTROL = Rule.configurable("text.bidi-control", Severity.WARNING,
            "A bidirectional override, embedding or isolate character (Trojan Source).");
    /** The rules above. */
    public static final List<Rule> RULES = List.of(TEXT_CONTROL_CHARACTER, TEXT_BIDI_CONTROL);

    public static final int MAX_LINES = 10;

    private TextCharacters() {
    }

    static void check(Path file, String text, List<Diagnostic> problems) {
        scan(file, text, problems, true);
        scan(file, text, problems, false);
    }

    private static void scan(Path file, String text, List<Diagnostic> problems, boolean control) {
        int line = 1;
        int lineStart = 0;
        int reportedLines = 0;
        int skippedLines = 0;
        Diagnostic last = null;
        int firstOnLine = -1;
        int firstColumn = 0;
        int countOnLine = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (countOnLine > 0) {
                    if (reportedLines < MAX_LINES) {
                        last = finding(file, line, firstColumn, firstOnLine, countOnLine, control);
                        problems.add(last);
                        reportedLines++;
                    } else {
                        skippedLines++;
                    }
                }
                line++;
                lineStart = i + 1;
                countOnLine = 0;
                continue;
            }
            if (control ? isControl(c) : isBidi(c)) {
                if (countOnLine == 0) {
                    firstOnLine = c;
                    firstColumn = text.codePointCount(lineStart, i) + 1;
                }
                countOnLine++;
            }
        }
        if (skippedLines > 0) {
            int index = problems.lastIndexOf(last);
            problems.set(index, new Diagnostic(last.file(), last.line(), last.column(), last.severity(), last.rule(),
                    last.message() + " (" + skippedLines + " more line" + (skippedLines == 1 ? "" : "s")
                            + " with such characters not listed)"));
        }
    }

    private static Diagnostic finding(Path file, int line, int column, int c, int count, boolean control) {
        String more = count > 1 ? " and " + (count - 1) + " more on this line" : "";
        if (control) {
            return Diagnostic.of(file, line, column, TEXT_CONTROL_CHARACTER,
                    "control character " + name(c) + more + " in the text; remove it (it is invisible in editors"
                            + " and breaks HTML and JSON readers)");
        }
        return Diagnostic.of(file, line, column, TEXT_BIDI_CONTROL,
                "bidirectional control character " + name(c) + more + " in the text: it makes the text display in"
                        + " another order than it is written; remove it unless the text really needs it");
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    static boolean isBidi(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String name(int c) {
        String name = switch (c) {
            case 0 -> "NUL";
            case 0x1B -> "ESC";
            case 0x7F -> "DEL";
            case 0x0C -> "FORM FEED";
            case 0x0B -> "VERTICAL TAB";
            case 0x08 -> "BACKSPACE";
            case 0x85 -> "NEXT LINE";
            case 0x202A -> "LEFT-TO-RIGHT EMBEDDING";
            case 0x202B -> "RIGHT-TO-LEFT EMBEDDING";
            case 0x202C -> "POP DIRECTIONAL FORMATTING";
            case 0x202D -> "LEFT-TO-RIGHT OVERRIDE";
            case 0x202E -> "RIGHT-TO-LEFT OVERRIDE";
            case 0x2066 -> "LEFT-TO-RIGHT ISOLATE";
            case 0x2067 -> "RIGHT-TO-LEFT ISOLATE";
            case 0x2068 -> "FIRST STRONG ISOLATE";
            case 0x2069 -> "POP DIRECTIONAL ISOLATE";
            default -> null;
        };
        return String.format(Locale.ROOT, "U+%04X", c) + (name == null ? "" : " (" + name + ")");
    }
}

package dev.articles.core.frontmatter;

import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error in the writer's terms, at the place to mend. SnakeYAML words its errors for parser authors
 * ({@code while parsing a flow sequence ... expected ',' or ']', but got ':'}) and marks where it noticed, which for
 * an unclosed bracket or quote is a later line; here the common errors are said plainly and placed where the
 * construct was opened or broken. Anything else gets a general sentence of ours, never SnakeYAML's.
 *
 * @param at where to report: SnakeYAML's problem or context mark
 * @param message the sentence, without a prefix
 */
public record YamlProblem(Mark at, String message) {

    private static final Pattern GOT = Pattern.compile("but (?:got|found) '?(.+?)'?$");
    private static final Pattern CHARACTER = Pattern.compile("found character '(.+?)' that cannot start any token");

    /**
     * The problem of a SnakeYAML error.
     *
     * @param text the YAML read (for the characters at the marks)
     * @param offset the index in {@code text} of a mark (SnakeYAML counts code points)
     * @param line the file line of a mark, for messages naming a line
     */
    public static YamlProblem of(MarkedYAMLException e, String text, ToIntFunction<Mark> offset,
            ToIntFunction<Mark> line) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark problemMark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark contextMark = e.getContextMark() != null ? e.getContextMark() : problemMark;
        if (context.startsWith("while parsing a flow ") && problem.startsWith("expected ',' or ")
                && contextMark != null) {
            return unclosedFlow(context.endsWith("sequence"), problem, problemMark, contextMark, line);
        }
        if (context.startsWith("while scanning a") && context.endsWith("quoted scalar")) {
            return quoted(problem, problemMark, contextMark, text.charAt(Math.min(offset.applyAsInt(contextMark),
                    text.length() - 1)), line);
        }
        if (problem.equals("mapping values are not allowed here")) {
            return new YamlProblem(problemMark, colonInValue(text, problemMark == null ? -1
                    : offset.applyAsInt(problemMark))
                    ? "the value holds ': ' (a colon and a space), which YAML reads as another key; put the whole"
                            + " value in quotes"
                    : "unexpected ':': YAML reads this line as part of the line before; indent it like the other keys"
                            + " (and give the line before its 'key:')");
        }
        if (problem.equals("sequence entries are not allowed here")) {
            return new YamlProblem(problemMark, "a list item ('- ') cannot follow a key on its line; put each item"
                    + " on a line of its own below the key, or write the list as [a, b]");
        }
        if (problem.startsWith("expected <block end>")) {
            return new YamlProblem(problemMark, blockEnd(got(problem)));
        }
        if (problem.equals("could not find expected ':'") && context.equals("while scanning a simple key")) {
            return new YamlProblem(contextMark, "this line has no ':'; write it as 'key: value'");
        }
        Matcher character = CHARACTER.matcher(problem);
        if (character.find()) {
            return new YamlProblem(problemMark, character.group(1).startsWith("\\t")
                    ? "a tab cannot indent YAML; indent with spaces"
                    : "a value cannot start with '" + character.group(1) + "'; put the value in quotes");
        }
        return new YamlProblem(problemMark, "YAML cannot read this; check the quotes, brackets and indentation here");
    }

    /** {@code [a, b} or {@code {a: 1} not closed, or holding something that is not an item. */
    private static YamlProblem unclosedFlow(boolean list, String problem, Mark problemMark, Mark contextMark,
            ToIntFunction<Mark> line) {
        String what = list ? "a list opened with '['" : "a mapping opened with '{'";
        String close = list ? "]" : "}";
        String got = got(problem);
        boolean laterLine = problemMark == null || line.applyAsInt(problemMark) > line.applyAsInt(contextMark);
        if (laterLine || got == null || got.equals("<stream end>")) {
            return new YamlProblem(contextMark, what + " on line " + line.applyAsInt(contextMark)
                    + " is not closed; end it with '" + close + "'");
        }
        return new YamlProblem(problemMark, "unexpected '" + got + "' in " + what + " at column "
                + (contextMark.getColumn() + 1) + "; separate its items with ',', end it with '" + close
                + "', and quote an item that holds ',' or ': '");
    }

    /** A quoted value not closed, or a backslash escape that double quotes do not know. */
    private static YamlProblem quoted(String problem, Mark problemMark, Mark contextMark, char opening,
            ToIntFunction<Mark> line) {
        if (problem.startsWith("found unexpected end of stream") || problem.startsWith("found unexpected document")) {
            String quote = opening == '\'' ? "'" : "\"";
            return new YamlProblem(contextMark, "a value opened with " + quote + " on line "
                    + line.applyAsInt(contextMark) + " is not closed; end it with " + quote);
        }
        if (problem.contains("escape")) {
            return new YamlProblem(problemMark, "a backslash in a double-quoted value starts an escape such as \\n"
                    + " or \\u00e9, and this one is not; write \\\\ for a backslash, or put the value in single"
                    + " quotes");
        }
        return new YamlProblem(problemMark, "the quoted value cannot be read; check its quotes");
    }

    /** Where a block (indented) mapping or list should have ended, something else came. */
    private static String blockEnd(String got) {
        if (got == null) {
            return "unexpected text here; check the indentation of this line";
        }
        return switch (got) {
            case "<scalar>" -> "unexpected text after the value; a quoted value must end at its closing quote, so put"
                    + " the whole value in quotes";
            case "<block mapping start>", "<block sequence start>", "?" -> "this line is indented differently from"
                    + " the lines before it; indent the keys of one mapping alike";
            case "-" -> "a list item ('-') cannot stand among 'key: value' lines; put the list under a key, indented"
                    + " below it";
            default -> "unexpected '" + got + "'; check that each '[' and '{' is closed once by its ']' or '}'";
        };
    }

    /** What SnakeYAML found instead, from {@code "..., but got X"} or {@code "..., but found 'X'"}. */
    private static String got(String problem) {
        Matcher m = GOT.matcher(problem);
        return m.find() ? m.group(1).strip() : null;
    }

    /** Whether the line holds ': ' before {@code at}: {@code title: a: b}, a value with a colon. */
    private static boolean colonInValue(String text, int at) {
        if (at < 0) {
            return false;
        }
        int end = Math.min(at, text.length());
        int start = text.lastIndexOf('\n', end - 1) + 1;
        String before = text.substring(start, end);
        return before.matches("(?s)\\s*[^\\s#][^#]*?:\\s.*"); // (?s): U+2028 is no line end in a value
    }
}

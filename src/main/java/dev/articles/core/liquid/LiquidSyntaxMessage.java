package dev.articles.core.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Liquid syntax error in words of our own. The engine's parser (ANTLR) reports what it expected as token names
 * ({@code missing {BlockId, EndBlockId, ...} at '='}), which tell a writer nothing; the common shapes are said plainly
 * here, and the rest points at what to check. The place is the finding's, so the message only says what is wrong.
 */
final class LiquidSyntaxMessage {
    /** A block's next tag is wrong: {@code mismatched input 'else' expecting 'endif'}. */
    private static final Pattern EXPECTING_END = Pattern.compile("input '([^']{1,40})' expecting '(end[a-z]+)'");
    /** A tag after everything could close: {@code mismatched input '{%' expecting <EOF>}. */
    private static final Pattern TAG_AFTER_END = Pattern.compile("input '\\{%' expecting <EOF>");
    /** The text the parser stopped at: {@code ... at input '{{'}, {@code ... at '%}'}. */
    private static final Pattern STOPPED_AT = Pattern.compile("(?:input|at) '([^'\\n]{1,40})'");

    private LiquidSyntaxMessage() {
    }

    static String of(String parserMessage) {
        Matcher end = EXPECTING_END.matcher(parserMessage);
        if (end.find()) {
            return "'" + end.group(1) + "' is not allowed here: the block expects {% " + end.group(2) + " %} next"
                    + (end.group(1).equals("else") ? " (a block has one {% else %}, after its {% elsif %}s)" : "");
        }
        if (TAG_AFTER_END.matcher(parserMessage).find()) {
            return "this tag closes no open block (an {% end... %} without its opening tag?), or the '{%' is one too"
                    + " many";
        }
        Matcher at = STOPPED_AT.matcher(parserMessage);
        return "the Liquid cannot be read" + (at.find() ? " at '" + at.group(1).strip() + "'" : " here")
                + ": check that each '{{' ends with '}}' and each '{%' with '%}', that quotes are closed, and that"
                + " tags and filters have what they need ({% if a == b %}, {{ x | append: 'y' }})";
    }
}

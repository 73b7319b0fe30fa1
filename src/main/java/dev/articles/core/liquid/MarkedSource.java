package dev.articles.core.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article body made ready for Liquid: position marks ({@link PositionMarks}) put into its literal text, and the
 * tags it uses listed with their positions, so that an error found while rendering can be located.
 *
 * <p>Marks go where Liquid copies text unchanged: at the start of literal text and of each of its lines, and before
 * a tag or output that writes text. They are left out where they would change what Liquid computes: inside
 * {@code capture} (the captured string may be compared or measured), in text that is only white space (between
 * {@code case} and {@code when} Liquid allows nothing else), and in the white space a {@code -} trims away.
 *
 * <p>The arguments of the Jekyll tags that take free text ({@code highlight}, {@code post_url}, {@code link}) are
 * quoted, so that the tags receive them as written.
 */
final class MarkedSource {
    /** A tag's name after {@code {%} and an optional {@code -}. */
    private static final Pattern TAG_NAME = Pattern.compile("\\{%-?\\s*([A-Za-z_][\\w-]*)");
    private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern END_COMMENT = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%}");
    /** Tags that write text: a mark before them says where that text came from. */
    private static final Set<String> WRITING_TAGS = Set.of("include", "include_relative", "highlight", "post_url",
            "link", "cycle", "increment", "decrement");
    /** Tags whose argument is free text, passed to the tag as one quoted string. */
    private static final Set<String> FREE_TEXT_TAGS = Set.of("highlight", "post_url", "link");

    /** A property whose name has a hyphen ({@code setting.version-badge}): Ruby's Liquid reads it, Liqp does not. */
    private static final Pattern HYPHENATED = Pattern.compile("\\.([A-Za-z_]\\w*(?:-\\w+)+)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");

    /** A tag or output of the body: its name ({@code "{{"} for an output) and where it starts. */
    record Tag(String name, String markup, int line, int column) {
    }

    private final String body;
    private final StringBuilder out;
    private final List<Tag> tags = new ArrayList<>();
    private final boolean marked;
    private int at;
    private int line = 1;
    private int column = 1;
    private int captureDepth;

    private MarkedSource(String body) {
        this.body = body;
        this.out = new StringBuilder(body.length() + body.length() / 8 + 16);
        this.marked = !PositionMarks.containsMarkChars(body);
    }

    /** The body with marks (none when it contains characters marks are made of) and the tags it uses. */
    static MarkedSource of(String body) {
        MarkedSource s = new MarkedSource(body);
        s.scan();
        return s;
    }

    /** The template to give Liquid. */
    String template() {
        return out.toString();
    }

    /** The tags and outputs, in source order. */
    List<Tag> tags() {
        return tags;
    }

    /** Whether the template carries marks. */
    boolean marked() {
        return marked;
    }

    private void scan() {
        boolean trimNext = false; // the previous tag ended with -%} or -}}: leading white space goes
        while (at < body.length()) {
            int next = nextTag(at);
            int end = next < 0 ? body.length() : next;
            boolean trimBefore = next >= 0 && next + 2 < body.length() && body.charAt(next + 2) == '-';
            literal(end, trimNext, trimBefore, PositionMarks.LITERAL);
            if (next < 0) {
                return;
            }
            trimNext = tag();
        }
    }

    private int nextTag(int from) {
        int a = body.indexOf("{{", from);
        int b = body.indexOf("{%", from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** Copies literal text up to {@code end}, marked unless it is only white space or inside a capture. */
    private void literal(int end, boolean trimStart, boolean trimEnd, char kind) {
        int start = at;
        int from = start;
        int to = end;
        if (trimStart) {
            while (from < to && Character.isWhitespace(body.charAt(from))) {
                from++;
            }
        }
        if (trimEnd) {
            while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
                to--;
            }
        }
        copy(from);
        boolean mark = marked && captureDepth == 0 && from < to;
        if (mark) {
            PositionMarks.append(out, kind, line, column);
        }
        while (at < to) {
            char c = body.charAt(at);
            copyChar();
            if (c == '\n' && mark && at < to) {
                PositionMarks.append(out, kind, line, column);
            }
        }
        copy(end);
    }

    /** Copies the tag at {@code at}; returns whether it ends with a {@code -} (trimming what follows). */
    private boolean tag() {
        boolean output = body.startsWith("{{", at);
        int close = body.indexOf(output ? "}}" : "%}", at + 2);
        int end = close < 0 ? body.length() : close + 2;
        String markup = body.substring(at, end);
        String name = "{{";
        if (!output) {
            Matcher m = TAG_NAME.matcher(markup);
            name = m.lookingAt() ? m.group(1) : "";
        }
        tags.add(new Tag(name, markup, line, column));
        if (marked && captureDepth == 0 && (output || WRITING_TAGS.contains(name))) {
            PositionMarks.append(out, PositionMarks.TAG, line, column);
        }
        boolean trims = close > 0 && body.charAt(close - 1) == '-';
        if (FREE_TEXT_TAGS.contains(name) && close > 0) {
            quoteArgument(markup, name, end);
        } else if (markup.indexOf('-', 3) >= 0 && HYPHENATED.matcher(markup).find()) {
            out.append(bracketHyphenated(markup));
            advance(end);
        } else {
            copy(end);
        }
        switch (name) {
            case "capture" -> captureDepth++;
            case "endcapture" -> captureDepth = Math.max(0, captureDepth - 1);
            case "raw" -> {
                return raw(trims);
            }
            case "comment" -> {
                Matcher m = END_COMMENT.matcher(body).region(at, body.length());
                if (m.find()) {
                    copy(m.end());
                    return body.charAt(m.end() - 3) == '-';
                }
                copy(body.length());
                return false;
            }
            default -> {
            }
        }
        return trims;
    }

    /** {@code {% highlight ruby linenos %}} as {@code {% highlight "ruby linenos" %}}. */
    private void quoteArgument(String markup, String name, int end) {
        int nameEnd = markup.indexOf(name) + name.length();
        int argEnd = markup.length() - (markup.endsWith("-%}") ? 3 : 2);
        String argument = markup.substring(nameEnd, argEnd).strip();
        char quote = argument.indexOf('"') < 0 ? '"' : '\'';
        out.append(markup, 0, nameEnd).append(' ');
        if (argument.indexOf(quote) < 0) {
            out.append(quote).append(argument).append(quote);
        } else {
            out.append(argument); // both quotes inside: given as written
        }
        // Line breaks inside the tag are kept, so that Liquid's line numbers stay the file's.
        long breaks = markup.substring(nameEnd, argEnd).chars().filter(c -> c == '\n').count()
                - argument.chars().filter(c -> c == '\n').count();
        out.append(breaks > 0 ? "\n".repeat((int) breaks) : " ").append(markup, argEnd, markup.length());
        advance(end);
    }

    /** {@code a.version-badge} as {@code a["version-badge"]}, which Liqp reads; quoted text is left alone. */
    static String bracketHyphenated(String markup) {
        StringBuilder b = new StringBuilder(markup.length() + 8);
        Matcher q = QUOTED.matcher(markup);
        int from = 0;
        while (q.find()) {
            b.append(HYPHENATED.matcher(markup.substring(from, q.start())).replaceAll("[\"$1\"]"));
            b.append(q.group());
            from = q.end();
        }
        b.append(HYPHENATED.matcher(markup.substring(from)).replaceAll("[\"$1\"]"));
        return b.toString();
    }

    /** The text of a raw block, marked as raw, and its end tag. */
    private boolean raw(boolean trimStart) {
        Matcher m = END_RAW.matcher(body).region(at, body.length());
        if (!m.find()) {
            copy(body.length());
            return false;
        }
        boolean trimEnd = body.charAt(m.start() + 2) == '-';
        literal(m.start(), trimStart, trimEnd, PositionMarks.RAW);
        copy(m.end());
        return body.charAt(m.end() - 3) == '-';
    }

    private void copy(int end) {
        while (at < end) {
            copyChar();
        }
    }

    private void copyChar() {
        char c = body.charAt(at++);
        out.append(c);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    /** Moves past source text written in another form. */
    private void advance(int end) {
        while (at < end) {
            if (body.charAt(at++) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }
}

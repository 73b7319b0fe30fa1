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
 * <p>Literal text is not given to Liquid at all, which would lex it character by character: a reference to it
 * stands in its place ({@link PositionMarks#appendReference}), and {@link PositionMarks#expand} puts the text back
 * into Liquid's output. Liquid copies the reference where it would have copied the text.
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
    /** Tags that open a block, closed by {@code end} and their name. */
    private static final Set<String> BLOCKS = Set.of("if", "unless", "for", "case", "capture", "tablerow",
            "highlight", "ifchanged");
    /** Tags whose argument is free text, passed to the tag as one quoted string. */
    private static final Set<String> FREE_TEXT_TAGS = Set.of("highlight", "post_url", "link");

    /** A property whose name has a hyphen ({@code setting.version-badge}): Ruby's Liquid reads it, Liqp does not. */
    private static final Pattern HYPHENATED = Pattern.compile("\\.([A-Za-z_]\\w*(?:-\\w+)+)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    /** A trimming end of a tag written against the word before it: {@code comment-%}}. */
    private static final Pattern TRIM_AFTER_WORD = Pattern.compile("(?<=\\w)-(%}|}})");

    /**
     * A tag or output of the body: its name ({@code "{{"} for an output), where it starts in the file and where in
     * the template.
     */
    record Tag(String name, String markup, int line, int column, int templateOffset) {
    }

    private final String body;
    /** Where copied text goes: the template, or while a literal chunk is copied, the chunk. */
    private StringBuilder out;
    /** The marked literal chunks the template refers to, by index. */
    private final List<String> chunks = new ArrayList<>();
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

    /** The literal chunks the template's references stand for ({@link PositionMarks#expand}). */
    List<String> chunks() {
        return chunks;
    }

    /**
     * The file position of a place in the template that Liquid reports (1-based line, 0-based index in the line):
     * in a tag, its place there; else the start of the tag before it (literal text is references in the template).
     */
    int[] sourcePosition(int templateLine, int index) {
        String t = template();
        int offset = 0;
        for (int l = 1; l < templateLine && offset >= 0; l++) {
            offset = t.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        offset = offset < 0 ? t.length() : Math.min(t.length(), offset + index);
        Tag before = null;
        for (Tag tag : tags) {
            if (tag.templateOffset() <= offset) {
                before = tag;
            }
        }
        if (before == null) {
            return new int[] {1, 1};
        }
        int delta = offset - before.templateOffset();
        boolean inside = delta < before.markup().length() && before.markup().indexOf('\n') < 0;
        return new int[] {before.line(), before.column() + (inside ? delta : 0)};
    }

    /** The last block tag that is never closed ({@code {% if %}} without {@code {% endif %}}), or {@code null}. */
    Tag unclosedBlock() {
        java.util.Deque<Tag> open = new java.util.ArrayDeque<>();
        for (Tag tag : tags) {
            if (BLOCKS.contains(tag.name())) {
                open.push(tag);
            } else if (tag.name().startsWith("end") && !open.isEmpty()
                    && open.peek().name().equals(tag.name().substring(3))) {
                open.pop();
            }
        }
        return open.isEmpty() ? null : open.peek();
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
        boolean mark = marked && captureDepth == 0 && !body.substring(from, to).isBlank();
        if (!mark) {
            copy(end);
            return;
        }
        // The text goes to the chunk table; Liquid gets a reference, and lexes a few characters instead of the text.
        StringBuilder template = out;
        out = new StringBuilder(to - from + 32);
        PositionMarks.append(out, kind, line, column);
        while (at < to) {
            char c = body.charAt(at);
            copyChar();
            if (c == '\n' && at < to) {
                PositionMarks.append(out, kind, line, column);
            }
        }
        PositionMarks.appendReference(template, chunks.size());
        chunks.add(out.toString());
        out = template;
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
            name = m.lookingAt() ? m.group(1).replaceAll("-+$", "") : ""; // comment-%}: the name is comment
        }
        tags.add(new Tag(name, markup, line, column, out.length()));
        if (marked && captureDepth == 0 && (output || WRITING_TAGS.contains(name))) {
            PositionMarks.append(out, PositionMarks.TAG, line, column);
        }
        boolean trims = close > 0 && body.charAt(close - 1) == '-';
        if (FREE_TEXT_TAGS.contains(name) && close > 0) {
            quoteArgument(markup, name, end);
        } else if (markup.indexOf('-', 3) >= 0) {
            String fixed = spaceBeforeTrim(HYPHENATED.matcher(markup).find() ? bracketHyphenated(markup) : markup);
            out.append(fixed);
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
                    out.append(spaceBeforeTrim(body.substring(at, m.end()))); // the comment's text, never shown
                    advance(m.end());
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

    /**
     * {@code {% comment-%}} as {@code {% comment -%}}: Ruby's Liquid reads the {@code -} as trimming, Liqp as part of
     * the name.
     */
    static String spaceBeforeTrim(String text) {
        return text.indexOf("-%}") < 0 && text.indexOf("-}}") < 0 ? text : TRIM_AFTER_WORD.matcher(text).replaceAll(" -$1");
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
        out.append(spaceBeforeTrim(body.substring(at, m.end())));
        advance(m.end());
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

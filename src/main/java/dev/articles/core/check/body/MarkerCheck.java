package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rule {@code body.marker}: text that was never meant to be published, found line by line in the body outside code
 * and HTML comments (fenced and indented code blocks, inline code and {@code <!-- comments -->}, which are never
 * published, are exempt):
 * <ul>
 *   <li>end markers of generators and templates: {@code ---END---}, {@code ===END===}, {@code <<<END>>>} anywhere,
 *   and {@code --END--}, {@code [END]}, {@code 【END】} alone on a line;</li>
 *   <li>special tokens of language models: {@code <|endoftext|>}, {@code <|im_end|>}, {@code [INST]};</li>
 *   <li>the notes {@code TODO} and {@code FIXME} (upper case, as a word; {@code TODO list}, {@code TODOリスト} and
 *   {@code remove the old FIXME} are prose, not notes);</li>
 *   <li>the placeholder text {@code lorem ipsum};</li>
 *   <li>every match of the user's {@code forbiddenPatterns}.</li>
 * </ul>
 * Each occurrence is a finding at its own line and column.
 */
public final class MarkerCheck implements ArticleCheck {
    /** A leaked generation or template marker ({@code ---END---}, TODO, lorem ipsum) or a forbidden pattern. */
    public static final Rule BODY_MARKER = Rule.configurable("body.marker", Severity.ERROR,
            "A leaked marker (---END---, TODO, lorem ipsum) or forbidden pattern.");

    /**
     * A built-in marker: its pattern, a cheap test that a line may hold it (most lines hold none), what it is and
     * what to do, for the message.
     */
    private record Marker(Pattern pattern, Predicate<String> mayMatch, String what, String fix) {
    }

    private static final List<Marker> BUILT_IN = List.of(
            new Marker(Pattern.compile("(?i)^[ \\t]*(?:\\[|【|-{2,}|={2,}|<{2,})[ \\t]*END[ \\t]*(?:]|】|-{2,}|={2,}|>{2,})"
                    + "[ \\t]*$|(?:-{3,}|={3,}|<{3,})[ \\t]*END[ \\t]*(?:-{3,}|={3,}|>{3,})"),
                    line -> containsIgnoreCase(line, "end"),
                    "end marker", "delete it, and check that the text after it belongs in the article"),
            new Marker(Pattern.compile("<\\|[A-Za-z0-9_]{1,40}\\|>|\\[/?INST]"),
                    line -> line.contains("|>") || line.contains("INST]"),
                    "language-model token", "delete it, and check the text around it"),
            new Marker(Pattern.compile("(?<![\\p{L}\\p{N}_])(?<!\\p{Ll}[ \\t])(?:TODO|FIXME)(?![\\p{L}\\p{N}_])"
                    + "(?![ \\t]+\\p{Ll})"),
                    line -> line.contains("TODO") || line.contains("FIXME"),
                    "note", "do what it says, then delete it"),
            new Marker(Pattern.compile("(?i)(?<!\\p{L})lorem\\s+ipsum(?!\\p{L})"),
                    line -> containsIgnoreCase(line, "lorem"),
                    "placeholder text", "replace it with the real text"));

    @Override
    public List<Rule> rules() {
        return List.of(BODY_MARKER);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        BodyText body = new BodyText(article.document());
        // A line can only hold what the whole body holds: most bodies rule every marker out at once.
        List<Marker> possible = new ArrayList<>();
        for (Marker marker : BUILT_IN) {
            if (marker.mayMatch().test(body.text())) {
                possible.add(marker);
            }
        }
        List<Pattern> forbidden = forbidden(article);
        if (possible.isEmpty() && forbidden.isEmpty()) {
            return;
        }
        BitSet codeLines = new BitSet();
        BitSet inlineCode = new BitSet();
        for (Node n : article.document().getDescendants()) {
            // Code shows text as text; an HTML comment is never published: neither holds a leaked marker.
            if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                codeLines.set(body.line(n), body.lastLine(n) + 1);
            } else if (n instanceof Code || n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment) {
                inlineCode.set(n.getStartOffset(), n.getEndOffset());
            }
        }
        for (int line = Math.max(1, article.bodyFirstLine()); line <= body.lineCount(); line++) {
            if (codeLines.get(line)) {
                continue;
            }
            int offset = body.lineStart(line);
            String content = body.text().substring(offset, body.lineEnd(line));
            for (Marker marker : possible) {
                if (!marker.mayMatch().test(content)) {
                    continue;
                }
                for (int[] m : matches(marker.pattern(), content, offset, inlineCode)) {
                    findings.add(article.file(), BODY_MARKER, line, m[0] + 1, "the " + marker.what() + " '"
                            + content.substring(m[0], m[1]) + "' is left in the text; " + marker.fix());
                }
            }
            for (Pattern p : forbidden) {
                for (int[] m : matches(p, content, offset, inlineCode)) {
                    findings.add(article.file(), BODY_MARKER, line, m[0] + 1,
                            BodyText.quote(content.substring(m[0], m[1])) + " matches the forbidden pattern '"
                                    + p.pattern() + "' (forbiddenPatterns); rewrite or delete it");
                }
            }
        }
    }

    /** Whether {@code line} contains {@code lowerWord} (ASCII letters, lower case) in any case. */
    private static boolean containsIgnoreCase(String line, String lowerWord) {
        int n = lowerWord.length();
        char lower = lowerWord.charAt(0);
        // Candidates found with indexOf, which is far faster than a loop over the characters.
        for (char first : new char[] {lower, (char) (lower & ~0x20)}) {
            for (int i = line.indexOf(first); i >= 0 && i + n <= line.length(); i = line.indexOf(first, i + 1)) {
                if (line.regionMatches(true, i, lowerWord, 0, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Pattern> forbidden(ArticleSource article) {
        List<Pattern> out = new ArrayList<>();
        for (String p : article.settings().forbiddenPatterns()) {
            try {
                out.add(Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                // CheckSettings.problems() reports it before any article is read.
            }
        }
        return out;
    }

    /**
     * The matches of {@code pattern} in one line, as {@code [start, end]} in the line without surrounding white
     * space; empty matches and matches touching inline code are left out.
     */
    private static List<int[]> matches(Pattern pattern, String line, int lineOffset, BitSet inlineCode) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(line);
        int from = 0;
        while (from <= line.length() && m.find(from)) {
            int start = m.start();
            int end = m.end();
            while (start < end && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                from = m.end() + 1;
                continue;
            }
            int code = inlineCode.nextSetBit(lineOffset + start);
            if (code >= 0 && code < lineOffset + end) {
                from = m.start() + 1;
                continue;
            }
            out.add(new int[] {start, end});
            from = m.end();
        }
        return out;
    }
}

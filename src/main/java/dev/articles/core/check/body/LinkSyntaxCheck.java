package dev.articles.core.check.body;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.check.LinkCollector;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules {@code link.empty} (a link or image without a target) and {@code liquid.unsupported} (Liquid the plugin
 * does not run: every tag but {@code post_url} and {@code link}, and every {@code {{ output }}}) outside code.
 */
public final class LinkSyntaxCheck implements ArticleCheck {
    /** A link or image with an empty target. */
    public static final Rule LINK_EMPTY = Rule.configurable("link.empty", Severity.ERROR,
            "A link or image without a target.");
    /** A Liquid tag or output ({@code {% ... %}}, {@code {{ ... }}}) the plugin does not support. */
    public static final Rule LIQUID_UNSUPPORTED = Rule.configurable("liquid.unsupported", Severity.ERROR,
            "A Liquid tag the plugin does not support.");

    /** A Liquid tag or output, within one paragraph (no blank line inside). */
    private static final Pattern LIQUID = Pattern.compile(
            "\\{%((?:(?!%}|\\n[ \\t]*\\n).)*)%}|\\{\\{((?:(?!}}|\\n[ \\t]*\\n).)*)}}", Pattern.DOTALL);
    private static final Pattern TAG_NAME = Pattern.compile("-?\\s*([A-Za-z_][\\w-]*)");
    private static final int MAX_SHOWN = 60;

    @Override
    public List<Rule> rules() {
        return List.of(LINK_EMPTY, LIQUID_UNSUPPORTED);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        Document document = article.document();
        for (Node node : document.getDescendants()) {
            if (node instanceof InlineLinkNode link) {
                String url = link.getUrl().toString().strip();
                if (url.isEmpty() || url.equals("#")) {
                    int[] at = LinkCollector.position(document, node.getStartOffset());
                    findings.add(article.file(), LINK_EMPTY, at[0], at[1], emptyMessage(link instanceof Image,
                            false, link.getChars().toString(), link.getText(), url));
                }
            } else if (node instanceof RefNode ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(document);
                String url = reference == null ? null : reference.getUrl().toString().strip();
                if (url != null && (url.isEmpty() || url.equals("#"))) {
                    int[] at = LinkCollector.position(document, node.getStartOffset());
                    String written = node.getChars() + " (" + reference.getChars().toString().strip() + ")";
                    findings.add(article.file(), LINK_EMPTY, at[0], at[1],
                            emptyMessage(node instanceof ImageRef, true, written, ref.getText(), url));
                }
            }
        }
        liquid(article, document, findings);
    }

    private static String emptyMessage(boolean image, boolean reference, String written, CharSequence text,
            String url) {
        String shown = shown(written);
        if (image) {
            return "the image '" + shown + "' has no source; write the image file's path " + (reference
                    ? "in its definition" : "between the parentheses") + ", such as ![" + text + "](images/figure.png)";
        }
        if (url.equals("#")) {
            return "the link '" + shown + "' leads nowhere ('#' alone); write the address, or '#' and the id of a"
                    + " heading";
        }
        return "the link '" + shown + "' has no target; write the address " + (reference ? "in its definition"
                : "between the parentheses") + ", or remove the brackets to keep plain text";
    }

    private static void liquid(ArticleSource article, Document document, Findings findings) {
        if (article.jekyll()) {
            return; // the site's Liquid ran: what is left ({% raw %}, data) is text to show
        }
        String body = document.getChars().toString();
        if (body.indexOf("{%") < 0 && body.indexOf("{{") < 0) {
            return;
        }
        List<int[]> code = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                code.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            }
        }
        Set<Integer> understood = LinkCollector.understoodTagOffsets(document);
        Matcher m = LIQUID.matcher(body);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && body.charAt(start - 1) == '\\' || inside(code, start) || understood.contains(start)) {
                continue;
            }
            int[] at = LinkCollector.position(document, start);
            findings.add(article.file(), LIQUID_UNSUPPORTED, at[0], at[1], liquidMessage(m));
        }
    }

    private static String liquidMessage(Matcher m) {
        String shown = shown(m.group());
        if (m.group(1) == null) {
            return "'" + shown + "' is Liquid output, which the plugin does not evaluate; write the value itself, or"
                    + " put it in `code` to show it as written";
        }
        Matcher name = TAG_NAME.matcher(m.group(1));
        String tag = name.lookingAt() ? name.group(1) : "";
        if (tag.equals("post_url") || tag.equals("link")) {
            return "the Liquid tag '" + shown + "' is only understood as a link target [text](" + shown
                    + ") or in running text, not here (raw HTML or link titles are not rewritten); write a Markdown"
                    + " link";
        }
        String fix = switch (tag) {
            case "highlight", "endhighlight" -> "write a fenced code block (```java ... ```) instead";
            case "raw", "endraw" -> "remove it: the plugin shows text as written, so nothing needs protecting";
            case "include", "include_relative" -> "write the included text into the article";
            case "comment", "endcomment" -> "use an HTML comment <!-- ... --> instead";
            default -> "write the text it would produce, or put it in `code` to show it as written";
        };
        return "the Liquid tag '" + shown + "' is not supported (only post_url and link are); " + fix;
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static String shown(String text) {
        String s = text.replaceAll("\\s*\\n\\s*", " ");
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN - 3) + "...";
    }
}

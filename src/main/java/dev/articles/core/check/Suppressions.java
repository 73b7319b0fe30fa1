package dev.articles.core.check;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.render.SuppressionComment;
import dev.articles.core.text.NearestName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings an article's author chose to accept, in two forms:
 * <ul>
 *   <li>the front matter key {@code articles-suppress: [body.marker, heading.duplicate]} for the whole file;</li>
 *   <li>an HTML comment {@code <!-- articles-suppress: body.repeated-paragraph -->} on its own line for the next
 *   block (paragraph, list, heading...), or inside a paragraph for that paragraph. The comment is left out of the
 *   rendered HTML.</li>
 * </ul>
 * A suppression that suppresses nothing is itself reported ({@code suppression.unused}), so they do not pile up.
 * Structural rules (the article cannot be read) cannot be suppressed.
 */
public final class Suppressions {
    /** A suppression (front matter key or HTML comment) that suppressed nothing. */
    public static final Rule SUPPRESSION_UNUSED = Rule.configurable("suppression.unused", Severity.WARNING,
            "A suppression that suppressed nothing.");

    /** The front matter key. */
    public static final String FRONT_MATTER_KEY = "articles-suppress";

    /** One suppression: some rules, over some lines, declared somewhere. */
    private static final class Entry {
        final Set<String> rules;
        final Set<String> used = new LinkedHashSet<>();
        final int fromLine;
        final int toLine;
        final int line;
        final int column;
        final String form;

        Entry(Set<String> rules, int fromLine, int toLine, int line, int column, String form) {
            this.rules = rules;
            this.fromLine = fromLine;
            this.toLine = toLine;
            this.line = line;
            this.column = column;
            this.form = form;
        }
    }

    /**
     * A suppression as declared, without the state of a run: what the incremental build keeps of an unchanged
     * article.
     */
    public record Declared(List<String> rules, int fromLine, int toLine, int line, int column, String form) {
        public Declared {
            rules = List.copyOf(rules);
        }
    }

    private final Path file;
    private final List<Entry> entries;

    private Suppressions(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** No suppressions (an article whose front matter or body could not be read). */
    public static Suppressions none(Path file) {
        return new Suppressions(file, List.of());
    }

    /** Suppressions declared earlier (see {@link #declared()}), with nothing used yet. */
    public static Suppressions of(Path file, List<Declared> declared) {
        List<Entry> entries = new ArrayList<>();
        for (Declared d : declared) {
            entries.add(new Entry(new LinkedHashSet<>(d.rules()), d.fromLine(), d.toLine(), d.line(), d.column(),
                    d.form()));
        }
        return new Suppressions(file, entries);
    }

    /** The suppressions as declared, in file order. */
    public List<Declared> declared() {
        return entries.stream().map(e -> new Declared(List.copyOf(e.rules), e.fromLine, e.toLine, e.line, e.column,
                e.form)).toList();
    }

    /** Reads both forms from an article. */
    public static Suppressions of(ArticleSource article) {
        List<Entry> entries = new ArrayList<>();
        YamlNode key = article.yaml() == null ? null : article.yaml().get(FRONT_MATTER_KEY);
        if (key != null) {
            Set<String> rules = new LinkedHashSet<>();
            if (key instanceof YamlNode.Scalar s && s.value() != null) {
                rules.addAll(split(s.value()));
            } else if (key instanceof YamlNode.Sequence seq) {
                for (YamlNode item : seq.items()) {
                    if (item instanceof YamlNode.Scalar s && s.value() != null) {
                        rules.addAll(split(s.value()));
                    }
                }
            }
            entries.add(new Entry(rules, 1, Integer.MAX_VALUE, key.line(), key.column(),
                    "front matter '" + FRONT_MATTER_KEY + "'"));
        }
        if (article.document() != null) {
            for (Node node : article.document().getDescendants()) {
                if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                    Matcher m = SuppressionComment.PATTERN.matcher(node.getChars());
                    if (!m.find()) {
                        continue;
                    }
                    Node scope = node instanceof HtmlCommentBlock ? node.getNext() : enclosingBlock(node);
                    int line = node.getStartLineNumber() + 1;
                    int from = scope == null ? line : scope.getStartLineNumber() + 1;
                    int to = scope == null ? line : scope.getEndLineNumber() + 1;
                    int[] at = article.toSource(line, node.getStartOffset() - node.getStartOfLine() + 1);
                    entries.add(new Entry(new LinkedHashSet<>(split(m.group(1))), article.toSource(from, 1)[0],
                            article.toSource(to, Integer.MAX_VALUE / 2)[0], at[0], at[1], "comment"));
                }
            }
        }
        return new Suppressions(article.file(), entries);
    }

    /**
     * Whether {@code d} is suppressed (and remembers that the suppression was used).
     *
     * @param rules every rule by id ({@code null} for an unknown id): only configurable rules can be suppressed
     */
    public boolean suppresses(Diagnostic d, Function<String, Rule> rules) {
        Rule rule = rules.apply(d.rule());
        if (rule == null || !rule.configurable() || d.rule().equals(SUPPRESSION_UNUSED.id())) {
            return false;
        }
        for (Entry e : entries) {
            if (e.rules.contains(d.rule()) && d.line() >= e.fromLine && d.line() <= e.toLine) {
                e.used.add(d.rule());
                return true;
            }
        }
        return false;
    }

    /**
     * Reports each listed rule that suppressed nothing, and each unknown rule id.
     *
     * @param rules every rule by id ({@code null} for an unknown id)
     * @param ruleIds the ids of the rules that may be suppressed, to suggest one for a misspelt id
     */
    public void reportUnused(Findings findings, Set<String> rulesOff, Function<String, Rule> rules,
            Collection<String> ruleIds) {
        for (Entry e : entries) {
            if (e.rules.isEmpty()) {
                findings.add(file, SUPPRESSION_UNUSED, e.line, e.column,
                        "the suppression (" + e.form + ") names no rule; list rule ids such as body.marker");
            }
            for (String rule : e.rules) {
                Rule info = rules.apply(rule);
                if (info == null) {
                    String suggestion = NearestName.of(rule, ruleIds);
                    findings.add(file, SUPPRESSION_UNUSED, e.line, e.column,
                            "the suppression (" + e.form + ") names the unknown rule '" + rule + "'"
                                    + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
                } else if (!info.configurable()) {
                    findings.add(file, SUPPRESSION_UNUSED, e.line, e.column, "the rule '" + rule
                            + "' cannot be suppressed: it reports content the plugin cannot read");
                } else if (!e.used.contains(rule) && !rulesOff.contains(rule)) {
                    findings.add(file, SUPPRESSION_UNUSED, e.line, e.column,
                            "the suppression of '" + rule + "' (" + e.form + ") suppresses nothing; remove it");
                }
            }
        }
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static Node enclosingBlock(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof Block)) {
            n = n.getParent();
        }
        return n;
    }
}

package dev.articles.core.frontmatter;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads front matter with SnakeYAML's low-level event parser and builds the tree itself, so that:
 * <ul>
 *   <li>no value is converted: {@code no}, {@code 1.10}, {@code 12:30} and dates stay the text written;</li>
 *   <li>duplicate keys are an error naming both lines, not a silent overwrite;</li>
 *   <li>anchors, aliases and explicit tags (alias bombs, arbitrary types) are refused;</li>
 *   <li>nesting and size are bounded;</li>
 *   <li>every problem is reported at the <em>file</em> line and column, not the line within the block.</li>
 * </ul>
 * A new parser is made per call, so one reader can serve many threads.
 */
public final class StrictYamlReader {
    /** The front matter is not valid YAML. */
    public static final Rule FRONT_MATTER_YAML = Rule.fixed("front-matter.yaml", "The front matter is not valid YAML.");
    /** A front matter key appears twice. */
    public static final Rule FRONT_MATTER_DUPLICATE_KEY = Rule.fixed("front-matter.duplicate-key",
            "A front matter key is written twice.");
    /** Anchors, aliases, explicit tags or complex keys: YAML features that content never needs. */
    public static final Rule FRONT_MATTER_YAML_FEATURE = Rule.fixed("front-matter.yaml-feature",
            "Anchors, aliases, tags or non-text keys in front matter.");
    /** The front matter is larger or deeper than the configured limits. */
    public static final Rule FRONT_MATTER_LIMIT = Rule.fixed("front-matter.limit",
            "Front matter over the size or nesting limit.");
    /** The rules above. */
    public static final List<Rule> RULES = List.of(FRONT_MATTER_YAML, FRONT_MATTER_DUPLICATE_KEY,
            FRONT_MATTER_YAML_FEATURE, FRONT_MATTER_LIMIT);

    /** Default upper bound on front matter size, in characters. */
    public static final int DEFAULT_MAX_CHARS = 64 * 1024;
    /** Default upper bound on nesting of lists and mappings. */
    public static final int DEFAULT_MAX_DEPTH = 16;

    private final int maxChars;
    private final int maxDepth;

    public StrictYamlReader() {
        this(DEFAULT_MAX_CHARS, DEFAULT_MAX_DEPTH);
    }

    public StrictYamlReader(int maxChars, int maxDepth) {
        this.maxChars = maxChars;
        this.maxDepth = maxDepth;
    }

    /**
     * The tree, or {@code null} when it cannot be read (then {@code problems} holds at least one error). A key written
     * twice is an error too, but the tree is still returned, with the later value, as Jekyll's YAML reader keeps it.
     */
    public YamlNode.Mapping read(Path file, String yaml, int firstLine, List<Diagnostic> problems) {
        if (yaml.length() > maxChars) {
            problems.add(Diagnostic.of(file, firstLine, 1, FRONT_MATTER_LIMIT,
                    "front matter is " + yaml.length() + " characters long; the limit is " + maxChars));
            return null;
        }
        return new Run(file, firstLine, problems, yaml).document(protectLineSeparators(yaml));
    }

    /*
     * YAML 1.1 (SnakeYAML) ends lines at U+0085, U+2028 and U+2029, which editors, Markdown and YAML 1.2 treat as
     * ordinary characters: a plain value holding one would break in two, and a quoted one would have it folded into a
     * space. So they are swapped for noncharacters (never in real text; one char for one char, so every position stays)
     * and swapped back in the values read.
     */
    private static final String BREAKS = "\u0085\u2028\u2029";
    private static final String STAND_INS = "\uFDD0\uFDD1\uFDD2";

    static String protectLineSeparators(String yaml) {
        if (!containsAny(yaml, BREAKS) || containsAny(yaml, STAND_INS)) {
            return yaml;
        }
        return swap(yaml, BREAKS, STAND_INS);
    }

    static String restoreLineSeparators(String value) {
        return value == null || !containsAny(value, STAND_INS) ? value : swap(value, STAND_INS, BREAKS);
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String swap(String s, String from, String to) {
        for (int i = 0; i < from.length(); i++) {
            s = s.replace(from.charAt(i), to.charAt(i));
        }
        return s;
    }

    /** One read: holds the parser and where to report. */
    private final class Run {
        private final Path file;
        private final int firstLine;
        private final List<Diagnostic> problems;
        private final String yaml;
        /** Char offsets of the '\n' characters of the block, in order. */
        private final int[] newlines;
        /** Char offset of each code point, when the block holds surrogate pairs (else code point index = offset). */
        private final int[] charOffsets;
        private Parser parser;

        Run(Path file, int firstLine, List<Diagnostic> problems, String yaml) {
            this.file = file;
            this.firstLine = firstLine;
            this.problems = problems;
            this.yaml = yaml;
            this.newlines = java.util.stream.IntStream.range(0, yaml.length())
                    .filter(i -> yaml.charAt(i) == '\n').toArray();
            boolean surrogates = yaml.chars().anyMatch(c -> Character.isSurrogate((char) c));
            this.charOffsets = surrogates ? java.util.stream.IntStream.range(0, yaml.length())
                    .filter(i -> !Character.isLowSurrogate(yaml.charAt(i)) || i == 0
                            || !Character.isHighSurrogate(yaml.charAt(i - 1)))
                    .toArray() : null;
        }

        YamlNode.Mapping document(String yaml) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            options.setNestingDepthLimit(maxDepth + 1);
            options.setCodePointLimit(maxChars + 1);
            try {
                parser = new ParserImpl(new StreamReader(new StringReader(yaml)), options);
                next(); // stream start
                if (parser.checkEvent(Event.ID.StreamEnd)) {
                    return new YamlNode.Mapping(new LinkedHashMap<>(), firstLine, 1);
                }
                next(); // document start
                YamlNode root = node(0);
                if (root == null) {
                    return null;
                }
                if (root instanceof YamlNode.Scalar s && s.value() == null) {
                    return new YamlNode.Mapping(new LinkedHashMap<>(), firstLine, 1);
                }
                if (!(root instanceof YamlNode.Mapping mapping)) {
                    return fail(root.line(), root.column(), FRONT_MATTER_YAML,
                            "front matter must be a set of 'key: value' lines, not a "
                                    + (root instanceof YamlNode.Sequence ? "list" : "single value"));
                }
                next(); // document end
                if (!parser.checkEvent(Event.ID.StreamEnd)) {
                    Event extra = parser.peekEvent();
                    return fail(line(extra.getStartMark()), column(extra.getStartMark()), FRONT_MATTER_YAML,
                            "front matter holds more than one YAML document");
                }
                return mapping;
            } catch (MarkedYAMLException e) {
                YamlProblem problem = YamlProblem.of(e, this.yaml, this::offset, this::line);
                Mark mark = problem.at();
                return fail(mark == null ? firstLine : line(mark), mark == null ? 1 : column(mark),
                        FRONT_MATTER_YAML, "invalid YAML: " + problem.message());
            } catch (ReaderException e) {
                Mark at = new Mark("front matter", e.getPosition(), 0, 0, new int[0], 0);
                return fail(line(at), column(at), FRONT_MATTER_YAML, "invalid YAML: the character "
                        + String.format(Locale.ROOT, "U+%04X", e.getCodePoint()) + " cannot be written in YAML; remove it");
            } catch (YAMLException e) { // no place known: a limit of SnakeYAML's that ours did not catch first
                return fail(firstLine, 1, FRONT_MATTER_YAML, "invalid YAML: the front matter cannot be read as YAML"
                        + " (it is too large or too deeply nested for the YAML reader)");
            }
        }

        /** Reads one node; {@code null} after reporting a problem. */
        private YamlNode node(int depth) {
            Event event = next();
            int line = line(event.getStartMark());
            int column = column(event.getStartMark());
            if (event instanceof AliasEvent alias) {
                return fail(line, column, FRONT_MATTER_YAML_FEATURE,
                        "YAML aliases (*" + alias.getAnchor() + ") are not allowed in front matter; write the value out");
            }
            if (event instanceof NodeEvent n && n.getAnchor() != null) {
                return fail(line, column, FRONT_MATTER_YAML_FEATURE,
                        "YAML anchors (&" + n.getAnchor() + ") are not allowed in front matter");
            }
            if (event instanceof ScalarEvent scalar) {
                if (scalar.getTag() != null) {
                    return fail(line, column, FRONT_MATTER_YAML_FEATURE,
                            "YAML tags (" + scalar.getTag() + ") are not allowed in front matter; quote the value instead");
                }
                boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
                String value = restoreLineSeparators(scalar.getValue());
                if (plain && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"))) {
                    value = null;
                }
                return new YamlNode.Scalar(value, !plain, line, column);
            }
            CollectionStartEvent start = (CollectionStartEvent) event;
            if (start.getTag() != null && !start.getImplicit()) {
                return fail(line, column, FRONT_MATTER_YAML_FEATURE,
                        "YAML tags (" + start.getTag() + ") are not allowed in front matter");
            }
            if (depth >= maxDepth) {
                return fail(line, column, FRONT_MATTER_LIMIT,
                        "front matter is nested more than " + maxDepth + " levels deep");
            }
            if (start instanceof SequenceStartEvent) {
                List<YamlNode> items = new ArrayList<>();
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    YamlNode item = node(depth + 1);
                    if (item == null) {
                        return null;
                    }
                    items.add(item);
                }
                next();
                return new YamlNode.Sequence(List.copyOf(items), line, column);
            }
            assert start instanceof MappingStartEvent;
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                YamlNode key = node(depth + 1);
                if (key == null) {
                    return null;
                }
                if (!(key instanceof YamlNode.Scalar keyScalar) || keyScalar.value() == null) {
                    return fail(key.line(), key.column(), FRONT_MATTER_YAML_FEATURE,
                            "front matter keys must be plain text");
                }
                YamlNode.Entry first = entries.get(keyScalar.value());
                if (first != null) {
                    // An error, but the rest is still read, the later value winning as in Jekyll's reader: the
                    // article stays checked and linkable, and its links and the links to it are not reported too.
                    problems.add(Diagnostic.of(file, key.line(), key.column(), FRONT_MATTER_DUPLICATE_KEY,
                            "duplicate key '" + keyScalar.value() + "' (first written on line " + first.line()
                                    + "); remove one of them"));
                }
                YamlNode value = node(depth + 1);
                if (value == null) {
                    return null;
                }
                entries.put(keyScalar.value(), new YamlNode.Entry(keyScalar.value(), key.line(), key.column(), value));
            }
            next();
            return new YamlNode.Mapping(entries, line, column);
        }

        private Event next() {
            return parser.getEvent();
        }

        /*
         * Positions come from the mark's code point index, not its line: SnakeYAML also ends lines at U+0085, U+2028
         * and U+2029, which are ordinary characters in the file (and to every editor), so its line numbers would drift.
         */
        private int line(Mark mark) {
            int offset = offset(mark);
            return firstLine + newlinesBefore(offset);
        }

        private int column(Mark mark) {
            int offset = offset(mark);
            int before = newlinesBefore(offset);
            int lineStart = before == 0 ? 0 : newlines[before - 1] + 1;
            return yaml.codePointCount(lineStart, offset) + 1;
        }

        private int offset(Mark mark) {
            int index = Math.max(0, mark.getIndex());
            if (charOffsets == null) {
                return Math.min(index, yaml.length());
            }
            return index >= charOffsets.length ? yaml.length() : charOffsets[index];
        }

        /** How many '\n' lie before {@code offset}. */
        private int newlinesBefore(int offset) {
            int found = java.util.Arrays.binarySearch(newlines, offset);
            return found >= 0 ? found : -found - 1;
        }

        private <T> T fail(int line, int column, Rule rule, String message) {
            problems.add(Diagnostic.of(file, line, column, rule, message));
            return null;
        }
    }
}

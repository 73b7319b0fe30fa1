package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.articles.core.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictYamlReaderTest {
    private static final Path FILE = Path.of("content", "post.md");

    private final List<Diagnostic> problems = new ArrayList<>();

    private YamlNode.Mapping read(String yaml) {
        return new StrictYamlReader().read(FILE, yaml, 2, problems);
    }

    private Diagnostic onlyProblem(String yaml) {
        return onlyProblem(new StrictYamlReader(), yaml, 2);
    }

    private Diagnostic onlyProblem(StrictYamlReader reader, String yaml, int firstLine) {
        assertNull(reader.read(FILE, yaml, firstLine, problems));
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static Diagnostic error(int line, int column, String rule, String message) {
        return Diagnostic.error(FILE, line, column, rule, message);
    }

    /** Values YAML 1.1 (SnakeYAML's default resolver) would turn into booleans, numbers, dates or NaN. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no
            yes
            on
            off
            1.10
            12:30
            2024-02-30
            2026-02-05 17:08:42 +0000
            0777
            0x1F
            1e3
            .nan
            .inf
            -.inf
            +12
            .NaN
            190:20:30
            2026-2-5
            2026-02-05t17:08:42.5z
            0b101
            1_000
            0o17
            NO
            Off
            y
            """)
    void scalarsStayTheTextWritten(String value) {
        YamlNode.Mapping m = read("value: " + value + "\n");
        assertEquals(List.of(), problems);
        assertEquals(new YamlNode.Scalar(value, false, 2, 8), m.get("value"));
    }

    @Test
    void nullsAndQuotes() {
        YamlNode.Mapping m = read("a:\nb: ~\nc: null\nd: Null\ne: 'null'\nf: \"\"\ng: 'it''s'\n");
        assertEquals(List.of(), problems);
        assertEquals(new YamlNode.Scalar(null, false, 2, 3), m.get("a"));
        assertEquals(new YamlNode.Scalar(null, false, 3, 4), m.get("b"));
        assertEquals(new YamlNode.Scalar(null, false, 4, 4), m.get("c"));
        assertEquals(new YamlNode.Scalar(null, false, 5, 4), m.get("d"));
        assertEquals(new YamlNode.Scalar("null", true, 6, 4), m.get("e"));
        assertEquals(new YamlNode.Scalar("", true, 7, 4), m.get("f"));
        assertEquals(new YamlNode.Scalar("it's", true, 8, 4), m.get("g"));
    }

    @Test
    void keysKeepTheirOrderAndPositions() {
        YamlNode.Mapping m = read("title: 日本語\nlayout: post\ntags: [a, b]\nseries:\n  name: tour\n  part: 2\n");
        assertEquals(List.of("title", "layout", "tags", "series"), new ArrayList<>(m.entries().keySet()));
        assertEquals(new YamlNode.Entry("layout", 3, 1, new YamlNode.Scalar("post", false, 3, 9)),
                m.entries().get("layout"));
        assertEquals(new YamlNode.Sequence(List.of(new YamlNode.Scalar("a", false, 4, 8),
                new YamlNode.Scalar("b", false, 4, 11)), 4, 7), m.get("tags"));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", "tour");
        series.put("part", "2");
        assertEquals(series, YamlNode.toPlain(m.get("series")));
        assertEquals(6, m.get("series").line());
    }

    @Test
    void blockScalarsKeepTheirText() {
        YamlNode.Mapping m = read("excerpt: |\n  line one\n  line two\nfolded: >\n  a\n  b\n");
        assertEquals(new YamlNode.Scalar("line one\nline two\n", true, 2, 10), m.get("excerpt"));
        assertEquals("a b\n", ((YamlNode.Scalar) m.get("folded")).value());
    }

    @Test
    void emptyFrontMatterIsAnEmptyMapping() {
        assertEquals(new YamlNode.Mapping(new LinkedHashMap<>(), 2, 1), read(""));
        assertEquals(new YamlNode.Mapping(new LinkedHashMap<>(), 2, 1), read("# only a comment\n"));
        assertEquals(List.of(), problems);
    }

    /** A key written twice is an error, yet the tree is read on with the later value, as Jekyll's reader does. */
    private YamlNode.Mapping readWithOneProblem(String yaml, Diagnostic expected) {
        YamlNode.Mapping m = read(yaml);
        assertEquals(List.of(expected), problems);
        return m;
    }

    @Test
    void duplicateKeyNamesBothLinesAndTheLaterValueIsKept() {
        YamlNode.Mapping m = readWithOneProblem("title: a\ndate: 2026-02-05\ntags: []\ntitle: b\n",
                error(5, 1, "front-matter.duplicate-key",
                        "duplicate key 'title' (first written on line 2); remove one of them"));
        assertEquals("b", ((YamlNode.Scalar) m.get("title")).value());
        assertEquals(List.of("title", "date", "tags"), List.copyOf(m.entries().keySet()), "in first-written order");
    }

    @Test
    void duplicateKeyInANestedMapping() {
        YamlNode.Mapping m = readWithOneProblem("series:\n  name: a\n  name: b\n", error(4, 3,
                "front-matter.duplicate-key", "duplicate key 'name' (first written on line 3); remove one of them"));
        assertEquals("b", ((YamlNode.Scalar) ((YamlNode.Mapping) m.get("series")).get("name")).value());
    }

    @Test
    void anchorsAreRefused() {
        assertEquals(error(2, 8, "front-matter.yaml-feature", "YAML anchors (&t) are not allowed in front matter"),
                onlyProblem("title: &t Hello\nexcerpt: *t\n"));
    }

    @Test
    void aliasesAreRefused() {
        // An alias to an anchor defined nowhere: the parser still reports the alias event first.
        assertEquals(error(3, 10, "front-matter.yaml-feature",
                        "YAML aliases (*x) are not allowed in front matter; write the value out"),
                onlyProblem("title: t\nexcerpt: *x\n"));
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAnchor() {
        String yaml = "a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\n";
        assertEquals(error(2, 4, "front-matter.yaml-feature", "YAML anchors (&a) are not allowed in front matter"),
                onlyProblem(yaml));
    }

    @Test
    void explicitTagsAreRefused() {
        assertEquals(error(3, 7, "front-matter.yaml-feature",
                        "YAML tags (tag:yaml.org,2002:str) are not allowed in front matter; quote the value instead"),
                onlyProblem("title: t\ndate: !!str 2026-02-05\n"));
    }

    @Test
    void customTagsAreRefused() {
        assertEquals(error(2, 7, "front-matter.yaml-feature",
                        "YAML tags (tag:yaml.org,2002:javax.script.ScriptEngineManager) are not allowed in front matter"),
                onlyProblem("evil: !!javax.script.ScriptEngineManager [x]\n"));
    }

    @Test
    void collectionTagsAreRefused() {
        assertEquals(error(2, 7, "front-matter.yaml-feature",
                        "YAML tags (tag:yaml.org,2002:set) are not allowed in front matter"),
                onlyProblem("tags: !!set {a, b}\n"));
    }

    @Test
    void complexKeysAreRefused() {
        assertEquals(error(2, 3, "front-matter.yaml-feature", "front matter keys must be plain text"),
                onlyProblem("? [a, b]\n: value\n"));
    }

    @Test
    void rootMustBeAMapping() {
        assertEquals(error(2, 1, "front-matter.yaml",
                        "front matter must be a set of 'key: value' lines, not a list"),
                onlyProblem("- a\n- b\n"));
        problems.clear();
        assertEquals(error(2, 1, "front-matter.yaml",
                        "front matter must be a set of 'key: value' lines, not a single value"),
                onlyProblem("just some text\n"));
    }

    @Test
    void oneDocumentOnly() {
        // Only reachable when the block is closed with '...': a '---' line would have closed it.
        assertEquals(error(3, 1, "front-matter.yaml", "front matter holds more than one YAML document"),
                onlyProblem("a: 1\n---\nb: 2\n"));
    }

    @Test
    void syntaxErrorIsReportedAtTheFileLineAndColumn() {
        // The YAML starts on file line 2 (after the opening ---): line 3 of the file is the 2nd YAML line. SnakeYAML
        // notices the missing ']' on the next line; the list is reported where it was opened.
        assertEquals(error(3, 7, "front-matter.yaml",
                        "invalid YAML: a list opened with '[' on line 3 is not closed; end it with ']'"),
                onlyProblem("title: t\ntags: [a, b\nauthor: x\n"));
    }

    @Test
    void anUnclosedListIsReportedOnItsOwnLine() {
        String yaml = "title: t\ndate: 2026-02-05\nauthor: a\nexcerpt: e\ntags: [Java, Maven\ndraft: false\n";
        assertEquals(error(6, 7, "front-matter.yaml",
                        "invalid YAML: a list opened with '[' on line 6 is not closed; end it with ']'"),
                onlyProblem(yaml));
        problems.clear();
        assertEquals(error(6, 7, "front-matter.yaml",
                        "invalid YAML: a list opened with '[' on line 6 is not closed; end it with ']'"),
                onlyProblem("title: t\ndate: 2026-02-05\nauthor: a\nexcerpt: e\ntags: [Java, Maven\n"));
        problems.clear();
        assertEquals(error(3, 9, "front-matter.yaml",
                        "invalid YAML: a mapping opened with '{' on line 3 is not closed; end it with '}'"),
                onlyProblem("title: t\nseries: {name: a, part: 2\nauthor: x\n"));
    }

    @Test
    void aWrongClosingBracketIsReportedWhereItIs() {
        assertEquals(error(2, 13, "front-matter.yaml", "invalid YAML: unexpected ']' in a mapping opened with '{' at"
                        + " column 8; separate its items with ',', end it with '}', and quote an item that holds ','"
                        + " or ': '"),
                onlyProblem("title: {a: 1]\n"));
    }

    @Test
    void commonMistakesAreSaidPlainly() {
        assertEquals(error(2, 7, "front-matter.yaml", "invalid YAML: a list item ('- ') cannot follow a key on its"
                        + " line; put each item on a line of its own below the key, or write the list as [a, b]"),
                onlyProblem("tags: - a\n"));
        problems.clear();
        assertEquals(error(2, 12, "front-matter.yaml", "invalid YAML: unexpected text after the value; a quoted value"
                        + " must end at its closing quote, so put the whole value in quotes"),
                onlyProblem("title: \"a\" b\n"));
        problems.clear();
        assertEquals(error(3, 1, "front-matter.yaml", "invalid YAML: a list item ('-') cannot stand among 'key:"
                        + " value' lines; put the list under a key, indented below it"),
                onlyProblem("title: t\n- a\n"));
        problems.clear();
        assertEquals(error(3, 7, "front-matter.yaml", "invalid YAML: unexpected ':': YAML reads this line as part of"
                        + " the line before; indent it like the other keys (and give the line before its 'key:')"),
                onlyProblem("title: t\n  date: x\n"));
        problems.clear();
        assertEquals(error(3, 1, "front-matter.yaml", "invalid YAML: this line has no ':'; write it as 'key: value'"),
                onlyProblem("title: x\nkey"));
        problems.clear();
        assertEquals(error(2, 8, "front-matter.yaml", "invalid YAML: a value cannot start with '@'; put the value in"
                        + " quotes"),
                onlyProblem("title: @home\n"));
        problems.clear();
        assertEquals(error(2, 12, "front-matter.yaml", "invalid YAML: a backslash in a double-quoted value starts an"
                        + " escape such as \\n or \\u00e9, and this one is not; write \\\\ for a backslash, or put"
                        + " the value in single quotes"),
                onlyProblem("title: \"C:\\qa\"\n"));
    }

    @Test
    void anythingElseGetsAGeneralSentenceOfOurs() {
        YamlNode.Mapping m = new StrictYamlReader().read(FILE, "a: >-x\n", 2, problems);
        assertNull(m);
        assertEquals(List.of(error(2, 6, "front-matter.yaml", "invalid YAML: YAML cannot read this; check the quotes,"
                + " brackets and indentation here")), problems);
    }

    @Test
    void syntaxErrorLinesFollowTheFirstLine() {
        assertEquals(error(11, 9, "front-matter.yaml", "invalid YAML: the value holds ': ' (a colon and a space), which"
                        + " YAML reads as another key; put the whole value in quotes"),
                onlyProblem(new StrictYamlReader(), "title: a: b\n", 11));
    }

    @Test
    void tabIndentationIsAnError() {
        assertEquals(error(3, 1, "front-matter.yaml", "invalid YAML: a tab cannot indent YAML; indent with spaces"),
                onlyProblem("title: t\n\tdate: x\n"));
    }

    @Test
    void unterminatedQuoteIsAnError() {
        assertEquals(error(3, 10, "front-matter.yaml",
                        "invalid YAML: a value opened with \" on line 3 is not closed; end it with \""),
                onlyProblem("title: t\nexcerpt: \"never closed\n"));
    }

    @Test
    void nestingIsLimited() {
        // The root mapping is the first level.
        StrictYamlReader reader = new StrictYamlReader(1000, 2);
        assertNotNull(reader.read(FILE, "a:\n  b: 1\nc: [1, 2]\n", 2, problems));
        assertEquals(List.of(), problems);
        assertEquals(error(3, 6, "front-matter.limit", "front matter is nested more than 2 levels deep"),
                onlyProblem(reader, "a:\n  b: [1]\n", 2));
        problems.clear();
        assertEquals(error(4, 5, "front-matter.limit", "front matter is nested more than 2 levels deep"),
                onlyProblem(reader, "a:\n  b:\n    c: 1\n", 2));
    }

    @Test
    void defaultNestingLimitStopsDeepFlowLists() {
        String yaml = "a: " + "[".repeat(40) + "]".repeat(40) + "\n";
        assertEquals(error(2, 3 + StrictYamlReader.DEFAULT_MAX_DEPTH, "front-matter.limit",
                        "front matter is nested more than 16 levels deep"),
                onlyProblem(yaml));
    }

    @Test
    void sizeIsLimited() {
        StrictYamlReader reader = new StrictYamlReader(20, 16);
        assertNotNull(reader.read(FILE, "title: 12345678901\n", 2, problems)); // 19 characters
        assertEquals(List.of(), problems);
        assertEquals(error(2, 1, "front-matter.limit", "front matter is 21 characters long; the limit is 20"),
                onlyProblem(reader, "title: 1234567890123\n", 2));
    }

    @Test
    void defaultSizeLimit() {
        String yaml = "excerpt: " + "x".repeat(StrictYamlReader.DEFAULT_MAX_CHARS) + "\n";
        assertEquals(error(2, 1, "front-matter.limit",
                        "front matter is " + yaml.length() + " characters long; the limit is 65536"),
                onlyProblem(yaml));
    }

    @Test
    void pythonObjectTagsAreRefused() {
        assertEquals(error(2, 6, "front-matter.yaml-feature", "YAML tags (tag:yaml.org,2002:python/object/apply:"
                        + "os.system) are not allowed in front matter"),
                onlyProblem("obj: !!python/object/apply:os.system [\"rm -rf /\"]\n"));
    }

    @Test
    void verbatimAndLocalTagsAreRefused() {
        assertEquals(error(2, 8, "front-matter.yaml-feature", "YAML tags (tag:example.com,2026:evil) are not "
                        + "allowed in front matter; quote the value instead"),
                onlyProblem("title: !<tag:example.com,2026:evil> x\n"));
        problems.clear();
        assertEquals(error(2, 8, "front-matter.yaml-feature", "YAML tags (!local) are not "
                        + "allowed in front matter; quote the value instead"),
                onlyProblem("title: !local x\n"));
    }

    @Test
    void recursiveAliasIsRefusedWithoutExpansion() {
        assertEquals(error(2, 4, "front-matter.yaml-feature", "YAML anchors (&a) are not allowed in front matter"),
                onlyProblem("a: &a [x, *a]\n"));
    }

    @Test
    void hugeAliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [lol]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append('l').append(i).append(": &l").append(i).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
        }
        Diagnostic d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> onlyProblem(yaml.toString()));
        assertEquals(error(2, 5, "front-matter.yaml-feature", "YAML anchors (&l0) are not allowed in front matter"),
                d);
    }

    @Test
    void tenThousandLevelsOfNestingStopAtTheLimit() {
        for (String open : List.of("[", "{a: ", "- ")) {
            problems.clear();
            String yaml = open.equals("- ") ? "x:\n" + "- ".repeat(10_000) + "v\n" : "x: " + open.repeat(10_000) + "\n";
            Diagnostic d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                    () -> onlyProblem(yaml));
            assertEquals("front-matter.limit", d.rule(), open);
            assertEquals("front matter is nested more than 16 levels deep", d.message(), open);
        }
    }

    @Test
    void duplicateKeyWrittenQuoted() {
        readWithOneProblem("title: a\n\"title\": b\n", error(3, 1, "front-matter.duplicate-key",
                "duplicate key 'title' (first written on line 2); remove one of them"));
    }

    @Test
    void lineSeparatorsAreKeptInValues() {
        YamlNode.Mapping m = read("title: a\u2028b\nexcerpt: \"c\u2029d\"\nauthor: e\u0085f\ndate: x\n");
        assertEquals(List.of(), problems);
        assertEquals("a\u2028b", ((YamlNode.Scalar) m.entries().get("title").value()).value());
        assertEquals("c\u2029d", ((YamlNode.Scalar) m.entries().get("excerpt").value()).value());
        assertEquals("e\u0085f", ((YamlNode.Scalar) m.entries().get("author").value()).value());
        assertEquals(5, m.entries().get("date").line());
    }

    @Test
    void positionsAfterLineSeparatorsAreFileLines() {
        assertEquals(error(3, 6, "front-matter.yaml", "invalid YAML: the value holds ': ' (a colon and a space), which"
                        + " YAML reads as another key; put the whole value in quotes"),
                onlyProblem("title: \"a\u2028b\"\nx: \u2029y: z: w\n"));
    }

    @Test
    void nonPrintableCharacterIsReportedWhereItIs() {
        assertEquals(error(3, 10, "front-matter.yaml",
                        "invalid YAML: the character U+0000 cannot be written in YAML; remove it"),
                onlyProblem("title: t\nexcerpt: \u0000\n"));
    }

    @Test
    void theHighestNestingLimitStillNeedsNoDeepStack() {
        StrictYamlReader reader = new StrictYamlReader(65536, dev.articles.core.settings.CheckSettings.MAX_NESTING_DEPTH_LIMIT);
        String yaml = "x: " + "[".repeat(10_000) + "\n";
        Diagnostic d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> onlyProblem(reader, yaml, 2));
        assertEquals(error(2, 4 + 999, "front-matter.limit", "front matter is nested more than 1000 levels deep"), d);
    }
}

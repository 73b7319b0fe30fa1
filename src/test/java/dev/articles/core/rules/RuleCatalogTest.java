package dev.articles.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.CorpusCheck;
import dev.articles.core.check.Findings;
import dev.articles.core.check.body.MarkerCheck;
import dev.articles.core.check.body.MultipleH1Check;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.settings.CheckSettings;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog is made of the rules the code declares, each once: every check declares the rules it reports as its own
 * constants, every {@code Rule} constant of the code is in the catalog, and a check cannot report a rule it did not
 * declare.
 */
class RuleCatalogTest {
    private static final Pattern RULE_CONSTANT = Pattern.compile("\\bpublic static final Rule ([A-Z][A-Z0-9_]*)\\s*=");

    @TempDir
    Path dir;

    private static List<Object> checks() {
        List<Object> checks = new ArrayList<>(Checks.articleChecks());
        checks.addAll(Checks.corpusChecks());
        return checks;
    }

    private static List<Rule> rulesOf(Object check) {
        return check instanceof ArticleCheck a ? a.rules() : ((CorpusCheck) check).rules();
    }

    /** The {@code public static final Rule} constants of a class, by name. */
    private static Map<String, Rule> constants(Class<?> type) throws IllegalAccessException {
        Map<String, Rule> constants = new LinkedHashMap<>();
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (f.getType() == Rule.class && Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)) {
                constants.put(f.getName(), (Rule) f.get(null));
            }
        }
        return constants;
    }

    @Test
    void everyCheckDeclaresTheRulesItReportsAsItsOwnConstants() throws IllegalAccessException {
        for (Object check : checks()) {
            List<Rule> rules = rulesOf(check);
            String name = check.getClass().getSimpleName();
            assertFalse(rules.isEmpty(), name + " declares no rule");
            assertEquals(rules.size(), new HashSet<>(rules).size(), name + " lists a rule twice");
            for (Rule rule : rules) {
                assertTrue(constants(check.getClass()).containsValue(rule),
                        name + " reports " + rule.id() + " but does not declare it as a constant");
                assertSame(rule, RuleCatalog.get(rule.id()), rule.id());
            }
        }
    }

    @Test
    void everyIdIsDeclaredOnce() {
        List<String> ids = RuleCatalog.all().stream().map(Rule::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids in the catalog: " + ids);
        Rule once = Rule.configurable("body.marker", Severity.ERROR, "Once.");
        Rule twice = Rule.fixed("body.marker", "Twice.");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleCatalog.byId(List.of(once, MultipleH1Check.HEADING_MULTIPLE_H1, twice)));
        assertEquals("the rule body.marker is declared twice", e.getMessage());
    }

    @Test
    void structuralRulesComeFirst() {
        List<Rule> all = RuleCatalog.all();
        int firstConfigurable = (int) all.stream().filter(r -> !r.configurable()).count();
        assertTrue(all.subList(0, firstConfigurable).stream().noneMatch(Rule::configurable));
        assertTrue(all.subList(firstConfigurable, all.size()).stream().allMatch(Rule::configurable));
        assertTrue(all.stream().filter(r -> !r.configurable()).allMatch(r -> r.defaultSeverity() == Severity.ERROR));
    }

    /** Every {@code Rule} constant in the sources is in the catalog, and the catalog holds nothing else. */
    @Test
    void theCatalogIsMadeOfTheRuleConstantsOfTheCode() throws Exception {
        Path main = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("src/main/java");
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(main)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() > 100, "expected the plugin's sources under " + main);
        Map<String, Rule> declared = new LinkedHashMap<>();
        for (Path source : sources) {
            Matcher m = RULE_CONSTANT.matcher(Files.readString(source, StandardCharsets.UTF_8));
            String type = main.relativize(source).toString().replace('\\', '/').replace('/', '.')
                    .replaceAll("\\.java$", "");
            Map<String, Rule> constants = constants(Class.forName(type));
            while (m.find()) {
                Rule rule = constants.get(m.group(1));
                declared.put(type + "." + m.group(1), rule);
                assertSame(rule, RuleCatalog.get(rule.id()), type + "." + m.group(1) + " is not in the catalog");
            }
        }
        assertEquals(new TreeSet<>(RuleCatalog.all().stream().map(Rule::id).toList()),
                new TreeSet<>(declared.values().stream().map(Rule::id).toList()), "rules declared as constants");
        assertEquals(RuleCatalog.all().size(), declared.size(), "constants " + declared.keySet());
    }

    @Test
    void findingsOfACheckRefuseARuleItDidNotDeclare() {
        List<Diagnostic> sink = new ArrayList<>();
        Findings findings = new Findings(sink, new MarkerCheck().rules());
        Path file = dir.resolve("a.md");
        findings.add(file, MarkerCheck.BODY_MARKER, 3, 1, "the marker");
        assertEquals(List.of(new Diagnostic(file, 3, 1, Severity.ERROR, "body.marker", "the marker")), sink);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> findings.add(file, MultipleH1Check.HEADING_MULTIPLE_H1, 4, 1, "another h1"));
        assertEquals("rule heading.multiple-h1 is not among the declared rules [body.marker]", e.getMessage());
        assertEquals(1, sink.size());
    }

    /**
     * The engine gives each check findings that refuse other rules than its own: a site that makes every check report
     * every rule it declares is checked without an exception, and reports every rule.
     */
    @Test
    void everyCheckReportsItsDeclaredRulesThroughTheEngine() throws IOException {
        ContentFixture content = new ContentFixture(dir.resolve("articles"));
        String longParagraph = "This paragraph is long enough to be compared with the paragraphs of other articles.";
        content.write("2026-01-05-dates.md", """
                ---
                title: Dates
                date: 2026-01-06 10:00:00 +0900
                author: Editor
                ---

                The date differs from the date in the file name.
                """);
        content.write("no-offset.md", """
                ---
                title: No offset
                date: 2026-01-07 10:00:00
                author: Editor
                categories: [Kotlin]
                tags: [gradle, maven]
                excerpt: "A **bold** excerpt that is much longer than twenty characters"
                reading_time: 30
                ---

                No offset, an unknown category and tag, a long excerpt in Markdown, a wrong reading time.
                """);
        content.write("variant.md", """
                ---
                title: Variant
                date: 2026-01-08 10:00:00 +0900
                author: Editor
                tags: [Maven]
                ---

                The tag is spelled another way than in no-offset.md.
                """);
        content.write("body.md", """
                ---
                title: Body
                date: 2026-01-09 10:00:00 +0900
                author: Editor
                ---

                # Body

                ---END---

                %s

                %s

                # Second title

                ## Part

                #### Deep

                ##

                ## Part

                [empty]() and {%% include footer.html %%} and [unsafe](javascript:alert(1)) and <font>raw</font>, <b onclick="x()">b</b>, [ftp](ftp://example.org/).

                [broken](missing.md), [anchor](#nowhere) and ![missing](missing.png).

                Write the article here.
                """.formatted(longParagraph, longParagraph));
        content.write("section.md", """
                ---
                title: Section
                date: 2026-01-10 10:00:00 +0900
                author: Editor
                ---

                ## Repeated

                The same section twice.

                ## Repeated

                The same section twice.
                """);
        String shared = "\n\nThe first shared paragraph is long enough to be compared with others."
                + "\n\nThe second shared paragraph is long enough to be compared with others."
                + "\n\nThe third shared paragraph is long enough to be compared with others.\n";
        content.write("copy-1.md", "---\ntitle: Copy\ndate: 2026-01-11 10:00:00 +0900\nauthor: Editor\nslug: copy\n---"
                + shared);
        content.write("copy-2.md", "---\ntitle: Copy\ndate: 2026-01-12 10:00:00 +0900\nauthor: Editor\nslug: copy\n---"
                + shared);
        content.write("no-author.md", "---\ntitle: No author\ndate: 2026-01-13 10:00:00 +0900\n---\n\nNo author.\n");
        // Another address, but the same id as no-author.md but for case and extension.
        content.write("No-Author.markdown", "---\ntitle: Same id\ndate: 2026-01-14 10:00:00 +0900\nauthor: Editor\n"
                + "slug: same-id\n---\n\nOne file of the bundle with no-author.md.\n");
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["author"]}
                """);
        CheckSettings settings = new CheckSettings(Map.of(), List.of(), List.of("Java"), List.of("maven"), 20, 75,
                schema, false);

        List<Diagnostic> found = content.zone("Asia/Tokyo").drafts(true).settings(settings).diagnostics();

        Set<String> reported = new TreeSet<>(found.stream().map(Diagnostic::rule).toList());
        Set<String> declared = new TreeSet<>();
        checks().forEach(check -> rulesOf(check).forEach(r -> declared.add(r.id())));
        Set<String> notReported = new TreeSet<>(declared);
        notReported.removeAll(reported);
        assertEquals(Set.of(), notReported, "rules of checks the site does not make them report: " + found);
        assertTrue(reported.stream().allMatch(id -> RuleCatalog.get(id) != null), reported.toString());
    }
}

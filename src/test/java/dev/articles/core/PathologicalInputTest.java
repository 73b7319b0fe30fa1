package dev.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.build.ContentChecker;
import dev.articles.core.model.Article;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.render.RenderWorker;
import dev.articles.core.report.ContentResult;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs of cmark's pathological test list (test/pathological_tests.py), generated here: each one gives either
 * a rendered article or exactly one {@code render.failed} error naming the file, within a bounded time, and the
 * article after it is still rendered.
 */
class PathologicalInputTest {
    /** Repetitions of inline patterns: cmark uses 30,000 to 160,000; flexmark is slower, so fewer keep CI fast. */
    private static final int N = 3_000;
    private static final Duration BUDGET = Duration.ofSeconds(2);
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final String TOO_DEEP = "the Markdown is nested too deeply to render (stack overflow); look for"
            + " lists or quotes nested thousands of levels deep";
    private static final String TIMEOUT = "rendering took longer than 2 s and was abandoned; look for very long runs"
            + " of Markdown punctuation such as *, _, [, ` or >";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("nested strong emph", "*a **a ".repeat(N) + "b" + " a** a*".repeat(N));
        cases.put("many emph closers with no openers", "a_ ".repeat(N));
        cases.put("many emph openers with no closers", "_a ".repeat(N));
        cases.put("many 3-emph openers with no closers", "a***".repeat(N));
        cases.put("many link closers with no openers", "a]".repeat(N));
        cases.put("many link openers with no closers", "[a".repeat(N));
        cases.put("mismatched openers and closers", "*a_ ".repeat(N));
        cases.put("openers and closers multiple of 3", "a**b" + "c* ".repeat(N));
        cases.put("link openers and emph closers", "[ a_".repeat(N));
        cases.put("pattern [ (]( repeated", "[ (](".repeat(N));
        cases.put("pattern ![[]() repeated", "![[]()".repeat(N));
        cases.put("hard link/emph case", "**x [a*b**c*](https://example.org/)");
        cases.put("nested brackets", "[".repeat(50_000) + "a" + "]".repeat(50_000));
        cases.put("nested block quotes", "> ".repeat(50_000) + "a");
        cases.put("nested list markers", "- ".repeat(50_000) + "a");
        cases.put("deeply nested lists", IntStream.range(0, 1000)
                .mapToObj(i -> "  ".repeat(i) + "* a\n").collect(Collectors.joining()));
        cases.put("U+0000 in input", "abc\u0000de\u0000");
        cases.put("backticks", IntStream.range(1, 5000)
                .mapToObj(i -> "e" + "`".repeat(i)).collect(Collectors.joining()));
        cases.put("unclosed links A", "[a](<b".repeat(N));
        cases.put("unclosed links B", "[a](b".repeat(N));
        cases.put("unclosed <!--", "</" + "<!--".repeat(N));
        cases.put("emph in link", "[*a".repeat(N) + "](https://example.org/)".repeat(N));
        cases.put("nested links", "[a ".repeat(N) + "b" + "](https://example.org/)".repeat(N));
        cases.put("nested images", "![a ".repeat(N) + "b" + "](https://example.org/)".repeat(N));
        cases.put("many references", IntStream.range(0, N)
                .mapToObj(i -> "[" + i + "]: u" + i + "\n").collect(Collectors.joining())
                + "\n" + IntStream.range(0, N).mapToObj(i -> "[" + i + "] ").collect(Collectors.joining()));
        cases.put("reference expansion", "[a]: " + "x".repeat(10_000) + "\n\n" + "[a]".repeat(N));
        cases.put("many table columns", "|a".repeat(N) + "\n" + "|-".repeat(N) + "\n"
                + "|b".repeat(N));
        cases.put("footnote ladder", IntStream.range(0, N)
                .mapToObj(i -> "[^" + i + "]: [^" + (i + 1) + "]\n").collect(Collectors.joining()));
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pathologicalInputGivesOutputOrOneDiagnosticAndTheNextArticleIsRendered(String name, String body)
            throws IOException {
        ContentFixture c = new ContentFixture(dir);
        Path bad = c.write("a-bad.md", "---\ntitle: Bad\ndate: 2026-01-01 10:00:00 +0900\n---\n\n" + body + "\n");
        c.article("b-good.md", "Good", "2026-01-02 10:00:00 +0900");

        long start = System.nanoTime();
        ContentResult result = new ContentChecker(RENDERER, new RenderWorker(BUDGET)).check(c.request());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        List<Diagnostic> failures = result.diagnostics().stream()
                .filter(d -> d.rule().equals("render.failed")).toList();
        List<String> slugs = result.articles().stream().map(Article::slug).toList();
        // the article after the bad one is read, checked and rendered as usual: no finding of its own
        assertTrue(result.diagnostics().stream().allMatch(x -> x.file().equals(bad)), name);
        if (failures.isEmpty()) {
            if (result.diagnostics().stream().noneMatch(x -> x.severity() == Severity.ERROR)) {
                assertEquals(List.of("b-good", "a-bad"), slugs, name);
            }
        } else {
            assertEquals(1, failures.size(), name);
            Diagnostic d = failures.get(0);
            assertEquals(bad, d.file());
            assertTrue(d.message().equals(TOO_DEEP) || d.message().equals(TIMEOUT), d.message());
            assertEquals(List.of(), slugs, name); // an error keeps the whole bundle back
        }
        assertTrue(took.compareTo(BUDGET.plusSeconds(10)) < 0, name + " took " + took);
    }
}

package dev.articles.maven;

import static dev.articles.maven.MojoFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.junit.jupiter.api.Test;

/**
 * What {@code mvn articles:help -Ddetail} prints, from the help goal maven-plugin-plugin generates out of the mojos'
 * Javadoc: examples on lines of their own, not run into the prose, and descriptions that say what each goal writes.
 */
class HelpOutputTest {

    /** The help of one goal as printed, each line stripped of its indentation. */
    private static List<String> help(String goal) throws Exception {
        AbstractMojo mojo = (AbstractMojo) Class.forName("dev.articles.articles_maven_plugin.HelpMojo")
                .getDeclaredConstructor().newInstance();
        set(mojo, "detail", true);
        set(mojo, "goal", goal);
        set(mojo, "lineLength", 80);
        set(mojo, "indentSize", 2);
        MojoFixture.RecordingLog log = new MojoFixture.RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        return log.lines("INFO").stream().flatMap(l -> Arrays.stream(l.split("\n"))).map(String::strip).toList();
    }

    /** The lines of the goal's own description: after its name, up to the parameters. */
    private static List<String> description(List<String> help, String goal) {
        int start = help.indexOf("articles:" + goal) + 1;
        int end = help.indexOf("Available parameters:");
        return help.subList(start, end).stream().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theExamplesOfNewStandOnLinesOfTheirOwn() throws Exception {
        List<String> lines = description(help("new"), "new");
        int example = lines.indexOf("For example:");
        assertTrue(example > 0, String.join("\n", lines));
        assertEquals(List.of("mvn articles:new -Dtitle=\"Hello, World\"",
                "mvn articles:new -Dtitle=\"はじめての記事\" -Dslug=first-article -Dtags=Maven,Markdown"),
                lines.subList(example + 1, lines.size()));
        assertTrue(lines.get(example - 1).endsWith("published one."), lines.get(example - 1));
    }

    @Test
    void theRulesExampleIsOneElementALine() throws Exception {
        List<String> lines = help("validate");
        int at = lines.indexOf("<rules>");
        assertTrue(at > 0, String.join("\n", lines));
        assertEquals(List.of("<rules>", "<front-matter.date-future>error</front-matter.date-future>",
                "<heading.duplicate>off</heading.duplicate>", "</rules>"), lines.subList(at, at + 4));
        assertEquals("For example:", lines.get(at - 1));
    }

    @Test
    void baselineNamesItsCommandApart() throws Exception {
        List<String> lines = description(help("baseline"), "baseline");
        assertEquals("Run it by hand: mvn articles:baseline", lines.get(lines.size() - 1));
    }

    @Test
    void validateSaysItWritesTheReports() throws Exception {
        String text = String.join(" ", description(help("validate"), "validate"));
        assertEquals("Checks every article under contentDirectory and fails the build on bad content, printing"
                + " every problem at once with its file, line and column. Writes the reports report.sarif and"
                + " report.json into reportDirectory (target/articles) on every run, also when the build fails;"
                + " nothing else.", text);
        assertTrue(String.join(" ", description(help("bundle"), "bundle")).contains("(and writes the same reports)"));
    }
}

package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Both goals in one build, as in the usual POM ({@code <goal>validate</goal><goal>bundle</goal>}): they share the
 * {@link MavenProject}, and each diagnostic must reach the log once, not once per goal.
 */
public class ValidateThenBundleTest extends ArticlesMojoTestCase {

    private static final String FUTURE_PREFIX =
            "src/main/articles/2999-01-01-far-future.md:[3,7] front-matter.date-future: ";
    private static final String SUMMARY = "Articles: 1 checked, 0 errors, 1 warning (front-matter.date-future: 1)";

    public void testEachDiagnosticIsPrintedOncePerProject() throws Exception {
        MavenProject project = project("warning");
        CapturingLog log = new CapturingLog(); // Maven gives every mojo the same console

        Mojo validate = mojo(project, "validate", log);
        Mojo bundle = mojo(project, "bundle", log);
        validate.execute();
        bundle.execute();

        List<String> warnings = log.at("warn");
        assertEquals(log.toString(), 1, warnings.size());
        assertTrue(warnings.get(0), warnings.get(0).startsWith(FUTURE_PREFIX));
        // The summary is each goal's own verdict, so it is printed by both.
        assertEquals(log.toString(), 2, log.count(SUMMARY));
    }

    public void testBundleUsesValidatesCheckOnlyWhileNothingChanged() throws Exception {
        MavenProject project = project("good");
        mojo(project, "validate", new CapturingLog()).execute();
        Path hello = project.getBasedir().toPath().resolve("src/main/articles/2026-02-05-hello-world.md");
        Path json = project.getBasedir().toPath()
                .resolve("target/classes/META-INF/articles/good-site/articles/2026-02-05-hello-world.json");

        // Nothing changed since validate: bundle takes its checks and only renders.
        CapturingLog first = new CapturingLog();
        mojo(project, "bundle", first).execute();
        assertTrue(first.toString(), first.at("info").get(1).startsWith("Bundle 'good-site': 2 articles; scanned 3"
                + " (# ms), checked 0 (# ms), rendered 2 (# ms), 1 up to date;")); // the draft

        // A plugin between the phases edits an article: bundle checks that one again and renders it.
        String text = Files.readString(hello, StandardCharsets.UTF_8);
        Files.writeString(hello, text.replace("title: Hello, world", "title: Hello again, world"),
                StandardCharsets.UTF_8);
        CapturingLog edited = new CapturingLog();
        mojo(project, "bundle", edited).execute();
        assertTrue(edited.toString(), edited.at("info").get(1).contains("checked 1 (# ms), rendered 1 (# ms), 2 up"
                + " to date;"));
        assertTrue(Files.readString(json, StandardCharsets.UTF_8).contains("\"title\": \"Hello again, world\""));

        // It removes an article: bundle sees the change and removes its files.
        Files.delete(hello);
        CapturingLog again = new CapturingLog();
        mojo(project, "bundle", again).execute();
        assertEquals(again.toString(), "Articles: 2 checked, 0 errors, 0 warnings", again.at("info").get(0));
        assertTrue(again.toString(), again.at("info").get(1).startsWith("Bundle 'good-site': 1 article;"));
        assertFalse(Files.exists(json));
    }

    public void testTheWarningIsStillCountedAndFailsTheSecondGoal() throws Exception {
        MavenProject project = project("warning");
        CapturingLog validateLog = new CapturingLog();
        CapturingLog bundleLog = new CapturingLog();
        mojo(project, "validate", validateLog).execute();
        Mojo bundle = mojo(project, "bundle", bundleLog);
        set(bundle, "failOnWarning", true);

        MojoFailureException e = assertThrows(MojoFailureException.class, bundle::execute);

        assertTrue(e.getMessage(), e.getMessage().startsWith("Articles have 1 warning and failOnWarning is set"));
        assertEquals(1, validateLog.at("warn").size());
        assertEquals("already printed by validate", List.of(), bundleLog.at("warn"));
        assertEquals(List.of(SUMMARY), bundleLog.at("error"));
    }

    public void testErrorsArePrintedOnceAndBothGoalsFail() throws Exception {
        MavenProject project = project("bad");
        CapturingLog log = new CapturingLog();

        assertThrows(MojoFailureException.class, mojo(project, "validate", log)::execute);
        assertThrows(MojoFailureException.class, mojo(project, "bundle", log)::execute);

        List<String> errors = log.at("error");
        assertEquals(log.toString(), List.of(
                "src/main/articles/2026-02-06-no-title.md:[1,1] front-matter.title: missing 'title' in front matter",
                "Articles: 3 checked, 2 errors, 0 warnings (front-matter.date: 1, front-matter.title: 1)",
                "Articles: 3 checked, 2 errors, 0 warnings (front-matter.date: 1, front-matter.title: 1)"),
                errors.stream().filter(l -> !l.startsWith("src/main/articles/2026/bad-date.md:")).toList());
        assertEquals(log.toString(), 1,
                errors.stream().filter(l -> l.startsWith("src/main/articles/2026/bad-date.md:[3,7]")).count());
    }

    public void testAnotherProjectPrintsItsOwnDiagnostics() throws Exception {
        // Two modules with the same relative paths: the lines are equal text but belong to different projects.
        CapturingLog first = new CapturingLog();
        CapturingLog second = new CapturingLog();

        mojo(project("warning"), "validate", first).execute();
        mojo(readProject(fixture("warning", "-other-module")), "validate", second).execute();

        assertEquals(1, first.at("warn").size());
        assertEquals(1, second.at("warn").size());
    }
}

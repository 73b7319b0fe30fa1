package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecutionException;
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

    public void testBundleTakesTheArticlesValidateRenderedInsteadOfReadingThemAgain() throws Exception {
        MavenProject project = project("good");
        validateAsked(project, "articles:validate", "articles:bundle").execute();
        assertEquals("validate parked its renders", 1, parked(project).size());

        // Between the goals the article's bytes change but neither its size nor its time, so its check is recalled. A
        // bundle that read it again would notice and stop; one that takes validate's render writes what was checked.
        changeUnseen(project);
        mojo(project, "bundle", new CapturingLog()).execute();

        assertTrue(Files.readString(json(project), StandardCharsets.UTF_8).contains("\"title\": \"Hello, world\""));
        assertEquals("the bundle took them", List.of(), parked(project));
    }

    public void testWithNoBundleToFollowValidateRendersNothingAndTheBundleReadsAgain() throws Exception {
        MavenProject project = project("good");
        validateAsked(project, "validate").execute();
        assertEquals(List.of(), parked(project));

        changeUnseen(project);
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                mojo(project, "bundle", new CapturingLog())::execute);
        assertTrue(e.getMessage(), e.getMessage().contains("changed or could not be rendered while the bundle was "
                + "written; build again"));
    }

    public void testABundleBoundInThePomFollowsOnlyInALaterPhase() throws Exception {
        MavenProject project = project("good");
        PluginExecution execution = new PluginExecution();
        execution.setGoals(List.of("validate", "bundle"));
        project.getBuild().getPlugins().get(0).addExecution(execution);

        ValidateMojo asked = validateAsked(project, "clean", "validate");
        assertFalse(asked.rendersForBundle());
        assertTrue(validateAsked(project, "clean", "package").rendersForBundle());
        assertTrue(validateAsked(project, "install").rendersForBundle());
        project.getBuild().getPlugins().get(0).getExecutions().clear();
        assertFalse(validateAsked(project, "install").rendersForBundle());
    }

    /** The validate goal of a build whose command line asked for {@code goals}. */
    private ValidateMojo validateAsked(MavenProject project, String... goals) throws Exception {
        ValidateMojo validate = mojo(project, "validate", new CapturingLog());
        ((MavenSession) field(validate, "session")).getRequest().setGoals(List.of(goals));
        return validate;
    }

    /** Rewrites the first article with other bytes of the same length, and puts its time back. */
    private static void changeUnseen(MavenProject project) throws IOException {
        Path hello = project.getBasedir().toPath().resolve("src/main/articles/2026-02-05-hello-world.md");
        FileTime time = Files.getLastModifiedTime(hello);
        Files.writeString(hello, Files.readString(hello, StandardCharsets.UTF_8)
                .replace("title: Hello, world", "title: Howdy, world"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(hello, time);
    }

    private static Path json(MavenProject project) {
        return project.getBasedir().toPath()
                .resolve("target/classes/META-INF/articles/good-site/articles/2026-02-05-hello-world.json");
    }

    /** The parked renders' files in the project's state folder. */
    private static List<Path> parked(MavenProject project) throws IOException {
        Path state = project.getBasedir().toPath().resolve("target/articles/state");
        try (Stream<Path> files = Files.list(state)) {
            return files.filter(f -> f.getFileName().toString().startsWith("parked-")).toList();
        }
    }
}

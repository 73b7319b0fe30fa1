package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/** The {@code validate} goal, configured by the harness from the generated descriptor and a fixture POM. */
public class ValidateMojoTest extends ArticlesMojoTestCase {

    private static final String NO_TITLE =
            "src/main/articles/2026-02-06-no-title.md:[1,1] front-matter.title: missing 'title' in front matter";
    private static final String BAD_DATE_PREFIX = "src/main/articles/2026/bad-date.md:[3,7] front-matter.date: "
            + "'2026-02-30 17:08:42 +0000' is not a real calendar date";
    private static final String FUTURE_PREFIX =
            "src/main/articles/2999-01-01-far-future.md:[3,7] front-matter.date-future: the article is dated "
                    + "2999-01-01T00:00:00Z, after the build time";

    public void testDefaultsAreEvaluatedAgainstTheProject() throws Exception {
        MavenProject project = project("warning");
        Mojo mojo = mojo(project, "validate", new CapturingLog());

        assertEquals(new File(project.getBasedir(), "src/main/articles"), field(mojo, "contentDirectory"));
        assertNull("not set: UTC, and dates without offset get a warning", field(mojo, "timeZone"));
        assertEquals("UTF-8", field(mojo, "encoding")); // ${project.build.sourceEncoding}
        assertEquals(Boolean.FALSE, field(mojo, "skip"));
        assertEquals(Boolean.FALSE, field(mojo, "failOnWarning"));
        assertEquals(Boolean.FALSE, field(mojo, "includeDrafts"));
        // Maven injects an empty list for an unset List parameter; the engine must read that as "the defaults".
        assertEquals(List.of(), field(mojo, "includes"));
        assertEquals(List.of(), field(mojo, "excludes"));
        assertSame(project, field(mojo, "project"));
    }

    public void testPomConfigurationWins() throws Exception {
        Mojo mojo = mojo(project("good"), "validate", new CapturingLog());

        assertEquals("Asia/Tokyo", field(mojo, "timeZone"));
    }

    public void testUserPropertiesConfigureTheGoal() throws Exception {
        Properties props = new Properties();
        props.setProperty("articles.failOnWarning", "true");
        props.setProperty("articles.timeZone", "+09:00");
        props.setProperty("articles.includes", "**/*.md,**/*.txt");
        Mojo mojo = mojo(project("warning"), "validate", new CapturingLog(), props);

        assertEquals(Boolean.TRUE, field(mojo, "failOnWarning"));
        assertEquals("+09:00", field(mojo, "timeZone"));
        assertEquals(List.of("**/*.md", "**/*.txt"), field(mojo, "includes"));
        assertThrows(MojoFailureException.class, mojo::execute);
    }

    public void testGoodContentPasses() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "validate", log);

        mojo.execute();

        assertEquals(List.of("[info] Articles: 3 checked, 0 errors, 0 warnings",
                "[info] Validate: scanned 3 (# ms), checked 3 (# ms), 0 up to date; # ms in all"), log.lines());
        assertEquals("validate writes only its reports and its state", List.of("report.json", "report.sarif",
                "state/checks.bin", "state/quick-validate.bin"),
                filesUnder(new File(project.getBasedir(), "target/articles").toPath()));
        assertFalse("validate writes no bundle", new File(project.getBasedir(), "target/classes").exists());
        assertEquals("validate registers no resources", 1, project.getResources().size());
    }

    public void testErrorsFailWithEveryDiagnosticAndASummary() throws Exception {
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project("bad"), "validate", log);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage(), e.getMessage().startsWith("Articles have 2 errors;"));
        List<String> errors = log.at("error");
        assertEquals(log.toString(), 3, errors.size());
        // Sorted by path, the exact compiler-style line, the path relative to the project folder with '/'.
        assertEquals(NO_TITLE, errors.get(0));
        assertTrue(errors.get(1), errors.get(1).startsWith(BAD_DATE_PREFIX));
        assertEquals("Articles: 3 checked, 2 errors, 0 warnings (front-matter.date: 1, front-matter.title: 1)",
                errors.get(2));
        assertEquals(log.toString(), List.of(), log.at("warn"));
        assertEquals(log.toString(), List.of(), log.at("info"));
        assertFalse("no absolute paths: " + log, log.toString().contains(getBasedir()));
    }

    public void testPathsOutsideTheProjectArePrintedAbsolute() throws Exception {
        MavenProject project = project("good");
        File outside = getTestFile("target/unit-tests/" + getClass().getSimpleName() + "/" + getName() + "-outside");
        deleteTree(outside.toPath());
        Files.createDirectories(outside.toPath());
        Files.writeString(outside.toPath().resolve("untitled.md"),
                "---\ndate: 2026-02-05 17:08:42 +0000\n---\n\nBody.\n");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "validate", log);
        set(mojo, "contentDirectory", outside);

        assertThrows(MojoFailureException.class, mojo::execute);

        String path = outside.toPath().toAbsolutePath().normalize().resolve("untitled.md").toString()
                .replace(File.separatorChar, '/');
        assertEquals(List.of(path + ":[1,1] front-matter.title: missing 'title' in front matter",
                "Articles: 1 checked, 1 error, 0 warnings (front-matter.title: 1)"), log.at("error"));
    }

    public void testIncludesAndExcludesChooseTheArticles() throws Exception {
        Properties props = new Properties();
        props.setProperty("articles.excludes", "2026/**,*-no-title.md");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project("bad"), "validate", log, props);

        mojo.execute(); // both broken files are excluded

        assertEquals(List.of("[info] Articles: 1 checked, 0 errors, 0 warnings",
                "[info] Validate: scanned 1 (# ms), checked 1 (# ms), 0 up to date; # ms in all"), log.lines());

        log = new CapturingLog();
        mojo = mojo(project("bad"), "validate", log);
        set(mojo, "includes", List.of("2026/*.md"));
        assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(log.toString(), 2, log.at("error").size());
        assertTrue(log.toString(), log.at("error").get(0).startsWith(BAD_DATE_PREFIX));
        assertEquals("Articles: 1 checked, 1 error, 0 warnings (front-matter.date: 1)", log.at("error").get(1));
    }

    public void testAWarningAlonePasses() throws Exception {
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project("warning"), "validate", log);

        mojo.execute();

        List<String> warnings = log.at("warn");
        assertEquals(log.toString(), 1, warnings.size());
        assertTrue(warnings.get(0), warnings.get(0).startsWith(FUTURE_PREFIX));
        assertEquals(List.of("Articles: 1 checked, 0 errors, 1 warning (front-matter.date-future: 1)",
                "Validate: scanned 1 (# ms), checked 1 (# ms), 0 up to date; # ms in all"), log.at("info"));
        assertEquals(List.of(), log.at("error"));
    }

    public void testAWarningFailsWithFailOnWarning() throws Exception {
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project("warning"), "validate", log);
        set(mojo, "failOnWarning", true);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage(), e.getMessage().startsWith("Articles have 1 warning and failOnWarning is set"));
        assertEquals(log.toString(), 1, log.at("warn").size());
        assertTrue(log.at("warn").get(0).startsWith(FUTURE_PREFIX));
        assertEquals(List.of("Articles: 1 checked, 0 errors, 1 warning (front-matter.date-future: 1)"), log.at("error"));
    }

    public void testSkipDoesNothingButSaysSo() throws Exception {
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project("bad"), "validate", log);
        set(mojo, "skip", true);

        mojo.execute(); // bad content, but skipped: no failure

        assertEquals(List.of("[info] Skipping articles:validate because articles.skip is true"), log.lines());
    }

    public void testSkipByProperty() throws Exception {
        Properties props = new Properties();
        props.setProperty("articles.skip", "true");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project("bad"), "validate", log, props);

        mojo.execute();

        assertEquals(List.of("[info] Skipping articles:validate because articles.skip is true"), log.lines());
    }

    public void testMissingContentDirectoryIsLeftAlone() throws Exception {
        MavenProject project = project("missing");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "validate", log);

        mojo.execute();

        assertEquals(List.of("[info] No content directory src/main/articles; nothing to validate"), log.lines());
        assertFalse(new File(project.getBasedir(), "src/main/articles").exists());
    }

    public void testUnknownTimeZoneNamesTheParameter() throws Exception {
        // (A blank value counts as not set: UTC.)
        for (String zone : new String[] {"Mars/Olympus_Mons", "+25:00", "JST+"}) {
            CapturingLog log = new CapturingLog();
            Mojo mojo = mojo(project("good"), "validate", log);
            set(mojo, "timeZone", zone);

            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute, zone);

            assertEquals(MojoFailureException.class, e.getClass());
            assertEquals("Invalid configuration of articles:validate: timeZone: unknown time zone '" + zone + "'; use"
                    + " an IANA name such as Asia/Tokyo or an offset such as +09:00", e.getMessage());
            assertNull("no stack trace to show", e.getCause());
            assertEquals("nothing checked", List.of(), log.lines());
        }
    }

    public void testOffsetTimeZoneIsAccepted() throws Exception {
        Mojo mojo = mojo(project("good"), "validate", new CapturingLog());
        set(mojo, "timeZone", " -05:00 ");

        mojo.execute();
    }

    public void testUnknownEncodingNamesTheParameter() throws Exception {
        for (String encoding : new String[] {"no-such-charset", "UTF 8!"}) {
            CapturingLog log = new CapturingLog();
            Mojo mojo = mojo(project("good"), "validate", log);
            set(mojo, "encoding", encoding);

            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute, encoding);

            assertEquals(MojoFailureException.class, e.getClass());
            assertEquals("Invalid configuration of articles:validate: encoding: unknown encoding '" + encoding
                    + "'" + (encoding.equals("UTF 8!") ? " (did you mean 'UTF-8'?)" : "")
                    + "; use a name such as UTF-8 or Shift_JIS", e.getMessage());
            assertNull("no stack trace to show", e.getCause());
            assertEquals("nothing checked", List.of(), log.lines());
        }
    }

    public void testNoSourceEncodingMeansUtf8() throws Exception {
        // What ${project.build.sourceEncoding} gives a project that does not set it.
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project("good"), "validate", log);
        set(mojo, "encoding", null);

        mojo.execute();

        assertEquals(List.of("[info] Articles: 3 checked, 0 errors, 0 warnings",
                "[info] Validate: scanned 3 (# ms), checked 3 (# ms), 0 up to date; # ms in all"), log.lines());
    }
}

package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/** The {@code bundle} goal, configured by the harness from the generated descriptor and a fixture POM. */
public class BundleMojoTest extends ArticlesMojoTestCase {

    private static final List<String> GOOD_BUNDLE = List.of(
            "META-INF/articles/bundles.txt",
            // Named by id: the source path without extension.
            "META-INF/articles/good-site/articles/2026-02-05-hello-world.html",
            "META-INF/articles/good-site/articles/2026-02-05-hello-world.json",
            "META-INF/articles/good-site/articles/2026/2026-02-06-second-post.html",
            "META-INF/articles/good-site/articles/2026/2026-02-06-second-post.json",
            "META-INF/articles/good-site/categories.json",
            "META-INF/articles/good-site/index.json",
            "META-INF/articles/good-site/tags.json");


    private final ObjectMapper json = new ObjectMapper();

    public void testDefaultsAreEvaluatedAgainstTheProject() throws Exception {
        MavenProject project = project("good");
        Mojo mojo = mojo(project, "bundle", new CapturingLog());

        assertEquals("good-site", field(mojo, "bundleName")); // ${project.artifactId}
        assertEquals(new File(project.getBuild().getOutputDirectory()), field(mojo, "outputDirectory"));
        assertEquals(new File(project.getBasedir(), "src/main/articles"), field(mojo, "contentDirectory"));
        assertEquals("Asia/Tokyo", field(mojo, "timeZone")); // from the fixture's <configuration>
    }

    /** A mojo writing to a folder of its own, which the resources step copies to target/classes. */
    private Mojo separateFolderMojo(MavenProject project, CapturingLog log) throws Exception {
        Mojo mojo = mojo(project, "bundle", log);
        set(mojo, "outputDirectory", new File(project.getBuild().getDirectory(), "generated-resources/articles"));
        return mojo;
    }

    public void testWritesIntoTheClassesFolderByDefault() throws Exception {
        MavenProject project = project("good");
        int resources = project.getResources().size();
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);

        mojo.execute();

        assertEquals(GOOD_BUNDLE, filesUnder(Path.of(project.getBuild().getOutputDirectory())));
        assertEquals("nothing to copy: no resource folder added", resources, project.getResources().size());
        assertEquals(List.of("[info] Articles: 3 checked, 0 errors, 0 warnings",
                "[info] Bundle 'good-site': 2 articles; scanned 3 (# ms), checked 3 (# ms), rendered 2 (# ms), 0 up to"
                        + " date; 8 files written, 0 unchanged, 0 deleted (# ms); # ms in all -> target/classes"),
                log.lines());
    }

    /**
     * Maven 3.6.3 (the harness's Maven) packs jars with maven-jar-plugin 2.4, which ignores the timestamp: the bundle
     * goal says so once per build, however many modules or executions bundle in it, and again in the next build.
     */
    public void testAJarPluginIgnoringTheTimestampIsToldOncePerBuild() throws Exception {
        MavenProject project = project("good");
        project.getProperties().setProperty("project.build.outputTimestamp", "2026-01-01T00:00:00Z");
        String told = "[warn] " + OutdatedJarPlugin.warning("good-site", "jar", "2026-01-01T00:00:00Z", "2.4");
        CapturingLog log = new CapturingLog();
        Mojo first = mojo(project, "bundle", log);
        first.execute();
        assertEquals(List.of(told), log.lines().stream().filter(l -> l.contains("outputTimestamp")).toList());

        CapturingLog again = new CapturingLog();
        Mojo second = mojo(readProject(project.getBasedir()), "bundle", again);
        set(second, "session", field(first, "session")); // another module of the same build
        ((MavenProject) field(second, "project")).getProperties()
                .setProperty("project.build.outputTimestamp", "2026-01-01T00:00:00Z");
        second.execute();
        assertEquals(List.of(), again.lines().stream().filter(l -> l.contains("outputTimestamp")).toList());

        CapturingLog next = new CapturingLog();
        mojo(project, "bundle", next).execute(); // the next build
        assertEquals(List.of(told), next.lines().stream().filter(l -> l.contains("outputTimestamp")).toList());

        // Pinned to a version that honours it: nothing to say.
        project.getBuild().getPluginsAsMap().get("org.apache.maven.plugins:maven-jar-plugin").setVersion("3.4.2");
        CapturingLog fixed = new CapturingLog();
        mojo(project, "bundle", fixed).execute();
        assertEquals(List.of(), fixed.lines().stream().filter(l -> l.contains("outputTimestamp")).toList());
    }

    public void testWritesTheBundleUnderOutputDirectory() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        Mojo mojo = separateFolderMojo(project, log);

        mojo.execute();

        Path out = outputDirectory(mojo);
        assertEquals(GOOD_BUNDLE, filesUnder(out));
        assertEquals("good-site\n", Files.readString(out.resolve("META-INF/articles/bundles.txt")));

        JsonNode index = json.readTree(out.resolve("META-INF/articles/good-site/index.json").toFile());
        assertEquals("good-site", index.get("bundle").asText());
        List<String> slugs = new ArrayList<>();
        index.get("articles").forEach(a -> slugs.add(a.get("slug").asText()));
        assertEquals("newest first, draft left out", List.of("second-post", "hello-world"), slugs);
        assertEquals("2026/2026-02-06-second-post", index.get("articles").get(0).get("id").asText());
        assertEquals("/articles/second-post/", index.get("articles").get(0).get("url").asText());
        assertEquals("/articles/assets/", index.get("assetsUrl").asText());
        // No offset in the front matter: the POM's <timeZone>Asia/Tokyo</timeZone> applies.
        assertEquals("2026-02-05T17:08:00+09:00", index.get("articles").get(1).get("date").asText());

        assertEquals(List.of("[info] Articles: 3 checked, 0 errors, 0 warnings",
                "[info] Bundle 'good-site': 2 articles; scanned 3 (# ms), checked 3 (# ms), rendered 2 (# ms), 0 up to"
                        + " date; 8 files written, 0 unchanged, 0 deleted (# ms); # ms in all -> "
                        + "target/generated-resources/articles"), log.lines());
        assertFalse("only the output directory is written",
                new File(project.getBuild().getOutputDirectory()).exists());
    }

    public void testIncludeDraftsAndBundleNameFromProperties() throws Exception {
        Properties props = new Properties();
        props.setProperty("articles.includeDrafts", "true");
        props.setProperty("articles.bundleName", "blog");
        MavenProject project = project("good");
        Mojo mojo = mojo(project, "bundle", new CapturingLog(), props);

        mojo.execute();

        Path out = outputDirectory(mojo);
        assertEquals("blog\n", Files.readString(out.resolve("META-INF/articles/bundles.txt")));
        JsonNode draft = json.readTree(out.resolve("META-INF/articles/blog/articles/2026/2026-02-07-unfinished.json").toFile());
        assertTrue(draft.get("draft").asBoolean());
        assertFalse(Files.exists(out.resolve("META-INF/articles/good-site")));
    }

    public void testRegistersTheOutputDirectoryAsAResourceOnce() throws Exception {
        MavenProject project = project("good");
        int before = project.getResources().size();
        CapturingLog log = new CapturingLog();
        Mojo mojo = separateFolderMojo(project, log);

        mojo.execute();
        mojo.execute();
        Mojo again = separateFolderMojo(project, new CapturingLog()); // a second execution in the same build
        again.execute();

        String dir = outputDirectory(mojo).toAbsolutePath().toString();
        List<Resource> resources = project.getResources();
        assertEquals(before + 1, resources.size());
        assertEquals(1, resources.stream().filter(r -> dir.equals(r.getDirectory())).count());
        Resource added = resources.stream().filter(r -> dir.equals(r.getDirectory())).findFirst().orElseThrow();
        assertTrue("added as is: no filtering, no target path", !added.isFiltering() && added.getTargetPath() == null);
        assertTrue(log.toString(), log.lines().get(log.lines().size() - 1)
                .contains("checked 0 (# ms), rendered 0 (# ms), 3 up to date; 0 files written, 8 unchanged, 0 deleted"));
    }

    public void testDeletesStaleFiles() throws Exception {
        MavenProject project = project("good");
        Mojo mojo = separateFolderMojo(project, new CapturingLog());
        Path out = outputDirectory(mojo);
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        // Left by an earlier build: an article since deleted, in the output folder and in its copy in
        // target/classes, plus files this goal does not own.
        write(out.resolve("META-INF/articles/good-site/articles/deleted.json"), "{}");
        write(out.resolve("META-INF/articles/stray.txt"), "stray");
        write(classes.resolve("META-INF/articles/good-site/articles/deleted.json"), "{}");
        write(classes.resolve("META-INF/articles/good-site/articles/deleted.html"), "<p>old</p>");
        write(classes.resolve("META-INF/articles/good-site/articles/2026-02-05-hello-world.html"),
                "<p>copied earlier</p>");
        write(classes.resolve("META-INF/articles/other-bundle/index.json"), "{}");
        write(classes.resolve("application.properties"), "a=b");
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        assertEquals(GOOD_BUNDLE, filesUnder(out));
        assertEquals(List.of("META-INF/articles/good-site/articles/2026-02-05-hello-world.html",
                "META-INF/articles/other-bundle/index.json", "application.properties"), filesUnder(classes));
        assertTrue(log.toString(), log.toString().contains("4 deleted (# ms)"));
    }

    public void testRenamedBundleLeavesNothingBehind() throws Exception {
        MavenProject project = project("good");
        Mojo first = separateFolderMojo(project, new CapturingLog());
        first.execute();
        Path out = outputDirectory(first);
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        copyTree(out, classes); // what process-resources does next

        Mojo second = separateFolderMojo(project, new CapturingLog());
        set(second, "bundleName", "renamed");
        second.execute();

        assertEquals("renamed\n", Files.readString(out.resolve("META-INF/articles/bundles.txt")));
        assertFalse(Files.exists(out.resolve("META-INF/articles/good-site")));
        assertFalse("the old bundle's copy in target/classes would end up in the jar",
                Files.exists(classes.resolve("META-INF/articles/good-site")));
    }

    public void testErrorsWriteNothing() throws Exception {
        MavenProject project = project("bad");
        List<Resource> before = new ArrayList<>(project.getResources());
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage(), e.getMessage().startsWith("Articles have 2 errors;"));
        assertEquals(log.toString(), 3, log.at("error").size());
        assertFalse(Files.exists(outputDirectory(mojo)));
        assertEquals("only the reports and the state of the checks are written", List.of("articles/report.json",
                "articles/report.sarif", "articles/state/checks.bin", "articles/state/quick-bundle-bad-site.bin"),
                filesUnder(Path.of(project.getBuild().getDirectory())));
        assertEquals(before, project.getResources());
    }

    public void testWarningsStillBundleUnlessFailOnWarning() throws Exception {
        MavenProject project = project("warning");
        Mojo mojo = mojo(project, "bundle", new CapturingLog());
        set(mojo, "failOnWarning", true);

        assertThrows(MojoFailureException.class, mojo::execute);
        assertFalse(Files.exists(outputDirectory(mojo)));

        set(mojo, "failOnWarning", false);
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(log.toString(), log.at("info").get(1).startsWith("Bundle 'warning-site': 1 article; "));
        assertTrue(Files.isRegularFile(outputDirectory(mojo)
                .resolve("META-INF/articles/warning-site/articles/2999-01-01-far-future.json")));
    }

    public void testSkipWritesNothing() throws Exception {
        MavenProject project = project("good");
        int resources = project.getResources().size();
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);
        set(mojo, "skip", true);

        mojo.execute();

        assertEquals(List.of("[info] Skipping articles:bundle because articles.skip is true"), log.lines());
        assertFalse(new File(project.getBuild().getDirectory()).exists());
        assertEquals(resources, project.getResources().size());
    }

    public void testMissingContentDirectoryWritesNothing() throws Exception {
        MavenProject project = project("missing");
        int resources = project.getResources().size();
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);

        mojo.execute();

        assertEquals(List.of("[info] No content directory src/main/articles; nothing to bundle"), log.lines());
        assertFalse(new File(project.getBuild().getDirectory()).exists());
        assertEquals(resources, project.getResources().size());
    }

    public void testContentDirectoryRemovedDeletesTheEarlierBundle() throws Exception {
        MavenProject project = project("good");
        Mojo mojo = separateFolderMojo(project, new CapturingLog());
        mojo.execute();
        Path out = outputDirectory(mojo);
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        copyTree(out, classes); // what the resources step does
        assertTrue(Files.isRegularFile(classes.resolve("META-INF/articles/bundles.txt")));

        set(mojo, "contentDirectory", new File(project.getBasedir(), "src/main/no-articles-here"));
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);
        mojo.execute();

        assertEquals(List.of("[info] No content directory src/main/no-articles-here; nothing to bundle",
                "[info] Removed " + (GOOD_BUNDLE.size() * 2) + " files of an earlier bundle"), log.lines());
        assertEquals(List.of(), filesUnder(out));
        assertEquals(List.of(), filesUnder(classes));
    }

    public void testMissingContentDirectoryStillChecksTheConfiguration() throws Exception {
        Mojo mojo = mojo(project("missing"), "bundle", new CapturingLog());
        set(mojo, "bundleName", "no good");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage(), e.getMessage().startsWith("Invalid configuration of articles:bundle: bundleName: "));

        set(mojo, "bundleName", "fine");
        set(mojo, "permalink", "articles/{slug}/");
        e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Invalid configuration of articles:bundle: permalink: the permalink pattern 'articles/{slug}/'"
                + " must start with '/' (it is a path below siteUrl), such as /articles/{slug}/", e.getMessage());

        set(mojo, "permalink", null);
        set(mojo, "siteFormat", "hugo");
        e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Invalid configuration of articles:bundle: siteFormat: 'hugo' is not a site format; use auto,"
                + " plain or jekyll", e.getMessage());

        set(mojo, "siteFormat", "auto");
        set(mojo, "timeZone", "Nowhere/Special");
        e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage(), e.getMessage().contains("timeZone: unknown time zone 'Nowhere/Special'"));
    }

    public void testThePermalinkMakesTheAddressesOfLinksFeedsAndSitemap() throws Exception {
        MavenProject project = project("good");
        Mojo mojo = mojo(project, "bundle", new CapturingLog());
        set(mojo, "siteUrl", "https://example.com/news/");
        set(mojo, "permalink", "/{year}/{month}/{slug}.html");

        mojo.execute();

        Path classes = Path.of(project.getBuild().getOutputDirectory());
        JsonNode index = json.readTree(classes.resolve("META-INF/articles/good-site/index.json").toFile());
        assertEquals("/2026/02/second-post.html", index.get("articles").get(0).get("url").asText());
        assertEquals("/assets/", index.get("assetsUrl").asText());
        String sitemap = Files.readString(classes.resolve("META-INF/articles/good-site/sitemap.xml"));
        assertTrue(sitemap, sitemap.contains("<loc>https://example.com/news/2026/02/second-post.html</loc>"));
        dev.articles.testing.BundleSchemas.assertValidBundle(classes);
    }

    public void testInvalidBundleNameNamesTheParameter() throws Exception {
        for (String name : new String[] {"my blog", "../escape", ".hidden", "a/b", ""}) {
            MavenProject project = project("good");
            CapturingLog log = new CapturingLog();
            Mojo mojo = mojo(project, "bundle", log);
            set(mojo, "bundleName", name);

            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute, name);

            assertEquals(MojoFailureException.class, e.getClass());
            assertTrue(e.getMessage(), e.getMessage().startsWith("Invalid configuration of articles:bundle: bundleName: "));
            assertTrue(e.getMessage(), e.getMessage().contains("'" + name + "'"));
            assertNull("no stack trace to show", e.getCause());
            assertEquals("nothing checked", List.of(), log.lines());
            assertFalse(name, new File(project.getBuild().getDirectory()).exists());
        }
    }

    public void testInvalidTimeZoneAndEncodingNameTheParameter() throws Exception {
        Mojo mojo = mojo(project("good"), "bundle", new CapturingLog());
        set(mojo, "timeZone", "Nowhere/Special");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(MojoFailureException.class, e.getClass());
        assertTrue(e.getMessage(), e.getMessage().contains("timeZone: unknown time zone 'Nowhere/Special'"));

        set(mojo, "timeZone", "UTC");
        set(mojo, "encoding", "EBCDIC-Klingon");
        e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(MojoFailureException.class, e.getClass());
        assertTrue(e.getMessage(), e.getMessage().contains("encoding: unknown encoding 'EBCDIC-Klingon'"));
    }

    public void testEveryBadParameterOfTheGoalIsNamedInOneFailure() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);
        set(mojo, "siteFormat", "jekyl");
        set(mojo, "timeZone", "Asia/Tokyio");
        set(mojo, "encoding", "UTF-9");
        set(mojo, "rules", java.util.Map.of("heading.dupilcate", "off", "body.marker", "eror"));
        set(mojo, "excerptMaxLength", 0);
        set(mojo, "bundleName", "my blog");
        set(mojo, "siteUrl", "example.com/blog");
        set(mojo, "feedSize", 0);
        set(mojo, "feeds", "ture");

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("Invalid configuration of articles:bundle:\n"
                + "  - siteFormat: 'jekyl' is not a site format (did you mean 'jekyll'?); use auto, plain or jekyll\n"
                + "  - timeZone: unknown time zone 'Asia/Tokyio' (did you mean 'Asia/Tokyo'?); use an IANA name such"
                + " as Asia/Tokyo or an offset such as +09:00\n"
                + "  - encoding: unknown encoding 'UTF-9' (did you mean 'UTF-8'?); use a name such as UTF-8 or"
                + " Shift_JIS\n"
                + "  - rules: unknown level 'eror' (did you mean 'error'?) for the rule 'body.marker'; use error,"
                + " warning, info or off\n"
                + "  - rules: unknown rule 'heading.dupilcate' (did you mean 'heading.duplicate'?); the rule ids are"
                + " listed in the rule reference (rules.md of the plugin's documentation)\n"
                + "  - excerptMaxLength must be at least 1, not 0\n"
                + "  - bundleName: the bundle name 'my blog' must start with a letter or digit and contain only letters,"
                + " digits, '.', '_' and '-' (at most 128 characters)\n"
                + "  - feeds: 'ture' is not a choice (did you mean 'true'?); use auto, true or false\n"
                + "  - siteUrl: 'example.com/blog' is not an http or https address; write an absolute http or https"
                + " address such as https://example.com/ or https://example.com/blog/\n"
                + "  - feedSize: 0 is not a number of articles; use 1 or more (default 20)", e.getMessage());
        assertNull("no stack trace to show", e.getCause());
        assertEquals("nothing checked", List.of(), log.lines());
    }

    public void testFeedsFalseLeavesThemOutAlsoWithASiteUrl() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);
        set(mojo, "siteUrl", "https://example.com/");
        set(mojo, "feeds", "false");

        mojo.execute();

        assertEquals(GOOD_BUNDLE, filesUnder(Path.of(project.getBuild().getOutputDirectory())));
        assertEquals(List.of(), log.at("warn"));
    }

    public void testFeedsTrueWithoutTheSiteAddressWarns() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);
        set(mojo, "feeds", "TRUE");

        mojo.execute();

        assertEquals(GOOD_BUNDLE, filesUnder(Path.of(project.getBuild().getOutputDirectory())));
        assertEquals(List.of("Bundle 'good-site' has no feeds (feed.xml, feed.json) and no sitemap.xml: feeds is true"
                + " but the site's address is not known; set siteUrl to it (<siteUrl>https://example.com/</siteUrl>,"
                + " or -Darticles.siteUrl=https://example.com/)"), log.at("warn"));
    }

    public void testFeedsTrueWithASiteUrlMakesThem() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);
        set(mojo, "siteUrl", "https://example.com/");
        set(mojo, "feeds", "true");

        mojo.execute();

        assertTrue(Files.isRegularFile(Path.of(project.getBuild().getOutputDirectory(),
                "META-INF/articles/good-site/feed.xml")));
        assertEquals(List.of(), log.at("warn"));
    }

    public void testFeedParametersDefaults() throws Exception {
        Mojo mojo = mojo(project("good"), "bundle", new CapturingLog());
        assertNull(field(mojo, "siteUrl"));
        assertNull("plain content gets /articles/{slug}/", field(mojo, "permalink"));
        assertEquals("auto", field(mojo, "siteFormat"));
        assertEquals(20, field(mojo, "feedSize"));
        assertEquals("auto", field(mojo, "feeds"));
        assertEquals("good-site", field(mojo, "feedTitle")); // ${project.name}: the artifactId when <name> is absent
        assertNull(field(mojo, "feedAuthor"));
        assertNull(field(mojo, "feedLanguage"));
    }

    public void testWithASiteUrlTheBundleHasFeedsAndASitemapAndNoWarning() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);
        set(mojo, "siteUrl", "https://example.com/news");
        set(mojo, "feedLanguage", "en");

        mojo.execute();

        Path classes = Path.of(project.getBuild().getOutputDirectory());
        List<String> expected = new ArrayList<>(GOOD_BUNDLE);
        expected.addAll(List.of("META-INF/articles/good-site/feed.json", "META-INF/articles/good-site/feed.xml",
                "META-INF/articles/good-site/sitemap.xml"));
        expected.sort(null);
        assertEquals(expected, filesUnder(classes));
        assertEquals(List.of(), log.at("warn"));
        assertTrue(log.toString(), log.at("info").get(1).contains("; 11 files written, 0 unchanged, 0 deleted"));
        String atom = Files.readString(classes.resolve("META-INF/articles/good-site/feed.xml"), StandardCharsets.UTF_8);
        assertTrue(atom, atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"
                + "  <id>https://example.com/news/feed.xml</id>\n  <title>good-site</title>\n"));
        assertTrue(atom, atom.contains("<id>https://example.com/news/articles/second-post/</id>"));
        dev.articles.testing.BundleSchemas.assertValidBundle(classes);
    }

    public void testBadFeedParametersAreNamedTogether() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        Mojo mojo = mojo(project, "bundle", log);
        set(mojo, "siteUrl", "example.com/blog");
        set(mojo, "permalink", "/{yyyy}/{slug}");
        set(mojo, "feedSize", 0);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("Invalid configuration of articles:bundle:\n"
                + "  - permalink: the permalink pattern '/{yyyy}/{slug}' has the unknown placeholder {yyyy}; use"
                + " {slug}, {year}, {month}, {day}\n"
                + "  - siteUrl: 'example.com/blog' is not an http or https address; write an absolute http or https"
                + " address such as https://example.com/ or https://example.com/blog/\n"
                + "  - feedSize: 0 is not a number of articles; use 1 or more (default 20)", e.getMessage());
        assertNull("no stack trace to show", e.getCause());
        assertEquals("nothing checked", List.of(), log.lines());
    }

    private Path outputDirectory(Mojo mojo) throws IllegalAccessException {
        return ((File) field(mojo, "outputDirectory")).toPath();
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        for (String rel : filesUnder(from)) {
            Path target = to.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(rel), target);
        }
    }
}

package dev.articles.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/** The {@code new} goal, configured by the harness from the generated descriptor, a fixture POM and {@code -D}s. */
public class NewMojoTest extends ArticlesMojoTestCase {
    /** 2026-02-10 18:30:05 in Tokyo, the "good" fixture's time zone. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T09:30:05.5Z"), ZoneOffset.UTC);

    private NewMojo newMojo(MavenProject project, CapturingLog log, String... properties) throws Exception {
        Properties props = new Properties();
        for (int i = 0; i < properties.length; i += 2) {
            props.setProperty(properties[i], properties[i + 1]);
        }
        NewMojo mojo = mojo(project, "new", log, props);
        mojo.clock = CLOCK;
        return mojo;
    }

    public void testDefaults() throws Exception {
        Mojo mojo = mojo(project("good"), "new", new CapturingLog());
        assertNull(field(mojo, "title"));
        assertNull(field(mojo, "slug"));
        assertEquals("{yyyy}", field(mojo, "newArticleFolder"));
        assertEquals(Boolean.TRUE, field(mojo, "draft"));
        assertEquals(List.of(), field(mojo, "tags"));
        assertEquals("Asia/Tokyo", field(mojo, "timeZone"));
    }

    public void testCreatesAnArticleThatValidatePasses() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        newMojo(project, log, "title", "Second thoughts: part 2", "tags", "maven,ドキュメント", "categories",
                "Notes", "author", "Jane Doe").execute();

        Path file = project.getBasedir().toPath().resolve("src/main/articles/2026/2026-02-10-second-thoughts-part-2.md");
        assertEquals(List.of("[info] Created src/main/articles/2026/2026-02-10-second-thoughts-part-2.md"
                + " (slug 'second-thoughts-part-2')", "[info] It is a draft: write the article in place of 'Write the article here.', then delete the line"
                        + " 'draft: true' to publish it"), log.lines());
        assertEquals("""
                ---
                title: "Second thoughts: part 2"
                date: 2026-02-10 18:30:05 +0900
                categories: ["Notes"]
                tags: ["maven", "ドキュメント"]
                author: "Jane Doe"
                draft: true
                ---

                Write the article here.
                """, Files.readString(file, StandardCharsets.UTF_8));

        // A fresh project: the harness merged the new goal's parameters into this one's plugin configuration.
        CapturingLog validateLog = new CapturingLog();
        mojo(readProject(project.getBasedir()), "validate", validateLog).execute();
        assertEquals("[info] Articles: 4 checked, 0 errors, 0 warnings", validateLog.lines().get(0));
    }

    /**
     * {@code -Ddraft=false}: the article is kept, its placeholder is a warning of the goal, and validate refuses it
     * until it is written.
     */
    public void testAPublishedArticleKeepsValidateFailingUntilItIsWritten() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        newMojo(project, log, "title", "Published", "draft", "false").execute();
        String placeholder = "src/main/articles/2026/2026-02-10-published.md:[6,1] body.placeholder: the placeholder"
                + " 'Write the article here.' that articles:new wrote is still in this published article; write the"
                + " article in its place, or mark the article 'draft: true' until it is written";
        assertEquals(List.of("[warn] " + placeholder,
                "[info] Created src/main/articles/2026/2026-02-10-published.md (slug 'published')"), log.lines());
        Path file = project.getBasedir().toPath().resolve("src/main/articles/2026/2026-02-10-published.md");
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("draft"));

        CapturingLog validateLog = new CapturingLog();
        assertThrows(MojoFailureException.class, mojo(readProject(project.getBasedir()), "validate",
                validateLog)::execute);
        assertEquals("[error] " + placeholder, validateLog.lines().get(0));
    }

    public void testWarningsAreShownAndTheArticleKept() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        newMojo(project, log, "title", "Spelling", "tags", "Maven").execute();
        assertEquals(List.of("[warn] src/main/articles/2026/2026-02-10-spelling.md:[4,8] taxonomy.variant: the tag"
                + " 'Maven' is written 'maven' 2 times elsewhere (as in 2026-02-05-hello-world.md:4); use one spelling,"
                + " 'maven', everywhere",
                "[info] Created src/main/articles/2026/2026-02-10-spelling.md (slug 'spelling')", "[info] It is a draft: write the article in place of 'Write the article here.', then delete the line"
                        + " 'draft: true' to publish it"),
                log.lines());
        assertTrue(Files.isRegularFile(project.getBasedir().toPath()
                .resolve("src/main/articles/2026/2026-02-10-spelling.md")));
    }

    public void testAnExistingFileIsLeftAlone() throws Exception {
        MavenProject project = project("good");
        newMojo(project, new CapturingLog(), "title", "Once").execute();
        Path file = project.getBasedir().toPath().resolve("src/main/articles/2026/2026-02-10-once.md");
        Files.writeString(file, "edited\n", StandardCharsets.UTF_8);

        MojoFailureException e = assertThrows(MojoFailureException.class,
                newMojo(project, new CapturingLog(), "title", "Once")::execute);
        assertEquals("No article created in src/main/articles: 2026/2026-02-10-once.md exists already; it was left"
                + " as it is (choose another slug with -Dslug, or edit that article)", e.getMessage());
        assertEquals("edited\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    public void testASlugInUseIsRefused() throws Exception {
        MavenProject project = project("good");
        List<String> before = filesUnder(project.getBasedir().toPath());
        CapturingLog log = new CapturingLog();
        MojoFailureException e = assertThrows(MojoFailureException.class, newMojo(project, log,
                "title", "Second post", "slug", "Second-Post")::execute);
        // The error is the refusal; the warning is printed.
        assertEquals("No article created in src/main/articles: the new article 2026/2026-02-10-Second-Post.md would"
                + " not pass the checks, so it was not kept:\n"
                + "  src/main/articles/2026/2026-02-10-Second-Post.md:[1,1] url.duplicate: the address"
                + " '/articles/Second-Post/' is also the address of 2026/2026-02-06-second-post.md:1"
                + " ('/articles/second-post/') (addresses that differ only in case or Unicode composition are one file"
                + " on many web servers); give one of them another 'slug:' or 'permalink:'\n"
                + "Choose another slug with -Dslug.", e.getMessage());
        assertEquals(List.of("[warn] src/main/articles/2026/2026-02-10-Second-Post.md:[2,8] title.duplicate: the title"
                + " 'Second post' is also used by 2026/2026-02-06-second-post.md:2; give each article its own title"),
                log.lines());
        List<String> after = filesUnder(project.getBasedir().toPath()).stream()
                .filter(f -> !f.startsWith("target/")).toList();
        assertEquals(before, after);
    }

    public void testAJapaneseTitleNeedsASlug() throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                newMojo(project("good"), new CapturingLog(), "title", "記事をソースコードとして扱う")::execute);
        assertEquals("No article created in src/main/articles: the title '記事をソースコードとして扱う' has letters that a"
                + " slug cannot carry ('記事をソースコードとして扱う'); choose the slug; give it with -Dslug, e.g."
                + " -Dslug=my-first-article", e.getMessage());
    }

    public void testABadSlugIsRefused() throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                newMojo(project("good"), new CapturingLog(), "title", "Hello", "slug", "a b")::execute);
        assertEquals("No article created in src/main/articles: the slug cannot be used: the slug 'a b' contains"
                + " white space; use '-' instead (parameter slug, -Dslug)", e.getMessage());
    }

    public void testATitleIsRequired() throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                newMojo(project("good"), new CapturingLog())::execute);
        assertEquals("Invalid configuration of articles:new: title: not set; articles:new needs the new article's"
                + " title: mvn articles:new -Dtitle=\"Hello, World\" (and -Dslug=hello-world to choose its slug)",
                e.getMessage());
    }

    public void testAFolderOutsideIsRefused() throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class, newMojo(project("good"),
                new CapturingLog(), "title", "Hello", "articles.newArticleFolder", "../{yyyy}")::execute);
        assertEquals("No article created in src/main/articles: the folder '../{yyyy}' leads out of the content"
                + " directory ('..'); give a folder below it (parameter newArticleFolder, property"
                + " articles.newArticleFolder: '../{yyyy}')", e.getMessage());
    }

    public void testTheFirstArticleMakesTheContentDirectory() throws Exception {
        MavenProject project = project("missing");
        CapturingLog log = new CapturingLog();
        newMojo(project, log, "title", "First", "articles.newArticleFolder", "", "draft", "true").execute();
        File file = new File(project.getBasedir(), "src/main/articles/2026-02-10-first.md");
        assertTrue(file.isFile());
        assertTrue(Files.readString(file.toPath()).contains("\ndraft: true\n"));
        // No time zone configured: UTC, written with its offset (so no date-no-offset warning either).
        assertTrue(Files.readString(file.toPath()).contains("\ndate: 2026-02-10 09:30:05 +0000\n"));
        assertEquals(List.of("[info] Created src/main/articles/2026-02-10-first.md (slug 'first')", "[info] It is a draft: write the article in place of 'Write the article here.', then delete the line"
                        + " 'draft: true' to publish it"),
                log.lines());
    }

    public void testOneProjectAtATime() throws Exception {
        MavenProject project = project("good");
        NewMojo mojo = newMojo(project, new CapturingLog(), "title", "Hello");
        MavenSession session = newMavenSession(project);
        MavenProject other = readProject(fixture("missing"));
        session.setProjects(List.of(project, other));
        set(mojo, "session", session);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("articles:new makes one article in one project, but this build has 2 projects (good-site,"
                + " missing-site); run it in the content project's folder, or choose the project: mvn -pl <module>"
                + " articles:new -Dtitle=...", e.getMessage());
        assertFalse(new File(other.getBasedir(), "src/main/articles").exists());
    }
}

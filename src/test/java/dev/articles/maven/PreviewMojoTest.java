package dev.articles.maven;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/** The {@code preview} goal as Maven configures it: its parameters, bad values, and a run stopped by hand. */
public class PreviewMojoTest extends ArticlesMojoTestCase {

    private static final Duration WAIT = Duration.ofSeconds(60);

    public void testDefaultsAndProperties() throws Exception {
        MavenProject project = project("good");
        PreviewMojo mojo = mojo(project, "preview", new CapturingLog());
        assertEquals(4000, field(mojo, "port"));
        assertEquals("127.0.0.1", field(mojo, "bindAddress"));
        assertEquals("Asia/Tokyo", field(mojo, "timeZone")); // the same settings as validate and bundle

        Properties user = new Properties();
        user.setProperty("articles.port", "4100");
        user.setProperty("articles.bindAddress", "0.0.0.0");
        PreviewMojo set = mojo(project, "preview", new CapturingLog(), user);
        assertEquals(4100, field(set, "port"));
        assertEquals("0.0.0.0", field(set, "bindAddress"));
    }

    private String failure(PreviewMojo mojo, MavenProject project) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertFalse("nothing rendered", new File(project.getBuild().getDirectory(), "articles/preview").exists());
        return e.getMessage();
    }

    private static <T extends Throwable> T assertThrows(Class<T> type, org.junit.jupiter.api.function.Executable run) {
        return org.junit.jupiter.api.Assertions.assertThrows(type, run);
    }

    public void testBadPortsAreRefused() throws Exception {
        MavenProject project = project("good");
        for (int port : new int[] {-1, 65536}) {
            PreviewMojo mojo = mojo(project, "preview", new CapturingLog());
            set(mojo, "port", port);
            assertEquals("Invalid configuration of articles:preview: port: " + port + " is not a port; use 1 to 65535,"
                    + " or 0 for any free port", failure(mojo, project));
        }
    }

    public void testBadAddressesAreRefused() throws Exception {
        MavenProject project = project("good");
        PreviewMojo mojo = mojo(project, "preview", new CapturingLog());
        set(mojo, "bindAddress", "no such host");
        assertEquals("Invalid configuration of articles:preview: bindAddress: 'no such host' is not an IP address or"
                + " a known host name; use 127.0.0.1 for this machine only, or 0.0.0.0 for every network interface",
                failure(mojo, project));

        PreviewMojo blank = mojo(project, "preview", new CapturingLog());
        set(blank, "bindAddress", " ");
        assertEquals("Invalid configuration of articles:preview: bindAddress: it is empty; use 127.0.0.1 for this"
                + " machine only", failure(blank, project));

        PreviewMojo both = mojo(project, "preview", new CapturingLog());
        set(both, "bindAddress", " ");
        set(both, "port", 70000);
        set(both, "timeZone", "Asia/Tokyio");
        assertEquals("Invalid configuration of articles:preview:\n"
                + "  - timeZone: unknown time zone 'Asia/Tokyio' (did you mean 'Asia/Tokyo'?); use an IANA name such"
                + " as Asia/Tokyo or an offset such as +09:00\n"
                + "  - port: 70000 is not a port; use 1 to 65535, or 0 for any free port\n"
                + "  - bindAddress: it is empty; use 127.0.0.1 for this machine only", failure(both, project));
    }

    public void testABadSiteUrlIsRefusedAsBundleRefusesIt() throws Exception {
        MavenProject project = project("good");
        PreviewMojo mojo = mojo(project, "preview", new CapturingLog());
        set(mojo, "siteUrl", "example.com");
        String message = failure(mojo, project);
        assertTrue(message, message.startsWith("Invalid configuration of articles:preview: siteUrl: "));
    }

    public void testAnAddressOfAnotherMachineIsRefused() throws Exception {
        MavenProject project = project("good");
        PreviewMojo mojo = mojo(project, "preview", new CapturingLog());
        set(mojo, "bindAddress", "192.0.2.1"); // TEST-NET-1: never an address of this machine
        set(mojo, "port", 0);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage(), e.getMessage().startsWith("Cannot start the preview on 192.0.2.1:0 (parameters "
                + "bindAddress and port, properties articles.bindAddress and articles.port): "));
    }

    public void testAPortInUseIsNamed() throws Exception {
        MavenProject project = project("good");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            PreviewMojo mojo = mojo(project, "preview", new CapturingLog());
            set(mojo, "port", port);
            assertEquals("Cannot start the preview on 127.0.0.1:" + port + ": the port " + port + " is already in use "
                    + "(another preview or server?); stop that program or choose another port with "
                    + "-Darticles.port=..., or 0 for any free port", failure(mojo, project));
        }
    }

    public void testSkipAndMissingContentDoNothing() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        PreviewMojo skipped = mojo(project, "preview", log);
        set(skipped, "skip", true);
        skipped.execute();
        assertEquals(List.of("[info] Skipping articles:preview because articles.skip is true"), log.lines());

        CapturingLog none = new CapturingLog();
        PreviewMojo missing = mojo(project("missing"), "preview", none);
        missing.execute();
        assertEquals(List.of("[info] No content directory src/main/articles; nothing to preview"), none.lines());
    }

    public void testServesUntilStopped() throws Exception {
        MavenProject project = project("good");
        CapturingLog log = new CapturingLog();
        PreviewMojo mojo = mojo(project, "preview", log);
        set(mojo, "port", 0);
        set(mojo, "siteUrl", "https://example.com/"); // as bundle has it: the feeds and sitemap are rendered too
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread running = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        running.start();
        try {
            String address = awaitAddress(log, running);
            assertTrue(address, address.matches("http://127\\.0\\.0\\.1:\\d+/"));
            HttpResponse<String> index = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                    .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, index.statusCode());
            assertTrue(index.body(), index.body().contains("<a class=\"title\" href=\"/articles/hello-world/\">"));
            assertTrue(index.body(), index.body().contains(" · <a href=\"/bundle/feed.xml\">feed.xml</a> · <a href=\""
                    + "/bundle/feed.json\">feed.json</a> · <a href=\"/bundle/sitemap.xml\">sitemap.xml</a></p>"));
            // The reports are written as validate and bundle write them.
            assertTrue(Files.isRegularFile(Path.of(project.getBuild().getDirectory(), "articles/report.sarif")));
        } finally {
            mojo.stop();
            running.join(WAIT.toMillis());
        }
        assertFalse("the goal ended", running.isAlive());
        assertNull(failed.get());
        List<String> lines = log.lines();
        assertEquals("[info] Preview stopped", lines.get(lines.size() - 1));
        assertTrue(log.toString(), lines.get(0).startsWith("[info] Preview build 1: 2 articles, 0 errors, 0 warnings;"));
        assertEquals(0, log.at("error").size());
    }

    /** Waits for the goal's "Preview at" line and returns its address. */
    private static String awaitAddress(CapturingLog log, Thread running) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end && running.isAlive()) {
            for (String line : log.at("info")) {
                if (line.startsWith("Preview at ")) {
                    assertTrue(line, line.endsWith(" (Ctrl-C stops it)"));
                    return line.substring("Preview at ".length(), line.indexOf(' ', "Preview at ".length()));
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no address logged: " + log);
    }
}

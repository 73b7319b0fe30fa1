package dev.articles.maven;

import dev.articles.core.build.ContentBuild;
import dev.articles.core.build.ToolVersion;
import dev.articles.core.bundle.FeedSettings;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.preview.Preview;
import dev.articles.core.preview.PreviewOptions;
import dev.articles.core.preview.PreviewState;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.ContentRequest;
import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves the rendered articles on a local address while you write: an index page (titles, dates, tags, reading
 * time) and each article's page, with the current findings on every page. The content is checked and rendered with
 * the same settings and engine as {@code articles:bundle} (into {@code target/articles/preview/}, not the jar), again
 * whenever a file under {@code contentDirectory} changes, and the open page reloads itself. When the content has
 * errors, the pages list them and keep showing the last good render. Runs until stopped with Ctrl-C.
 *
 * @since 0.1.0
 */
@Mojo(name = "preview", requiresProject = true, threadSafe = true)
public class PreviewMojo extends AbstractRenderingMojo {

    /**
     * The port the preview listens on. {@code 0} picks a free port (the log line names it).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.port", defaultValue = "4000")
    private int port = 4000;

    /**
     * The address the preview listens on. The default, {@code 127.0.0.1}, serves this machine only; {@code 0.0.0.0}
     * serves every network interface (to look at the pages from a phone, say), and so anyone on the network.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.bindAddress", defaultValue = "127.0.0.1")
    private String bindAddress = "127.0.0.1";

    private volatile Preview running;
    /** The findings already printed, so a render prints only the new ones. */
    private Set<String> printed = new HashSet<>();
    /** The last build logged: a render that changed nothing is not logged again. */
    private long logged;

    @Override
    String goal() {
        return "preview";
    }

    /** The feeds' settings once the configuration is checked; {@code null} without feeds. */
    private FeedSettings feedSettings;

    @Override
    void checkConfiguration(List<String> problems) {
        super.checkConfiguration(problems);
        if (port < 0 || port > 65535) {
            problems.add("port: " + port + " is not a port; use 1 to 65535, or 0 for any free port");
        }
        String problem = addressProblem();
        if (problem != null) {
            problems.add(problem);
        }
        // The feeds as the bundle would have them: a bad siteUrl is refused here too.
        feedSettings = feedSettings(project == null ? "preview" : project.getArtifactId(), problems);
    }

    /** What is wrong with {@code bindAddress}, or {@code null}. */
    private String addressProblem() {
        if (bindAddress == null || bindAddress.isBlank()) {
            return "bindAddress: it is empty; use 127.0.0.1 for this machine only";
        }
        try {
            InetAddress.getByName(bindAddress.strip());
            return null;
        } catch (UnknownHostException e) {
            return "bindAddress: '" + bindAddress + "' is not an IP address or a known host name; use 127.0.0.1 for"
                    + " this machine only, or 0.0.0.0 for every network interface";
        }
    }

    private InetAddress address() throws MojoFailureException {
        try {
            return InetAddress.getByName(bindAddress.strip());
        } catch (UnknownHostException e) { // checked with the configuration: gone since?
            throw invalidConfiguration(List.of(addressProblem()));
        }
    }

    @Override
    void run(ContentRequest request) throws MojoExecutionException, MojoFailureException {
        InetAddress ip = address();
        PreviewOptions options = new PreviewOptions(new InetSocketAddress(ip, port), previewDirectory().toPath(),
                baseDirectory(), ToolVersion.of(pluginVersion()), failOnWarning, ZoneId.systemDefault(), feedSettings);
        Preview preview;
        try {
            preview = Preview.start(request, options, this::rendered);
        } catch (BindException e) {
            throw cannotListen(e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot preview the articles in " + display(contentDirectory) + ": "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid configuration of articles:preview: " + e.getMessage());
        }
        running = preview;
        if (!preview.address().getAddress().isLoopbackAddress()) {
            getLog().warn("The preview listens on " + bindAddress.strip() + ": other machines on the network can "
                    + "read it");
        }
        getLog().info("Preview at " + preview.uri() + " (Ctrl-C stops it)");
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop();
            try {
                finished.await(5, TimeUnit.SECONDS); // the goal's last line before the JVM ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "articles-preview-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            preview.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running, and stopped the preview
            }
            getLog().info("Preview stopped");
            finished.countDown();
        }
    }

    /** Stops the preview: the goal then ends. Ctrl-C runs this in a shutdown hook. */
    void stop() {
        Preview preview = running;
        if (preview != null) {
            preview.close();
        }
    }

    /** The running preview, or {@code null} (for tests). */
    Preview preview() {
        return running;
    }

    /** Not called: the preview checks on every change, and reports each render as it comes. */
    @Override
    void handle(ContentBuild.Stats stats) {
    }

    private MojoFailureException cannotListen(BindException e) {
        String where = (bindAddress.strip().contains(":") ? "[" + bindAddress.strip() + "]" : bindAddress.strip())
                + ":" + port;
        String reason = String.valueOf(e.getMessage());
        if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
            return new MojoFailureException("Cannot start the preview on " + where + ": the port " + port + " is "
                    + "already in use (another preview or server?); stop that program or choose another port with "
                    + "-Darticles.port=..., or 0 for any free port");
        }
        return new MojoFailureException("Cannot start the preview on " + where + " (parameters bindAddress and port, "
                + "properties articles.bindAddress and articles.port): " + reason);
    }

    /** Logs a render: its new findings and one line; and writes the reports, as validate and bundle do. */
    private void rendered(PreviewState state) {
        if (state.build() == logged) {
            return;
        }
        logged = state.build();
        ContentResult result = state.result();
        try {
            writeReports(result);
        } catch (IOException e) {
            getLog().warn("Cannot write the reports to " + display(reportDirectory) + ": " + e.getMessage());
        }
        Set<String> now = new HashSet<>();
        for (Diagnostic d : result.diagnostics()) {
            String line = DiagnosticReport.format(project, d);
            now.add(line);
            if (!printed.contains(line)) {
                switch (d.severity()) {
                    case ERROR -> getLog().error(line);
                    case WARNING -> getLog().warn(line);
                    default -> getLog().info(line);
                }
            }
        }
        for (String line : DiagnosticReport.leftOutLines(project, result)) {
            now.add(line);
            if (!printed.contains(line)) {
                DiagnosticReport.logLeftOut(getLog(), line);
            }
        }
        printed = now;
        long infos = result.count(Severity.INFO);
        String counts = DiagnosticReport.plural(result.count(Severity.ERROR), "error") + ", "
                + DiagnosticReport.plural(result.count(Severity.WARNING), "warning")
                + (infos > 0 ? ", " + DiagnosticReport.plural(infos, "info") : "");
        ContentBuild.Stats s = state.stats();
        if (state.failure() != null) {
            getLog().error("Preview build " + state.build() + " failed: " + state.failure()
                    + "; the pages show the last render");
        } else if (state.current()) {
            getLog().info("Preview build " + state.build() + ": " + DiagnosticReport.plural(s.bundled(), "article")
                    + ", " + counts + "; " + steps(s, true) + "; " + s.totalMillis() + " ms in all");
        } else {
            getLog().warn("Preview build " + state.build() + ": " + counts + "; not rendered (as articles:bundle "
                    + "would write nothing), the pages show " + (state.rendered() ? "the last good render" : "the "
                    + "findings only"));
        }
    }

    private File previewDirectory() {
        String target = project == null || project.getBuild() == null ? "target" : project.getBuild().getDirectory();
        return new File(target, "articles/preview");
    }
}

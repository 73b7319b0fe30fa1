package dev.articles.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's Chromium, run headless and driven through the DevTools protocol over the JDK's WebSocket client: no
 * browser-driver library. One browser, one page ({@link #page()}).
 */
public final class Chromium implements AutoCloseable {
    /** How long one protocol call, a start or a page load may take on a busy machine. */
    public static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Page page;
    private final Path temp;

    /**
     * The Chromium binary, or {@code null} when none is installed: the system property {@code chromium} when set
     * ({@code -Dchromium=/path/to/chromium}), else Debian's.
     */
    public static Path find() {
        String chosen = System.getProperty("chromium");
        for (String c : chosen == null || chosen.isBlank() ? CANDIDATES : List.of(chosen)) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Starts Chromium headless in {@code workDirectory} (emptied first): a fresh profile and its output
     * ({@code chromium.log}) stay there. Its temporary files go to a folder of its own in the system's (a socket's
     * path must be short), deleted on {@link #close()}.
     *
     * @param width the window's width in CSS pixels (device scale 1)
     * @param height its height
     * @param environment variables to add to Chromium's environment ({@code FONTCONFIG_FILE}, say)
     */
    public static Chromium start(Path binary, Path workDirectory, int width, int height,
            Map<String, String> environment) throws IOException, InterruptedException {
        deleteTree(workDirectory);
        Path userDataDir = Files.createDirectories(workDirectory.resolve("profile"));
        Path temp = Files.createTempDirectory("chromium-");
        Path log = workDirectory.resolve("chromium.log");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--lang=en-US", "--window-size=" + width + "," + height,
                "--user-data-dir=" + userDataDir.toAbsolutePath(), "--remote-debugging-port=0", "about:blank"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TMPDIR", temp.toAbsolutePath().toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            Path portFile = userDataDir.resolve("DevToolsActivePort");
            long end = System.nanoTime() + TIMEOUT.toNanos();
            List<String> lines = List.of();
            while (lines.size() < 2) {
                if (!process.isAlive()) {
                    throw new IOException("Chromium ended at its start (exit " + process.exitValue() + "); see " + log);
                }
                if (System.nanoTime() > end) {
                    throw new IOException("Chromium wrote no DevToolsActivePort within " + TIMEOUT + "; see " + log);
                }
                Thread.sleep(50);
                if (Files.isRegularFile(portFile)) {
                    lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                }
            }
            int port = Integer.parseInt(lines.get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            URI list = URI.create("http://127.0.0.1:" + port + "/json/list");
            String socket = null;
            while (socket == null) {
                String body = http.send(HttpRequest.newBuilder(list).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                for (JsonNode target : JSON.readTree(body)) {
                    if (target.path("type").asText().equals("page")) {
                        socket = target.path("webSocketDebuggerUrl").asText();
                        break;
                    }
                }
                if (socket == null) {
                    if (System.nanoTime() > end) {
                        throw new IOException("Chromium shows no page target: " + body);
                    }
                    Thread.sleep(100);
                }
            }
            Page page = new Page(http, URI.create(socket));
            page.call("Page.enable", null);
            page.call("Runtime.enable", null);
            ObjectNode metrics = JSON.createObjectNode().put("width", width).put("height", height)
                    .put("deviceScaleFactor", 1).put("mobile", false);
            page.call("Emulation.setDeviceMetricsOverride", metrics);
            return new Chromium(process, page, temp);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop(process);
            deleteTree(temp);
            throw e;
        }
    }

    private Chromium(Process process, Page page, Path temp) {
        this.process = process;
        this.page = page;
        this.temp = temp;
    }

    public Page page() {
        return page;
    }

    /** Ends the browser (asked to close, so it cleans up after itself) and every process it started. */
    @Override
    public void close() {
        try {
            page.send("Browser.close");
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // stopped below
        }
        page.close();
        stop(process);
        try {
            deleteTree(temp);
        } catch (IOException e) {
            // a file the browser still held: the system's temporary folder is cleaned some day
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly); // a renderer left behind
    }

    /** A page: protocol calls, navigation, script, screenshots. */
    public static final class Page implements WebSocket.Listener {
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final List<JsonNode> events = new ArrayList<>();
        private final StringBuilder partial = new StringBuilder();

        private Page(HttpClient http, URI socket) throws IOException, InterruptedException {
            try {
                this.socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(socket, this)
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("cannot connect to " + socket, e);
            }
        }

        /** Calls a protocol method and returns its result; an error answer fails the test. */
        public JsonNode call(String method, ObjectNode params) throws IOException, InterruptedException {
            int id = ids.incrementAndGet();
            ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
            message.set("params", params == null ? JSON.createObjectNode() : params);
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText(JSON.writeValueAsString(message), true);
            JsonNode response;
            try {
                response = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException(method + " had no answer within " + TIMEOUT, e);
            } finally {
                pending.remove(id);
            }
            if (response.has("error")) {
                throw new IOException(method + " failed: " + response.get("error"));
            }
            return response.path("result");
        }

        /** Opens {@code url} and waits for its load event and its fonts. */
        public void navigate(String url) throws IOException, InterruptedException {
            synchronized (events) {
                events.clear();
            }
            call("Page.navigate", JSON.createObjectNode().put("url", url));
            awaitEvent("Page.loadEventFired");
            evaluate("document.fonts.ready.then(() => document.fonts.status)");
        }

        /** Waits for the next event of this kind since the last navigation. */
        public JsonNode awaitEvent(String method) throws IOException, InterruptedException {
            long end = System.nanoTime() + TIMEOUT.toNanos();
            synchronized (events) {
                while (true) {
                    for (JsonNode e : events) {
                        if (e.path("method").asText().equals(method)) {
                            events.remove(e);
                            return e.path("params");
                        }
                    }
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        throw new IOException("no " + method + " within " + TIMEOUT);
                    }
                    events.wait(Math.max(1, left / 1_000_000));
                }
            }
        }

        /** The value of a JavaScript expression (a promise is awaited), as JSON. */
        public JsonNode evaluate(String expression) throws IOException, InterruptedException {
            ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                    .put("awaitPromise", true);
            JsonNode result = call("Runtime.evaluate", params);
            if (result.has("exceptionDetails")) {
                throw new IOException("the script failed: " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** A PNG of the viewport. */
        public byte[] screenshot() throws IOException, InterruptedException {
            JsonNode result = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
            return Base64.getDecoder().decode(result.path("data").asText());
        }

        /** Sends a call without waiting for its answer (one that ends the browser gets none). */
        private void send(String method) throws IOException {
            ObjectNode message = JSON.createObjectNode().put("id", ids.incrementAndGet()).put("method", method);
            try {
                socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException | InterruptedException e) {
                throw new IOException(method + " could not be sent", e);
            }
        }

        private void close() {
            socket.abort();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        synchronized (events) {
                            events.add(message);
                            events.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("not JSON from Chromium: " + text, e);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}

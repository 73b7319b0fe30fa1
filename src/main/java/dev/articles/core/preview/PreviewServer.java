package dev.articles.core.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * The preview's HTTP server (the JDK's {@link HttpServer}). Serves
 *
 * <ul>
 *   <li>{@code /}: the index page; each article's {@code url} ({@code /articles/{slug}/} by default): its page (the
 *   address without or with an extra trailing {@code /} is redirected there); below the bundle's {@code assetsUrl}
 *   ({@code /articles/assets/} by default): the files articles show. So the bundle's links, relative to each
 *   article's url, work from an article's page;</li>
 *   <li>{@code /bundle/...}: the rendered bundle's files as they are ({@code index.json}, {@code articles/...});</li>
 *   <li>{@code /_preview/tag?name=...}, {@code /_preview/category?name=...}: the articles of a tag or category
 *   ({@link PreviewTaxonomy});</li>
 *   <li>{@code /_preview/build}: the build token the pages poll to reload themselves, and the pages' script and
 *   style.</li>
 * </ul>
 *
 * <p>GET and HEAD only; paths are decoded a segment at a time and never lead out of the bundle folder; every
 * response has an exact content type (UTF-8 for text) and is not cached. Pages may run only the preview's own
 * script (a content security policy), and when the server listens on a loopback address it answers only requests
 * addressed to a loopback name, so a web site cannot read the preview through a DNS name of its own.
 */
final class PreviewServer implements AutoCloseable {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data: http: https:; "
            + "media-src 'self' http: https:; style-src 'self'; script-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** For the content's own files: an SVG opened on its own runs no script. */
    private static final String FILE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
            + "sandbox";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", HTML), Map.entry("htm", HTML),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", TEXT), Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"), Map.entry("bmp", "image/bmp"),
            Map.entry("pdf", "application/pdf"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"), Map.entry("wav", "audio/wav"));

    private final HttpServer server;
    private final ExecutorService executor;
    private final Supplier<PreviewState> state;
    private final PreviewBundle bundle;
    private final PreviewPages pages;
    private final Lock readLock;
    private final boolean loopbackOnly;
    private final byte[] style = resource("preview.css");
    private final byte[] script = resource("reload.js");

    /**
     * Binds the address (but does not serve yet: {@link #start()}).
     *
     * @param readLock held while a page is made, so no render changes the bundle meanwhile
     * @throws java.net.BindException when the address is in use or not one of this machine
     */
    PreviewServer(InetSocketAddress address, Supplier<PreviewState> state, PreviewBundle bundle, PreviewPages pages,
            Lock readLock) throws IOException {
        this.state = state;
        this.bundle = bundle;
        this.pages = pages;
        this.readLock = readLock;
        this.server = HttpServer.create(address, 0);
        this.loopbackOnly = server.getAddress().getAddress().isLoopbackAddress();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, task -> {
            Thread t = new Thread(task, "articles-preview-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    /** The address the server listens on (with the port chosen when 0 was asked for). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** The index page's address; {@code localhost} when the server listens on every address. */
    URI uri() {
        InetSocketAddress a = server.getAddress();
        InetAddress ip = a.getAddress();
        String host = ip.isAnyLocalAddress() ? "localhost"
                : ip instanceof Inet6Address ? "[" + ip.getHostAddress().replaceFirst("%.*", "") + "]"
                : ip.getHostAddress();
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try {
            respond(exchange);
        } catch (IOException | UncheckedIOException e) {
            // the browser went away, or a file vanished mid-read: the page reloads after the render anyway
        } catch (RuntimeException e) {
            try {
                send(exchange, 500, TEXT, ("The preview failed: " + e).getBytes(StandardCharsets.UTF_8), null);
            } catch (IOException | RuntimeException ignored) {
                // headers already sent, or the connection is gone
            }
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, TEXT, bytes("The preview only serves GET and HEAD requests.\n"), null);
            return;
        }
        if (loopbackOnly && !loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
            send(exchange, 403, TEXT, bytes("The preview answers only requests to localhost.\n"), null);
            return;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        List<String> path = PreviewPaths.segments(rawPath);
        if (path == null) {
            send(exchange, 400, TEXT, bytes("Bad path.\n"), null);
            return;
        }
        PreviewTaxonomy taxonomy = path.size() == 2 && path.get(0).equals("_preview")
                ? PreviewTaxonomy.ofPage(path.get(1)) : null;
        if (path.size() == 2 && path.get(0).equals("_preview") && taxonomy == null) {
            switch (path.get(1)) {
                case "build" -> send(exchange, 200, TEXT, bytes(state.get().token()), null);
                case "preview.css" -> send(exchange, 200, TYPES.get("css"), style, null);
                case "reload.js" -> send(exchange, 200, TYPES.get("js"), script, null);
                default -> notFound(exchange, rawPath);
            }
            return;
        }
        readLock.lock();
        try {
            PreviewState now = state.get();
            if (path.isEmpty()) {
                send(exchange, 200, HTML, bytes(pages.index(now, bundle.index(), bundle.feeds())), PAGE_POLICY);
            } else if (taxonomy != null) {
                term(exchange, now, taxonomy, rawPath);
            } else if (!path.get(0).equals("bundle")) {
                page(exchange, now, path, rawPath);
            } else if (path.get(0).equals("bundle") && path.size() > 1) {
                file(exchange, path.subList(1, path.size()), rawPath);
            } else {
                notFound(exchange, rawPath);
            }
        } finally {
            readLock.unlock();
        }
    }

    /** The page of the tag or category the query names; not found when no article of the render has it. */
    private void term(HttpExchange exchange, PreviewState now, PreviewTaxonomy taxonomy, String rawPath)
            throws IOException {
        String term = PreviewPaths.queryValue(exchange.getRequestURI().getRawQuery(), PreviewTaxonomy.NAME);
        List<PreviewBundle.Summary> articles = term == null ? List.of() : taxonomy.select(bundle.index(), term);
        if (articles.isEmpty()) {
            String query = exchange.getRequestURI().getRawQuery();
            notFound(exchange, query == null ? rawPath : rawPath + "?" + query);
            return;
        }
        send(exchange, 200, HTML, bytes(pages.term(now, taxonomy, term, articles)), PAGE_POLICY);
    }

    /** An article's page at its url, else a file below the assets' url, else not found. */
    private void page(HttpExchange exchange, PreviewState now, List<String> path, String rawPath) throws IOException {
        PreviewBundle.Summary article = bundle.articleAt(path);
        if (article != null) {
            if (rawPath.endsWith("/") != article.url().endsWith("/")) {
                // As a web server does: the links in the page are relative to the article's exact address.
                exchange.getResponseHeaders().set("Location", article.url());
                send(exchange, 301, TEXT, bytes("Moved to " + article.url() + "\n"), null);
                return;
            }
            PreviewBundle.Page page = bundle.article(article.id());
            if (page != null) {
                send(exchange, 200, HTML, bytes(pages.article(now, page)), PAGE_POLICY);
                return;
            }
        }
        String assetsUrl = bundle.assetsUrl();
        List<String> assets = assetsUrl == null ? null : PreviewPaths.segments(assetsUrl);
        if (assets != null && path.size() > assets.size() && path.subList(0, assets.size()).equals(assets)) {
            List<String> file = new java.util.ArrayList<>(List.of("assets"));
            file.addAll(path.subList(assets.size(), path.size()));
            file(exchange, file, rawPath);
            return;
        }
        notFound(exchange, rawPath);
    }

    private void file(HttpExchange exchange, List<String> segments, String rawPath) throws IOException {
        Path file = bundle.file(segments);
        byte[] body;
        try {
            body = file == null ? null : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            body = null;
        }
        if (body == null) {
            notFound(exchange, rawPath);
            return;
        }
        String name = segments.get(segments.size() - 1);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        send(exchange, 200, type == null ? "application/octet-stream" : type, body, FILE_POLICY);
    }

    private void notFound(HttpExchange exchange, String rawPath) throws IOException {
        send(exchange, 404, HTML, bytes(pages.notFound(state.get(), rawPath)), PAGE_POLICY);
    }

    /** Sends a whole response; for HEAD, the headers alone, with the length the body would have. */
    private static void send(HttpExchange exchange, int status, String type, byte[] body, String policy)
            throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (policy != null) {
            headers.set("Content-Security-Policy", policy);
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    /** Whether a Host header names this machine's loopback: {@code localhost}, {@code 127.x.x.x} or {@code [::1]}. */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return true; // HTTP/1.0 without a Host header: no name to rebind
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end > 0 && name.substring(1, end).equals("::1");
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        return name.equals("localhost") || name.endsWith(".localhost")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/dev/articles/preview/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks dev/articles/preview/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.articles.core.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.bundle.FeedSettings;
import dev.articles.core.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server over real HTTP (the JDK's client and raw sockets) against a preview on a free port. */
class PreviewServerTest {
    @TempDir
    Path dir;

    PreviewSite site;
    Preview preview;
    final List<PreviewState> renders = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() throws IOException {
        site = new PreviewSite(dir);
        preview = Preview.start(site.request(), site.options(), renders::add, ContentWatcher.Mode.NONE);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(preview.uri().resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(preview.uri().resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request written by hand: the path and headers exactly as given, answered in full. */
    private String raw(String requestLine, String... headers) throws IOException {
        InetSocketAddress a = preview.address();
        try (Socket socket = new Socket(a.getAddress(), a.getPort())) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            boolean host = false;
            for (String h : headers) {
                request.append(h).append("\r\n");
                host |= h.toLowerCase().startsWith("host:");
            }
            if (!host) {
                request.append("Host: 127.0.0.1\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String rawResponse) {
        return Integer.parseInt(rawResponse.substring(9, 12));
    }

    @Test
    void indexListsTheArticlesNewestFirstWithTheirFacts() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
        String page = r.body();
        int main = page.indexOf(PreviewSite.MAIN_TITLE);
        int second = page.indexOf(PreviewSite.SECOND_TITLE);
        int english = page.indexOf(PreviewSite.ENGLISH_TITLE);
        assertTrue(main > 0 && main < second && second < english, "newest first:\n" + page);
        assertTrue(page.contains("<a class=\"title\" href=\"/articles/preview-japanese/\">" + PreviewSite.MAIN_TITLE
                + "</a>"), page);
        assertTrue(page.contains("<time datetime=\"2026-02-10T09:30:00+09:00\">2026-02-10 09:30 +09:00</time>"), page);
        assertTrue(page.contains("<span class=\"reading-time\">1 min read</span><span class=\"author\">by 編集部</span>"
                + "<span class=\"categories\">in <a class=\"category\" href=\"/_preview/category?name="
                + "%E6%8A%80%E8%A1%93%E3%82%AC%E3%82%A4%E3%83%89\">技術ガイド</a></span>"), page);
        assertTrue(page.contains("<p class=\"tags\"><a class=\"tag\" href=\"/_preview/tag?name=Maven\">Maven</a>"
                + "<a class=\"tag\" href=\"/_preview/tag?name=%E6%97%A5%E6%9C%AC%E8%AA%9E\">日本語</a><a class=\"tag\" "
                + "href=\"/_preview/tag?name=%E3%83%97%E3%83%AC%E3%83%93%E3%83%A5%E3%83%BC\">プレビュー</a></p>"), page);
        assertTrue(page.contains("<li lang=\"ja\">"), page);
        assertTrue(page.contains("<html lang=\"en\" data-preview-build=\"" + preview.state().token() + "\">"), page);
    }

    @Test
    void everyPageShowsTheFindingsOfTheCurrentBuild() throws Exception {
        String warning = "<tr class=\"warning\"><td class=\"severity\">warning</td><td class=\"where\"><code>"
                + "src/main/articles/2026-01-20-english-notes.md:[5,15]</code></td><td class=\"rule\"><code>"
                + "reading-time.mismatch</code></td>";
        String index = get("/").body();
        assertTrue(index.contains("<h2>0 errors, 1 warning in 3 articles checked</h2>"), index);
        assertTrue(index.contains(warning), index);
        // An article's page lists its own findings (and every error); the others are counted.
        String english = get("/articles/english-notes/").body();
        assertTrue(english.contains(warning), english);
        String japanese = get("/articles/preview-japanese/").body();
        assertFalse(japanese.contains(warning), japanese);
        assertTrue(japanese.contains("1 finding in other files: see the <a href=\"/#diagnostics\">index</a>."),
                japanese);
    }

    @Test
    void articlePageHasTheRenderedHtmlInItsLanguage() throws Exception {
        HttpResponse<String> r = get("/articles/preview-japanese/");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("<article lang=\"ja\">\n<h1>" + PreviewSite.MAIN_TITLE + "</h1>"), page);
        assertTrue(page.contains("<p>" + PreviewSite.MAIN_PARAGRAPH + "</p>"), page);
        // The page is served at the article's url, /articles/{slug}/, so the bundle's links, relative to it, reach
        // the other articles and the assets.
        assertTrue(page.contains("<a href=\"../tables/\">こちら</a>"), page);
        assertTrue(page.contains("src=\"../assets/2026/images/chart.png\""), page);
        assertTrue(page.contains("Source: <code>src/main/articles/2026/2026-02-10-preview-japanese.md</code>"), page);
        assertEquals(200, get("/articles/tables/").statusCode());
        String english = get("/articles/english-notes/").body();
        assertTrue(english.contains("<article>\n<h1>Notes in plain English</h1>"), "no lang: the page's English");
    }

    @Test
    void assetsAndBundleFilesAreServedWithTheirTypes() throws Exception {
        HttpResponse<byte[]> image = getBytes("/articles/assets/2026/images/chart.png");
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(PreviewSite.png(), image.body());
        assertTrue(image.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"));

        HttpResponse<String> index = get("/bundle/index.json");
        assertEquals("application/json; charset=utf-8", index.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(index.body().contains("\"slug\": \"preview-japanese\""), index.body());
        assertTrue(index.body().contains("\"url\": \"/articles/preview-japanese/\""), index.body());
        assertTrue(index.body().contains("\"assetsUrl\": \"/articles/assets/\""), index.body());
        HttpResponse<String> html = get("/bundle/articles/2026/2026-02-10-preview-japanese.html");
        assertEquals("text/html; charset=utf-8", html.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(html.body().startsWith("<p>" + PreviewSite.MAIN_PARAGRAPH + "</p>"), html.body());

        HttpResponse<String> script = get("/_preview/reload.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("/_preview/build"));
        assertEquals("text/css; charset=utf-8", get("/_preview/preview.css").headers().firstValue("Content-Type")
                .orElseThrow());
        HttpResponse<String> build = get("/_preview/build");
        assertEquals("text/plain; charset=utf-8", build.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(preview.state().token(), build.body());
    }

    @Test
    void pagesMayRunOnlyThePreviewsOwnScript() throws Exception {
        String policy = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertEquals("nosniff", get("/").headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void unknownPathsAreNotFoundPages() throws Exception {
        HttpResponse<String> r = get("/articles/no-such-article");
        assertEquals(404, r.statusCode());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.body().contains("The current render has nothing at <code>/articles/no-such-article</code>"));
        assertTrue(r.body().contains("id=\"diagnostics\""), "findings on every page");
        assertEquals(404, get("/bundle/articles/no-such-article.json").statusCode());
        assertEquals(404, get("/articles/assets/2026/images/none.png").statusCode());
        assertEquals(404, get("/elsewhere").statusCode());
        assertEquals(404, get("/_preview/other").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bundle/../../../../../../../../../../../../../../../../../../../../etc/passwd",
        "/bundle/..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/bundle/../../../../secret.txt", "/bundle/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt",
        "/bundle/%2e%2e/%2e%2e/state/checks.bin", "/articles/assets/../../state/checks.bin",
        "/bundle/articles/..%5C..%5Cindex.json", "/bundle//etc/passwd", "/bundle/%00", "/bundle/%zz",
        "/bundle/%C0%AE%C0%AE/x"})
    void pathsLeavingTheBundleAreRefused(String path) throws Exception {
        Files.writeString(site.work.resolve("secret.txt"), "secret");
        String response = raw("GET " + path + " HTTP/1.1");
        int status = status(response);
        assertTrue(status == 400 || status == 404, path + " -> " + response);
        assertFalse(response.contains("root:") || response.contains("secret") || response.contains("ARTS"), response);
    }

    @Test
    void bundleFilesAreReachableButNothingBesideThem() throws Exception {
        Files.writeString(site.work.resolve("site/META-INF/articles/outside.txt"), "outside");
        String response = raw("GET /bundle/../outside.txt HTTP/1.1");
        assertEquals(400, status(response), response);
        assertFalse(response.contains("outside\n") || response.endsWith("outside"), response);
        assertEquals(200, status(raw("GET /bundle/tags.json HTTP/1.1")));
    }

    @Test
    void linksInsideTheBundleAreNotFollowed() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Path bundle = site.work.resolve("site/META-INF/articles/preview");
        Files.createSymbolicLink(bundle.resolve("link.txt"), secret);
        Files.createSymbolicLink(bundle.resolve("linked-folder"), dir);
        for (String path : List.of("/bundle/link.txt", "/bundle/linked-folder/secret.txt")) {
            String response = raw("GET " + path + " HTTP/1.1");
            assertEquals(404, status(response), response);
            assertFalse(response.contains("secret\n") || response.endsWith("secret"), response);
        }
    }

    @Test
    void onlyGetAndHeadAreServed() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            String response = raw(method + " / HTTP/1.1", "Content-Length: 0");
            assertEquals(405, status(response), response);
            assertTrue(response.contains("Allow: GET, HEAD"), response);
        }
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(preview.uri())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get("/").body().getBytes(StandardCharsets.UTF_8).length,
                Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow()));
    }

    @Test
    void onLoopbackOnlyLoopbackNamesAreAnswered() throws Exception {
        assertEquals(200, status(raw("GET / HTTP/1.1", "Host: localhost:4000")));
        assertEquals(200, status(raw("GET / HTTP/1.1", "Host: [::1]:4000")));
        assertEquals(200, status(raw("GET / HTTP/1.1", "Host: 127.0.0.1")));
        String rebound = raw("GET / HTTP/1.1", "Host: attacker.example:4000");
        assertEquals(403, status(rebound), rebound);
        assertFalse(rebound.contains(PreviewSite.MAIN_TITLE));
        assertEquals(403, status(raw("GET / HTTP/1.1", "Host: 127.0.0.1.attacker.example")));
    }

    @Test
    void japaneseSlugsArePercentEncodedInLinksAndDecodedInRequests() throws Exception {
        site.write("2026-02-20-日本語スラッグ.md", "---\ntitle: \"スラッグも日本語\"\ndate: 2026-02-20 10:00:00 +0900\n---\n\n本文です。\n");
        preview.rebuild();
        String index = get("/").body();
        String href = "/articles/" + PreviewPaths.encode("日本語スラッグ") + "/";
        assertTrue(index.contains("href=\"" + href + "\""), index);
        HttpResponse<String> page = get(href);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>スラッグも日本語</h1>"), page.body());
    }

    /** Each tag and category pill leads to a page of its articles, newest first; Japanese terms included. */
    @Test
    void tagAndCategoryPagesListTheirArticles() throws Exception {
        site.write("2026-02-22-ci.md", "---\ntitle: \"CI の記事\"\ndate: 2026-02-22 10:00:00 +0900\n"
                + "categories: [\"ガイド\"]\ntags: [\"CI/CD\", \"..\", \"日本語\"]\n---\n\n本文です。\n");
        preview.rebuild();
        HttpResponse<String> japanese = get("/_preview/tag?name=%E6%97%A5%E6%9C%AC%E8%AA%9E");
        assertEquals(200, japanese.statusCode());
        assertEquals("text/html; charset=utf-8", japanese.headers().firstValue("Content-Type").orElseThrow());
        String page = japanese.body();
        assertTrue(page.contains("<h1>Tag: 日本語</h1>\n<p class=\"meta\">2 articles, newest first</p>"), page);
        int newer = page.indexOf("<a class=\"title\" href=\"/articles/ci/\">CI の記事</a>");
        int older = page.indexOf("<a class=\"title\" href=\"/articles/preview-japanese/\">" + PreviewSite.MAIN_TITLE
                + "</a>");
        assertTrue(newer > 0 && newer < older, "newest first:\n" + page);
        assertFalse(page.contains(PreviewSite.SECOND_TITLE), page);
        assertTrue(page.contains("<time datetime=\"2026-02-22T10:00:00+09:00\">2026-02-22 10:00 +09:00</time>"), page);

        String guide = get("/_preview/category?name=%E3%82%AC%E3%82%A4%E3%83%89").body();
        assertTrue(guide.contains("<h1>Category: ガイド</h1>\n<p class=\"meta\">2 articles, newest first</p>"), guide);
        assertTrue(guide.contains("href=\"/articles/tables/\""), guide);
        // Terms that would be paths: a slash, dots.
        assertTrue(get("/_preview/tag?name=CI%2FCD").body().contains("<h1>Tag: CI/CD</h1>"));
        assertTrue(get("/_preview/tag?name=..").body().contains("<h1>Tag: ..</h1>"));
        // Every link the index gives leads to a page.
        String index = get("/").body();
        Matcher link = Pattern.compile("href=\"(/_preview/(?:tag|category)\\?name=[^\"]*)\"")
                .matcher(index);
        int links = 0;
        while (link.find()) {
            assertEquals(200, get(link.group(1)).statusCode(), link.group(1));
            links++;
        }
        assertTrue(links >= 10, index);

        assertEquals(400, status(raw("GET /_preview/tag?name=%zz HTTP/1.1")), "a bad escape is a bad request");
        for (String path : List.of("/_preview/tag?name=Nothing", "/_preview/tag", "/_preview/tag?name=%FF",
                "/_preview/category?name=Maven", "/_preview/tag?other=Maven")) {
            String missing = raw("GET " + path + " HTTP/1.1");
            assertEquals(404, status(missing), path);
            assertTrue(missing.contains("The current render has nothing at"), missing);
        }
    }

    /** With a site address the render has the bundle's feeds and sitemap, and the index links them. */
    @Test
    void feedsAreRenderedAndLinkedWithASiteUrl() throws Exception {
        assertTrue(get("/").body().contains("<a href=\"/bundle/index.json\">index.json</a> · no feeds and no sitemap: "
                + "siteUrl is not set</p>"));
        preview.close();
        PreviewOptions plain = site.options();
        PreviewOptions withFeeds = new PreviewOptions(plain.address(), plain.workDirectory(), plain.baseDirectory(),
                plain.toolVersion(), false, plain.zone(), FeedSettings.read("https://example.com/blog/", 20,
                        "Preview site", null, "ja").settings());
        preview = Preview.start(site.request(), withFeeds, s -> { }, ContentWatcher.Mode.NONE);
        assertTrue(get("/").body().contains("<p class=\"meta\">3 articles, newest first · <a href=\"/bundle/index.json\">"
                + "index.json</a> · <a href=\"/bundle/feed.xml\">feed.xml</a> · <a href=\"/bundle/feed.json\">feed.json</a>"
                + " · <a href=\"/bundle/sitemap.xml\">sitemap.xml</a></p>"));
        HttpResponse<String> atom = get("/bundle/feed.xml");
        assertEquals(200, atom.statusCode());
        assertEquals("application/xml; charset=utf-8", atom.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(atom.body().contains("<link rel=\"alternate\" type=\"text/html\" "
                + "href=\"https://example.com/blog/articles/preview-japanese/\"/>"), atom.body());
        assertEquals("application/json; charset=utf-8", get("/bundle/feed.json").headers().firstValue("Content-Type")
                .orElseThrow());
        assertTrue(get("/bundle/sitemap.xml").body().contains("<loc>https://example.com/blog/articles/tables/</loc>"));
    }

    @Test
    void anArticleAddressWithoutItsTrailingSlashIsRedirected() throws Exception {
        HttpResponse<String> r = get("/articles/preview-japanese");
        assertEquals(301, r.statusCode());
        assertEquals("/articles/preview-japanese/", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void articlesAreServedAtTheAddressesOfThePermalink() throws Exception {
        preview.close();
        preview = Preview.start(site.request().withSite(null, "/{year}/{month}/{slug}.html"), site.options(),
                s -> { }, ContentWatcher.Mode.NONE);
        String page = get("/2026/02/preview-japanese.html").body();
        assertTrue(page.contains("<a href=\"tables.html\">こちら</a>"), page);
        assertTrue(page.contains("src=\"../../assets/2026/images/chart.png\""), page);
        assertEquals(200, get("/2026/02/tables.html").statusCode());
        assertEquals(200, getBytes("/assets/2026/images/chart.png").statusCode());
        assertEquals(404, get("/articles/preview-japanese/").statusCode());
        assertTrue(get("/").body().contains("href=\"/2026/02/preview-japanese.html\""));
    }

    @Test
    void titlesAndFindingsAreEscaped() throws Exception {
        site.write("2026-02-25-xss.md", "---\ntitle: \"<script>alert('title')</script> & <b>bold</b>\"\n"
                + "date: 2026-02-25 10:00:00 +0900\ntags: [\"<img src=x onerror=alert(1)>\"]\n---\n\nBody.\n");
        preview.rebuild();
        String index = get("/").body();
        assertFalse(index.contains("<script>alert"), index);
        assertFalse(index.contains("<img src=x"), index);
        assertTrue(index.contains("&lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
                index);
        assertTrue(index.contains("<a class=\"tag\" href=\"/_preview/tag?name=%3Cimg%20src%3Dx%20onerror%3Dalert%281%29"
                + "%3E\">&lt;img src=x onerror=alert(1)&gt;</a>"), index);
        String tagPage = get("/_preview/tag?name=%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E").body();
        assertFalse(tagPage.contains("<img src=x"), tagPage);
        assertTrue(tagPage.contains("<h1>Tag: &lt;img src=x onerror=alert(1)&gt;</h1>"), tagPage);
        String article = get("/articles/xss/").body();
        assertFalse(article.contains("<script>alert"), article);
        assertTrue(article.contains("<title>&lt;script&gt;"), article);
    }

    @Test
    void anEditIsRenderedAsANewBuild() throws Exception {
        PreviewState first = preview.state();
        site.write(PreviewSite.MAIN_FILE, PreviewSite.main("書き直した最初の段落です。"));
        PreviewState second = preview.rebuild();
        assertEquals(first.build() + 1, second.build());
        assertNotEquals(first.token(), second.token());
        assertEquals(1, second.stats().checked(), "only the edited article is read again");
        assertEquals(second.token(), get("/_preview/build").body());
        assertTrue(get("/articles/preview-japanese/").body().contains("<p>書き直した最初の段落です。</p>"));

        // A render that changes nothing the pages show keeps the build, so open pages do not reload.
        site.write("notes.txt", "not an article");
        PreviewState third = preview.rebuild();
        assertEquals(second.token(), third.token());
    }

    @Test
    void contentWithErrorsKeepsTheLastGoodRenderAndSaysSo() throws Exception {
        site.write(PreviewSite.MAIN_FILE, PreviewSite.main("壊す前の段落。").replace("date: 2026-02-10 09:30:00 +0900",
                "date: 2026-02-31 09:30:00 +0900"));
        PreviewState broken = preview.rebuild();
        assertFalse(broken.current());
        assertTrue(broken.rendered());
        assertEquals(1, broken.result().count(Severity.ERROR));

        String index = get("/").body();
        assertTrue(index.contains("<section id=\"diagnostics\" class=\"diagnostics has-errors\">"), index);
        assertTrue(index.contains("<p class=\"stale\">The content has errors, so it was not rendered (articles:bundle"
                + " writes no bundle then): these pages show the last good render, made at "), index);
        assertTrue(index.contains("<tr class=\"error\"><td class=\"severity\">error</td><td class=\"where\"><code>"
                + "src/main/articles/2026/2026-02-10-preview-japanese.md:[3,7]</code></td><td class=\"rule\"><code>"
                + "front-matter.date</code></td>"), index);
        // The last good render is still served, the error listed on every article's page too.
        String article = get("/articles/preview-japanese/").body();
        assertTrue(article.contains("<p>" + PreviewSite.MAIN_PARAGRAPH + "</p>"), article);
        assertTrue(article.contains("front-matter.date"), article);
        String other = get("/articles/tables/").body();
        assertTrue(other.contains("<tr class=\"error\">"), "errors anywhere are shown everywhere:\n" + other);

        site.write(PreviewSite.MAIN_FILE, PreviewSite.main("直した段落。"));
        PreviewState fixed = preview.rebuild();
        assertTrue(fixed.current());
        String again = get("/articles/preview-japanese/").body();
        assertTrue(again.contains("<p>直した段落。</p>"), again);
        assertFalse(again.contains("class=\"stale\""), again);
    }

    @Test
    void aPortInUseIsABindException() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            PreviewOptions o = site.options();
            PreviewOptions same = new PreviewOptions(new InetSocketAddress("127.0.0.1", taken.getLocalPort()),
                    dir.resolve("other-work"), o.baseDirectory(), o.toolVersion(), false, o.zone());
            assertThrows(BindException.class, () -> Preview.start(site.request(), same, s -> { },
                    ContentWatcher.Mode.NONE));
            assertFalse(Files.exists(dir.resolve("other-work")), "nothing rendered before the port was had");
        }
    }

    @Test
    void closedPreviewServesNothing() throws Exception {
        URI uri = preview.uri();
        preview.close();
        preview.close(); // twice is fine
        assertTrue(preview.awaitClosed(Duration.ZERO));
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void firstRenderIsReportedToTheListener() {
        assertEquals(1, renders.size());
        assertEquals(1, renders.get(0).build());
        assertTrue(renders.get(0).current());
        assertNull(renders.get(0).failure());
    }
}

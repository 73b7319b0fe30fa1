package dev.articles.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application started on a random port of this machine, its pages fetched over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BlogApplicationTest {
    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listPageNewestFirstWithPages() throws Exception {
        HttpResponse<String> first = get("/");
        assertEquals(200, first.statusCode());
        assertEquals("<ul>\n"
                + "<li><a href=\"/articles/hello/\">こんにちは、Spring</a> 2026-02-05</li>\n"
                + "<li><a href=\"/articles/setup/\">準備 &lt;と&gt; 設定</a> 2026-01-20</li>\n"
                + "</ul>\n<p>Page 1 of 2</p>\n", first.body());
        assertEquals("<ul>\n<li><a href=\"/articles/winter/\">Winter notes</a> 2025-12-01</li>\n</ul>\n"
                + "<p>Page 2 of 2</p>\n", get("/?page=2").body());
        assertEquals("<ul>\n<li><a href=\"/articles/hello/\">こんにちは、Spring</a> 2026-02-05</li>\n</ul>\n"
                + "<p>Page 1 of 1</p>\n", get("/?tag=Spring").body());
    }

    @Test
    void articlePageByItsAddress() throws Exception {
        HttpResponse<String> hello = get("/articles/hello/");
        assertEquals(200, hello.statusCode());
        assertEquals("<h1>こんにちは、Spring</h1>\n"
                + "<p>最初の記事です。<a href=\"../setup/\">準備</a>も読んでください。</p>\n"
                + "<h2 id=\"使い方\">使い方</h2>\n"
                + "<p>依存関係に追加するだけです。</p>\n", hello.body());
        assertEquals(64 + 2, hello.headers().firstValue("ETag").orElseThrow().length());
        assertEquals(404, get("/articles/nothing/").statusCode());
    }
}

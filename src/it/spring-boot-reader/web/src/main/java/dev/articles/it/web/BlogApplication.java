package dev.articles.it.web;

import dev.articles.it.blog.BlogArticle;
import dev.articles.it.blog.BlogArticles;
import dev.articles.it.blog.Page;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** A blog: a list page and an article page, from the content jar's generated reader. */
@SpringBootApplication
@RestController
public class BlogApplication {
    private final BlogArticles articles = BlogArticles.load();

    public static void main(String[] args) {
        SpringApplication.run(BlogApplication.class, args);
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String list(@RequestParam(name = "page", defaultValue = "1") int page,
            @RequestParam(name = "tag", required = false) String tag) {
        Page<BlogArticle> shown = (tag == null ? articles : articles.byTag(tag)).page(page, 2);
        StringBuilder html = new StringBuilder("<ul>\n");
        for (BlogArticle a : shown.items()) {
            html.append("<li><a href=\"").append(a.url()).append("\">").append(HtmlUtils.htmlEscape(a.title()))
                    .append("</a> ").append(a.date().toLocalDate()).append("</li>\n");
        }
        return html.append("</ul>\n<p>Page ").append(shown.number()).append(" of ").append(shown.totalPages())
                .append("</p>\n").toString();
    }

    @GetMapping(value = "/articles/{slug}/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> article(HttpServletRequest request) {
        return articles.byUrl(request.getRequestURI())
                .map(a -> ResponseEntity.ok().eTag(a.sha256())
                        .body("<h1>" + HtmlUtils.htmlEscape(a.title()) + "</h1>\n" + a.html()))
                .orElse(ResponseEntity.notFound().build());
    }
}

package dev.articles.testing;

import dev.articles.core.model.Article;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link Article} records for writer and JSON tests, with plain defaults for every field. */
public final class ArticleBuilder {
    private String id;
    private String url;
    private String collection = "posts";
    private String slug;
    private String title;
    private OffsetDateTime date = OffsetDateTime.parse("2026-02-05T17:08:42Z");
    private List<String> categories = List.of();
    private List<String> tags = List.of();
    private String author;
    private String excerpt = "An excerpt.";
    private String excerptHtml = "<p>An excerpt.</p>\n";
    private int readingMinutes = 1;
    private Integer declaredReadingMinutes;
    private boolean draft;
    private List<Article.Heading> headings = List.of();
    private String source;
    private String html = "<p>An excerpt.</p>\n";
    private Map<String, Object> extra = new LinkedHashMap<>();

    private ArticleBuilder(String slug) {
        this.slug = slug;
        this.id = slug;
        this.url = "/articles/" + slug + "/";
        this.title = "Title of " + slug;
        this.source = slug + ".md";
    }

    public static ArticleBuilder article(String slug) {
        return new ArticleBuilder(slug);
    }

    /** Its id (default: the slug) and address (default: {@code /articles/{slug}/}). */
    public ArticleBuilder id(String id, String url) {
        this.id = id;
        this.url = url;
        return this;
    }

    public ArticleBuilder collection(String value) {
        collection = value;
        return this;
    }

    public ArticleBuilder title(String value) {
        title = value;
        return this;
    }

    /** The date, or {@code null} for none (a Jekyll collection's document). */
    public ArticleBuilder date(String isoOffsetDateTime) {
        date = isoOffsetDateTime == null ? null : OffsetDateTime.parse(isoOffsetDateTime);
        return this;
    }

    public ArticleBuilder categories(String... values) {
        categories = List.of(values);
        return this;
    }

    public ArticleBuilder tags(String... values) {
        tags = List.of(values);
        return this;
    }

    public ArticleBuilder author(String value) {
        author = value;
        return this;
    }

    public ArticleBuilder excerpt(String text, String htmlFragment) {
        excerpt = text;
        excerptHtml = htmlFragment;
        return this;
    }

    public ArticleBuilder readingMinutes(int value) {
        readingMinutes = value;
        return this;
    }

    public ArticleBuilder declaredReadingMinutes(Integer value) {
        declaredReadingMinutes = value;
        return this;
    }

    public ArticleBuilder draft(boolean value) {
        draft = value;
        return this;
    }

    public ArticleBuilder headings(Article.Heading... values) {
        headings = List.of(values);
        return this;
    }

    public ArticleBuilder source(String value) {
        source = value;
        return this;
    }

    public ArticleBuilder html(String value) {
        html = value;
        return this;
    }

    public ArticleBuilder extra(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    public Article build() {
        return new Article(id, url, collection, slug, title, date, categories, tags, author, excerpt, excerptHtml, readingMinutes,
                declaredReadingMinutes, draft, headings, source, html, new LinkedHashMap<>(extra));
    }
}

package dev.articles.it.newsdesk;

import dev.articles.it.news.NewsArticle;
import dev.articles.it.news.NewsArticles;
import java.util.ArrayList;
import java.util.List;

/** Code of the content project itself, calling the reader generated into the same jar. */
public final class Headlines {
    private Headlines() {
    }

    /** The titles of the newest articles. */
    public static List<String> newest(int count) {
        List<String> titles = new ArrayList<>();
        for (NewsArticle article : NewsArticles.load().newest(count)) {
            titles.add(article.title());
        }
        return titles;
    }
}

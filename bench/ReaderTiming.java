import dev.articles.bench.site.Page;
import dev.articles.bench.site.SiteArticle;
import dev.articles.bench.site.SiteArticles;

/**
 * Times the generated reader of the benchmark's content jar (bench/run.sh's site: dev.articles.bench:site) in a fresh
 * JVM: load(), then the first "list by tag with paging" and "one article page", then the same again.
 *
 * <pre>java -cp target/bench/site-10000/target/site-1.0.0.jar bench/ReaderTiming.java</pre>
 */
public class ReaderTiming {
    public static void main(String[] args) {
        long start = System.nanoTime();
        SiteArticles articles = SiteArticles.load();
        long loaded = System.nanoTime();
        String tag = articles.all().get(articles.size() / 2).tags().get(0);
        Page<SiteArticle> page = articles.byTag(tag).page(2, 20);
        long listed = System.nanoTime();
        SiteArticle article = articles.byUrl(page.items().get(0).url()).orElseThrow();
        String html = article.html();
        String title = article.title() + article.extra().asMap().size() + article.headings().size();
        long shown = System.nanoTime();
        Page<SiteArticle> again = articles.byTag(tag).page(3, 20);
        String second = articles.byUrl(again.items().get(0).url()).orElseThrow().html();
        long warm = System.nanoTime();
        System.out.printf("articles %d, tag '%s' (%d articles), html %d chars, %s%n", articles.size(), tag,
                page.totalItems(), html.length() + second.length(), title.isEmpty() ? "" : "ok");
        System.out.printf("load() %d ms; first byTag(..).page(2, 20) %.1f ms; first article page (byUrl, html, "
                + "record) %.1f ms; both again %.2f ms%n", (loaded - start) / 1_000_000,
                (listed - loaded) / 1e6, (shown - listed) / 1e6, (warm - shown) / 1e6);
    }
}

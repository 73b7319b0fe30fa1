package dev.articles.maven;

import dev.articles.core.bundle.FeedChoice;
import dev.articles.core.bundle.FeedSettings;
import dev.articles.core.site.Site;
import dev.articles.core.text.NearestName;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code bundle} and {@code preview} share: they render the content, feeds and sitemap included, so the preview
 * shows what the bundle will hold.
 */
abstract class AbstractRenderingMojo extends AbstractCheckingMojo {

    /**
     * The site's address, absolute http or https ({@code https://example.com/} or {@code https://example.com/blog/}):
     * with it, the bundle also holds an Atom feed ({@code feed.xml}) and a JSON Feed ({@code feed.json}) of the
     * newest articles and a {@code sitemap.xml}, all with absolute addresses made from it and each article's
     * {@code url}. For a Jekyll site it defaults to the site's own {@code url} and {@code baseurl}.
     * Without it they are left out (see {@code feeds}). Since 0.2.0 {@code articles:preview} writes them too and
     * links them from its index.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.siteUrl")
    private String siteUrl;

    /**
     * Whether the bundle holds feeds ({@code feed.xml}, {@code feed.json}) and a {@code sitemap.xml}: {@code auto}
     * makes them when the site's address is known ({@code siteUrl}, or a Jekyll site's {@code url}) and leaves them
     * out quietly when it is not, unless the Jekyll site uses jekyll-feed or jekyll-sitemap (then a warning says
     * what is missing); {@code true} wants them, and a build without the site's address warns; {@code false} leaves
     * them out, also with {@code siteUrl} set.
     *
     * @since 0.2.0
     */
    @Parameter(property = "articles.feeds", defaultValue = "auto")
    private String feeds = "auto";

    /** Why there are no feeds although they are wanted, once the configuration is checked; or {@code null}. */
    private String feedsMissing;

    /**
     * How many of the newest articles the feeds list.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.feedSize", defaultValue = "20")
    private int feedSize = FeedSettings.DEFAULT_SIZE;

    /**
     * The feeds' title. Defaults to the project's name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.feedTitle", defaultValue = "${project.name}")
    private String feedTitle;

    /**
     * The feeds' author, for articles without an {@code author} of their own. When it is not set and a listed article
     * has no author, the feed title stands in (Atom requires an author for every entry).
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.feedAuthor")
    private String feedAuthor;

    /**
     * The feeds' language as a BCP 47 tag ({@code ja}, {@code en-US}): {@code xml:lang} of the Atom feed and
     * {@code language} of the JSON Feed. Not written when not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.feedLanguage")
    private String feedLanguage;

    /**
     * The feeds' settings from the parameters: {@code null} when there are none (not wanted, or no site address,
     * given or a Jekyll site's own); bad values go to {@code problems}.
     *
     * @param defaultTitle the feeds' title when {@code feedTitle} is empty
     */
    FeedSettings feedSettings(String defaultTitle, List<String> problems) {
        FeedChoice choice = FeedChoice.of(feeds);
        if (choice == null) {
            problems.add("feeds: '" + feeds + "' is not a choice" + NearestName.didYouMean(NearestName.of(feeds.strip(),
                    List.of("auto", "true", "false"))) + "; use auto, true or false");
            choice = FeedChoice.AUTO;
        }
        String title = feedTitle == null || feedTitle.isBlank() ? defaultTitle : feedTitle;
        String address = siteUrl != null && !siteUrl.isBlank() ? siteUrl
                : Site.jekyllAddress(contentDirectory.toPath(), siteFormat());
        FeedSettings.Result read = FeedSettings.read(address, feedSize, title, feedAuthor, feedLanguage);
        problems.addAll(read.problems());
        feedsMissing = choice.missing(address != null, address != null || choice != FeedChoice.AUTO ? null
                : Site.jekyllFeedPlugin(contentDirectory.toPath(), siteFormat()));
        return choice == FeedChoice.OFF ? null : read.settings();
    }

    /** Why there are no feeds although they are wanted, or {@code null}. */
    String feedsMissing() {
        return feedsMissing;
    }
}

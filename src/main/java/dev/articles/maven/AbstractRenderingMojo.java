package dev.articles.maven;

import dev.articles.core.bundle.FeedSettings;
import dev.articles.core.site.Site;
import org.apache.maven.plugin.MojoFailureException;
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
     * Without it they are left out, with a warning. Since 0.2.0 {@code articles:preview} writes them too and links
     * them from its index.
     *
     * @since 0.1.0
     */
    @Parameter(property = "articles.siteUrl")
    private String siteUrl;

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
     * The feeds' settings from the parameters: none without a site address (given, or a Jekyll site's own), or the
     * problems of bad values.
     *
     * @param defaultTitle the feeds' title when {@code feedTitle} is empty
     * @throws MojoFailureException when {@code siteFormat} is not a known value
     */
    FeedSettings.Result feedSettings(String defaultTitle) throws MojoFailureException {
        String title = feedTitle == null || feedTitle.isBlank() ? defaultTitle : feedTitle;
        String address = siteUrl != null && !siteUrl.isBlank() ? siteUrl
                : Site.jekyllAddress(contentDirectory.toPath(), siteFormat());
        return FeedSettings.read(address, feedSize, title, feedAuthor, feedLanguage);
    }
}

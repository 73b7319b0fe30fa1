package dev.articles.core.settings;

/** How the content directory is read: as a folder of articles, or as a Jekyll site. */
public enum SiteFormat {
    /** A Jekyll site when the content directory holds a {@code _config.yml}, else plain. */
    AUTO,
    /** Every file matching the includes is an article, addressed by the {@code permalink} pattern. */
    PLAIN,
    /**
     * A Jekyll site, read as Jekyll 4 reads it: its {@code _config.yml}, posts in every {@code _posts} folder,
     * drafts, collections; the files Jekyll treats as pages are not articles.
     */
    JEKYLL
}

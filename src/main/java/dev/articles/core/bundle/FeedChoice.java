package dev.articles.core.bundle;

import java.util.Locale;

/**
 * Whether a bundle gets feeds ({@code feed.xml}, {@code feed.json}) and a sitemap: the build's choice, written
 * {@code auto}, {@code true} or {@code false}. They need the site's address; {@code auto} makes them when it is known
 * and says nothing when it is not, unless the site itself publishes a feed.
 */
public enum FeedChoice {
    /** Feeds and sitemap when the site's address is known. */
    AUTO,
    /** Feeds and sitemap wanted: a build that cannot make them says so. */
    ON,
    /** No feeds and no sitemap, whatever the address. */
    OFF;

    /** The choice written ({@code auto}, {@code true}, {@code false}, any case; blank is {@code auto}), or null. */
    public static FeedChoice of(String written) {
        return switch (written == null ? "" : written.strip().toLowerCase(Locale.ROOT)) {
            case "", "auto" -> AUTO;
            case "true" -> ON;
            case "false" -> OFF;
            default -> null;
        };
    }

    /**
     * Why the bundle has no feeds although they are wanted, as a sentence with the fix, or {@code null} when the
     * bundle has feeds or nothing asked for them.
     *
     * @param addressKnown whether the site's address is known ({@code siteUrl}, or a Jekyll site's {@code url})
     * @param sitePlugin the plugin with which the Jekyll site makes its own feed or sitemap, or {@code null}
     */
    public String missing(boolean addressKnown, String sitePlugin) {
        if (addressKnown || this == OFF) {
            return null;
        }
        if (this == ON) {
            return "feeds is true but the site's address is not known; set siteUrl to it (<siteUrl>https://example"
                    + ".com/</siteUrl>, or -Darticles.siteUrl=https://example.com/)";
        }
        if (sitePlugin != null) {
            return "the site's _config.yml uses " + sitePlugin + " but has no url; set url in _config.yml or siteUrl"
                    + " to the site's address, or set feeds to false to leave them out";
        }
        return null;
    }
}

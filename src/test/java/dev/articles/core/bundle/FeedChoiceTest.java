package dev.articles.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FeedChoiceTest {

    @Test
    void choicesAreAutoTrueAndFalse() {
        assertEquals(FeedChoice.AUTO, FeedChoice.of(null));
        assertEquals(FeedChoice.AUTO, FeedChoice.of(" "));
        assertEquals(FeedChoice.AUTO, FeedChoice.of("Auto"));
        assertEquals(FeedChoice.ON, FeedChoice.of("true"));
        assertEquals(FeedChoice.OFF, FeedChoice.of(" FALSE "));
        assertNull(FeedChoice.of("on"));
        assertNull(FeedChoice.of("yes"));
    }

    @Test
    void onlyFeedsThatAreWantedAreMissed() {
        assertNull(FeedChoice.AUTO.missing(true, null));
        assertNull(FeedChoice.AUTO.missing(false, null), "no address, nothing asked: no feeds, quietly");
        assertEquals("the site's _config.yml uses jekyll-feed but has no url; set url in _config.yml or siteUrl to"
                + " the site's address, or set feeds to false to leave them out",
                FeedChoice.AUTO.missing(false, "jekyll-feed"));
        assertNull(FeedChoice.ON.missing(true, null));
        assertEquals("feeds is true but the site's address is not known; set siteUrl to it (<siteUrl>https://"
                + "example.com/</siteUrl>, or -Darticles.siteUrl=https://example.com/)",
                FeedChoice.ON.missing(false, null));
        assertNull(FeedChoice.OFF.missing(false, "jekyll-feed"), "chosen: nothing is missing");
        assertNull(FeedChoice.OFF.missing(true, null));
    }
}

package dev.articles.maven;

import static dev.articles.maven.MojoFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feeds of a Jekyll site's bundle: made from its url, and missed only where the site publishes feeds itself. */
class BundleFeedsTest {
    @TempDir
    Path dir;

    MojoFixture fx;

    @BeforeEach
    void site() throws Exception {
        fx = new MojoFixture(dir);
        fx.article("_posts/2026-01-05-hello.md", "---\ntitle: \"記事\"\ndate: 2026-01-05 09:00:00 +0900\n---\n\n本文。\n");
    }

    private void config(String yaml) throws Exception {
        Files.writeString(fx.content.resolve("_config.yml"), yaml, StandardCharsets.UTF_8);
    }

    private Path feed() {
        return dir.resolve("target/generated-resources/articles/META-INF/articles/site/feed.xml");
    }

    @Test
    void aJekyllSiteWithItsUrlGetsFeedsWithoutBeingAsked() throws Exception {
        config("title: Blog\nurl: https://example.com\nbaseurl: /blog\n");
        fx.bundle().execute();
        assertTrue(Files.readString(feed()).contains("<id>https://example.com/blog/feed.xml</id>"));
        assertEquals(List.of(), fx.log.lines("WARNING"));
    }

    @Test
    void aJekyllSiteThatPublishesAFeedButHasNoUrlIsWarned() throws Exception {
        config("title: Blog\nplugins:\n  - jekyll-seo-tag\n  - jekyll-feed\n");
        fx.bundle().execute();
        assertFalse(Files.exists(feed()));
        assertEquals(List.of("Bundle 'site' has no feeds (feed.xml, feed.json) and no sitemap.xml: the site's"
                + " _config.yml uses jekyll-feed but has no url; set url in _config.yml or siteUrl to the site's"
                + " address, or set feeds to false to leave them out"), fx.log.lines("WARNING"));

        fx.log.lines.clear();
        set(fx.bundle(), "feeds", "false").execute();
        assertEquals(List.of(), fx.log.lines("WARNING"), "chosen: nothing to warn about");
    }

    @Test
    void aSiteWithoutFeedsOfItsOwnAndNoAddressIsLeftAloneQuietly() throws Exception {
        config("title: Blog\nplugins: [jekyll-seo-tag]\n");
        fx.bundle().execute();
        assertFalse(Files.exists(feed()));
        assertEquals(List.of(), fx.log.lines("WARNING"));
    }
}

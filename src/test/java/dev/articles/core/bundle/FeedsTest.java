package dev.articles.core.bundle;

import static dev.articles.testing.ArticleBuilder.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articles.core.model.Article;
import dev.articles.testing.BundleSchemas;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The feeds and the sitemap, byte for byte, for a small bundle: Japanese and English titles, markup characters in
 * titles, excerpts and HTML, links between articles, an image, a slug that needs percent-encoding, a draft.
 */
class FeedsTest {
    private static final String ROOT = "META-INF/articles/site/";

    @TempDir
    Path temp;

    static List<Article> fixture() {
        return List.of(
                article("draft-post").id("draft-post", "/2026/03/draft-post/").title("下書き").date("2026-03-05T10:00:00+09:00").draft(true).build(),
                article("nihongo").id("nihongo", "/2026/03/nihongo/").title("日本語の記事").date("2026-03-02T09:30:00+09:00").categories("技術")
                        .tags("Maven", "技術").author("編集部").excerpt("概要です。", "<p>概要です。</p>\n")
                        .html("<p>本文と<a href=\"../english/\">英語の記事</a>、<a href=\"../english/#part\">節</a>、"
                                + "<a href=\"#top\">上</a>、<a href=\"../../01/%E3%82%B9%E3%83%A9%E3%83%83%E3%82%B0/\">古い"
                                + "</a>、<img src=\"../../../assets/images/zu.png\" alt=\"図\"></p>\n").build(),
                article("english").id("english", "/2026/03/english/").title("Tags <b> & \"quotes\" ]]> 'apostrophes'").date("2026-03-01T12:00:00Z")
                        .excerpt("a < b && c > d ]]>", "<p>a &lt; b</p>\n")
                        .html("<p>x &lt; y &amp;&amp; z ]]&gt; <a href=\"https://example.org/?a=1&amp;b=2\">ext</a> "
                                + "<a href=\"/root/page\">root</a> <a href=\"other.html\">rel</a></p>\n"
                                + "<pre><code>if (a &lt; b) {}\n</code></pre>\n").build(),
                article("スラッグ").id("スラッグ", "/2026/01/%E3%82%B9%E3%83%A9%E3%83%83%E3%82%B0/").title("Older").date("2026-01-15T08:00:00.5-05:00").build());
    }

    private static FeedSettings settings(String siteUrl, int size, String author, String language) {
        FeedSettings.Result r = FeedSettings.read(siteUrl, size, "Example ブログ", author, language);
        assertEquals(List.of(), r.problems());
        return r.settings();
    }

    private Path write(FeedSettings feeds, List<Article> articles) throws IOException {
        Path out = writeUnchecked(feeds, articles);
        BundleSchemas.assertValidBundle(out);
        return out;
    }

    private Path writeUnchecked(FeedSettings feeds, List<Article> articles) throws IOException {
        Path out = temp.resolve("out-" + System.nanoTime());
        new BundleWriter("site", out, List.of(), feeds).write(articles);
        return out;
    }

    private static String read(Path out, String file) throws IOException {
        return Files.readString(out.resolve(ROOT + file), StandardCharsets.UTF_8);
    }

    private static final String ATOM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
              <id>https://example.com/blog/feed.xml</id>
              <title>Example ブログ</title>
              <updated>2026-03-02T09:30:00+09:00</updated>
              <link rel="alternate" type="text/html" href="https://example.com/blog/"/>
              <link rel="self" type="application/atom+xml" href="https://example.com/blog/feed.xml"/>
              <author>
                <name>Example ブログ</name>
              </author>
              <entry>
                <id>https://example.com/blog/2026/03/nihongo/</id>
                <title>日本語の記事</title>
                <link rel="alternate" type="text/html" href="https://example.com/blog/2026/03/nihongo/"/>
                <published>2026-03-02T09:30:00+09:00</published>
                <updated>2026-03-02T09:30:00+09:00</updated>
                <author>
                  <name>編集部</name>
                </author>
                <category term="技術"/>
                <category term="Maven"/>
                <summary>概要です。</summary>
                <content type="html">&lt;p&gt;本文と&lt;a href="https://example.com/blog/2026/03/english/"&gt;英語の記事&lt;/a&gt;、\
            &lt;a href="https://example.com/blog/2026/03/english/#part"&gt;節&lt;/a&gt;、\
            &lt;a href="https://example.com/blog/2026/03/nihongo/#top"&gt;上&lt;/a&gt;、\
            &lt;a href="https://example.com/blog/2026/01/%E3%82%B9%E3%83%A9%E3%83%83%E3%82%B0/"&gt;古い&lt;/a&gt;、\
            &lt;img src="https://example.com/blog/assets/images/zu.png" alt="図"&gt;&lt;/p&gt;
            </content>
              </entry>
              <entry>
                <id>https://example.com/blog/2026/03/english/</id>
                <title>Tags &lt;b&gt; &amp; "quotes" ]]&gt; 'apostrophes'</title>
                <link rel="alternate" type="text/html" href="https://example.com/blog/2026/03/english/"/>
                <published>2026-03-01T12:00:00Z</published>
                <updated>2026-03-01T12:00:00Z</updated>
                <summary>a &lt; b &amp;&amp; c &gt; d ]]&gt;</summary>
                <content type="html">&lt;p&gt;x &amp;lt; y &amp;amp;&amp;amp; z ]]&amp;gt; \
            &lt;a href="https://example.org/?a=1&amp;amp;b=2"&gt;ext&lt;/a&gt; \
            &lt;a href="https://example.com/root/page"&gt;root&lt;/a&gt; \
            &lt;a href="https://example.com/blog/2026/03/english/other.html"&gt;rel&lt;/a&gt;&lt;/p&gt;
            &lt;pre&gt;&lt;code&gt;if (a &amp;lt; b) {}
            &lt;/code&gt;&lt;/pre&gt;
            </content>
              </entry>
            </feed>
            """;

    private static final String JSON_FEED = """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Example ブログ",
              "home_page_url": "https://example.com/blog/",
              "feed_url": "https://example.com/blog/feed.json",
              "language": "ja",
              "authors": [
                {
                  "name": "Example ブログ"
                }
              ],
              "items": [
                {
                  "id": "https://example.com/blog/2026/03/nihongo/",
                  "url": "https://example.com/blog/2026/03/nihongo/",
                  "title": "日本語の記事",
                  "content_html": "\\u003Cp\\u003E本文と\\u003Ca href=\\"https://example.com/blog/2026/03/english/\\"\\u003E\
            英語の記事\\u003C/a\\u003E、\\u003Ca href=\\"https://example.com/blog/2026/03/english/#part\\"\\u003E節\
            \\u003C/a\\u003E、\\u003Ca href=\\"https://example.com/blog/2026/03/nihongo/#top\\"\\u003E上\\u003C/a\\u003E、\
            \\u003Ca href=\\"https://example.com/blog/2026/01/%E3%82%B9%E3%83%A9%E3%83%83%E3%82%B0/\\"\\u003E古い\
            \\u003C/a\\u003E、\\u003Cimg src=\\"https://example.com/blog/assets/images/zu.png\\" alt=\\"図\\"\\u003E\
            \\u003C/p\\u003E\\n",
                  "summary": "概要です。",
                  "date_published": "2026-03-02T09:30:00+09:00",
                  "authors": [
                    {
                      "name": "編集部"
                    }
                  ],
                  "tags": [
                    "技術",
                    "Maven"
                  ]
                },
                {
                  "id": "https://example.com/blog/2026/03/english/",
                  "url": "https://example.com/blog/2026/03/english/",
                  "title": "Tags \\u003Cb\\u003E \\u0026 \\"quotes\\" ]]\\u003E 'apostrophes'",
                  "content_html": "\\u003Cp\\u003Ex \\u0026lt; y \\u0026amp;\\u0026amp; z ]]\\u0026gt; \\u003Ca \
            href=\\"https://example.org/?a=1\\u0026amp;b=2\\"\\u003Eext\\u003C/a\\u003E \\u003Ca \
            href=\\"https://example.com/root/page\\"\\u003Eroot\\u003C/a\\u003E \\u003Ca \
            href=\\"https://example.com/blog/2026/03/english/other.html\\"\\u003Erel\\u003C/a\\u003E\\u003C/p\\u003E\\n\
            \\u003Cpre\\u003E\\u003Ccode\\u003Eif (a \\u0026lt; b) {}\\n\\u003C/code\\u003E\\u003C/pre\\u003E\\n",
                  "summary": "a \\u003C b \\u0026\\u0026 c \\u003E d ]]\\u003E",
                  "date_published": "2026-03-01T12:00:00Z",
                  "tags": []
                }
              ]
            }
            """;

    private static final String SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url>
                <loc>https://example.com/blog/2026/03/nihongo/</loc>
                <lastmod>2026-03-02T09:30:00+09:00</lastmod>
              </url>
              <url>
                <loc>https://example.com/blog/2026/03/english/</loc>
                <lastmod>2026-03-01T12:00:00Z</lastmod>
              </url>
              <url>
                <loc>https://example.com/blog/2026/01/%E3%82%B9%E3%83%A9%E3%83%83%E3%82%B0/</loc>
                <lastmod>2026-01-15T08:00:00.5-05:00</lastmod>
              </url>
            </urlset>
            """;

    @Test
    void feedsAndSitemapByteForByte() throws IOException {
        Path out = write(settings("https://Example.com/blog", 2, null, "ja"), fixture());
        assertEquals(ATOM, read(out, "feed.xml"));
        assertEquals(JSON_FEED, read(out, "feed.json"));
        assertEquals(SITEMAP, read(out, "sitemap.xml"));
    }

    @Test
    void draftsAreNeverListedEvenWhenTheBundleHasThem() throws IOException {
        Path out = write(settings("https://example.com/", 20, null, null), fixture());
        assertTrue(Files.exists(out.resolve(ROOT + "articles/draft-post.html")), "the draft is in the bundle");
        for (String file : List.of("feed.xml", "feed.json", "sitemap.xml")) {
            String text = read(out, file);
            assertFalse(text.contains("draft-post") || text.contains("下書き"), file + " lists the draft:\n" + text);
            assertTrue(text.contains("https://example.com/2026/03/nihongo/"), file);
        }
        // The feed's date is its newest published entry's, not the draft's (and never the build's).
        assertTrue(read(out, "feed.xml").contains("  <updated>2026-03-02T09:30:00+09:00</updated>\n  <link"));
    }

    @Test
    void addressesAreTheArticlesUrlsAndRelativeLinksResolveAgainstThem() throws IOException {
        Path out = write(settings("https://example.com", 20, null, null), fixture());
        JsonNode feed = BundleSchemas.JSON.readTree(read(out, "feed.json"));
        assertEquals(List.of("https://example.com/2026/03/nihongo/", "https://example.com/2026/03/english/",
                "https://example.com/2026/01/%E3%82%B9%E3%83%A9%E3%83%83%E3%82%B0/"), ids(feed));
        String html = feed.get("items").get(0).get("content_html").asText();
        assertTrue(html.contains("src=\"https://example.com/assets/images/zu.png\""), html);
        assertTrue(html.contains("href=\"https://example.com/2026/03/english/#part\""), html);
        assertFalse(feed.has("language"), "no language configured");
    }

    @Test
    void aFeedAuthorIsTheFeedsAuthorAndEntriesWithoutOneInheritIt() throws IOException {
        Path out = write(settings("https://example.com/", 20, "山田 太郎", null), fixture());
        String atom = read(out, "feed.xml");
        assertTrue(atom.contains("""
                  <link rel="self" type="application/atom+xml" href="https://example.com/feed.xml"/>
                  <author>
                    <name>山田 太郎</name>
                  </author>
                  <entry>
                """), atom);
        assertEquals(1, count(atom, "<name>編集部</name>"), "only the article with an author of its own has one");
        JsonNode feed = BundleSchemas.JSON.readTree(read(out, "feed.json"));
        assertEquals("山田 太郎", feed.at("/authors/0/name").asText());
        assertFalse(feed.get("items").get(1).has("authors"));
    }

    @Test
    void everyArticleWithAnAuthorNeedsNoFeedLevelAuthor() throws IOException {
        List<Article> articles = List.of(article("a").author("A").date("2026-01-02T00:00:00Z").build(),
                article("b").author("B").date("2026-01-01T00:00:00Z").build());
        Path out = write(settings("https://example.com/", 20, null, null), articles);
        String atom = read(out, "feed.xml");
        assertEquals(2, count(atom, "<author>"), atom);
        assertFalse(BundleSchemas.JSON.readTree(read(out, "feed.json")).has("authors"));
    }

    @Test
    void withoutPublishedArticlesThereAreNoFeeds() throws IOException {
        Path out = write(settings("https://example.com/", 20, null, null),
                List.of(article("only-draft").draft(true).build()));
        assertEquals(List.of("META-INF/articles/bundles.txt", ROOT + "articles/only-draft.html",
                ROOT + "articles/only-draft.json", ROOT + "categories.json", ROOT + "index.json", ROOT + "tags.json"),
                files(out));
    }

    @Test
    void withoutSettingsThereAreNoFeedsAndEarlierOnesAreDeleted() throws IOException {
        Path out = temp.resolve("out");
        new BundleWriter("site", out, List.of(), settings("https://example.com/", 20, null, null))
                .write(fixture());
        assertTrue(Files.exists(out.resolve(ROOT + "feed.xml")));
        new BundleWriter("site", out, List.of(), null).write(fixture());
        List<String> files = files(out);
        assertFalse(files.stream().anyMatch(f -> f.endsWith("feed.xml") || f.endsWith("feed.json")
                || f.endsWith("sitemap.xml")), files.toString());
        BundleSchemas.assertValidBundle(out);
    }

    /** The Atom feed read back by an XML parser holds exactly the titles, summaries and HTML of the JSON Feed. */
    @Test
    void xmlEscapingRoundTrips() throws Exception {
        String nasty = "<p>a]]>b &amp; \"c\" 'd' \u3042\n<code>x\ty</code> 😀</p>\n";
        List<Article> articles = List.of(article("x").title("1 < 2 & 3 > 2 ]]> \"q\" 'a' ]]&gt; \u0001\uFFFE")
                .excerpt("]]> <&> \r\n", "").html(nasty).tags("a&b", "<c>", "tab\there").build());
        // Not checked as a bundle: a carriage return cannot reach one (articles are read with \n line ends), but the
        // writer must not lose it.
        Path out = writeUnchecked(settings("https://example.com/", 20, null, null), articles);
        Document atom = parse(Files.readAllBytes(out.resolve(ROOT + "feed.xml")));
        JsonNode item = BundleSchemas.JSON.readTree(read(out, "feed.json")).get("items").get(0);
        Element entry = (Element) atom.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").item(0);
        assertEquals("1 < 2 & 3 > 2 ]]> \"q\" 'a' ]]&gt; \uFFFD\uFFFD", text(entry, "title"),
                "characters XML cannot hold become U+FFFD");
        assertEquals("]]> <&> \r\n", text(entry, "summary"), "a carriage return survives as &#13;");
        assertEquals(item.get("content_html").asText(), text(entry, "content"));
        assertEquals("<p>a]]&gt;b &amp; \"c\" 'd' \u3042\n<code>x\ty</code> 😀</p>\n", text(entry, "content"));
        NodeList categories = entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "category");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < categories.getLength(); i++) {
            terms.add(((Element) categories.item(i)).getAttribute("term"));
        }
        assertEquals(List.of("a&b", "<c>", "tab here"), terms);
    }

    @Test
    void aLargeSiteGetsASitemapIndex() throws IOException {
        FeedSettings site = settings("https://example.com/", 20, null, null);
        List<Sitemap.Entry> entries = new ArrayList<>();
        for (int i = 5; i >= 1; i--) {
            entries.add(new Sitemap.Entry("https://example.com/articles/a" + i + "/",
                    OffsetDateTime.parse("2026-01-0" + i + "T00:00:00+09:00")));
        }
        Map<String, byte[]> files = Sitemap.files(site, entries, 2, Sitemap.MAX_BYTES);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"),
                new ArrayList<>(files.keySet()));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap>
                    <loc>https://example.com/sitemap-1.xml</loc>
                    <lastmod>2026-01-05T00:00:00+09:00</lastmod>
                  </sitemap>
                  <sitemap>
                    <loc>https://example.com/sitemap-2.xml</loc>
                    <lastmod>2026-01-03T00:00:00+09:00</lastmod>
                  </sitemap>
                  <sitemap>
                    <loc>https://example.com/sitemap-3.xml</loc>
                    <lastmod>2026-01-01T00:00:00+09:00</lastmod>
                  </sitemap>
                </sitemapindex>
                """, new String(files.get("sitemap.xml"), StandardCharsets.UTF_8));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url>
                    <loc>https://example.com/articles/a1/</loc>
                    <lastmod>2026-01-01T00:00:00+09:00</lastmod>
                  </url>
                </urlset>
                """, new String(files.get("sitemap-3.xml"), StandardCharsets.UTF_8));

        // The size limit splits too: here each file has room for two addresses.
        int two = Sitemap.files(site, entries.subList(0, 2)).get("sitemap.xml").length;
        Map<String, byte[]> bySize = Sitemap.files(site, entries, 1000, two + 200);
        assertEquals(4, bySize.size());
        bySize.values().forEach(b -> assertTrue(b.length <= two + 200));
    }

    @Test
    void theProtocolsLimitIsFiftyThousandAddressesAFile() throws IOException {
        FeedSettings site = settings("https://example.com/", 20, null, null);
        List<Sitemap.Entry> entries = new ArrayList<>();
        OffsetDateTime date = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 50_001; i++) {
            entries.add(new Sitemap.Entry("https://example.com/articles/a" + i + "/", date));
        }
        assertEquals(1, Sitemap.files(site, entries.subList(0, 50_000)).size());
        Map<String, byte[]> files = Sitemap.files(site, entries);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"), new ArrayList<>(files.keySet()));
        assertEquals(1, count(new String(files.get("sitemap-2.xml"), StandardCharsets.UTF_8), "<url>"));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(AtomFeed.NAMESPACE, name).item(0).getTextContent();
    }

    private static List<String> ids(JsonNode feed) {
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> files(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}

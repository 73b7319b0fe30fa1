// Build 1 (siteUrl set): the jar holds an Atom feed, a JSON Feed and a sitemap, checked here against the rules of
// RFC 4287, JSON Feed 1.1 and the sitemaps.org protocol. Build 2 (feeds false, siteUrl still set): no warning, and
// no feed file is left in target/classes or the jar. Every group of checks runs; the failures are reported together at the end.
import groovy.json.JsonSlurper
import java.time.OffsetDateTime
import java.util.jar.JarFile
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

def buildLog = evaluate(new File(basedir, '../../../src/it/build-log.groovy')).newInstance(basedir)
def check = buildLog.&check
List<List<String>> runs = buildLog.runs
assert runs.size() == 2
runs.each { assert it.contains('[INFO] BUILD SUCCESS') }

String site = 'https://example.com/blog/'
String root = 'META-INF/articles/feeds/'
String atomNs = 'http://www.w3.org/2005/Atom'
String sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9'
// RFC 3339 date-time (the Atom Date Construct, JSON Feed's dates) and the W3C Datetime profile sitemaps use.
String rfc3339 = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/
String w3c = /\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?/

Map<String, byte[]> entries(File jar) {
    Map<String, byte[]> files = [:]
    new JarFile(jar).withCloseable { jf -> jf.entries().each { e -> if (!e.directory) files[e.name] = jf.getInputStream(e).bytes } }
    files
}
def parse = { byte[] bytes ->
    def f = DocumentBuilderFactory.newInstance()
    f.namespaceAware = true
    f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).documentElement
}
/** The child elements of {@code parent} named {@code name} in the Atom namespace (direct children only). */
def children = { Element parent, String name ->
    (0..<parent.childNodes.length).collect { parent.childNodes.item(it) }
            .findAll { it instanceof Element && it.namespaceURI == atomNs && it.localName == name }
}
def absolute = { String url -> def u = new URI(url); u.absolute && u.scheme in ['http', 'https'] && u.host }

Map<String, byte[]> withSite = entries(new File(basedir, 'target/feeds-with-site.jar'))
Map<String, byte[]> withoutSite = entries(new File(basedir, 'target/feeds-without-site.jar'))
Map index = new JsonSlurper().parse(withSite[root + 'index.json'], 'UTF-8')
List<Map> published = index.articles.findAll { !it.draft }

check('the bundle: five articles, one a draft (includeDrafts), four published') {
    assert index.articles*.slug == ['draft', 'haru', 'english', '冬-ふゆ', 'omisoka']
    assert published.size() == 4
}

check('build 1: no warning; the jar holds the three files') {
    assert runs[0].findAll { it.startsWith('[WARNING]') } == []
    ['feed.xml', 'feed.json', 'sitemap.xml'].each { assert withSite.containsKey(root + it) : it }
}

Element feed = parse(withSite[root + 'feed.xml'])
List<Element> atomEntries = children(feed, 'entry')
check('Atom: the feed element, its language') {
    assert feed.namespaceURI == atomNs && feed.localName == 'feed'
    assert feed.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') == 'ja'
}
check('Atom 4.1.1: exactly one id, title, updated; ids absolute IRIs; a self and an alternate link') {
    ['id', 'title', 'updated'].each { assert children(feed, it).size() == 1 : it }
    assert children(feed, 'id')[0].textContent == site + 'feed.xml'
    assert children(feed, 'title')[0].textContent == 'フィードの例 & Feeds' // the project's name
    List<Element> links = children(feed, 'link')
    assert links.find { it.getAttribute('rel') == 'self' }.getAttribute('href') == site + 'feed.xml'
    assert links.find { it.getAttribute('rel') == 'alternate' }.getAttribute('href') == site
}
check('Atom 3.3: dates are RFC 3339; the feed is as new as its newest entry (no build time)') {
    List<String> dates = atomEntries.collect { children(it, 'updated')[0].textContent }
    dates.each { assert it ==~ rfc3339; OffsetDateTime.parse(it) }
    assert children(feed, 'updated')[0].textContent == dates[0]
    assert dates == dates.sort(false) { a, b -> OffsetDateTime.parse(b).toInstant() <=> OffsetDateTime.parse(a).toInstant() }
    assert dates[0] == '2026-03-02T09:30:00+09:00' // the article's own offset
}
check('Atom 4.1.2: every entry has exactly one id, title, updated; ids unique and absolute; feedSize 3, no draft') {
    assert atomEntries.size() == 3
    atomEntries.each { e -> ['id', 'title', 'updated'].each { assert children(e, it).size() == 1 : it } }
    List<String> ids = atomEntries.collect { children(it, 'id')[0].textContent }
    assert ids == ids.unique(false)
    ids.each { assert absolute(it) : it }
    assert ids == [site + '2026/03/haru/', site + '2026/02/english/',
                   site + '2026/01/%E5%86%AC-%E3%81%B5%E3%82%86/']
}
check('Atom 4.1.2: every entry has an alternate link, absolute, and content or such a link') {
    atomEntries.each { e ->
        List<Element> alternates = children(e, 'link').findAll { (it.getAttribute('rel') ?: 'alternate') == 'alternate' }
        assert alternates.size() == 1
        assert absolute(alternates[0].getAttribute('href'))
        assert alternates[0].getAttribute('href') == children(e, 'id')[0].textContent
        assert children(e, 'content').size() == 1
    }
}
check('Atom 4.1.1: an author in the feed, or in every entry') {
    assert !children(feed, 'author').isEmpty() || atomEntries.every { !children(it, 'author').isEmpty() }
    // english has no author of its own: the feed's (its title, as no feedAuthor is set) stands in.
    assert children(children(feed, 'author')[0], 'name')[0].textContent == 'フィードの例 & Feeds'
    assert children(children(atomEntries[0], 'author')[0], 'name')[0].textContent == '編集部'
}
Map jsonFeed = new JsonSlurper().parse(withSite[root + 'feed.json'], 'UTF-8')
check('Atom: titles and HTML read back exactly (escaping round-trips); addresses in the HTML are absolute') {
    assert atomEntries.collect { children(it, 'title')[0].textContent } ==
            ['春の記事 <速報> & "まとめ"', "Tags <b> & ]]> 'quotes'", '冬の記事']
    atomEntries.eachWithIndex { Element e, int i ->
        Element content = children(e, 'content')[0]
        assert content.getAttribute('type') == 'html'
        assert content.textContent == jsonFeed.items[i].content_html
    }
    String haru = children(atomEntries[0], 'content')[0].textContent
    assert haru.contains('href="' + site + '2026/02/english/"')
    assert haru.contains('href="' + site + '2026/02/english/#details"')
    assert haru.contains('src="' + site + 'assets/images/chart.png"')
    assert haru.contains('if (a &lt; b &amp;&amp; c &gt; d) { return "]]&gt;"; }')
    String english = children(atomEntries[1], 'content')[0].textContent
    assert english.contains('1 &lt; 2 &amp; 3 &gt; 2') && english.contains('<code>]]&gt;</code>')
    assert english.contains('href="' + site + '2026/03/haru/"')
    // The bundle's own HTML keeps its links relative to the article's url (/2026/03/haru/); only the feed's copy is
    // made absolute. The assets are served at /assets/, the permalink's folder.
    String bundled = new String(withSite[root + 'articles/2026-03-02-haru.html'], 'UTF-8')
    assert bundled.contains('href="../../02/english/#details"')
    assert bundled.contains('src="../../../assets/images/chart.png"')
    assert index.assetsUrl == '/assets/'
    assert index.articles.find { it.slug == 'haru' }.url == '/2026/03/haru/'
}
check('JSON Feed 1.1: required members, the same items as the Atom feed') {
    assert jsonFeed.version == 'https://jsonfeed.org/version/1.1'
    assert jsonFeed.title == 'フィードの例 & Feeds'
    assert jsonFeed.home_page_url == site
    assert jsonFeed.feed_url == site + 'feed.json'
    assert jsonFeed.language == 'ja'
    assert jsonFeed.items*.id == atomEntries.collect { children(it, 'id')[0].textContent }
    jsonFeed.items.each { item ->
        assert item.id instanceof String && absolute(item.url) && item.content_html instanceof String
        assert item.date_published ==~ rfc3339
    }
    assert jsonFeed.items[0].tags == ['お知らせ', 'Maven', '日本語']
    assert jsonFeed.items[0].authors == [[name: '編集部']]
    assert jsonFeed.items[0].summary == '春の更新をまとめました。'
}
check('sitemap: the protocol namespace, every published article, absolute locations under siteUrl, W3C dates') {
    Element urlset = parse(withSite[root + 'sitemap.xml'])
    assert urlset.namespaceURI == sitemapNs && urlset.localName == 'urlset'
    def urls = urlset.getElementsByTagNameNS(sitemapNs, 'url')
    assert urls.length == published.size()
    List<String> locs = []
    (0..<urls.length).each { i ->
        Element url = urls.item(i)
        String loc = url.getElementsByTagNameNS(sitemapNs, 'loc').item(0).textContent
        String lastmod = url.getElementsByTagNameNS(sitemapNs, 'lastmod').item(0).textContent
        assert absolute(loc) && loc.startsWith(site) && loc.length() < 2048
        assert lastmod ==~ w3c
        locs << loc
    }
    assert locs.last() == site + '2025/12/omisoka/' // beyond feedSize, still in the sitemap
    assert !locs.any { it.contains('draft') }
}

check('build 2: feeds false: no warning, the feeds of build 1 deleted from target/classes and the jar') {
    assert runs[1].findAll { it.startsWith('[WARNING]') } == []
    assert runs[1].any { it.contains("Bundle 'feeds': 5 articles;") && it.contains('3 deleted') }
    List<String> classes = buildLog.filesUnder(new File(basedir, 'target/classes/' + root))
    assert !classes.any { it.endsWith('.xml') || it == 'feed.json' }
    assert !withoutSite.keySet().any { it.endsWith('feed.xml') || it.endsWith('feed.json') || it.contains('sitemap') }
    assert withoutSite.containsKey(root + 'index.json')
}

buildLog.finish()
return true

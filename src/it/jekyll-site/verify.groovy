// A Jekyll site given whole as the content directory: its _config.yml was found and followed (timezone, pretty
// permalinks, a collection with its own permalink, defaults, exclude). The same post name in two folders made two
// posts with two addresses, the file in _posts without a date in its name was skipped with a warning, the page and
// the excluded folder were not articles, and a link between articles leads from one address to the other. Liquid
// ran before Markdown, with the site's includes and data.
import groovy.json.JsonSlurper
import java.util.jar.JarFile

List<String> lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
String skipped = "[WARNING] site/_posts/readme.md:[1,1] post.skipped: Jekyll skips this file: a post's name must " +
        "start with its date (2026-02-05-readme.md); rename it, or move it out of _posts"
assert lines.count(skipped) == 1 : 'the skipped post is reported once (validate and bundle share the findings)'
assert lines.count('[INFO] Articles: 4 checked, 0 errors, 1 warning (post.skipped: 1)') == 2
assert lines.contains('[INFO] BUILD SUCCESS')
// The feeds and the sitemap take the site's own address from url and baseurl of _config.yml.
assert !lines.any { it.contains('has no feeds') } : 'siteUrl defaults to the Jekyll site\'s url + baseurl'

new JarFile(new File(basedir, 'target/jekyll-site-1.0.0.jar')).withCloseable { jar ->
    def text = { String path -> jar.getInputStream(jar.getEntry('META-INF/articles/jekyll-site/' + path)).getText('UTF-8') }
    def index = new JsonSlurper().parseText(text('index.json'))
    assert index.format == 2
    assert index.assetsUrl == '/'
    assert index.articles.collect { [it.id, it.url, it.slug, it.collection, it.date, it.categories, it.author] } == [
            ['en/_posts/2026-01-05-hatsumoude', '/en/2026/01/05/hatsumoude/', 'hatsumoude', 'posts',
             '2026-01-05T10:00:00Z', ['en'], '編集部'],
            ['_posts/2026-1-5-hatsumoude', '/2026/01/05/hatsumoude/', 'hatsumoude', 'posts',
             '2026-01-05T09:30:00+09:00', [], '編集部'],
            ['_guides/setup', '/guides/setup/', 'setup', 'guides', null, [], null]]
    // The guide's Liquid ran before its Markdown: an include with a parameter, a highlight block (a code block, whose
    // '# ...' line is no heading) and data from _data.
    String guide = text('articles/_guides/setup.html')
    assert guide.contains('<div class="note">Java 17 以上が必要です。</div>') : guide
    assert guide.contains('<figure class="highlight"><pre><code class="language-bash"># 見出しではありません') : guide
    assert guide.contains('<p>おすすめは東京の明治神宮です。</p>') : guide
    assert new JsonSlurper().parseText(text('articles/_guides/setup.json')).headings == []
    // The link to the guide is relative to the post's own address.
    assert text('articles/_posts/2026-1-5-hatsumoude.html').contains('<a href="../../../../guides/setup/">ガイド</a>')
    // The sitemap lists every article at its address (the guide has no date, so no lastmod); the feeds list posts.
    String sitemap = text('sitemap.xml')
    ['2026/01/05/hatsumoude/', 'en/2026/01/05/hatsumoude/', 'guides/setup/'].each {
        assert sitemap.contains("<loc>https://blog.example.com/dev/${it}</loc>") : sitemap
    }
    def feed = new JsonSlurper().parseText(text('feed.json'))
    assert feed.items*.url == ['https://blog.example.com/dev/en/2026/01/05/hatsumoude/',
                               'https://blog.example.com/dev/2026/01/05/hatsumoude/']
    assert feed.items[1].content_html.contains('href="https://blog.example.com/dev/guides/setup/"')
    List<String> names = jar.entries().toList()*.name.findAll { it.startsWith('META-INF/articles/jekyll-site/articles/') }
    assert !names.any { it.contains('readme') || it.contains('index') || it.contains('old') } : names
}
return true

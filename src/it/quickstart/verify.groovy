// The README's quick start, built exactly as written (DocsTest keeps this pom equal to the README's): a complete
// content project whose one article, the README's example, ends up in a reproducible jar.
import java.util.jar.JarFile

List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
assert lines.contains('[INFO] BUILD SUCCESS')
// a quick start without a single warning, on Maven 3.9 and Maven 4 alike
assert !lines.any { it.startsWith('[WARNING]') } : lines.findAll { it.startsWith('[WARNING]') }
// validate and bundle both checked the article, and found nothing
assert lines.count('[INFO] Articles: 1 checked, 0 errors, 0 warnings') == 2

File jar = new File(basedir, 'target/blog-1.0.0-SNAPSHOT.jar')
assert jar.isFile()
new JarFile(jar).withCloseable { jf ->
    String root = 'META-INF/articles/blog/'
    assert jf.getInputStream(jf.getEntry('META-INF/articles/bundles.txt')).getText('UTF-8') == 'blog\n'
    String index = jf.getInputStream(jf.getEntry(root + 'index.json')).getText('UTF-8')
    assert index.contains('"title": "Hello, articles"')
    assert index.contains('"date": "2026-02-05T17:08:42+09:00"')
    String html = jf.getInputStream(jf.getEntry(root + 'articles/2026/2026-02-05-hello.html')).getText('UTF-8')
    assert html == '<p>This article is <strong>Markdown</strong>, checked on every build and shipped in a jar.</p>\n'
    // the typed reader the README shows, compiled, with its sources beside it
    assert jf.getEntry('com/example/blog/BlogArticles.class') != null
    assert jf.getEntry('com/example/blog/BlogArticles.java') != null
    // outputTimestamp is honoured (maven-jar-plugin pinned): every entry carries it
    jf.entries().each { e ->
        assert e.time == java.time.Instant.parse('2026-01-01T00:00:00Z').toEpochMilli() : e.name
    }
}
// The script's value is its last expression; the invoker takes anything but true (or nothing) for a failure.
true

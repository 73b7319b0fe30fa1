// Two builds of the same content project must give byte-identical jars: the first here with -T1 (US English, Los
// Angeles time, UTF-8 by default), the second from prebuild.groovy's copy in elsewhere/checkout-2 (files created in
// reverse order, other modification times) with -T4 (Turkish, Kiritimati time, ISO-8859-1 by default).
// project.build.outputTimestamp fixes the entries' times. build.log holds both invocations.
import java.util.jar.JarFile

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert lines.count('[INFO] BUILD SUCCESS') == 2
assert lines.count('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 4') == 1
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
// validate and bundle of each module, in each build. A miscount names the goals' lines, which a truncated CI log
// would otherwise lose.
def expectCount = { String line, int n ->
    int seen = lines.count(line)
    assert seen == n : "${seen} times, not ${n}: ${line}\nThe goals' lines were:\n" + lines.findAll {
        it =~ /^\[\w+\] (Articles:|Validate:|Bundle '|--- articles)/ || it.contains('excerpt.markdown')
    }.join('\n')
}
expectCount('[INFO] Articles: 3 checked, 0 errors, 0 warnings, 1 info (excerpt.markdown: 1)', 4)
expectCount('[INFO] Articles: 2 checked, 0 errors, 0 warnings', 8)
// Each bundle is rendered from scratch in both builds (timings stripped).
List<String> stripped = lines.collect { it.replaceAll(/ \(\d+ ms\)/, '').replaceAll(/; \d+ ms in all/, '') }
['module-a': 3, 'module-b': 2, 'module-c': 2].each { module, count ->
    assert stripped.count("[INFO] Bundle '${module}': ${count} articles; scanned ${count}, checked 0, rendered ${count}, "
            + "0 up to date; ${count * 2 + 7} files written, 0 unchanged, 0 deleted -> target/classes".toString()) == 2
}

List<String> modules = ['module-a', 'module-b', 'module-c']
File copy = new File(basedir, 'elsewhere/checkout-2')
Map<String, byte[]> jars = [:]
modules.each { module ->
    File first = new File(basedir, "${module}/target/${module}-1.0.0.jar")
    File second = new File(copy, "${module}/target/${module}-1.0.0.jar")
    assert first.isFile() && second.isFile()
    assert first.bytes == second.bytes : "${module}: the jars of the two builds differ"
    jars[module] = first.bytes
}

// Every entry carries the outputTimestamp, in the same order in both jars (compared above).
String root = 'META-INF/articles/module-b/'
List<String> names = []
new JarFile(new File(basedir, 'module-b/target/module-b-1.0.0.jar')).withCloseable { jf ->
    jf.entries().each { e ->
        assert e.time == java.time.Instant.parse('2026-01-01T00:00:00Z').toEpochMilli() : e.name
        if (!e.directory && e.name.startsWith(root)) {
            names << e.name.substring(root.length())
        }
    }
    // Turkish upper and lower case did not leak into ids, tags or dates
    String html = new String(jf.getInputStream(jf.getEntry(root + 'articles/guides/2025-06-01-istanbul.html')).bytes, 'UTF-8')
    assert html.contains('<h1 id="title-i">') && html.contains('<h2 id="illustration-i">')
    String tags = new String(jf.getInputStream(jf.getEntry(root + 'tags.json')).bytes, 'UTF-8')
    assert tags.findAll(/"name": "[^"]+"/) == ['"name": "IZMIR"', '"name": "Istanbul"', '"name": "Içel"',
            '"name": "dates"', '"name": "info"']
    String json = new String(jf.getInputStream(jf.getEntry(root + 'articles/2025-06-02-kiritimati.json')).bytes, 'UTF-8')
    assert json.contains('"date": "2025-06-02T23:59:59+09:00"')
    // The feed is as new as its newest article, in the article's offset: neither the build's time nor its zone.
    String feed = new String(jf.getInputStream(jf.getEntry(root + 'feed.xml')).bytes, 'UTF-8')
    assert feed.contains('<updated>2025-06-02T23:59:59+09:00</updated>') && feed.contains('/2025/06/02/kiritimati/')
}
// The articles' files are named by id (guides/ is the content folder's own subfolder).
assert names == ['articles/2025-06-02-kiritimati.html', 'articles/2025-06-02-kiritimati.json',
                 'articles/guides/2025-06-01-istanbul.html', 'articles/guides/2025-06-01-istanbul.json',
                 'categories.json', 'feed.json', 'feed.xml', 'index.json', 'sitemap.xml', 'tags.json']
return true

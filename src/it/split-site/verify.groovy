// A site split across three content modules, built with -T3: each module bundles its own folder under its own
// name, the web module's test finds all three bundles in the jars on its classpath, and a content error in one
// module fails the build naming that module and its file while the other content modules still build.
import java.util.jar.JarFile

def buildLog = evaluate(new File(basedir, '../../../src/it/build-log.groovy')).newInstance(basedir)
assert buildLog.runs.size() == 3
List<String> first = buildLog.runs[0]
List<String> broken = buildLog.runs[2]
String rendered = ': 2 articles; scanned 2, checked 2, rendered 2, 0 up to date; 8 files written, 0 unchanged, ' +
        '0 deleted -> target/classes'
String unchanged = ': 2 articles; scanned 2, checked 0, rendered 0, 2 up to date; 0 files written, 8 unchanged, ' +
        '0 deleted -> target/classes'
Map<String, String> bundleOf = [news: 'news', blog: 'blog', guides: 'guides']
Map<String, String> artifactOf = [news: 'news', blog: 'blog', guides: 'site-guides']

buildLog.check('run 1: a parallel build without thread-safety warnings') {
    [first, broken].each { lines ->
        assert lines.contains('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 3')
        String lower = lines.join('\n').toLowerCase(Locale.ROOT)
        assert !lower.contains('thread-safe') && !lower.contains('threadsafe') : 'Maven warned about thread safety'
    }
    assert first.contains('[INFO] BUILD SUCCESS')
    // No warning or error of ours (Maven 4 adds warnings of its own, about unpinned default plugins).
    assert !first.any { it.startsWith('[ERROR]') }
    // No warning of ours: the modules set no siteUrl, so their bundles have no feeds, which nobody asked for.
    assert !first.any { it.startsWith('[WARNING]') && (it.contains('articles') || it.contains('.md') || it.contains('Bundle')) }
    ['split-site-parent', 'news', 'blog', 'site-guides', 'site-web'].each { module ->
        assert first.any { it ==~ /\[INFO\] ${module} \.+ SUCCESS \[.*/ } : module
    }
}

buildLog.check('run 1: each content module bundled its own folder under its own name, once') {
    List<String> lines = first.collect { buildLog.strip(it) }
    bundleOf.each { module, bundle ->
        assert lines.count("[INFO] Bundle '${bundle}'${rendered}".toString()) == 1 : module
    }
    assert lines.count { it.startsWith('[INFO] Bundle ') } == 3
    assert lines.count('[INFO] Articles: 2 checked, 0 errors, 0 warnings') == 3
}

buildLog.check('run 1: each jar holds its own bundle only') {
    String root = 'META-INF/articles/'
    // The articles' files are named by id, their paths without extension.
    Map<String, List<String>> ids = [news: ['2026-01-05-shinnen', '2026-02-01-maintenance'],
                                     blog: ['2025/2025-12-24-welcome', '2026-01-12-hatsumoude'],
                                     guides: ['getting-started', 'ja/maven-nyumon']]
    bundleOf.each { module, bundle ->
        List<String> expected = [root + 'bundles.txt', "${root}${bundle}/categories.json",
                                 "${root}${bundle}/index.json", "${root}${bundle}/tags.json"]
        ids[module].each { expected += ["${root}${bundle}/articles/${it}.html", "${root}${bundle}/articles/${it}.json"] }
        new JarFile(new File(basedir, "${module}/target/${artifactOf[module]}-1.0.0.jar")).withCloseable { jar ->
            List<String> entries = jar.entries().toList().findAll { !it.directory && it.name.startsWith(root) }*.name
            assert entries.sort() == expected.collect { it.toString() }.sort() : module
            assert jar.getInputStream(jar.getEntry(root + 'bundles.txt')).getText('UTF-8') == bundle + '\n'
        }
    }
    // guides reads content/, outside src/; the web module carries no bundle.
    assert new File(basedir, 'guides/content/ja/maven-nyumon.md').isFile()
    new JarFile(new File(basedir, 'web/target/site-web-1.0.0.jar')).withCloseable { jar ->
        assert !jar.entries().toList().any { it.name.startsWith(root) }
    }
}

buildLog.check("run 1: the web module's test read every bundle from the classpath, and passed") {
    File report = new File(basedir, 'web/target/surefire-reports/TEST-dev.articles.it.web.SiteArticlesTest.xml')
    assert report.isFile() : 'the web module test did not run'
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert (suite.@tests.text() as int) == 5
    assert (suite.@failures.text() as int) == 0
    assert (suite.@errors.text() as int) == 0
    assert (suite.@skipped.text() as int) == 0
    assert suite.testcase*.@name*.text().sort() == ['aSlugBelongsToItsBundle', 'everyBundleOfTheSite',
            'everyHtmlMatchesItsChecksum', 'japaneseAndEnglishArticles', 'oneDiscoveryFilePerContentJar']
    assert first.any { it ==~ /\[INFO\] Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in dev\.articles\.it\.web\.SiteArticlesTest/ }
}

buildLog.check('run 3: the broken blog article fails the blog, named with its file and line') {
    assert broken.contains('[INFO] BUILD FAILURE')
    assert broken.contains("[ERROR] src/main/articles/2026-02-30-typo.md:[3,7] front-matter.date: '2026-02-30 10:00:00 " +
            "+0900' is not a real calendar date: day 30 does not exist in February 2026, which has 28 days")
    assert broken.contains('[ERROR] Articles: 3 checked, 1 error, 0 warnings (front-matter.date: 1)')
    String failed = "[ERROR] Failed to execute goal dev.articles:articles-maven-plugin:${pluginVersion}:bundle " +
            '(default) on project blog: Articles have 1 error; each is listed above with its file and line -> [Help 1]'
    assert broken.contains(failed)
    // Only the blog failed: the other content modules built (nothing changed for them), the web module, which
    // needs the blog's jar, was skipped.
    assert broken.count { it.startsWith('[ERROR] src/') } == 1
    assert !broken.any { it.startsWith("[INFO] Bundle 'blog'") }
    List<String> lines = broken.collect { buildLog.strip(it) }
    assert lines.contains("[INFO] Bundle 'news'${unchanged}".toString())
    assert lines.contains("[INFO] Bundle 'guides'${unchanged}".toString())
    ['news', 'site-guides'].each { module -> assert broken.any { it ==~ /\[INFO\] ${module} \.+ SUCCESS \[.*/ } : module }
    assert broken.any { it ==~ /\[INFO\] blog \.+ FAILURE \[.*/ }
    assert broken.any { it ==~ /\[INFO\] site-web \.+ SKIPPED/ }
}
buildLog.finish()
return true

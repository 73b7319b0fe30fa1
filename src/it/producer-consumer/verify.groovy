// The producer bundles its articles into its jar; the consumer's JUnit test (run by surefire in this very build)
// found and read them from the classpath.
import java.util.jar.JarFile

File log = new File(basedir, 'build.log')
List<String> lines = log.readLines('UTF-8')

// Producer: validate and bundle both ran and found no error or warning (one info, printed once); the draft was
// checked but not bundled.
assert lines.count('[INFO] Articles: 3 checked, 0 errors, 0 warnings, 1 info (excerpt.markdown: 1)') == 2
assert lines.count("[INFO] src/main/articles/2025/2025-06-10-tsuyu.md:[8,10] excerpt.markdown: the excerpt's Markdown " +
        "(bold '**jar**') is dropped from its plain form, which reads '雨の合間に、記事を jar にする手順をまとめました。'; " +
        'write the excerpt as plain text if consumers show it without formatting') == 1
// The bundle line (timings stripped): three files scanned, the draft among them, which is not bundled.
List<String> bundled = lines.findAll { it.startsWith("[INFO] Bundle 'producer': ") }
        .collect { it.replaceAll(/ \(\d+ ms\)/, '').replaceAll(/; \d+ ms in all/, '') }
assert bundled.size() == 1
assert bundled[0].startsWith("[INFO] Bundle 'producer': 2 articles; scanned 3, checked 0, rendered ")
assert bundled[0].endsWith('; 8 files written, 0 unchanged, 0 deleted -> target/classes')

// News: drafts included (marked), the scheduled article too: the reader decides what to list when it is read.
assert lines.findAll { it.startsWith("[INFO] Bundle 'news': ") }.collect { it.replaceAll(/ \(\d+ ms\)/, '')
        .replaceAll(/; \d+ ms in all/, '') } == ["[INFO] Bundle 'news': 6 articles; scanned 6, checked 6, rendered 6, " +
        '0 up to date; 16 files written, 0 unchanged, 0 deleted -> target/classes']

// Each content jar got its reader, compiled for Java 11 (the producer's with the enum its schema declares).
def readerLines = lines.findAll { it.startsWith('[INFO] Reader ') }.collect { it.replaceAll(/ \(\d+ ms\)/, '') }
assert readerLines == ['[INFO] Reader dev.articles.it.producer.ProducerArticles: 23 files written, 0 unchanged, ' +
        '0 deleted; compiled for Java 11 -> target/classes',
        '[INFO] Reader dev.articles.it.news.NewsArticles: 22 files written, 0 unchanged, 0 deleted; compiled for ' +
        'Java 11 -> target/classes']

// Consumer: the test classes really ran, and passed.
[BundleOnClasspathTest: 4, GeneratedReaderTest: 11].each { name, count ->
    File report = new File(basedir, "consumer/target/surefire-reports/TEST-dev.articles.it.consumer.${name}.xml")
    assert report.isFile() : "the consumer test ${name} did not run"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert (suite.@tests.text() as int) == count
    assert (suite.@failures.text() as int) == 0
    assert (suite.@errors.text() as int) == 0
    assert (suite.@skipped.text() as int) == 0
    assert suite.testcase.size() == count
    assert lines.any { it ==~ /\[INFO\] Tests run: ${count}, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in dev\.articles\.it\.consumer\.${name}/ }
}

// The producer jar holds exactly the bundle (plus the usual META-INF entries), byte for byte as generated.
String root = 'META-INF/articles/'
List<String> expected = [
        root + 'bundles.txt',
        root + 'producer/articles/2025/2025-06-10-tsuyu.html',
        root + 'producer/articles/2025/2025-06-10-tsuyu.json',
        root + 'producer/articles/2026-02-05-release-notes.html',
        root + 'producer/articles/2026-02-05-release-notes.json',
        root + 'producer/categories.json',
        root + 'producer/index.json',
        root + 'producer/tags.json',
]
// Written straight to target/classes: no other folder, no copy by the resources plugin.
assert !new File(basedir, 'producer/target/generated-resources').exists()
File generated = new File(basedir, 'producer/target/classes')
List<String> generatedFiles = []
new File(generated, root).eachFileRecurse(groovy.io.FileType.FILES) {
    generatedFiles << generated.toPath().relativize(it.toPath()).toString().replace(File.separator, '/')
}
assert generatedFiles.sort() == expected

File jar = new File(basedir, 'producer/target/producer-1.0.0.jar')
assert jar.isFile()
new JarFile(jar).withCloseable { jf ->
    List<String> entries = jf.entries().toList().findAll { !it.directory }*.name
    assert entries.findAll { it.startsWith(root) }.sort() == expected
    expected.each { name ->
        byte[] inJar = jf.getInputStream(jf.getEntry(name)).bytes
        assert inJar == new File(generated, name).bytes : name
    }
}
assert new File(generated, root + 'bundles.txt').getText('UTF-8') == 'producer\n'

// The bundle files get the same permissions as any other file the build writes (here the jar plugin's
// pom.properties), not owner-only ones: the mode travels through target/classes into the jar.
java.nio.file.Path reference = new File(basedir, 'producer/target/maven-archiver/pom.properties').toPath()
if (reference.fileSystem.supportedFileAttributeViews().contains('posix')) {
    def mode = { java.nio.file.Path p -> java.nio.file.Files.getPosixFilePermissions(p) }
    expected.each { name ->
        assert mode(new File(generated, name).toPath()) == mode(reference) : name
    }
}

// The producer jar also carries its reader: class files for Java 11, their sources (for IDEs), and the native image
// configuration that keeps the bundle in a GraalVM image; byte for byte as generated.
String pkg = 'dev/articles/it/producer/'
List<String> reader = ['META-INF/native-image/dev.articles.it/producer/resource-config.json',
        pkg + 'BundleFiles.class', pkg + 'BundleFiles.java', pkg + 'Json.class', pkg + 'Json.java',
        pkg + 'Page.class', pkg + 'Page.java', pkg + 'ProducerArticle$Details.class',
        pkg + 'ProducerArticle$Heading.class', pkg + 'ProducerArticle.class', pkg + 'ProducerArticle.java',
        pkg + 'ProducerArticles$Contents.class', pkg + 'ProducerArticles.class', pkg + 'ProducerArticles.java',
        pkg + 'ProducerExtra$Status.class', pkg + 'ProducerExtra.class', pkg + 'ProducerExtra.java']
new JarFile(jar).withCloseable { jf ->
    List<String> entries = jf.entries().toList().findAll { !it.directory }*.name
    assert entries.findAll { !it.startsWith(root) && !it.startsWith('META-INF/maven/') && it != 'META-INF/MANIFEST.MF' }
            .sort() == reader
    reader.each { name ->
        assert jf.getInputStream(jf.getEntry(name)).bytes == new File(generated, name).bytes : name
    }
    byte[] cls = jf.getInputStream(jf.getEntry(pkg + 'ProducerArticles.class')).bytes
    assert cls[7] == 55 : 'a Java 11 class file'
}
assert new File(basedir, 'producer/target/generated-sources/articles/' + pkg + 'ProducerExtra.java')
        .getText('UTF-8').contains('public Optional<Status> status() {')

// The news jar holds its own code beside its reader, which that code calls.
new JarFile(new File(basedir, 'news/target/news-1.0.0.jar')).withCloseable { jf ->
    assert jf.getEntry('dev/articles/it/newsdesk/Headlines.class') != null
    assert jf.getEntry('dev/articles/it/news/NewsArticles.class') != null
}

// The consumer's own jar carries no bundle.
new JarFile(new File(basedir, 'consumer/target/consumer-1.0.0.jar')).withCloseable { jf ->
    assert !jf.entries().toList().any { it.name.startsWith(root) }
}
return true

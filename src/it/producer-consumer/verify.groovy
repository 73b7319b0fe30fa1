// The producer bundles its articles into its jar; the consumer's JUnit test (run by surefire in this very build)
// found and read them from the classpath.
import java.util.jar.JarFile

File log = new File(basedir, 'build.log')
List<String> lines = log.readLines('UTF-8')

// Producer: validate and bundle both ran and found no error or warning (one info, printed once); the draft was
// checked but not bundled.
assert lines.count('[INFO] Articles: 3 checked, 0 errors, 0 warnings, 1 info (excerpt.markdown: 1)') == 2
assert lines.count("[INFO] src/main/articles/2025/2025-06-10-tsuyu.md:[7,10] excerpt.markdown: the excerpt's Markdown " +
        "(bold '**jar**') is dropped from its plain form, which reads '雨の合間に、記事を jar にする手順をまとめました。'; " +
        'write the excerpt as plain text if consumers show it without formatting') == 1
// The bundle line (timings stripped): three files scanned, the draft among them, which is not bundled.
List<String> bundled = lines.findAll { it.startsWith("[INFO] Bundle 'producer': ") }
        .collect { it.replaceAll(/ \(\d+ ms\)/, '').replaceAll(/; \d+ ms in all/, '') }
assert bundled.size() == 1
assert bundled[0].startsWith("[INFO] Bundle 'producer': 2 articles; scanned 3, checked 0, rendered ")
assert bundled[0].endsWith('; 8 files written, 0 unchanged, 0 deleted -> target/classes')

// Consumer: the test class really ran, and passed.
File report = new File(basedir, 'consumer/target/surefire-reports/TEST-dev.articles.it.consumer.BundleOnClasspathTest.xml')
assert report.isFile() : 'the consumer test did not run'
def suite = new groovy.xml.XmlSlurper().parse(report)
assert (suite.@tests.text() as int) == 4
assert (suite.@failures.text() as int) == 0
assert (suite.@errors.text() as int) == 0
assert (suite.@skipped.text() as int) == 0
assert suite.testcase.size() == 4
assert lines.any { it ==~ /\[INFO\] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in dev\.articles\.it\.consumer\.BundleOnClasspathTest/ }

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

// The consumer's own jar carries no bundle.
new JarFile(new File(basedir, 'consumer/target/consumer-1.0.0.jar')).withCloseable { jf ->
    assert !jf.entries().toList().any { it.name.startsWith(root) }
}
return true

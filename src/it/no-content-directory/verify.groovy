// A project with the plugin but without src/main/articles: the build passes, both goals say there is nothing to
// do, and nothing is bundled.
import java.util.jar.JarFile

File log = new File(basedir, 'build.log')
assert log.isFile()
List<String> lines = log.readLines('UTF-8')

assert lines.contains('[INFO] No content directory src/main/articles; nothing to validate')
assert lines.contains('[INFO] No content directory src/main/articles; nothing to bundle')
assert lines.contains('[INFO] BUILD SUCCESS')
// No diagnostics, no summary, no bundle line.
assert !lines.any { it.contains('Articles: ') }
assert !lines.any { it.contains("Bundle '") }
assert !lines.any { it.startsWith('[ERROR]') }

assert !new File(basedir, 'target/generated-resources/articles').exists()
assert !new File(basedir, 'target/classes/META-INF/articles').exists()

File jar = new File(basedir, 'target/no-content-directory-1.0.0.jar')
assert jar.isFile()
new JarFile(jar).withCloseable { jf ->
    List<String> articleEntries = jf.entries().toList()*.name.findAll { it.startsWith('META-INF/articles') }
    assert articleEntries == []
}
return true

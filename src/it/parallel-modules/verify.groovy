// Four modules bundle the same folder under the same bundle name with -T3: Maven must not warn about thread
// safety, and every module must produce byte-identical bundle files and jar entries. module-a to module-c write to
// target/classes (the default); module-d writes to target/bundle, a resource folder copied to target/classes.
import java.util.jar.JarFile

String log = new File(basedir, 'build.log').getText('UTF-8')
// Maven 4.0.0-rc-5 under -T3 now and then prints a line's level as [null] (seen in a CI run: one of the four
// modules' info finding came out as '[null] /…/2025-03-20-spring-update.md:[6,10] excerpt.markdown: …'). The
// line is the plugin's info all the same, so such lines are read as [INFO]; every other assertion stands.
List<String> lines = log.readLines().collect { it.startsWith('[null] ') ? '[INFO] ' + it.substring(7) : it }

assert lines.contains('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 3')
String lower = log.toLowerCase(Locale.ROOT)
assert !lower.contains('thread-safe') && !lower.contains('threadsafe') : 'Maven warned about thread safety'
assert lines.contains('[INFO] BUILD SUCCESS')
// On failure, the plugin's own lines say what happened in which module (the whole log is in build.log).
String ours = lines.findAll { it.contains('Articles: ') || it.contains("Bundle '") || it.startsWith('[WARNING]')
        || it.startsWith('[ERROR]') || it.contains('excerpt.markdown') }.join('\n')
assert !lines.any { it.startsWith('[WARNING]') && it.contains('articles') } : ours

List<String> modules = ['module-a', 'module-b', 'module-c', 'module-d']
String root = 'META-INF/articles/'
List<String> expected = [
        root + 'bundles.txt',
        // Named by id, the path below the content folder without extension.
        root + 'shared-news/articles/2024-12-31-omisoka.html',
        root + 'shared-news/articles/2024-12-31-omisoka.json',
        root + 'shared-news/articles/2025-02-01-heading-ids.html',
        root + 'shared-news/articles/2025-02-01-heading-ids.json',
        root + 'shared-news/articles/2025/2025-01-15-kanji-and-code.html',
        root + 'shared-news/articles/2025/2025-01-15-kanji-and-code.json',
        root + 'shared-news/articles/2025/2025-03-20-spring-update.html',
        root + 'shared-news/articles/2025/2025-03-20-spring-update.json',
        root + 'shared-news/categories.json',
        root + 'shared-news/feed.json',
        root + 'shared-news/feed.xml',
        root + 'shared-news/index.json',
        root + 'shared-news/sitemap.xml',
        root + 'shared-news/tags.json',
]

// Each module validated and bundled the four articles itself, and printed the one info finding once (validate and
// bundle share it). The content folder is outside every module, so the path is shown in full.
assert lines.count('[INFO] Articles: 4 checked, 0 errors, 0 warnings, 1 info (excerpt.markdown: 1)') == 2 * modules.size() : ours
String info = "/parallel-modules/articles/2025/2025-03-20-spring-update.md:[6,10] excerpt.markdown: the excerpt's " +
        "Markdown (emphasis '*short*') is dropped from its plain form, which reads 'A short summary written by hand.'; " +
        'write the excerpt as plain text if consumers show it without formatting'
assert lines.count { it.startsWith('[INFO] /') && it.endsWith(info) } == modules.size() : ours
List<String> stripped = lines.collect { it.replaceAll(/ \(\d+ ms\)/, '').replaceAll(/; \d+ ms in all/, '') }
String bundled = "[INFO] Bundle 'shared-news': 4 articles; scanned 4, checked 0, rendered 4, 0 up to date; " +
        '15 files written, 0 unchanged, 0 deleted -> '
assert stripped.count(bundled + 'target/classes') == 3 : ours
assert stripped.count(bundled + 'target/bundle') == 1 : ours

Map<String, Map<String, byte[]>> generated = [:]
Map<String, Map<String, byte[]>> jarred = [:]
modules.each { module ->
    File dir = new File(basedir, module == 'module-d' ? "${module}/target/bundle" : "${module}/target/classes")
    Map<String, byte[]> files = new TreeMap<>()
    new File(dir, root).eachFileRecurse(groovy.io.FileType.FILES) {
        files[dir.toPath().relativize(it.toPath()).toString().replace(File.separator, '/')] = it.bytes
    }
    assert files.keySet() as List == expected : module
    generated[module] = files
    // The default writes nowhere else; module-d's folder was copied to target/classes whole.
    if (module == 'module-d') {
        expected.each { assert new File(basedir, "${module}/target/classes/${it}").bytes == files[it] : it }
    } else {
        assert !new File(basedir, "${module}/target/generated-resources").exists() : module
        assert !new File(basedir, "${module}/target/bundle").exists() : module
    }

    Map<String, byte[]> entries = new TreeMap<>()
    new JarFile(new File(basedir, "${module}/target/${module}-1.0.0.jar")).withCloseable { jf ->
        jf.entries().toList().findAll { !it.directory && it.name.startsWith(root) }.each {
            entries[it.name] = jf.getInputStream(it).bytes
        }
    }
    assert entries.keySet() as List == expected : module
    jarred[module] = entries
}
modules.each { module ->
    expected.each { name ->
        assert generated[module][name] == generated['module-a'][name] : "${module}: ${name} differs from module-a's"
        assert jarred[module][name] == generated['module-a'][name] : "${module}'s jar: ${name} differs"
    }
}
assert new String(generated['module-a'][root + 'bundles.txt'], 'UTF-8') == 'shared-news\n'
// The content really went through the renderer (tables, footnotes, heading ids), not just copied.
String html = new String(generated['module-a'][root + 'shared-news/articles/2025/2025-01-15-kanji-and-code.html'], 'UTF-8')
assert html.contains('<table>') && html.contains('footnote')
String ids = new String(generated['module-a'][root + 'shared-news/articles/2025-02-01-heading-ids.html'], 'UTF-8')
assert ids.contains('<h2 id="notes">Notes</h2>') && ids.contains('<h2 id="notes-1">Notes</h2>')
return true

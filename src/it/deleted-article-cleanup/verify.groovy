// Build 1 bundled three articles into target/classes. Build 2 deleted "removed" and renamed "before-rename" to
// "after-rename" (between articles:validate and articles:bundle) and back-dated build 1's output: nothing of the old
// articles may be left in target/classes or in the jar, the index lists only current articles, and files whose
// bytes did not change were not rewritten (build 3's profile kept build 2's output and jar in after-build-2/).
// Build 3 wrote to target/own-folder (a resource folder) after "kept" was deleted: kept's files, written by build 2
// to target/classes, are gone from there and from the jar. Every group of checks runs; the failures are reported
// together at the end.
import groovy.json.JsonSlurper
import java.util.jar.JarFile

def buildLog = evaluate(new File(basedir, '../../../src/it/build-log.groovy')).newInstance(basedir)
def check = buildLog.&check
List<List<String>> runs = buildLog.runs
assert runs.size() == 3
runs.each { assert it.contains('[INFO] BUILD SUCCESS') }
def strip = { String line -> buildLog.strip(line) } // timings vary from run to run
// Per run: the lines checked below (taken out first, so a failure shows them and not the whole log).
List<List<String>> validate = runs.collect { run -> run.findAll { it.startsWith('[INFO] Validate: ') }.collect(strip) }
List<List<String>> bundles = runs.collect { run -> run.findAll { it.startsWith("[INFO] Bundle '") }.collect(strip) }
List<List<String>> summaries = runs.collect { run -> run.findAll { it.contains('] Articles: ') } }
List<List<String>> deleting = runs.collect { run -> run.findAll { it.contains('[delete] Deleting: ') }.collect { it.replaceAll(/.*\//, '') } }
String bundle = "[INFO] Bundle 'deleted-article-cleanup': "

check('build 1: summaries') {
    assert summaries[0] == ['[INFO] Articles: 3 checked, 0 errors, 0 warnings'] * 2
}
check('build 1: validate') {
    assert validate[0] == ['[INFO] Validate: scanned 3, checked 3, 0 up to date']
}
check('build 1: bundle') {
    assert bundles[0] == [bundle + '3 articles; scanned 3, checked 0, rendered 3, 0 up to date; '
            + '10 files written, 0 unchanged, 0 deleted -> target/classes']
}
// validate saw the old content, bundle the new one.
check('build 2: summaries') {
    assert summaries[1] == ['[INFO] Articles: 3 checked, 0 errors, 0 warnings', '[INFO] Articles: 2 checked, 0 errors, 0 warnings']
    assert deleting[1] == ['2025-04-02-removed.md']
}
check('build 2: validate') {
    assert validate[1] == ['[INFO] Validate: scanned 3, checked 0, 3 up to date']
}
// Checked and rendered: the renamed article (a new file to bundle). Written: index, tags, categories and the renamed
// article's two files. Unchanged: bundles.txt and the kept article's two files. Deleted: the two old ids' files.
check('build 2: bundle') {
    assert bundles[1] == [bundle + '2 articles; scanned 2, checked 1, rendered 1, 1 up to date; '
            + '5 files written, 3 unchanged, 4 deleted -> target/classes']
}
// outputDirectory plays no part in the checks: validate finds both articles up to date. bundle renders the one
// left again for the new folder, where it writes every file; kept's two files are deleted from target/classes.
check('build 3: summaries') {
    assert summaries[2] == ['[INFO] Articles: 2 checked, 0 errors, 0 warnings', '[INFO] Articles: 1 checked, 0 errors, 0 warnings']
    assert deleting[2] == ['2025-04-01-kept.md']
}
check('build 3: validate') {
    assert validate[2] == ['[INFO] Validate: scanned 2, checked 0, 2 up to date']
}
check('build 3: bundle') {
    assert bundles[2] == [bundle + '1 article; scanned 1, checked 0, rendered 1, 0 up to date; '
            + '6 files written, 0 unchanged, 2 deleted -> target/own-folder']
}

String root = 'META-INF/articles/'
String b = root + 'deleted-article-cleanup/'
def filesUnder = { File dir -> buildLog.filesUnder(dir) }
def jarEntries = { File jar ->
    Map<String, byte[]> entries = new TreeMap<>()
    new JarFile(jar).withCloseable { jf ->
        jf.entries().each { if (!it.directory && it.name.startsWith(root)) { entries[it.name] = jf.getInputStream(it).bytes } }
    }
    entries
}

// Build 2's output, as build 3's profile found it.
List<String> expected2 = [
        root + 'bundles.txt',
        b + 'articles/2025-04-01-kept.html',
        b + 'articles/2025-04-01-kept.json',
        b + 'articles/2025-04-03-after-rename.html',
        b + 'articles/2025-04-03-after-rename.json',
        b + 'categories.json',
        b + 'index.json',
        b + 'tags.json',
]
File output2 = new File(basedir, 'after-build-2')
check('build 2: output files') {
    assert filesUnder(new File(output2, root)).collect { root + it } == expected2
}
check('build 2: jar') {
    Map<String, byte[]> entries = jarEntries(new File(output2, 'deleted-article-cleanup-1.0.0.jar'))
    assert entries.keySet() as List == expected2
    expected2.each { assert entries[it] == new File(output2, it).bytes : it }
}
check('build 2: the index lists only current articles') {
    def json = { String name -> new JsonSlurper().parse(new File(output2, name), 'UTF-8') }
    def index = json(b + 'index.json')
    assert index.bundle == 'deleted-article-cleanup'
    assert index.articles*.slug == ['after-rename', 'kept']
    assert index.articles*.id == ['2025-04-03-after-rename', '2025-04-01-kept']
    assert index.articles*.title == ['名前が変わる記事', '残る記事']
    assert json(b + 'articles/2025-04-03-after-rename.json').source == '2025-04-03-after-rename.md'
    assert json(b + 'tags.json').tags == [[name: '残留', ids: ['2025-04-01-kept']],
            [name: '移動', ids: ['2025-04-03-after-rename']]]
    assert json(b + 'categories.json').categories == [[name: 'お知らせ', ids: ['2025-04-03-after-rename', '2025-04-01-kept']]]
    ['removed', 'before-rename', 'gone', 'archive'].each { word ->
        ['index.json', 'tags.json', 'categories.json'].each { assert !new File(output2, b + it).getText('UTF-8').contains(word) }
    }
}
// The profile back-dated all of build 1's output to 2001-01-01T00:00:00Z just before bundle ran.
check('build 2: only changed files were rewritten') {
    long backDated = 978307200000L
    assert expected2.findAll { new File(output2, it).lastModified() == backDated } ==
            [root + 'bundles.txt', b + 'articles/2025-04-01-kept.html', b + 'articles/2025-04-01-kept.json']
}

// Build 3's output: in its own folder, copied to target/classes by maven-resources-plugin, and in the jar.
List<String> expected3 = [
        root + 'bundles.txt',
        b + 'articles/2025-04-03-after-rename.html',
        b + 'articles/2025-04-03-after-rename.json',
        b + 'categories.json',
        b + 'index.json',
        b + 'tags.json',
]
File own = new File(basedir, 'target/own-folder')
File classes = new File(basedir, 'target/classes')
check('build 3: own folder') {
    assert filesUnder(own) == expected3
}
check('build 3: target/classes holds the same files, kept\'s are deleted') {
    assert filesUnder(new File(classes, root)).collect { root + it } == expected3
    expected3.each { assert new File(classes, it).bytes == new File(own, it).bytes : it }
}
check('build 3: jar') {
    Map<String, byte[]> entries = jarEntries(new File(basedir, 'target/deleted-article-cleanup-1.0.0.jar'))
    assert entries.keySet() as List == expected3
    expected3.each { assert entries[it] == new File(own, it).bytes : it }
}
check('build 3: the index lists only the article left') {
    def index = new JsonSlurper().parse(new File(own, b + 'index.json'), 'UTF-8')
    assert index.articles*.slug == ['after-rename']
}
check('no generated-resources folder') {
    assert !new File(basedir, 'target/generated-resources').exists()
}

buildLog.finish()
return true

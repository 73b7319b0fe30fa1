// Build 1 bundled three articles. Build 2 deleted "removed" and renamed "before-rename" to "after-rename" (between
// articles:validate and articles:bundle) and back-dated build 1's output. Afterwards nothing of the old articles may
// be left in the output folder, in target/classes or in the jar; the index lists only current articles; and files
// whose bytes did not change were not rewritten.
import groovy.json.JsonSlurper
import java.util.jar.JarFile

String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1) as List
assert runs.size() == 2
List<String> first = runs[0].readLines()
List<String> second = runs[1].readLines()
String out = ' -> target/generated-resources/articles'
assert first.count('[INFO] Articles: 3 checked, 0 errors, 0 warnings') == 2
assert first.contains("[INFO] Bundle 'deleted-article-cleanup': 3 articles; 10 files written, 0 unchanged, 0 stale deleted" + out)
// validate saw the old content, bundle the new one.
assert second.contains('[INFO] Articles: 3 checked, 0 errors, 0 warnings')
assert second.contains('[INFO] Articles: 2 checked, 0 errors, 0 warnings')
assert second.any { it.contains('[delete] Deleting: ') && it.endsWith('2025-04-02-removed.md') }
// Written: index, tags, categories and the renamed article's two files. Unchanged: bundles.txt and the kept
// article's two files. Deleted: two stale files for each of the two old slugs, in the output folder and in
// target/classes.
assert second.contains("[INFO] Bundle 'deleted-article-cleanup': 2 articles; 5 files written, 3 unchanged, 8 stale deleted" + out)
assert second.contains('[INFO] BUILD SUCCESS')

String root = 'META-INF/articles/'
String bundle = root + 'deleted-article-cleanup/'
List<String> expected = [
        root + 'bundles.txt',
        bundle + 'articles/after-rename.html',
        bundle + 'articles/after-rename.json',
        bundle + 'articles/kept.html',
        bundle + 'articles/kept.json',
        bundle + 'categories.json',
        bundle + 'index.json',
        bundle + 'tags.json',
]

def filesUnder = { File dir ->
    List<String> names = []
    dir.eachFileRecurse(groovy.io.FileType.FILES) {
        names << dir.toPath().relativize(it.toPath()).toString().replace(File.separator, '/')
    }
    names.sort()
}
File generated = new File(basedir, 'target/generated-resources/articles')
File classes = new File(basedir, 'target/classes')
assert filesUnder(generated) == expected
assert filesUnder(new File(classes, root)).collect { root + it } == expected
expected.each { assert new File(classes, it).bytes == new File(generated, it).bytes : it }

new JarFile(new File(basedir, 'target/deleted-article-cleanup-1.0.0.jar')).withCloseable { jf ->
    List<String> entries = jf.entries().toList().findAll { !it.directory && it.name.startsWith(root) }*.name
    assert entries.sort() == expected
    expected.each { assert jf.getInputStream(jf.getEntry(it)).bytes == new File(generated, it).bytes : it }
    assert !jf.entries().toList().any { it.name.contains('removed') || it.name.contains('before-rename') }
}

def json = { String name -> new JsonSlurper().parse(new File(generated, name), 'UTF-8') }
def index = json(bundle + 'index.json')
assert index.bundle == 'deleted-article-cleanup'
assert index.articles*.slug == ['after-rename', 'kept']
assert index.articles*.title == ['名前が変わる記事', '残る記事']
assert json(bundle + 'articles/after-rename.json').source == '2025-04-03-after-rename.md'
assert json(bundle + 'tags.json').tags == [[name: '残留', slugs: ['kept']], [name: '移動', slugs: ['after-rename']]]
assert json(bundle + 'categories.json').categories == [[name: 'お知らせ', slugs: ['after-rename', 'kept']]]
['removed', 'before-rename', 'gone', 'archive'].each { word ->
    ['index.json', 'tags.json', 'categories.json'].each { assert !new File(generated, bundle + it).getText('UTF-8').contains(word) }
}

// The profile back-dated all of build 1's output to 2001-01-01T00:00:00Z just before bundle ran.
long backDated = 978307200000L
[root + 'bundles.txt', bundle + 'articles/kept.html', bundle + 'articles/kept.json'].each {
    assert new File(generated, it).lastModified() == backDated : "${it} was rewritten although its bytes did not change"
}
[bundle + 'index.json', bundle + 'tags.json', bundle + 'categories.json'].each {
    assert new File(generated, it).lastModified() > backDated : "${it} changed but was not rewritten"
}
return true

// Incremental builds after single edits (see pom.xml and invoker.properties for the seven invocations):
// - build 3, after a sentence of kaishi.md's body changed: validate checks only kaishi.md, bundle renders only it,
//   and only kaishi's .html and .json are rewritten (its excerpt, the first paragraph, did not change, so the index
//   did not either);
// - build 5, after guide.md's slug changed from "guide" to "user-guide": guide.md is checked and rendered again,
//   furikaeri.md (which links to it) is rendered again and now links to its new address "../user-guide/", the
//   unrelated articles are left alone; the files are named by id, which the slug does not change, so guide's HTML
//   (the same bytes) stays, its JSON (new slug and url) and the index are rewritten, and nothing is deleted;
// - build 7, clean: gives exactly the files, bytes and jar the incremental builds ended with.
// Every group of checks runs; the failures are reported together at the end.
import java.util.jar.JarFile

def buildLog = evaluate(new File(basedir, '../../../src/it/build-log.groovy')).newInstance(basedir)
def check = buildLog.&check
List<List<String>> runs = buildLog.runs
assert runs.size() == 7
runs.each { assert it.contains('[INFO] BUILD SUCCESS') }
def strip = { String line -> buildLog.strip(line) } // timings vary from run to run
// Per run: the lines checked below (taken out first, so a failure shows them and not the whole log).
List<List<String>> validate = runs.collect { run -> run.findAll { it.startsWith('[INFO] Validate: ') }.collect(strip) }
List<List<String>> bundles = runs.collect { run -> run.findAll { it.startsWith("[INFO] Bundle '") }.collect(strip) }
List<List<String>> problems = runs.collect { run -> run.findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') } }
List<Integer> summaries = runs.collect { it.count('[INFO] Articles: 5 checked, 0 errors, 0 warnings') }
List<List<String>> jarring = runs.collect { run -> run.findAll { it.startsWith('[INFO] Building jar: ') } }
String bundle = "[INFO] Bundle 'incremental-one-edit': 5 articles; "

// The package builds: 1, 3, 5 and 7 (runs 0, 2, 4, 6). validate and bundle each print the usual summary.
[0, 2, 4, 6].each { i ->
    check("build ${i + 1}: summaries") {
        assert summaries[i] == 2
        assert problems[i] == [] // no siteUrl: no feeds, and nothing to warn about
    }
}
check('build 1: from scratch: validate') {
    assert validate[0] == ['[INFO] Validate: scanned 5, checked 5, 0 up to date']
}
check('build 1: from scratch: bundle') {
    assert bundles[0] == [bundle + 'scanned 5, checked 0, rendered 5, 0 up to date; '
            + '15 files written, 0 unchanged, 0 deleted -> target/classes']
}
check('build 3: kaishi.md body edited: validate') {
    assert validate[2] == ['[INFO] Validate: scanned 5, checked 1, 4 up to date']
}
check('build 3: kaishi.md body edited: bundle') {
    assert bundles[2] == [bundle + 'scanned 5, checked 0, rendered 1, 4 up to date; '
            + '2 files written, 13 unchanged, 0 deleted -> target/classes']
}
check('build 5: guide.md slug changed: validate') {
    // The links are checked across articles, not per article: furikaeri.md's own checks need not run again.
    assert validate[4] == ['[INFO] Validate: scanned 5, checked 1, 4 up to date']
}
check('build 5: guide.md slug changed: bundle') {
    assert bundles[4] == [bundle + 'scanned 5, checked 0, rendered 2, 3 up to date; '
            + '4 files written, 11 unchanged, 0 deleted -> target/classes']
}
check('build 7: clean: validate') {
    assert validate[6] == ['[INFO] Validate: scanned 5, checked 5, 0 up to date']
}
check('build 7: clean: bundle') {
    assert bundles[6] == [bundle + 'scanned 5, checked 0, rendered 5, 0 up to date; '
            + '15 files written, 0 unchanged, 0 deleted -> target/classes']
}

def filesUnder = { File dir -> buildLog.filesUnder(dir) }

// The snapshots hold the files under target/classes/META-INF/articles newer than the back-date: those build 3 and
// build 5 wrote.
String b = 'incremental-one-edit/'
check('build 3 rewrote only kaishi') {
    assert filesUnder(new File(basedir, 'snapshots/after-body-edit')) ==
            [b + 'articles/2025-06-01-kaishi.html', b + 'articles/2025-06-01-kaishi.json']
}
check('build 5 rewrote the readdressed article\'s record, the article linking to it and the index') {
    assert filesUnder(new File(basedir, 'snapshots/after-slug-edit')) == [
            b + 'articles/2025-06-02-guide.json',
            b + 'articles/2025-06-03-furikaeri.html', b + 'articles/2025-06-03-furikaeri.json',
            b + 'index.json']
}

// What the incremental builds ended with (copied out of target/ before the clean build) and what the clean build
// wrote.
String root = 'META-INF/articles/'
List<String> expected = [
        'bundles.txt',
        b + 'articles/2025-06-01-kaishi.html',
        b + 'articles/2025-06-01-kaishi.json',
        b + 'articles/2025-06-02-guide.html',
        b + 'articles/2025-06-02-guide.json',
        b + 'articles/2025-06-03-furikaeri.html',
        b + 'articles/2025-06-03-furikaeri.json',
        b + 'articles/2025-06-04-harbour.html',
        b + 'articles/2025-06-04-harbour.json',
        b + 'articles/2025-06-05-release-notes.html',
        b + 'articles/2025-06-05-release-notes.json',
        b + 'assets/images/harbour.png',
        b + 'categories.json',
        b + 'index.json',
        b + 'tags.json',
].collect { root + it }
File incremental = new File(basedir, 'incremental')
File clean = new File(basedir, 'target/classes')
check('incremental output: exactly the current articles') {
    assert filesUnder(new File(incremental, root)).collect { root + it } == expected
}
check('clean output: exactly the current articles') {
    assert filesUnder(new File(clean, root)).collect { root + it } == expected
}
check('incremental output equals the clean build, byte for byte') {
    expected.each { assert new File(incremental, it).bytes == new File(clean, it).bytes : it }
}
check('the edits are in the output') {
    String kaishi = new File(clean, root + b + 'articles/2025-06-01-kaishi.html').getText('UTF-8')
    assert kaishi.contains('毎週水曜日') && !kaishi.contains('毎週月曜日')
    String furikaeri = new File(incremental, root + b + 'articles/2025-06-03-furikaeri.html').getText('UTF-8')
    assert furikaeri == '<p>準備の手順は<a href="../user-guide/">ガイド</a>にあります。</p>\n' +
            '<p>インストールは<a href="../user-guide/#install">こちらの節</a>を見てください。</p>\n'
    assert new File(incremental, root + b + 'assets/images/harbour.png').bytes ==
            new File(basedir, 'src/main/articles/images/harbour.png').bytes
}
check('the bundle is written straight to target/classes') {
    assert !new File(basedir, 'target/generated-resources').exists()
}

File incrementalJar = new File(incremental, 'incremental-one-edit-1.0.0.jar')
File cleanJar = new File(basedir, 'target/incremental-one-edit-1.0.0.jar')
check('jar entries of the incremental and the clean build') {
    Map<String, byte[]> entries = [:]
    new JarFile(incrementalJar).withCloseable { jf ->
        jf.entries().each { if (!it.directory) { entries[it.name] = jf.getInputStream(it).bytes } }
    }
    new JarFile(cleanJar).withCloseable { jf ->
        List<String> names = jf.entries().toList().findAll { !it.directory }*.name
        assert names.sort() == entries.keySet().sort()
        assert names.findAll { it.startsWith(root) }.sort() == expected
        names.each { assert jf.getInputStream(jf.getEntry(it)).bytes == entries[it] : it }
    }
    // project.build.outputTimestamp fixes the entry times: the whole jars are the same.
    assert incrementalJar.bytes == cleanJar.bytes
}

buildLog.finish()
return true

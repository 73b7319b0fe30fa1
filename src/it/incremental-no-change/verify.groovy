// Build 2 changed nothing: validate checked no article again and bundle rendered none, all three were up to date,
// no bundle file under target/classes was rewritten (each keeps the time the "backdate" profile gave it) and the
// jar plugin, finding nothing newer than the jar, left the jar alone. Every group of checks runs; the failures are
// reported together at the end.
def buildLog = evaluate(new File(basedir, '../../../src/it/build-log.groovy')).newInstance(basedir)
def check = buildLog.&check
List<List<String>> runs = buildLog.runs
assert runs.size() == 2
runs.each { assert it.contains('[INFO] BUILD SUCCESS') }
def strip = { String line -> buildLog.strip(line) } // timings vary from run to run
// Per run: the lines checked below (taken out first, so a failure shows them and not the whole log).
List<List<String>> validate = runs.collect { run -> run.findAll { it.startsWith('[INFO] Validate: ') }.collect(strip) }
List<List<String>> bundles = runs.collect { run -> run.findAll { it.startsWith("[INFO] Bundle '") }.collect(strip) }
List<List<String>> problems = runs.collect { run -> run.findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') } }
List<Integer> summaries = runs.collect { it.count('[INFO] Articles: 3 checked, 0 errors, 0 warnings') }
List<List<String>> jarring = runs.collect { run -> run.findAll { it.startsWith('[INFO] Building jar: ') } }
String bundle = "[INFO] Bundle 'incremental-no-change': 3 articles; "

runs.indices.each { i ->
    check("build ${i + 1}: summaries (also for articles taken from the last build)") {
        assert summaries[i] == 2
        assert problems[i] == [] // no siteUrl: no feeds, and nothing to warn about
    }
}
check('build 1: validate') {
    assert validate[0] == ['[INFO] Validate: scanned 3, checked 3, 0 up to date']
}
check('build 1: bundle') {
    assert bundles[0] == [bundle + 'scanned 3, checked 0, rendered 3, 0 up to date; '
            + '10 files written, 0 unchanged, 0 deleted -> target/classes']
}
check('build 2: validate') {
    assert validate[1] == ['[INFO] Validate: scanned 3, checked 0, 3 up to date']
}
check('build 2: bundle') {
    assert bundles[1] == [bundle + 'scanned 3, checked 0, rendered 0, 3 up to date; '
            + '0 files written, 10 unchanged, 0 deleted -> target/classes']
}

String root = 'META-INF/articles/'
String b = root + 'incremental-no-change/'
List<String> expected = [
        root + 'bundles.txt',
        b + 'articles/2025-07-01-natsu.html',
        b + 'articles/2025-07-01-natsu.json',
        b + 'articles/2025-07-02-tanabata.html',
        b + 'articles/2025-07-02-tanabata.json',
        b + 'articles/2025-07-03-checklist.html',
        b + 'articles/2025-07-03-checklist.json',
        b + 'categories.json',
        b + 'index.json',
        b + 'tags.json',
]
File classes = new File(basedir, 'target/classes')
List<String> present = buildLog.filesUnder(new File(classes, root)).collect { root + it }
check('the bundle files') {
    assert present.sort() == expected
}
check('build 2 rewrote no bundle file') {
    long backDated = 978307200000L
    assert expected.findAll { new File(classes, it).lastModified() != backDated } == []
}
check('the bundle is written straight to target/classes') {
    assert !new File(basedir, 'target/generated-resources').exists()
}
check('build 2 left the jar alone') {
    File jar = new File(basedir, 'target/incremental-no-change-1.0.0.jar')
    File first = new File(basedir, 'target/build-1.jar')
    assert jarring[1] == []
    assert jar.lastModified() == first.lastModified()
    assert jar.bytes == first.bytes
}

buildLog.finish()
return true

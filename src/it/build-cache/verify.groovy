// The Maven Build Cache Extension over seven builds (see invoker.properties): a cache miss renders the bundle, a
// hit restores the jar without running the plugin, and an edited article, baseline or tags file - in
// src/main/articles, outside src/, or a file named in the POM - is a new input, so the bundle is rendered again.
import groovy.transform.Field
import java.util.jar.JarFile

def buildLog = evaluate(new File(basedir, '../../../src/it/build-log.groovy')).newInstance(basedir)
assert buildLog.runs.size() == 7
List<String> modules = ['news', 'guides']
@Field File cache = new File(basedir, 'cache/v1.1/dev.articles.it')
@Field String root = 'META-INF/articles/'

/** A run's lines by module, from each module's "Building" header to the next. */
Map<String, List<String>> byModule(List<String> lines) {
    Map<String, List<String>> sections = [:]
    List<String> current = null
    lines.each { line ->
        def header = line =~ /^\[INFO\] Building (\S+) 1\.0\.0\b/
        if (header.find()) {
            current = sections.computeIfAbsent(header.group(1)) { [] }
        } else if (line.startsWith('[INFO] Reactor Summary')) {
            current = null
        } else if (current != null) {
            current << line
        }
    }
    sections
}

/** The checksum the extension computed for a module in a run. */
String checksum(List<String> section) {
    List<String> found = section.findResults { (it =~ /^\[INFO\] Project inputs calculated in \d+ ms\. XX checksum \[([0-9a-f]+)\]/).with { m -> m.find() ? m.group(1) : null } }
    assert found.size() == 1 : section
    found[0]
}

/** The input files the extension recorded for a cached build, relative to the module. */
List<String> inputFiles(String module, String checksum) {
    def info = new groovy.xml.XmlSlurper().parse(new File(cache, "${module}/${checksum}/local/buildinfo.xml"))
    info.projectsInputInfo.items.item.findAll { it.@type == 'file' }*.text().sort()
}

Map<String, String> jarText(File jar) {
    Map<String, String> entries = new TreeMap<>()
    new JarFile(jar).withCloseable { jf ->
        jf.entries().toList().findAll { !it.directory && it.name.startsWith(root) }.each {
            entries[it.name] = jf.getInputStream(it).getText('UTF-8')
        }
    }
    entries
}

List<String> bundleFiles(String bundle, List<String> ids) {
    ([root + 'bundles.txt'] + ['categories.json', 'index.json', 'tags.json'].collect { "${root}${bundle}/${it}" } +
            ids.collectMany { ["${root}${bundle}/articles/${it}.html", "${root}${bundle}/articles/${it}.json"] })
            *.toString().sort()
}

List<Map<String, List<String>>> runs = buildLog.runs.collect { byModule(it) }
Map<String, String> first = modules.collectEntries { [it, checksum(runs[0][it])] }
Map<String, String> edited = modules.collectEntries { [it, checksum(runs[3][it])] }

buildLog.check('every build read the cache configuration and used the cache in this folder') {
    // Printed before "Scanning for projects...", once per build.
    String config = new File(basedir, '.mvn/maven-build-cache-config.xml').path
    assert new File(basedir, 'build.log').readLines('UTF-8').count("[INFO] Loading cache configuration from ${config}".toString()) == 7
    [0, 1, 3, 4, 6].each { i ->
        assert buildLog.runs[i].count { it ==~ /\[INFO\] Cache is INITIALIZED on project level for dev\.articles\.it:(news|guides)/ } == 2
        assert !buildLog.runs[i].any { it.contains('Cache requires Maven') || it.contains('Disabling cache') }
    }
    buildLog.runs.flatten().findAll { it.contains('Saved Build to local file: ') }.each {
        assert it.contains(new File(basedir, 'cache').path + File.separator) : it
    }
}

buildLog.check('run 1: nothing cached, both modules built and saved') {
    modules.each { module ->
        List<String> lines = runs[0][module]
        assert lines.contains("[INFO] Local build was not found by checksum ${first[module]} for dev.articles.it:${module}".toString())
        assert lines.any { it.endsWith("/cache/v1.1/dev.articles.it/${module}/${first[module]}/local/buildinfo.xml") }
    }
    List<String> news = runs[0].news.collect { buildLog.strip(it) }
    assert news.contains("[INFO] Bundle 'news': 2 articles; scanned 3, checked 3, rendered 2, 0 up to date; 8 files written, 0 unchanged, 0 deleted -> target/classes")
    assert news.contains('[INFO] Baseline articles-baseline.json: 1 known finding matched (not listed; they do not fail the build)')
    List<String> guides = runs[0].guides.collect { buildLog.strip(it) }
    assert guides.contains("[INFO] Bundle 'guides': 2 articles; scanned 2, checked 2, rendered 2, 0 up to date; 8 files written, 0 unchanged, 0 deleted -> target/classes")
    assert buildLog.runs[0].contains('[INFO] BUILD SUCCESS')
}

buildLog.check('run 1: the inputs are the articles, the baseline and the tags file, wherever they are') {
    // news: src/main/articles and articles-baseline.json through the configuration's includes (the draft too).
    assert runs[0].news.any { it.startsWith('[INFO] Found 4 input files.') }
    assert inputFiles('news', first.news) == ['articles-baseline.json', 'src/main/articles/2026-03-01-haru.md',
            'src/main/articles/2026-03-09-notice.md', 'src/main/articles/drafts/2026-03-20-natsu.md']
    // guides: content/ and tags.txt found through the plugin's configuration in the POM.
    assert runs[0].guides.any { it.startsWith('[INFO] Found 3 input files.') }
    assert inputFiles('guides', first.guides) == ['content/ja/kihon.md', 'content/setup.md', 'tags.txt']
}

buildLog.check('run 2: clean, same inputs: both restored from the cache, the plugin not run') {
    modules.each { module ->
        List<String> lines = runs[1][module]
        assert checksum(lines) == first[module]
        assert lines.contains("[INFO] Found cached build, restoring dev.articles.it:${module} from cache by checksum ${first[module]}".toString())
        assert lines.contains('[INFO] Skipping plugin execution (cached): articles:bundle')
        assert lines.contains('[INFO] Skipping plugin execution (cached): jar:jar')
        assert !lines.any { it.contains('--- articles:') || it.contains('Bundle ') || it.contains('Articles: ') || it.contains('Building jar') }
    }
    assert buildLog.runs[1].contains('[INFO] BUILD SUCCESS')
    // What run 2 left in target/: the jar restored from the cache, byte for byte, and the Java reader's sources (the
    // extension restores generated-sources folders), but no classes folder or plugin state (Maven 4 also restores
    // its consumer POM).
    modules.each { module ->
        File kept = new File(basedir, "kept/restored/${module}")
        List<String> files = buildLog.filesUnder(kept)
        assert files.contains("${module}-1.0.0.jar".toString())
        String sources = "generated-sources/articles/dev/articles/it/${module}/"
        assert files.findAll { !(it ==~ /consumer-\d+\.pom/) && !it.startsWith(sources) } == ["${module}-1.0.0.jar".toString()]
        assert files.count { it.startsWith(sources) && it.endsWith('.java') } == 6
        assert new File(kept, "${module}-1.0.0.jar").bytes == new File(cache, "${module}/${first[module]}/local/${module}.jar").bytes
    }
    Map<String, String> news = jarText(new File(basedir, 'kept/restored/news/news-1.0.0.jar'))
    assert news.keySet() as List == bundleFiles('news', ['2026-03-01-haru', '2026-03-09-notice'])
    assert news[root + 'news/articles/2026-03-01-haru.html'].contains('春の特集を三月に公開します。')
    Map<String, String> guides = jarText(new File(basedir, 'kept/restored/guides/guides-1.0.0.jar'))
    assert guides.keySet() as List == bundleFiles('guides', ['ja/kihon', 'setup'])
    assert guides[root + 'guides/articles/setup.html'].contains('run the package phase')
}

buildLog.check('run 4: an article edited in each module: new inputs, built again with the new text') {
    modules.each { module ->
        List<String> lines = runs[3][module]
        assert edited[module] != first[module]
        assert lines.contains("[INFO] Local build was not found by checksum ${edited[module]} for dev.articles.it:${module}".toString())
        assert !lines.any { it.contains('Skipping plugin execution (cached)') }
    }
    assert runs[3].news.collect { buildLog.strip(it) }.contains("[INFO] Bundle 'news': 2 articles; scanned 3, checked 3, rendered 2, 0 up to date; 8 files written, 0 unchanged, 0 deleted -> target/classes")
    assert runs[3].guides.collect { buildLog.strip(it) }.contains("[INFO] Bundle 'guides': 2 articles; scanned 2, checked 2, rendered 2, 0 up to date; 8 files written, 0 unchanged, 0 deleted -> target/classes")
    // Only the edited file's digest changed.
    assert inputFiles('guides', edited.guides) == inputFiles('guides', first.guides)
    // guides did not build again after run 5, whose bundle files were unchanged: its jar is run 4's.
    Map<String, String> guides = jarText(new File(basedir, 'guides/target/guides-1.0.0.jar'))
    assert guides[root + 'guides/articles/setup.html'].contains('run the verify phase')
    assert new File(basedir, 'guides/target/guides-1.0.0.jar').bytes == new File(cache, "guides/${edited.guides}/local/guides.jar").bytes
}

buildLog.check('run 5: drafts included on the command line: the setting differs from the cached one, built again') {
    modules.each { module ->
        List<String> lines = runs[4][module]
        assert checksum(lines) == edited[module]
        assert lines.contains("[INFO] Found cached build, restoring dev.articles.it:${module} from cache by checksum ${edited[module]}".toString())
        assert lines.contains('[INFO] Plugin parameter mismatch found. Parameter: includeDrafts, expected: false, actual: true')
        assert lines.contains('[INFO] Mojo cached parameters mismatch with actual, forcing full project build. Mojo: articles:bundle')
        assert !lines.any { it.contains('Skipping plugin execution (cached)') }
    }
    assert runs[4].news.any { it.startsWith("[INFO] Bundle 'news': 3 articles; ") }
    Map<String, String> news = jarText(new File(basedir, 'kept/drafts/news/news-1.0.0.jar'))
    assert news.keySet() as List == bundleFiles('news', ['2026-03-01-haru', 'drafts/2026-03-20-natsu', '2026-03-09-notice'])
    assert news[root + 'news/articles/2026-03-01-haru.html'].contains('春の特集を四月に公開します。')
    assert news[root + 'news/index.json'].count('"draft": true') == 1
}

buildLog.check('run 7: the baseline and the tags file edited: new inputs, checked again; guides now fails') {
    modules.each { module -> assert !(checksum(runs[6][module]) in [first[module], edited[module]]) : module }
    List<String> news = runs[6].news.collect { buildLog.strip(it) }
    assert news.contains("[WARNING] src/main/articles/2026-03-09-notice.md:[3,7] front-matter.date-mismatch: the date " +
            "'2026-03-10 10:00:00 +0000' is on 2026-03-10 but the file name 2026-03-09-notice.md says 2026-03-09; " +
            'correct the date or rename the file so both name the same day')
    assert news.contains('[INFO] 1 baseline entry no longer occurs; run articles:baseline to refresh')
    assert news.any { it.startsWith("[INFO] Bundle 'news': 2 articles; ") }
    Map<String, String> newsJar = jarText(new File(basedir, 'news/target/news-1.0.0.jar'))
    assert newsJar.keySet() as List == bundleFiles('news', ['2026-03-01-haru', '2026-03-09-notice'])
    assert newsJar[root + 'news/articles/2026-03-01-haru.html'].contains('春の特集を四月に公開します。')

    List<String> guides = runs[6].guides
    assert guides.contains("[ERROR] content/setup.md:[4,8] taxonomy.unknown-tag: the tag 'build' is not in allowedTags " +
            "('日本語'); use one of those or add it to allowedTags in the pom")
    assert !guides.any { it.contains('Saved Build') }
    assert buildLog.runs[6].contains('[INFO] BUILD FAILURE')
    String failed = "[ERROR] Failed to execute goal dev.articles:articles-maven-plugin:${pluginVersion}:bundle " +
            '(default) on project guides: Articles have 1 error; each is listed above with its file and line -> [Help 1]'
    assert buildLog.runs[6].contains(failed)
}
buildLog.finish()
return true

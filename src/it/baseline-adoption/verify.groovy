// A site with findings on day one, one of them the date of tsukimi.md, which does not exist (September 31st). Build 1
// (articles:baseline) recorded them in articles-baseline.json, keyed by article, rule and message, and named
// tsukimi.md as an article the bundle will leave out; build 2 accepted them with one line, left tsukimi.md out of the
// bundle, saying so, and passed; build 3 added a note to an article before articles:validate, and only that note was
// reported and failed the build.
import groovy.json.JsonSlurper

String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1) as List
assert runs.size() == 3
List<String> adopt = runs[0].readLines()
List<String> build = runs[1].readLines()
List<String> defect = runs[2].readLines()
String coordinates = "dev.articles:articles-maven-plugin:${pluginVersion}"
def diagnostics = { List<String> lines -> lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] src\/main\/articles\/.*/ } }

// 1: the baseline goal records 5 findings (the two identical end markers as one entry counted twice), the bad date
//    too, prints none of them as findings, names the article the date leaves out of the bundle, and passes.
String leftOut = '[INFO] Left out of the bundle: src/main/articles/tsukimi.md:[3,7] front-matter.date: ' +
        "'2025-09-31 19:00:00 +0900' is not a real calendar date: day 31 does not exist in September 2025, which has 30 days"
String leftOutCount = '[WARNING] 1 article left out of the bundle (listed above): its accepted baseline finding makes ' +
        'it unpublishable (front-matter.date: 1); fix it to publish it'
int header = adopt.indexOf("[INFO] --- articles:${pluginVersion}:baseline (default-cli) @ baseline-adoption ---".toString())
assert header >= 0
assert adopt.subList(header + 1, header + 4) == [
        '[INFO] Baseline articles-baseline.json: 4 articles checked, 5 findings recorded in 4 entries; ' +
                'validate and bundle now report only new findings',
        leftOut, leftOutCount]
assert diagnostics(adopt) == []
assert adopt.contains('[INFO] BUILD SUCCESS')
// The baseline goal only records: no reports, no bundle.
assert !adopt.any { it.contains('--- articles:' + pluginVersion + ':validate') || it.contains("Bundle '") }

// The file, byte for byte, as builds 2 and 3 left it (they only read it): sorted by source, rule and message; paths
// relative to the content directory; no lines or columns; UTF-8 with \n.
String expectedBaseline = '''{
  "format": 1,
  "entries": [
    {
      "source": "2025-02-03-setsubun.md",
      "rule": "body.marker",
      "message": "the end marker '---END---' is left in the text; delete it, and check that the text after it belongs in the article",
      "count": 2
    },
    {
      "source": "2025-02-03-setsubun.md",
      "rule": "body.repeated-paragraph",
      "message": "the paragraph '節分の夜には、家の内と外に豆をまいて季節の変わり目を迎えます。' repeats the paragraph on line #; delete this copy",
      "count": 1
    },
    {
      "source": "2099-04-01-hanami.md",
      "rule": "front-matter.date-future",
      "message": "the article is dated 2099-04-01T10:00:00+09:00, after the build time; it is published now anyway (mark it 'draft: true' to hold it back)",
      "count": 1
    },
    {
      "source": "tsukimi.md",
      "rule": "front-matter.date",
      "message": "'2025-09-31 19:00:00 +0900' is not a real calendar date: day 31 does not exist in September 2025, which has 30 days",
      "count": 1
    }
  ]
}
'''
File baselineFile = new File(basedir, 'articles-baseline.json')
assert baselineFile.isFile()
byte[] baselineBytes = baselineFile.bytes
assert new String(baselineBytes, 'UTF-8') == expectedBaseline
assert !(baselineBytes as List).contains((byte) 13)
def baseline = new JsonSlurper().parse(baselineFile, 'UTF-8')
assert baseline.format == 1
assert baseline.entries.collect { [it.source, it.rule, it.count] } == [
        ['2025-02-03-setsubun.md', 'body.marker', 2],
        ['2025-02-03-setsubun.md', 'body.repeated-paragraph', 1],
        ['2099-04-01-hanami.md', 'front-matter.date-future', 1],
        ['tsukimi.md', 'front-matter.date', 1],
]
assert baseline.entries.every { it.keySet() as List == ['source', 'rule', 'message', 'count'] }

// 2: the same content now passes. The five findings are not listed; one line says they were matched, and tsukimi.md
//    is named as left out of the bundle, printed once although validate and bundle both checked.
String matched = '[INFO] Baseline articles-baseline.json: 5 known findings matched (not listed; they do not fail the build)'
int validate = build.indexOf("[INFO] --- articles:${pluginVersion}:validate (default) @ baseline-adoption ---".toString())
int bundle = build.indexOf("[INFO] --- articles:${pluginVersion}:bundle (default) @ baseline-adoption ---".toString())
assert validate >= 0 && bundle > validate
assert build.subList(validate + 1, validate + 5) == [matched, leftOut, leftOutCount,
        '[INFO] Articles: 4 checked, 0 errors, 0 warnings']
assert build.count(matched) == 1 && build.count(leftOut) == 1 && build.count(leftOutCount) == 1
assert build[bundle + 1] == '[INFO] Articles: 4 checked, 0 errors, 0 warnings'
assert diagnostics(build) == []
assert !build.any { it.contains('no longer occur') }
// bundle takes validate's check of this build and renders the three other articles (timings stripped).
assert build.collect { it.replaceAll(/ \(\d+ ms\)/, '').replaceAll(/; \d+ ms in all/, '') }.contains(
        "[INFO] Bundle 'baseline-adoption': 3 articles; scanned 4, checked 0, rendered 3, 1 up to date; " +
        '10 files written, 0 unchanged, 0 deleted -> target/classes')
assert build.contains('[INFO] BUILD SUCCESS')
// The jar holds the three articles and not the one left out.
List<String> jar = new java.util.zip.ZipFile(new File(basedir, 'target/baseline-adoption-1.0.0.jar')).withCloseable { z ->
    z.entries().findAll { !it.directory }.collect { it.name }
            .findAll { it.startsWith('META-INF/articles/baseline-adoption/articles/') }.sort()
}
// Files are keyed by id: the article's path without extension.
assert jar == ['META-INF/articles/baseline-adoption/articles/2025-02-03-setsubun.html',
        'META-INF/articles/baseline-adoption/articles/2025-02-03-setsubun.json',
        'META-INF/articles/baseline-adoption/articles/2025-05-05-kites.html',
        'META-INF/articles/baseline-adoption/articles/2025-05-05-kites.json',
        'META-INF/articles/baseline-adoption/articles/2099-04-01-hanami.html',
        'META-INF/articles/baseline-adoption/articles/2099-04-01-hanami.json']

// 3: antrun ran before articles:validate, and validate saw the note it appended: the only finding listed, with its
//    file, line and column. The old findings in the same article are still matched.
int antrun = defect.indexOf('[INFO] --- antrun:3.1.0:run (add-defect) @ baseline-adoption ---')
validate = defect.indexOf("[INFO] --- articles:${pluginVersion}:validate (default) @ baseline-adoption ---".toString())
assert antrun >= 0 && validate > antrun
String finding = "[ERROR] src/main/articles/2025-02-03-setsubun.md:[17,8] body.marker: the note 'TODO' is left in the text; " +
        'do what it says, then delete it'
assert defect.subList(validate + 1, validate + 6) == [finding, matched, leftOut, leftOutCount,
        '[ERROR] Articles: 4 checked, 1 error, 0 warnings (body.marker: 1)']
assert diagnostics(defect) == [finding]
assert defect.contains('[INFO] BUILD FAILURE')
assert defect.contains("[ERROR] Failed to execute goal ${coordinates}:validate (default) on project baseline-adoption: ".toString() +
        'Articles have 1 error; each is listed above with its file and line -> [Help 1]')
assert !defect.any { it.contains('--- articles:' + pluginVersion + ':bundle') }
// The line the profile appended really is line 17, column 8.
List<String> article = new File(basedir, 'src/main/articles/2025-02-03-setsubun.md').readLines('UTF-8')
assert article.size() == 17 && article[16].indexOf('TODO') == 7

// The reports of build 3 list only the new finding and count the matched ones.
def report = new JsonSlurper().parse(new File(basedir, 'target/articles/report.json'), 'UTF-8')
assert report.bySeverity == [error: 1, warning: 0, info: 0]
assert report.byRule == ['body.marker': 1]
assert report.baseline == [matched: 5, noLongerOccurring: 0, articlesLeftOut: 1]
assert report.findings.collect { [it.file, it.line, it.column, it.severity, it.rule] } ==
        [['src/main/articles/2025-02-03-setsubun.md', 17, 8, 'error', 'body.marker']]
def sarif = new JsonSlurper().parse(new File(basedir, 'target/articles/report.sarif'), 'UTF-8')
assert sarif.runs[0].results*.ruleId == ['body.marker']

return true

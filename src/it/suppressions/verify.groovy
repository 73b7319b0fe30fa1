// Build 1: the front matter key articles-suppress hides a heading.duplicate, a directive comment before a paragraph
// and one inside a paragraph each hide a body.marker; the suppressions that hid nothing are reported as
// suppression.unused (warnings) where they are written; the build passes and the bundle's HTML has no directive
// comment (nor the editor's ordinary comment: comments are left out of the HTML). Build 2 stripped every suppression before articles:validate: the hidden
// findings appear, at the lines the suppressions covered, and no suppression.unused.
import groovy.json.JsonSlurper

String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1) as List
assert runs.size() == 2
List<String> first = runs[0].readLines()
List<String> second = runs[1].readLines()
String header = "[INFO] --- articles:${pluginVersion}:validate (default) @ suppressions ---"
def diagnostics = { List<String> lines -> lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] src\/main\/articles\/.*/ } }

// 1: only the unused suppressions are reported: the front matter one at its value (line 5), the comment at its line.
List<String> expected = [
        "[WARNING] src/main/articles/2025-11-03-bunka.md:[5,20] suppression.unused: the suppression of " +
                "'body.title-repeated' (front matter 'articles-suppress') suppresses nothing; remove it",
        "[WARNING] src/main/articles/2025-11-10-generator.md:[16,1] suppression.unused: the suppression of " +
                "'body.repeated-paragraph' (comment) suppresses nothing; remove it",
        '[INFO] Articles: 2 checked, 0 errors, 2 warnings (suppression.unused: 2)',
]
int at = first.indexOf(header.toString())
assert at >= 0
assert first.subList(at + 1, at + 1 + expected.size()) == expected
assert diagnostics(first) == expected.dropRight(1)
assert first.collect { it.replaceAll(/ \(\d+ ms\)/, '').replaceAll(/; \d+ ms in all/, '') }.contains(
        "[INFO] Bundle 'suppressions': 2 articles; scanned 2, checked 0, rendered 2, 0 up to date; " +
        '8 files written, 0 unchanged, 0 deleted -> target/classes')
assert first.contains('[INFO] BUILD SUCCESS')

// The bundle: no directive comment in any file, no ordinary comment either (editors' notes are not for readers),
// the suppressed text rendered.
File bundle = new File(basedir, 'target/classes/META-INF/articles/suppressions')
String generator = new File(bundle, 'articles/2025-11-10-generator.html').getText('UTF-8')
assert generator == '''<p>Older versions of the generator closed every draft with a marker line.</p>
<p>It looked like ---END--- and now and then slipped into a published page.</p>
<p>The first template also printed lorem ipsum where the summary belonged. </p>
<p>Since the fix, every draft ends where its writer stopped typing.</p>
'''
String bunka = new File(bundle, 'articles/2025-11-03-bunka.html').getText('UTF-8')
assert bunka.contains('<h3 id="見どころ">見どころ</h3>') && bunka.contains('<h3 id="見どころ-1">見どころ</h3>')
bundle.eachFileRecurse(groovy.io.FileType.FILES) {
    assert !it.getText('UTF-8').contains('articles-suppress') && !it.getText('UTF-8').contains('編集メモ') : it
}
// The front matter key is the plugin's, not the article's: it is not kept in "extra".
assert new JsonSlurper().parse(new File(bundle, 'articles/2025-11-03-bunka.json'), 'UTF-8').extra == [:]

// 2: the suppressions are gone (antrun ran first and kept every line number), and what they hid is reported.
int antrun = second.indexOf('[INFO] --- antrun:3.1.0:run (strip-suppressions) @ suppressions ---')
at = second.indexOf(header.toString())
assert antrun >= 0 && at > antrun
expected = [
        "[WARNING] src/main/articles/2025-11-03-bunka.md:[14,1] heading.duplicate: the heading '### 見どころ' has the " +
                "same text as the heading on line 10 in the same section '## 第一会場'; readers and the table of " +
                'contents cannot tell them apart, so rename one',
        "[ERROR] src/main/articles/2025-11-10-generator.md:[10,16] body.marker: the end marker '---END---' is left in " +
                'the text; delete it, and check that the text after it belongs in the article',
        "[ERROR] src/main/articles/2025-11-10-generator.md:[12,33] body.marker: the placeholder text 'lorem ipsum' is " +
                'left in the text; replace it with the real text',
        '[ERROR] Articles: 2 checked, 2 errors, 1 warning (body.marker: 2, heading.duplicate: 1)',
]
assert second.subList(at + 1, at + 1 + expected.size()) == expected
assert diagnostics(second) == expected.dropRight(1)
assert !second.any { it.contains('suppression.unused') }
assert second.contains('[INFO] BUILD FAILURE')
File articles = new File(basedir, 'src/main/articles')
assert !articles.listFiles().any { it.getText('UTF-8').contains('articles-suppress') }
assert new File(articles, '2025-11-10-generator.md').readLines('UTF-8')[9].startsWith('It looked like ---END---')
return true

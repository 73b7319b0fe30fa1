// A published article dated 2099 gets a front-matter.date-future warning (a draft dated 2099 does not). With
// failOnWarning the build fails on it; without, the build passes, prints the same warning and bundles the article.
import groovy.json.JsonSlurper

String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1) as List
assert runs.size() == 2
List<String> strict = runs[0].readLines()
List<String> lenient = runs[1].readLines()

String warning = "[WARNING] src/main/articles/2099-01-01-far-future.md:[3,7] front-matter.date-future: the article is dated " +
        "2099-01-01T09:00:00+09:00, after the build time; it is published now anyway (mark it 'draft: true' to hold it back)"

// 1: failOnWarning=true. validate prints the warning, an ERROR summary, and fails.
int header = strict.indexOf("[INFO] --- articles:${pluginVersion}:validate (default) @ fail-on-warning ---".toString())
assert header >= 0
assert strict.subList(header + 1, header + 3) == [warning, '[ERROR] Articles: 3 checked, 0 errors, 1 warning (front-matter.date-future: 1)']
assert strict.count { it ==~ /\[(ERROR|WARNING|INFO)\] src\/.*/ } == 1
assert !strict.any { it.contains('2099-06-01-planned.md') }
assert strict.contains('[INFO] BUILD FAILURE')
String failure = "[ERROR] Failed to execute goal dev.articles:articles-maven-plugin:${pluginVersion}:validate (default) " +
        'on project fail-on-warning: Articles have 1 warning and failOnWarning is set; each is listed above with its ' +
        'file and line -> [Help 1]'
assert strict.contains(failure)
assert !strict.any { it.contains("Bundle '") }

// 2: default failOnWarning=false. The warning is printed once (validate and bundle share it), the summaries are INFO.
assert lenient.count(warning) == 1
assert lenient.count('[INFO] Articles: 3 checked, 0 errors, 1 warning (front-matter.date-future: 1)') == 2
// The bundle line (timings stripped). Three files scanned, the draft among them, which is not bundled.
String bundled = lenient.find { it.startsWith("[INFO] Bundle 'fail-on-warning': ") }
assert bundled != null
bundled = bundled.replaceAll(/ \(\d+ ms\)/, '').replaceAll(/; \d+ ms in all/, '')
assert bundled.startsWith("[INFO] Bundle 'fail-on-warning': 2 articles; scanned 3, checked 0, rendered ")
assert bundled.endsWith('; 8 files written, 0 unchanged, 0 deleted -> target/classes')
assert lenient.contains('[INFO] BUILD SUCCESS')

// The future article is published anyway; the draft is not.
def index = new JsonSlurper().parse(new File(basedir,
        'target/classes/META-INF/articles/fail-on-warning/index.json'), 'UTF-8')
assert index.articles*.slug == ['far-future', 'present']
assert index.articles*.date == ['2099-01-01T09:00:00+09:00', '2025-09-09T09:09:09Z']
assert index.articles*.draft == [false, false]
return true

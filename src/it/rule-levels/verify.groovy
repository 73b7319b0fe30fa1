// Rule levels from the pom. Build 1 (the pom's <rules>): heading.multiple-h1 is off and its finding is gone;
// heading.skipped-level is an error and is the only reason the build fails; body.marker is a warning, also for the
// matches of forbiddenPatterns (not for the one in inline code). Build 2 (<rules> emptied): the same content at the
// default levels, which shows the findings build 1 hid or re-levelled are real. Build 3: bad <rules> values stop the
// build with one message naming each.
String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1) as List
assert runs.size() == 3
List<String> configured = runs[0].readLines()
List<String> defaults = runs[1].readLines()
List<String> bad = runs[2].readLines()
String header = "[INFO] --- articles:${pluginVersion}:validate (default) @ rule-levels ---"
String failed = "[ERROR] Failed to execute goal dev.articles:articles-maven-plugin:${pluginVersion}:validate (default) " +
        'on project rule-levels: '
def diagnostics = { List<String> lines -> lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] src\/main\/articles\/.*/ } }

String file = 'src/main/articles/2025-10-01-shanai.md'
String secret = "${file}:[9,7] body.marker: '社外秘' matches the forbidden pattern '社外秘' (forbiddenPatterns); rewrite or delete it"
String skipped = "${file}:[11,1] heading.skipped-level: the heading '#### 質疑応答' is level 4 but the heading before it " +
        "(line 7) is level 1; make it level 2 ('##')"
String placeholder = "${file}:[13,1] body.marker: 'ここに当日の写真を入れる' matches the forbidden pattern " +
        "'ここに.+?を(?:挿入|入れる)' (forbiddenPatterns); rewrite or delete it"
String secondH1 = "${file}:[15,1] heading.multiple-h1: the heading '# 第二部' is another level-1 heading (the first is " +
        "on line 7); an article has only one, so make this one '##'"
String endMarker = "${file}:[19,1] body.marker: the end marker '---END---' is left in the text; delete it, and check " +
        'that the text after it belongs in the article'

// 1: the configured levels.
int at = configured.indexOf(header.toString())
List<String> expected = [
        '[WARNING] ' + secret,
        '[ERROR] ' + skipped,
        '[WARNING] ' + placeholder,
        '[WARNING] ' + endMarker,
        '[ERROR] Articles: 2 checked, 1 error, 3 warnings (body.marker: 3, heading.skipped-level: 1)',
]
assert at >= 0
assert configured.subList(at + 1, at + 1 + expected.size()) == expected
assert diagnostics(configured) == expected.dropRight(1)
assert !configured.any { it.contains('heading.multiple-h1') }
assert configured.contains('[INFO] BUILD FAILURE')
assert configured.contains(failed + 'Articles have 1 error; each is listed above with its file and line -> [Help 1]')
// `社外秘` in inline code (line 17) is not a match.
assert !configured.any { it.contains("${file}:[17,".toString()) }

// 2: the defaults: body.marker is an error again, heading.skipped-level a warning, and heading.multiple-h1 reports
//    the second level-1 heading.
at = defaults.indexOf(header.toString())
expected = [
        '[ERROR] ' + secret,
        '[WARNING] ' + skipped,
        '[ERROR] ' + placeholder,
        '[WARNING] ' + secondH1,
        '[ERROR] ' + endMarker,
        '[ERROR] Articles: 2 checked, 3 errors, 2 warnings (body.marker: 3, heading.multiple-h1: 1, heading.skipped-level: 1)',
]
assert at >= 0
assert defaults.subList(at + 1, at + 1 + expected.size()) == expected
assert diagnostics(defaults) == expected.dropRight(1)
assert defaults.contains(failed + 'Articles have 3 errors; each is listed above with its file and line -> [Help 1]')

// 3: bad levels: one message with every problem, before any article is read.
at = bad.indexOf(header.toString())
assert at >= 0
assert bad.subList(at + 1, bad.size()).findAll { it.startsWith('[ERROR]') }.take(5) == [
        failed + 'Invalid configuration of articles:validate:',
        "[ERROR]   - rules: the rule 'front-matter.yaml' cannot be configured: it reports content the plugin cannot " +
                'read, so it is always an error',
        "[ERROR]   - rules: unknown level 'loud' for the rule 'heading.duplicate'; use error, warning, info or off",
        "[ERROR]   - rules: unknown rule 'heading.too-long'; the rule ids are listed in the rule reference (rules.md of the plugin's documentation)",
        '[ERROR] -> [Help 1]',
]
assert diagnostics(bad) == []
assert !bad.any { it.contains('Articles: ') }
assert bad.contains('[INFO] BUILD FAILURE')
return true

// The build failed on content, and target/articles/report.sarif and report.json were written anyway. Both hold
// exactly the findings the console listed, in the same order, with the same rule, level, file, line and column.
import groovy.json.JsonSlurper

List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')

// The console: four findings of four rules and three levels, sorted by file and position.
List<String> expectedConsole = [
        "[INFO] src/main/articles/2025-06-15-umbrella.md:[4,10] excerpt.markdown: the excerpt's Markdown (emphasis '*lasts*') " +
                "is dropped from its plain form, which reads 'What to look for in an umbrella that las…'; write the excerpt " +
                'as plain text if consumers show it without formatting',
        "[ERROR] src/main/articles/2025-06-15-umbrella.md:[10,35] link.broken: the link 'guide/2025-06-01-rainy.md' leads " +
                "to no article: there is no 'guide/2025-06-01-rainy.md' in the content directory",
        "[ERROR] src/main/articles/guide/2025-06-01-tsuyu.md:[9,27] body.marker: the note 'TODO' is left in the text; do " +
                'what it says, then delete it',
        "[WARNING] src/main/articles/guide/2025-06-01-tsuyu.md:[11,1] heading.skipped-level: the heading '#### 乾きにくいもの' " +
                "is level 4 but the heading before it (line 7) is level 2; make it level 3 ('###')",
]
String summary = '[ERROR] Articles: 3 checked, 2 errors, 1 warning, 1 info (body.marker: 1, excerpt.markdown: 1, ' +
        'heading.skipped-level: 1, link.broken: 1)'
int header = lines.indexOf("[INFO] --- articles:${pluginVersion}:validate (default) @ reports ---".toString())
assert header >= 0
assert lines.subList(header + 1, header + 2 + expectedConsole.size()) == expectedConsole + summary
assert lines.contains('[INFO] BUILD FAILURE')
assert lines.contains("[ERROR] Failed to execute goal dev.articles:articles-maven-plugin:${pluginVersion}:validate ".toString() +
        '(default) on project reports: Articles have 2 errors; each is listed above with its file and line -> [Help 1]')
assert !new File(basedir, 'target/generated-resources').exists()
assert !new File(basedir, 'target/classes/META-INF/articles').exists()

// The console lines taken apart: [level, file, line, column, rule, message].
List<List> console = expectedConsole.collect { String line ->
    def m = line =~ /^\[(ERROR|WARNING|INFO)\] (\S+):\[(\d+),(\d+)\] (\S+): (.*)$/
    assert m.matches() : line
    [m.group(1), m.group(2), m.group(3) as int, m.group(4) as int, m.group(5), m.group(6)]
}

File dir = new File(basedir, 'target/articles')
// Beside the reports, the state of the checks for the next, incremental build.
assert dir.list().sort() == ['report.json', 'report.sarif', 'state']
['report.json', 'report.sarif'].each { name ->
    String text = new File(dir, name).getText('UTF-8')
    assert text.endsWith('}\n') && !text.contains('\r') : name
}

// SARIF 2.1.0.
def sarif = new JsonSlurper().parse(new File(dir, 'report.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.'$schema' == 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
def driver = run.tool.driver
assert driver.name == 'articles-maven-plugin'
assert driver.version == pluginVersion
// The driver lists every rule once, sorted by id, with its default level.
List<String> ruleIds = driver.rules*.id
assert ruleIds == ruleIds.toSorted() && ruleIds == ruleIds.unique(false)
assert ruleIds.containsAll(['body.marker', 'excerpt.markdown', 'heading.skipped-level', 'link.broken', 'front-matter.yaml',
                            'suppression.unused'])
Map<String, String> defaultLevels = driver.rules.collectEntries { [it.id, it.defaultConfiguration.level] }
assert defaultLevels.subMap(['body.marker', 'excerpt.markdown', 'heading.skipped-level', 'link.broken']) ==
        ['body.marker': 'error', 'excerpt.markdown': 'note', 'heading.skipped-level': 'warning', 'link.broken': 'error']
assert driver.rules.every { it.shortDescription.text }
// Paths are relative to the project folder, which %SRCROOT% names.
assert run.originalUriBaseIds.'%SRCROOT%'.uri == basedir.toPath().toAbsolutePath().normalize().toUri().toASCIIString()
assert run.columnKind == 'utf16CodeUnits'

Map<String, String> sarifLevel = [ERROR: 'error', WARNING: 'warning', INFO: 'note']
assert run.results.size() == console.size()
[run.results, console].transpose().each { result, expected ->
    def (level, file, line, column, rule, message) = expected
    assert result.ruleId == rule
    assert driver.rules[result.ruleIndex].id == rule
    assert result.level == sarifLevel[level]
    assert result.message.text == message
    assert result.locations.size() == 1
    def location = result.locations[0].physicalLocation
    assert location.artifactLocation.uri == file
    assert location.artifactLocation.uriBaseId == '%SRCROOT%'
    assert new File(basedir, location.artifactLocation.uri).isFile()
    assert location.region == [startLine: line, startColumn: column]
}
assert run.results*.ruleId == ['excerpt.markdown', 'link.broken', 'body.marker', 'heading.skipped-level']
assert run.results*.level == ['note', 'error', 'error', 'warning']

// The plugin's own JSON report.
def json = new JsonSlurper().parse(new File(dir, 'report.json'), 'UTF-8')
assert json.format == 1
assert json.tool == 'articles-maven-plugin'
assert json.version == pluginVersion
assert json.checked == 3
assert json.bySeverity == [error: 2, warning: 1, info: 1]
assert json.byRule == ['body.marker': 1, 'excerpt.markdown': 1, 'heading.skipped-level': 1, 'link.broken': 1]
assert json.byRule.keySet() as List == ['body.marker', 'excerpt.markdown', 'heading.skipped-level', 'link.broken']
assert json.baseline == [matched: 0, noLongerOccurring: 0, articlesLeftOut: 0]
Map<String, String> jsonSeverity = [ERROR: 'error', WARNING: 'warning', INFO: 'info']
assert json.findings.collect { [it.severity, it.file, it.line, it.column, it.rule, it.message] } ==
        console.collect { [jsonSeverity[it[0]]] + it.drop(1) }
assert json.findings.every { it.keySet() as List == ['file', 'line', 'column', 'severity', 'rule', 'message'] }
assert json.findings*.severity == ['info', 'error', 'error', 'warning']
return true

// Maven 3.9's plugin validation (-Dmaven.plugin.validation=VERBOSE) has nothing to say about this plugin in a normal
// content build. Maven prints its findings as one block:
//   [WARNING] Plugin [INTERNAL, EXTERNAL] validation issues were detected in following plugin(s)
//   [WARNING]
//   [WARNING]  * group:artifact:version
//   [WARNING]   Declared at location(s): ...   (then the plugin's and each mojo's issues)
//   [WARNING] Fix reported issues by adjusting plugin configuration or by upgrading above listed plugins. ...
// Build 2 configures a read-only parameter, which Maven does report: the same reading must find the plugin there.
def buildLog = evaluate(new File(basedir, '../../../src/it/build-log.groovy')).newInstance(basedir)
assert buildLog.runs.size() == 2

String plugin = "dev.articles:articles-maven-plugin:${pluginVersion}"

/** The plugins named in the run's plugin validation blocks, with the lines of each block. */
def reported = { List<String> lines ->
    Map<String, List<String>> plugins = [:]
    String current = null
    boolean inBlock = false
    lines.each { line ->
        if (line ==~ /\[WARNING\] Plugin .* validation issues were detected in following plugin\(s\)/) {
            inBlock = true
        } else if (inBlock && line.startsWith('[WARNING] Fix reported issues')) {
            inBlock = false
            current = null
        } else if (inBlock) {
            def m = line =~ /^\[WARNING\]  \* (\S+:\S+:\S+)$/
            if (m) {
                current = m[0][1]
                plugins[current] = []
            } else if (current != null) {
                plugins[current] << line
            }
        }
    }
    plugins
}

/** The Maven version that -V printed. */
def mavenVersion = { List<String> lines ->
    String line = lines.find { it.startsWith('Apache Maven ') }
    assert line != null : 'no Maven version in the log'
    line.split(' ')[2]
}

// The log of build 1 starts with -V's lines, before the "Scanning for projects" that starts build 2's split.
List<String> all = new File(basedir, 'build.log').readLines('UTF-8')
int second = all.findLastIndexOf { it.startsWith('Apache Maven ') }
List<String> first = all.subList(0, second)
List<String> control = all.subList(second, all.size())

buildLog.check('Maven with plugin validation') {
    [first, control].each { lines ->
        def (major, minor) = mavenVersion(lines).tokenize('.').take(2)*.toInteger()
        assert major > 3 || (major == 3 && minor >= 9) : 'plugin validation needs Maven 3.9 or newer'
    }
}
buildLog.check('build 1: no plugin validation issue for this plugin') {
    assert first.contains('[INFO] BUILD SUCCESS')
    assert first.any { it.startsWith("[INFO] --- articles:${pluginVersion}:validate (default)") }
    assert first.any { it.startsWith("[INFO] --- articles:${pluginVersion}:bundle (default)") }
    Map<String, List<String>> plugins = reported(first)
    assert !plugins.keySet().any { it.startsWith('dev.articles:') } : "Maven reported: ${plugins}"
}
buildLog.check('build 2 (control): the read-only parameter is reported against this plugin') {
    Map<String, List<String>> plugins = reported(control)
    assert plugins.containsKey(plugin) : "no report for ${plugin} in: ${plugins}"
    assert plugins[plugin].contains("[WARNING]      - Parameter 'project' is read-only, must not be used in configuration")
    assert control.contains('[INFO] BUILD FAILURE')
}
buildLog.finish()
return true

// Two modules whose jars maven-jar-plugin 2.4 would pack, ignoring project.build.outputTimestamp: the bundle goal
// warns once in the build (not once per module), names the version and the plugin to pin, and bundles as usual.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines().collect { it.startsWith('[null] ') ? '[INFO] ' + it.substring(7) : it }
assert lines.contains('[INFO] BUILD SUCCESS')

List<Integer> told = lines.findIndexValues { it.startsWith('[WARNING] project.build.outputTimestamp is set') }
        .collect { it as int }
assert told.size() == 1 : lines.findAll { it.contains('outputTimestamp') }.join('\n')
int at = told[0]
assert lines[at] ==~ /\[WARNING\] project\.build\.outputTimestamp is set, but module-[ab] is packed by maven-jar-plugin 2\.4, which ignores it \(it is honoured since 3\.2\.0, and Maven 3\.8 and older use 2\.4 unless the pom says otherwise\): the bundle is the same from the same content, but the jar gets this build's time in every entry and differs from build to build\. Pin a newer maven-jar-plugin in the pom's <build><pluginManagement><plugins> \(or <build><plugins>\):/
assert lines.subList(at + 1, at + 5) == ['  <plugin>', '    <artifactId>maven-jar-plugin</artifactId>',
        '    <version>3.4.2</version>', '  </plugin>']

for (String module : ['module-a', 'module-b']) {
    assert new File(basedir, "${module}/target/classes/META-INF/articles/${module}/index.json").isFile() : module
}
return true

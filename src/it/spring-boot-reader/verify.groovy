// The Spring Boot application's test started it on a random port and fetched both pages over HTTP, through the
// reader the content jar carries.
File log = new File(basedir, 'build.log')
List<String> lines = log.readLines('UTF-8')
assert lines.contains('[INFO] BUILD SUCCESS')
assert lines.any { it ==~ /\[INFO\] Reader dev\.articles\.it\.blog\.BlogArticles: 22 files written, 0 unchanged, 0 deleted; compiled for Java 11 \(\d+ ms\) -> target\/classes/ }

File report = new File(basedir, 'web/target/surefire-reports/TEST-dev.articles.it.web.BlogApplicationTest.xml')
assert report.isFile() : 'the application test did not run'
def suite = new groovy.xml.XmlSlurper().parse(report)
assert (suite.@tests.text() as int) == 2
assert (suite.@failures.text() as int) == 0
assert (suite.@errors.text() as int) == 0
assert (suite.@skipped.text() as int) == 0
assert lines.any { it ==~ /\[INFO\] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in dev\.articles\.it\.web\.BlogApplicationTest/ }
// Only the JDK: the content jar declares no dependency for the reader.
assert !new File(basedir, 'content/pom.xml').getText('UTF-8').contains('<dependencies>')
return true

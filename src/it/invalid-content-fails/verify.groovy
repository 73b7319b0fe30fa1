// Six broken articles next to a good one: each problem is one exact, sorted line with file, line, column and rule;
// the summary counts them; the build fails; and neither goal writes a bundle.
String text = new File(basedir, 'build.log').getText('UTF-8')
// build.log holds both invocations, one after the other.
List<String> runs = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1) as List
assert runs.size() == 2

List<String> expectedDiagnostics = [
        "[ERROR] src/main/articles/broken-yaml.md:[4,7] front-matter.yaml: invalid YAML: a list opened with '[' on line 4 is not closed; end it with ']'",
        "[ERROR] src/main/articles/calendar.md:[3,7] front-matter.date: '2023-02-29 10:00:00 +0900' is not a real calendar date: day 29 does not exist in February 2023, which has 28 days (2023 is not a leap year)",
        "[ERROR] src/main/articles/news/2024-05-01-opening.md:[3,7] url.duplicate: the address '/articles/notice/' is also the address of news/2024-05-02-closing.md:3 ('/articles/Notice/') (addresses that differ only in case or Unicode composition are one file on many web servers); give one of them another 'slug:' or 'permalink:'",
        "[ERROR] src/main/articles/news/2024-05-02-closing.md:[3,7] url.duplicate: the address '/articles/Notice/' is also the address of news/2024-05-01-opening.md:3 ('/articles/notice/') (addresses that differ only in case or Unicode composition are one file on many web servers); give one of them another 'slug:' or 'permalink:'",
        "[ERROR] src/main/articles/no-title.md:[1,1] front-matter.title: missing 'title' in front matter",
        "[WARNING] src/main/articles/no-title.md:[2,7] front-matter.date-no-offset: the date '2024-04-02' has no offset, " +
                "so it was read in UTC, the default; write the offset ('2024-04-02 00:00:00 +0900') or set the plugin's " +
                "timeZone (<timeZone>Asia/Tokyo</timeZone>)",
        "[ERROR] src/main/articles/unclosed.md:[1,1] front-matter.unclosed: the front matter opened on line 1 is never closed: add a '---' line after its last key",
]
String summary = '[ERROR] Articles: 7 checked, 6 errors, 1 warning (front-matter.date: 1, front-matter.date-no-offset: 1, ' +
        'front-matter.title: 1, front-matter.unclosed: 1, front-matter.yaml: 1, url.duplicate: 2)'
String coordinates = "dev.articles:articles-maven-plugin:${pluginVersion}"

runs.eachWithIndex { String run, int i ->
    List<String> lines = run.readLines()
    String goal = i == 0 ? 'validate' : 'bundle'
    String execution = i == 0 ? 'default' : 'default-cli'
    // Exactly these diagnostic lines, in this order, right after the goal's header, then the summary.
    int header = lines.findIndexOf { it.startsWith("[INFO] --- articles:${pluginVersion}:${goal} (${execution}) @ invalid-content-fails ---") }
    assert header >= 0 : "articles:${goal} did not run in invocation ${i + 1}"
    assert lines.subList(header + 1, header + 1 + expectedDiagnostics.size() + 1) == expectedDiagnostics + summary
    assert lines.count { it ==~ /\[(ERROR|WARNING|INFO)\] src\/main\/articles\/.*/ } == expectedDiagnostics.size()
    assert lines.contains('[INFO] BUILD FAILURE')
    String failure = "[ERROR] Failed to execute goal ${coordinates}:${goal} (${execution}) on project invalid-content-fails: " +
            'Articles have 6 errors; each is listed above with its file and line -> [Help 1]'
    assert lines.contains(failure)
    assert !lines.any { it.contains("Bundle '") }
}
// Invocation 1 stopped at validate: nothing later in the lifecycle ran.
assert !runs[0].contains('--- articles:' + pluginVersion + ':bundle')
assert !runs[0].contains('--- resources:')

// No bundle anywhere.
assert !new File(basedir, 'target/generated-resources').exists()
assert !new File(basedir, 'target/classes').exists()
assert !new File(basedir, 'target/invalid-content-fails-1.0.0.jar').exists()
return true

// The content is broken, but articles.skip=true: both goals log that they skip (so a skipped check is never taken
// for a passed one), read nothing, write nothing, and the build passes.
import java.util.jar.JarFile

String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1) as List
assert runs.size() == 2
List<String> lines = runs[0].readLines()

int validate = lines.indexOf("[INFO] --- articles:${pluginVersion}:validate (default) @ skip ---".toString())
int bundle = lines.indexOf("[INFO] --- articles:${pluginVersion}:bundle (default) @ skip ---".toString())
assert validate >= 0 && bundle > validate
assert lines[validate + 1] == '[INFO] Skipping articles:validate because articles.skip is true'
assert lines[bundle + 1] == '[INFO] Skipping articles:bundle because articles.skip is true'
assert lines.contains('[INFO] BUILD SUCCESS')

// The articles were not even read: no diagnostics, no summary.
assert !lines.any { it.startsWith('[ERROR]') }
assert !lines.any { it.contains('Articles: ') || it.contains('front-matter.') }
assert !lines.any { it.contains("Bundle '") }

assert !new File(basedir, 'target/generated-resources').exists()
assert !new File(basedir, 'target/classes/META-INF/articles').exists()
new JarFile(new File(basedir, 'target/skip-1.0.0.jar')).withCloseable { jf ->
    assert !jf.entries().toList().any { it.name.startsWith('META-INF/articles') }
}

// Without the skip, the same content fails.
List<String> unskipped = runs[1].readLines()
assert unskipped.contains("[ERROR] src/main/articles/2024-07-07-tanabata.md:[3,7] front-matter.date: '2024-07-07 25:00:00 +0900' " +
        "has an invalid time: hour 25 does not exist; hours are 0 to 23 (midnight is 00:00 of the next day)")
assert unskipped.contains("[ERROR] src/main/articles/missing-title.md:[1,1] front-matter.title: missing 'title' in front matter")
assert unskipped.contains("[WARNING] src/main/articles/missing-title.md:[2,7] front-matter.date-no-offset: the date '2024-07-08' " +
        "has no offset, so it was read in UTC, the default; write the offset ('2024-07-08 00:00:00 +0900') or set the " +
        "plugin's timeZone (<timeZone>Asia/Tokyo</timeZone>)")
assert unskipped.contains('[ERROR] Articles: 2 checked, 2 errors, 1 warning (front-matter.date: 1, ' +
        'front-matter.date-no-offset: 1, front-matter.title: 1)')
assert unskipped.contains('[INFO] BUILD FAILURE')
return true

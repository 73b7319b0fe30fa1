// articles:new made a draft from the -D properties (title with ':', '#' and quotes, a slug, tags), dated now in
// the configured zone (Asia/Tokyo) and named after that date; validate passed it without a warning; a second
// articles:new with the same slug failed because the file exists and left it alone; one whose slug another article
// has failed and left nothing; a bundle with drafts holds the new article with its title as given, marked a draft;
// a published new article (-Ddraft=false) was kept, and validate refuses its placeholder body.
import groovy.json.JsonSlurper
import java.time.Duration
import java.time.OffsetDateTime
import java.time.format.DateTimeFormatter

def buildLog = evaluate(new File(basedir, '../../../src/it/build-log.groovy')).newInstance(basedir)
assert buildLog.runs.size() == 7
def (created, validated, again, taken, packaged, published, refused) = buildLog.runs

File articles = new File(basedir, 'src/main/articles')
List<String> files = buildLog.filesUnder(articles)
assert files.size() == 3 : files
String name = files.find { it.endsWith('-maven-new-1.md') }
assert name != null : files
assert files.contains('2025/2025-12-24-existing-article.md')

buildLog.check('the file') {
    String text = new File(articles, name).getText('UTF-8')
    def m = text =~ /(?m)^date: (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (\+0900)$/
    assert m.find() : text
    OffsetDateTime date = OffsetDateTime.parse("${m.group(1)}T${m.group(2)}${m.group(3)}",
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx"))
    // Named after its date, in a folder of its year; dated in the last minutes (the build just ran).
    assert name == "${m.group(1).substring(0, 4)}/${m.group(1)}-maven-new-1.md".toString()
    Duration age = Duration.between(date.toInstant(), new Date().toInstant())
    assert !age.isNegative() && age < Duration.ofMinutes(30) : "dated ${date}, ${age} ago"
    assert text == """---
title: "Maven: 'new' #1 - a test"
date: ${m.group(1)} ${m.group(2)} +0900
tags: ["maven", "Markdown"]
draft: true
---

Write the article here.
""".toString()
}

buildLog.check('build 1: articles:new logs the file') {
    assert created.contains("[INFO] Created src/main/articles/${name} (slug 'maven-new-1')".toString())
    assert created.contains("[INFO] It is a draft: write the article in place of 'Write the article here.', then " +
            "delete the line 'draft: true' to publish it")
    assert created.contains('[INFO] BUILD SUCCESS')
    assert !created.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
}
buildLog.check('build 2: validate passes the new article, with no warning') {
    assert validated.contains('[INFO] Articles: 2 checked, 0 errors, 0 warnings')
    // articles:new checked the content with validate's state (and the same configuration): nothing to read again.
    assert validated.collect { buildLog.strip(it) }.contains('[INFO] Validate: scanned 2, checked 0, 2 up to date')
    assert validated.contains('[INFO] BUILD SUCCESS')
}
buildLog.check('build 3: the file exists, and is not overwritten') {
    assert again.contains('[INFO] BUILD FAILURE')
    assert again.contains(("[ERROR] Failed to execute goal dev.articles:articles-maven-plugin:${pluginVersion}:new " +
            "(default-cli) on project new-article: No article created in src/main/articles: ${name} exists already; it " +
            "was left as it is (choose another slug with -Dslug, or edit that article) -> [Help 1]").toString())
    assert !again.any { it.startsWith('[INFO] Created') }
}
buildLog.check('build 4: a slug that gives the address of another article is refused, and no file is left') {
    assert taken.contains('[INFO] BUILD FAILURE')
    String newName = name.replace('maven-new-1', 'existing-article')
    assert taken.contains(("[ERROR] Failed to execute goal dev.articles:articles-maven-plugin:${pluginVersion}:new " +
            "(default-cli) on project new-article: No article created in src/main/articles: the new article ${newName} " +
            "would not pass the checks, so it was not kept:").toString())
    assert taken.contains(("[ERROR]   src/main/articles/${newName}:[1,1] url.duplicate: the address " +
            "'/articles/existing-article/' is also the address of 2025/2025-12-24-existing-article.md:1; give one of " +
            "them another 'slug:' or 'permalink:'").toString())
    assert taken.contains('[ERROR] Choose another slug with -Dslug.')
}
buildLog.check('build 5: a bundle with drafts holds the new article, marked a draft') {
    assert packaged.contains('[INFO] BUILD SUCCESS')
    File bundle = new File(basedir, 'target/classes/META-INF/articles/new-article/articles')
    // Named by its id: the file's path without extension.
    def article = new JsonSlurper().parse(new File(bundle, name.replaceFirst(/\.md$/, '') + '.json'), 'UTF-8')
    assert article.title == 'Maven: \'new\' #1 - a test'
    assert article.tags == ['maven', 'Markdown']
    assert article.source == name
    assert article.id == name.replaceFirst(/\.md$/, '')
    assert article.url == '/articles/maven-new-1/'
    assert article.draft == true
    assert new File(bundle, name.replaceFirst(/\.md$/, '') + '.html').getText('UTF-8') == '<p>Write the article here.</p>\n'
}
buildLog.check('build 6: a published new article is kept, its placeholder printed as a warning') {
    String publishedName = name.replace('maven-new-1', 'published')
    assert files.contains(publishedName) : files
    String placeholder = "src/main/articles/${publishedName}:[6,1] body.placeholder: the placeholder 'Write the " +
            "article here.' that articles:new wrote is still in this published article; write the article in its " +
            "place, or mark the article 'draft: true' until it is written"
    assert published.contains("[WARNING] ${placeholder}".toString())
    assert published.contains("[INFO] Created src/main/articles/${publishedName} (slug 'published')".toString())
    assert !published.any { it.startsWith('[INFO] It is a draft') }
    assert published.contains('[INFO] BUILD SUCCESS')
    assert !new File(articles, publishedName).getText('UTF-8').contains('draft')
}
buildLog.check('build 7: validate refuses the published placeholder') {
    String publishedName = name.replace('maven-new-1', 'published')
    assert refused.contains(("[ERROR] src/main/articles/${publishedName}:[6,1] body.placeholder: the placeholder " +
            "'Write the article here.' that articles:new wrote is still in this published article; write the " +
            "article in its place, or mark the article 'draft: true' until it is written").toString())
    assert refused.contains('[INFO] BUILD FAILURE')
}
buildLog.finish()
return true

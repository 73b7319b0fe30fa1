// HTML safety. Build 1 (defaults, irc: allowed): <kbd>, <span>, <br>, <sup> and the irc: autolink pass; the event
// handler, the <script> and the address hidden behind an entity are errors, <font> and the ftp: link warnings, at
// their line and column; the build fails. Build 2 (the four rules off): the bundle is written, and its HTML is
// sanitised all the same, its checksum that of the sanitised HTML.
import groovy.json.JsonSlurper
import java.security.MessageDigest

String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1) as List
assert runs.size() == 2
String file = 'src/main/articles/2025-12-01-hostile.md'

// 1: the defaults.
List<String> found = runs[0].readLines().findAll { it.startsWith("[ERROR] ${file}:") }
assert found == [
        "[ERROR] ${file}:[5,43] html.unsafe: the attribute 'onclick' of <span> is removed from the published HTML: " +
                "event handlers run code in readers' browsers; remove it",
        "[ERROR] ${file}:[7,1] html.unsafe: <script> is removed from the published HTML with its content: scripts " +
                "run code in readers' browsers; remove it",
        "[ERROR] ${file}:[9,1] link.unsafe-url: the link '[試す](java&#9;script:alert(1))' uses the scheme " +
                "'javascript:' (read as 'javascript:alert(1)' once entities and hidden characters are removed), " +
                "which can run code or open local files in readers' browsers; use an http:, https: or mailto: " +
                'address or a relative one (the address is removed from the published HTML)',
]*.toString()
List<String> warned = runs[0].readLines().findAll { it.startsWith("[WARNING] ${file}:") }
assert warned == [
        "[WARNING] ${file}:[11,1] html.raw: <font> is not on the allow-list and is removed from the published HTML " +
                "(its text is kept); write it in Markdown, or list 'font' in allowedHtmlTags to keep it",
        "[WARNING] ${file}:[11,28] link.scheme-not-allowed: the link '[古い版](ftp://example.org/f.tgz)' uses the " +
                "scheme 'ftp:', which is not in allowedUrlSchemes; list 'ftp' in allowedUrlSchemes to keep it (the " +
                'address is removed from the published HTML: the link text stays, as plain text)',
]*.toString()
assert runs[0].contains('[ERROR] Articles: 1 checked, 3 errors, 2 warnings (html.raw: 1, html.unsafe: 2, ' +
        'link.scheme-not-allowed: 1, link.unsafe-url: 1)')
assert runs[0].contains('[INFO] BUILD FAILURE')

// 2: the rules off; the output is sanitised anyway.
assert runs[1].contains('[INFO] BUILD SUCCESS')
assert !runs[1].contains("${file}:")
File bundle = new File(basedir, 'target/classes/META-INF/articles/html-safety')
File html = new File(bundle, 'articles/2025-12-01-hostile.html')
assert html.getText('UTF-8') == '''<p>保存は <kbd>Ctrl</kbd>+<kbd>S</kbd> です。<span>ここ</span>を押す。<br>x<sup>2</sup></p>

<p><a>試す</a> と <a href="https://example.com/?a=1&amp;b=2">資料</a> &amp; 日本語。</p>
<p>赤 <a>古い版</a> <a href="irc://irc.example.org/ruby">irc://irc.example.org/ruby</a></p>
'''
def json = new JsonSlurper().parse(new File(bundle, 'articles/2025-12-01-hostile.json'), 'UTF-8')
assert json.sha256 == MessageDigest.getInstance('SHA-256').digest(html.bytes).encodeHex().toString()
assert !json.excerptHtml.contains('script') && !json.excerptHtml.contains('onclick')

package dev.articles.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The relative address from one page of a site to another; resolved against the first, it gives the second. */
class RelativeUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the cases of the Javadoc
            "/a/b/ | /a/other/ | ../other/",
            "/a/b/ | /a/ | ../",
            "/a/b.html | /a/ | ./",
            // siblings
            "/a/b.html | /a/c.html | c.html",
            "/articles/first/ | /articles/second/ | ../second/",
            "/articles/first/ | /articles/first/#part | '#part'",
            // the folder the page is in, and the root
            "/x.html | / | ./",
            "/a/b/c.html | /a/b/ | ./",
            "/a/b/ | /a/b/ | ./",
            "/x.html | /y.html | y.html",
            // across folders
            "/2026/02/05/hello.html | /2025/12/24/old.html | ../../../2025/12/24/old.html",
            "/2026/02/05/hello.html | /2026/03/01/next.html | ../../03/01/next.html",
            "/2026/02/hello/ | /assets/_posts/a.png | ../../../assets/_posts/a.png",
            "/articles/hello/ | /articles/assets/images/a%20b.png | ../assets/images/a%20b.png",
            "/ | /articles/hello/ | articles/hello/",
            "/a.html | /b/c/d.html | b/c/d.html",
            // a common prefix that is no common folder
            "/ab/c.html | /abc/d.html | ../abc/d.html",
            // a first segment with ':' would read as a scheme
            "/a/b.html | /a/c:d.html | ./c:d.html",
            "/a/b/ | /c:d/ | ../../c:d/",
            "/x/ | /x/y:z/w.html | ./y:z/w.html"})
    void leadsFromOnePageToTheOther(String from, String to, String relative) {
        assertEquals(relative, RelativeUrl.between(from, to));
        assertEquals("https://example.com" + to,
                URI.create("https://example.com" + from).resolve(relative).toString(), "resolved back");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/blog/2026/hello/ | /blog/2026/other/",
            "/a/b/c/d.html | /e.html",
            "/日本/ | /日本/x/"})
    void resolvesBackWhereverTheSiteIsMounted(String from, String to) {
        String relative = RelativeUrl.between(from, to);
        for (String base : new String[] {"https://example.com", "https://example.com/mounted/below"}) {
            URI page = URI.create(base + encoded(from));
            assertEquals(base + encoded(to), page.resolve(encoded(relative)).toString(), base);
        }
    }

    private static String encoded(String path) {
        return path.replace("日本", "%E6%97%A5%E6%9C%AC");
    }
}

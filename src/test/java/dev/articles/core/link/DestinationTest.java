package dev.articles.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.link.Destination.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DestinationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.com/123            | EXTERNAL",
        "http://example.com/a.md             | EXTERNAL",
        "mailto:editor@example.com           | EXTERNAL",
        "data:image/png;base64,AAAA          | EXTERNAL",
        "//cdn.example.com/a.png             | EXTERNAL",
        "/about                              | EXTERNAL",
        "/_posts/2024-03-01-hello.md         | EXTERNAL",
        "?page=2                             | EXTERNAL",
        "#概要                               | ANCHOR",
        "other.md                            | ARTICLE_PATH",
        "../2024/Other.MD#part               | ARTICLE_PATH",
        "notes/記事.markdown                 | ARTICLE_PATH",
        "hello                               | NAME",
        "hello#part                          | NAME",
        "report.pdf                          | NAME",
        "images/a.png                        | FILE",
        "./hello                             | FILE",
        "..                                  | FILE",
        "'{% post_url 2024-03-01-hello %}'   | POST_URL",
        "'{%- link _posts/a.md -%}'          | LINK_TAG",
        "'{% include x.html %}'              | LIQUID",
        "'{{ site.url }}/a'                  | LIQUID",
        "'   '                               | EMPTY",
    })
    void classifies(String written, Form form) {
        assertEquals(form, Destination.parse(written).form(), written);
    }

    @Test
    void splitsPathSuffixAndDecodedFragment() {
        Destination d = Destination.parse("../%E8%A8%98%E4%BA%8B.md?x=1#%E6%A6%82%E8%A6%81");
        assertEquals(Form.ARTICLE_PATH, d.form());
        assertEquals("../記事.md", d.path());
        assertEquals("?x=1#%E6%A6%82%E8%A6%81", d.suffix());
        assertEquals("概要", d.fragment());
    }

    @Test
    void tagArgumentAndFragment() {
        Destination d = Destination.parse("{% post_url 2024-03-01-hello %}#まとめ");
        assertEquals(Form.POST_URL, d.form());
        assertEquals("2024-03-01-hello", d.path());
        assertEquals("#まとめ", d.suffix());
        assertEquals("まとめ", d.fragment());

        Destination t = Destination.tag(false, "_posts/a.md#x");
        assertEquals(Form.LINK_TAG, t.form());
        assertEquals("_posts/a.md", t.path());
        assertEquals("x", t.fragment());
        assertEquals("{% link _posts/a.md %}#x", t.written());
    }

    @Test
    void percentDecodingKeepsWhatIsNotAnEscape() {
        assertEquals("my pic.png", Destination.percentDecode("my%20pic.png"));
        assertEquals("a+b", Destination.percentDecode("a+b"));
        assertEquals("100%", Destination.percentDecode("100%"));
        assertEquals("%zz", Destination.percentDecode("%zz"));
        assertEquals("%FF", Destination.percentDecode("%FF"), "not UTF-8: kept as written");
    }

    @Test
    void whatIsCheckedAsLinkOrImage() {
        assertTrue(Destination.parse("other.md").isArticleLink());
        assertTrue(Destination.parse("hello").isArticleLink());
        assertFalse(Destination.parse("images/a.png").isArticleLink());
        assertFalse(Destination.parse("#part").isArticleLink());
        assertTrue(Destination.parse("images/a.png").isLocalImage());
        assertTrue(Destination.parse("{% link images/a.png %}").isLocalImage());
        assertFalse(Destination.parse("https://example.com/a.png").isLocalImage());
        assertFalse(Destination.parse("{% post_url x %}").isLocalImage());
        assertNull(Destination.parse("other.md").fragment());
    }
}

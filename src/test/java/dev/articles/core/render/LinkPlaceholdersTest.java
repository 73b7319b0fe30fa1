package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The first step of link rendering: placeholders for the content's own links, everything else as flexmark writes it. */
class LinkPlaceholdersTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown).html()
                .replace(LinkPlaceholders.LINK_START, '«').replace(LinkPlaceholders.IMAGE_START, '‹')
                .replace(LinkPlaceholders.END, '»');
    }

    @Test
    void contentLinksAndImagesGetPlaceholders() {
        assertEquals("<p><a href=\"«other.md#概要»\">記事</a> <a href=\"«hello»\">slug</a>"
                + " <img src=\"‹images/a.png»\" alt=\"図\" /></p>\n",
                html("[記事](other.md#概要) [slug](hello) ![図](images/a.png)"));
    }

    @Test
    void otherLinksAreLeftAsTheyAre() {
        assertEquals("<p><a href=\"https://example.com/123\">外部</a> <a href=\"/about\">サイト</a>"
                        + " <a href=\"#見出し\">節</a> <a href=\"files/report.pdf\">資料</a>"
                        + " <img src=\"https://example.com/a.png\" alt=\"外部画像\" /></p>\n",
                html("[外部](https://example.com/123) [サイト](/about) [節](#見出し) [資料](files/report.pdf)"
                        + " ![外部画像](https://example.com/a.png)"));
    }

    @Test
    void jekyllTagsBecomeLinksOrAddressesButNotInCode() {
        assertEquals("<p><a href=\"«{% post_url 2024-03-01-hello %}#まとめ»\" title=\"前回\">前回の記事</a> と"
                        + " «{% link _posts/a.md %}» と <code>{% post_url x %}</code> と {% post_url y %}</p>\n",
                html("[前回の記事]({% post_url 2024-03-01-hello %}#まとめ \"前回\") と {% link _posts/a.md %} と"
                        + " `{% post_url x %}` と \\{% post_url y %}"));
    }

    @Test
    void anImageMayUseTheLinkTag() {
        assertEquals("<p><img src=\"‹{% link images/a.png %}»\" alt=\"構成図\" title=\"図1\" /></p>\n",
                html("![構成図]({% link images/a.png %} '図1')"));
    }

    @Test
    void placeholderContentIsEscapedLikeAnyAttribute() {
        assertEquals("<p><a href=\"«other.md?a=1&amp;b=2»\">q</a></p>\n", html("[q](other.md?a=1&b=2)"));
    }

    @Test
    void aTagWithMarkupAfterItIsNotALink() {
        assertEquals("<p>[a](«{% post_url x %}» <em>b</em>)</p>\n", html("[a]({% post_url x %} *b*)"));
    }
}

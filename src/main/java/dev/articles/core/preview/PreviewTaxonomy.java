package dev.articles.core.preview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tags and categories in the preview: each term has a page listing its articles, at {@code /_preview/tag?name=...}
 * or {@code /_preview/category?name=...}. The term is a query value, percent-encoded as UTF-8, so any term works
 * (Japanese, {@code CI/CD}, {@code C#}, even {@code ..}) without ever being taken for a path.
 */
enum PreviewTaxonomy {
    TAG("tag", "Tag", "Tags"),
    CATEGORY("category", "Category", "Categories");

    /** The query parameter naming the term. */
    static final String NAME = "name";

    private final String path;
    private final String label;
    private final String plural;

    PreviewTaxonomy(String path, String label, String plural) {
        this.path = path;
        this.label = label;
        this.plural = plural;
    }

    /** The taxonomy whose page is at {@code /_preview/{segment}}, or {@code null}. */
    static PreviewTaxonomy ofPage(String segment) {
        for (PreviewTaxonomy t : values()) {
            if (t.path.equals(segment)) {
                return t;
            }
        }
        return null;
    }

    /** The CSS class of a term's link, and the last segment of its page's path. */
    String cssClass() {
        return path;
    }

    /** {@code Tag}, {@code Category}: before the term in its page's title. */
    String label() {
        return label;
    }

    /** {@code Tags}, {@code Categories}: the heading of the terms on the index. */
    String plural() {
        return plural;
    }

    /** The address of a term's page: ASCII, safe in an attribute once escaped. */
    String href(String term) {
        return "/_preview/" + path + "?" + NAME + "=" + PreviewPaths.encode(term);
    }

    /** The article's terms of this taxonomy. */
    List<String> of(PreviewBundle.Summary article) {
        return this == TAG ? article.tags() : article.categories();
    }

    /** The articles that have {@code term}, exactly as written, in the order given (the index's: newest first). */
    List<PreviewBundle.Summary> select(List<PreviewBundle.Summary> articles, String term) {
        List<PreviewBundle.Summary> out = new ArrayList<>();
        for (PreviewBundle.Summary a : articles) {
            if (of(a).contains(term)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Every term of the articles with the number of articles that have it, sorted by term. */
    Map<String, Integer> counts(List<PreviewBundle.Summary> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        for (PreviewBundle.Summary a : articles) {
            for (String term : new LinkedHashSet<>(of(a))) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        return counts;
    }
}

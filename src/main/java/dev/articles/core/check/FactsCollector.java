package dev.articles.core.check;

import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Extracts an article's {@link ArticleFacts} for the cross-article checks. */
public final class FactsCollector {
    /** Paragraphs shorter than this (normalised characters) are not compared: short lines repeat legitimately. */
    public static final int MIN_PARAGRAPH_LENGTH = 20;

    private FactsCollector() {
    }

    /**
     * @param headings the rendered headings (with their ids), or an empty list when the article was not rendered
     * @param links the article's links into the content
     */
    public static ArticleFacts collect(ArticleSource article, String id, String url, String slug, int slugLine,
            int slugColumn,
            List<Article.Heading> headings, List<ArticleFacts.LinkRef> links) {
        FrontMatter fm = article.frontMatter();
        YamlNode titleNode = article.yaml() == null ? null : article.yaml().get("title");
        Set<String> ids = new LinkedHashSet<>();
        headings.forEach(h -> ids.add(h.id()));
        ids.addAll(LinkCollector.extraAnchorIds(article.document()));
        return new ArticleFacts(article.file(), article.source(), id, url, slug, slugLine, slugColumn,
                fm == null ? null : fm.title(),
                titleNode == null ? 1 : titleNode.line(), titleNode == null ? 1 : titleNode.column(),
                TermPositions.of(article, "tags", false), categories(article),
                paragraphs(article), Collections.unmodifiableSet(ids), List.copyOf(links), redirectFrom(article));
    }

    /** Jekyll's {@code redirect_from}: one address or a list of them; anything else is left alone. */
    static List<String> redirectFrom(ArticleSource article) {
        YamlNode node = article.yaml() == null ? null : article.yaml().get("redirect_from");
        List<String> out = new ArrayList<>();
        if (node instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
            out.add(s.value().strip());
        } else if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
                    out.add(s.value().strip());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The body's paragraphs (at any depth), normalised and hashed, with their file lines. */
    public static List<ArticleFacts.Paragraph> paragraphs(ArticleSource article) {
        List<ArticleFacts.Paragraph> out = new ArrayList<>();
        if (article.document() == null) {
            return out;
        }
        for (ComparableParagraph p : article.paragraphs()) {
            String text = p.text();
            if (text.length() >= MIN_PARAGRAPH_LENGTH) {
                // By the parsed document's lines: kramdown's extensions may have moved the node out of its tree.
                int line = article.toSource(article.document().getLineNumber(p.node().getStartOffset()) + 1, 1)[0];
                out.add(new ArticleFacts.Paragraph(ComparableText.hash(text), line));
            }
        }
        return out;
    }

    /** Categories with positions: {@code categories} (list or space-separated words), then {@code category}. */
    private static List<ArticleFacts.Term> categories(ArticleSource article) {
        List<ArticleFacts.Term> out = new ArrayList<>(TermPositions.of(article, "categories", false));
        out.addAll(TermPositions.of(article, "category", true));
        return out;
    }
}

package dev.articles.core.site;

import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.settings.ContentRequest;
import java.util.List;

/** A Jekyll site read as Jekyll 4 reads it (placeholder until the site settings land). */
public final class JekyllLayout implements ContentLayout {
    static ContentLayout read(ContentRequest request, List<Diagnostic> problems) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public boolean isArticle(String source) {
        return false;
    }

    @Override
    public boolean skipsFolder(String folder) {
        return false;
    }

    @Override
    public Placement place(String source) {
        return null;
    }

    @Override
    public String url(Placement place, FrontMatter frontMatter) {
        return null;
    }

    @Override
    public String assetsUrl() {
        return "/";
    }

    @Override
    public String fingerprint() {
        return "jekyll";
    }
}

package dev.articles.core.site;

import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.JekyllFileName;
import dev.articles.core.source.ContentScanner;
import java.util.List;

/**
 * A folder of articles: every file an include matches and no exclude matches is an article, addressed by a
 * {@link Permalink} pattern; the bundle's assets are served beside the articles ({@link Permalink#folder()}).
 */
public final class PlainLayout implements ContentLayout {
    private final ContentScanner selection;
    private final Permalink permalink;

    public PlainLayout(List<String> includes, List<String> excludes, Permalink permalink) {
        this.selection = new ContentScanner(includes, excludes);
        this.permalink = permalink;
    }

    @Override
    public boolean isArticle(String source) {
        return selection.selected(source);
    }

    @Override
    public boolean skipsFolder(String folder) {
        return false;
    }

    @Override
    public Placement place(String source) {
        JekyllFileName name = JekyllFileName.of(source.substring(source.lastIndexOf('/') + 1));
        String id = Placement.withoutExtension(source);
        return new Placement(source, id, Placement.POSTS, List.of(), false, name, true, false);
    }

    @Override
    public String url(Placement place, FrontMatter frontMatter) {
        // An article whose date is broken still claims its address when the address holds no date.
        if (frontMatter.slug() == null || frontMatter.date() == null && permalink.usesDate()) {
            return null;
        }
        return permalink.path(frontMatter.slug(), frontMatter.date());
    }

    @Override
    public String assetsUrl() {
        return permalink.folder() + "assets/";
    }

    @Override
    public String fingerprint() {
        return "plain " + permalink.pattern();
    }

    public Permalink permalink() {
        return permalink;
    }
}

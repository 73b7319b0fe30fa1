package dev.articles.core.site;

import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.settings.MarkdownFlavour;
import dev.articles.core.source.ContentScanner;
import java.util.List;

/**
 * How a content directory is laid out: which of its files are articles, what each file's place says of it (its
 * identity, collection, categories, date), and the address an article gets. Plain content and a Jekyll site are the
 * two layouts ({@link PlainLayout}, {@link JekyllLayout}).
 */
public interface ContentLayout extends ContentScanner.Selection {

    /** What the path of an article file says of it. */
    Placement place(String source);

    /** The front matter with the values the site gives by default for this place (Jekyll's {@code defaults}). */
    default YamlNode.Mapping withDefaults(Placement place, YamlNode.Mapping frontMatter) {
        return frontMatter;
    }

    /** The front matter completed with what the place says (categories from folders, a draft by its folder). */
    default FrontMatter complete(Placement place, FrontMatter frontMatter) {
        return frontMatter;
    }

    /**
     * The article's address below the site's address, percent-encoded ASCII ({@code /2026/02/05/hello.html}).
     *
     * @return the address, or {@code null} when the front matter lacks what it is made of (a slug or a date)
     * @throws AddressException when the address cannot be made (an unknown permalink placeholder, ...)
     */
    String url(Placement place, FrontMatter frontMatter) throws AddressException;

    /**
     * Whether articles dated after the build's clock are held back until then, like drafts (a Jekyll site's
     * {@code future: false}); else they are published with a warning.
     */
    default boolean holdsFuture() {
        return false;
    }

    /** The Markdown the articles are written in: GitHub's, or a Jekyll site's kramdown. */
    default MarkdownFlavour markdown() {
        return MarkdownFlavour.GFM;
    }

    /** The address below the site's address under which the bundle's {@code assets/} folder is served. */
    String assetsUrl();

    /**
     * Folders of site files that articles may be made from besides themselves (a Jekyll site's {@code _includes} and
     * {@code _data}, which Liquid reads), relative to the content directory: a change in them is a change of the
     * content even when no article file changed.
     */
    default List<String> dependencyFolders() {
        return List.of();
    }

    /** The text that, when it changes, changes the articles' identities or addresses (for the build's memory). */
    String fingerprint();

    /** Why an address cannot be made, in words fit for the writer. */
    final class AddressException extends Exception {
        public AddressException(String message) {
            super(message);
        }
    }
}

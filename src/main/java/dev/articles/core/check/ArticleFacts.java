package dev.articles.core.check;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * What cross-article checks need to know of one article, and no more (no body text, no HTML).
 *
 * @param file the file (absolute)
 * @param source path relative to the content directory, {@code /}-separated
 * @param id the article's identity ({@code source} without extension)
 * @param url its address, or {@code null} when it could not be made
 * @param slug the slug, or {@code null} when it could not be determined
 * @param slugLine line of the {@code slug} key, or 1 for a file-name slug
 * @param slugColumn its column
 * @param title the title, or {@code null}
 * @param titleLine line of the {@code title} value (1 when missing)
 * @param titleColumn its column
 * @param tags tags with their positions
 * @param categories categories with their positions
 * @param paragraphs normalised-text hashes of the body's paragraphs, in order, with their lines
 * @param headingIds the article's anchor targets in document order: heading ids, then footnote ids and raw HTML
 *     {@code id}s
 * @param links links and images of the body that point into the content (not external URLs)
 * @param redirectFrom the other addresses the site answers for it with a redirect (Jekyll's {@code redirect_from},
 *     jekyll-redirect-from), as written
 */
public record ArticleFacts(
        Path file,
        String source,
        String id,
        String url,
        String slug,
        int slugLine,
        int slugColumn,
        String title,
        int titleLine,
        int titleColumn,
        List<Term> tags,
        List<Term> categories,
        List<Paragraph> paragraphs,
        Set<String> headingIds,
        List<LinkRef> links,
        List<String> redirectFrom) {

    /** Kept compact: the facts of every article stay in memory for the cross-article checks. */
    public ArticleFacts {
        paragraphs = CompactParagraphs.of(paragraphs);
        headingIds = CompactIds.of(headingIds);
    }

    /** The compact form of paragraphs given as hashes and lines (the arrays are kept, not copied). */
    public static List<Paragraph> paragraphs(long[] hashes, int[] lines) {
        if (hashes.length != lines.length) {
            throw new IllegalArgumentException("as many lines as hashes");
        }
        return new CompactParagraphs(hashes, lines);
    }

    /** The paragraphs' hashes in order, as a new array (without an object per paragraph). */
    public long[] paragraphHashes() {
        if (paragraphs instanceof CompactParagraphs c) {
            return c.hashes.clone();
        }
        return paragraphs.stream().mapToLong(Paragraph::hash).toArray();
    }

    /** The compact form of distinct ids in document order. */
    public static Set<String> ids(List<String> distinctIds) {
        return new CompactIds(distinctIds.toArray(new String[0]));
    }

    /** Paragraphs as two arrays instead of an object each. */
    private static final class CompactParagraphs extends AbstractList<Paragraph> implements RandomAccess {
        private final long[] hashes;
        private final int[] lines;

        private CompactParagraphs(long[] hashes, int[] lines) {
            this.hashes = hashes;
            this.lines = lines;
        }

        static List<Paragraph> of(List<Paragraph> paragraphs) {
            if (paragraphs instanceof CompactParagraphs) {
                return paragraphs;
            }
            long[] hashes = new long[paragraphs.size()];
            int[] lines = new int[paragraphs.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = paragraphs.get(i).hash();
                lines[i] = paragraphs.get(i).line();
            }
            return new CompactParagraphs(hashes, lines);
        }

        @Override
        public Paragraph get(int index) {
            return new Paragraph(hashes[index], lines[index]);
        }

        @Override
        public int size() {
            return hashes.length;
        }

        @Override
        public boolean equals(Object o) {
            if (o instanceof CompactParagraphs c) {
                return Arrays.equals(hashes, c.hashes) && Arrays.equals(lines, c.lines);
            }
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode(); // as any List of the same Paragraphs
        }
    }

    /** Ids in document order, in one array; an article has few, so a linear search is quick. */
    private static final class CompactIds extends AbstractSet<String> {
        private final String[] ids;

        private CompactIds(String[] ids) {
            this.ids = ids;
        }

        static Set<String> of(Set<String> ids) {
            if (ids instanceof CompactIds) {
                return ids;
            }
            return new CompactIds(new LinkedHashSet<>(ids).toArray(new String[0]));
        }

        @Override
        public boolean contains(Object o) {
            for (String id : ids) {
                if (id.equals(o)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(ids).iterator();
        }

        @Override
        public int size() {
            return ids.length;
        }
    }

    /** A tag or category as written, with its position. */
    public record Term(String value, int line, int column) {
    }

    /** A paragraph's hash (of its normalised plain text) and first line. */
    public record Paragraph(long hash, int line) {
    }

    /**
     * A reference from the body to something in the content.
     *
     * @param kind what wrote it
     * @param target the destination as written ({@code ../other.md#part}, {@code other-slug}, {@code images/a.png},
     *     the {@code post_url} argument...)
     * @param line 1-based file line
     * @param column 1-based column
     */
    public record LinkRef(Kind kind, String target, int line, int column) {
        /**
         * Markdown link, Markdown image, {@code {% post_url %}}, {@code {% link %}}, and an image of a Jekyll site
         * named from the site's root ({@code /assets/logo.png}; the target is its path in the site, the baseurl
         * taken off): checked, not copied, as the site serves it at its own address.
         */
        public enum Kind {
            LINK, IMAGE, POST_URL, LINK_TAG, SITE_IMAGE,
            /**
             * A link written from the site's root ({@code /2024/03/01/hello/}; the target is the path after the
             * baseurl, with its {@code ?query#fragment}): checked when it has the shape of an article's address.
             */
            SITE_LINK
        }
    }
}

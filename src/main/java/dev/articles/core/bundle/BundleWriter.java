package dev.articles.core.bundle;

import dev.articles.core.model.Article;
import dev.articles.core.model.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a bundle (format {@value BundleLayout#FORMAT}) of checked articles into an output folder that becomes a
 * resource root: {@code META-INF/articles/bundles.txt} and {@code META-INF/articles/{bundle}/...}. The folder is
 * owned by the writer: files from earlier runs that this run does not produce are deleted, here and in the
 * mirrors (the copies the resources step made in {@code target/classes}).
 *
 * <p>Articles are written one at a time through a {@link Session} (from several threads at once), so a bundle of any
 * size is written without holding its HTML in memory; the index is put together from each article's entry.
 */
public final class BundleWriter {

    /**
     * What a write did.
     *
     * @param articles articles in the bundle
     * @param written files created or changed
     * @param unchanged files left as they were because their bytes were already right
     * @param deleted stale files removed (output folder and mirrors)
     */
    public record Report(int articles, int written, int unchanged, int deleted) {
    }

    /**
     * One article as written.
     *
     * @param indexEntry its entry of {@code index.json}, as written there
     * @param outputs its HTML, its JSON record and its assets
     */
    public record Written(byte[] indexEntry, List<OutputFile> outputs) {
    }

    /**
     * An article of the index: what the shared files need of it.
     *
     * @param id its id
     * @param url its address below the site's address
     * @param collection its collection ({@code posts} for posts: only they are in the feeds)
     * @param epochSecond its date, {@link #NO_DATE} for a document without one
     * @param nano the date's nanoseconds
     * @param offsetSeconds the date's offset as written in the article
     * @param draft whether it is a draft (never in the feeds or the sitemap)
     * @param tags its tags as written
     * @param categories its categories as written
     * @param indexEntry its entry of {@code index.json} ({@link Written#indexEntry()})
     */
    public record Listed(String id, String url, String collection, long epochSecond, int nano, int offsetSeconds,
            boolean draft, List<String> tags, List<String> categories, byte[] indexEntry) {

        /** {@link #epochSecond()} of an article without a date (a Jekyll collection's document). */
        public static final long NO_DATE = Long.MIN_VALUE;

        /** An article of the index; the date is kept as numbers, since a bundle may list 50,000 of them. */
        public Listed(Article a, byte[] indexEntry) {
            this(a.id(), a.url(), a.collection(), a.date() == null ? NO_DATE : a.date().toEpochSecond(),
                    a.date() == null ? 0 : a.date().getNano(),
                    a.date() == null ? 0 : a.date().getOffset().getTotalSeconds(), a.draft(), a.tags(),
                    a.categories(), indexEntry);
        }

        /** Its date, with the offset written in the article, or {@code null}. */
        public OffsetDateTime date() {
            return epochSecond == NO_DATE ? null : OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, nano),
                    ZoneOffset.ofTotalSeconds(offsetSeconds));
        }

        /** The bundle's order: newest first, articles without a date last, then by id. */
        public static final java.util.Comparator<Listed> NEWEST_FIRST = java.util.Comparator
                .comparingLong(Listed::epochSecond).thenComparingInt(Listed::nano).reversed()
                .thenComparing(Listed::id);
    }

    private final String bundleName;
    private final Path outputDirectory;
    private final List<Path> mirrors;
    private final FeedSettings feeds;

    /** Where plain content's {@code assets/} folder is served: beside the articles of the default permalink. */
    public static final String DEFAULT_ASSETS_URL = "/articles/assets/";

    /**
     * @param bundleName the bundle's name (checked with {@link BundleLayout#bundleNameProblem})
     * @param outputDirectory the folder to write, registered by the caller as a resource root (or the build's
     *     output folder itself)
     * @param mirrors folders the output is copied to later (e.g. {@code target/classes}); only stale files are
     *     deleted there, nothing is written. The output folder itself is never its own mirror.
     */
    public BundleWriter(String bundleName, Path outputDirectory, List<Path> mirrors) {
        this(bundleName, outputDirectory, mirrors, null);
    }

    /**
     * A bundle with feeds and a sitemap.
     *
     * @param feeds the site's address and the feeds' settings, or {@code null} for a bundle without feeds and
     *     sitemap
     */
    public BundleWriter(String bundleName, Path outputDirectory, List<Path> mirrors, FeedSettings feeds) {
        String problem = BundleLayout.bundleNameProblem(bundleName);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.bundleName = bundleName;
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
        this.mirrors = mirrors.stream().map(m -> m.toAbsolutePath().normalize())
                .filter(m -> !m.equals(this.outputDirectory)).toList();
        this.feeds = feeds;
    }

    public String bundleName() {
        return bundleName;
    }

    public Path outputDirectory() {
        return outputDirectory;
    }

    /** The feeds' settings, or {@code null} when the bundle has no feeds. */
    public FeedSettings feeds() {
        return feeds;
    }

    /**
     * Writes the articles (already sorted newest first) in one go: a whole bundle, nothing kept from before. A thin
     * shortcut over {@link #open(String)} for callers that hold finished articles (the writer's own tests); the build
     * writes through a {@link Session}, an article at a time.
     *
     * @param assetsUrl where the bundle's {@code assets/} folder is served, below the site's address
     */
    public Report write(List<Article> articles, String assetsUrl) throws IOException {
        Session session = open(assetsUrl);
        List<Listed> listed = new ArrayList<>();
        for (Article a : articles) {
            listed.add(new Listed(a, session.article(a).indexEntry()));
        }
        session.shared(listed);
        int deleted = session.deleteStale(null);
        return new Report(articles.size(), session.written(), session.unchanged(), deleted);
    }

    /**
     * The files an earlier run wrote that are still there and still right: present in the output folder (a deleted
     * file is written again) and, for a copied asset, copied from a source that did not change since. Reads only.
     */
    public Set<String> intact(Collection<OutputFile> files, Path contentDirectory) {
        return intact(files, contentDirectory, Set.of());
    }

    /**
     * {@link #intact(Collection, Path)}, given files known to be present (from the last build's record of its output
     * folders' times), so that their folders need no listing.
     */
    public Set<String> intact(Collection<OutputFile> files, Path contentDirectory, Set<String> known) {
        Set<String> present = new OutputTree(outputDirectory).present(files.stream()
                .map(OutputFile::path).toList(), known);
        Set<String> intact = new HashSet<>();
        for (OutputFile f : files) {
            if (present.contains(f.path()) && OutputTree.sourceUnchanged(f, contentDirectory)) {
                intact.add(f.path());
            }
        }
        return intact;
    }

    /** {@link #write(List, String)} of plain content with the default permalink. */
    public Report write(List<Article> articles) throws IOException {
        return write(articles, DEFAULT_ASSETS_URL);
    }

    /**
     * Starts writing.
     *
     * @param assetsUrl where the bundle's {@code assets/} folder is served, below the site's address (the content's
     *     layout decides; {@code index.json} says it)
     */
    public Session open(String assetsUrl) throws IOException {
        return new Session(previousBundles(), assetsUrl);
    }

    /** A write in progress. {@link #article} may be called from several threads at once. */
    public final class Session {
        private final OutputTree out = new OutputTree(outputDirectory);
        private final Set<String> previousBundles;
        private final String root = BundleLayout.bundleRoot(bundleName);
        private final String assetsUrl;

        private Session(Set<String> previousBundles, String assetsUrl) {
            this.assetsUrl = assetsUrl;
            this.previousBundles = previousBundles;
        }

        /** Writes an article's HTML, JSON record and assets (each only if its bytes changed). */
        public Written article(Article a) throws IOException {
            List<OutputFile> outputs = new ArrayList<>(2 + a.assets().size());
            byte[] html = a.html().getBytes(StandardCharsets.UTF_8);
            outputs.add(out.write(root + BundleLayout.articleHtml(a.id()), html));
            outputs.add(out.write(root + BundleLayout.articleJson(a.id()),
                    BundleJson.bytes(BundleJson.article(bundleName, a, Sha256.hex(html)))));
            for (Article.Asset asset : a.assets()) {
                outputs.add(out.copy(root + asset.path(), asset.file(), asset.path().substring(
                        BundleLayout.ASSETS.length())));
            }
            return new Written(BundleJson.indexEntry(bundleName, assetsUrl, a), List.copyOf(outputs));
        }

        /** Keeps the files an earlier run wrote for an article that did not change. */
        public void keep(List<OutputFile> outputs) {
            outputs.forEach(f -> out.keep(f.path()));
        }

        /**
         * Writes the discovery file, the index, the taxonomies and, with a site address, the feeds and the sitemap.
         * Call it after every article was written or kept: the feeds read the HTML of the newest articles from the
         * bundle's files.
         *
         * @param articles every article of the bundle, newest first
         * @return the files
         */
        public List<OutputFile> shared(List<Listed> articles) throws IOException {
            List<OutputFile> files = new ArrayList<>();
            files.add(out.write(BundleLayout.DISCOVERY_FILE, (bundleName + "\n").getBytes(StandardCharsets.UTF_8)));
            files.add(out.write(root + BundleLayout.INDEX, BundleJson.indexFromEntries(bundleName, assetsUrl,
                    articles.stream().map(Listed::indexEntry).toList())));
            files.add(out.write(root + BundleLayout.TAGS, BundleJson.bytes(BundleJson.terms(bundleName, "tags",
                    termIndex(articles, true)))));
            files.add(out.write(root + BundleLayout.CATEGORIES, BundleJson.bytes(BundleJson.terms(bundleName,
                    "categories", termIndex(articles, false)))));
            if (feeds != null) {
                Map<String, byte[]> feedFiles = Feeds.files(feeds, articles, id -> Files.readString(
                        outputDirectory.resolve(root + BundleLayout.articleHtml(id)), StandardCharsets.UTF_8));
                for (Map.Entry<String, byte[]> f : feedFiles.entrySet()) {
                    files.add(out.write(root + f.getKey(), f.getValue()));
                }
            }
            return files;
        }

        /**
         * Deletes what earlier runs left and this one did not write or keep.
         *
         * @param earlier the files the last run recorded, when it is known (then no folder is walked); {@code null}
         *     walks the output folder and the mirrors
         * @return how many files were deleted
         */
        public int deleteStale(List<String> earlier) throws IOException {
            int deleted;
            if (earlier != null && previousBundles.equals(Set.of(bundleName))) {
                deleted = out.deleteStale(earlier, outputDirectory);
                for (Path mirror : mirrors) {
                    deleted += out.deleteStale(earlier, mirror);
                }
                return deleted;
            }
            deleted = out.deleteStale(outputDirectory, BundleLayout.ROOT);
            for (Path mirror : mirrors) {
                for (String name : previousBundles) {
                    deleted += out.deleteStale(mirror, BundleLayout.bundleRoot(name));
                }
                deleted += out.deleteStale(mirror, root);
            }
            return deleted;
        }

        public int written() {
            return out.written();
        }

        public int unchanged() {
            return out.unchanged();
        }
    }

    /**
     * Removes what earlier runs wrote: the whole bundle area of the output folder and, in the mirrors, the bundles
     * named there, this bundle, and the discovery file (so the jar does not announce a bundle it lacks).
     *
     * @return how many files were deleted
     */
    public int remove() throws IOException {
        Set<String> names = previousBundles();
        names.add(bundleName);
        OutputTree nothing = new OutputTree(outputDirectory);
        int deleted = nothing.deleteStale(outputDirectory, BundleLayout.ROOT);
        for (Path mirror : mirrors) {
            for (String name : names) {
                deleted += nothing.deleteStale(mirror, BundleLayout.bundleRoot(name));
            }
            if (Files.deleteIfExists(mirror.resolve(BundleLayout.DISCOVERY_FILE))) {
                deleted++;
            }
        }
        return deleted;
    }

    /** Bundle names the last run wrote here: after a rename, their copies in the mirrors are stale too. */
    private Set<String> previousBundles() throws IOException {
        Path discovery = outputDirectory.resolve(BundleLayout.DISCOVERY_FILE);
        Set<String> names = new LinkedHashSet<>();
        if (Files.isRegularFile(discovery)) {
            for (String line : Files.readAllLines(discovery, StandardCharsets.UTF_8)) {
                if (BundleLayout.bundleNameProblem(line.strip()) == null) {
                    names.add(line.strip());
                }
            }
        }
        return names;
    }

    /** Term to ids (newest first, each once), terms sorted. */
    private static Map<String, List<String>> termIndex(List<Listed> articles, boolean tags) {
        Map<String, List<String>> index = new TreeMap<>();
        for (Listed a : articles) {
            for (String term : new LinkedHashSet<>(tags ? a.tags() : a.categories())) {
                index.computeIfAbsent(term, t -> new ArrayList<>()).add(a.id());
            }
        }
        return index;
    }

}

package dev.articles.core.bundle;

import dev.articles.core.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

    private final String bundleName;
    private final Path outputDirectory;
    private final List<Path> mirrors;

    /**
     * @param bundleName the bundle's name (checked with {@link BundleLayout#bundleNameProblem})
     * @param outputDirectory the folder to write, registered by the caller as a resource root
     * @param mirrors folders the output is copied to later (e.g. {@code target/classes}); only stale files are
     *     deleted there, nothing is written
     */
    public BundleWriter(String bundleName, Path outputDirectory, List<Path> mirrors) {
        String problem = BundleLayout.bundleNameProblem(bundleName);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.bundleName = bundleName;
        this.outputDirectory = outputDirectory;
        this.mirrors = List.copyOf(mirrors);
    }

    /** Writes the articles (already sorted newest first). */
    public Report write(List<Article> articles) throws IOException {
        Set<String> previousBundles = previousBundles();
        OutputTree out = new OutputTree(outputDirectory);
        String root = BundleLayout.bundleRoot(bundleName);
        out.write(BundleLayout.DISCOVERY_FILE, (bundleName + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(root + BundleLayout.INDEX, BundleJson.bytes(BundleJson.index(bundleName, articles)));
        for (Article a : articles) {
            byte[] html = a.html().getBytes(StandardCharsets.UTF_8);
            out.write(root + BundleLayout.articleHtml(a.slug()), html);
            out.write(root + BundleLayout.articleJson(a.slug()),
                    BundleJson.bytes(BundleJson.article(bundleName, a, sha256(html))));
        }
        Map<String, Path> assets = new TreeMap<>();
        for (Article a : articles) {
            a.assets().forEach(asset -> assets.putIfAbsent(asset.path(), asset.file()));
        }
        for (Map.Entry<String, Path> asset : assets.entrySet()) {
            out.copy(root + asset.getKey(), asset.getValue());
        }
        out.write(root + BundleLayout.TAGS, BundleJson.bytes(BundleJson.terms(bundleName, "tags",
                termIndex(articles, true))));
        out.write(root + BundleLayout.CATEGORIES, BundleJson.bytes(BundleJson.terms(bundleName, "categories",
                termIndex(articles, false))));

        int deleted = out.deleteStale(outputDirectory, BundleLayout.ROOT);
        for (Path mirror : mirrors) {
            for (String name : previousBundles) {
                deleted += out.deleteStale(mirror, BundleLayout.bundleRoot(name));
            }
            deleted += out.deleteStale(mirror, root);
        }
        return new Report(articles.size(), out.written(), out.unchanged(), deleted);
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

    /** Term to slugs (newest first, each once), terms sorted. */
    private static Map<String, List<String>> termIndex(List<Article> articles, boolean tags) {
        Map<String, List<String>> index = new TreeMap<>();
        for (Article a : articles) {
            for (String term : new LinkedHashSet<>(tags ? a.tags() : a.categories())) {
                index.computeIfAbsent(term, t -> new ArrayList<>()).add(a.slug());
            }
        }
        return index;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package dev.articles.core.build;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.site.ContentLayout;
import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.source.ContentScanner;
import dev.articles.core.source.FolderLink;
import dev.articles.core.state.BuildRecord;
import dev.articles.core.state.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The first stage of a build: the content as it is now, set against the brief record of the last build.
 *
 * @param layout which files are articles, and how they are addressed
 * @param found the article files, sorted by path
 * @param others the hash of the content's other files (images, excluded files)
 * @param folderLinks links to folders outside the content directory whose articles are not read
 * @param lastBuild the memory's brief record of the last build of this goal, or {@code null}
 */
record Plan(ContentLayout layout, List<Found> found, long others, List<FolderLink> folderLinks,
        BuildRecord lastBuild) {

    /** Walks the content directory, telling the memory of each article as it is met. */
    static Plan scan(ContentRequest request, ContentLayout layout, BuildMemory memory, BuildRecorder recorder)
            throws IOException {
        ContentScanner.Listing listing = new ContentScanner(layout).list(request.contentDirectory(), memory::found);
        recorder.scanned(listing.articles().size());
        long others = listing.others() + 31 * dependencyStamp(request.contentDirectory(), layout);
        return new Plan(layout, listing.articles(), others, listing.folderLinks(), memory.lastBuild());
    }

    /**
     * The path, size and time of every file in the layout's dependency folders ({@code _includes}, {@code _data}),
     * as one number: when it changes, the last build's result does not stand as it is (which articles it concerns
     * is for the checks to find out, by each article's dependencies).
     */
    private static long dependencyStamp(Path contentDirectory, ContentLayout layout) throws IOException {
        long stamp = 0;
        for (String folder : layout.dependencyFolders()) {
            Path dir = contentDirectory.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    long h = (folder + "/" + dir.relativize(f)).hashCode() * 31L + Files.size(f);
                    h = h * 31 + Files.getLastModifiedTime(f).toMillis();
                    stamp += h ^ (h >>> 29); // a sum: the order of the walk does not matter
                }
            }
        }
        return stamp;
    }

    /**
     * The last build's result, when the content and settings are exactly as it saw them and its findings have not
     * expired; else {@code null}.
     */
    ContentResult lastResultIfUnchanged(BuildFingerprint prints, long now) {
        BuildRecord last = lastBuild;
        if (last == null || !last.checks().equals(prints.checks()) || !last.baseline().equals(prints.baseline())
                || !last.bundle().equals(prints.bundle()) || last.others() != others || last.validUntil() <= now
                || last.sources().size() != found.size()) {
            return null;
        }
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.size() != last.sizes()[i] || f.modified() != last.modified()[i]
                    || !f.source().equals(last.sources().get(i))) {
                return null;
            }
        }
        return last.result().result();
    }

    /**
     * Whether, nothing having changed, the last build's outcome stands as it is: its bundle was written (and no
     * file of it was touched since) and this build would write it too, or neither writes one.
     *
     * @param stops whether the unchanged result keeps the bundle from being written
     */
    boolean lastOutcomeStands(BundleWriter bundle, boolean stops) {
        return bundle == null || lastBuild.published() && !stops && lastBuild.filesPresent(bundle.outputDirectory())
                || !lastBuild.published() && stops;
    }

    /** The brief record when it is of a written bundle with these settings (its folders' times then help). */
    BuildRecord lastBundleBuild(BuildFingerprint prints) {
        return lastBuild != null && lastBuild.published() && lastBuild.bundle().equals(prints.bundle()) ? lastBuild
                : null;
    }

    /**
     * This build's brief record for the next build.
     *
     * @param published what was published, or {@code null} when no bundle was written
     */
    BuildRecord record(BuildFingerprint prints, Checked checked, ContentResult result, Published published,
            Path outputDirectory) {
        List<String> files = published == null ? List.of() : published.files();
        List<String> folders = BuildRecord.foldersOf(files);
        long[] folderTimes = published == null ? new long[0] : BuildRecord.folderTimes(outputDirectory, folders);
        long[] sizes = new long[found.size()];
        long[] modified = new long[found.size()];
        List<String> sources = new ArrayList<>(found.size());
        long validUntil = Long.MAX_VALUE;
        for (int i = 0; i < found.size(); i++) {
            sources.add(found.get(i).source());
            sizes[i] = found.get(i).size();
            modified[i] = found.get(i).modified();
            validUntil = Math.min(validUntil, checked.entries()[i].validUntil());
        }
        return new BuildRecord(prints.checks(), prints.baseline(), prints.bundle(), others, validUntil, sources, sizes,
                modified, StateStore.StoredResult.of(result), published != null,
                published == null ? 0 : published.bundled(), files, folders, folderTimes);
    }
}

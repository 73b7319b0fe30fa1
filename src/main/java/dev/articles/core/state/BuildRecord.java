package dev.articles.core.state;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.report.ContentResult;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last build of one goal in brief, so that a build in which nothing changed is recognised in a fraction of a
 * second without loading the full state: the fingerprints, every article file's size and time, the hash of the other
 * files, the result, and the bundle's files. It is written after the full state, and trusted only when all of it
 * matches.
 *
 * @param checks the fingerprint of the settings the checks depend on
 * @param baseline the fingerprint of the baseline
 * @param bundle the fingerprint of the bundle settings, or {@code ""} for validate
 * @param others the hash of the content directory's files that are not articles
 * @param validUntil when the findings expire (the earliest future date of an article), epoch milliseconds
 * @param sources the article files in scan order
 * @param sizes their sizes
 * @param modified their modification times
 * @param result what the build reported
 * @param published whether the bundle was written (its files are then listed)
 * @param bundled articles in the bundle
 * @param files the bundle's files, relative to the output folder
 * @param folders the folders holding them, relative to the output folder
 * @param folderTimes each folder's modification time (nanoseconds) after the build wrote it: a file deleted or
 *     added there since changes it
 */
public record BuildRecord(String checks, String baseline, String bundle, long others, long validUntil,
        List<String> sources, long[] sizes, long[] modified, StateStore.StoredResult result, boolean published,
        int bundled, List<String> files, List<String> folders, long[] folderTimes) {

    private static final int MAGIC = 0x41525451; // "ARTQ"
    private static final int VERSION = 3; // 3: the result keeps the articles left out by accepted findings

    /** The folders of {@code files} with their times now, for {@link #filesPresent}. */
    public static long[] folderTimes(Path outputDirectory, List<String> folders) {
        long[] times = new long[folders.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = folderTime(outputDirectory.resolve(folders.get(i)));
        }
        return times;
    }

    /** The distinct folders of {@code files}, sorted. */
    public static List<String> foldersOf(List<String> files) {
        java.util.TreeSet<String> folders = new java.util.TreeSet<>();
        for (String f : files) {
            int slash = f.lastIndexOf('/');
            folders.add(slash < 0 ? "" : f.substring(0, slash));
        }
        return List.copyOf(folders);
    }

    private static long folderTime(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The bundle's folders whose time did not move since this build (no file added, deleted or replaced there). */
    private Set<String> foldersAsLeft(Path outputDirectory) {
        Set<String> asLeft = new HashSet<>();
        for (int i = 0; i < folders.size(); i++) {
            long now = folderTime(outputDirectory.resolve(folders.get(i)));
            if (now != Long.MIN_VALUE && now == folderTimes[i]) {
                asLeft.add(folders.get(i));
            }
        }
        return asLeft;
    }

    /**
     * The files of this build that are certainly still in {@code outputDirectory}, found without listing a folder:
     * those in folders whose time did not move since (no file was added, deleted or replaced there).
     */
    public Set<String> filesSurely(Path outputDirectory) {
        if (!published) {
            return Set.of();
        }
        Set<String> asLeft = foldersAsLeft(outputDirectory);
        Set<String> sure = new HashSet<>();
        for (String f : files) {
            int slash = f.lastIndexOf('/');
            if (asLeft.contains(slash < 0 ? "" : f.substring(0, slash))) {
                sure.add(f);
            }
        }
        return sure;
    }

    /**
     * Whether the bundle's files are all still in {@code outputDirectory}: when no folder's time moved since the
     * build (no file was added or deleted there), a few stats answer; otherwise one listing per folder.
     */
    public boolean filesPresent(Path outputDirectory) {
        if (published && !files.isEmpty() && foldersAsLeft(outputDirectory).size() == folders.size()) {
            return true;
        }
        Map<Path, Set<String>> byFolder = new HashMap<>();
        for (String f : files) {
            Path p = outputDirectory.resolve(f);
            byFolder.computeIfAbsent(p.getParent(), k -> new HashSet<>()).add(p.getFileName().toString());
        }
        for (Map.Entry<Path, Set<String>> e : byFolder.entrySet()) {
            Set<String> present = new HashSet<>();
            try (DirectoryStream<Path> list = Files.newDirectoryStream(e.getKey())) {
                for (Path p : list) {
                    present.add(p.getFileName().toString());
                }
            } catch (IOException gone) {
                return false;
            }
            if (!present.containsAll(e.getValue())) {
                return false;
            }
        }
        return !files.isEmpty() || !published;
    }

    static BuildRecord read(Path file, Path contentDirectory) throws IOException {
        try (DataInputStream in = StateFiles.reader(file)) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            String checks = StateCodec.string(in);
            String baseline = StateCodec.string(in);
            String bundle = StateCodec.string(in);
            long others = in.readLong();
            long validUntil = in.readLong();
            int n = StateCodec.count(in);
            List<String> sources = new ArrayList<>(n);
            long[] sizes = new long[n];
            long[] modified = new long[n];
            for (int i = 0; i < n; i++) {
                sources.add(StateCodec.string(in));
                sizes[i] = in.readLong();
                modified[i] = in.readLong();
            }
            int checked = in.readInt();
            StringPool pool = new StringPool();
            List<Diagnostic> diagnostics = StateCodec.diagnostics(in, contentDirectory, pool);
            List<Diagnostic> baselined = StateCodec.diagnostics(in, contentDirectory, pool);
            int staleCount = StateCodec.count(in);
            List<dev.articles.core.settings.Baseline.Entry> stale = new ArrayList<>(staleCount);
            for (int i = 0; i < staleCount; i++) {
                stale.add(new dev.articles.core.settings.Baseline.Entry(StateCodec.string(in), StateCodec.string(in),
                        StateCodec.string(in), in.readInt()));
            }
            List<ContentResult.LeftOut> leftOut = StateCodec.leftOut(in, contentDirectory, pool);
            boolean published = in.readBoolean();
            int bundled = in.readInt();
            List<String> files = StateCodec.strings(in);
            List<String> folders = StateCodec.strings(in);
            long[] folderTimes = new long[folders.size()];
            for (int i = 0; i < folderTimes.length; i++) {
                folderTimes[i] = in.readLong();
            }
            return new BuildRecord(checks, baseline, bundle, others, validUntil, sources, sizes, modified,
                    new StateStore.StoredResult(checked, diagnostics, baselined, stale, leftOut), published, bundled,
                    files, folders, folderTimes);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    void write(Path file, Path contentDirectory) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = StateFiles.writer(temp)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            StateCodec.string(out, checks);
            StateCodec.string(out, baseline);
            StateCodec.string(out, bundle);
            out.writeLong(others);
            out.writeLong(validUntil);
            out.writeInt(sources.size());
            for (int i = 0; i < sources.size(); i++) {
                StateCodec.string(out, sources.get(i));
                out.writeLong(sizes[i]);
                out.writeLong(modified[i]);
            }
            out.writeInt(result.checked());
            StateCodec.diagnostics(out, result.diagnostics(), contentDirectory);
            StateCodec.diagnostics(out, result.baselined(), contentDirectory);
            out.writeInt(result.staleBaseline().size());
            for (dev.articles.core.settings.Baseline.Entry e : result.staleBaseline()) {
                StateCodec.string(out, e.source());
                StateCodec.string(out, e.rule());
                StateCodec.string(out, e.message());
                out.writeInt(e.count());
            }
            StateCodec.leftOut(out, result.leftOut(), contentDirectory);
            out.writeBoolean(published);
            out.writeInt(bundled);
            StateCodec.strings(out, files);
            StateCodec.strings(out, folders);
            for (long t : folderTimes) {
                out.writeLong(t);
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package dev.articles.core.bundle;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A folder the writer owns. Files are written only when their bytes change (so timestamps, and the jar plugin's
 * up-to-date check, stay put on a no-change build) and whatever the last run left that this run did not write is
 * deleted, so a renamed or deleted article leaves nothing stale.
 */
final class OutputTree {
    private final Path root;
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    /** Folders of the tree that this run found or made, each a real folder (not a symbolic link). */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    OutputTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Whether the file holds exactly {@code bytes}, read a piece at a time (the index can be large). */
    private static boolean holds(Path file, byte[] bytes) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int at = 0;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                if (at + n > bytes.length
                        || !Arrays.equals(buffer, 0, n, bytes, at, at + n)) {
                    return false;
                }
                at += n;
            }
        }
        return at == bytes.length;
    }

    /** Marks a file written by an earlier run as still wanted (an unchanged article's), so it is not deleted. */
    void keep(String relative) {
        kept.add(relative);
    }

    /**
     * Writes {@code bytes} at {@code relative} ({@code /} separators) unless the file already holds exactly them.
     * Safe to call from several threads for different files.
     *
     * @return the file as it is now
     */
    OutputFile write(String relative, byte[] bytes) throws IOException {
        Path target = resolve(relative);
        kept.add(relative);
        BasicFileAttributes existing = attributes(target);
        if (existing != null && existing.isRegularFile() && existing.size() == bytes.length && holds(target, bytes)) {
            unchanged.incrementAndGet();
            return described(relative, target, null, null);
        }
        folder(target.getParent());
        if (existing == null) {
            // A new file (every file of a first build) is written in place: one file created instead of a temporary
            // one and a rename. A build that stops half-way leaves it short, and the next build, which has no record
            // of it, finds its bytes wrong and replaces it.
            try {
                Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.incrementAndGet();
                return described(relative, target, null, null);
            } catch (java.nio.file.FileAlreadyExistsException appeared) {
                // made since it was looked for: replace it as below
            }
        }
        // Not Files.createTempFile: that makes the file owner-only (0600 on POSIX), and the mode would stay on the
        // bundle through target/classes into the jar. A plain new file gets the same permissions as every other
        // file of the build.
        Path temp = target.resolveSibling(".articles-" + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        written.incrementAndGet();
        return described(relative, target, null, null);
    }

    /** The file's attributes, not following a link, or {@code null} when there is nothing at {@code path}. */
    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    /** Creates a folder of the tree unless this run knows it already: 20,000 files go into a handful of folders. */
    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            remember(dir);
        }
    }

    /** Remembers the folders from {@code dir} up to the root that exist and are not links. */
    private void remember(Path dir) {
        for (Path p = dir; p != null && !p.equals(root) && !folders.contains(p); p = p.getParent()) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                folders.add(p);
            }
        }
    }

    /**
     * Copies {@code source} to {@code relative} unless the file there already holds the same bytes.
     *
     * @param from {@code source} relative to the content directory, for the record
     */
    OutputFile copy(String relative, Path source, String from) throws IOException {
        Path target = resolve(relative);
        kept.add(relative);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == Files.size(source)
                && Files.mismatch(target, source) == -1) {
            unchanged.incrementAndGet();
            return described(relative, target, source, from);
        }
        folder(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".articles-", ".tmp");
        try {
            Files.copy(source, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        written.incrementAndGet();
        return described(relative, target, source, from);
    }

    private static OutputFile described(String relative, Path target, Path source, String from)
            throws IOException {
        BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (source == null) {
            return new OutputFile(relative, a.size(), a.lastModifiedTime().toMillis(), null, 0, 0);
        }
        BasicFileAttributes s = Files.readAttributes(source, BasicFileAttributes.class);
        return new OutputFile(relative, a.size(), a.lastModifiedTime().toMillis(), from, s.size(),
                s.lastModifiedTime().toMillis());
    }

    /**
     * Which of {@code paths} (relative to the root) exist: those in {@code known} (known to exist), and the others
     * found by one listing per folder; no file is opened or stat'ed.
     */
    Set<String> present(Collection<String> paths, Set<String> known) {
        Map<String, List<String>> byFolder = new HashMap<>();
        Set<String> found = new HashSet<>();
        for (String p : paths) {
            if (known.contains(p)) {
                found.add(p);
                continue;
            }
            int slash = p.lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : p.substring(0, slash), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<String>> e : byFolder.entrySet()) {
            Set<String> names = new HashSet<>();
            try (DirectoryStream<Path> list = Files.newDirectoryStream(root.resolve(e.getKey()))) {
                list.forEach(f -> names.add(f.getFileName().toString()));
            } catch (IOException gone) {
                continue;
            }
            for (String p : e.getValue()) {
                if (names.contains(p.substring(p.lastIndexOf('/') + 1))) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /**
     * Whether a copied asset's source is as it was when copied (same size and time); files the writer made itself
     * depend only on the state, so for them {@link #present} is enough.
     */
    static boolean sourceUnchanged(OutputFile file, Path contentDirectory) {
        if (file.from() == null) {
            return true;
        }
        try {
            BasicFileAttributes s = Files.readAttributes(contentDirectory.resolve(file.from()),
                    BasicFileAttributes.class);
            return s.size() == file.fromSize() && s.lastModifiedTime().toMillis() == file.fromModified();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes the files of {@code earlier} (written by an earlier run) that this run did not write or keep: the
     * incremental way to remove stale files, without walking the folder.
     */
    int deleteStale(Iterable<String> earlier, Path tree) throws IOException {
        Path base = tree.toAbsolutePath().normalize();
        int deleted = 0;
        for (String relative : earlier) {
            if (kept.contains(relative)) {
                continue;
            }
            Path p = base.resolve(relative).normalize();
            if (p.startsWith(base) && Files.deleteIfExists(p)) {
                deleted++;
                deleteEmptyParents(p.getParent(), base);
            }
        }
        return deleted;
    }

    private static void deleteEmptyParents(Path dir, Path base) throws IOException {
        for (Path d = dir; d != null && d.startsWith(base) && !d.equals(base); d = d.getParent()) {
            try (Stream<Path> children = Files.list(d)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }

    /**
     * Deletes every file below {@code relativeFolder} in {@code tree} that this run did not write, then empty folders.
     *
     * @return how many files were deleted
     */
    int deleteStale(Path tree, String relativeFolder) throws IOException {
        Path base = tree.toAbsolutePath().normalize();
        Path folder = base.resolve(relativeFolder).normalize();
        if (!folder.startsWith(base) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int deleted = 0;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            String rel = base.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> children = Files.list(p)) {
                    if (children.findAny().isEmpty()) {
                        Files.delete(p);
                    }
                }
            } else if (!kept.contains(rel)) {
                Files.delete(p);
                deleted++;
            }
        }
        return deleted;
    }

    int written() {
        return written.get();
    }

    int unchanged() {
        return unchanged.get();
    }

    Path root() {
        return root;
    }

    /**
     * Resolves inside the root; a path that would leave it is a bug upstream (slugs are checked), so it throws. A
     * folder on the way that is a symbolic link (left by someone else in the output) would lead the write elsewhere,
     * so it is refused too.
     */
    private Path resolve(String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the bundle: " + relative);
        }
        for (Path p = target.getParent(); p != null && !p.equals(root); p = p.getParent()) {
            if (folders.contains(p)) {
                break; // it and the folders above it were checked for an earlier file
            }
            if (Files.isSymbolicLink(p)) {
                throw new IOException("refusing to write " + relative + " through the symbolic link " + p
                        + "; delete the link (mvn clean)");
            }
        }
        // Only a folder that exists is remembered: one made later could still be a link.
        remember(target.getParent());
        return target;
    }
}

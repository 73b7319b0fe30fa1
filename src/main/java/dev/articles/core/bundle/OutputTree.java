package dev.articles.core.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder the writer owns. Files are written only when their bytes change (so timestamps, and the jar plugin's
 * up-to-date check, stay put on a no-change build) and whatever the last run left that this run did not write is
 * deleted, so a renamed or deleted article leaves nothing stale.
 */
final class OutputTree {
    private final Path root;
    private final Set<String> kept = new TreeSet<>();
    private int written;
    private int unchanged;

    OutputTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Writes {@code bytes} at {@code relative} ({@code /} separators) unless the file already holds exactly them. */
    void write(String relative, byte[] bytes) throws IOException {
        Path target = resolve(relative);
        kept.add(relative);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            unchanged++;
            return;
        }
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: that makes the file owner-only (0600 on POSIX), and the mode would stay on the
        // bundle through target/classes into the jar. A plain new file gets the same permissions as every other
        // file of the build.
        Path temp = target.resolveSibling(".articles-" + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        written++;
    }

    /** Copies {@code source} to {@code relative} unless the file there already holds the same bytes. */
    void copy(String relative, Path source) throws IOException {
        Path target = resolve(relative);
        kept.add(relative);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == Files.size(source)
                && Files.mismatch(target, source) == -1) {
            unchanged++;
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".articles-", ".tmp");
        try {
            Files.copy(source, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        written++;
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
        return written;
    }

    int unchanged() {
        return unchanged;
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
            if (Files.isSymbolicLink(p)) {
                throw new IOException("refusing to write " + relative + " through the symbolic link " + p
                        + "; delete the link (mvn clean)");
            }
        }
        return target;
    }
}

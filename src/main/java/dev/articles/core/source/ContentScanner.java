package dev.articles.core.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the article files of a content directory: regular files matching an include and no exclude, sorted by their
 * relative path so every run sees them in the same order whatever the file system returns.
 */
public final class ContentScanner {
    private final List<AntPattern> includes;
    private final List<AntPattern> excludes;

    public ContentScanner(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(AntPattern::new).toList();
        this.excludes = excludes.stream().map(AntPattern::new).toList();
    }

    /**
     * @return the matching files (and links to files), sorted by relative path; links to folders are not followed
     * @throws IOException when the directory itself cannot be listed
     */
    public List<Path> scan(Path contentDirectory) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(contentDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // Links are listed too (not followed for folders): the reader decides whether their target may be read.
                if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && selected(relativePath(contentDirectory, file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                // An unreadable entry is reported by the reader, which names it; keep walking.
                if (selected(relativePath(contentDirectory, file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> relativePath(contentDirectory, a).compareTo(relativePath(contentDirectory, b)));
        return found;
    }

    boolean selected(String relativePath) {
        return includes.stream().anyMatch(p -> p.matches(relativePath))
                && excludes.stream().noneMatch(p -> p.matches(relativePath));
    }

    /** The path of {@code file} below {@code directory}, with {@code /} separators on every platform. */
    public static String relativePath(Path directory, Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}

package dev.articles.core.source;

import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lists the article files of a content directory: regular files matching an include and no exclude, sorted by their
 * relative path so every run sees them in the same order whatever the file system returns.
 */
public final class ContentScanner {
    /** The content directory holds no file matching the includes (reported by the build, which lists it here). */
    public static final Rule CONTENT_EMPTY = Rule.configurable("content.empty", Severity.WARNING,
            "No file matches the includes.");
    /** A link to a folder outside the content directory that holds articles, which are not read ({@link FolderLink}). */
    public static final Rule CONTENT_FOLDER_LINK = Rule.configurable("content.folder-link", Severity.WARNING,
            "A link to a folder with articles outside the content directory is not followed.");

    /** Which files of the content directory are articles. */
    public interface Selection {
        /** Whether the file at {@code source} (relative, {@code /}-separated) is an article. */
        boolean isArticle(String source);

        /** Whether nothing below the folder at {@code folder} (relative, {@code /}-separated) can be an article. */
        boolean skipsFolder(String folder);
    }

    private final Selection selection;

    /** A scanner selecting the files an include matches and no exclude matches. */
    public ContentScanner(List<String> includes, List<String> excludes) {
        List<AntPattern> in = includes.stream().map(AntPattern::new).toList();
        List<AntPattern> out = excludes.stream().map(AntPattern::new).toList();
        this.selection = new Selection() {
            @Override
            public boolean isArticle(String source) {
                return in.stream().anyMatch(p -> p.matches(source)) && out.stream().noneMatch(p -> p.matches(source));
            }

            @Override
            public boolean skipsFolder(String folder) {
                return false;
            }
        };
    }

    public ContentScanner(Selection selection) {
        this.selection = selection;
    }

    /**
     * @return the matching files (and links to files), sorted by relative path; links to folders are not followed
     *     ({@link Listing#folderLinks()} names those that hide articles)
     * @throws IOException when the directory itself cannot be listed
     */
    public List<Path> scan(Path contentDirectory) throws IOException {
        return list(contentDirectory).articles().stream().map(Found::file).toList();
    }

    /**
     * An article file with its size and modification time ({@code -1} when they cannot be read).
     */
    public record Found(Path file, String source, long size, long modified) {
    }

    /**
     * A walk of the content directory.
     *
     * @param articles the selected files, sorted by path
     * @param others a hash of the path, size and time of every other file (images and the like) and of the folder
     *     links: when it changes, checks of links and images must be made again although no article changed
     * @param folderLinks the links to folders outside the content directory that hold articles, sorted by path
     */
    public record Listing(List<Found> articles, long others, List<FolderLink> folderLinks) {
    }

    /** Like {@link #scan}, with each article's size and time and a hash of the other files, in one walk. */
    public Listing list(Path contentDirectory) throws IOException {
        return list(contentDirectory, f -> { });
    }

    /** {@link #list(Path)}, telling {@code seen} of each article as the walk finds it (in the walk's order). */
    public Listing list(Path contentDirectory, Consumer<Found> seen) throws IOException {
        List<Found> found = new ArrayList<>();
        List<FolderLink> links = new ArrayList<>();
        Path[] realContent = {null};
        long[] others = {17};
        // Relative paths are built from the folder's prefix and the file name: Path.relativize for each of 50,000
        // files costs more than the walk itself.
        Deque<String> prefixes = new ArrayDeque<>();
        Files.walkFileTree(contentDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String folder = prefixes.isEmpty() ? "" : prefixes.peek() + dir.getFileName() + "/";
                if (!folder.isEmpty() && selection.skipsFolder(folder.substring(0, folder.length() - 1))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                prefixes.push(folder);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                prefixes.pop();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = prefixes.peek() + file.getFileName();
                // Links are listed too (not followed for folders): the reader decides whether their target may be read.
                boolean article = (attrs.isRegularFile() || attrs.isSymbolicLink()) && selected(rel);
                if (article) {
                    Found f = attrs.isRegularFile() ? new Found(file, rel, attrs.size(),
                            attrs.lastModifiedTime().toMillis()) : followed(file, rel);
                    found.add(f);
                    seen.accept(f);
                } else {
                    long h = rel.hashCode();
                    h = h * 0x9E3779B97F4A7C15L + attrs.size();
                    h = h * 0x9E3779B97F4A7C15L + attrs.lastModifiedTime().toMillis();
                    others[0] += h ^ (h >>> 29); // a sum: the order of the walk does not matter
                    if (attrs.isSymbolicLink()) {
                        FolderLink link = folderLink(contentDirectory, realContent, file, rel);
                        if (link != null) {
                            links.add(link);
                            others[0] += link.hash(); // what lies behind it may change while the link does not
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                // An unreadable entry is reported by the reader, which names it; keep walking.
                String rel = relativePath(contentDirectory, file);
                if (selected(rel)) {
                    Found f = new Found(file, rel, -1, -1);
                    found.add(f);
                    seen.accept(f);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> a.source().compareTo(b.source()));
        links.sort((a, b) -> a.source().compareTo(b.source()));
        return new Listing(found, others[0], List.copyOf(links));
    }

    /** The link at {@code file} if it leads to a folder of articles outside the content directory, else null. */
    private FolderLink folderLink(Path contentDirectory, Path[] realContent, Path file, String rel) {
        if (realContent[0] == null) {
            try {
                realContent[0] = contentDirectory.toRealPath();
            } catch (IOException e) {
                return null; // the walk itself would have failed first
            }
        }
        return FolderLink.of(file, rel, realContent[0], selection);
    }

    private static Found followed(Path file, String rel) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Found(file, rel, a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return new Found(file, rel, -1, -1);
        }
    }

    /** Whether a file at {@code relativePath} (with {@code /}) is an article: an include matches it and no exclude. */
    public boolean selected(String relativePath) {
        return selection.isArticle(relativePath);
    }

    /** The path of {@code file} below {@code directory}, with {@code /} separators on every platform. */
    public static String relativePath(Path directory, Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}

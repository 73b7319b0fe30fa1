package dev.articles.core.source;

import dev.articles.core.model.Diagnostic;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * A symbolic link in the content directory that leads to a folder outside it, holding at least one file the selection
 * would read as an article. The scanner does not follow links to folders (a link could lead anywhere, even to a folder
 * above), so those articles are not read: the build says so rather than leaving them out silently. A link to a folder
 * inside the content directory is no such case: its articles are read where they really are.
 *
 * @param link the link (absolute, as met in the walk)
 * @param source the link's path relative to the content directory, with {@code /}
 * @param target the folder it leads to, links resolved
 * @param example the first article found behind it, as it would be named through the link ({@code source/...})
 */
public record FolderLink(Path link, String source, Path target, String example) {
    /** How many entries behind a link are looked at for an article before giving up (a link to a huge folder). */
    static final int MAX_ENTRIES = 10_000;

    /**
     * The folder link at {@code link}, or {@code null} when it is no link to a folder outside {@code realContent}
     * (the content directory, links resolved), or nothing behind it would be an article.
     */
    static FolderLink of(Path link, String source, Path realContent, ContentScanner.Selection selection) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException | SecurityException e) {
            return null; // leads nowhere: no folder, no articles
        }
        if (!Files.isDirectory(target) || target.startsWith(realContent) || selection.skipsFolder(source)) {
            return null;
        }
        String example = firstArticle(target, source, selection);
        return example == null ? null : new FolderLink(link, source, target, example);
    }

    /** The path, through the link, of the first file below {@code target} the selection reads, or {@code null}. */
    private static String firstArticle(Path target, String source, ContentScanner.Selection selection) {
        String[] found = {null};
        int[] seen = {0};
        try {
            Files.walkFileTree(target, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (++seen[0] > MAX_ENTRIES) {
                                return FileVisitResult.TERMINATE;
                            }
                            return dir.equals(target) || !selection.skipsFolder(through(target, dir, source))
                                    ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String rel = through(target, file, source);
                            if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && selection.isArticle(rel)) {
                                found[0] = rel;
                                return FileVisitResult.TERMINATE;
                            }
                            return ++seen[0] > MAX_ENTRIES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException exc) {
                            return FileVisitResult.CONTINUE; // unreadable: it would not be read through the link either
                        }
                    });
        } catch (IOException e) {
            return found[0];
        }
        return found[0];
    }

    /** The path of {@code file} below {@code target} as the scanner would name it through the link. */
    private static String through(Path target, Path file, String source) {
        return source + "/" + ContentScanner.relativePath(target, file);
    }

    /** The warning the build gives of this link. */
    public Diagnostic diagnostic() {
        return Diagnostic.of(link, 0, 0, ContentScanner.CONTENT_FOLDER_LINK, "'" + source + "' is a link to the folder "
                + target + ", outside the content directory; links to folders are not followed, so the articles in"
                + " it (such as " + example + ") are not read: move the folder into the content directory, or leave"
                + " it out with excludes ('" + source + "/**')");
    }

    /** A hash of what the build reports of this link, for the listing's hash of the content's other files. */
    long hash() {
        long h = ("link " + source + " " + target + " " + example).hashCode();
        return h * 0x9E3779B97F4A7C15L;
    }
}

package dev.articles.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What the article files look like from outside: each selected file's path, size and modification time. Equal
 * fingerprints mean a check made earlier still holds (no file was added, removed or rewritten in between); taking
 * one costs a directory listing, not a read.
 *
 * @param entries {@code path|size|mtime} per file, in scan order
 */
public record ContentFingerprint(List<String> entries) {

    public static ContentFingerprint of(Path contentDirectory, List<String> includes, List<String> excludes)
            throws IOException {
        List<String> entries = new ArrayList<>();
        if (!Files.isDirectory(contentDirectory)) {
            return new ContentFingerprint(entries);
        }
        for (Path file : new ContentScanner(includes, excludes).scan(contentDirectory)) {
            String rel = ContentScanner.relativePath(contentDirectory, file);
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class); // follows links
                BasicFileAttributes l = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                entries.add(rel + "|" + a.size() + "|" + a.lastModifiedTime().toMillis() + "|"
                        + l.lastModifiedTime().toMillis());
            } catch (IOException unreadable) {
                entries.add(rel + "|unreadable");
            }
        }
        return new ContentFingerprint(List.copyOf(entries));
    }
}

package dev.articles.core.bundle;

/**
 * A file in the output folder, as written.
 *
 * @param path relative to the output folder
 * @param size its size when written
 * @param modified its modification time then (epoch milliseconds)
 * @param from for a copied asset, the file copied, relative to the content directory; else {@code null}
 * @param fromSize that file's size then
 * @param fromModified that file's modification time then
 */
public record OutputFile(String path, long size, long modified, String from, long fromSize, long fromModified) {
}

package dev.articles.core.build;

/**
 * Times and counts of one build, for its line in the log: each stage tells what it did as it ends, by name, and
 * {@link #stats} puts them together.
 */
final class BuildRecorder {
    private final long start = System.nanoTime();
    private long scanEnd = start;
    private long checkEnd = start;
    private long renderNanos;
    private boolean wrote;
    private int scanned;
    private int checked;
    private int rendered;
    private int upToDate;
    private int written;
    private int unchanged;
    private int deleted;
    private int bundled;

    /** The walk ended, finding {@code articles} article files. */
    void scanned(int articles) {
        scanEnd = System.nanoTime();
        scanned = articles;
        upToDate = articles;
    }

    /** The checks ended, {@code read} articles having been read (the others' findings came from the memory). */
    void checked(int read) {
        checkEnd = System.nanoTime();
        checked = read;
        upToDate = scanned - read;
    }

    /** Nothing changed: the last build's result and bundle stand, {@code files} files of {@code articles} articles. */
    void reused(int files, int articles) {
        checkEnd = System.nanoTime();
        unchanged = files;
        bundled = articles;
    }

    /** The bundle was written; {@code upToDate} articles were neither read nor rendered. */
    void published(Published p, int upToDate) {
        wrote = true;
        rendered = p.rendered();
        renderNanos = p.renderNanos();
        written = p.written();
        unchanged = p.unchanged();
        deleted = p.deleted();
        bundled = p.bundled();
        this.upToDate = upToDate;
    }

    /** What the build did and how long each stage took, measured up to now. */
    ContentBuild.Stats stats() {
        long end = System.nanoTime();
        long writeNanos = wrote ? Math.max(0, end - checkEnd - renderNanos) : 0;
        return new ContentBuild.Stats(scanned, checked, rendered, upToDate, written, unchanged, deleted, bundled,
                since(start, scanEnd), since(scanEnd, checkEnd), renderNanos / 1_000_000, writeNanos / 1_000_000,
                (end - start) / 1_000_000);
    }

    private static long since(long from, long to) {
        return (to - from) / 1_000_000;
    }
}

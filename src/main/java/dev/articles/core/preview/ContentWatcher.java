package dev.articles.core.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Watches a folder tree (folders created later included) and calls back once the changes have settled: after
 * {@code debounce} without a further change, so an editor's save (a temporary file, a rename) or a checkout of many
 * files makes one call. The callback runs on the watcher's thread; changes during it lead to another call.
 *
 * <p>Where the JDK's {@link WatchService} is native (Linux, Windows) it is used; where it only polls every few
 * seconds (macOS), the tree's file sizes and times are compared every {@link #POLL_INTERVAL} instead.
 */
final class ContentWatcher implements AutoCloseable {
    /** How often the polling mode looks at the tree. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** The longest a callback waits for changes to settle. */
    private static final long MAX_DELAY_MILLIS = 2_000;

    /** How changes are noticed. */
    enum Mode {
        /** Native where the JDK has it, else polling. */
        AUTO,
        /** The JDK's {@link WatchService}. */
        NATIVE,
        /** Comparing the tree's file sizes and times. */
        POLLING,
        /** Not at all: renders only when asked ({@link Preview#rebuild()}), for tests of single renders. */
        NONE
    }

    private final Path root;
    private final long debounceMillis;
    private final Runnable onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    ContentWatcher(Path root, Duration debounce, Mode mode, Runnable onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.debounceMillis = debounce.toMillis();
        this.onChange = onChange;
        WatchService ws = mode == Mode.POLLING || mode == Mode.NONE ? null : this.root.getFileSystem().newWatchService();
        if (ws != null && mode == Mode.AUTO && ws.getClass().getSimpleName().startsWith("Polling")) {
            ws.close(); // the JDK's own polling notices changes only after seconds
            ws = null;
        }
        this.service = ws;
        if (service != null) {
            registerTree(this.root);
        }
        this.thread = new Thread(service != null ? this::watch : mode == Mode.NONE ? () -> { } : this::poll,
                "articles-preview-watcher");
        this.thread.setDaemon(true);
    }

    /** Whether the JDK's native watch service is used. */
    boolean nativeWatching() {
        return service != null;
    }

    void start() {
        thread.start();
    }

    /** Stops watching; waits a little for a callback in progress. */
    @Override
    public void close() {
        closed = true;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing: nothing left to do
            }
        }
        if (thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void watch() {
        long first = 0;
        long last = 0;
        boolean dirty = false;
        boolean rootLost = false;
        try {
            while (!closed) {
                long now = System.currentTimeMillis();
                long wait = dirty ? Math.max(1, Math.min(last + debounceMillis, first + MAX_DELAY_MILLIS) - now) : 500;
                WatchKey key = service.poll(wait, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (key != null) {
                    Path dir = keys.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                            registerTree(root); // events were lost, new folders perhaps among them
                        } else if (dir != null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                            Path child = dir.resolve((Path) event.context());
                            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                                registerTree(child); // a new folder, perhaps moved in with files already in it
                            }
                        }
                    }
                    if (!key.reset()) {
                        keys.remove(key);
                        rootLost |= root.equals(dir);
                    }
                    now = System.currentTimeMillis();
                    if (!dirty) {
                        first = now;
                    }
                    dirty = true;
                    last = now;
                    continue;
                }
                if (rootLost && Files.isDirectory(root)) { // the content folder came back
                    registerTree(root);
                    rootLost = false;
                    dirty = true;
                    first = last = System.currentTimeMillis();
                    continue;
                }
                now = System.currentTimeMillis();
                if (dirty && (now - last >= debounceMillis || now - first >= MAX_DELAY_MILLIS)) {
                    dirty = false;
                    onChange.run();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: done
        }
    }

    private void poll() {
        long seen = signature();
        while (!closed) {
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            long now = signature();
            if (now != seen && !closed) {
                seen = now;
                onChange.run();
            }
        }
    }

    /** A hash of the path, size and time of everything in the tree; 0 when the folder is missing. */
    private long signature() {
        long[] hash = {0};
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    long h = file.hashCode() * 31L + attrs.size();
                    h = h * 31L + attrs.lastModifiedTime().toMillis();
                    hash[0] += h ^ (h >>> 29); // a sum: the order of the walk does not matter
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    hash[0] += dir.hashCode() * 7L + 1;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return hash[0] + 1;
        }
        return hash[0] == 0 ? 1 : hash[0];
    }

    /** Registers every folder of the tree under {@code top} (again, harmlessly, for folders known already). */
    private void registerTree(Path top) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    try {
                        keys.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                        return FileVisitResult.CONTINUE;
                    } catch (IOException e) {
                        return FileVisitResult.SKIP_SUBTREE; // vanished meanwhile: its parent's events say so
                    }
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the top folder vanished: its parent's events say so
        }
    }
}

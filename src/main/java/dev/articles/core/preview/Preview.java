package dev.articles.core.preview;

import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * A running preview: the content rendered with the bundle's engine into the preview's folder, served on a local
 * address, and rendered again whenever a file under the content directory changes; open pages then reload
 * themselves. See {@link PreviewServer} for what is served and {@link PreviewRenderer} for what a render shows when
 * the content has errors.
 *
 * <p>Settings are read once, when the preview starts: only the content directory is watched.
 */
public final class Preview implements AutoCloseable {
    /** How long changes must have settled before a render. */
    static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final PreviewRenderer renderer;
    private final PreviewServer server;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Consumer<PreviewState> listener;
    private final CountDownLatch closed = new CountDownLatch(1);
    private ContentWatcher watcher;
    private volatile PreviewState state;

    private Preview(ContentRequest request, PreviewOptions options, Consumer<PreviewState> listener)
            throws IOException {
        this.listener = listener;
        String instance = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        this.renderer = new PreviewRenderer(request, options, instance, Clock.systemUTC());
        Path contentDirectory = request.contentDirectory();
        PreviewPages pages = new PreviewPages(contentDirectory, options.baseDirectory(), options.zone(),
                options.feeds() != null);
        this.server = new PreviewServer(options.address(), () -> state, new PreviewBundle(renderer.bundleDirectory()),
                pages, lock.readLock());
    }

    /**
     * Binds the address, renders the content, then serves it and watches for changes.
     *
     * @param listener told of every render (on the watcher's thread), the first one included
     * @throws java.net.BindException when the address is in use or not one of this machine's
     * @throws IOException when the content cannot be read or the preview folder not written
     * @throws IllegalArgumentException when the request's check settings are unusable
     */
    public static Preview start(ContentRequest request, PreviewOptions options, Consumer<PreviewState> listener)
            throws IOException {
        return start(request, options, listener, ContentWatcher.Mode.AUTO);
    }

    static Preview start(ContentRequest request, PreviewOptions options, Consumer<PreviewState> listener,
            ContentWatcher.Mode mode) throws IOException {
        Preview preview = new Preview(request, options, listener);
        try {
            preview.rebuild();
            preview.watcher = new ContentWatcher(request.contentDirectory(), DEBOUNCE, mode, preview::changed);
            preview.server.start();
            preview.watcher.start();
            return preview;
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
    }

    /** The index page's address. */
    public URI uri() {
        return server.uri();
    }

    /** The address the server listens on (with the chosen port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.address();
    }

    /** What the pages show now. */
    public PreviewState state() {
        return state;
    }

    /**
     * Checks and renders the content now (the watcher does so on every change).
     *
     * @throws IOException only on the first render; later failures are shown on the pages ({@link
     *     PreviewState#failure()})
     */
    public PreviewState rebuild() throws IOException {
        PreviewState next;
        lock.writeLock().lock();
        try {
            next = renderer.render();
            state = next;
        } finally {
            lock.writeLock().unlock();
        }
        listener.accept(next);
        return next;
    }

    private void changed() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            rebuild();
        } catch (IOException | RuntimeException e) {
            // not the first render: the renderer reports failures in the state; a listener's failure is its own
        }
    }

    /** Stops watching and serving. Safe to call more than once, from any thread (a shutdown hook, say). */
    @Override
    public void close() {
        synchronized (closed) {
            if (closed.getCount() == 0) {
                return;
            }
            closed.countDown();
        }
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }

    /** Waits until {@link #close()} was called. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Waits at most {@code timeout} for {@link #close()}; whether it was called. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}

package dev.articles.core.build;

import java.io.IOException;

/**
 * Writing part of the build state on a thread of its own while the build goes on: nothing else reads it in this
 * build. {@link #await} hands the writer's failure to the caller, so a state that could not be saved still fails the
 * build as it would have on the calling thread.
 */
final class BackgroundSave {
    /** What writes the state. */
    interface Writer {
        void write() throws IOException;
    }

    private final Thread thread;
    private volatile Throwable failure;

    private BackgroundSave(String name, Writer writer) {
        thread = new Thread(() -> {
            try {
                writer.write();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            }
        }, name);
    }

    static BackgroundSave start(String name, Writer writer) {
        BackgroundSave save = new BackgroundSave(name, writer);
        save.thread.start();
        return save;
    }

    /** Waits for the write to end; throws what it threw. */
    void await() throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while saving the build state", e);
        }
        Throwable f = failure;
        if (f instanceof IOException e) {
            throw e;
        }
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    /** {@link #await} for a save that may not have been started. */
    static void await(BackgroundSave save) throws IOException {
        if (save != null) {
            save.await();
        }
    }
}

package dev.articles.core.build;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The build's side work: each task on a daemon thread of its own (a read still running when the build ends must not
 * keep the JVM alive), and its result taken with its own exception.
 */
final class Daemons {
    private Daemons() {
    }

    /** Runs each task on a new daemon thread named {@code name}. */
    static Executor named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** The task's value; a runtime exception or error it threw is thrown as itself. */
    static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }
}

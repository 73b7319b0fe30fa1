package dev.articles.core.render;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one article's parse, checks and render on a thread of its own with a large stack and a time budget, so that
 * pathological Markdown (lists or quotes nested tens of thousands of levels deep, endless emphasis or bracket runs)
 * becomes a diagnostic for that file instead of a {@link StackOverflowError} or a hung build.
 *
 * <p>Each task gets a fresh daemon thread. A task that outlives its budget is abandoned: flexmark cannot be
 * interrupted, so the thread is only lowered to the minimum priority and left to finish on its own; being a daemon,
 * it never keeps the JVM alive, and the build does not wait for it. A worker keeps no mutable state: one worker
 * may serve several callers at once.
 */
public final class RenderWorker {
    /** The default per-article budget. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);
    /** Stack of each worker thread; reserved address space, committed by the JVM only as it is used. */
    public static final long STACK_SIZE = 512L * 1024 * 1024;

    private static final ThreadGroup GROUP = new ThreadGroup("articles-render");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** How a task ended. Exactly one of {@code value} and {@code failure} is set. */
    public record Result<T>(T value, Failure failure) {
    }

    /** Why a task gave no value. */
    public enum Failure {
        /** The task overflowed even the worker's large stack. */
        TOO_DEEP,
        /** The task took longer than the budget and was abandoned. */
        TIMEOUT
    }

    private final Duration budget;

    public RenderWorker() {
        this(DEFAULT_BUDGET);
    }

    public RenderWorker(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the budget must be positive: " + budget);
        }
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }

    /**
     * Runs the task on a fresh worker thread and waits at most the budget for it.
     *
     * @throws RuntimeException what the task threw, unchanged
     * @throws Error what the task threw, other than {@link StackOverflowError}
     */
    public <T> Result<T> run(Supplier<T> task) {
        Objects.requireNonNull(task);
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(GROUP, () -> {
            try {
                future.complete(task.get());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "articles-render-" + COUNTER.incrementAndGet(), STACK_SIZE);
        thread.setDaemon(true);
        thread.start();
        try {
            return new Result<>(future.get(budget.toNanos(), TimeUnit.NANOSECONDS), null);
        } catch (TimeoutException e) {
            thread.setPriority(Thread.MIN_PRIORITY);
            return new Result<>(null, Failure.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.setPriority(Thread.MIN_PRIORITY);
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StackOverflowError) {
                return new Result<>(null, Failure.TOO_DEEP);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}

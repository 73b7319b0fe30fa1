package dev.articles.core.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs one article's parse, checks and render on a thread of its own with a large stack and a time budget, so that
 * pathological Markdown (lists or quotes nested tens of thousands of levels deep, endless emphasis or bracket runs)
 * becomes a diagnostic for that file instead of a {@link StackOverflowError} or a hung build.
 *
 * <p>{@link #runAll} runs many tasks on a few daemon threads (one a core by default), each task with the whole budget
 * from its own start. A task that outlives its budget is abandoned: flexmark cannot be interrupted, so its thread is
 * lowered to the minimum priority and left to finish on its own, and a new thread takes its place; being a daemon, it never keeps the JVM alive, and the
 * build does not wait for it. A worker keeps no mutable state: one worker may serve several callers at once.
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
    private final int threads;

    public RenderWorker() {
        this(DEFAULT_BUDGET);
    }

    public RenderWorker(Duration budget) {
        this(budget, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param budget the most time one task may take
     * @param threads how many tasks {@link #runAll} runs at once
     */
    public RenderWorker(Duration budget, int threads) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the budget must be positive: " + budget);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread: " + threads);
        }
        this.budget = budget;
        this.threads = threads;
    }

    public int threads() {
        return threads;
    }

    public Duration budget() {
        return budget;
    }

    /**
     * Runs one task on a worker thread and waits at most the budget for it.
     *
     * @throws RuntimeException what the task threw, unchanged
     * @throws Error what the task threw, other than {@link StackOverflowError}
     */
    public <T> Result<T> run(Supplier<T> task) {
        Objects.requireNonNull(task);
        return runAll(1, i -> task.get()).get(0);
    }

    /**
     * Runs {@code task(0)} to {@code task(count - 1)} on {@link #threads()} worker threads and returns their results
     * by index. Each task has the whole budget from its own start.
     *
     * @throws RuntimeException the first exception a task threw (a bug: tasks report bad content as values)
     * @throws Error what a task threw, other than {@link StackOverflowError}
     */
    public <T> List<Result<T>> runAll(int count, IntFunction<T> task) {
        Objects.requireNonNull(task);
        Batch<T> batch = new Batch<>(count, task);
        for (int t = 0; t < Math.min(threads, count); t++) {
            start(batch::work);
        }
        try {
            batch.await(budget.toNanos());
        } finally {
            batch.next.set(count); // stops the workers after their current task
        }
        return batch.results();
    }

    /** One {@link #runAll} call: its tasks, which are taken by the workers in turn, and their results. */
    private static final class Batch<T> {
        private final int count;
        private final IntFunction<T> task;
        private final AtomicReferenceArray<Result<T>> results;
        private final AtomicReferenceArray<Throwable> thrown = new AtomicReferenceArray<>(1);
        private final Map<Integer, Running> running = new ConcurrentHashMap<>(); // by task index, while it runs
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final Object lock = new Object();

        Batch(int count, IntFunction<T> task) {
            this.count = count;
            this.task = task;
            this.results = new AtomicReferenceArray<>(count);
        }

        /** A worker's loop: the next task, until none is left. */
        void work() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                running.put(i, new Running(System.nanoTime(), Thread.currentThread()));
                Result<T> result;
                try {
                    result = new Result<>(task.apply(i), null);
                } catch (StackOverflowError e) {
                    result = new Result<>(null, Failure.TOO_DEEP);
                } catch (Throwable t) {
                    thrown.compareAndSet(0, null, t);
                    result = new Result<>(null, Failure.TOO_DEEP);
                }
                running.remove(i);
                if (!results.compareAndSet(i, null, result)) {
                    return; // abandoned on timeout: a replacement thread took this one's place
                }
                if (done.incrementAndGet() == count || thrown.get(0) != null) {
                    synchronized (lock) {
                        lock.notifyAll();
                    }
                }
            }
        }

        /** Waits until every task ended or was abandoned for outliving {@code budgetNanos}, or one threw. */
        void await(long budgetNanos) {
            try {
                synchronized (lock) {
                    while (done.get() < count && thrown.get(0) == null) {
                        long wait = abandonOverdue(budgetNanos);
                        if (done.get() < count) {
                            lock.wait(Math.max(1, wait / 1_000_000 + 1));
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering", e);
            }
        }

        /** Abandons the tasks past their budget, each replaced by a new worker; the nanoseconds until the next. */
        private long abandonOverdue(long budgetNanos) {
            long now = System.nanoTime();
            long wait = budgetNanos;
            for (Map.Entry<Integer, Running> e : running.entrySet()) {
                long left = e.getValue().start() + budgetNanos - now;
                if (left > 0) {
                    wait = Math.min(wait, left);
                } else if (results.compareAndSet(e.getKey(), null, new Result<>(null, Failure.TIMEOUT))) {
                    running.remove(e.getKey());
                    e.getValue().thread().setPriority(Thread.MIN_PRIORITY); // abandoned: yield to the rest
                    done.incrementAndGet();
                    start(this::work); // the stuck thread is lost to the pool: replace it
                }
            }
            return wait;
        }

        /** The results by index; what a task threw, rethrown (a bug: tasks report bad content as values). */
        List<Result<T>> results() {
            Throwable t = thrown.get(0);
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error err) {
                throw err;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
            List<Result<T>> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                list.add(results.get(i));
            }
            return list;
        }
    }

    /** A task being run: when it started and on which thread. */
    private record Running(long start, Thread thread) {
    }

    private static Thread start(Runnable loop) {
        Thread thread = new Thread(GROUP, loop, "articles-render-" + COUNTER.incrementAndGet(), STACK_SIZE);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}

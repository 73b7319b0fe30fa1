package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RenderWorkerTest {

    @Test
    void returnsTheValueOfATask() {
        RenderWorker.Result<String> r = new RenderWorker().run(() -> "done");
        assertEquals("done", r.value());
        assertNull(r.failure());
    }

    @Test
    void runsOnADaemonThreadWithALargeStack() {
        RenderWorker.Result<Integer> r = new RenderWorker().run(() -> {
            assertTrue(Thread.currentThread().isDaemon());
            return depth(0, 200_000); // overflows a default 512 KiB to 1 MiB stack
        });
        assertEquals(200_000, r.value());
    }

    @Test
    void anOverflowIsTooDeep() {
        // Filling a 512 MiB stack takes seconds on a busy machine: a budget no load reaches, so only overflow ends it.
        RenderWorker.Result<Integer> r = new RenderWorker(Duration.ofMinutes(5)).run(() -> depth(0, Integer.MAX_VALUE));
        assertNull(r.value());
        assertEquals(RenderWorker.Failure.TOO_DEEP, r.failure());
    }

    @Test
    void aTaskOverItsBudgetIsAbandonedWithoutWaitingForIt() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Thread> worker = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);
        long start = System.nanoTime();
        RenderWorker.Result<String> r = new RenderWorker(Duration.ofMillis(200)).run(() -> {
            worker.set(Thread.currentThread());
            while (!stop.get()) {
                Thread.onSpinWait(); // like flexmark: ignores interrupts
            }
            ended.countDown();
            return "late";
        });
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(RenderWorker.Failure.TIMEOUT, r.failure());
        assertTrue(millis < 5_000, millis + " ms");
        assertTrue(worker.get().isDaemon());
        assertEquals(Thread.MIN_PRIORITY, worker.get().getPriority());
        stop.set(true);
        assertTrue(ended.await(10, TimeUnit.SECONDS));
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> new RenderWorker().run(() -> {
                    throw boom;
                })));
    }

    @Test
    void theBudgetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RenderWorker(Duration.ZERO));
    }

    private static int depth(int n, int max) {
        return n >= max ? n : depth(n + 1, max);
    }
}

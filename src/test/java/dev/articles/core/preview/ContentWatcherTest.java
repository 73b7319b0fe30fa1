package dev.articles.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Changes under the content folder call back, in both ways of noticing them. */
class ContentWatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ContentWatcher.Mode.class, names = {"NATIVE", "POLLING"})
    void editsNewFilesNewFoldersAndDeletionsAreNoticed(ContentWatcher.Mode mode) throws Exception {
        Path article = Files.writeString(dir.resolve("a.md"), "one");
        Files.createDirectories(dir.resolve("old/deeper"));
        AtomicInteger calls = new AtomicInteger();
        try (ContentWatcher watcher = new ContentWatcher(dir, Duration.ofMillis(50), mode, calls::incrementAndGet)) {
            assertEquals(mode == ContentWatcher.Mode.NATIVE, watcher.nativeWatching());
            watcher.start();
            Thread.sleep(mode == ContentWatcher.Mode.POLLING ? 700 : 100);
            assertEquals(0, calls.get(), "nothing changed yet");

            Files.writeString(article, "one, edited");
            await("an edit", () -> calls.get() >= 1);

            int before = calls.get();
            Files.writeString(dir.resolve("old/deeper/b.md"), "in a folder that was there");
            await("a file in an existing subfolder", () -> calls.get() > before);

            int beforeNew = calls.get();
            Path fresh = Files.createDirectories(dir.resolve("new/sub"));
            await("a new folder", () -> calls.get() > beforeNew);
            Thread.sleep(300); // the folder is being registered
            int beforeNested = calls.get();
            Files.writeString(fresh.resolve("c.md"), "in a folder made after the watcher started");
            await("a file in a new folder", () -> calls.get() > beforeNested);

            int beforeDelete = calls.get();
            Files.delete(article);
            await("a deletion", () -> calls.get() > beforeDelete);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ContentWatcher.Mode.class, names = {"NATIVE", "POLLING"})
    void aBurstOfChangesIsOneCall(ContentWatcher.Mode mode) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        // A debounce long enough that a slow machine still writes the burst within it.
        try (ContentWatcher watcher = new ContentWatcher(dir, Duration.ofMillis(1_500), mode,
                calls::incrementAndGet)) {
            watcher.start();
            Thread.sleep(mode == ContentWatcher.Mode.POLLING ? 700 : 100);
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                Files.writeString(dir.resolve("file-" + i + ".md"), "text " + i);
            }
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            await("the burst", () -> calls.get() >= 1);
            Thread.sleep(1_800);
            if (mode == ContentWatcher.Mode.NATIVE && took < 1_000) {
                assertEquals(1, calls.get(), "20 files written in " + took + " ms");
            } else {
                // Polling looks every 500 ms: a burst may straddle two looks.
                assertTrue(calls.get() <= 2, calls.get() + " calls for one burst");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ContentWatcher.Mode.class, names = {"NATIVE", "POLLING"})
    void closedWatcherCallsNoMore(ContentWatcher.Mode mode) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ContentWatcher watcher = new ContentWatcher(dir, Duration.ofMillis(50), mode, calls::incrementAndGet);
        watcher.start();
        watcher.close();
        Files.writeString(dir.resolve("late.md"), "after close");
        Thread.sleep(1_200);
        assertEquals(0, calls.get());
    }
}

package dev.articles.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.state.QuickCheck;
import dev.articles.core.state.StateStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the last checks are read: as soon as the walk meets a change, never in a build in which nothing changed. */
class LastChecksTest {
    @TempDir
    Path temp;

    /** Counts the reads begun, and runs them at once. */
    private final List<Runnable> reads = new ArrayList<>();
    private final Executor counting = task -> {
        reads.add(task);
        task.run();
    };

    private QuickCheck record(String checks, long... sizes) {
        List<String> sources = new ArrayList<>();
        long[] modified = new long[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            sources.add("a" + i + ".md");
            modified[i] = 1000 + i;
        }
        return new QuickCheck(checks, "", "", 0, Long.MAX_VALUE, sources, sizes, modified,
                new StateStore.StoredResult(sizes.length, List.of(), List.of(), List.of()), false, 0, List.of(),
                List.of(), new long[0]);
    }

    private Found found(int i, long size) {
        return new Found(temp.resolve("a" + i + ".md"), "a" + i + ".md", size, 1000 + i);
    }

    private LastChecks lastChecks(CompletableFuture<QuickCheck> record) {
        return new LastChecks(new StateStore(temp.resolve("state"), temp), "print", record, counting);
    }

    @Test
    void nothingChangedReadsNothing() {
        LastChecks c = lastChecks(CompletableFuture.completedFuture(record("print", 10, 20, 30)));
        c.accept(found(0, 10));
        c.accept(found(2, 30));
        c.accept(found(1, 20));
        assertEquals(0, reads.size());
    }

    @Test
    void theFirstChangedArticleStartsTheRead() {
        LastChecks c = lastChecks(CompletableFuture.completedFuture(record("print", 10, 20, 30)));
        c.accept(found(0, 10));
        assertEquals(0, reads.size());
        c.accept(found(1, 21));
        assertEquals(1, reads.size());
        c.accept(found(2, 31));
        assertEquals(1, reads.size(), "read once");
    }

    @Test
    void aNewArticleStartsTheRead() {
        LastChecks c = lastChecks(CompletableFuture.completedFuture(record("print", 10)));
        c.accept(found(1, 10));
        assertEquals(1, reads.size());
    }

    @Test
    void articlesMetBeforeTheRecordWasReadAreComparedOnceItIs() {
        CompletableFuture<QuickCheck> record = new CompletableFuture<>();
        LastChecks c = lastChecks(record);
        c.accept(found(0, 11)); // changed, but the record is not there yet
        assertEquals(0, reads.size());
        record.complete(record("print", 10, 20));
        c.accept(found(1, 20));
        assertEquals(1, reads.size());
    }

    @Test
    void otherSettingsOrNoRecordStartTheReadAtOnce() {
        lastChecks(CompletableFuture.completedFuture(record("other", 10))).accept(found(0, 10));
        assertEquals(1, reads.size());
        lastChecks(CompletableFuture.completedFuture(null)).accept(found(0, 10));
        assertEquals(2, reads.size());
    }

    @Test
    void joinReadsWhenTheWalkMetNoChange() {
        LastChecks c = lastChecks(CompletableFuture.completedFuture(record("print", 10)));
        c.accept(found(0, 10));
        assertEquals(null, c.join()); // no checks.bin here
        assertEquals(1, reads.size());
    }
}

package dev.articles.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.state.BuildRecord;
import dev.articles.core.state.StateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the memory reads the last checks: as soon as the walk meets a change ({@link ChangeWatch}), never in a build in
 * which nothing changed.
 */
class ChangeWatchTest {
    @TempDir
    Path temp;

    /** The reads begun. */
    private final List<String> reads = new ArrayList<>();

    private BuildRecord record(String checks, long... sizes) {
        List<String> sources = new ArrayList<>();
        long[] modified = new long[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            sources.add("a" + i + ".md");
            modified[i] = 1000 + i;
        }
        return new BuildRecord(checks, "", "", 0, Long.MAX_VALUE, sources, sizes, modified,
                new StateStore.StoredResult(sizes.length, List.of(), List.of(), List.of()), false, 0, List.of(),
                List.of(), new long[0]);
    }

    private Found found(int i, long size) {
        return new Found(temp.resolve("a" + i + ".md"), "a" + i + ".md", size, 1000 + i);
    }

    private ChangeWatch watch(CompletableFuture<BuildRecord> record) {
        return new ChangeWatch(record, "print", () -> reads.add("checks"));
    }

    @Test
    void nothingChangedReadsNothing() {
        ChangeWatch c = watch(CompletableFuture.completedFuture(record("print", 10, 20, 30)));
        c.found(found(0, 10));
        c.found(found(2, 30));
        c.found(found(1, 20));
        assertEquals(0, reads.size());
    }

    @Test
    void theFirstChangedArticleStartsTheRead() {
        ChangeWatch c = watch(CompletableFuture.completedFuture(record("print", 10, 20, 30)));
        c.found(found(0, 10));
        assertEquals(0, reads.size());
        c.found(found(1, 21));
        assertEquals(1, reads.size());
        c.found(found(2, 31));
        assertEquals(1, reads.size(), "read once");
    }

    @Test
    void aNewArticleStartsTheRead() {
        ChangeWatch c = watch(CompletableFuture.completedFuture(record("print", 10)));
        c.found(found(1, 10));
        assertEquals(1, reads.size());
    }

    @Test
    void articlesMetBeforeTheRecordWasReadAreComparedOnceItIs() {
        CompletableFuture<BuildRecord> record = new CompletableFuture<>();
        ChangeWatch c = watch(record);
        c.found(found(0, 11)); // changed, but the record is not there yet
        assertEquals(0, reads.size());
        record.complete(record("print", 10, 20));
        c.found(found(1, 20));
        assertEquals(1, reads.size());
    }

    @Test
    void otherSettingsOrNoRecordStartTheReadAtOnce() {
        watch(CompletableFuture.completedFuture(record("other", 10))).found(found(0, 10));
        assertEquals(1, reads.size());
        watch(CompletableFuture.completedFuture(null)).found(found(0, 10));
        assertEquals(2, reads.size());
    }

    @Test
    void theStoredMemoryReadsTheChecksWhenAskedThoughTheWalkMetNoChange() throws IOException {
        StateStore store = new StateStore(temp.resolve("state"), temp);
        BuildMemory memory = BuildMemory.stored(store);
        memory.begin(new BuildFingerprint("validate", "print", "none", ""));
        memory.found(found(0, 10));
        assertEquals(null, memory.lastBuild()); // no record there: all is change
        assertEquals(null, memory.lastChecks()); // no checks.bin there
        memory.finish();
    }
}

package dev.articles.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.site.Site;
import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.source.ContentScanner;
import dev.articles.core.state.BuildRecord;
import dev.articles.core.state.StateStore;
import dev.articles.testing.ContentFixture;
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
                new StateStore.StoredResult(sizes.length, List.of(), List.of(), List.of(), List.of()), false, 0, List.of(),
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
        ContentFixture content = new ContentFixture(temp.resolve("articles"));
        content.article("a.md", "A", "2026-01-01 10:00:00 +0900");
        Path state = temp.resolve("state");
        new ContentBuild().run(content.request(), BuildMemory.stored(state, content.dir()), "test", null, false);

        BuildMemory memory = BuildMemory.stored(state, content.dir());
        memory.begin(BuildFingerprint.of("test", content.request(), Site.read(content.request()).layout(), null));
        for (Found f : new ContentScanner(List.of("**/*.md"), List.of()).list(content.dir()).articles()) {
            memory.found(f); // as in the last build: the walk starts no read
        }
        assertEquals(List.of("a.md"), memory.lastBuild().sources());
        assertEquals(List.of("a.md"), List.copyOf(memory.lastChecks().entries().keySet()));
        memory.finish();
    }
}

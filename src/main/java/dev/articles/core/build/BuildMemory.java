package dev.articles.core.build;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.state.BuildRecord;
import dev.articles.core.state.StateStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What one build may recall of the last build and what it leaves for the next. A build with no memory
 * ({@link #none}) reads, checks and renders everything: it is the reference that every incremental build must equal
 * byte for byte. The stored memory ({@link #stored}) keeps its state on disk and decides alone what is read when, on
 * which thread, and when it is saved; the stages only ask and tell.
 *
 * <p>One instance serves one build; its methods are called in the order they are declared here (each recall and
 * remember at most once), from the build's thread.
 */
public interface BuildMemory {

    /** Remembers nothing: every build is a whole build. */
    static BuildMemory none() {
        return new NoMemory();
    }

    /** The memory kept in {@code store}, or none when {@code store} is {@code null}. */
    static BuildMemory stored(StateStore store) {
        return store == null ? none() : new StoredMemory(store);
    }

    /** The memory kept in {@code folder} (the goals use {@code target/articles/state}) for this content. */
    static BuildMemory stored(Path folder, Path contentDirectory) {
        return stored(new StateStore(folder, contentDirectory));
    }

    /**
     * The memory kept in {@code folder} for this content, whose check-only build renders what it reads as well and
     * parks it ({@link #park}) for the bundle that is to follow in this JVM: {@code validate} when the Maven build goes
     * on to {@code bundle}.
     */
    static BuildMemory storedParkingRenders(Path folder, Path contentDirectory) {
        return new StoredMemory(new StateStore(folder, contentDirectory), true);
    }

    /** The build starts: what it depends on. The memory may begin reading in the background. */
    void begin(BuildFingerprint prints);

    /** An article file the walk of the content met, as it met it (before the walk ends). */
    void found(Found article);

    /** The brief record of the last build of this goal, or {@code null}. */
    BuildRecord lastBuild();

    /**
     * Something changed: what the last bundle of this name wrote, and which of those files are still there, is
     * needed later ({@link #lastBundle}); the memory may read it meanwhile.
     *
     * @param lastBuild the brief record of the last build, when it was of this bundle with these settings
     */
    void recallBundle(BundleWriter bundle, Path contentDirectory, BuildRecord lastBuild);

    /** The last build's checks, made with the same settings, or {@code null}. */
    StateStore.Checks lastChecks();

    /** Where rendered articles wait while the build runs ({@code ArticleSpool}); deleted when the spool closes. */
    Path spoolFile() throws IOException;

    /** Whether a build that only checks renders the articles it reads too, to {@link #park} them. */
    default boolean parksRenders() {
        return false;
    }

    /** Keeps the articles a check-only build rendered for the bundle that follows; the memory owns them now. */
    default void park(ParkedRenders renders) throws IOException {
        renders.close();
    }

    /**
     * The articles an earlier build in this JVM parked for this content with the same check settings, or
     * {@code null}; the caller owns them now.
     */
    default ParkedRenders parked(String checks) throws IOException {
        return null;
    }

    /** What {@link #recallBundle} read, or {@code null}. */
    LastBundle lastBundle();

    /** Keeps this build's checks for the next build. */
    void rememberChecks(StateStore.Checks checks);

    /** Keeps what this build's bundle wrote (after its stale files were deleted) for the next build. */
    void rememberBundle(String bundleName, StateStore.Bundle bundle);

    /**
     * Keeps the brief record of this build, which the next build trusts only when all of it matches: so it is
     * written after everything remembered before it is saved.
     *
     * @throws IOException when this or an earlier save failed
     */
    void rememberBuild(BuildRecord record) throws IOException;

    /** The build ends, well or not: waits for saves still running. */
    void finish() throws IOException;
}

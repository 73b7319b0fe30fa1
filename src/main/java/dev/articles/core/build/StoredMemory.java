package dev.articles.core.build;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.state.BuildRecord;
import dev.articles.core.state.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The memory kept on disk ({@link StateStore}, in {@code target/articles/state}). What it reads and when:
 * <ul>
 *   <li>the brief record of the last build, from the moment the build begins, while the content is walked: with
 *   the bundle's files all present, it alone decides a build in which nothing changed;</li>
 *   <li>the last checks, from the moment the walk meets a changed or new article ({@link ChangeWatch}), and never
 *   in a build in which nothing changed;</li>
 *   <li>the last bundle's record, and which of its files are still there, once the build knows something
 *   changed, alongside the checks: it is needed only once they are done.</li>
 * </ul>
 * Reads run on daemon threads ({@link Daemons}). Saves run on threads of their own while the build goes on (writing
 * 10,000 entries takes a while and nothing else in the build reads them); the brief record is written last, after they
 * all ended, and a save's failure fails the build as it would have on the build's thread.
 */
final class StoredMemory implements BuildMemory {
    private static final Executor READER = Daemons.named("articles-memory-read");

    private final StateStore store;
    private final List<BackgroundSave> saves = new ArrayList<>();
    private BuildFingerprint prints;
    private CompletableFuture<BuildRecord> lastBuild;
    private ChangeWatch changes;
    private CompletableFuture<StateStore.Checks> lastChecks;
    private CompletableFuture<LastBundle> lastBundle = CompletableFuture.completedFuture(null);

    private final boolean parksRenders;

    StoredMemory(StateStore store) {
        this(store, false);
    }

    StoredMemory(StateStore store, boolean parksRenders) {
        this.store = store;
        this.parksRenders = parksRenders;
    }

    @Override
    public void begin(BuildFingerprint prints) {
        this.prints = prints;
        lastBuild = read(() -> store.loadRecord(prints.goal()));
        changes = new ChangeWatch(lastBuild, prints.checks(), this::readChecks);
    }

    @Override
    public void found(Found article) {
        changes.found(article);
    }

    @Override
    public BuildRecord lastBuild() {
        return Daemons.join(lastBuild);
    }

    @Override
    public void recallBundle(BundleWriter bundle, Path contentDirectory, BuildRecord last) {
        lastBundle = read(() -> LastBundle.load(store, bundle, prints.bundle(), contentDirectory, last));
    }

    @Override
    public StateStore.Checks lastChecks() {
        readChecks(); // the walk met no change, yet something did (the bundle's files, the clock)
        return Daemons.join(lastChecks);
    }

    private void readChecks() {
        if (lastChecks == null) {
            lastChecks = read(() -> store.loadChecks(prints.checks()));
        }
    }

    @Override
    public Path spoolFile() throws IOException {
        if (!parksRenders) {
            return store.spoolFile();
        }
        // Parked renders outlive this build: a file of their own, which nothing else overwrites or deletes, and which
        // is gone with the JVM if no bundle takes them.
        Files.createDirectories(store.folder());
        Path file = Files.createTempFile(store.folder(), "parked-", ".spool");
        file.toFile().deleteOnExit();
        return file;
    }

    @Override
    public boolean parksRenders() {
        return parksRenders;
    }

    @Override
    public void park(ParkedRenders renders) throws IOException {
        renders.shelve(store.folder());
    }

    @Override
    public ParkedRenders parked(String checks) throws IOException {
        return ParkedRenders.take(store.folder(), checks);
    }

    @Override
    public LastBundle lastBundle() {
        return Daemons.join(lastBundle);
    }

    @Override
    public void rememberChecks(StateStore.Checks checks) {
        saves.add(BackgroundSave.start("articles-save-checks", () -> store.saveChecks(checks)));
    }

    @Override
    public void rememberBundle(String bundleName, StateStore.Bundle bundle) {
        saves.add(BackgroundSave.start("articles-save-bundle", () -> store.saveBundle(bundleName, bundle)));
    }

    @Override
    public void rememberBuild(BuildRecord record) throws IOException {
        finish(); // the record may only follow a saved state
        store.saveRecord(prints.goal(), record);
    }

    @Override
    public void finish() throws IOException {
        while (!saves.isEmpty()) {
            saves.remove(0).await();
        }
    }

    private static <T> CompletableFuture<T> read(Supplier<T> reading) {
        return CompletableFuture.supplyAsync(reading, READER);
    }
}

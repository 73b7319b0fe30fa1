package dev.articles.core.build;

import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.state.QuickCheck;
import dev.articles.core.state.StateStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The last build's checks, read on a background thread from the moment the walk of the content meets an article
 * that differs from the brief record of the last build (another size or time, or a new file). An edit then overlaps
 * the reading with the rest of the walk, and a build in which nothing changed never reads them: at 50,000 articles
 * they are about 50 MB to decode, which slowed the walk of a no-change build when read in every build.
 *
 * <p>{@link #accept} is called by the walking thread for each article found.
 */
final class LastChecks implements Consumer<Found> {
    private final StateStore state;
    private final String checkPrint;
    private final CompletableFuture<QuickCheck> lastBuild;
    private final Executor executor;
    /** Articles met before the brief record was read, to compare once it is. */
    private final List<Found> pending = new ArrayList<>();
    private Map<String, Integer> recorded; // source -> its index in the brief record
    private QuickCheck quick;
    private CompletableFuture<StateStore.Checks> loading;

    LastChecks(StateStore state, String checkPrint, CompletableFuture<QuickCheck> lastBuild, Executor executor) {
        this.state = state;
        this.checkPrint = checkPrint;
        this.lastBuild = lastBuild;
        this.executor = executor;
    }

    @Override
    public void accept(Found f) {
        if (loading != null || state == null) {
            return;
        }
        if (recorded == null) {
            if (!lastBuild.isDone()) {
                pending.add(f);
                return;
            }
            compareWith(lastBuild.join());
            if (loading != null) {
                return;
            }
        }
        compare(f);
    }

    /** The checks of the last build made with these settings, or {@code null}; read now if not begun yet. */
    StateStore.Checks join() {
        start();
        return loading.join();
    }

    private void compareWith(QuickCheck record) {
        quick = record;
        if (quick == null || !quick.checks().equals(checkPrint)) {
            start(); // nothing to compare with: the checks (if any) are needed
            return;
        }
        recorded = new HashMap<>(quick.sources().size() * 2);
        for (int i = 0; i < quick.sources().size(); i++) {
            recorded.put(quick.sources().get(i), i);
        }
        for (Found f : pending) {
            compare(f);
        }
        pending.clear();
    }

    private void compare(Found f) {
        Integer i = recorded.get(f.source());
        if (loading == null && (i == null || quick.sizes()[i] != f.size() || quick.modified()[i] != f.modified())) {
            start();
        }
    }

    private void start() {
        if (loading == null) {
            loading = state == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(() -> state.loadChecks(checkPrint), executor);
        }
    }
}

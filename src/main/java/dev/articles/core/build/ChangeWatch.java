package dev.articles.core.build;

import dev.articles.core.source.ContentScanner.Found;
import dev.articles.core.state.BuildRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Watches the walk of the content for the first article that differs from the brief record of the last build
 * (another size or time, or a new file), and then says so once. The stored memory starts reading the last checks at
 * that moment: an edit overlaps the reading with the rest of the walk, and a build in which nothing changed never
 * reads them (at 50,000 articles they are about 50 MB to decode, which slowed the walk of a no-change build when read
 * in every build).
 */
final class ChangeWatch {
    private final CompletableFuture<BuildRecord> lastBuild;
    private final String checkPrint;
    private final Runnable onChange;
    /** Articles met before the brief record was read, to compare once it is. */
    private final List<Found> pending = new ArrayList<>();
    private Map<String, Integer> recorded; // source -> its index in the brief record
    private BuildRecord record;
    private boolean changed;

    /**
     * @param lastBuild the brief record, being read
     * @param checkPrint the fingerprint of this build's check settings: a record of other settings is all change
     * @param onChange called once, on the walking thread, when the first change is met
     */
    ChangeWatch(CompletableFuture<BuildRecord> lastBuild, String checkPrint, Runnable onChange) {
        this.lastBuild = lastBuild;
        this.checkPrint = checkPrint;
        this.onChange = onChange;
    }

    /** The walk met {@code f}. */
    void found(Found f) {
        if (changed) {
            return;
        }
        if (recorded == null) {
            if (!lastBuild.isDone()) {
                pending.add(f);
                return;
            }
            compareWith(lastBuild.join());
            if (changed) {
                return;
            }
        }
        compare(f);
    }

    private void compareWith(BuildRecord last) {
        record = last;
        if (record == null || !record.checks().equals(checkPrint)) {
            change(); // nothing to compare with
            return;
        }
        recorded = new HashMap<>(record.sources().size() * 2);
        for (int i = 0; i < record.sources().size(); i++) {
            recorded.put(record.sources().get(i), i);
        }
        for (Found f : pending) {
            compare(f);
        }
        pending.clear();
    }

    private void compare(Found f) {
        Integer i = recorded.get(f.source());
        if (!changed && (i == null || record.sizes()[i] != f.size() || record.modified()[i] != f.modified())) {
            change();
        }
    }

    private void change() {
        changed = true;
        onChange.run();
    }
}

package dev.articles.core.build;

import dev.articles.core.state.ArticleSpool;
import dev.articles.core.state.CheckEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Articles that a check-only build (the {@code validate} goal) rendered while it checked them, parked for the bundle
 * of the same Maven build: the bundle takes them instead of reading and rendering every article a second time. They
 * are kept in this JVM only (a Maven build runs a project's goals in one) and only for the check settings they were
 * made with; an article counts only while its bytes are the ones that were rendered.
 *
 * @param checks the check settings' fingerprint ({@link BuildFingerprint#checks}) they were rendered under
 * @param spool where they lie; deleted when this is closed
 * @param bySource each parked article's ticket, with the SHA-256 of the bytes it was rendered from
 */
record ParkedRenders(String checks, ArticleSpool spool, Map<String, Parked> bySource) implements AutoCloseable {

    /** One parked article. */
    record Parked(byte[] sha256, ArticleSpool.Ticket ticket) {
    }

    /** What is parked, by the memory's folder (one a content project). */
    private static final Map<Path, ParkedRenders> SHELF = new ConcurrentHashMap<>();

    /** The articles of {@code checked} that were rendered, with the spool they lie in. */
    static ParkedRenders of(String checks, Checked checked) {
        Map<String, Parked> bySource = new HashMap<>();
        CheckEntry[] entries = checked.entries();
        for (int i = 0; i < entries.length; i++) {
            if (checked.tickets()[i] != null) {
                bySource.put(entries[i].source(), new Parked(entries[i].sha256(), checked.tickets()[i]));
            }
        }
        return new ParkedRenders(checks, checked.spool(), bySource);
    }

    /** Parks these under {@code folder}, in place of (and closing) what was parked there before. */
    void shelve(Path folder) throws IOException {
        ParkedRenders before = SHELF.put(folder, this);
        if (before != null) {
            before.close();
        }
    }

    /** What is parked under {@code folder} with these check settings, or {@code null}; the caller owns it now. */
    static ParkedRenders take(Path folder, String checks) throws IOException {
        ParkedRenders parked = SHELF.remove(folder);
        if (parked != null && !parked.checks.equals(checks)) {
            parked.close(); // rendered under other settings: of no use
            return null;
        }
        return parked;
    }

    /** {@code checked}, given the parked articles it recalled but did not render (their bytes unchanged). */
    Checked into(Checked checked) {
        CheckEntry[] entries = checked.entries();
        ArticleSpool.Ticket[] tickets = new ArticleSpool.Ticket[entries.length];
        for (int i = 0; i < entries.length; i++) {
            Parked p = bySource.get(entries[i].source());
            if (p != null && Arrays.equals(p.sha256(), entries[i].sha256())) {
                tickets[i] = p.ticket();
            }
        }
        return new Checked(entries, checked.read(), checked.result(), checked.corpusFindings(), checked.facts(),
                checked.changed(), spool, tickets);
    }

    @Override
    public void close() throws IOException {
        spool.close();
    }
}

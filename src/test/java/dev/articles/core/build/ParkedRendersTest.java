package dev.articles.core.build;

import static dev.articles.testing.ArticleBuilder.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.report.ContentResult;
import dev.articles.core.state.ArticleSpool;
import dev.articles.core.state.CheckEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What validate parks for the bundle of the same build: taken once, only with the same settings and bytes. */
class ParkedRendersTest {
    @TempDir
    Path dir;

    @Test
    void takenOnceWithTheSameSettings() throws IOException {
        ParkedRenders parked = park("checks-1");
        Path spool = dir.resolve("parked.spool");

        assertNull(ParkedRenders.take(dir.resolve("another-project"), "checks-1"));
        assertSame(parked, ParkedRenders.take(dir, "checks-1"));
        assertNull(ParkedRenders.take(dir, "checks-1"), "taken already");
        assertTrue(Files.exists(spool), "the taker owns it now");
        parked.close();
        assertFalse(Files.exists(spool));
    }

    @Test
    void rendersMadeUnderOtherSettingsAreDropped() throws IOException {
        park("checks-1");

        assertNull(ParkedRenders.take(dir, "checks-2"));
        assertFalse(Files.exists(dir.resolve("parked.spool")));
        assertNull(ParkedRenders.take(dir, "checks-1"), "dropped, not put back");
    }

    @Test
    void parkingAgainDropsWhatWasParkedBefore() throws IOException {
        park("checks-1", "first.spool");
        ParkedRenders second = park("checks-1", "second.spool");

        assertFalse(Files.exists(dir.resolve("first.spool")));
        assertSame(second, ParkedRenders.take(dir, "checks-1"));
        second.close();
    }

    @Test
    void anArticleCountsOnlyWhileItsBytesAreTheOnesRendered() throws IOException {
        ParkedRenders parked = park("checks-1");
        Checked recalled = checked(null, entry("a", 1), entry("b", 9));

        Checked taken = parked.into(recalled);

        assertSame(parked.spool(), taken.spool());
        assertEquals("a", parked.spool().get(taken.tickets()[0]).slug());
        assertNull(taken.tickets()[1], "b changed since validate rendered it: the bundle reads it again");
        parked.close();
    }

    /** Parks articles a and b, rendered from bytes {1} and {2}, under {@code checks}. */
    private ParkedRenders park(String checks) throws IOException {
        return park(checks, "parked.spool");
    }

    private ParkedRenders park(String checks, String file) throws IOException {
        ArticleSpool spool = new ArticleSpool(dir.resolve(file));
        Checked checked = checked(spool, entry("a", 1), entry("b", 2));
        checked.tickets()[0] = spool.put(article("a").build());
        checked.tickets()[1] = spool.put(article("b").build());
        ParkedRenders parked = ParkedRenders.of(checks, checked);
        parked.shelve(dir);
        return parked;
    }

    private static Checked checked(ArticleSpool spool, CheckEntry... entries) {
        return new Checked(entries, List.of(), new ContentResult(entries.length, List.of(), List.of()), List.of(),
                List.of(), false, spool, new ArticleSpool.Ticket[entries.length]);
    }

    private static CheckEntry entry(String source, int sha) {
        return new CheckEntry(source, 1, 1, new byte[] {(byte) sha}, Long.MAX_VALUE, List.of(), List.of(), null,
                true, false, Map.of());
    }
}

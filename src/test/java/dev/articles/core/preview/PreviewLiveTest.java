package dev.articles.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running preview notices edits by itself: no call to rebuild, only files written. */
class PreviewLiveTest {
    @TempDir
    Path dir;

    private static PreviewState await(Preview preview, String what, Predicate<PreviewState> condition)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.test(preview.state())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 30 s: " + what + "; state " + preview.state());
            }
            Thread.sleep(20);
        }
        return preview.state();
    }

    @Test
    void editsErrorsAndFixesAreRenderedAsTheyAreSaved() throws Exception {
        PreviewSite site = new PreviewSite(dir);
        try (Preview preview = Preview.start(site.request(), site.options(), s -> { })) {
            long first = preview.state().build();

            site.write(PreviewSite.MAIN_FILE, PreviewSite.main("保存しただけで描画されます。"));
            PreviewState edited = await(preview, "the edit", s -> s.build() > first);
            assertTrue(edited.current());
            assertEquals(1, edited.stats().checked());

            site.write(PreviewSite.MAIN_FILE, "---\ntitle: \"閉じていないフロントマター\"\n");
            PreviewState broken = await(preview, "the error", s -> s.result().hasErrors());
            assertFalse(broken.current());
            assertTrue(broken.result().diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR
                    && d.file().endsWith(PreviewSite.MAIN_FILE)), broken.result().diagnostics().toString());

            site.write("2026/03/2026-02-15-new-folder.md", "---\ntitle: \"新しいフォルダの記事\"\n"
                    + "date: 2026-02-15 09:00:00 +0900\n---\n\n本文。\n");
            await(preview, "the article in a new folder", s -> s.result().checked() == 4);

            site.write(PreviewSite.MAIN_FILE, PreviewSite.main("直しました。"));
            PreviewState fixed = await(preview, "the fix", PreviewState::current);
            assertEquals(4, fixed.stats().bundled());
        }
    }
}

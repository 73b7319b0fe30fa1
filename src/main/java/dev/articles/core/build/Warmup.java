package dev.articles.core.build;

import dev.articles.core.bundle.BundleJson;
import dev.articles.core.render.HtmlSanitizer;
import dev.articles.core.render.MarkdownRenderer;
import java.util.List;
import java.util.Map;

/**
 * Loads and exercises the Markdown, HTML and JSON libraries on a tiny article in the background while the build scans
 * files and reads its state. A build that changed one article spends most of its time in a fresh JVM loading classes;
 * done here, that overlaps with work that waits on the disk. The result is thrown away.
 */
final class Warmup {
    private static final String SAMPLE = "## 見出し\n\n本文の**段落**と[リンク](other.md)、`code`。\n\n"
            + "| a | b |\n|---|---|\n| 1 | 2 |\n\n- item[^1]\n\n[^1]: note\n";

    private Warmup() {
    }

    static void start(MarkdownRenderer renderer, HtmlSanitizer sanitizer) {
        Thread thread = new Thread(() -> {
            try {
                String html = renderer.render(renderer.parse(SAMPLE)).html();
                sanitizer.sanitize(html);
                BundleJson.bytes(Map.of("html", html, "list", List.of(1, 2)));
            } catch (RuntimeException | StackOverflowError | LinkageError ignored) {
                // Only a head start: the real work reports its own problems. A LinkageError comes when the build
                // ended first and Maven closed the plugin's class loader under this thread (seen with `-q`).
            }
        }, "articles-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}

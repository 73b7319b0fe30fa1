package dev.articles.core.build;

import dev.articles.core.bundle.BundleJson;
import dev.articles.core.render.HtmlSanitizer;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.settings.MarkdownFlavour;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The Markdown renderer, made on a background thread on first need: a build in which nothing changed needs none, and
 * flexmark takes a while to load, which then overlaps with reading the memory. When a few articles are likely to be
 * redone, {@link #warmUp} also exercises the Markdown, HTML and JSON libraries on a tiny article in the background: a
 * build that changed one article spends most of its time in a fresh JVM loading classes. One renderer per Markdown
 * flavour (a build has one: its layout's).
 */
final class LazyRenderer {
    private static final String SAMPLE = "## 見出し\n\n本文の**段落**と[リンク](other.md)、`code`。\n\n"
            + "| a | b |\n|---|---|\n| 1 | 2 |\n\n- item[^1]\n\n[^1]: note\n";

    private final Function<MarkdownFlavour, MarkdownRenderer> factory;
    private final Map<MarkdownFlavour, CompletableFuture<MarkdownRenderer>> loading =
            new EnumMap<>(MarkdownFlavour.class);

    LazyRenderer(Function<MarkdownFlavour, MarkdownRenderer> factory) {
        this.factory = factory;
    }

    /** Starts making the renderer for {@code flavour}, if not begun. */
    synchronized CompletableFuture<MarkdownRenderer> load(MarkdownFlavour flavour) {
        return loading.computeIfAbsent(flavour, f -> CompletableFuture.supplyAsync(() -> factory.apply(f),
                Daemons.named("articles-background")));
    }

    /** The renderer for {@code flavour}; made now if not begun. */
    MarkdownRenderer get(MarkdownFlavour flavour) {
        return Daemons.join(load(flavour));
    }

    /** Loads the libraries on a low-priority thread once the renderer is there; the result is thrown away. */
    void warmUp(MarkdownFlavour flavour, HtmlSanitizer sanitizer) {
        load(flavour).thenAccept(renderer -> {
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
        });
    }
}

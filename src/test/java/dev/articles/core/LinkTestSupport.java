package dev.articles.core;

import dev.articles.core.build.ContentChecker;
import dev.articles.core.model.Article;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Writes content folders and runs the engine on them, for the link rule tests. */
final class LinkTestSupport {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    /** The link fixtures use raw HTML anchors ({@code <a id>}, {@code <span id>}) as link targets. */
    static final CheckSettings RAW_ANCHORS = CheckSettings.defaults().withAllowedHtml(List.of("a", "span"),
            List.of("id", "name"));

    private LinkTestSupport() {
    }

    /** Writes {@code text} (lines joined by LF, plus a final LF) to {@code dir/relative}. */
    static Path write(Path dir, String relative, String... lines) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path bytes(Path dir, String relative, byte[] content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContentResult check(Path dir) {
        return check(dir, false);
    }

    static ContentResult check(Path dir, boolean includeDrafts) {
        return check(new ContentRequest(dir, null, null, StandardCharsets.UTF_8, ZoneId.of("UTC"), CLOCK,
                includeDrafts, RAW_ANCHORS));
    }

    static ContentResult check(Path dir, List<String> excludes, CheckSettings settings) {
        return check(new ContentRequest(dir, null, excludes, StandardCharsets.UTF_8, ZoneId.of("UTC"), CLOCK, false,
                settings));
    }

    static ContentResult check(ContentRequest request) {
        try {
            return new ContentChecker().check(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Diagnostics as {@code source:[line,col] rule: message}, relative to {@code dir}. */
    static List<String> lines(Path dir, ContentResult result) {
        return result.diagnostics().stream()
                .map(d -> dir.relativize(d.file()).toString().replace('\\', '/') + ":[" + d.line() + "," + d.column()
                        + "] " + d.rule() + ": " + d.message())
                .collect(Collectors.toList());
    }

    static Article article(ContentResult result, String slug) {
        return result.articles().stream().filter(a -> a.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + slug + " in " + result.articles()));
    }
}

package dev.articles.testing;

import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** A content folder written by a test, and requests to read it with a fixed clock. */
public final class TestContent {
    /** "Now" for every test: 2026-03-01T00:00:00Z. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final Path dir;

    public TestContent(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Writes {@code text} as UTF-8 at {@code relative} ({@code /} separators). */
    public Path write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article with a title, a date and a one-line body. */
    public Path article(String relative, String title, String date, String... moreFrontMatter) {
        StringBuilder text = new StringBuilder("---\ntitle: ").append(title).append('\n');
        if (date != null) {
            text.append("date: ").append(date).append('\n');
        }
        for (String line : moreFrontMatter) {
            text.append(line).append('\n');
        }
        text.append("---\n\nBody of ").append(title).append(".\n");
        return write(relative, text.toString());
    }

    public ContentRequest request() {
        return request(false);
    }

    public ContentRequest request(boolean includeDrafts) {
        return new ContentRequest(dir, List.of(), List.of(), StandardCharsets.UTF_8, TOKYO, CLOCK, includeDrafts);
    }

    public ContentRequest request(Charset charset) {
        return new ContentRequest(dir, List.of(), List.of(), charset, TOKYO, CLOCK, false);
    }

    public ContentRequest request(List<String> includes, List<String> excludes) {
        return new ContentRequest(dir, includes, excludes, StandardCharsets.UTF_8, TOKYO, CLOCK, false);
    }
}

package dev.articles.core.model;

import java.nio.file.Path;

/** How reports, the baseline and messages name a file: relative to a folder, with {@code /} separators. */
public final class SourcePath {
    private SourcePath() {
    }

    /**
     * {@code file} relative to {@code base} with {@code /} separators when it is inside {@code base} ({@code ""} for
     * {@code base} itself), else {@code null}.
     */
    public static String relative(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(b)) {
            return null;
        }
        Path rel = b.relativize(f);
        return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    }

    /** {@code file} relative to {@code base} when inside it, else absolute; {@code /}-separated either way. */
    public static String display(Path base, Path file) {
        String rel = relative(base, file);
        if (rel != null) {
            return rel;
        }
        Path abs = file.toAbsolutePath().normalize();
        return abs.toString().replace(abs.getFileSystem().getSeparator(), "/");
    }
}

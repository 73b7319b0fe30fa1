package dev.articles.core.state;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One object for each distinct value read from a state file: tags, categories, rule ids and the paths of
 * diagnostics repeat across thousands of entries. The loaded state stays in memory for the whole build, and while it
 * is young every object of it is copied by each garbage collection, so fewer objects is a shorter pause.
 */
final class StringPool {
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Path> paths = new HashMap<>();

    String of(String s) {
        if (s == null) {
            return null;
        }
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** {@link StateCodec#resolve}, once per distinct relative path. */
    Path path(Path dir, String relative) {
        return paths.computeIfAbsent(relative, r -> StateCodec.resolve(dir, r));
    }
}

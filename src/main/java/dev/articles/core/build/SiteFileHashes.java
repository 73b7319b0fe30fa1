package dev.articles.core.build;

import dev.articles.core.model.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The present state of the site files articles depend on besides themselves (a Jekyll site's includes and data files,
 * which its Liquid read), as hashes: a file by its bytes, a folder ({@code _data/}) by the path, size and time of
 * every file in it. An article is checked and rendered again when one of its dependencies' hashes changed. Each hash
 * is computed once per build.
 */
final class SiteFileHashes {
    private static final String MISSING = "missing";

    private final Path root;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    SiteFileHashes(Path contentDirectory) {
        Path r = contentDirectory.toAbsolutePath().normalize();
        try {
            r = r.toRealPath();
        } catch (IOException e) {
            // not there: every dependency is missing
        }
        this.root = r;
    }

    /** The hashes of {@code paths} now, by path. */
    Map<String, String> of(Set<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new TreeMap<>();
        for (String p : paths) {
            out.put(p, hash(p));
        }
        return out;
    }

    /** Whether every dependency still has the hash it had. */
    boolean unchanged(Map<String, String> dependencies) {
        for (Map.Entry<String, String> d : dependencies.entrySet()) {
            if (!hash(d.getKey()).equals(d.getValue())) {
                return false;
            }
        }
        return true;
    }

    private String hash(String sitePath) {
        return cache.computeIfAbsent(sitePath, this::compute);
    }

    private String compute(String sitePath) {
        Path file = root.resolve(sitePath).normalize();
        if (!file.startsWith(root)) {
            return MISSING;
        }
        try {
            if (sitePath.endsWith("/")) {
                return folder(file);
            }
            return Files.isRegularFile(file) ? hex(Sha256.of(Files.readAllBytes(file))) : MISSING;
        } catch (IOException e) {
            return MISSING;
        }
    }

    private String folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return MISSING;
        }
        MessageDigest md = Sha256.digest();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            md.update((dir.relativize(f) + "\n" + Files.size(f) + "\n" + Files.getLastModifiedTime(f).toMillis()
                    + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return hex(md.digest());
    }


    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}

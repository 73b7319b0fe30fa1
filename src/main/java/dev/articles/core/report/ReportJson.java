package dev.articles.core.report;

import dev.articles.core.json.JsonOutput;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How the reports and the baseline are serialised: ordered maps and lists (so the key order is fixed by the code that
 * builds them), two-space indent, {@code \n} line ends, UTF-8, a final newline. Identical findings give identical
 * bytes.
 */
public final class ReportJson {
    private static final JsonOutput WRITER = JsonOutput.standard();

    private ReportJson() {
    }

    /** UTF-8 bytes of {@code value}: maps, lists, strings, numbers, booleans and nulls only. */
    public static byte[] bytes(Object value) {
        return (WRITER.write(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code bytes} to {@code file}, creating its folder; through a temporary file renamed into place, so a
     * reader (a CI step, a parallel build) never sees half a file.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return; // the same report: left as it is, like every other output of a build that changed nothing
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException atomicNotSupported) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }


    /**
     * A relative path as a URI reference: every byte of its UTF-8 form other than letters, digits, {@code -._~} and
     * {@code /} percent-encoded (so Japanese file names, spaces and a {@code :} in the first segment are all safe).
     */
    public static String uriPath(String relativePath) {
        StringBuilder out = new StringBuilder();
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** The {@code file:} URI of a folder, always ending in {@code /}. */
    public static String folderUri(Path dir) {
        String uri = URI.create(dir.toAbsolutePath().normalize().toUri().toASCIIString()).toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}

package dev.articles.core.reader;

import dev.articles.core.model.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the last generation wrote: a digest of everything that decided the files, and each file with the digest of
 * its bytes. A build whose inputs have the same digest and whose files are all still there as written has nothing to
 * do; any other build knows which old files to delete.
 *
 * @param inputs the digest of the inputs
 * @param files the files written, absolute, with their bytes' digests
 */
record ReaderRecord(String inputs, List<Entry> files) {
    private static final String HEADER = "articles-reader 1";

    /** A file written, and the digest of its bytes. */
    record Entry(Path file, String sha256) {
    }

    /** The record at {@code file}, or {@code null} when there is none or it cannot be read. */
    static ReaderRecord read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("inputs ")) {
            return null;
        }
        List<Entry> files = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            int space = line.indexOf(' ');
            if (space != 64) {
                return null;
            }
            files.add(new Entry(Path.of(line.substring(space + 1)), line.substring(0, space)));
        }
        return new ReaderRecord(lines.get(1).substring("inputs ".length()), List.copyOf(files));
    }

    void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append("inputs ").append(inputs).append('\n');
        files.forEach(f -> out.append(f.sha256()).append(' ').append(f.file()).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** Whether every file is there with the bytes it was written with. */
    boolean intact() throws IOException {
        for (Entry e : files) {
            if (!Files.isRegularFile(e.file()) || !Sha256.hex(Files.readAllBytes(e.file())).equals(e.sha256())) {
                return false;
            }
        }
        return true;
    }

}

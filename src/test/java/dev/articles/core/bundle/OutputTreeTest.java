package dev.articles.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is ever written outside the bundle folder, whatever path or link is on the way. */
class OutputTreeTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private static final byte[] BYTES = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void pathsLeavingTheRootAreRefused() {
        OutputTree tree = new OutputTree(dir.resolve("bundle"));
        for (String bad : List.of("../x.json", "articles/../../x.json", "/tmp/x.json", "", ".", "articles/..")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tree.write(bad, BYTES),
                    bad);
            assertEquals("refusing to write outside the bundle: " + bad, e.getMessage());
        }
    }

    @Test
    void aLinkedFolderInTheBundleIsNotWrittenThrough() throws IOException {
        Path root = dir.resolve("bundle");
        Files.createDirectories(root);
        try {
            Files.createSymbolicLink(root.resolve("articles"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        OutputTree tree = new OutputTree(root);
        IOException e = assertThrows(IOException.class, () -> tree.write("articles/a.json", BYTES));
        assertEquals("refusing to write articles/a.json through the symbolic link " + root.resolve("articles")
                + "; delete the link (mvn clean)", e.getMessage());
        assertThrows(IOException.class, () -> tree.copy("articles/img/a.png", dir.resolve("bundle/../x"), "x"));
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aLinkedFileInTheBundleIsReplacedNotFollowed() throws IOException {
        Path root = dir.resolve("bundle");
        Files.createDirectories(root.resolve("articles"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "keep");
        try {
            Files.createSymbolicLink(root.resolve("articles/a.json"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        new OutputTree(root).write("articles/a.json", BYTES);
        assertEquals("keep", Files.readString(secret));
        assertEquals("{}", Files.readString(root.resolve("articles/a.json")));
        assertEquals(false, Files.isSymbolicLink(root.resolve("articles/a.json")));
    }
}

package dev.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.articles.core.build.ContentBuild;
import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.testing.BundleSchemas;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests: each folder {@code src/test/resources/golden/<case>/} holds
 * <ul>
 *   <li>{@code content/}: the articles, read with the settings in {@code case.properties} ({@code bundle},
 *       {@code timeZone}, {@code clock}, {@code includeDrafts}, {@code includes}, {@code excludes}, {@code encoding};
 *       the {@link ContentFixture}'s zone and "now" where a case sets none);</li>
 *   <li>{@code expected/}: every file the bundle writer must produce, byte for byte;</li>
 *   <li>{@code diagnostics.txt}: every diagnostic, one a line ({@code path:line:column: SEVERITY rule: message}).</li>
 * </ul>
 * To regenerate after an intended change, run
 * <pre>./mvnw test -Dinvoker.skip=true -Dtest=GoldenTest -Dgolden.update=true</pre>
 * which rewrites {@code expected/} and {@code diagnostics.txt} and fails if anything changed, so the change is
 * reviewed ({@code git diff src/test/resources/golden}) before it is committed. Without the property the test only
 * compares.
 */
class GoldenTest {
    static final String UPDATE_PROPERTY = "golden.update";

    @TempDir
    Path temp;

    static Path goldenRoot() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("src/test/resources/golden");
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(goldenRoot())) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no golden cases under " + goldenRoot());
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    private void run(Path caseDir) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(caseDir.resolve("case.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        Path content = caseDir.resolve("content");
        // The path users run: a whole build by the engine, writing the bundle.
        Path out = temp.resolve(caseDir.getFileName().toString());
        BundleWriter writer = new BundleWriter(settings.getProperty("bundle", "golden"), out, List.of());
        ContentFixture fixture = new ContentFixture(content)
                .includes(list(settings.getProperty("includes")))
                .excludes(list(settings.getProperty("excludes")))
                .charset(Charset.forName(settings.getProperty("encoding", "UTF-8")))
                .zone(settings.getProperty("timeZone", ContentFixture.ZONE.getId()))
                .now(settings.getProperty("clock", ContentFixture.NOW.toString()))
                .drafts(Boolean.parseBoolean(settings.getProperty("includeDrafts", "false")))
                .settings(CheckSettings.defaults().withAllowedHtml(list(settings.getProperty("allowedHtmlTags")),
                        list(settings.getProperty("allowedHtmlAttributes"))));
        ContentBuild.Outcome first = fixture.bundle(writer);
        String diagnostics = diagnostics(content, first.result(), first.stats().bundled());
        if (!first.result().hasErrors()) {
            assertEquals(first.stats().written(), files(out).size(), "the first build writes every file");
            BundleSchemas.assertValidBundle(out);
            ContentBuild.Stats again = fixture.bundle(writer).stats();
            assertEquals(List.of(0, first.stats().written(), 0), List.of(again.written(), again.unchanged(),
                    again.deleted()), "a second build of the same content changes no file");
        }

        Path expected = caseDir.resolve("expected");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            update(caseDir, expected, out, diagnostics);
            return;
        }
        assertEquals(read(caseDir.resolve("diagnostics.txt")), diagnostics, caseDir.getFileName() + ": diagnostics");
        assertEquals(files(expected), files(out), caseDir.getFileName() + ": the set of files written");
        for (String file : files(expected)) {
            byte[] want = Files.readAllBytes(expected.resolve(file));
            byte[] got = Files.readAllBytes(out.resolve(file));
            if (!Arrays.equals(want, got)) {
                // The string comparison shows the difference; the byte comparison catches what strings hide.
                assertEquals(new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8),
                        caseDir.getFileName() + ": " + file);
                fail(caseDir.getFileName() + ": " + file + " differs in its bytes");
            }
        }
    }

    /** Diagnostics with paths relative to the content folder, so the text is the same on every machine. */
    static String diagnostics(Path content, ContentResult result, int published) {
        StringBuilder text = new StringBuilder();
        text.append("checked ").append(result.checked()).append(", published ").append(published)
                .append('\n');
        for (Diagnostic d : result.diagnostics()) {
            String path = content.relativize(d.file()).toString().replace('\\', '/');
            text.append(path.isEmpty() ? "." : path).append(':').append(d.line()).append(':').append(d.column())
                    .append(": ").append(d.severity()).append(' ').append(d.rule()).append(": ").append(d.message())
                    .append('\n');
        }
        return text.toString();
    }

    private static void update(Path caseDir, Path expected, Path out, String diagnostics) throws IOException {
        List<String> changed = new ArrayList<>();
        if (!diagnostics.equals(Files.exists(caseDir.resolve("diagnostics.txt")) ? read(caseDir.resolve("diagnostics.txt")) : null)) {
            Files.writeString(caseDir.resolve("diagnostics.txt"), diagnostics, StandardCharsets.UTF_8);
            changed.add("diagnostics.txt");
        }
        for (String file : files(expected)) {
            if (!Files.exists(out.resolve(file))) {
                Files.delete(expected.resolve(file));
                changed.add("expected/" + file + " (deleted)");
            }
        }
        for (String file : files(out)) {
            Path target = expected.resolve(file);
            byte[] bytes = Files.readAllBytes(out.resolve(file));
            if (!Files.exists(target) || !Arrays.equals(bytes, Files.readAllBytes(target))) {
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                changed.add("expected/" + file);
            }
        }
        deleteEmptyFolders(expected);
        assertTrue(changed.isEmpty(), caseDir.getFileName() + ": golden files updated, review them with "
                + "'git diff src/test/resources/golden/" + caseDir.getFileName() + "' and run again without -D" + UPDATE_PROPERTY
                + ": " + changed);
    }

    private static void deleteEmptyFolders(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).sorted((a, b) -> b.compareTo(a)).toList()) {
                try (Stream<Path> children = Files.list(dir)) {
                    if (children.findAny().isEmpty() && !dir.equals(root)) {
                        Files.delete(dir);
                    }
                }
            }
        }
    }

    /** Files below {@code root}, relative, with {@code /}, sorted; empty when {@code root} does not exist. */
    static TreeSet<String> files(Path root) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
            }
        }
        return files;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package dev.articles.core.reader;

import dev.articles.core.frontmatter.FrontMatterFields;
import dev.articles.core.model.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates a bundle's reader: Java sources that read the bundle with only the JDK, compiled here for Java 11 into
 * the classes folder (with a copy of the sources, for IDEs) so the content jar carries them, plus the native image
 * configuration that keeps the bundle's files in a GraalVM image.
 *
 * <p>Incremental: the reader depends on its names, the bundle name, the front matter schema, the time zone, the
 * plugin and the JDK, not on the articles. When none of these changed and the files of the last generation are all
 * there, nothing is compiled or written. Files are written only when their bytes change, and the files of an
 * earlier generation that this one does not make are deleted.
 */
public final class ReaderGenerator {
    private ReaderGenerator() {
    }

    /** Generates, compiles and writes the reader as needed. */
    public static ReaderOutcome generate(ReaderRequest request) throws IOException {
        ExtraSchema schema = request.frontMatterSchema() == null ? ExtraSchema.NONE
                : ExtraSchema.read(request.frontMatterSchema(), FrontMatterFields.interpretedKeys());
        ReaderSpec spec = new ReaderSpec(request.names(), request.bundleName(), schema, request.zone(),
                request.generator(), request.groupId(), request.artifactId());
        Map<String, String> sources = ReaderSources.of(spec);
        Map.Entry<String, String> nativeImage = ReaderSources.nativeImageResources(spec);
        String inputs = inputs(request, sources, nativeImage);
        ReaderRecord last = ReaderRecord.read(request.recordFile());
        if (last != null && last.inputs().equals(inputs) && last.intact()) {
            return new ReaderOutcome(ReaderOutcome.Status.UP_TO_DATE, 0, last.files().size(), 0, 0, List.of());
        }
        if (!ReaderCompiler.available()) {
            return new ReaderOutcome(ReaderOutcome.Status.NO_COMPILER, 0, 0, 0, 0, List.of());
        }
        long start = System.nanoTime();
        ReaderCompiler.Output compiled = ReaderCompiler.compile(sources, List.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!compiled.errors().isEmpty()) {
            return new ReaderOutcome(ReaderOutcome.Status.FAILED, 0, 0, 0, millis, compiled.errors());
        }
        Map<Path, byte[]> files = files(request, sources, nativeImage, compiled.classes());
        Writes writes = new Writes();
        List<ReaderRecord.Entry> entries = new ArrayList<>();
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            writes.write(f.getKey(), f.getValue());
            entries.add(new ReaderRecord.Entry(f.getKey(), Sha256.hex(f.getValue())));
        }
        int deleted = last == null ? 0 : delete(last, files.keySet(), request);
        new ReaderRecord(inputs, entries).write(request.recordFile());
        return new ReaderOutcome(ReaderOutcome.Status.GENERATED, writes.written, writes.unchanged, deleted, millis,
                compiled.warnings());
    }

    /**
     * Removes what the last generation wrote (the content is gone, or generation was turned off), and its record.
     *
     * @return how many files were deleted
     */
    public static int remove(ReaderRequest request) throws IOException {
        ReaderRecord last = ReaderRecord.read(request.recordFile());
        int deleted = last == null ? 0 : delete(last, Set.of(), request);
        Files.deleteIfExists(request.recordFile());
        return deleted;
    }

    /** Whether this Java can compile a reader (a JDK, not a bare runtime). */
    public static boolean compilerAvailable() {
        return ReaderCompiler.available();
    }

    /** The files to write, in a fixed order: the sources, then in the classes folder the sources and classes. */
    private static Map<Path, byte[]> files(ReaderRequest request, Map<String, String> sources,
            Map.Entry<String, String> nativeImage, Map<String, byte[]> classes) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Path src = request.sourceDirectory().toAbsolutePath().normalize();
        Path out = request.classesDirectory().toAbsolutePath().normalize();
        sources.forEach((path, text) -> files.put(src.resolve(path), text.getBytes(StandardCharsets.UTF_8)));
        // The sources first, then the classes: where times matter (a jar without a fixed timestamp), the class
        // files are the newer, which compilers prefer when a jar holds both.
        sources.forEach((path, text) -> files.put(out.resolve(path), text.getBytes(StandardCharsets.UTF_8)));
        classes.forEach((path, bytes) -> files.put(out.resolve(path), bytes));
        files.put(out.resolve(nativeImage.getKey()), nativeImage.getValue().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** A digest of all that decides the files: the sources, the compiler's options and the JDK that compiles. */
    private static String inputs(ReaderRequest request, Map<String, String> sources,
            Map.Entry<String, String> nativeImage) {
        StringBuilder all = new StringBuilder();
        all.append(Runtime.version()).append('\n').append(System.getProperty("java.vendor")).append('\n')
                .append(ReaderCompiler.OPTIONS).append('\n')
                .append(request.sourceDirectory().toAbsolutePath().normalize()).append('\n')
                .append(request.classesDirectory().toAbsolutePath().normalize()).append('\n');
        sources.forEach((path, text) -> all.append(path).append('\n').append(text).append('\0'));
        all.append(nativeImage.getKey()).append('\n').append(nativeImage.getValue());
        return Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes the recorded files that are not {@code kept}, and the folders that leaves empty. */
    private static int delete(ReaderRecord last, Set<Path> kept, ReaderRequest request) throws IOException {
        Set<Path> roots = new HashSet<>(List.of(request.sourceDirectory().toAbsolutePath().normalize(),
                request.classesDirectory().toAbsolutePath().normalize()));
        int deleted = 0;
        for (ReaderRecord.Entry e : last.files()) {
            if (!kept.contains(e.file()) && Files.deleteIfExists(e.file())) {
                deleted++;
                prune(e.file().getParent(), roots);
            }
        }
        return deleted;
    }

    /** Removes {@code folder} and its parents while they are empty, up to one of the roots. */
    private static void prune(Path folder, Set<Path> roots) throws IOException {
        for (Path p = folder; p != null && !roots.contains(p) && roots.stream().anyMatch(p::startsWith);
                p = p.getParent()) {
            try {
                if (!Files.deleteIfExists(p)) {
                    return;
                }
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    /** Writes files whose bytes changed, and counts. */
    private static final class Writes {
        int written;
        int unchanged;

        void write(Path file, byte[] bytes) throws IOException {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                unchanged++;
                return;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            written++;
        }
    }
}

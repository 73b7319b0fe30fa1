package dev.articles.core.reader;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the reader's sources in memory with the JDK's own compiler, independent of the project's compiler
 * settings: always for Java {@value #RELEASE}, with the same options, so the class files are the same bytes on every
 * build with the same JDK.
 */
final class ReaderCompiler {
    /** The oldest Java the reader runs on. */
    static final String RELEASE = "11";
    /** Fixed options: debug information for lines, sources and variables, no annotation processing, all lints. */
    static final List<String> OPTIONS = List.of("--release", RELEASE, "-g", "-encoding", "UTF-8", "-proc:none",
            "-implicit:none", "-Xlint:all", "-Xlint:-options");

    /**
     * What the compiler made.
     *
     * @param classes the class files by path ({@code com/example/blog/BlogArticles.class}), sorted
     * @param errors the compiler's errors (a bug of the generator)
     * @param warnings its warnings (a bug too: the reader compiles without warnings)
     */
    record Output(Map<String, byte[]> classes, List<String> errors, List<String> warnings) {
    }

    private ReaderCompiler() {
    }

    /** Whether this Java has a compiler (a JDK, not a bare runtime). */
    static boolean available() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    /**
     * @param sources the sources by path below a source root
     * @param extraOptions options added to {@link #OPTIONS} (the tests add Javadoc's checks)
     */
    static Output compile(Map<String, String> sources, List<String> extraOptions) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, byte[]> classes = new TreeMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> units.add(new Source(path, text)));
        List<String> options = new ArrayList<>(OPTIONS);
        options.addAll(extraOptions);
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
        StringWriter log = new StringWriter();
        try (JavaFileManager files = new InMemoryOutput(standard, classes)) {
            compiler.getTask(log, files, diagnostics, options, null, units).call();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String where = d.getSource() == null ? "" : d.getSource().getName().substring(1) + ":" + d.getLineNumber()
                    + ": ";
            (d.getKind() == Diagnostic.Kind.ERROR ? errors : warnings).add(where + d.getMessage(Locale.ROOT));
        }
        if (!log.toString().isBlank()) {
            warnings.add(log.toString().strip());
        }
        return new Output(errors.isEmpty() ? classes : Map.of(), errors, warnings);
    }

    /** A source held as text; its name is its path, so the class files name the right source file. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("source:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** Keeps the class files the compiler writes, by path, instead of writing them into a folder. */
    private static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, byte[]> classes;

        InMemoryOutput(StandardJavaFileManager standard, Map<String, byte[]> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            String path = className.replace('.', '/') + kind.extension;
            return new SimpleJavaFileObject(URI.create("class:///" + path), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            synchronized (classes) {
                                classes.put(path, toByteArray());
                            }
                        }
                    };
                }
            };
        }
    }
}

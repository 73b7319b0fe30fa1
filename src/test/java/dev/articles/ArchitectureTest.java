package dev.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine ({@code dev.articles.core}) is plain Java: no Maven or Plexus type may appear in it, so it can run in
 * tests, other build tools and other programs. Checked on the source files, imports and fully qualified names alike.
 */
class ArchitectureTest {
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(org\\s*\\.\\s*apache\\s*\\.\\s*maven|org\\s*\\.\\s*codehaus\\s*\\.\\s*plexus)\\b");

    static Path coreSources() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("src/main/java/dev/articles/core");
    }

    /** Each use of a forbidden package in {@code source}, as {@code line: text}; comments and strings are ignored. */
    static List<String> violations(String source) {
        String code = withoutCommentsAndStrings(source);
        List<String> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        String[] original = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FORBIDDEN.matcher(lines[i]);
            if (m.find()) {
                found.add((i + 1) + ": " + original[i].strip());
            }
        }
        return found;
    }

    /** Blanks comments and string/char literals, keeping line breaks so line numbers stay right. */
    static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (; i < end; i++) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                for (; i < end; i++) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.append(' ');
                i++;
                while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\') {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < s.length() && s.charAt(i) == c) {
                    out.append(' ');
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Test
    void coreUsesNoMavenOrPlexusTypes() throws IOException {
        Path core = coreSources();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(core)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() >= 30, "expected the engine's sources under " + core + ", found " + sources.size());
        List<String> problems = new ArrayList<>();
        for (Path source : sources) {
            for (String v : violations(Files.readString(source, StandardCharsets.UTF_8))) {
                problems.add(core.relativize(source) + ":" + v);
            }
        }
        assertEquals(List.of(), problems, "dev.articles.core must not depend on Maven or Plexus");
    }

    @Test
    void theCheckFindsImportsAndQualifiedNames() {
        assertEquals(List.of("2: import org.apache.maven.plugin.MojoExecutionException;",
                        "3: import static org.codehaus.plexus.util.StringUtils.isEmpty;",
                        "5: org.apache.maven.project.MavenProject project;",
                        "6: org.codehaus .plexus.util.FileUtils f;"),
                violations("""
                        package dev.articles.core;
                        import org.apache.maven.plugin.MojoExecutionException;
                        import static org.codehaus.plexus.util.StringUtils.isEmpty;
                        class X {
                            org.apache.maven.project.MavenProject project;
                            org.codehaus .plexus.util.FileUtils f;
                        }
                        """));
    }

    @Test
    void theCheckIgnoresCommentsAndStrings() {
        assertEquals(List.of(), violations("""
                package dev.articles.core;
                // Unlike org.apache.maven.shared.utils, this has no dependencies.
                /* org.codehaus.plexus
                   org.apache.maven */
                /** See {@link org.apache.maven.plugin.Mojo}. */
                class X {
                    String s = "org.apache.maven";
                    char c = '"';
                    String t = "\\"org.codehaus.plexus\\"";
                }
                """));
    }

    @Test
    void aJavadocLinkIsNotADependencyButCodeAfterACommentIs() {
        assertEquals(List.of("2: /* note */ org.apache.maven.Foo f;"),
                violations("class X {\n/* note */ org.apache.maven.Foo f;\n}\n"));
    }

    /** Every test that writes a bundle checks the written JSON against the shipped schemas. */
    @Test
    void everyTestThatWritesABundleValidatesIt() throws IOException {
        Path tests = coreSources().resolve("../../../../../test/java").normalize();
        List<String> unchecked = new ArrayList<>();
        int writers = 0;
        try (Stream<Path> walk = Files.walk(tests)) {
            for (Path source : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = withoutCommentsAndStrings(Files.readString(source, StandardCharsets.UTF_8));
                if (code.contains("new BundleWriter(")) {
                    writers++;
                    if (!code.contains("BundleSchemas.assertValidBundle(")) {
                        unchecked.add(tests.relativize(source).toString());
                    }
                }
            }
        }
        assertTrue(writers >= 2, "expected tests that write bundles under " + tests);
        assertEquals(List.of(), unchecked, "these tests write bundles without BundleSchemas.assertValidBundle");
    }
}

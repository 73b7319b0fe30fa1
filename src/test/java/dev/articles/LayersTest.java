package dev.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's packages form layers, each using only the ones below it, and no two packages use each other, even
 * through others:
 *
 * <pre>
 * maven                      the mojos
 * core.create, core.preview  goals built on the engine
 * core.build                 the engine: a build as stages, and its memory
 * core.*                     reading, front matter, Jekyll site settings, rendering, checks, rules, bundle,
 *                            reports, state
 * core.settings              what a build is asked to do: plain values
 * core.model                 basic types: Article, Diagnostic, Severity, Rule
 * </pre>
 *
 * Dependencies are read from the sources' imports and fully qualified names.
 */
class LayersTest {
    private static final String ROOT = "dev.articles";
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.articles(?:\\.[a-z][a-z0-9_]*)+)\\.[A-Z]");

    /** The layer of a package (names relative to {@code dev.articles}); a higher layer may use a lower one. */
    static int layer(String pkg) {
        if (pkg.equals("core.model")) {
            return 0;
        }
        if (pkg.equals("core.settings")) {
            return 1;
        }
        if (pkg.equals("core.build")) {
            return 3;
        }
        if (pkg.equals("core.create") || pkg.equals("core.preview")) {
            return 4;
        }
        if (pkg.equals("maven") || pkg.startsWith("maven.") || pkg.startsWith("articles_maven_plugin")) {
            return 5;
        }
        if (pkg.startsWith("core.")) {
            return 2;
        }
        throw new AssertionError("package dev.articles." + pkg + " has no layer: give it one in LayersTest");
    }

    /** Package to the packages its sources use, from {@code src/main/java}. */
    static Map<String, Set<String>> dependencies() throws IOException {
        Path main = ArchitectureTest.coreSources().getParent().getParent().getParent();
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(main.resolve("dev/articles"))) {
            for (Path source : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = main.relativize(source.getParent()).toString().replace('/', '.').replace('\\', '.');
                String self = pkg.substring(ROOT.length() + 1);
                Set<String> used = uses.computeIfAbsent(self, k -> new TreeSet<>());
                String code = ArchitectureTest.withoutCommentsAndStrings(
                        Files.readString(source, StandardCharsets.UTF_8));
                Matcher m = REFERENCE.matcher(code);
                while (m.find()) {
                    String other = m.group(1).substring(ROOT.length() + 1);
                    if (!other.equals(self)) {
                        used.add(other);
                    }
                }
            }
        }
        return uses;
    }

    @Test
    void eachPackageUsesOnlyLowerLayers() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertTrue(uses.size() >= 15, "expected the plugin's packages, found " + uses.keySet());
        assertTrue(!uses.containsKey("core"), "dev.articles.core itself holds no classes: each lives in its layer");
        List<String> upward = new ArrayList<>();
        uses.forEach((pkg, used) -> used.forEach(other -> {
            if (layer(other) > layer(pkg)) {
                upward.add(pkg + " -> " + other);
            }
        }));
        assertEquals(List.of(), upward, "packages that use a higher layer");
    }

    /** Basic types and settings are plain values: no file or stream I/O, no shared caches. */
    @Test
    void basicTypesAndSettingsDoNoIoAndKeepNoCache() throws IOException {
        Pattern forbidden = Pattern.compile("\\bjava\\.io\\.(?!Serial)|\\bFiles\\.|\\bjava\\.nio\\.channels|\\bjava\\.net\\."
                + "|Concurrent(Hash)?Map|static\\s+(final\\s+)?(Map|Set)<");
        Path core = ArchitectureTest.coreSources();
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("model", "settings")) {
            try (Stream<Path> list = Files.list(core.resolve(pkg))) {
                for (Path source : list.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String code = ArchitectureTest.withoutCommentsAndStrings(
                            Files.readString(source, StandardCharsets.UTF_8));
                    Matcher m = forbidden.matcher(code);
                    if (m.find()) {
                        found.add(core.relativize(source) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noPackagesUseEachOther() throws IOException {
        assertEquals(List.of(), cycles(dependencies()), "package cycles");
    }

    @Test
    void theCycleCheckFindsACycleThroughAThirdPackage() {
        Map<String, Set<String>> uses = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d",
                Set.of("a"));
        assertEquals(List.of("[a, b, c]"), cycles(uses));
    }

    /** The strongly connected groups of more than one package (Tarjan), each sorted. */
    static List<String> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<String> found = new ArrayList<>();
        int[] counter = {0};
        for (String pkg : new TreeSet<>(uses.keySet())) {
            if (!index.containsKey(pkg)) {
                connect(pkg, uses, index, low, stack, onStack, found, counter);
            }
        }
        found.sort(null);
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> uses, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<String> found, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, uses, index, low, stack, onStack, found, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> group = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                found.add(group.toString());
            }
        }
    }
}

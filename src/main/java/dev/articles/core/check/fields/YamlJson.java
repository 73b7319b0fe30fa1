package dev.articles.core.check.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articles.core.frontmatter.YamlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The front matter as JSON, for JSON Schema validation. Quoted scalars (and block scalars) are strings; plain scalars
 * are typed by the YAML 1.2 core schema, so {@code reading_time: 9} is the integer 9, {@code draft: true} a boolean
 * and {@code date: 2026-02-05} a string (the core schema has no dates).
 */
final class YamlJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    private YamlJson() {
    }

    static JsonNode of(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return scalar(s);
        }
        if (node instanceof YamlNode.Sequence seq) {
            ArrayNode array = JSON.arrayNode();
            seq.items().forEach(item -> array.add(of(item)));
            return array;
        }
        ObjectNode object = JSON.objectNode();
        ((YamlNode.Mapping) node).entries().forEach((key, entry) -> object.set(key, of(entry.value())));
        return object;
    }

    /** A scalar by the core schema (the strict reader already turned plain {@code null}, {@code ~} and "" into null). */
    static JsonNode scalar(YamlNode.Scalar s) {
        String v = s.value();
        if (v == null) {
            return JSON.nullNode();
        }
        if (s.quoted()) {
            return JSON.textNode(v);
        }
        if (BOOL.matcher(v).matches()) {
            return JSON.booleanNode(v.equalsIgnoreCase("true"));
        }
        if (INT.matcher(v).matches()) {
            return integer(new BigInteger(v.startsWith("+") ? v.substring(1) : v));
        }
        if (OCT.matcher(v).matches()) {
            return integer(new BigInteger(v.substring(2), 8));
        }
        if (HEX.matcher(v).matches()) {
            return integer(new BigInteger(v.substring(2), 16));
        }
        if (FLOAT.matcher(v).matches()) {
            return JSON.numberNode(new BigDecimal(v.startsWith("+") ? v.substring(1) : v));
        }
        if (INF.matcher(v).matches()) {
            return JSON.numberNode(v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (NAN.matcher(v).matches()) {
            return JSON.numberNode(Double.NaN);
        }
        return JSON.textNode(v);
    }

    private static JsonNode integer(BigInteger value) {
        return value.bitLength() < 32 ? JSON.numberNode(value.intValue())
                : value.bitLength() < 64 ? JSON.numberNode(value.longValue()) : JSON.numberNode(value);
    }
}

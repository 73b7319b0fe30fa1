package dev.articles.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * The one JSON layout of every file the plugin writes (bundle and reports): two-space indent, {@code \n} line ends
 * on every platform, {@code "key": value}, empty lists and objects as {@code []} and {@code {}}.
 *
 * <p>Written with Jackson's streaming generator, not its object mapper: the documents are plain maps, lists, strings,
 * numbers, booleans and nulls, and making an {@code ObjectMapper} costs a fresh JVM about 50 ms, on the path of a
 * build that changed one article. The bytes are those the mapper wrote with the same printer and escapes.
 */
public final class JsonOutput {
    private final JsonFactory factory;
    private final DefaultPrettyPrinter printer;

    private JsonOutput(CharacterEscapes escapes) {
        factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (escapes != null) {
            factory.setCharacterEscapes(escapes);
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
    }

    /** The layout with Jackson's standard escapes. */
    public static JsonOutput standard() {
        return new JsonOutput(null);
    }

    /** The layout with {@code escapes} for strings. */
    public static JsonOutput withEscapes(CharacterEscapes escapes) {
        return new JsonOutput(escapes);
    }

    /**
     * {@code value} as JSON text, without a final newline.
     *
     * @param value a {@link Map} (its keys as strings, in its order), an {@link Iterable}, a {@link CharSequence}, a
     *     number, a {@link Boolean} or {@code null}, nested in any way
     * @throws IllegalArgumentException for any other value (a bug: the documents are built of those only)
     */
    public String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.setPrettyPrinter(printer.createInstance()); // the printer keeps the nesting: one per document
            value(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof CharSequence s) {
            g.writeString(s.toString());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}

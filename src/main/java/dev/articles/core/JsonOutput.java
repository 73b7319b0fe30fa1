package dev.articles.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one JSON layout of every file the plugin writes (bundle and reports): two-space indent, {@code \n} line ends
 * on every platform, {@code "key": value}, empty lists and objects as {@code []} and {@code {}}.
 */
public final class JsonOutput {
    private JsonOutput() {
    }

    /** A writer for {@code mapper}'s settings (escapes, say) in that layout. */
    public static ObjectWriter prettyWriter(ObjectMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}

package dev.articles.core.reader;

import java.util.List;

/**
 * A front matter field that the user's schema types and the reader gets an accessor for.
 *
 * @param key the front matter key ({@code cover-image})
 * @param accessor the accessor's name ({@code coverImage})
 * @param kind the type of its value, or of each item of a list
 * @param list whether the value is a list
 * @param required whether every article has it (the schema requires it and does not allow {@code null})
 * @param values the values an enum allows, as written; empty for other kinds
 * @param description the schema's description (or title) of the field, or {@code null}
 */
record ExtraField(String key, String accessor, Kind kind, boolean list, boolean required, List<String> values,
        String description) {

    /** What a value is in Java. */
    enum Kind {
        STRING("String", "String"),
        INTEGER("long", "Long"),
        NUMBER("double", "Double"),
        BOOLEAN("boolean", "Boolean"),
        DATE("LocalDate", "LocalDate"),
        DATE_TIME("OffsetDateTime", "OffsetDateTime"),
        ENUM(null, null);

        private final String plain;
        private final String boxed;

        Kind(String plain, String boxed) {
            this.plain = plain;
            this.boxed = boxed;
        }
    }

    /** Type names the generated class uses: an enum of the same name would hide them. */
    private static final java.util.Set<String> TAKEN_TYPES = java.util.Set.of("String", "Long", "Double", "Boolean",
            "Object", "Integer", "Character", "Math", "System", "Override", "SuppressWarnings",
            "IllegalStateException", "IllegalArgumentException", "NumberFormatException", "List", "Map",
            "Optional", "Collections", "ArrayList", "LocalDate", "LocalDateTime", "OffsetDateTime", "ZoneId",
            "ZoneOffset", "DateTimeException", "Matcher", "Pattern", "Locale");

    /**
     * The name of the field's nested enum type ({@code status} gives {@code Status}; {@code Value} is added when
     * the name is taken).
     *
     * @param outer the enclosing class's name
     */
    String enumType(String outer) {
        String name = JavaText.camel(accessor, true);
        return TAKEN_TYPES.contains(name) || name.equals(outer) ? name + "Value" : name;
    }

    /** The Java type of one value, unboxed where it can be. */
    String plainType(String outer) {
        return kind == Kind.ENUM ? enumType(outer) : kind.plain;
    }

    /** The Java type of one value as an object (for {@code Optional} and {@code List}). */
    String boxedType(String outer) {
        return kind == Kind.ENUM ? enumType(outer) : kind.boxed;
    }

    /** The accessor's return type. */
    String returnType(String outer) {
        if (list) {
            return "List<" + boxedType(outer) + ">";
        }
        return required ? plainType(outer) : "Optional<" + boxedType(outer) + ">";
    }
}

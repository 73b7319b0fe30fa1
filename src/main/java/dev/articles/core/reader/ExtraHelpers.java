package dev.articles.core.reader;

import java.util.List;
import java.util.Set;

/**
 * The private helpers of the extra class that its accessors call: reading a field's text, and turning text into the
 * schema's types as YAML 1.2 reads them (the rule {@code front-matter.schema} checked the values that way).
 */
final class ExtraHelpers {
    private final StringBuilder out;
    private final List<ExtraField> fields;
    private final Set<ExtraField.Kind> kinds;

    ExtraHelpers(StringBuilder out, List<ExtraField> fields, Set<ExtraField.Kind> kinds) {
        this.out = out;
        this.fields = fields;
        this.kinds = kinds;
    }

    void write() {
        boolean required = fields.stream().anyMatch(f -> f.required() && !f.list());
        boolean optional = required || fields.stream().anyMatch(f -> !f.required() && !f.list());
        if (required) {
            text("""
                    /** The text of a field every article has. */
                    private String required(String key) {
                        String value = optional(key);
                        if (value == null) {
                            throw new IllegalStateException("The article " + article + " has no front matter field '"
                                    + key + "', which the schema requires (was the rule front-matter.schema off when "
                                    + "the bundle was built?)");
                        }
                        return value;
                    }
                    """);
        }
        if (optional) {
            text("""
                    /** The text of a field, or {@code null} when the article has none. */
                    private String optional(String key) {
                        Object value = values.get(key);
                        if (value == null || value instanceof String) {
                            return (String) value;
                        }
                        throw problem(key, value, "one value");
                    }
                    """);
        }
        if (fields.stream().anyMatch(ExtraField::list)) {
            text("""
                    /** The texts of a list field; empty when the article has none. */
                    @SuppressWarnings("unchecked")
                    private List<String> list(String key) {
                        Object value = values.get(key);
                        if (value == null) {
                            return Collections.emptyList();
                        }
                        if (!(value instanceof List)) {
                            throw problem(key, value, "a list");
                        }
                        for (Object item : (List<Object>) value) {
                            if (!(item instanceof String)) {
                                throw problem(key, value, "a list of values");
                            }
                        }
                        return (List<String>) value;
                    }
                    """);
        }
        if (!fields.isEmpty()) {
            text("""
                    private IllegalStateException problem(String key, Object value, String expected) {
                        return new IllegalStateException("The front matter field '" + key + "' of the article "
                                + article + " is " + value + ", not " + expected + " as the schema declares (was the "
                                + "rule front-matter.schema off when the bundle was built?)");
                    }
                    """);
        }
        conversions();
    }

    private void conversions() {
        numbers();
        dates();
        if (kinds.contains(ExtraField.Kind.ENUM)) {
            text("""
                    /** The constant whose value is {@code value}. */
                    private <E> E choice(String key, String value, E[] choices) {
                        for (E choice : choices) {
                            if (choice.toString().equals(value)) {
                                return choice;
                            }
                        }
                        throw problem(key, value, "one of " + Arrays.toString(choices));
                    }
                    """);
        }
    }

    private void numbers() {
        if (kinds.contains(ExtraField.Kind.INTEGER)) {
            text("""
                    /** A whole number: decimal, {@code 0x} hexadecimal or {@code 0o} octal. */
                    private long whole(String key, String value) {
                        String v = value.strip();
                        try {
                            if (v.startsWith("0x")) {
                                return Long.parseLong(v.substring(2), 16);
                            }
                            if (v.startsWith("0o")) {
                                return Long.parseLong(v.substring(2), 8);
                            }
                            return Long.parseLong(v);
                        } catch (NumberFormatException e) {
                            throw problem(key, value, "a whole number");
                        }
                    }
                    """);
        }
        if (kinds.contains(ExtraField.Kind.NUMBER)) {
            text("""
                    /** A number, {@code .inf}, {@code -.inf} and {@code .nan} included. */
                    private double decimal(String key, String value) {
                        String v = value.strip().toLowerCase(Locale.ROOT);
                        if (v.equals(".inf") || v.equals("+.inf")) {
                            return Double.POSITIVE_INFINITY;
                        }
                        if (v.equals("-.inf")) {
                            return Double.NEGATIVE_INFINITY;
                        }
                        if (v.equals(".nan")) {
                            return Double.NaN;
                        }
                        try {
                            return Double.parseDouble(v);
                        } catch (NumberFormatException e) {
                            throw problem(key, value, "a number");
                        }
                    }
                    """);
        }
        if (kinds.contains(ExtraField.Kind.BOOLEAN)) {
            text("""
                    /** {@code true} or {@code false} (also with a capital, or all capitals). */
                    private boolean flag(String key, String value) {
                        switch (value.strip()) {
                            case "true":
                            case "True":
                            case "TRUE":
                                return true;
                            case "false":
                            case "False":
                            case "FALSE":
                                return false;
                            default:
                                throw problem(key, value, "true or false");
                        }
                    }
                    """);
        }
    }

    private void dates() {
        if (kinds.contains(ExtraField.Kind.DATE)) {
            text("""
                    /** A date, {@code 2026-02-05}. */
                    private LocalDate day(String key, String value) {
                        try {
                            return LocalDate.parse(value.strip());
                        } catch (DateTimeException e) {
                            throw problem(key, value, "a date (yyyy-mm-dd)");
                        }
                    }
                    """);
        }
        if (kinds.contains(ExtraField.Kind.DATE_TIME)) {
            text("""
                    /**
                     * A date and time as front matter has them: {@code 2026-02-05T17:08:42+09:00},
                     * {@code 2026-02-05 17:08:42 +0900}, {@code 2026-02-05 17:08}, {@code 2026-02-05}; without an
                     * offset, in {@link #ZONE}.
                     */
                    private OffsetDateTime dateTime(String key, String value) {
                        Matcher m = DATE_TIME.matcher(value.strip());
                        if (!m.matches()) {
                            throw problem(key, value, "a date and time");
                        }
                        try {
                            String fraction = m.group(7) == null ? "" : m.group(7);
                            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)),
                                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), number(m.group(4)),
                                    number(m.group(5)), number(m.group(6)),
                                    number((fraction + "000000000").substring(0, 9)));
                            String offset = m.group(8);
                            return offset == null ? local.atZone(ZONE).toOffsetDateTime()
                                    : local.atOffset(ZoneOffset.of(offset.toUpperCase(Locale.ROOT)));
                        } catch (DateTimeException e) {
                            throw problem(key, value, "a date and time");
                        }
                    }

                    private static int number(String digits) {
                        return digits == null ? 0 : Integer.parseInt(digits);
                    }
                    """);
        }
    }

    /** A member's source, indented for its place in the class. */
    private void text(String member) {
        out.append('\n');
        member.lines().forEach(l -> out.append(l.isEmpty() ? "" : "    " + l).append('\n'));
    }
}

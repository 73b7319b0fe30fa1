package dev.articles.core.reader;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Java source of the reader's extra class ({@code BlogExtra}): an accessor for each field the front matter schema
 * types ({@link ExtraSchema}), and the map of all extra fields. Only the helpers the accessors use are written, so
 * the class reads as what it is.
 */
final class ExtraSource {
    private final ReaderNames names;
    private final ExtraSchema schema;
    private final ZoneId zone;
    private final String generator;
    private final String bundle;
    private final Set<ExtraField.Kind> kinds = EnumSet.noneOf(ExtraField.Kind.class);
    private final StringBuilder out = new StringBuilder();

    /**
     * @param zone the zone of dates and times written without an offset (the build's {@code timeZone})
     * @param generator the plugin's version, named in the Javadoc
     */
    ExtraSource(ReaderNames names, ExtraSchema schema, ZoneId zone, String generator, String bundle) {
        this.names = names;
        this.schema = schema;
        this.zone = zone;
        this.generator = generator;
        this.bundle = bundle;
        schema.fields().forEach(f -> kinds.add(f.kind()));
    }

    /** The source text. */
    String text() {
        out.append("package ").append(names.packageName()).append(";\n\n");
        imports();
        classDoc();
        String cls = names.extraClass();
        out.append("public final class ").append(cls).append(" {\n");
        if (kinds.contains(ExtraField.Kind.DATE_TIME)) {
            line("/** The zone of dates and times written without an offset: the build's {@code timeZone}. */");
            line("private static final ZoneId ZONE = ZoneId.of(" + JavaText.literal(zone.getId()) + ");");
            line("private static final Pattern DATE_TIME = Pattern.compile(");
            line("        \"(\\\\d{4})-(\\\\d{1,2})-(\\\\d{1,2})\"");
            line("        + \"(?:[Tt ]+(\\\\d{1,2}):(\\\\d{2})(?::(\\\\d{2})(?:\\\\.(\\\\d{1,9}))?)?)?\"");
            line("        + \"\\\\s*(Z|z|[+-]\\\\d{1,2}(?::?\\\\d{2})?)?\");");
            out.append('\n');
        }
        line("private final Map<String, Object> values;");
        line("private final String article;");
        out.append('\n');
        line(cls + "(Map<String, Object> values, String article) {");
        line("    this.values = values == null ? Collections.<String, Object>emptyMap() : values;");
        line("    this.article = article;");
        line("}");
        for (ExtraField field : schema.fields()) {
            accessor(field);
        }
        out.append('\n');
        doc("Every extra field as written in the front matter, typed above or not: strings, {@code null}, lists and",
                "maps of those, in written order.", "", "@return the fields, unmodifiable");
        line("public Map<String, Object> asMap() {");
        line("    return values;");
        line("}");
        out.append('\n');
        line("@Override");
        line("public String toString() {");
        line("    return \"" + cls + "\" + values;");
        line("}");
        for (ExtraField field : schema.fields()) {
            if (field.kind() == ExtraField.Kind.ENUM) {
                enumType(field);
            }
        }
        new ExtraHelpers(out, schema.fields(), kinds).write();
        out.append("}\n");
        return out.toString();
    }

    private void imports() {
        Set<String> imports = new TreeSet<>(List.of("java.util.Collections", "java.util.Map"));
        for (ExtraField f : schema.fields()) {
            if (f.list()) {
                imports.add("java.util.List");
                if (f.kind() != ExtraField.Kind.STRING) {
                    imports.add("java.util.ArrayList");
                }
            } else if (!f.required()) {
                imports.add("java.util.Optional");
            }
            switch (f.kind()) {
                case DATE -> {
                    imports.add("java.time.LocalDate");
                    imports.add("java.time.DateTimeException");
                }
                case DATE_TIME -> imports.addAll(List.of("java.time.DateTimeException", "java.time.LocalDateTime",
                        "java.time.OffsetDateTime", "java.time.ZoneId", "java.time.ZoneOffset",
                        "java.util.regex.Matcher", "java.util.regex.Pattern", "java.util.Locale"));
                case NUMBER -> imports.add("java.util.Locale");
                case ENUM -> imports.add("java.util.Arrays");
                default -> {
                }
            }
        }
        if (schema.fields().stream().anyMatch(ExtraField::list)) {
            imports.add("java.util.List");
        }
        imports.forEach(i -> out.append("import ").append(i).append(";\n"));
        out.append('\n');
    }

    private void classDoc() {
        String about = "The front matter fields of an article of bundle '" + bundle + "' that the plugin does not "
                + "interpret (its {@code extra}), ";
        if (schema.schemaName() == null) {
            about += "in {@link #asMap()}. No front matter schema was given ({@code frontMatterSchema}); with one, "
                    + "each field it types gets an accessor here.";
        } else {
            about += "typed as the front matter schema {@code " + JavaText.doc(schema.schemaName()) + "} declares "
                    + "them; every field, typed or not, is in {@link #asMap()}.";
        }
        out.append("/**\n");
        JavaText.wrap(about, 112).forEach(l -> out.append(" * ").append(l).append('\n'));
        if (!schema.untyped().isEmpty()) {
            out.append(" *\n");
            JavaText.wrap("<p>Declared without a type this reader gives, so in {@link #asMap()} only: "
                    + JavaText.doc(String.join(", ", schema.untyped())) + ".", 112)
                    .forEach(l -> out.append(" * ").append(l).append('\n'));
        }
        out.append(" *\n * <p>Generated by articles-maven-plugin ").append(generator).append("; do not edit.\n */\n");
    }

    private void accessor(ExtraField f) {
        out.append('\n');
        String about = f.description() == null ? "" : sentence(JavaText.doc(f.description())) + " ";
        String returns = f.list() ? "@return the values, unmodifiable; empty when the article has none"
                : f.required() ? "@return the value" : "@return the value, or empty when the article has none";
        doc(about + "Front matter {@code " + JavaText.doc(f.key()) + "}" + typeNote(f) + ".", "", returns);
        String type = f.returnType(names.extraClass());
        String key = JavaText.literal(f.key());
        line("public " + type + " " + f.accessor() + "() {");
        if (f.list() && f.kind() == ExtraField.Kind.STRING) {
            line("    return list(" + key + ");");
        } else if (f.list()) {
            line("    List<" + f.boxedType(names.extraClass()) + "> out = new ArrayList<>();");
            line("    for (String value : list(" + key + ")) {");
            line("        out.add(" + convert(f, "value") + ");");
            line("    }");
            line("    return Collections.unmodifiableList(out);");
        } else if (f.required()) {
            line("    return " + convert(f, "required(" + key + ")") + ";");
        } else {
            line("    String value = optional(" + key + ");");
            line("    return value == null ? Optional.empty() : Optional.of(" + convert(f, "value") + ");");
        }
        line("}");
    }

    /** {@code text} ending with a full stop. */
    private static String sentence(String text) {
        return text.matches(".*[.!?\u3002\uFF01\uFF1F]$") ? text : text + ".";
    }

    /** What the accessor says about how the text is read. */
    private static String typeNote(ExtraField f) {
        return switch (f.kind()) {
            case INTEGER -> ", a whole number";
            case NUMBER -> ", a number";
            case BOOLEAN -> ", {@code true} or {@code false}";
            case DATE -> ", a date ({@code 2026-02-05})";
            case DATE_TIME -> ", a date and time (without an offset, in the build's {@code timeZone})";
            case ENUM -> ", one of " + JavaText.doc(String.join(", ", f.values()));
            default -> "";
        };
    }

    /** The expression turning the text {@code value} into the field's type. */
    private String convert(ExtraField f, String value) {
        String key = JavaText.literal(f.key());
        return switch (f.kind()) {
            case STRING -> value;
            case INTEGER -> "whole(" + key + ", " + value + ")";
            case NUMBER -> "decimal(" + key + ", " + value + ")";
            case BOOLEAN -> "flag(" + key + ", " + value + ")";
            case DATE -> "day(" + key + ", " + value + ")";
            case DATE_TIME -> "dateTime(" + key + ", " + value + ")";
            case ENUM -> "choice(" + key + ", " + value + ", " + f.enumType(names.extraClass()) + ".values())";
        };
    }

    private void enumType(ExtraField f) {
        out.append('\n');
        String type = f.enumType(names.extraClass());
        doc("The values of {@code " + JavaText.doc(f.key()) + "} the schema allows; {@link #toString()} is the value "
                + "as written.");
        line("public enum " + type + " {");
        List<String> constants = EnumConstants.of(f.values());
        for (int i = 0; i < constants.size(); i++) {
            line("    /** {@code " + JavaText.doc(f.values().get(i)) + "} */");
            line("    " + constants.get(i) + "(" + JavaText.literal(f.values().get(i)) + ")"
                    + (i == constants.size() - 1 ? ";" : ","));
        }
        out.append('\n');
        line("    private final String value;");
        out.append('\n');
        line("    " + type + "(String value) {");
        line("        this.value = value;");
        line("    }");
        out.append('\n');
        line("    /**");
        line("     * The value as written in the front matter.");
        line("     *");
        line("     * @return the value");
        line("     */");
        line("    public String value() {");
        line("        return value;");
        line("    }");
        out.append('\n');
        line("    @Override");
        line("    public String toString() {");
        line("        return value;");
        line("    }");
        line("}");
    }

    /** A Javadoc comment of the given lines at member level. */
    private void doc(String... lines) {
        line("/**");
        for (String l : lines) {
            for (String part : JavaText.wrap(l, 110)) {
                line(part.isEmpty() ? " *" : " * " + part);
            }
        }
        line(" */");
    }

    private void line(String text) {
        out.append("    ").append(text).append('\n');
    }
}

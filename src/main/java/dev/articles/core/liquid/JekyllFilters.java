package dev.articles.core.liquid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.articles.core.site.JekyllSlugify;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import liqp.TemplateContext;
import liqp.filters.Filter;
import liqp.filters.Filters;

/**
 * The filters Jekyll adds to Liquid that Liqp's Jekyll flavour lacks ({@code relative_url}, {@code absolute_url},
 * {@code where}, {@code where_exp}, {@code push} ... are Liqp's own). Dates are written with Liqp's {@code date}
 * filter, in Jekyll's formats.
 */
final class JekyllFilters {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JekyllFilters() {
    }

    /** The filters; {@code markdownify} renders with {@code markdown} (Markdown to HTML). */
    static List<Filter> all(UnaryOperator<String> markdown) {
        List<Filter> filters = new ArrayList<>();
        filters.add(dateFilter("date_to_xmlschema", "%Y-%m-%dT%H:%M:%S%:z"));
        filters.add(dateFilter("date_to_rfc822", "%a, %d %b %Y %H:%M:%S %z"));
        filters.add(dateFilter("date_to_string", "%d %b %Y"));
        filters.add(dateFilter("date_to_long_string", "%d %B %Y"));
        filters.add(filter("xml_escape", (v, c, p, f) -> v == null ? "" : xmlEscape(f.asString(v, c))));
        filters.add(filter("cgi_escape", (v, c, p, f) -> URLEncoder.encode(f.asString(v, c), StandardCharsets.UTF_8)));
        filters.add(filter("uri_escape", (v, c, p, f) -> uriEscape(f.asString(v, c))));
        filters.add(filter("jsonify", (v, c, p, f) -> json(v)));
        filters.add(filter("markdownify", (v, c, p, f) -> markdown.apply(PositionMarks.remove(f.asString(v, c)))));
        filters.add(filter("smartify", (v, c, p, f) -> f.asString(v, c)));
        filters.add(filter("slugify", (v, c, p, f) -> {
            String mode = p.length > 0 ? f.asString(p[0], c) : null;
            return Objects.requireNonNullElse(JekyllSlugify.slugify(f.asString(v, c),
                    JekyllSlugify.Mode.of(mode), false), "");
        }));
        filters.add(filter("number_of_words", (v, c, p, f) -> {
            String text = f.asString(v, c).strip();
            return text.isEmpty() ? 0 : text.split("\\s+").length;
        }));
        filters.add(filter("array_to_sentence_string", (v, c, p, f) -> {
            Object[] items = f.asArray(v, c);
            String connector = p.length > 0 ? f.asString(p[0], c) : "and";
            List<String> words = new ArrayList<>();
            for (Object item : items) {
                words.add(f.asString(item, c));
            }
            return switch (words.size()) {
                case 0 -> "";
                case 1 -> words.get(0);
                case 2 -> words.get(0) + " " + connector + " " + words.get(1);
                default -> String.join(", ", words.subList(0, words.size() - 1)) + ", " + connector + " "
                        + words.get(words.size() - 1);
            };
        }));
        filters.add(filter("group_by", (v, c, p, f) -> groupBy(v, c, p, f)));
        filters.add(filter("to_integer", (v, c, p, f) -> {
            try {
                return f.asNumber(v).longValue();
            } catch (RuntimeException e) {
                return 0;
            }
        }));
        filters.add(filter("inspect", (v, c, p, f) -> json(v)));
        filters.add(filter("sample", (v, c, p, f) -> {
            Object[] items = f.asArray(v, c);
            return items.length == 0 ? null : items[0]; // Jekyll picks at random; a build must be repeatable
        }));
        filters.add(filter("find", (v, c, p, f) -> {
            if (p.length < 2) {
                return null;
            }
            String key = f.asString(p[0], c);
            String wanted = f.asString(p[1], c);
            for (Object item : f.asArray(v, c)) {
                if (f.isMap(item) && wanted.equals(f.asString(f.asMap(item).get(key), c))) {
                    return item;
                }
            }
            return null;
        }));
        return filters;
    }

    /** A filter's work: the value, the context, the parameters and the filter (for Liqp's conversions). */
    @FunctionalInterface
    private interface Body {
        Object apply(Object value, TemplateContext context, Object[] params, Filter self);
    }

    private static Filter filter(String name, Body body) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return body.apply(value, context, params, this);
            }
        };
    }

    private static Filter dateFilter(String name, String format) {
        Filter date = Filters.JEKYLL_FILTERS.get("date");
        return filter(name, (v, c, p, f) -> v == null || "".equals(v) ? v : date.apply(v, c, format));
    }

    private static Object groupBy(Object value, TemplateContext context, Object[] params, Filter f) {
        String key = params.length > 0 ? f.asString(params[0], context) : "";
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (Object item : f.asArray(value, context)) {
            String name = f.isMap(item) ? f.asString(f.asMap(item).get(key), context) : "";
            groups.computeIfAbsent(name, k -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((name, items) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", name);
            group.put("items", items);
            group.put("size", items.size());
            out.add(group);
        });
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    static String xmlEscape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Percent-encodes what may not stand in a URI as it is (spaces, non-ASCII), keeping its reserved characters. */
    private static String uriEscape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 32 && c < 127 && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}

package dev.articles.core.preview;

import dev.articles.core.link.Destination;
import java.util.ArrayList;
import java.util.List;

/**
 * URL paths of the preview: split into decoded segments (each decoded on its own, so {@code %2F} never becomes a
 * separator) and built from them (each percent-encoded). A segment that could leave a folder is refused.
 */
final class PreviewPaths {

    private PreviewPaths() {
    }

    /**
     * The decoded segments of a raw path ({@code /articles/%E6%97%A5} gives {@code [articles, 日]}); a trailing
     * {@code /} is ignored. {@code null} when the path does not start with {@code /}, has an empty, {@code .} or
     * {@code ..} segment, or a bad escape or invalid UTF-8.
     */
    static List<String> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1)
                : rawPath;
        List<String> segments = new ArrayList<>();
        if (path.equals("/")) {
            return segments;
        }
        for (String raw : path.substring(1).split("/", -1)) {
            String decoded = decode(raw);
            if (decoded == null || !safeSegment(decoded)) {
                return null;
            }
            segments.add(decoded);
        }
        return segments;
    }

    /** Whether a decoded segment names something inside its folder: not empty, not a dot name, no separator. */
    static boolean safeSegment(String segment) {
        return segment != null && !segment.isEmpty() && !segment.equals(".") && !segment.equals("..")
                && segment.indexOf('/') < 0 && segment.indexOf('\\') < 0 && segment.indexOf('\0') < 0;
    }

    /** A segment percent-encoded for a URL path: everything but unreserved characters, as UTF-8. */
    static String encode(String segment) {
        return Destination.percentEncode(segment, "-._~");
    }

    /**
     * The decoded value of the parameter {@code name} in a raw query ({@code name=%E6%97%A5} gives {@code 日}), the
     * first if it is given twice; {@code null} when the query lacks it or its value has a bad escape or invalid UTF-8.
     */
    static String queryValue(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String raw) {
        return Destination.percentDecodeStrict(raw);
    }
}

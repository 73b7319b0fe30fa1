package dev.articles.core.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Ruby's two glob dialects that Jekyll 4.3.1 uses on paths, as regular expressions: {@code File.fnmatch?} without
 * flags for {@code exclude} and {@code include} ({@code *} crosses folders there, so {@code docs/*.txt} also
 * excludes {@code docs/old/a.txt}), and {@code Dir.glob} for the glob paths of {@code defaults} scopes ({@code *}
 * stays within a folder, {@code **}{@code /} spans any number of folders, {@code {a,b}} gives alternatives, and a
 * wildcard does not match a name's leading dot).
 */
final class RubyGlob {
    /** Compiled patterns: a site has a few, matched against every path of the walk. */
    private static final Map<String, Pattern> FNMATCH = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> GLOB = new ConcurrentHashMap<>();

    private RubyGlob() {
    }

    /** A compiled pattern from {@code cache}; the cache is emptied when it grows large (a long-lived JVM). */
    private static Pattern cached(Map<String, Pattern> cache, String key, Function<String, Pattern> compile) {
        if (cache.size() > 1_000) {
            cache.clear();
        }
        return cache.computeIfAbsent(key, compile);
    }

    /** {@code File.fnmatch?(pattern, path)}: the whole path matches, {@code *} and {@code ?} match {@code /} too. */
    static boolean fnmatch(String pattern, String path) {
        return cached(FNMATCH, pattern, RubyGlob::fnmatchPattern).matcher(path).matches();
    }

    private static Pattern fnmatchPattern(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            i = appendToken(pattern, i, regex, false);
        }
        String dotRule = pattern.startsWith(".") ? "" : "(?!\\.)";
        return Pattern.compile(dotRule + regex, Pattern.DOTALL);
    }

    /**
     * Whether {@code Dir.glob(pattern)} run in the site folder would list {@code path}; {@code directory} says
     * whether {@code path} is a folder (a pattern ending in {@code /} lists only folders).
     */
    static boolean globMatches(String pattern, String path, boolean directory) {
        for (String alternative : braces(pattern)) {
            boolean dirsOnly = alternative.endsWith("/");
            String body = dirsOnly ? alternative.replaceAll("/+$", "") : alternative;
            if ((directory || !dirsOnly) && cached(GLOB, body, b -> Pattern.compile(segments(b)))
                    .matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String segments(String pattern) {
        StringBuilder regex = new StringBuilder();
        String[] parts = pattern.split("/", -1);
        for (int s = 0; s < parts.length; s++) {
            String part = parts[s];
            boolean last = s == parts.length - 1;
            if (part.equals("**") && !last) {
                regex.append("(?:(?!\\.)[^/]*/)*"); // "**/": no folder or any folders, none of them hidden
                continue;
            }
            regex.append(part.startsWith(".") ? "" : "(?!\\.)");
            int i = 0;
            while (i < part.length()) {
                i = appendToken(part, i, regex, true);
            }
            if (!last) {
                regex.append('/');
            }
        }
        return regex.toString();
    }

    /** Appends the regex of the pattern token at {@code i}; returns the index after it. */
    private static int appendToken(String pattern, int i, StringBuilder regex, boolean inFolder) {
        char c = pattern.charAt(i);
        if (c == '*') {
            regex.append(inFolder ? "[^/]*" : ".*");
        } else if (c == '?') {
            regex.append(inFolder ? "[^/]" : ".");
        } else if (c == '\\' && i + 1 < pattern.length()) {
            regex.append(Pattern.quote(String.valueOf(pattern.charAt(i + 1))));
            return i + 2;
        } else if (c == '[') {
            int end = classEnd(pattern, i);
            if (end > 0) {
                regex.append(charClass(pattern.substring(i + 1, end), inFolder));
                return end + 1;
            }
            regex.append("\\[");
        } else {
            regex.append(Pattern.quote(String.valueOf(c)));
        }
        return i + 1;
    }

    private static int classEnd(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        return pattern.indexOf(']', i);
    }

    private static String charClass(String body, boolean inFolder) {
        boolean negated = body.startsWith("!") || body.startsWith("^");
        String members = negated ? body.substring(1) : body;
        StringBuilder out = new StringBuilder(negated ? "[^" : "[");
        if (negated && inFolder) {
            out.append('/');
        }
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            boolean range = c == '-' && i > 0 && i < members.length() - 1;
            out.append(!range && "\\[]^&-".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
        }
        return out.append(']').toString();
    }

    /** The pattern with each {@code {a,b}} expanded, as {@code Dir.glob} does (nested braces included). */
    static List<String> braces(String pattern) {
        int open = -1;
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{' && depth++ == 0) {
                open = i;
            } else if (c == '}' && depth > 0 && --depth == 0) {
                return expand(pattern, open, i);
            }
        }
        return List.of(pattern);
    }

    private static List<String> expand(String pattern, int open, int close) {
        List<String> out = new ArrayList<>();
        String head = pattern.substring(0, open);
        String tail = pattern.substring(close + 1);
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i <= close; i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if ((c == ',' && depth == 0) || i == close) {
                out.addAll(braces(head + pattern.substring(start, i) + tail));
                start = i + 1;
            }
        }
        return out;
    }
}

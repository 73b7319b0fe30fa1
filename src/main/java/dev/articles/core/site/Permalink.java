package dev.articles.core.site;

import dev.articles.core.link.Destination;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article lives on the site, below the site's address: a path pattern such as {@code /articles/{slug}/}
 * or {@code /{year}/{month}/{slug}.html}. Placeholders: {@code {slug}} (required, so every article has its own
 * address), {@code {year}}, {@code {month}}, {@code {day}} of the article's date in the offset written in it. The
 * addresses made are ASCII: the slug's other characters are percent-encoded as UTF-8.
 */
public final class Permalink {
    /** The pattern used when none is configured. */
    public static final String DEFAULT = "/articles/{slug}/";
    /** The placeholders a pattern may use. */
    public static final List<String> PLACEHOLDERS = List.of("slug", "year", "month", "day");

    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    /** RFC 3986 path characters ({@code pchar} and {@code /}), with percent-escapes. */
    private static final Pattern LITERAL = Pattern.compile("(?:[A-Za-z0-9._~!$&()*+,;=:@/-]|%[0-9A-Fa-f]{2})*");
    /**
     * Characters a path segment may hold as they are (RFC 3986 {@code pchar} without escapes), less {@code '}, which
     * the sitemap protocol wants escaped and is simplest percent-encoded.
     */
    private static final String SEGMENT_KEPT = "-._~!$&()*+,;=:@";

    private final String pattern;
    /** Literal text and placeholder names, alternating: literal, name, literal, ..., literal. */
    private final List<String> parts;

    private Permalink(String pattern, List<String> parts) {
        this.pattern = pattern;
        this.parts = parts;
    }

    /**
     * @throws IllegalArgumentException with {@link #problem}'s message when the pattern is unusable
     */
    public static Permalink of(String pattern) {
        String problem = problem(pattern);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = BRACES.matcher(pattern);
        int at = 0;
        while (m.find()) {
            parts.add(pattern.substring(at, m.start()));
            parts.add(m.group(1));
            at = m.end();
        }
        parts.add(pattern.substring(at));
        return new Permalink(pattern, List.copyOf(parts));
    }

    /** Why a pattern is unusable, or {@code null}. */
    public static String problem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return "the permalink pattern is empty; write a path such as " + DEFAULT;
        }
        if (!pattern.startsWith("/")) {
            return "the permalink pattern '" + pattern + "' must start with '/' (it is a path below siteUrl), such"
                    + " as " + DEFAULT;
        }
        Matcher m = BRACES.matcher(pattern);
        StringBuilder literal = new StringBuilder();
        StringBuilder sample = new StringBuilder();
        int at = 0;
        boolean slug = false;
        while (m.find()) {
            String name = m.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                return "the permalink pattern '" + pattern + "' has the unknown placeholder {" + name + "}; use "
                        + placeholders();
            }
            slug |= name.equals("slug");
            literal.append(pattern, at, m.start());
            sample.append(pattern, at, m.start()).append('x');
            at = m.end();
        }
        literal.append(pattern.substring(at));
        sample.append(pattern.substring(at));
        if (literal.indexOf("{") >= 0 || literal.indexOf("}") >= 0) {
            return "the permalink pattern '" + pattern + "' has an unclosed or nested '{'; placeholders are "
                    + placeholders();
        }
        if (!slug) {
            return "the permalink pattern '" + pattern + "' must contain {slug}, so that every article gets its own"
                    + " address";
        }
        if (!LITERAL.matcher(literal).matches()) {
            return "the permalink pattern '" + pattern + "' contains characters that are not allowed in a URL path"
                    + " (such as space, quotes, '?', '#' or non-ASCII text); percent-encode them";
        }
        for (String segment : sample.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "the permalink pattern '" + pattern + "' contains the segment '" + segment + "'";
            }
        }
        if (sample.indexOf("//") >= 0) {
            return "the permalink pattern '" + pattern + "' contains an empty segment ('//')";
        }
        return null;
    }

    private static String placeholders() {
        return PLACEHOLDERS.stream().map(p -> "{" + p + "}").reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The path of an article: the pattern with its placeholders filled in. */
    public String path(String slug, OffsetDateTime date) {
        StringBuilder sb = new StringBuilder(pattern.length() + slug.length() * 3);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                sb.append(part);
            } else {
                sb.append(switch (part) {
                    case "slug" -> segment(slug);
                    case "year" -> padded(date.getYear(), 4);
                    case "month" -> padded(date.getMonthValue(), 2);
                    case "day" -> padded(date.getDayOfMonth(), 2);
                    default -> throw new IllegalStateException("unchecked placeholder " + part);
                });
            }
        }
        return sb.toString();
    }

    /** A number with leading zeros (String.format is slow for the 50,000 addresses of a sitemap). */
    private static String padded(int value, int digits) {
        String s = Integer.toString(value);
        return s.length() >= digits || value < 0 ? s : "0".repeat(digits - s.length()) + s;
    }

    /**
     * The folder the articles' addresses share: the pattern up to the last {@code /} before its first placeholder
     * ({@code /articles/} for {@code /articles/{slug}/}). The bundle's relative links assume the articles and the
     * {@code assets/} folder side by side there.
     */
    public String folder() {
        String head = parts.get(0);
        return head.substring(0, head.lastIndexOf('/') + 1);
    }

    /** Whether the addresses hold a part of the article's date ({@code {year}}, {@code {month}} or {@code {day}}). */
    public boolean usesDate() {
        for (int i = 1; i < parts.size(); i += 2) {
            if (!parts.get(i).equals("slug")) {
                return true;
            }
        }
        return false;
    }

    /** The pattern as configured. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** Text as one URL path segment: unreserved characters and sub-delimiters kept, everything else percent-encoded. */
    static String segment(String text) {
        return Destination.percentEncode(text, SEGMENT_KEPT);
    }
}

package dev.articles.core.link;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a link or image address may reach a web page. Browsers drop tabs, new lines and leading control
 * characters or spaces from an address before they read its scheme, so {@code java&#9;script:} runs as
 * {@code javascript:}; the address is therefore judged the way a browser reads it: entities already decoded by the
 * caller, then every control character and white space removed, then its scheme (if any) compared without case.
 * Only {@code http}, {@code https} and {@code mailto} and addresses without a scheme (relative paths, {@code #part},
 * {@code ?query}, {@code //host/...}) are safe.
 */
public final class UrlSafety {
    /** The schemes an article may use. */
    public static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");

    private UrlSafety() {
    }

    /**
     * The address as a browser reads it: control characters (C0, DEL, C1), white space and invisible format
     * characters (zero-width space, BOM...) removed.
     */
    public static String normalized(String decodedUrl) {
        StringBuilder sb = new StringBuilder(decodedUrl.length());
        for (int i = 0; i < decodedUrl.length(); ) {
            int cp = decodedUrl.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isISOControl(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                    && Character.getType(cp) != Character.FORMAT) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** The address's scheme in lower case, or {@code null} when it has none (relative, fragment). */
    public static String scheme(String decodedUrl) {
        Matcher m = SCHEME.matcher(normalized(decodedUrl));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** Whether the address (entities decoded) is safe in a page. */
    public static boolean isSafe(String decodedUrl) {
        String scheme = scheme(decodedUrl);
        return scheme == null || SAFE_SCHEMES.contains(scheme);
    }
}

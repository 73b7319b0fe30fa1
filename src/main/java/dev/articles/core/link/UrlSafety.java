package dev.articles.core.link;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a link or image address may reach a web page. Browsers drop tabs, new lines and leading control
 * characters or spaces from an address before they read its scheme, so {@code java&#9;script:} runs as
 * {@code javascript:}; the address is therefore judged the way a browser reads it: entities already decoded by the
 * caller, then every control character and white space removed, then its scheme (if any) compared without case.
 *
 * <p>Three verdicts: addresses without a scheme (relative paths, {@code #part}, {@code ?query}, {@code //host/...})
 * and those with {@code http}, {@code https}, {@code mailto} or a scheme the user allowed
 * ({@code allowedUrlSchemes}) are {@link Verdict#ALLOWED}; {@link #DANGEROUS_SCHEMES} (they run code or open local
 * files: {@code javascript:}, {@code vbscript:}, {@code data:} but for raster images, {@code file:}) are
 * {@link Verdict#DANGEROUS} and can never be allowed; any other scheme ({@code ftp:}, {@code irc:}, made-up ones)
 * is {@link Verdict#NOT_ALLOWED}: harmless, but not published unless allowed.
 */
public final class UrlSafety {
    /** The schemes an article may always use. */
    public static final Set<String> DEFAULT_SCHEMES = Set.of("http", "https", "mailto");
    /** Schemes that can run code or open local files; never allowed. */
    public static final Set<String> DANGEROUS_SCHEMES = Set.of("javascript", "vbscript", "livescript", "data",
            "file");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    /** A {@code data:} raster image: shown, never run, so merely not allowed rather than dangerous. */
    private static final Pattern DATA_IMAGE = Pattern.compile(
            "^data:image/(?:png|gif|jpeg|jpg|webp|avif|bmp)[;,]", Pattern.CASE_INSENSITIVE);

    /** How an address is treated. */
    public enum Verdict {
        /** Published as written. */
        ALLOWED,
        /** A scheme that is not on the allow-list: removed from the published HTML. */
        NOT_ALLOWED,
        /** A scheme that can run code or open local files: removed from the published HTML. */
        DANGEROUS
    }

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

    /**
     * The verdict on an address (entities decoded).
     *
     * @param allowedSchemes schemes allowed besides {@link #DEFAULT_SCHEMES}, lower case; dangerous ones are ignored
     */
    public static Verdict verdict(String decodedUrl, Collection<String> allowedSchemes) {
        String scheme = scheme(decodedUrl);
        if (scheme == null || DEFAULT_SCHEMES.contains(scheme)) {
            return Verdict.ALLOWED;
        }
        if (DANGEROUS_SCHEMES.contains(scheme)) {
            return DATA_IMAGE.matcher(normalized(decodedUrl)).find() ? Verdict.NOT_ALLOWED : Verdict.DANGEROUS;
        }
        return allowedSchemes.contains(scheme) ? Verdict.ALLOWED : Verdict.NOT_ALLOWED;
    }

    /** Whether the address (entities decoded) is published with only the default schemes allowed. */
    public static boolean isSafe(String decodedUrl) {
        return verdict(decodedUrl, Set.of()) == Verdict.ALLOWED;
    }

    /** A problem with a scheme the user allows, as a sentence naming the parameter; {@code null} when usable. */
    public static String problem(String written) {
        String s = schemeName(written);
        if (!s.matches("[a-z][a-z0-9+.-]*")) {
            return "allowedUrlSchemes: '" + written + "' is not a URL scheme; write it without ':', such as ftp";
        }
        if (DANGEROUS_SCHEMES.contains(s)) {
            return "allowedUrlSchemes: '" + s + ":' can never be allowed: it can run code or open local files in"
                    + " readers' browsers; remove it";
        }
        return null;
    }

    /** A scheme the user allows as compared: stripped, lower case, without a trailing ':'. */
    public static String schemeName(String written) {
        String s = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        return s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
    }
}

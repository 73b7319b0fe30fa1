package dev.articles.core.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll 4.3.1's {@code URL.escape_path} and {@code URL.unescape_path}: how each placeholder value of an address is
 * percent-encoded, and how an address becomes an output file path again.
 *
 * <p>Jekyll does not encode a value as one path segment: it hands it to Addressable's {@code URI.encode}, which first
 * splits it as a whole URI. So {@code ?} is kept (it starts a "query"), the first {@code #} becomes {@code %23} only
 * because Jekyll replaces it afterwards, a value such as {@code 1:2} is refused as a bad "scheme", and a value with a
 * line break is left alone when one of its lines is plain ASCII (Ruby's {@code ^} and {@code $} match at every line).
 * All of that is reproduced here; the one simplification is the authority of a value written {@code //host...}
 * (which no category or file name of a real site starts with): its user part is kept as written.
 */
public final class JekyllPathEscape {

    /** Thrown where Addressable refuses the value, which stops Jekyll's build; the message is Addressable's. */
    public static final class InvalidValueException extends Exception {
        InvalidValueException(String message) {
            super(message);
        }
    }

    private static final Pattern PLAIN_LINE = Pattern.compile("^[a-zA-Z0-9./-]+$",
            Pattern.MULTILINE | Pattern.UNIX_LINES);
    /** RFC 3986's example expression, as Addressable uses it (with Ruby's line anchors and dot). */
    private static final Pattern URI = Pattern.compile(
            "^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?$", Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern SCHEME_FORMAT = Pattern.compile("[a-zA-Z][a-zA-Z0-9.+-]*");
    private static final Pattern AMBIGUOUS_PATH = Pattern.compile("^(?!/)[^/:]*:.*$",
            Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern USERINFO = Pattern.compile("^([^\\[\\]]*)@");
    private static final Pattern PORT = Pattern.compile(":([^:@\\[\\]]*?)$");
    private static final Pattern BAD_HOST = Pattern.compile("[<>{}/\\\\?#@\"\\s]");

    private static final String PCHAR = "-._~!$&'()*+,;=:@";
    private static final String SCHEME = "-+.";
    private static final String AUTHORITY = PCHAR + "[]";
    private static final String PATH = PCHAR + "/";
    private static final String QUERY = PCHAR + "/?";
    private static final String HEX = "0123456789ABCDEF";

    private JekyllPathEscape() {
    }

    /** {@code URL.escape_path(value)}. */
    public static String escape(String value) throws InvalidValueException {
        if (value.isEmpty() || PLAIN_LINE.matcher(value).find()) {
            return value;
        }
        Matcher m = URI.matcher(value);
        if (!m.find()) {
            return encode(value, PATH); // cannot happen: every part of the expression is optional
        }
        String scheme = m.group(2);
        String authority = m.group(4);
        String path = m.group(5);
        if (scheme != null && !SCHEME_FORMAT.matcher(scheme).matches()) {
            throw new InvalidValueException("Invalid scheme format: '" + scheme + "'");
        }
        if (scheme == null && !path.isEmpty() && AMBIGUOUS_PATH.matcher(path).find()) {
            throw new InvalidValueException("Cannot assemble URI string with ambiguous path: '" + path + "'");
        }
        StringBuilder out = new StringBuilder(value.length() * 2);
        if (scheme != null) {
            out.append(encode(scheme, SCHEME)).append(':');
        }
        if (authority != null) {
            out.append("//").append(authority(authority));
        }
        out.append(encode(path, PATH));
        if (m.group(6) != null) {
            out.append('?').append(encode(m.group(7), QUERY));
        }
        if (m.group(8) != null) {
            out.append('#').append(encode(m.group(9), QUERY));
        }
        return out.toString().replaceFirst("#", "%23");
    }

    /** The authority as Addressable checks and rebuilds it: host characters, a numeric port without zeros. */
    private static String authority(String raw) throws InvalidValueException {
        Matcher user = USERINFO.matcher(raw);
        String userinfo = user.find() ? user.group(1) : null;
        String rest = userinfo == null ? raw : raw.substring(user.end());
        Matcher portMatch = PORT.matcher(rest);
        String port = portMatch.find() ? portMatch.group(1) : null;
        String host = port == null ? rest : rest.substring(0, portMatch.start());
        if (BAD_HOST.matcher(host).find()) {
            throw new InvalidValueException("Invalid character in host: '" + host + "'");
        }
        if (port != null && !port.isEmpty() && !port.matches("\\d+")) {
            throw new InvalidValueException("Invalid port number: \"" + port + "\"");
        }
        String number = port == null || port.isEmpty() ? "" : port.replaceFirst("^0+", "");
        return encode((userinfo == null ? "" : userinfo + "@") + host + (number.isEmpty() ? "" : ":" + number),
                AUTHORITY);
    }

    /** Percent-encodes the UTF-8 bytes of {@code s} except ASCII letters, digits and {@code kept}. */
    static String encode(String s, String kept) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c < 0x80 && kept.indexOf(c) >= 0;
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return out.toString();
    }

    /**
     * {@code URL.unescape_path(path)}: every {@code %XX} becomes its byte and the bytes are read as UTF-8 (bytes that
     * are not UTF-8, which Ruby would keep as they are, become U+FFFD here).
     */
    public static String unescape(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        byte[] source = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < source.length; i++) {
            int high = i + 2 < source.length ? Character.digit(source[i + 1], 16) : -1;
            int low = high >= 0 ? Character.digit(source[i + 2], 16) : -1;
            if (source[i] == '%' && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(source[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

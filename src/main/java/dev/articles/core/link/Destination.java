package dev.articles.core.link;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a link or image destination, as written in Markdown, points at. The one place that decides which
 * destinations are the content's own (checked, and rewritten in the HTML) and which are left alone.
 *
 * <ul>
 *   <li>{@code other.md}, {@code ../2024/hello.markdown#part}: a relative path to an article file
 *   ({@link Form#ARTICLE_PATH}), resolved against the linking file's folder;</li>
 *   <li>{@code hello}, {@code hello#part}: a relative path with no {@code /} ({@link Form#NAME}): an article's slug
 *   when it is one; without a {@code .} it must be one;</li>
 *   <li>{@code images/a.png}, {@code ./docs/x.pdf}: other relative paths ({@link Form#FILE}); for images, a file in
 *   the content directory;</li>
 *   <li>{@code {% post_url 2024-03-01-hello %}} and {@code {% link _posts/2024-03-01-hello.md %}}: Jekyll's tags
 *   ({@link Form#POST_URL}, {@link Form#LINK_TAG});</li>
 *   <li>{@code #part}: a heading of the same article ({@link Form#ANCHOR});</li>
 *   <li>anything with a scheme ({@code https:}, {@code mailto:}), {@code //host}, {@code /about}, {@code ?q}: not
 *   the content's business ({@link Form#EXTERNAL}).</li>
 * </ul>
 *
 * @param form the kind of destination
 * @param written the destination as written
 * @param path the path part, percent-decoded (the tag's argument for tags); empty for anchors and external ones
 * @param suffix {@code ?query#fragment} as written (kept when the destination is rewritten), or empty
 * @param fragment the fragment, percent-decoded, without {@code #}; {@code null} when there is none
 */
public record Destination(Form form, String written, String path, String suffix, String fragment) {
    private static final String HEX = "0123456789ABCDEF";


    /** The kinds of destination. */
    public enum Form { EMPTY, EXTERNAL, ANCHOR, ARTICLE_PATH, NAME, FILE, POST_URL, LINK_TAG, LIQUID }

    /**
     * Stands for a space in a {@code {% post_url %}} or {@code {% link %}} tag that a Jekyll site's Liquid wrote
     * (a private-use character): without spaces the tag is a link destination Markdown reads as it is, also when the
     * link's text has brackets ({@code [Shell#[] and Shell#test]({% link ... %})}).
     */
    public static final char TAG_SPACE = '\uE003';

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    /** A Liquid tag at the start of a destination: name (group 1), argument (group 2). */
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*([A-Za-z_][\\w-]*)\\s*(.*?)\\s*-?%}",
            Pattern.DOTALL);

    /** Classifies a destination as written in the Markdown (unescaped, not yet percent-decoded). */
    public static Destination parse(String written) {
        String w = written == null ? "" : written.strip();
        if (w.indexOf(TAG_SPACE) >= 0 && w.startsWith("{%")) {
            w = w.replace(TAG_SPACE, ' '); // a link tag that a Jekyll site's Liquid wrote
        }
        if (w.isEmpty()) {
            return new Destination(Form.EMPTY, w, "", "", null);
        }
        if (w.startsWith("{%") || w.startsWith("{{")) {
            Matcher m = TAG.matcher(w);
            if (w.startsWith("{%") && m.lookingAt()) {
                String name = m.group(1);
                Form form = name.equals("post_url") ? Form.POST_URL : name.equals("link") ? Form.LINK_TAG : Form.LIQUID;
                String rest = w.substring(m.end());
                return new Destination(form, w, m.group(2), rest, fragmentOf(rest));
            }
            return new Destination(Form.LIQUID, w, "", "", null);
        }
        // A scheme hidden by control characters or white space (java&#9;script:) is one, as browsers read it.
        if (SCHEME.matcher(w).matches() || UrlSafety.scheme(w) != null || w.startsWith("/") || w.startsWith("\\") || w.startsWith("?")) {
            return new Destination(Form.EXTERNAL, w, "", "", null);
        }
        if (w.startsWith("#")) {
            return new Destination(Form.ANCHOR, w, "", w, fragmentOf(w));
        }
        int cut = indexOfAny(w, '?', '#');
        String rawPath = cut < 0 ? w : w.substring(0, cut);
        String suffix = cut < 0 ? "" : w.substring(cut);
        String path = percentDecode(rawPath);
        String lower = path.toLowerCase(Locale.ROOT);
        Form form;
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            form = Form.ARTICLE_PATH;
        } else if (!path.isEmpty() && path.indexOf('/') < 0 && !path.equals(".") && !path.equals("..")) {
            form = Form.NAME;
        } else {
            form = Form.FILE;
        }
        return new Destination(form, w, path, suffix, fragmentOf(suffix));
    }

    /** A destination written as a Jekyll tag's argument (with an optional {@code #fragment}). */
    public static Destination tag(boolean postUrl, String argumentAndFragment) {
        int hash = argumentAndFragment.indexOf('#');
        String arg = hash < 0 ? argumentAndFragment : argumentAndFragment.substring(0, hash);
        String suffix = hash < 0 ? "" : argumentAndFragment.substring(hash);
        String written = "{% " + (postUrl ? "post_url " : "link ") + arg + " %}" + suffix;
        return new Destination(postUrl ? Form.POST_URL : Form.LINK_TAG, written, arg.strip(), suffix,
                fragmentOf(suffix));
    }

    /**
     * The path in the site of a destination written from a Jekyll site's root ({@code /blog/assets/x.png} with the
     * baseurl {@code /blog}: {@code assets/x.png}), percent-decoded; {@code null} for any other destination, and for
     * one outside the baseurl (the site may serve other things there).
     *
     * @param baseUrl the site's baseurl without a trailing slash, {@code ""} when none
     */
    public String sitePath(String baseUrl) {
        Destination site = fromSiteRoot(baseUrl);
        String path = site == null ? "" : site.path().substring(1);
        return path.isEmpty() || path.endsWith("/") ? null : path;
    }

    /**
     * A destination written from the site's root and inside its baseurl ({@code /blog/2024/03/01/hello/#part} with
     * the baseurl {@code /blog}), as the part after the baseurl: {@code written} {@code /2024/03/01/hello/#part},
     * {@code path} {@code /2024/03/01/hello/} (percent-decoded), its suffix and fragment; {@code null} for any other
     * destination ({@code //host/...} and {@code /\host/...} are another host, as browsers read them).
     *
     * @param baseUrl the site's baseurl without a trailing slash, {@code ""} when none
     */
    public Destination fromSiteRoot(String baseUrl) {
        if (form != Form.EXTERNAL || written.startsWith("//") || written.startsWith("/\\")
                || !written.startsWith(baseUrl + "/")) {
            return null;
        }
        String rest = written.substring(baseUrl.length());
        int cut = indexOfAny(rest, '?', '#');
        String suffix = cut < 0 ? "" : rest.substring(cut);
        return new Destination(Form.EXTERNAL, rest, percentDecode(cut < 0 ? rest : rest.substring(0, cut)), suffix,
                fragmentOf(suffix));
    }

    /** Whether a link with this destination names an article (checked, and rewritten to the article's slug). */
    public boolean isArticleLink() {
        return form == Form.ARTICLE_PATH || form == Form.NAME || form == Form.POST_URL || form == Form.LINK_TAG;
    }

    /** Whether an image with this destination is a file of the content directory (checked and copied). */
    public boolean isLocalImage() {
        return form == Form.ARTICLE_PATH || form == Form.NAME || form == Form.FILE || form == Form.LINK_TAG;
    }

    /** The fragment of {@code suffix} ({@code ?q#frag} or {@code #frag}), decoded; {@code null} when none. */
    private static String fragmentOf(String suffix) {
        int hash = suffix.indexOf('#');
        return hash < 0 ? null : percentDecode(suffix.substring(hash + 1));
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /**
     * Text percent-encoded as UTF-8 for a URL: ASCII letters and digits and the characters of {@code kept} stay as
     * they are, every other byte becomes {@code %XX} (upper-case hex).
     */
    public static String percentEncode(String text, String kept) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || kept.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return out.toString();
    }

    /** Decodes {@code %XX} escapes as UTF-8 ({@code +} stays a plus); text that is not valid stays as written. */
    public static String percentDecode(String s) {
        String decoded = percentDecodeStrict(s);
        return decoded == null ? s : decoded;
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8 ({@code +} stays a plus); {@code null} when an escape is cut short, not
     * hexadecimal, or the bytes are not valid UTF-8.
     */
    public static String percentDecodeStrict(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

package dev.articles.core.bundle;

/**
 * Where things are in a bundle: the public contract's paths, in one place. Paths use {@code /} and are relative to
 * a classpath root (the jar's root).
 */
public final class BundleLayout {
    /** The bundle format this plugin writes; bumped only with the schema, the docs (bundle-format.md) and the tests. */
    public static final int FORMAT = 2;
    /** Folder holding every bundle. */
    public static final String ROOT = "META-INF/articles/";
    /**
     * The discovery file: one bundle name per line. Every jar with bundles has one at this same path, so
     * {@code ClassLoader.getResources(DISCOVERY_FILE)} finds all bundles without knowing their names.
     */
    public static final String DISCOVERY_FILE = ROOT + "bundles.txt";
    public static final String INDEX = "index.json";
    public static final String TAGS = "tags.json";
    public static final String CATEGORIES = "categories.json";
    public static final String ARTICLES = "articles/";
    /** Folder of the files articles refer to (images), by their path in the content directory. */
    public static final String ASSETS = "assets/";
    /** The Atom feed of the newest articles (only with a site address). */
    public static final String FEED_ATOM = "feed.xml";
    /** The JSON Feed of the newest articles (only with a site address). */
    public static final String FEED_JSON = "feed.json";
    /** The sitemap, or the sitemap index when the addresses need several files (only with a site address). */
    public static final String SITEMAP = "sitemap.xml";

    private BundleLayout() {
    }

    /** {@code META-INF/articles/{bundle}/}. */
    public static String bundleRoot(String bundleName) {
        return ROOT + bundleName + "/";
    }

    /** Path of an article's JSON, relative to the bundle root: {@code articles/} + its file key + {@code .json}. */
    public static String articleJson(String id) {
        return ARTICLES + fileKey(id) + ".json";
    }

    /** Path of an article's HTML, relative to the bundle root: {@code articles/} + its file key + {@code .html}. */
    public static String articleHtml(String id) {
        return ARTICLES + fileKey(id) + ".html";
    }

    /**
     * An article's id as a path that every file system accepts, different for different ids: in each segment,
     * {@code %}, the characters Windows forbids in file names ({@code \ < > : " | ? *}), control characters, a
     * leading or trailing dot or space and the first letter of a Windows device name ({@code CON}, {@code NUL},
     * {@code COM1}...) are percent-encoded as UTF-8. Other characters (Japanese included) are kept. Ids that differ
     * only in case are refused by the build ({@code id.duplicate}), so the key needs no case folding.
     */
    public static String fileKey(String id) {
        StringBuilder sb = new StringBuilder(id.length() + 8);
        String[] segments = id.split("/", -1);
        for (int s = 0; s < segments.length; s++) {
            if (s > 0) {
                sb.append('/');
            }
            String seg = segments[s];
            int dot = seg.indexOf('.');
            boolean device = DEVICE.matcher((dot < 0 ? seg : seg.substring(0, dot)).toUpperCase(java.util.Locale.ROOT))
                    .matches();
            for (int i = 0; i < seg.length(); ) {
                int cp = seg.codePointAt(i);
                boolean edge = (i == 0 || i + Character.charCount(cp) == seg.length()) && (cp == '.' || cp == ' ');
                if (cp < 0x20 || cp == 0x7F || "%\\<>:\"|?*".indexOf(cp) >= 0 || edge || device && i == 0) {
                    for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
                    }
                } else {
                    sb.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile(
            "CON|PRN|AUX|NUL|COM[0-9\u00B9\u00B2\u00B3]|LPT[0-9\u00B9\u00B2\u00B3]|CONIN\\$|CONOUT\\$");

    /** Path of a content file in the bundle, relative to the bundle root: {@code assets/} + its content path. */
    public static String asset(String contentPath) {
        return ASSETS + contentPath;
    }

    /** Path of the {@code n}th sitemap (from 1) of a site too large for one, relative to the bundle root. */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }

    /** Why a bundle name is unusable, or {@code null}. Names are folder names in every consumer's jar. */
    public static String bundleNameProblem(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            return "the bundle name '" + name + "' must start with a letter or digit and contain only letters, "
                    + "digits, '.', '_' and '-' (at most 128 characters)";
        }
        return null;
    }
}

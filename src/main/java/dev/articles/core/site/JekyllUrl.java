package dev.articles.core.site;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's or collection document's address as Jekyll 4.3.1 gives it ({@code Document#url}, the {@code page.url} of
 * Liquid), so that a bundle can keep the addresses a Jekyll site already has: the template a site's
 * {@code permalink} setting stands for, the placeholders filled in and escaped, the result cleaned up, and the file
 * Jekyll writes for it.
 */
public final class JekyllUrl {
    /** The placeholders a template may use, without their colon. */
    public static final List<String> PLACEHOLDERS = UrlPlaceholders.NAMES;
    /** {@code Configuration::STYLE_TO_PERMALINK}: the named styles, as the templates of posts. */
    private static final Map<String, String> STYLES = Map.of(
            "none", "/:categories/:title:output_ext",
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext");
    /** The styles {@code add_permalink_suffix} gives {@code :output_ext} by name ({@code weekdate} is not one). */
    private static final List<String> OUTPUT_EXT_STYLES = List.of("date", "ordinal", "none");
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private JekyllUrl() {
    }

    /**
     * The template of a collection's documents when the collection sets no {@code permalink} of its own.
     *
     * @param permalinkSetting the site's {@code permalink} ({@code null} for Jekyll's default, {@code date}): a
     *     style name (exactly {@code date}, {@code pretty}, {@code ordinal}, {@code weekdate} or {@code none}) or a
     *     template
     * @param posts whether the collection is {@code posts}: a style stands for its template above, and another
     *     template is used as written; any other collection gets {@code /:collection/:path} with the style's ending
     *     ({@code /} for {@code pretty} and for templates ending in {@code /}; {@code :output_ext} for {@code date},
     *     {@code ordinal}, {@code none} and templates ending in {@code :output_ext}; nothing otherwise, which for
     *     {@code weekdate} is surprising but Jekyll's)
     */
    public static String template(String permalinkSetting, boolean posts) {
        String style = permalinkSetting == null ? "date" : permalinkSetting;
        if (posts) {
            return STYLES.getOrDefault(style, style);
        }
        String template = "/:collection/:path";
        if (style.equals("pretty")) {
            return template + "/";
        }
        if (OUTPUT_EXT_STYLES.contains(style)) {
            return template + ":output_ext";
        }
        return template + (style.endsWith("/") ? "/" : "") + (style.endsWith(":output_ext") ? ":output_ext" : "");
    }

    /**
     * The document's address, as {@code Jekyll::URL#to_s}: the front matter's {@code permalink} if it has one, else
     * the template, with each {@code :placeholder} replaced by its escaped value ({@link JekyllPathEscape}); then
     * {@code ..} becomes {@code /}, {@code ./} is dropped, runs of {@code /} become one and a {@code /} is put first.
     * A placeholder name runs as far as lower-case letters and {@code _} go; one ending in {@code _} is read without
     * it ({@code :month_:day}). An address ending in {@code /} is written as its {@code index.html}, see
     * {@link #destination}.
     *
     * @param template the collection's template ({@link #template} or the collection's own {@code permalink})
     * @param permalinkFrontMatter the document's {@code permalink} (front matter, else defaults), or {@code null}
     * @param fields the document's values
     * @throws UrlTemplateException for an unknown placeholder (Jekyll stops the build with the same message) or a
     *     value Addressable refuses to escape
     */
    public static String url(String template, String permalinkFrontMatter, UrlFields fields)
            throws UrlTemplateException {
        String source = permalinkFrontMatter != null ? permalinkFrontMatter : template;
        if (source == null) {
            throw new IllegalArgumentException("One of :template or :permalink must be supplied.");
        }
        return sanitize(fill(source, fields));
    }

    private static String fill(String template, UrlFields fields) throws UrlTemplateException {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        while (m.find()) {
            String written = m.group(1);
            // Jekyll's pool is [name, name.chomp!("_")], both the same mutated string: only the chomped name is tried.
            String name = written.endsWith("_") ? written.substring(0, written.length() - 1) : written;
            if (!UrlPlaceholders.known(name)) {
                String pool = written.endsWith("_") ? name + " or " + name : name;
                throw new UrlTemplateException("The URL template doesn't have " + pool
                        + " keys. Check your permalink template!", name, true);
            }
            String value = UrlPlaceholders.value(name, fields);
            out.append(template, at, m.start()).append(escape(value == null ? "" : value, name));
            out.append(written, name.length(), written.length());
            at = m.end();
        }
        return out.append(template.substring(at)).toString();
    }

    private static String escape(String value, String name) throws UrlTemplateException {
        try {
            return JekyllPathEscape.escape(value);
        } catch (JekyllPathEscape.InvalidValueException e) {
            throw new UrlTemplateException(e.getMessage() + " (the value of :" + name + ")", name, false);
        }
    }

    /** {@code URL#sanitize_url}. */
    static String sanitize(String url) {
        String s = ("/" + url).replace("..", "/").replace("./", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The output file's extension, {@code Renderer#output_ext}: the extension of the document's {@code permalink}
     * when it has one and does not end in {@code /} ({@code /feed/:title.json} gives {@code .json}), else
     * {@code .html} for Markdown files (an extension of {@code markdown_ext}, any case), else the file's own
     * extension (Jekyll copies other text as it is). Converters that plugins add are not known here.
     *
     * @param extname the file's extension, {@link DocumentPath#extname()}
     * @param permalinkFrontMatter the document's {@code permalink}, or {@code null}
     * @param markdownExtensions {@link SiteSettings#markdownExtensions()}
     */
    public static String outputExt(String extname, String permalinkFrontMatter, List<String> markdownExtensions) {
        if (permalinkFrontMatter != null && !permalinkFrontMatter.endsWith("/")) {
            String ext = RubyText.extname(permalinkFrontMatter);
            if (!ext.isEmpty()) {
                return ext;
            }
        }
        String lower = RubyText.downcase(extname);
        return lower.startsWith(".") && markdownExtensions.contains(lower.substring(1)) ? ".html" : extname;
    }

    /**
     * The file Jekyll writes for {@code url} ({@code Document#destination}), relative to the output folder: the
     * address unescaped, plus {@code index.html} when it ends in {@code /}, else plus {@code outputExt} unless it
     * ends so already ({@code /2024/03/05/hello} is written as {@code 2024/03/05/hello.html}).
     */
    public static String destination(String url, String outputExt) {
        String path = JekyllPathEscape.unescape(url);
        if (url.endsWith("/")) {
            path = path + "index.html";
        } else if (!path.endsWith(outputExt)) {
            path = path + outputExt;
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }
}

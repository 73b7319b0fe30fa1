package dev.articles.core.site;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jekyll 4.3.1's {@code Utils.slugify}: how a title, file name or category becomes a piece of an address. Jekyll's
 * {@code :title}, {@code :slug}, {@code :name} and {@code :slugified_categories} placeholders and its
 * {@code slugify} Liquid filter all come from here, so a site's addresses can only be predicted with its exact
 * rules: which characters each mode keeps, that only one leading and one trailing hyphen are removed, and that
 * lower-casing is Ruby's.
 */
public final class JekyllSlugify {

    /** How much of the text survives; the names are Jekyll's {@code mode} values. */
    public enum Mode {
        /** Only runs of ASCII white space become a hyphen. */
        RAW,
        /** Every run of characters that are not letters, marks or decimal digits becomes a hyphen. */
        DEFAULT,
        /** As {@link #DEFAULT}, but {@code ._~!$&'()+,;=@} are kept too. */
        PRETTY,
        /** Every run of characters other than ASCII letters and digits becomes a hyphen. */
        ASCII,
        /** Accented Latin letters lose their accents (other non-ASCII characters become hyphens), then DEFAULT. */
        LATIN,
        /** The text is kept as it is (only lower-cased unless {@code cased}). */
        NONE;

        /**
         * The mode Jekyll uses for a {@code mode} value: {@code null} is {@link #DEFAULT}, and any word Jekyll does
         * not know (including {@code none}) is {@link #NONE}.
         */
        public static Mode of(String name) {
            if (name == null) {
                return DEFAULT;
            }
            return switch (name) {
                case "raw" -> RAW;
                case "default" -> DEFAULT;
                case "pretty" -> PRETTY;
                case "ascii" -> ASCII;
                case "latin" -> LATIN;
                default -> NONE;
            };
        }
    }

    private static final Pattern RAW = Pattern.compile("\\s+");
    private static final Pattern DEFAULT = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    private static final Pattern PRETTY = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern ASCII = Pattern.compile("[^A-Za-z0-9]+");

    /**
     * The letters of Latin-1 and Latin Extended-A that I18n's default transliteration does not simply strip of
     * their accents; every other letter of that range it maps to the letter without its marks.
     */
    private static final Map<Integer, String> LATIN_SPECIAL = Map.ofEntries(
            Map.entry(0xC6, "AE"), Map.entry(0xD0, "D"), Map.entry(0xD7, "x"), Map.entry(0xD8, "O"),
            Map.entry(0xDE, "Th"), Map.entry(0xDF, "ss"), Map.entry(0xE6, "ae"), Map.entry(0xF0, "d"),
            Map.entry(0xF8, "o"), Map.entry(0xFE, "th"), Map.entry(0x110, "D"), Map.entry(0x111, "d"),
            Map.entry(0x126, "H"), Map.entry(0x127, "h"), Map.entry(0x131, "i"), Map.entry(0x132, "IJ"),
            Map.entry(0x133, "ij"), Map.entry(0x138, "k"), Map.entry(0x13F, "L"), Map.entry(0x140, "l"),
            Map.entry(0x141, "L"), Map.entry(0x142, "l"), Map.entry(0x149, "'n"), Map.entry(0x14A, "NG"),
            Map.entry(0x14B, "ng"), Map.entry(0x152, "OE"), Map.entry(0x153, "oe"), Map.entry(0x166, "T"),
            Map.entry(0x167, "t"));

    private JekyllSlugify() {
    }

    /**
     * The slug of {@code text} as Jekyll 4.3.1 makes it.
     *
     * @param text the title, file name or category; {@code null} gives {@code null}, as in Jekyll
     * @param mode how much to keep; {@code null} is {@link Mode#DEFAULT}
     * @param cased whether to keep upper-case letters
     */
    public static String slugify(String text, Mode mode, boolean cased) {
        if (text == null) {
            return null;
        }
        Mode m = mode == null ? Mode.DEFAULT : mode;
        if (m == Mode.NONE) {
            return cased ? text : RubyText.downcase(text);
        }
        String source = m == Mode.LATIN ? transliterate(text) : text;
        String slug = pattern(m).matcher(source).replaceAll("-");
        // Jekyll removes one hyphen at each end (gsub(/^-|-$/)); no line break is left to make more "ends".
        if (slug.startsWith("-")) {
            slug = slug.substring(1);
        }
        if (slug.endsWith("-")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return cased ? slug : RubyText.downcase(slug);
    }

    private static Pattern pattern(Mode mode) {
        return switch (mode) {
            case RAW -> RAW;
            case PRETTY -> PRETTY;
            case ASCII -> ASCII;
            default -> DEFAULT;
        };
    }

    /**
     * I18n's default transliteration (the one Jekyll's {@code latin} mode uses, for the {@code en} locale): ASCII
     * stays, the letters of U+00C0 to U+017E become their plain letters (from their Unicode decomposition without
     * marks, or the table above), and every other character, combining marks included, becomes {@code ?}. Site
     * specific I18n rules, which a plugin could add, are not known here.
     */
    static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(cp < 0x80 ? Character.toString(cp) : latin(cp)));
        return out.toString();
    }

    private static String latin(int cp) {
        if (cp < 0xC0 || cp > 0x17E) {
            return "?";
        }
        String special = LATIN_SPECIAL.get(cp);
        if (special != null) {
            return special;
        }
        String plain = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.length() == 1 && plain.charAt(0) < 0x80 && Character.isLetter(plain.charAt(0)) ? plain : "?";
    }
}

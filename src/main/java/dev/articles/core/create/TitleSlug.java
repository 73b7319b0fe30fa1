package dev.articles.core.create;

import dev.articles.core.frontmatter.Slugs;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A slug made from a title: the title's Latin letters and digits, lower case, words joined by {@code -}
 * ({@code "Maven: the plugin, part 2"} → {@code maven-the-plugin-part-2}). Accents are dropped ({@code Café} →
 * {@code cafe}) and full-width letters become ASCII ({@code ＡＩ} → {@code ai}), so the slug is the same in every
 * address bar and on every file system.
 *
 * <p>A title with letters or digits that have no ASCII form (Japanese, Greek, {@code ß}...) gives no slug: dropping
 * them would give a slug that says something else ({@code "Maven 入門"} would be {@code maven}), and keeping them
 * would make addresses that browsers percent-encode. The writer chooses the slug then; the outcome names the letters
 * at fault and proposes what the ASCII part gives, if anything.
 *
 * @param slug the slug, or {@code null} when the title gives none
 * @param problem why the title gives no slug, or {@code null}
 */
public record TitleSlug(String slug, String problem) {

    /** Longer slugs are cut at a word boundary: a slug names a file and sits in every address. */
    static final int MAX_LENGTH = 80;

    public static TitleSlug of(String title) {
        StringBuilder slug = new StringBuilder();
        Set<String> untranslatable = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder(); // the current run of letters without an ASCII form, as written
        boolean gap = false;
        for (int i = 0; i < title.length(); ) {
            int c = title.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (run.length() > 0) {
                    run.appendCodePoint(c); // a mark on a letter of the run (ド written as ト + U+3099)
                }
                continue;
            }
            // Compatibility decomposition: full-width and accented letters to ASCII plus marks, ligatures split.
            String plain = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
            boolean foreign = false;
            for (int j = 0; j < plain.length(); ) {
                int p = plain.codePointAt(j);
                j += Character.charCount(p);
                if (Character.getType(p) == Character.NON_SPACING_MARK) {
                    continue;
                }
                if (p < 0x80 && Character.isLetterOrDigit(p)) {
                    if (gap && slug.length() > 0) {
                        slug.append('-');
                    }
                    slug.appendCodePoint(Character.toLowerCase(p));
                    gap = false;
                } else {
                    foreign |= Character.isLetterOrDigit(p);
                    gap = true;
                }
            }
            if (foreign) {
                run.appendCodePoint(c);
            } else if (run.length() > 0) {
                untranslatable.add(Normalizer.normalize(run, Normalizer.Form.NFC));
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            untranslatable.add(Normalizer.normalize(run, Normalizer.Form.NFC));
        }
        String made = cut(slug.toString());
        if (!untranslatable.isEmpty()) {
            return new TitleSlug(null, "the title '" + title + "' has letters that a slug cannot carry ("
                    + sample(untranslatable) + "); choose the slug"
                    + (made.isEmpty() ? "" : ", for example '" + made + "-...'"));
        }
        if (made.isEmpty()) {
            return new TitleSlug(null, "the title '" + title + "' has no letters or digits to make a slug from;"
                    + " choose the slug");
        }
        String problem = Slugs.problem(made);
        if (problem != null) {
            return new TitleSlug(null, "the slug made from the title cannot be used: " + problem + "; choose the slug");
        }
        return new TitleSlug(made, null);
    }

    /** At most {@link #MAX_LENGTH} characters, cut after a whole word where there is one. */
    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int dash = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, dash > 0 ? dash : MAX_LENGTH);
    }

    /** The first few words at fault, quoted. */
    private static String sample(Set<String> words) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String word : words) {
            if (n == 3) {
                return out.append(", ...").toString();
            }
            out.append(n++ == 0 ? "" : ", ").append('\'').append(word).append('\'');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return slug != null ? slug : "(none: " + problem + ")";
    }
}

package dev.articles.core.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jekyll 4.3.1 reads from a post's file name ({@code Document::DATE_FILENAME_MATCHER},
 * {@code Document#populate_title}): {@code 2024-03-01-hello.md} is dated 2024-03-01 with slug {@code hello} and the
 * default title {@code Hello}.
 *
 * <p>The rule (checked against jekyll 4.3.1): a year of two to four digits, a month and a day of one or two digits
 * ({@code 2019-1-7-title.md} is 2019-01-07), {@code -}, then anything, then an extension ({@code .md}, {@code .html},
 * the last one of {@code x.tar.gz}). A two-digit year is read as Ruby's {@code Time.parse} does: 69 to 99 are
 * 1969 to 1999, 00 to 68 are 2000 to 2068; a three-digit year is that year ({@code 201-01-07} is the year 201).
 * The slug is the part after the date, without the extension and without trailing dots; it may be empty
 * ({@code 2019-01-08-.md}) and may hold dots, spaces and any script ({@code 2019-01-09-日本語の記事.md} has the slug
 * and the title {@code 日本語の記事}).
 *
 * <p>A name outside the rule ({@code hello.md}, {@code 2026-02-05.md}, {@code 2026-02-05-x} without extension, a
 * backup {@code 2026-02-05-x.md~}) is no post for Jekyll: it skips such files in {@code _posts}. Its slug is the name
 * without its last extension, as Jekyll gives any document.
 *
 * @param post whether Jekyll reads a file of this name in {@code _posts} as a post
 * @param writtenDate the date part as written ({@code 2019-1-7}), or {@code null} when the name has none
 * @param date the date of the name, or {@code null} when it has none or it is no real calendar date (Jekyll rolls
 *     {@code 2024-02-30} over to 2024-03-01; see {@link #dateProblem()})
 * @param slug Jekyll's {@code slug}: the name without date prefix, extension and trailing dots
 */
public record JekyllFileName(boolean post, String writtenDate, LocalDate date, String slug) {
    /** {@code DATE_FILENAME_MATCHER} on a file name (the folder part of Jekyll's pattern has nothing to match). */
    private static final Pattern DATED = Pattern.compile("(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^./]+)");
    /** {@code DATELESS_FILENAME_MATCHER} on a file name. */
    private static final Pattern DATELESS = Pattern.compile("(.*)(\\.[^./]+)");

    public static JekyllFileName of(String fileName) {
        Matcher m = DATED.matcher(fileName);
        if (m.matches()) {
            // Jekyll's PostReader takes every match in _posts except backups, which its EntryFilter drops first.
            boolean post = !fileName.endsWith("~");
            LocalDate date;
            try {
                date = date(m.group(1));
            } catch (DateTimeException notADay) {
                date = null;
            }
            return new JekyllFileName(post, m.group(1), date, withoutTrailingDots(m.group(2)));
        }
        Matcher dateless = DATELESS.matcher(fileName);
        return new JekyllFileName(false, null, null,
                withoutTrailingDots(dateless.matches() ? dateless.group(1) : fileName));
    }

    /** Whether Jekyll reads a file of this name in {@code _posts} (it skips every other file there). */
    public static boolean isPost(String fileName) {
        return of(fileName).post();
    }

    /** Jekyll's default {@code title}, {@link #titleize(String) titleized} from the slug. */
    public String title() {
        return titleize(slug);
    }

    /**
     * Why the written date is no real day ({@code "'2024-02-30' in the file name is not a real calendar date: ..."}),
     * or {@code null} when it is one or the name has no date.
     */
    public String dateProblem() {
        if (writtenDate == null || date != null) {
            return null;
        }
        String[] parts = writtenDate.split("-");
        String problem = DateProblem.of(year(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        return problem == null ? null : "'" + writtenDate + "' in the file name is not a real calendar date: " + problem;
    }

    /**
     * Jekyll's {@code Utils.titleize_slug}: the slug split at every {@code -} (trailing empty parts dropped, as
     * Ruby's {@code split} does), each part capitalized as Ruby's {@code String#capitalize} does (the first character
     * in title case with Unicode's full mapping, {@code ß} to {@code Ss}; the rest in lower case, one character at a
     * time, so {@code ΣΑΣ} becomes {@code Σασ} without a final sigma), joined with spaces. Nothing else changes:
     * {@code hello.world} is {@code Hello.world}, {@code a--b} is {@code A  B}, Japanese stays as written.
     */
    public static String titleize(String slug) {
        String[] parts = slug.split("-");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            capitalize(parts[i], out);
        }
        return out.toString();
    }

    private static void capitalize(String word, StringBuilder out) {
        if (word.isEmpty()) {
            return;
        }
        int first = word.codePointAt(0);
        out.append(titleCase(first));
        for (int i = Character.charCount(first); i < word.length(); ) {
            int cp = word.codePointAt(i);
            out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            i += Character.charCount(cp);
        }
    }

    /** Title case with Unicode's special casing: {@code ß} → {@code Ss}, {@code ŉ} → {@code ʼN}, {@code ǆ} → {@code ǅ}. */
    private static String titleCase(int cp) {
        int title = Character.toTitleCase(cp);
        if (title != cp) {
            return new String(Character.toChars(title));
        }
        String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) == 1) {
            return upper;
        }
        // Special casing maps to several characters: keep them up to the first letter with case, lower the rest.
        StringBuilder out = new StringBuilder();
        boolean cased = false;
        for (int i = 0; i < upper.length(); ) {
            int c = upper.codePointAt(i);
            String s = new String(Character.toChars(c));
            out.append(cased ? s.toLowerCase(Locale.ROOT) : s);
            cased |= Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isLowerCase(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** The day of {@code y-m-d} as written in a name (two to four digits of year). */
    private static LocalDate date(String written) {
        String[] parts = written.split("-");
        return LocalDate.of(year(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    /** A year of four digits, or of two as Ruby's {@code Time} reads them: 69 to 99 are 1969 to 1999. */
    private static int year(String written) {
        int y = Integer.parseInt(written);
        return written.length() == 2 ? y + (y >= 69 ? 1900 : 2000) : y;
    }

    private static String withoutTrailingDots(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}

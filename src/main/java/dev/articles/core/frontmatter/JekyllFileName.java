package dev.articles.core.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Jekyll post file name says: {@code 2024-03-01-hello.md} is dated 2024-03-01 with slug {@code hello}. A name
 * without a date prefix gives its whole stem as the slug.
 *
 * @param date the date in the name, or {@code null}
 * @param slug the name without date prefix and extension
 */
public record JekyllFileName(LocalDate date, String slug) {
    private static final Pattern DATED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");

    public static JekyllFileName of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        Matcher m = DATED.matcher(stem);
        if (m.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new JekyllFileName(date, m.group(4));
            } catch (DateTimeException notADate) {
                // "2024-02-30-x.md" is no dated name: the stem is the slug and the date must come from front matter.
            }
        }
        return new JekyllFileName(null, stem);
    }
}

package dev.articles.core.check.fields;

import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.frontmatter.DateParser;
import dev.articles.core.frontmatter.JekyllFileName;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rules about the front matter {@code date}:
 * <ul>
 *   <li>{@code front-matter.date-mismatch}: the date falls on another day than the Jekyll file name's date
 *   ({@code 2026-02-05-hello.md}); the day is taken in the date's own offset, as written;</li>
 *   <li>{@code front-matter.date-no-offset}: the date has no offset and the user did not choose {@code timeZone},
 *   so the instant (and for readers elsewhere, the day) rests on a default.</li>
 * </ul>
 * Only a readable {@code date} key is looked at: a missing or invalid date is {@code front-matter.date}'s business.
 */
public final class DateCheck implements ArticleCheck {
    /** The front matter date and the Jekyll file-name date fall on different days. */
    public static final Rule FRONT_MATTER_DATE_MISMATCH = Rule.configurable("front-matter.date-mismatch",
            Severity.WARNING, "The front matter date and the file-name date are on different days.");
    /** A date without offset while {@code timeZone} was not set explicitly: the day may be off for readers. */
    public static final Rule FRONT_MATTER_DATE_NO_OFFSET = Rule.configurable("front-matter.date-no-offset",
            Severity.WARNING, "A date without an offset, and no timeZone configured.");

    @Override
    public List<Rule> rules() {
        return List.of(FRONT_MATTER_DATE_MISMATCH, FRONT_MATTER_DATE_NO_OFFSET);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        YamlNode node = article.yaml() == null ? null : article.yaml().get("date");
        OffsetDateTime date = article.frontMatter() == null ? null : article.frontMatter().date();
        if (!(node instanceof YamlNode.Scalar s) || s.value() == null || date == null) {
            return;
        }
        String written = s.value().strip();
        LocalDate named = JekyllFileName.of(article.file().getFileName().toString()).date();
        if (named != null && !named.equals(date.toLocalDate())) {
            findings.add(article.file(), FRONT_MATTER_DATE_MISMATCH, s.line(), s.column(), "the date '" + written
                    + "' is on " + date.toLocalDate() + " but the file name " + article.file().getFileName()
                    + " says " + named + "; correct the date or rename the file so both name the same day");
        }
        if (!article.settings().timeZoneExplicit() && !DateParser.hasOffset(written)) {
            findings.add(article.file(), FRONT_MATTER_DATE_NO_OFFSET, s.line(), s.column(), "the date '"
                    + written + "' has no offset, so it was read in " + zone(date.getOffset())
                    + ", the default; write the offset ('" + withOffset(written)
                    + "') or set the plugin's timeZone (<timeZone>Asia/Tokyo</timeZone>)");
        }
    }

    private static String zone(ZoneOffset offset) {
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }

    /** The written date with an example offset, in the same style. */
    private static String withOffset(String written) {
        if (written.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            return written + " 00:00:00 +0900";
        }
        return written + (written.contains("T") ? "+09:00" : " +0900");
    }
}

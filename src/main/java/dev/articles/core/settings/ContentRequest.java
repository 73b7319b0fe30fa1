package dev.articles.core.settings;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What to read and how: everything the engine needs, with no Maven types, so the same request can come from a mojo,
 * a test or another build tool.
 *
 * @param contentDirectory the folder holding the articles
 * @param includes Ant-style patterns relative to {@code contentDirectory} ({@code **}{@code /*.md})
 * @param excludes Ant-style patterns of files to leave out, applied after {@code includes}
 * @param charset the encoding every article is decoded with (strictly: invalid bytes are an error)
 * @param timeZone the zone for dates written without an offset
 * @param clock "now", for the future-date check; tests pass a fixed clock
 * @param includeDrafts whether drafts ({@code draft: true} or {@code published: false}) go into the output
 * @param checks rule levels and rule settings
 * @param baseline findings accepted for now ({@link Baseline}): they are set apart in the result and do not stop the
 *     articles from being published; {@code null} for none
 * @param siteFormat how the content directory is read ({@link SiteFormat#AUTO} when {@code null})
 * @param permalink the address pattern of plain content ({@code /articles/{slug}/}), or {@code null} for the
 *     default; for a Jekyll site it overrides {@code permalink} of its {@code _config.yml}
 */
public record ContentRequest(
        Path contentDirectory,
        List<String> includes,
        List<String> excludes,
        Charset charset,
        ZoneId timeZone,
        Clock clock,
        boolean includeDrafts,
        CheckSettings checks,
        Baseline baseline,
        SiteFormat siteFormat,
        String permalink) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");

    public ContentRequest {
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(clock, "clock");
        checks = checks == null ? CheckSettings.defaults() : checks;
        siteFormat = siteFormat == null ? SiteFormat.AUTO : siteFormat;
    }

    /** A plain or auto-detected request with the default permalink. */
    public ContentRequest(Path contentDirectory, List<String> includes, List<String> excludes, Charset charset,
            ZoneId timeZone, Clock clock, boolean includeDrafts, CheckSettings checks, Baseline baseline) {
        this(contentDirectory, includes, excludes, charset, timeZone, clock, includeDrafts, checks, baseline, null,
                null);
    }

    /** This request read as {@code format}, with {@code permalink}. */
    public ContentRequest withSite(SiteFormat format, String permalink) {
        return new ContentRequest(contentDirectory, includes, excludes, charset, timeZone, clock, includeDrafts,
                checks, baseline, format, permalink);
    }

    /** A request without a baseline. */
    public ContentRequest(Path contentDirectory, List<String> includes, List<String> excludes, Charset charset,
            ZoneId timeZone, Clock clock, boolean includeDrafts, CheckSettings checks) {
        this(contentDirectory, includes, excludes, charset, timeZone, clock, includeDrafts, checks, null);
    }

    /** A request with every rule at its default. */
    public ContentRequest(Path contentDirectory, List<String> includes, List<String> excludes, Charset charset,
            ZoneId timeZone, Clock clock, boolean includeDrafts) {
        this(contentDirectory, includes, excludes, charset, timeZone, clock, includeDrafts, CheckSettings.defaults(),
                null);
    }
}

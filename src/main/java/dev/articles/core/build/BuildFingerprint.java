package dev.articles.core.build;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.FeedSettings;
import dev.articles.core.model.Sha256;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.site.ContentLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * What the results of a build depend on besides the article files: the plugin build and every setting, as hashes.
 * Memory kept under another fingerprint is not used: a new plugin version or a changed setting checks and renders
 * everything again.
 *
 * @param goal the build's goal, which the memory keeps its brief record under: {@code validate} or
 *     {@code bundle-{name}}
 * @param checks what each article's findings depend on
 * @param baseline what the reported result depends on besides the findings
 * @param bundle what the bundle depends on; {@code ""} when the build writes no bundle
 */
record BuildFingerprint(String goal, String checks, String baseline, String bundle) {

    /** The fingerprints of a build of {@code request}, writing {@code bundle} (or checking only, when null). */
    static BuildFingerprint of(String toolVersion, ContentRequest request, ContentLayout layout, BundleWriter bundle) {
        String checks = checks(toolVersion, request, layout);
        return bundle == null ? new BuildFingerprint("validate", checks, baseline(request), "")
                : new BuildFingerprint("bundle-" + bundle.bundleName(), checks, baseline(request), bundle(checks,
                        request, bundle.bundleName(), bundle.outputDirectory(), bundle.feeds()));
    }

    /** What each article's findings depend on. */
    static String checks(String toolVersion, ContentRequest r, ContentLayout layout) {
        CheckSettings c = r.checks();
        StringBuilder sb = new StringBuilder();
        line(sb, "tool", toolVersion);
        line(sb, "contentDirectory", r.contentDirectory());
        line(sb, "includes", r.includes());
        line(sb, "excludes", r.excludes());
        line(sb, "layout", layout.fingerprint()); // the site's settings: addresses, defaults, folders
        line(sb, "charset", r.charset().name());
        line(sb, "timeZone", r.timeZone().getId());
        line(sb, "levels", new TreeMap<>(c.levels()));
        line(sb, "forbiddenPatterns", c.forbiddenPatterns());
        line(sb, "allowedCategories", c.allowedCategories());
        line(sb, "allowedTags", c.allowedTags());
        line(sb, "excerptMaxLength", c.excerptMaxLength());
        line(sb, "readingTimeTolerancePercent", c.readingTimeTolerancePercent());
        line(sb, "frontMatterSchema", c.frontMatterSchema() == null ? "none" : c.frontMatterSchema() + " "
                + fileHash(c.frontMatterSchema()));
        line(sb, "timeZoneExplicit", c.timeZoneExplicit());
        line(sb, "maxFileSize", c.maxFileSize());
        line(sb, "maxFrontMatterSize", c.maxFrontMatterSize());
        line(sb, "maxNestingDepth", c.maxNestingDepth());
        line(sb, "allowedHtmlTags", c.allowedHtmlTags());
        line(sb, "allowedHtmlAttributes", c.allowedHtmlAttributes());
        line(sb, "allowedUrlSchemes", c.allowedUrlSchemes());
        return Sha256.hex(sb.toString());
    }

    /**
     * What the reported result depends on besides the articles' findings: the baseline and, with one, whether drafts
     * are published (a draft left out anyway is not counted among the articles accepted findings leave out).
     */
    static String baseline(ContentRequest r) {
        return r.baseline() == null ? "none"
                : Sha256.hex(r.baseline().entries().toString() + "\nincludeDrafts=" + r.includeDrafts());
    }

    /**
     * What the bundle depends on: the checks' fingerprint, drafts or not, the bundle's name and folder, and the
     * feeds' settings (the site address and permalinks are in the feeds and the sitemap).
     */
    static String bundle(String checks, ContentRequest r, String bundleName, Path outputDirectory,
            FeedSettings feeds) {
        StringBuilder sb = new StringBuilder();
        line(sb, "checks", checks);
        line(sb, "includeDrafts", r.includeDrafts());
        line(sb, "bundle", bundleName);
        line(sb, "outputDirectory", outputDirectory);
        line(sb, "feeds", feeds == null ? "none" : feeds.fingerprint());
        return Sha256.hex(sb.toString());
    }

    private static void line(StringBuilder sb, String key, Object value) {
        sb.append(key).append('=').append(value).append('\n');
    }

    private static String fileHash(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            return "unreadable";
        }
    }


}

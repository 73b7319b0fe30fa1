package dev.articles.core.site;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.settings.SiteFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The content directory as a site: its layout, and what reading the site's own settings found wrong with them.
 *
 * @param request the request as the site's settings complete it (a Jekyll site's {@code timezone} where the
 *     build sets none)
 * @param layout which files are articles and how they are addressed
 * @param problems findings in the site's settings ({@code _config.yml}); an error stops the build
 */
public record Site(ContentRequest request, ContentLayout layout, List<Diagnostic> problems) {

    /** The file whose presence makes a content directory a Jekyll site. */
    public static final String JEKYLL_CONFIG = "_config.yml";

    public Site {
        problems = List.copyOf(problems);
    }

    /**
     * Reads the site the request points at: a Jekyll site when asked, or when {@link SiteFormat#AUTO} finds a
     * {@code _config.yml}; else plain content.
     *
     * @throws IllegalArgumentException when the request's {@code permalink} is unusable
     */
    public static Site read(ContentRequest request) {
        if (!isJekyll(request.contentDirectory(), request.siteFormat())) {
            String pattern = request.permalink() == null ? Permalink.DEFAULT : request.permalink();
            String problem = Permalink.problem(pattern);
            if (problem != null) {
                throw new IllegalArgumentException("permalink: " + problem);
            }
            return new Site(request, new PlainLayout(request.includes(), request.excludes(), Permalink.of(pattern)),
                    List.of());
        }
        List<Diagnostic> problems = new ArrayList<>();
        JekyllLayout layout = JekyllLayout.read(request, problems);
        ZoneId siteZone = layout.settings().timezone();
        // The site's timezone is a chosen zone: dates without an offset are not ambiguous there.
        ContentRequest read = siteZone == null || request.checks().timeZoneExplicit() ? request
                : new ContentRequest(request.contentDirectory(), request.includes(), request.excludes(),
                        request.charset(), siteZone, request.clock(), request.includeDrafts(),
                        request.checks().withTimeZoneExplicit(true), request.baseline(), request.siteFormat(),
                        request.permalink());
        return new Site(read, layout.inZone(read.timeZone()), problems);
    }

    /** Whether the content directory is read as a Jekyll site. */
    public static boolean isJekyll(Path contentDirectory, SiteFormat format) {
        return format == SiteFormat.JEKYLL || (format == null || format == SiteFormat.AUTO)
                && Files.isRegularFile(contentDirectory.resolve(JEKYLL_CONFIG));
    }

    /**
     * A Jekyll site's own address, {@code url} and {@code baseurl} of its {@code _config.yml}
     * ({@code https://example.com/blog/}), for the feeds and the sitemap when the build names none; {@code null} for
     * plain content or a site without {@code url}. Problems of the file are reported by the build, not here.
     */
    public static String jekyllAddress(Path contentDirectory, SiteFormat format) {
        if (!isJekyll(contentDirectory, format)) {
            return null;
        }
        SiteSettings settings = SiteSettingsReader.read(contentDirectory, new ArrayList<>());
        String url = settings.url() == null ? "" : settings.url().strip().replaceAll("/+$", "");
        if (url.isEmpty()) {
            return null;
        }
        String base = settings.baseurl() == null ? "" : settings.baseurl().strip().replaceAll("^/+|/+$", "");
        return url + "/" + (base.isEmpty() ? "" : base + "/");
    }

    /**
     * The plugin with which a Jekyll site makes a feed or a sitemap ({@code jekyll-feed}, else {@code jekyll-sitemap},
     * as its {@code _config.yml}'s {@code plugins} names them), or {@code null}: a site that publishes them expects
     * them of its bundle too.
     */
    public static String jekyllFeedPlugin(Path contentDirectory, SiteFormat format) {
        if (!isJekyll(contentDirectory, format)) {
            return null;
        }
        List<String> plugins = SiteSettingsReader.read(contentDirectory, new ArrayList<>()).plugins();
        return plugins.stream().filter(p -> p.equals("jekyll-feed") || p.equals("jekyll-sitemap")).sorted()
                .findFirst().orElse(null);
    }

    /** Whether the site's settings have an error: then no article is read. */
    public boolean broken() {
        return problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}

package dev.articles.core.preview;

import dev.articles.core.bundle.BundleLayout;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * The preview's HTML pages: the index, an article, and "not found", each with a bar on top (build, time, live
 * status) and the diagnostics of the current build. Every text from the content or the findings is escaped; only an
 * article's HTML, sanitised when it was rendered, goes into a page as it is.
 */
final class PreviewPages {
    /** More findings than this on one page are counted, not listed. */
    static final int MAX_LISTED = 200;

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Path contentDirectory;
    private final Path baseDirectory;
    private final ZoneId zone;
    private final boolean feedsConfigured;

    /**
     * @param contentDirectory the articles' folder (an article's {@code source} is relative to it)
     * @param baseDirectory file paths are shown relative to this folder (the project's)
     * @param zone the zone times of builds are shown in
     * @param feedsConfigured whether the render has a site address, and so feeds and a sitemap (when an article is
     *     published)
     */
    PreviewPages(Path contentDirectory, Path baseDirectory, ZoneId zone, boolean feedsConfigured) {
        this.contentDirectory = contentDirectory.toAbsolutePath().normalize();
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.zone = zone;
        this.feedsConfigured = feedsConfigured;
    }

    /**
     * The list of articles, newest first, then their categories and tags.
     *
     * @param feeds the feed and sitemap files the render has ({@code feed.xml}, {@code feed.json},
     *     {@code sitemap.xml}), linked in this order
     */
    String index(PreviewState state, List<PreviewBundle.Summary> articles, List<String> feeds) {
        StringBuilder out = start(state, "Articles");
        diagnostics(out, state, state.result().diagnostics(), 0);
        out.append("<main>\n<h1>Articles</h1>\n");
        if (!state.rendered()) {
            out.append("<p class=\"empty\">Nothing rendered yet.</p>\n");
        } else if (articles.isEmpty()) {
            out.append("<p class=\"empty\">No articles in the render.</p>\n");
        } else {
            out.append("<p class=\"meta\">").append(count(articles.size(), "article")).append(", newest first · <a "
                    + "href=\"/bundle/index.json\">index.json</a>");
            for (String feed : feeds) {
                out.append(" · <a href=\"").append(bundleHref(feed)).append("\">").append(escape(feed)).append("</a>");
            }
            if (!feedsConfigured) {
                out.append(" · no feeds and no sitemap: siteUrl is not set");
            }
            out.append("</p>\n");
            list(out, articles);
            for (PreviewTaxonomy taxonomy : List.of(PreviewTaxonomy.CATEGORY, PreviewTaxonomy.TAG)) {
                terms(out, taxonomy, taxonomy.counts(articles));
            }
        }
        out.append("</main>\n");
        return end(out);
    }

    /**
     * The page of a tag or category: its articles, newest first, as the index shows them.
     *
     * @param articles the articles that have the term, newest first
     */
    String term(PreviewState state, PreviewTaxonomy taxonomy, String term, List<PreviewBundle.Summary> articles) {
        StringBuilder out = start(state, taxonomy.label() + ": " + term);
        // As on an article's page: every error (they keep the content from being rendered), the rest counted.
        List<Diagnostic> errors = state.result().diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        diagnostics(out, state, errors, state.result().diagnostics().size() - errors.size());
        out.append("<main>\n<p class=\"back\"><a href=\"/\">&larr; All articles</a></p>\n<h1>")
                .append(taxonomy.label()).append(": ").append(escape(term)).append("</h1>\n<p class=\"meta\">")
                .append(count(articles.size(), "article")).append(", newest first</p>\n");
        list(out, articles);
        out.append("</main>\n");
        return end(out);
    }

    /** Articles as the index lists them: title (a link), facts, excerpt. */
    private static void list(StringBuilder out, List<PreviewBundle.Summary> articles) {
        out.append("<ol class=\"articles\">\n");
        for (PreviewBundle.Summary a : articles) {
            out.append("<li").append(langAttribute(language(null, a.title() + " " + a.excerpt())))
                    .append(">\n<a class=\"title\" href=\"").append(escape(a.url())).append("\">")
                    .append(escape(a.title())).append("</a>\n");
            meta(out, a);
            if (a.excerpt() != null && !a.excerpt().isEmpty()) {
                out.append("<p class=\"excerpt\">").append(escape(a.excerpt())).append("</p>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    /** The terms of a taxonomy, each a link to its page with its number of articles; nothing when there are none. */
    private static void terms(StringBuilder out, PreviewTaxonomy taxonomy, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.append("<section class=\"terms\">\n<h2>").append(taxonomy.plural()).append("</h2>\n<p>");
        counts.forEach((term, n) -> out.append("<a class=\"").append(taxonomy.cssClass()).append("\" href=\"")
                .append(escape(taxonomy.href(term))).append("\">").append(escape(term))
                .append("<span class=\"count\">").append(n).append("</span></a>"));
        out.append("</p>\n</section>\n");
    }

    /** One article: its title, date, tags, reading time and HTML. */
    String article(PreviewState state, PreviewBundle.Page page) {
        PreviewBundle.Summary a = page.summary();
        StringBuilder out = start(state, a.title());
        // This article's findings, and every error: errors anywhere keep the whole content from being rendered.
        Path file = page.source() == null ? null : contentDirectory.resolve(page.source()).normalize();
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic d : state.result().diagnostics()) {
            if (d.severity() == Severity.ERROR || d.file().normalize().equals(file)) {
                shown.add(d);
            }
        }
        diagnostics(out, state, shown, state.result().diagnostics().size() - shown.size());
        out.append("<main>\n<p class=\"back\"><a href=\"/\">&larr; All articles</a></p>\n<article")
                .append(langAttribute(language(page.declaredLanguage(), a.title() + " " + page.html())))
                .append(">\n<h1>").append(escape(a.title())).append("</h1>\n");
        meta(out, a);
        out.append("<div class=\"body\">\n").append(page.html()).append("\n</div>\n</article>\n</main>\n");
        out.append("<footer class=\"preview-foot\">");
        if (page.source() != null) {
            out.append("Source: <code>").append(escape(shown(file))).append("</code> · ");
        }
        String json = BundleLayout.articleJson(a.id());
        String html = BundleLayout.articleHtml(a.id());
        out.append("Bundle files: <a href=\"").append(bundleHref(json)).append("\">").append(escape(json))
                .append("</a>, <a href=\"").append(bundleHref(html)).append("\">").append(escape(html))
                .append("</a></footer>\n");
        return end(out);
    }

    /** The preview's address of a file of the bundle, each segment percent-encoded (a file key may hold '%'). */
    private static String bundleHref(String path) {
        StringBuilder sb = new StringBuilder("/bundle");
        for (String segment : path.split("/", -1)) {
            sb.append('/').append(PreviewPaths.encode(segment));
        }
        return sb.toString();
    }

    /** A page for a path the preview has nothing at (an article renamed since the page was opened, say). */
    String notFound(PreviewState state, String path) {
        StringBuilder out = start(state, "Not found");
        diagnostics(out, state, state.result().diagnostics(), 0);
        out.append("<main>\n<h1>Not found</h1>\n<p>The current render has nothing at <code>").append(escape(path))
                .append("</code>. An article there may have been renamed, deleted or given another address.</p>\n"
                        + "<p><a href=\"/\">All articles</a></p>\n</main>\n");
        return end(out);
    }

    private StringBuilder start(PreviewState state, String title) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\" data-preview-build=\"").append(escape(state.token()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
                        + "initial-scale=1\">\n<title>").append(escape(title)).append(" · articles preview</title>\n"
                        + "<link rel=\"stylesheet\" href=\"/_preview/preview.css\">\n"
                        + "<script src=\"/_preview/reload.js\" defer></script>\n</head>\n<body>\n"
                        + "<header class=\"preview-bar\"><a href=\"/\">Articles preview</a><span>build ")
                .append(state.build()).append("</span><span>checked at ").append(time(state.checkedAt()))
                .append("</span><span id=\"preview-connection\" class=\"live\">live</span></header>\n");
        return out;
    }

    private static String end(StringBuilder out) {
        return out.append("</body>\n</html>\n").toString();
    }

    /**
     * The findings section: what the pages show (current content or the last good render), the counts, and the
     * findings given, errors first in colour.
     *
     * @param notListed findings of the build left out on this page (listed on the index)
     */
    private void diagnostics(StringBuilder out, PreviewState state, List<Diagnostic> listed, int notListed) {
        ContentResult result = state.result();
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long infos = result.count(Severity.INFO);
        out.append("<section id=\"diagnostics\" class=\"diagnostics ")
                .append(errors > 0 ? "has-errors" : warnings + infos > 0 ? "has-findings" : "clean").append("\">\n");
        if (state.failure() != null) {
            out.append("<p class=\"failure\">The last build failed: ").append(escape(state.failure()))
                    .append(". The pages may be incomplete; the preview tries again on the next change.</p>\n");
        }
        if (!state.current()) {
            String why = errors > 0 ? "The content has errors, so it was not rendered (articles:bundle writes no "
                    + "bundle then)" : state.failure() != null ? "The content could not be rendered"
                    : "The content has warnings and failOnWarning is set, so it was not rendered";
            if (state.rendered()) {
                out.append("<p class=\"stale\">").append(why).append(": these pages show the last good render, made ")
                        .append(state.earlierRun() ? "by an earlier run of the preview, at " : "at ")
                        .append(time(state.renderedAt())).append(".</p>\n");
            } else {
                out.append("<p class=\"stale\">").append(why).append(", and there is no earlier render to show. Fix "
                        + "the findings below and the pages appear.</p>\n");
            }
        }
        if (result.diagnostics().isEmpty()) {
            out.append("<p>No findings: ").append(count(result.checked(), "article")).append(" checked.</p>\n");
        } else {
            out.append("<h2>").append(count(errors, "error")).append(", ").append(count(warnings, "warning"));
            if (infos > 0) {
                out.append(", ").append(count(infos, "info"));
            }
            out.append(" in ").append(count(result.checked(), "article")).append(" checked</h2>\n");
            if (!listed.isEmpty()) {
                out.append("<table>\n");
                for (Diagnostic d : listed.subList(0, Math.min(listed.size(), MAX_LISTED))) {
                    String severity = d.severity().name().toLowerCase(Locale.ROOT);
                    out.append("<tr class=\"").append(severity).append("\"><td class=\"severity\">").append(severity)
                            .append("</td><td class=\"where\"><code>").append(escape(where(d)))
                            .append("</code></td><td class=\"rule\"><code>").append(escape(d.rule()))
                            .append("</code></td><td class=\"message\">").append(escape(d.message()))
                            .append("</td></tr>\n");
                }
                out.append("</table>\n");
            }
            int more = Math.max(0, listed.size() - MAX_LISTED);
            if (more > 0) {
                out.append("<p>").append(count(more, "more finding")).append(" not listed here.</p>\n");
            }
            if (notListed > 0) {
                out.append("<p>").append(count(notListed, "finding")).append(" in other files: see the <a "
                        + "href=\"/#diagnostics\">index</a>.</p>\n");
            }
        }
        out.append("</section>\n");
    }

    /** Date, reading time, author, categories, draft mark and tags. */
    private static void meta(StringBuilder out, PreviewBundle.Summary a) {
        out.append("<p class=\"meta\"><span><time datetime=\"").append(escape(a.date())).append("\">")
                .append(escape(day(a.date()))).append("</time></span><span class=\"reading-time\">")
                .append(a.readingMinutes()).append(" min read</span>");
        if (a.author() != null) {
            out.append("<span class=\"author\">by ").append(escape(a.author())).append("</span>");
        }
        if (!a.categories().isEmpty()) {
            out.append("<span class=\"categories\">in ");
            for (int i = 0; i < a.categories().size(); i++) {
                out.append(i == 0 ? "" : ", ");
                termLink(out, PreviewTaxonomy.CATEGORY, a.categories().get(i));
            }
            out.append("</span>");
        }
        if (a.draft()) {
            out.append("<span class=\"draft\">draft</span>");
        }
        out.append("</p>\n");
        if (!a.tags().isEmpty()) {
            out.append("<p class=\"tags\">");
            for (String tag : a.tags()) {
                termLink(out, PreviewTaxonomy.TAG, tag);
            }
            out.append("</p>\n");
        }
    }

    /** A tag or category as a link to its page. */
    private static void termLink(StringBuilder out, PreviewTaxonomy taxonomy, String term) {
        out.append("<a class=\"").append(taxonomy.cssClass()).append("\" href=\"").append(escape(taxonomy.href(term)))
                .append("\">").append(escape(term)).append("</a>");
    }

    /** {@code path:[line,column]} as in the build log, the path relative to the project folder. */
    private String where(Diagnostic d) {
        String path = shown(d.file());
        return d.line() > 0 ? path + ":[" + d.line() + "," + Math.max(1, d.column()) + "]" : path;
    }

    private String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(baseDirectory) ? baseDirectory.relativize(abs) : abs;
        return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    }

    private String time(Instant instant) {
        return instant == null ? "" : CLOCK_TIME.format(instant.atZone(zone));
    }

    /** {@code 2026-03-02 09:30 +09:00} from the bundle's RFC 3339 date. */
    static String day(String date) {
        if (date == null) {
            return "";
        }
        try {
            OffsetDateTime d = OffsetDateTime.parse(date);
            return DAY_TIME.format(d) + " " + (d.getOffset().getTotalSeconds() == 0 ? "UTC" : d.getOffset().getId());
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    /**
     * The language of a text for its {@code lang} attribute: the one its front matter declares, else guessed from its
     * characters (kana: Japanese; Hangul: Korean; Chinese characters alone: Chinese), else {@code null} (the page's
     * English).
     */
    static String language(String declared, String text) {
        if (declared != null && declared.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            return declared;
        }
        boolean han = false;
        boolean hangul = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                return "ja";
            }
            hangul |= script == Character.UnicodeScript.HANGUL;
            han |= script == Character.UnicodeScript.HAN;
            i += Character.charCount(cp);
        }
        return hangul ? "ko" : han ? "zh" : null;
    }

    private static String langAttribute(String lang) {
        return lang == null ? "" : " lang=\"" + escape(lang) + "\"";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }
}

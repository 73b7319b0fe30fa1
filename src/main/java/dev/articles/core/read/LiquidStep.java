package dev.articles.core.read;

import dev.articles.core.check.body.LinkSyntaxCheck;
import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.JekyllValues;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.liquid.JekyllLiquid;
import dev.articles.core.liquid.SourceMap;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.site.JekyllLayout;
import dev.articles.core.site.Placement;
import dev.articles.core.site.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs a Jekyll site's Liquid on an article body before its Markdown, as Jekyll does, and turns the engine's issues
 * into diagnostics. Plain content has no Liquid step: its {@code {% post_url %}} and {@code {% link %}} are read by
 * the Markdown renderer, and other Liquid is reported ({@code liquid.unsupported}).
 */
public final class LiquidStep {
    /** Liquid that cannot be parsed or rendered. */
    public static final Rule LIQUID_SYNTAX = Rule.fixed("liquid.syntax", "The Liquid is not valid.");
    /** An include or data file that is missing, unreadable or outside where it may be read from. */
    public static final Rule LIQUID_FILE = Rule.fixed("liquid.file", "An include or data file the Liquid uses cannot be"
            + " read.");
    /** Too many loop passes, too much output, includes nested too deep, too long. */
    public static final Rule LIQUID_LIMIT = Rule.fixed("liquid.limit", "The Liquid exceeds a limit (loops, output, include"
            + " depth, time).");
    /** A filter neither Liquid nor Jekyll knows (a plugin's): its input is kept, as Jekyll does. */
    public static final Rule LIQUID_FILTER = Rule.configurable("liquid.filter", Severity.WARNING,
            "A Liquid filter that Jekyll does not know without a plugin.");
    /** A site-wide variable ({@code site.posts}) the plugin does not provide: what depends on it is left out. */
    public static final Rule LIQUID_VARIABLE = Rule.configurable("liquid.variable", Severity.WARNING,
            "A site-wide Liquid variable (site.posts...) that is empty in the plugin.");
    public static final List<Rule> RULES = List.of(LIQUID_SYNTAX, LIQUID_FILE, LIQUID_LIMIT, LIQUID_FILTER,
            LIQUID_VARIABLE);

    /** Liquid's time per article: less than the whole article's, so that a slow template is called so. */
    private static final long BUDGET_MILLIS = 5_000;
    private static final Pattern HAS_LIQUID = Pattern.compile("\\{[{%]");

    /** What the step made of a body: the text for Markdown, its map, and the site files it read. */
    record Outcome(String body, SourceMap map, Set<String> dependencies) {
    }

    private final ContentRequest request;
    private final JekyllLayout layout;
    private final MarkdownRenderer renderer;
    private volatile JekyllLiquid engine;

    LiquidStep(ContentRequest request, JekyllLayout layout, MarkdownRenderer renderer) {
        this.request = request;
        this.layout = layout;
        this.renderer = renderer;
    }

    /**
     * The body after Liquid. Unchanged when it has no Liquid or says {@code render_with_liquid: false}; when the
     * Liquid fails, the body as written (its problems are in {@code problems}).
     */
    Outcome render(Path file, String body, YamlNode.Mapping yaml, FrontMatter fm, Placement place, String url,
            List<Diagnostic> problems) {
        if (!HAS_LIQUID.matcher(body).find() || isFalse(yaml.get("render_with_liquid"))) {
            return new Outcome(body, SourceMap.IDENTITY, Set.of());
        }
        JekyllLiquid.Result r = engine().render(body, page(yaml, fm, place, url), file);
        for (JekyllLiquid.Issue issue : r.issues()) {
            problems.add(Diagnostic.of(file, issue.line(), issue.column(), rule(issue.kind()), issue.message()));
        }
        return r.failed() ? new Outcome(body, SourceMap.IDENTITY, r.dependencies())
                : new Outcome(r.text(), r.map(), r.dependencies());
    }

    private static Rule rule(JekyllLiquid.Kind kind) {
        return switch (kind) {
            case SYNTAX -> LIQUID_SYNTAX;
            case UNKNOWN_TAG -> LinkSyntaxCheck.LIQUID_UNSUPPORTED;
            case FILE -> LIQUID_FILE;
            case LIMIT -> LIQUID_LIMIT;
            case UNKNOWN_FILTER -> LIQUID_FILTER;
            case UNAVAILABLE -> LIQUID_VARIABLE;
        };
    }

    private static boolean isFalse(YamlNode node) {
        return node != null && Boolean.FALSE.equals(JekyllValues.of(node));
    }

    private JekyllLiquid engine() {
        JekyllLiquid e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    Path root = request.contentDirectory();
                    try {
                        root = root.toRealPath();
                    } catch (IOException ex) {
                        root = root.toAbsolutePath().normalize();
                    }
                    engine = new JekyllLiquid(new JekyllLiquid.Site(root,
                            JekyllLiquid.siteConfig(root.resolve(Site.JEKYLL_CONFIG)),
                            layout.settings().url(), layout.settings().baseurl(), request.clock(), layout.zone(),
                            request.checks().maxFileSize(), BUDGET_MILLIS),
                            markdown -> renderer.renderSnippet(markdown)[1]);
                }
                e = engine;
            }
        }
        return e;
    }

    /** {@code page}: the front matter with YAML's types, and what Jekyll adds. */
    private static Map<String, Object> page(YamlNode.Mapping yaml, FrontMatter fm, Placement place, String url) {
        Map<String, Object> page = new LinkedHashMap<>();
        yaml.asMap().forEach((key, entry) -> page.put(key, JekyllValues.of(entry.value())));
        page.put("title", fm.title());
        if (fm.date() != null) {
            page.put("date", fm.date().toZonedDateTime());
        }
        page.put("url", url);
        page.put("slug", fm.slug());
        page.put("categories", fm.categories());
        page.put("tags", fm.tags());
        page.put("path", place.source());
        page.put("collection", place.collection());
        page.put("draft", fm.draft());
        return page;
    }
}

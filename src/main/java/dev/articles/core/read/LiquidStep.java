package dev.articles.core.read;

import dev.articles.core.check.body.LinkSyntaxCheck;
import dev.articles.core.frontmatter.FrontMatter;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
        return node instanceof YamlNode.Scalar s && s.value() != null && !s.quoted()
                && s.value().strip().equalsIgnoreCase("false");
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
                    engine = new JekyllLiquid(new JekyllLiquid.Site(root, config(root),
                            layout.settings().url(), layout.settings().baseurl(), request.clock(), layout.zone(),
                            request.checks().maxFileSize(), BUDGET_MILLIS),
                            markdown -> renderer.renderSnippet(markdown)[1]);
                }
                e = engine;
            }
        }
        return e;
    }

    /** {@code _config.yml} as Liquid's {@code site} sees it (its problems are reported by the site's reader). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(Path root) {
        Path file = root.resolve(Site.JEKYLL_CONFIG);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 10_000_000) {
                return Map.of();
            }
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(100);
            options.setAllowDuplicateKeys(true);
            Object value = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
            return value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** {@code page}: the front matter with YAML's types, and what Jekyll adds. */
    private static Map<String, Object> page(YamlNode.Mapping yaml, FrontMatter fm, Placement place, String url) {
        Map<String, Object> page = new LinkedHashMap<>();
        yaml.asMap().forEach((key, entry) -> page.put(key, value(entry.value())));
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

    /** A YAML value as Ruby's YAML reader types it, near enough for templates: numbers, booleans, nil, text. */
    private static Object value(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.asMap().forEach((k, e) -> out.put(k, value(e.value())));
            return out;
        }
        if (node instanceof YamlNode.Sequence s) {
            List<Object> out = new ArrayList<>();
            s.items().forEach(i -> out.add(value(i)));
            return out;
        }
        if (!(node instanceof YamlNode.Scalar s) || s.value() == null) {
            return null;
        }
        String v = s.value();
        if (s.quoted()) {
            return v;
        }
        String t = v.strip();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "", "~", "null" -> {
                return null;
            }
            case "true", "yes", "on" -> {
                return true;
            }
            case "false", "no", "off" -> {
                return false;
            }
            default -> {
            }
        }
        if (t.matches("[-+]?(0|[1-9][0-9_]*)")) {
            try {
                return Long.parseLong(t.replace("_", ""));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (t.matches("[-+]?[0-9]+\\.[0-9]+")) {
            return Double.parseDouble(t);
        }
        return v;
    }
}

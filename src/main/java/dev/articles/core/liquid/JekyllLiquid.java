package dev.articles.core.liquid;

import dev.articles.core.link.Destination;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.exceptions.ExceededMaxIterationsException;
import liqp.exceptions.LiquidException;
import liqp.filters.Filter;
import liqp.parser.Flavor;

/**
 * Liquid as Jekyll runs it on an article before its Markdown: Liqp's Jekyll flavour, with Jekyll's tags and filters
 * ({@link JekyllTags}, {@link JekyllFilters}), {@code site} (the settings of {@code _config.yml}, {@code site.data},
 * {@code site.time}) and {@code page}. One per build, shared by all threads: Liqp's parser is immutable and each
 * rendering has its own {@link RenderState}.
 *
 * <p>Content is hostile input: includes stay inside {@code _includes} (or, for {@code include_relative}, the site),
 * nest at most {@link RenderState#MAX_INCLUDE_DEPTH} deep, and loops, output and time are bounded. Every problem is
 * an {@link Issue} at the article's line and column, never an exception.
 */
public final class JekyllLiquid {
    /** Iterations of all loops of one article together (a site's loop over its data is some thousands). */
    static final int MAX_ITERATIONS = 200_000;
    /** Characters one block may write. */
    static final int MAX_OUTPUT = 10_000_000;
    /** How many unknown filters one article may use before it is given up. */
    private static final int MAX_UNKNOWN_FILTERS = 8;
    /** Parsed templates kept; a site has far fewer shapes of Liquid than articles. */
    private static final int MAX_CACHED_TEMPLATES = 4_096;
    private static final Pattern UNKNOWN_FILTER = Pattern.compile("no filter available named: \\|(\\S+)");
    private static final Pattern INVALID_TAG = Pattern.compile("Invalid Tag: '([^']*)'");
    private static final Pattern LIQP_POSITION = Pattern.compile("error on line (\\d+), index (\\d+): ");

    /** What kind of problem an {@link Issue} is, for the rule it is reported under. */
    public enum Kind {
        /** Liquid that cannot be parsed, or a tag given arguments it cannot take. */
        SYNTAX,
        /** A tag neither Liquid nor Jekyll knows: a Jekyll plugin's. */
        UNKNOWN_TAG,
        /** A missing or unreadable include or data file, or one outside where it may be read from. */
        FILE,
        /** Too many loop passes, too much output, too deep includes, too long. */
        LIMIT,
        /** A filter neither Liquid nor Jekyll knows; its input is kept, as Jekyll does. */
        UNKNOWN_FILTER,
        /** A site-wide variable the plugin does not provide ({@code site.posts}): it is empty. */
        UNAVAILABLE
    }

    /** A problem at a 1-based line and column of the article file. */
    public record Issue(Kind kind, int line, int column, String message) {
    }

    /**
     * A rendering: the text for Markdown and where it came from, or only issues when the Liquid could not be
     * rendered ({@code text} is {@code null}).
     *
     * @param dependencies the site files read (includes, data), relative to the site
     */
    public record Result(String text, SourceMap map, Set<String> dependencies, List<Issue> issues) {
        public boolean failed() {
            return text == null;
        }
    }

    /** Where the site is and what it says of itself. */
    public record Site(Path root, Map<String, Object> config, String url, String baseurl, Clock clock, ZoneId zone,
            long maxFileSize, long budgetMillis) {
    }

    private final Site site;
    private final Path includes;
    private final UnaryOperator<String> markdown;
    private final Map<Path, String> includeCache = RenderState.newIncludeCache();
    private final Set<String> passThroughFilters = Collections.synchronizedSet(new LinkedHashSet<>());
    private volatile TemplateParser parser;
    private volatile Map<String, Object> siteVariables;
    private volatile Map<String, Template> templates = new ConcurrentHashMap<>();
    /** The site's address in front of a link tag's output, or {@code null} when the site has none. */
    private final Pattern sitePrefix;

    public JekyllLiquid(Site site, UnaryOperator<String> markdown) {
        this.site = site;
        this.includes = site.root().resolve(configString(site.config(), "includes_dir", "_includes")).normalize();
        this.markdown = markdown;
        this.parser = parser(Set.of());
        this.sitePrefix = sitePrefix(site.url(), site.baseurl());
    }

    private TemplateParser parser(Set<String> passThrough) {
        TemplateParser.Builder b = new TemplateParser.Builder().withFlavor(Flavor.JEKYLL)
                .withStrictVariables(false)
                .withShowExceptionsFromInclude(true)
                .withErrorMode(TemplateParser.ErrorMode.STRICT)
                .withMaxIterations(MAX_ITERATIONS)
                .withMaxSizeRenderedString(MAX_OUTPUT)
                .withDefaultTimeZone(site.zone())
                .withRenderTransformer(new BoundedOutput(MAX_OUTPUT))
                .withBlock(new JekyllTags.Highlight())
                .withTag(new JekyllTags.LinkTag("post_url"))
                .withTag(new JekyllTags.LinkTag("link"))
                .withTag(new JekyllTags.ConfinedInclude(false))
                .withTag(new JekyllTags.ConfinedInclude(true));
        for (Filter f : JekyllFilters.all(markdown)) {
            b.withFilter(f);
        }
        for (String name : passThrough) {
            b.withFilter(new Filter(name) {
                @Override
                public Object apply(Object value, TemplateContext context, Object... params) {
                    return value;
                }
            });
        }
        return b.build();
    }

    /**
     * Renders an article body.
     *
     * @param body the body, front matter blanked out (its lines are the file's)
     * @param page the {@code page} variable: the front matter and what Jekyll adds (url, date, ...)
     * @param articleFile the article, for {@code include_relative}
     */
    public Result render(String body, Map<String, Object> page, Path articleFile) {
        MarkedSource marked = MarkedSource.of(body);
        RenderState state = new RenderState(site.root(), includes, articleFile.getParent(), includeCache,
                site.maxFileSize(), System.nanoTime() + site.budgetMillis() * 1_000_000L, marked.chunks());
        List<Issue> issues = new ArrayList<>();
        state.begin();
        try {
            for (int attempt = 0; ; attempt++) {
                TemplateParser p = parser;
                Template template;
                try {
                    template = template(p, marked.template());
                } catch (LiquidException e) {
                    issues.add(parseError(e, marked));
                    return failed(state, issues);
                } catch (StackOverflowError e) {
                    MarkedSource.Tag first = marked.tags().isEmpty() ? null : marked.tags().get(0);
                    issues.add(new Issue(Kind.LIMIT, first == null ? 1 : first.line(), first == null ? 1
                            : first.column(), "the Liquid nests too deeply to be read (thousands of blocks inside"
                            + " each other)"));
                    return failed(state, issues);
                }
                try {
                    String out = PositionMarks.expand(template.render(variables(page)), marked.chunks());
                    SourceMap.Stripped stripped = SourceMap.strip(withoutSitePrefixes(out));
                    for (String name : state.missing()) {
                        int[] at = locate(marked, null, "site\\.\\s*" + Pattern.quote(name) + "\\b");
                        issues.add(new Issue(Kind.UNAVAILABLE, at[0], at[1], "site." + name + " is empty here: the"
                                + " plugin renders each article on its own, without the whole site; what the Liquid"
                                + " makes of it is left out of the article"));
                    }
                    return new Result(stripped.text(), stripped.map(), state.dependencies(), issues);
                } catch (RuntimeException | StackOverflowError e) {
                    String unknown = unknownFilter(e);
                    if (unknown != null && attempt < MAX_UNKNOWN_FILTERS) {
                        int[] at = locate(marked, null, "\\|\\s*" + Pattern.quote(unknown) + "\\b");
                        issues.add(new Issue(Kind.UNKNOWN_FILTER, at[0], at[1], "the filter '" + unknown + "' is"
                                + " not Jekyll's (a plugin's?); its input is kept as it is, as Jekyll does without"
                                + " the plugin"));
                        allowFilter(unknown);
                        continue;
                    }
                    issues.add(renderError(e, marked));
                    return failed(state, issues);
                }
            }
        } finally {
            state.end();
        }
    }

    /**
     * The parsed template, from the cache when an article of the same shape was parsed before: with literal text as
     * references, articles that use the same tags in the same order have the same template. Liqp's templates keep
     * no state of a rendering.
     */
    private Template template(TemplateParser p, String text) {
        Map<String, Template> cache = templates;
        Template t = cache.get(text);
        if (t == null) {
            t = p.parse(text);
            if (cache.size() > MAX_CACHED_TEMPLATES) {
                cache.clear();
            }
            cache.put(text, t);
        }
        return t;
    }

    private static Result failed(RenderState state, List<Issue> issues) {
        return new Result(null, SourceMap.IDENTITY, state.dependencies(), issues);
    }

    private synchronized void allowFilter(String name) {
        if (passThroughFilters.add(name)) {
            parser = parser(passThroughFilters);
            templates = new ConcurrentHashMap<>(); // parsed with the old filters
        }
    }

    private Map<String, Object> variables(Map<String, Object> page) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("site", siteVariables());
        vars.put("page", page);
        vars.put("jekyll", Map.of("version", "4.3.1", "environment", "production"));
        return vars;
    }

    /**
     * {@code {{ site.baseurl }}{% post_url x %}} (Jekyll's advice for sites with a baseurl) as the tag alone, and
     * {@code {{ site.url }}} in front too: the tag becomes an address relative to the article, which a prefix would
     * break.
     */
    private String withoutSitePrefixes(String out) {
        if (sitePrefix == null || out.indexOf("{%" + Destination.TAG_SPACE) < 0) {
            return out;
        }
        return sitePrefix.matcher(out).replaceAll("$1");
    }

    /** The site's url and baseurl right before a link tag's output (marks may stand between). */
    private static Pattern sitePrefix(String url, String baseurl) {
        String u = url == null ? "" : url.strip().replaceAll("/+$", "");
        String b = baseurl == null ? "" : baseurl.strip().replaceAll("/+$", "");
        if (u.isEmpty() && b.isEmpty()) {
            return null;
        }
        String marks = "(?:[\\uFDD0-\\uFDD2][\\uFDD3\\uFDE0-\\uFDEF]*\\uFDD4)*";
        String prefix = (u.isEmpty() ? "" : "(?:" + Pattern.quote(u) + marks + ")?")
                + (b.isEmpty() ? "" : Pattern.quote(b));
        return Pattern.compile(prefix + "(" + marks + "\\{%" + Destination.TAG_SPACE + ")");
    }

    /** {@code site}: the settings, the data, the time of the build; read once, on first use. */
    private Map<String, Object> siteVariables() {
        Map<String, Object> vars = siteVariables;
        if (vars == null) {
            synchronized (this) {
                if (siteVariables == null) {
                    Map<String, Object> v = new LinkedHashMap<>(site.config());
                    v.put("url", site.url() == null ? "" : site.url());
                    v.put("baseurl", site.baseurl() == null ? "" : site.baseurl());
                    v.put("time", ZonedDateTime.now(site.clock()).withZoneSameInstant(site.zone()));
                    v.put("data", SiteData.read(site.root(), configString(site.config(), "data_dir", "_data"),
                            site.maxFileSize()));
                    siteVariables = new SiteVariables(v, collectionLabels(site.config()));
                }
                vars = siteVariables;
            }
        }
        return vars;
    }

    /**
     * A site's {@code _config.yml} as Liquid's {@code site} sees it, read as Jekyll's reader reads it; empty when it
     * is missing or unreadable (the site's settings reader reports its problems).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> siteConfig(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 10_000_000) {
                return Map.of();
            }
            Object value = SiteData.yaml(Files.readString(file));
            return value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** The labels of the site's collections ({@code collections:} as a map or a list). */
    private static Set<String> collectionLabels(Map<String, Object> config) {
        Object c = config.get("collections");
        Set<String> labels = new LinkedHashSet<>();
        if (c instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> labels.add(String.valueOf(k)));
        } else if (c instanceof List<?> l) {
            l.forEach(k -> labels.add(String.valueOf(k)));
        }
        return labels;
    }

    private static String configString(Map<String, Object> config, String key, String fallback) {
        Object value = config.get(key);
        return value instanceof String s && !s.isBlank() && !s.contains("..") ? s : fallback;
    }

    private static String unknownFilter(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : UNKNOWN_FILTER.matcher(t.getMessage());
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A parse error at its place: Liqp's line is the file's, its column counts the marks. */
    private static Issue parseError(LiquidException e, MarkedSource marked) {
        int[] place = marked.sourcePosition(Math.max(1, e.line), Math.max(0, e.charPositionInLine));
        String message = describe(e);
        MarkedSource.Tag unclosed = message.contains("<EOF>") ? marked.unclosedBlock() : null;
        if (unclosed != null) {
            return new Issue(Kind.SYNTAX, unclosed.line(), unclosed.column(), "'" + unclosed.markup().strip()
                    + "' is never closed: add {% end" + unclosed.name() + " %} where the block ends");
        }
        Matcher tag = INVALID_TAG.matcher(message);
        if (tag.find()) {
            int[] at = locate(marked, tag.group(1), null);
            return new Issue(Kind.UNKNOWN_TAG, at[0], at[1], "'{% " + tag.group(1) + " %}' is not a tag of Liquid"
                    + " or Jekyll (a Jekyll plugin's?); the article cannot be rendered as Jekyll with that plugin would");
        }
        return new Issue(Kind.SYNTAX, place[0], place[1], LiquidSyntaxMessage.of(message));
    }

    /** Liqp's message without its wrapping ({@code parser error "...' on line 2, index 9}). */
    static String describe(LiquidException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        Matcher quoted = Pattern.compile("parser error \"(.*)\" on line \\d+, index \\d+").matcher(m);
        return quoted.find() ? quoted.group(1) : m;
    }

    private static Issue renderError(Throwable e, MarkedSource marked) {
        RenderState.Problem problem = null;
        for (Throwable t = e; t != null && problem == null; t = t.getCause()) {
            if (t instanceof RenderState.Problem p) {
                problem = p;
            }
        }
        if (problem != null) {
            int[] at = problem.kind == Kind.LIMIT && problem.subject == null ? locateLoop(marked)
                    : locate(marked, tagOf(problem.subject), null);
            if (problem.kind == Kind.FILE && problem.subject != null) {
                int[] byName = locate(marked, null, Pattern.quote(problem.subject));
                at = byName[2] == 1 ? byName : at;
            }
            return new Issue(problem.kind, at[0], at[1], problem.getMessage());
        }
        if (e instanceof StackOverflowError) {
            int[] at = locateLoop(marked);
            return new Issue(Kind.LIMIT, at[0], at[1], "the Liquid nests too deeply to render");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExceededMaxIterationsException) {
                int[] at = locateLoop(marked);
                return new Issue(Kind.LIMIT, at[0], at[1], "the loops run more than " + MAX_ITERATIONS
                        + " times in all; look for a loop over a huge range");
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher position = LIQP_POSITION.matcher(message);
        if (position.find()) {
            int[] at = marked.sourcePosition(Integer.parseInt(position.group(1)),
                    Integer.parseInt(position.group(2)));
            return new Issue(Kind.SYNTAX, at[0], at[1], "the Liquid cannot be rendered: "
                    + message.substring(position.end()));
        }
        int[] at = locate(marked, null, null);
        return new Issue(Kind.SYNTAX, at[0], at[1], "the Liquid cannot be rendered: " + message);
    }

    /** The tag a problem's subject names: a tag name itself, or an include's file name. */
    private static String tagOf(String subject) {
        return subject == null || subject.contains(".") || subject.contains("/") ? null : subject;
    }

    /** The first loop, else the first include, else the first tag. */
    private static int[] locateLoop(MarkedSource marked) {
        int[] loop = locate(marked, "for", null);
        if (loop[2] == 1) {
            return loop;
        }
        loop = locate(marked, "tablerow", null);
        return loop[2] == 1 ? loop : locate(marked, "include", null);
    }

    /**
     * The first tag named {@code name} (any, when {@code null}) whose markup contains {@code pattern} (any, when
     * {@code null}).
     *
     * @return {@code {line, column, 1}} for a match; else the first tag's place and 0 (or line 1)
     */
    private static int[] locate(MarkedSource marked, String name, String pattern) {
        Pattern p = pattern == null ? null : Pattern.compile(pattern);
        for (MarkedSource.Tag tag : marked.tags()) {
            if ((name == null || name.equals(tag.name())) && (p == null || p.matcher(tag.markup()).find())) {
                return new int[] {tag.line(), tag.column(), 1};
            }
        }
        if (!marked.tags().isEmpty()) {
            MarkedSource.Tag first = marked.tags().get(0);
            return new int[] {first.line(), first.column(), 0};
        }
        return new int[] {1, 1, 0};
    }
}

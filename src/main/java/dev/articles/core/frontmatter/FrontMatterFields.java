package dev.articles.core.frontmatter;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the raw front matter tree into typed {@link FrontMatter}, reporting every field problem at the line and
 * column of the value at fault. All fields are checked even after a first problem, so a writer sees everything at once.
 */
public final class FrontMatterFields {
    /** A known field has the wrong shape (a list where text belongs, a word where a number belongs...). */
    public static final Rule FRONT_MATTER_TYPE = Rule.fixed("front-matter.type",
            "A known front matter key has the wrong type.");
    /** {@code title} is missing or blank. */
    public static final Rule FRONT_MATTER_TITLE = Rule.fixed("front-matter.title", "The title is missing or empty.");
    /** {@code date} is missing (and the file name has no date) or is not a real date. */
    public static final Rule FRONT_MATTER_DATE = Rule.fixed("front-matter.date",
            "The date is missing or not a real date.");
    /** The slug cannot be used as a file name in the bundle. */
    public static final Rule FRONT_MATTER_SLUG = Rule.fixed("front-matter.slug",
            "The slug cannot be used as a file name.");
    /** A published article is dated after the build's clock. */
    public static final Rule FRONT_MATTER_DATE_FUTURE = Rule.configurable("front-matter.date-future", Severity.WARNING,
            "A published article is dated in the future.");
    /** The rules above. */
    public static final List<Rule> RULES = List.of(FRONT_MATTER_TYPE, FRONT_MATTER_TITLE, FRONT_MATTER_DATE,
            FRONT_MATTER_SLUG, FRONT_MATTER_DATE_FUTURE);

    /** Keys with a meaning; every other key goes to {@code extra} untouched. */
    static final Set<String> KNOWN = Set.of("title", "date", "slug", "categories", "category", "tags", "tag", "author",
            "excerpt", "reading_time", "draft", "published", "articles-suppress");

    /** The front matter keys the plugin interprets; every other key is an article's {@code extra}. */
    public static Set<String> interpretedKeys() {
        return KNOWN;
    }

    private final Path file;
    private final List<Diagnostic> problems;

    private FrontMatterFields(Path file, List<Diagnostic> problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * @return the typed fields; when an error was reported some may be {@code null}, and the slug is still set
     *     when it could be found, so cross-article checks can name this file
     */
    public static FrontMatter interpret(Path file, YamlNode.Mapping yaml, ZoneId zone, Clock clock,
            List<Diagnostic> problems) {
        return interpret(file, yaml, new Place(JekyllFileName.of(file.getFileName().toString()), true, false), zone,
                clock, problems);
    }

    /**
     * What the file's name and place say before its front matter is read.
     *
     * @param name the date and slug the file name gives
     * @param dateRequired whether an article without any date is an error (a Jekyll collection's documents need none)
     * @param futureHeld whether an article dated after the build's clock is held back like a draft, without a
     *     finding (a Jekyll site with {@code future: false}, Jekyll's default: scheduled posts), rather than
     *     published with the {@code front-matter.date-future} warning
     */
    public record Place(JekyllFileName name, boolean dateRequired, boolean futureHeld) {
    }

    /** {@link #interpret(Path, YamlNode.Mapping, ZoneId, Clock, List)} with what the file's name and place say. */
    public static FrontMatter interpret(Path file, YamlNode.Mapping yaml, Place place, ZoneId zone, Clock clock,
            List<Diagnostic> problems) {
        return new FrontMatterFields(file, problems).interpret(yaml, place, zone, clock);
    }

    private FrontMatter interpret(YamlNode.Mapping yaml, Place place, ZoneId zone, Clock clock) {
        JekyllFileName name = place.name();

        String title = text(yaml, "title");
        if (title == null || title.isBlank()) {
            if (!failedOn(yaml, "title")) {
                YamlNode node = yaml.get("title");
                error(node == null ? 1 : node.line(), node == null ? 1 : node.column(), FRONT_MATTER_TITLE,
                        node == null ? "missing 'title' in front matter" : "'title' is empty");
            }
        }

        boolean draft = flag(yaml, "draft", false) | !flag(yaml, "published", true);
        OffsetDateTime date = date(yaml, name, place.dateRequired(), zone);
        if (date != null && !draft && date.toInstant().isAfter(clock.instant()) && place.futureHeld()) {
            draft = true; // published when its date has come: the build's memory expires then
        } else if (date != null && !draft && date.toInstant().isAfter(clock.instant())) {
            YamlNode node = yaml.get("date");
            problems.add(Diagnostic.of(file, node == null ? 1 : node.line(), node == null ? 1 : node.column(),
                    FRONT_MATTER_DATE_FUTURE, "the article is dated " + ISO_OFFSET_DATE_TIME.format(date)
                            + ", after the build time; it is published now anyway (mark it 'draft: true' to hold it back)"));
        }

        String slug = text(yaml, "slug");
        int slugLine = 1;
        int slugColumn = 1;
        if (slug != null) {
            YamlNode node = yaml.get("slug");
            slugLine = node.line();
            slugColumn = node.column();
        } else if (!failedOn(yaml, "slug")) {
            slug = name.slug();
        }
        if (slug != null) {
            String problem = Slugs.problem(slug);
            if (problem != null) {
                error(slugLine, slugColumn, FRONT_MATTER_SLUG, problem
                        + (yaml.get("slug") == null ? " (taken from the file name; set 'slug:' to choose another)" : ""));
            }
        }

        List<String> categories = categories(yaml);
        List<String> tags = tags(yaml);
        String author = text(yaml, "author");
        String excerpt = text(yaml, "excerpt");
        Integer readingTime = minutes(yaml, "reading_time");

        Map<String, Object> extra = new LinkedHashMap<>();
        yaml.entries().forEach((key, entry) -> {
            if (!KNOWN.contains(key)) {
                extra.put(key, YamlNode.toPlain(entry.value()));
            }
        });
        return new FrontMatter(title == null ? null : title.strip(), date, slug, slugLine, slugColumn, List.copyOf(categories),
                List.copyOf(tags), author == null || author.isBlank() ? null : author.strip(),
                excerpt == null || excerpt.isBlank() ? null : excerpt, readingTime, draft, extra);
    }

    private OffsetDateTime date(YamlNode.Mapping yaml, JekyllFileName name, boolean required, ZoneId zone) {
        YamlNode node = yaml.get("date");
        String value = text(yaml, "date");
        if (value != null) {
            try {
                return DateParser.parse(value, zone);
            } catch (DateParser.InvalidDateException e) {
                error(node.line(), node.column(), FRONT_MATTER_DATE, e.getMessage());
                return null;
            }
        }
        if (failedOn(yaml, "date")) {
            return null;
        }
        if (name.date() != null) {
            return name.date().atStartOfDay(zone).toOffsetDateTime();
        }
        if (name.dateProblem() != null) {
            error(node == null ? 1 : node.line(), node == null ? 1 : node.column(), FRONT_MATTER_DATE,
                    name.dateProblem() + "; correct the file name or add 'date: 2026-02-05 17:08:42 +0900' to the "
                            + "front matter");
            return null;
        }
        if (!required) {
            return null;
        }
        error(node == null ? 1 : node.line(), node == null ? 1 : node.column(), FRONT_MATTER_DATE,
                "no date: add 'date: 2026-02-05 17:08:42 +0900' to the front matter or name the file "
                        + "2026-02-05-" + name.slug() + ".md");
        return null;
    }

    /** A scalar's text, {@code null} when absent or null; reports a type error for lists and mappings. */
    private String text(YamlNode.Mapping yaml, String key) {
        YamlNode node = yaml.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s) {
            return s.value();
        }
        error(node.line(), node.column(), FRONT_MATTER_TYPE,
                "'" + key + "' must be text, not a " + kind(node));
        return null;
    }

    /** Whether {@code key} is present but not a scalar (the type error is already reported). */
    private static boolean failedOn(YamlNode.Mapping yaml, String key) {
        YamlNode node = yaml.get(key);
        return node != null && !(node instanceof YamlNode.Scalar);
    }

    /**
     * Jekyll's categories from the front matter ({@code Document#populate_categories}, checked against jekyll 4.3.1):
     * {@code categories} (a list, or text split at white space), then {@code category} (one text, not split, or a
     * list), each once; case matters ({@code Java} and {@code java} are two). The folders above {@code _posts}
     * come first: see {@link #mergeCategories(List, List)}.
     */
    private List<String> categories(YamlNode.Mapping yaml) {
        List<String> plural = plural(yaml, "categories");
        List<String> singular = singular(yaml, "category");
        LinkedHashSet<String> out = new LinkedHashSet<>(plural);
        if (singular != null) {
            out.addAll(singular);
        }
        return List.copyOf(out);
    }

    /**
     * Jekyll's tags ({@code Document#populate_tags}, checked against jekyll 4.3.1): {@code tag} (one text, not
     * split, or a list) when it is set, and then {@code tags} is ignored; else {@code tags} (a list, or text split at
     * white space). Tags are not de-duplicated.
     */
    private List<String> tags(YamlNode.Mapping yaml) {
        List<String> plural = plural(yaml, "tags");
        List<String> singular = singular(yaml, "tag");
        return singular != null ? singular : plural;
    }

    /**
     * The categories Jekyll gives a post: those of the folders above {@code _posts} ({@code a/b/_posts/x.md} has
     * {@code a} and {@code b}), then those of the front matter, each once, case-sensitively (checked against jekyll
     * 4.3.1: {@code Foo/bar/_posts} with {@code categories: [B, a, bar, Foo, foo]} and {@code category: d} gives
     * {@code Foo, bar, B, a, foo, d}).
     *
     * @param fromFolders the folder names, outermost first
     * @param fromFrontMatter the front matter's categories, as {@link FrontMatter#categories()}
     */
    public static List<String> mergeCategories(List<String> fromFolders, List<String> fromFrontMatter) {
        LinkedHashSet<String> out = new LinkedHashSet<>(fromFolders);
        out.addAll(fromFrontMatter);
        return List.copyOf(out);
    }

    /** {@code categories} / {@code tags}: a list, or Jekyll's space-separated text; empty when absent or null. */
    private List<String> plural(YamlNode.Mapping yaml, String key) {
        YamlNode node = yaml.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof YamlNode.Scalar s) {
            if (s.value() == null) {
                return List.of();
            }
            JekyllScalar jekyll = JekyllScalar.of(s);
            if (jekyll.kind() != JekyllScalar.Kind.STRING) {
                boolean fails = key.equals("categories") || jekyll.kind() == JekyllScalar.Kind.UNREADABLE;
                error(s.line(), s.column(), FRONT_MATTER_TYPE, "'" + key + "' must be a list or space-separated text, "
                        + "not " + (jekyll.kind() == JekyllScalar.Kind.UNREADABLE ? s.value()
                                : "the " + jekyll.kind().noun + " " + s.value())
                        + " (" + (fails ? "Jekyll fails to read the post" : "Jekyll ignores it") + "); write \""
                        + s.value() + "\"");
                return List.of();
            }
            // Ruby's String#split: at runs of ASCII white space, none at either end.
            return Arrays.stream(s.value().split("[ \\t\\n\\x0B\\f\\r]+")).filter(t -> !t.isEmpty()).toList();
        }
        if (node instanceof YamlNode.Sequence seq) {
            return items(key, seq);
        }
        error(node.line(), node.column(), FRONT_MATTER_TYPE,
                "'" + key + "' must be a list or space-separated text, not a mapping");
        return List.of();
    }

    /** {@code category} / {@code tag}: one term (never split) or a list; {@code null} when absent or null. */
    private List<String> singular(YamlNode.Mapping yaml, String key) {
        YamlNode node = yaml.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.value() == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s) {
            if (s.value().isBlank()) {
                error(s.line(), s.column(), FRONT_MATTER_TYPE, "'" + key + "' must be non-empty text, not empty");
                return List.of();
            }
            String term = term(key, s);
            return term == null ? List.of() : List.of(term);
        }
        if (node instanceof YamlNode.Sequence seq) {
            return items(key, seq);
        }
        error(node.line(), node.column(), FRONT_MATTER_TYPE, "'" + key + "' must be text or a list, not a mapping");
        return List.of();
    }

    private List<String> items(String key, YamlNode.Sequence seq) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
                String term = term(key, s);
                if (term != null) {
                    out.add(term);
                }
            } else {
                error(item.line(), item.column(), FRONT_MATTER_TYPE, "each of '" + key
                        + "' must be non-empty text, not " + (item instanceof YamlNode.Scalar ? "empty" : "a " + kind(item)));
            }
        }
        return out;
    }

    /**
     * One term as written (without surrounding white space), or {@code null} after reporting a plain value Jekyll
     * reads as something else: {@code 1.10} is the number 1.1 to Jekyll, {@code yes} is true.
     */
    private String term(String key, YamlNode.Scalar s) {
        JekyllScalar jekyll = JekyllScalar.of(s);
        if (jekyll.kind() == JekyllScalar.Kind.STRING || jekyll.keepsText(s.value())) {
            return s.value().strip();
        }
        String reading = switch (jekyll.kind()) {
            case TIME -> "reads " + s.value() + " in '" + key + "' as a time";
            case UNREADABLE -> "cannot load " + s.value() + " in '" + key + "'";
            default -> "reads " + s.value() + " in '" + key + "' as the " + jekyll.kind().noun + " " + jekyll.text();
        };
        error(s.line(), s.column(), FRONT_MATTER_TYPE,
                "Jekyll " + reading + "; write \"" + s.value() + "\" to keep it as written");
        return null;
    }

    private boolean flag(YamlNode.Mapping yaml, String key, boolean absent) {
        String value = text(yaml, key);
        if (value == null) {
            return absent;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                YamlNode node = yaml.get(key);
                error(node.line(), node.column(), FRONT_MATTER_TYPE,
                        "'" + key + "' must be true or false, not '" + value + "'");
                return absent;
        }
    }

    private Integer minutes(YamlNode.Mapping yaml, String key) {
        String value = text(yaml, key);
        if (value == null) {
            return null;
        }
        if (value.strip().matches("\\d{1,5}")) {
            return Integer.valueOf(value.strip());
        }
        YamlNode node = yaml.get(key);
        error(node.line(), node.column(), FRONT_MATTER_TYPE,
                "'" + key + "' must be a whole number of minutes, not '" + value + "'");
        return null;
    }

    private static String kind(YamlNode node) {
        return node instanceof YamlNode.Sequence ? "list" : node instanceof YamlNode.Mapping ? "mapping" : "value";
    }

    private void error(int line, int column, Rule rule, String message) {
        problems.add(Diagnostic.of(file, line, column, rule, message));
    }
}

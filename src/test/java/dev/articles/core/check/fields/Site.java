package dev.articles.core.check.fields;

import dev.articles.core.build.ContentChecker;
import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.FactsCollector;
import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.FrontMatterFields;
import dev.articles.core.frontmatter.FrontMatterSplitter;
import dev.articles.core.frontmatter.StrictYamlReader;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A content directory for tests: write articles, run the whole engine, look at one rule's findings. */
final class Site {
    /** "Now" for every test: after all fixture dates, so no future-date warnings. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    final Path dir;
    private CheckSettings settings = CheckSettings.defaults();
    private ZoneId zone = ZoneOffset.UTC;

    Site(Path dir) {
        this.dir = dir;
    }

    Site settings(CheckSettings settings) {
        this.settings = settings;
        return this;
    }

    Site zone(ZoneId zone) {
        this.zone = zone;
        return this;
    }

    /** Writes {@code text} to {@code path} (relative, folders created). */
    Site file(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentResult result() {
        try {
            return new ContentChecker().check(new ContentRequest(dir, null, null, StandardCharsets.UTF_8, zone, CLOCK,
                    true, settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All diagnostics, in the engine's order. */
    List<Diagnostic> check() {
        return result().diagnostics();
    }

    /** The diagnostics of one rule. */
    List<Diagnostic> check(String rule) {
        return check().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    /** {@code "path:[line,col] rule: message"} relative to the site, for compact assertions. */
    String show(Diagnostic d) {
        return dir.relativize(d.file()).toString().replace('\\', '/') + ":[" + d.line() + "," + d.column() + "] "
                + d.rule() + ": " + d.message();
    }

    /** An article: front matter lines, then the body. */
    static String article(String frontMatter, String body) {
        return "---\n" + frontMatter + (frontMatter.endsWith("\n") ? "" : "\n") + "---\n\n" + body;
    }

    /** Settings with everything at its default except what is given. */
    static CheckSettings settings(List<String> categories, List<String> tags, int excerptMax, int tolerance,
            Path schema, boolean timeZoneExplicit) {
        return new CheckSettings(Map.of(), List.of(), categories, tags, excerptMax, tolerance, schema,
                timeZoneExplicit);
    }

    static CheckSettings withSchema(Path schema) {
        CheckSettings d = CheckSettings.defaults();
        return settings(d.allowedCategories(), d.allowedTags(), d.excerptMaxLength(), d.readingTimeTolerancePercent(),
                schema, d.timeZoneExplicit());
    }

    static CheckSettings withTaxonomy(List<String> categories, List<String> tags) {
        CheckSettings d = CheckSettings.defaults();
        return settings(categories, tags, d.excerptMaxLength(), d.readingTimeTolerancePercent(), null, true);
    }

    /** One article as the checks see it, read the way the engine reads it (for calling a check directly). */
    static ArticleSource source(Path file, String text, CheckSettings settings) {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
        List<Diagnostic> problems = new ArrayList<>();
        YamlNode.Mapping yaml = new StrictYamlReader().read(file, split.yaml(), split.yamlFirstLine(), problems);
        FrontMatter fm = FrontMatterFields.interpret(file, yaml, ZoneOffset.UTC, CLOCK, problems);
        return new ArticleSource(file, file.getFileName().toString(), text, yaml, fm, split.closingLine() + 1,
                new MarkdownRenderer().parse(split.body()), settings);
    }

    /** The cross-article facts of one article, as the engine collects them. */
    static ArticleFacts facts(Path file, String text) {
        ArticleSource source = source(file, text, CheckSettings.defaults());
        FrontMatter fm = source.frontMatter();
        return FactsCollector.collect(source, fm.slug(), fm.slugLine(), fm.slugColumn(), List.of(), List.of());
    }
}

package dev.articles.core.check.fields;

import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rule;
import dev.articles.core.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule {@code front-matter.schema}: every front matter must satisfy the user's JSON Schema
 * ({@code frontMatterSchema}). One instance serves one run: the schema is loaded once, on first use, and shared by
 * all threads. A schema that cannot be loaded is a configuration problem reported before any article is read
 * ({@link dev.articles.core.settings.CheckSettings#problems}); should the file change in between, each article says so.
 */
public final class FrontMatterSchemaCheck implements ArticleCheck {
    /** The front matter violates the user's JSON Schema ({@code frontMatterSchema}). */
    public static final Rule FRONT_MATTER_SCHEMA = Rule.configurable("front-matter.schema", Severity.ERROR,
            "The front matter violates the user's JSON Schema.");

    /** A loaded schema, or why it could not be loaded. */
    private record Loaded(FrontMatterSchema schema, String problem) {
    }

    private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

    @Override
    public List<Rule> rules() {
        return List.of(FRONT_MATTER_SCHEMA);
    }

    @Override
    public void check(ArticleSource article, Findings findings) {
        Path file = article.settings().frontMatterSchema();
        if (file == null || article.yaml() == null) {
            return;
        }
        Loaded schema = loaded.computeIfAbsent(file, FrontMatterSchemaCheck::load);
        if (schema.problem() != null) {
            findings.add(article.file(), FRONT_MATTER_SCHEMA, 1, 1, schema.problem());
            return;
        }
        for (FrontMatterSchema.Violation v : schema.schema().validate(article.yaml())) {
            findings.add(article.file(), FRONT_MATTER_SCHEMA, v.line(), v.column(), v.message());
        }
    }

    private static Loaded load(Path file) {
        try {
            return new Loaded(FrontMatterSchema.load(file), null);
        } catch (FrontMatterSchema.InvalidSchemaException e) {
            return new Loaded(null, e.getMessage());
        }
    }
}

package dev.articles.core.check.fields;

import dev.articles.core.check.ArticleCheck;
import dev.articles.core.check.ArticleSource;
import dev.articles.core.check.Findings;
import dev.articles.core.model.Rules;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule {@code front-matter.schema}: every front matter must satisfy the user's JSON Schema
 * ({@code frontMatterSchema}). One instance serves one run: the schema is loaded once, on first use, and shared by
 * all threads. A schema that cannot be loaded is a configuration problem reported before any article is read
 * ({@link dev.articles.core.settings.CheckSettings#problems}); should the file change in between, each article says so.
 */
public final class FrontMatterSchemaCheck implements ArticleCheck {
    /** A loaded schema, or why it could not be loaded. */
    private record Loaded(FrontMatterSchema schema, String problem) {
    }

    private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

    @Override
    public void check(ArticleSource article, Findings findings) {
        Path file = article.settings().frontMatterSchema();
        if (file == null || article.yaml() == null) {
            return;
        }
        Loaded schema = loaded.computeIfAbsent(file, FrontMatterSchemaCheck::load);
        if (schema.problem() != null) {
            findings.add(article.file(), Rules.FRONT_MATTER_SCHEMA, 1, 1, schema.problem());
            return;
        }
        for (FrontMatterSchema.Violation v : schema.schema().validate(article.yaml())) {
            findings.add(article.file(), Rules.FRONT_MATTER_SCHEMA, v.line(), v.column(), v.message());
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

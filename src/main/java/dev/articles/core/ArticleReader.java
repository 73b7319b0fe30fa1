package dev.articles.core;

import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.FrontMatterFields;
import dev.articles.core.frontmatter.FrontMatterSplitter;
import dev.articles.core.frontmatter.StrictYamlReader;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.render.MarkdownRenderer;
import dev.articles.core.render.RenderedBody;
import dev.articles.core.source.ContentScanner;
import dev.articles.core.source.SourceDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads, checks and renders one article file. Never throws for bad content: every problem becomes a diagnostic and
 * the article is {@code null} when any of them is an error.
 */
final class ArticleReader {

    /** One file's result. */
    record Outcome(Path file, String source, Article article, List<Diagnostic> diagnostics, String slug, int slugLine,
            int slugColumn) {
    }

    private final ContentRequest request;
    private final StrictYamlReader yamlReader = new StrictYamlReader();
    private final MarkdownRenderer renderer;

    ArticleReader(ContentRequest request, MarkdownRenderer renderer) {
        this.request = request;
        this.renderer = renderer;
    }

    Outcome read(Path file) {
        List<Diagnostic> problems = new ArrayList<>();
        String source = ContentScanner.relativePath(request.contentDirectory(), file);
        byte[] bytes;
        try {
            String escape = linkEscape(file);
            if (escape != null) {
                return failed(file, source, problems, Diagnostic.error(file, 0, 0, Rules.FILE_READ, escape));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(file, source, problems, Diagnostic.error(file, 0, 0, Rules.FILE_READ, "the file disappeared while reading"));
        } catch (IOException | SecurityException e) {
            return failed(file, source, problems, Diagnostic.error(file, 0, 0, Rules.FILE_READ, "cannot read the file: " + e));
        }
        SourceDecoder.Outcome decoded = SourceDecoder.decode(bytes, request.charset());
        if (decoded.failure() != null) {
            SourceDecoder.DecodeFailure f = decoded.failure();
            return failed(file, source, problems, Diagnostic.error(file, f.line(), f.column(), Rules.FILE_ENCODING, f.message()));
        }
        String text = decoded.text().text();

        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
        if (split.status() == FrontMatterSplitter.Status.MISSING) {
            return failed(file, source, problems, Diagnostic.error(file, 1, 1, Rules.FRONT_MATTER_MISSING,
                    "no front matter: the file must start with a '---' line, then 'title:' and 'date:', then '---'"));
        }
        if (split.status() == FrontMatterSplitter.Status.UNCLOSED) {
            return failed(file, source, problems, Diagnostic.error(file, 1, 1, Rules.FRONT_MATTER_UNCLOSED,
                    "the front matter opened on line 1 is never closed: add a '---' line after its last key"));
        }
        YamlNode.Mapping yaml = yamlReader.read(file, split.yaml(), split.yamlFirstLine(), problems);
        if (yaml == null) {
            return new Outcome(file, source, null, problems, null, 0, 0);
        }
        FrontMatter fm = FrontMatterFields.interpret(file, yaml, request.timeZone(), request.clock(), problems);

        if (split.body().isBlank()) {
            problems.add(Diagnostic.error(file, split.closingLine(), 1, Rules.BODY_EMPTY,
                    "the article has no body after its front matter"));
            return failedWith(file, source, problems, fm);
        }
        if (problems.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return failedWith(file, source, problems, fm);
        }
        RenderedBody body;
        try {
            body = renderer.render(split.body());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(Diagnostic.error(file, split.closingLine() + 1, 1, Rules.RENDER_FAILED,
                    "the Markdown could not be rendered (" + e.getClass().getSimpleName()
                            + "); look for very deep nesting of lists or quotes"));
            return failedWith(file, source, problems, fm);
        }

        String excerpt = body.firstParagraphText() == null ? "" : body.firstParagraphText();
        String excerptHtml = body.firstParagraphHtml() == null ? "" : body.firstParagraphHtml();
        if (fm.excerpt() != null) {
            String[] snippet = renderer.renderSnippet(fm.excerpt());
            excerpt = snippet[0];
            excerptHtml = snippet[1];
        }
        Article article = new Article(fm.slug(), fm.title(), fm.date(), fm.categories(), fm.tags(), fm.author(),
                excerpt, excerptHtml, body.readingMinutes(), fm.declaredReadingMinutes(), fm.draft(), body.headings(),
                source, body.html(), fm.extra());
        return new Outcome(file, source, article, problems, fm.slug(), fm.slugLine(), fm.slugColumn());
    }

    /** Why a link may not be read (it leads outside the content directory or nowhere), or {@code null}. */
    private String linkEscape(Path file) throws IOException {
        if (!Files.isSymbolicLink(file)) {
            return null;
        }
        if (!Files.exists(file)) {
            return "the file is a link to " + Files.readSymbolicLink(file) + ", which does not exist";
        }
        Path target = file.toRealPath();
        if (!target.startsWith(request.contentDirectory().toRealPath())) {
            return "the file is a link to " + target + ", outside the content directory; copy the article instead";
        }
        if (!Files.isRegularFile(target)) {
            return "the file is a link to " + target + ", which is not a regular file";
        }
        return null;
    }

    private static Outcome failed(Path file, String source, List<Diagnostic> problems, Diagnostic d) {
        problems.add(d);
        return new Outcome(file, source, null, problems, null, 0, 0);
    }

    /** Failed after the front matter was understood: keep the slug so duplicate slugs are still reported. */
    private static Outcome failedWith(Path file, String source, List<Diagnostic> problems, FrontMatter fm) {
        return fm == null ? new Outcome(file, source, null, problems, null, 0, 0)
                : new Outcome(file, source, null, problems, fm.slug(), fm.slugLine(), fm.slugColumn());
    }
}

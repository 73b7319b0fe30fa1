package dev.articles.core.check;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.articles.core.frontmatter.FrontMatter;
import dev.articles.core.frontmatter.YamlNode;
import dev.articles.core.liquid.SourceMap;
import dev.articles.core.render.PlainText;
import dev.articles.core.settings.CheckSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as the checks see it: its text, front matter (raw tree and typed fields) and parsed Markdown. Lines
 * are file lines: the body's Markdown has the front matter blanked out, so flexmark's 0-based line numbers plus
 * one are file lines too; when a Jekyll site's Liquid wrote the body, {@link #toSource} (which {@link Findings}
 * applies) takes a position of the parsed text back to the file.
 */
public final class ArticleSource {
    private final Path file;
    private final String source;
    private final List<String> lines;
    private final YamlNode.Mapping yaml;
    private final FrontMatter frontMatter;
    private final int bodyFirstLine;
    private final Document document;
    private final CheckSettings settings;
    private final SourceMap sourceMap;
    private final String jekyllBaseUrl;
    /** Computed on first use: both a body rule and the cross-article facts compare paragraphs. */
    private List<ComparableParagraph> paragraphs;

    public ArticleSource(Path file, String source, String text, YamlNode.Mapping yaml, FrontMatter frontMatter,
            int bodyFirstLine, Document document, CheckSettings settings) {
        this(file, source, text, yaml, frontMatter, bodyFirstLine, document, settings, SourceMap.IDENTITY, null);
    }

    /**
     * @param sourceMap where the parsed text came from, when Liquid wrote it ({@link SourceMap#IDENTITY} if not)
     * @param jekyllBaseUrl for an article of a Jekyll site, the site's {@code baseurl} ({@code ""} when it has none);
     *     {@code null} for plain content
     */
    public ArticleSource(Path file, String source, String text, YamlNode.Mapping yaml, FrontMatter frontMatter,
            int bodyFirstLine, Document document, CheckSettings settings, SourceMap sourceMap,
            String jekyllBaseUrl) {
        this.sourceMap = sourceMap;
        this.jekyllBaseUrl = jekyllBaseUrl;
        this.file = file;
        this.source = source;
        this.lines = List.of(text.split("\n", -1));
        this.yaml = yaml;
        this.frontMatter = frontMatter;
        this.bodyFirstLine = bodyFirstLine;
        this.document = document;
        this.settings = settings;
    }

    /** The file (absolute). */
    public Path file() {
        return file;
    }

    /** Path relative to the content directory, {@code /}-separated. */
    public String source() {
        return source;
    }

    /** The file's lines (normalised to LF, BOM dropped); line {@code n} is {@code lines().get(n - 1)}. */
    public List<String> lines() {
        return lines;
    }

    /** The raw front matter, with positions. */
    public YamlNode.Mapping yaml() {
        return yaml;
    }

    /** The typed fields; a field is {@code null} when it was missing or had an error. */
    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** The first file line after the front matter's closing fence. */
    public int bodyFirstLine() {
        return bodyFirstLine;
    }

    /** The body parsed by flexmark. Read it; do not change it (rendering uses the same tree). */
    public Document document() {
        return document;
    }

    public CheckSettings settings() {
        return settings;
    }

    /** Where the parsed body's text came from in the file (Liquid may have written it). */
    public SourceMap sourceMap() {
        return sourceMap;
    }

    /**
     * The file position of a 1-based line and column of the parsed body.
     *
     * @return {@code {line, column}}
     */
    public int[] toSource(int line, int column) {
        return sourceMap.toSource(line, column);
    }

    /**
     * Whether the article is a Jekyll site's: its body went through the site's Liquid, so Liquid syntax still in it
     * is text to show, and an address from the root ({@code /assets/x.png}) names a file of the site.
     */
    public boolean jekyll() {
        return jekyllBaseUrl != null;
    }

    /** The Jekyll site's {@code baseurl} without a trailing slash ({@code ""} when none), or {@code null}. */
    public String jekyllBaseUrl() {
        return jekyllBaseUrl;
    }

    /**
     * The body's paragraphs at any depth (lists and quotes too), in document order, with their normalised texts;
     * empty when the body was not parsed.
     */
    public List<ComparableParagraph> paragraphs() {
        if (paragraphs == null) {
            List<ComparableParagraph> out = new ArrayList<>();
            if (document != null) {
                for (Node node : document.getDescendants()) {
                    // A definition list's term is a label, like a heading: two lists may repeat it legitimately.
                    if (node instanceof Paragraph p && !(p.getParent() instanceof DefinitionTerm)) {
                        out.add(new ComparableParagraph(p, ComparableText.normalise(PlainText.of(p))));
                    }
                }
            }
            paragraphs = List.copyOf(out);
        }
        return paragraphs;
    }
}

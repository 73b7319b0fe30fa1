package dev.articles.core.model;

/**
 * The stable rule ids that diagnostics carry. Users grep for them, suppress them and read them in the README's
 * troubleshooting list, so an id never changes meaning once released.
 */
public final class Rules {
    /** The file could not be read (permissions, I/O error, vanished during the build). */
    public static final String FILE_READ = "file.read";
    /** The file's bytes are not valid in the configured encoding. */
    public static final String FILE_ENCODING = "file.encoding";
    /** The file does not start with a {@code ---} front matter block. */
    public static final String FRONT_MATTER_MISSING = "front-matter.missing";
    /** The front matter block is opened but never closed. */
    public static final String FRONT_MATTER_UNCLOSED = "front-matter.unclosed";
    /** The front matter is not valid YAML. */
    public static final String FRONT_MATTER_YAML = "front-matter.yaml";
    /** A front matter key appears twice. */
    public static final String FRONT_MATTER_DUPLICATE_KEY = "front-matter.duplicate-key";
    /** Anchors, aliases, explicit tags or complex keys: YAML features that content never needs. */
    public static final String FRONT_MATTER_YAML_FEATURE = "front-matter.yaml-feature";
    /** The front matter is larger or deeper than the configured limits. */
    public static final String FRONT_MATTER_LIMIT = "front-matter.limit";
    /** A known field has the wrong shape (a list where text belongs, a word where a number belongs...). */
    public static final String FRONT_MATTER_TYPE = "front-matter.type";
    /** {@code title} is missing or blank. */
    public static final String FRONT_MATTER_TITLE = "front-matter.title";
    /** {@code date} is missing (and the file name has no date) or is not a real date. */
    public static final String FRONT_MATTER_DATE = "front-matter.date";
    /** A published article is dated after the build's clock. */
    public static final String FRONT_MATTER_DATE_FUTURE = "front-matter.date-future";
    /** The slug cannot be used as a file name in the bundle. */
    public static final String FRONT_MATTER_SLUG = "front-matter.slug";
    /** Two articles have the same slug (or slugs that differ only by case). */
    public static final String SLUG_DUPLICATE = "slug.duplicate";
    /** The article has no body text after its front matter. */
    public static final String BODY_EMPTY = "body.empty";
    /** The Markdown could not be rendered (for example nesting too deep for the renderer). */
    public static final String RENDER_FAILED = "render.failed";

    // Configurable content rules (severity can be changed or turned off per rule).

    /** The content directory holds no file matching the includes. */
    public static final String CONTENT_EMPTY = "content.empty";

    /** A C0 or C1 control character (NUL, ESC, DEL...) other than tab and line feed in the text. */
    public static final String TEXT_CONTROL_CHARACTER = "text.control-character";
    /** A bidirectional embedding, override or isolate character (U+202A to U+202E, U+2066 to U+2069). */
    public static final String TEXT_BIDI_CONTROL = "text.bidi-control";
    /** The front matter violates the user's JSON Schema ({@code frontMatterSchema}). */
    public static final String FRONT_MATTER_SCHEMA = "front-matter.schema";
    /** The front matter date and the Jekyll file-name date fall on different days. */
    public static final String FRONT_MATTER_DATE_MISMATCH = "front-matter.date-mismatch";
    /** A date without offset while {@code timeZone} was not set explicitly: the day may be off for readers. */
    public static final String FRONT_MATTER_DATE_NO_OFFSET = "front-matter.date-no-offset";
    /** A category outside the configured allowed list. */
    public static final String TAXONOMY_UNKNOWN_CATEGORY = "taxonomy.unknown-category";
    /** A tag outside the configured allowed list. */
    public static final String TAXONOMY_UNKNOWN_TAG = "taxonomy.unknown-tag";
    /** One tag or category spelled two ways (case, full-/half-width, Unicode form). */
    public static final String TAXONOMY_VARIANT = "taxonomy.variant";
    /** The excerpt is longer than {@code excerptMaxLength}. */
    public static final String EXCERPT_TOO_LONG = "excerpt.too-long";
    /** The front matter excerpt contains Markdown that the plain form had to strip. */
    public static final String EXCERPT_MARKDOWN = "excerpt.markdown";
    /** The declared {@code reading_time} is far from the computed reading time. */
    public static final String READING_TIME_MISMATCH = "reading-time.mismatch";
    /** A leaked generation or template marker ({@code ---END---}, TODO, lorem ipsum) or a forbidden pattern. */
    public static final String BODY_MARKER = "body.marker";
    /** A paragraph that appears again later in the same article. */
    public static final String BODY_REPEATED_PARAGRAPH = "body.repeated-paragraph";
    /** A section (heading and its content) that appears again later in the same article. */
    public static final String BODY_REPEATED_SECTION = "body.repeated-section";
    /** The body's first line or heading repeats the title. */
    public static final String BODY_TITLE_REPEATED = "body.title-repeated";
    /** More than one level-1 heading. */
    public static final String HEADING_MULTIPLE_H1 = "heading.multiple-h1";
    /** A heading skips a level (## followed by ####). */
    public static final String HEADING_SKIPPED_LEVEL = "heading.skipped-level";
    /** A heading with no text. */
    public static final String HEADING_EMPTY = "heading.empty";
    /** Two headings with the same text in one article. */
    public static final String HEADING_DUPLICATE = "heading.duplicate";
    /** A link or image with an empty target. */
    public static final String LINK_EMPTY = "link.empty";
    /** A link to another article (relative .md path, slug, post_url, link tag) that does not resolve. */
    public static final String LINK_BROKEN = "link.broken";
    /** A {@code #fragment} that names no heading of the target article. */
    public static final String LINK_ANCHOR = "link.anchor";
    /** A local image that does not exist in the content directory. */
    public static final String IMAGE_MISSING = "image.missing";
    /** A Liquid tag or output ({@code {% ... %}}, {@code {{ ... }}}) the plugin does not support. */
    public static final String LIQUID_UNSUPPORTED = "liquid.unsupported";
    /** Two articles with the same title. */
    public static final String TITLE_DUPLICATE = "title.duplicate";
    /** Two articles sharing most of their paragraphs. */
    public static final String ARTICLE_NEAR_DUPLICATE = "article.near-duplicate";
    /** Raw HTML in the Markdown (outside the allowlist {@code allowedHtmlTags} / {@code allowedHtmlAttributes}). */
    public static final String HTML_RAW = "html.raw";
    /** A link or image address with a scheme other than http, https or mailto ({@code javascript:}, {@code data:}). */
    public static final String LINK_UNSAFE_URL = "link.unsafe-url";
    /** A suppression (front matter key or HTML comment) that suppressed nothing. */
    public static final String SUPPRESSION_UNUSED = "suppression.unused";

    private Rules() {
    }
}

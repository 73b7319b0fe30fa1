package dev.articles.core;

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
    /** The content directory holds no file matching the includes. */
    public static final String CONTENT_EMPTY = "content.empty";

    private Rules() {
    }
}

package dev.articles.core.liquid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import liqp.antlr.CharStreamWithLocation;
import liqp.exceptions.LiquidException;
import liqp.org.antlr.v4.runtime.CharStreams;

/**
 * What one article's Liquid rendering knows besides its variables: where includes may be read from, how deep they
 * nest, when its time is up, and which site files it read (its dependencies, for incremental builds). Rendering
 * happens on one thread, so the state is the thread's while it lasts ({@link #current}).
 */
final class RenderState {
    /** Jekyll's own limit is Liquid's stack; a site needs a handful of levels. */
    static final int MAX_INCLUDE_DEPTH = 20;

    private static final ThreadLocal<RenderState> CURRENT = new ThreadLocal<>();

    /** A problem of the article's Liquid, in words for the writer. */
    static final class Problem extends RuntimeException {
        final JekyllLiquid.Kind kind;
        /** The tag, include or filter it is about, to locate it in the article. */
        final String subject;

        Problem(JekyllLiquid.Kind kind, String subject, String message) {
            super(message, null, false, false);
            this.kind = kind;
            this.subject = subject;
        }

        /**
         * The problem inside what Liqp wrapped around a failed include, or one that names the include: a syntax
         * error in it is located at its line there, and at the include tag in the article.
         */
        static RuntimeException unwrap(Throwable e, String tag, String name) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Problem p) {
                    return p;
                }
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof LiquidException le) {
                    return new Problem(JekyllLiquid.Kind.SYNTAX, name, "the Liquid of '{% " + tag + " " + name
                            + " %}' is not valid at its line " + le.line + ": "
                            + LiquidSyntaxMessage.of(JekyllLiquid.describe(le)));
                }
            }
            return e instanceof RuntimeException r ? r : new RuntimeException(e);
        }
    }

    private final Path siteRoot;
    private final Path includes;
    private final Path articleFolder;
    private final Map<Path, String> includeCache;
    private final long maxFileSize;
    private final long deadline;
    private final List<String> chunks;
    private final Set<String> dependencies = new TreeSet<>();
    private final Set<String> missing = new TreeSet<>();
    private int depth;

    RenderState(Path siteRoot, Path includes, Path articleFolder, Map<Path, String> includeCache, long maxFileSize,
            long deadline, List<String> chunks) {
        this.chunks = chunks;
        this.siteRoot = siteRoot;
        this.includes = includes;
        this.articleFolder = articleFolder;
        this.includeCache = includeCache;
        this.maxFileSize = maxFileSize;
        this.deadline = deadline;
    }

    static RenderState current() {
        RenderState state = CURRENT.get();
        if (state == null) {
            throw new IllegalStateException("no Liquid rendering on this thread");
        }
        return state;
    }

    /** The rendering on this thread, or {@code null} outside one. */
    static RenderState orNull() {
        return CURRENT.get();
    }

    void begin() {
        CURRENT.set(this);
    }

    void end() {
        CURRENT.remove();
    }

    /** {@code text} with the article's literal text in place of its references (a block that reads its body). */
    String expand(String text) {
        return PositionMarks.expand(text, chunks);
    }

    /** The site files read so far, relative to the site, {@code /}-separated. */
    Set<String> dependencies() {
        return dependencies;
    }

    /** Notes that the Liquid asked for a site-wide variable the build does not provide. */
    void missing(String name) {
        missing.add(name);
    }

    /** The site-wide variables asked for and not provided, by name. */
    Set<String> missing() {
        return missing;
    }

    void depend(String sitePath) {
        dependencies.add(sitePath);
    }

    /** Stops a rendering that outlives its time (checked as Liquid writes, at each block and loop pass). */
    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new Problem(JekyllLiquid.Kind.LIMIT, null, "the Liquid took too long to render; look for loops over large"
                    + " data or includes that include each other");
        }
    }

    void enterInclude() {
        if (++depth > MAX_INCLUDE_DEPTH) {
            throw new Problem(JekyllLiquid.Kind.LIMIT, "include", "includes nest more than " + MAX_INCLUDE_DEPTH
                    + " levels deep; does an include include itself?");
        }
    }

    void leaveInclude() {
        depth--;
    }

    /** The text of an include, read once per build, if it is a file inside the folder it must come from. */
    CharStreamWithLocation include(String name, boolean relative) {
        String tag = relative ? "include_relative" : "include";
        if (name.isBlank() || name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || name.matches("(?s).*[:*?\"<>|].*") && !relative) {
            throw new Problem(JekyllLiquid.Kind.FILE, name, "'{% " + tag + " " + name + " %}': the file name must be a path"
                    + " inside " + (relative ? "the article's folder" : "_includes") + ", without '..'");
        }
        Path base = relative ? articleFolder : includes;
        Path file = base.resolve(name).normalize();
        depend(siteRoot.relativize(file).toString().replace('\\', '/')); // also when missing: adding it matters
        String text;
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(siteRoot) || !relative && !real.startsWith(includes)) {
                throw new Problem(JekyllLiquid.Kind.FILE, name, "'{% " + tag + " " + name + " %}' leads outside "
                        + (relative ? "the site" : "_includes") + " (a symbolic link?); it is not read");
            }
            text = includeCache.get(real);
            if (text == null) {
                if (!Files.isRegularFile(real)) {
                    throw new NoSuchFileException(real.toString());
                }
                if (Files.size(real) > maxFileSize) {
                    throw new Problem(JekyllLiquid.Kind.FILE, name, "'{% " + tag + " " + name + " %}': the file is "
                            + Files.size(real) + " bytes long; the limit is " + maxFileSize + " (maxFileSize)");
                }
                text = MarkedSource.spaceBeforeTrim(new String(Files.readAllBytes(real), StandardCharsets.UTF_8));
                includeCache.put(real, text);
            }
        } catch (NoSuchFileException e) {
            throw new Problem(JekyllLiquid.Kind.FILE, name, "'{% " + tag + " " + name + " %}': there is no file "
                    + (relative ? name + " next to the article" : "_includes/" + name));
        } catch (IOException e) {
            throw new Problem(JekyllLiquid.Kind.FILE, name, "'{% " + tag + " " + name + " %}' cannot be read: " + e);
        }
        try {
            return new CharStreamWithLocation(CharStreams.fromString(text, file.toString()), file);
        } catch (IOException e) {
            throw new Problem(JekyllLiquid.Kind.FILE, name, "'{% " + tag + " " + name + " %}' cannot be read: " + e);
        }
    }

    /** A cache of include texts for one build, shared by all renderings. */
    static Map<Path, String> newIncludeCache() {
        return new ConcurrentHashMap<>();
    }
}

package dev.articles.core.create;

import dev.articles.core.build.BuildMemory;
import dev.articles.core.build.ContentBuild;
import dev.articles.core.build.ToolVersion;
import dev.articles.core.check.body.PlaceholderCheck;
import dev.articles.core.create.NewArticleRefusedException.Reason;
import dev.articles.core.frontmatter.Slugs;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.source.ContentScanner;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates an article file: Jekyll's file name ({@code 2026-02-05-hello.md}, dated now in the content's time zone),
 * front matter with the title and date (and categories, tags, author, draft when given), and a one-line body to
 * replace. It never overwrites a file, and it keeps an article only if the article passes the checks of the whole
 * content (a slug used by another article, a tag outside the allowed ones, a front matter schema it does not meet...):
 * otherwise the file is removed again and the findings are the refusal.
 *
 * <pre>{@code
 * NewArticle.Created created = new NewArticle().create(new NewArticleRequest(content, "Hello", null, List.of(),
 *         List.of("Maven"), null, false, "{yyyy}"));
 * // content/2026/2026-02-05-hello.md
 * }</pre>
 */
public final class NewArticle {

    /**
     * The body a new article gets: one paragraph, so the article is complete and passes the checks while it is a
     * draft; published as it is, it is a {@code body.placeholder} error.
     */
    static final String BODY = PlaceholderCheck.NEW_ARTICLE_TEXT + "\n";

    /** The date as Jekyll writes it: {@code 2026-02-05 17:08:42 +0900}. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

    /** The extensions tried, in order: the first that the includes select is used. */
    private static final List<String> EXTENSIONS = List.of("md", "markdown");

    /** Checks the whole content, the new article with it. */
    @FunctionalInterface
    public interface Checker {
        ContentResult check(ContentRequest request) throws IOException;
    }

    /**
     * An article to be written.
     *
     * @param file where (absolute)
     * @param relativePath where, relative to the content directory, with {@code /}
     * @param slug its slug
     * @param text the whole file
     */
    public record Draft(Path file, String relativePath, String slug, String text) {
    }

    /**
     * An article written.
     *
     * @param findings its warnings and notes, sorted; its only possible error is {@code body.placeholder}, when it was
     *     asked for as a published article
     */
    public record Created(Path file, String relativePath, String slug, String text, List<Diagnostic> findings) {
    }

    private final Checker checker;

    /** Checks with a whole {@link ContentBuild} that remembers nothing. */
    public NewArticle() {
        this(request -> new ContentBuild().run(request, BuildMemory.none(), ToolVersion.of("new"), null,
                false).result());
    }

    /**
     * @param checker checks the content once the article is written (a caller with an incremental state passes a
     *     build that uses it)
     */
    public NewArticle(Checker checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /**
     * Writes the article, checks the content and keeps the article if it has no error.
     *
     * @throws NewArticleRefusedException when the request cannot give a good article; nothing is left written
     * @throws IOException when the file or its folders cannot be written, or the content not read; nothing is left
     *     written
     */
    public Created create(NewArticleRequest request) throws NewArticleRefusedException, IOException {
        Draft draft = draft(request);
        byte[] bytes = encode(draft, request.content());
        Path firstMissing = firstMissing(request.content().contentDirectory(), draft.file().getParent());
        try {
            Files.createDirectories(draft.file().getParent());
        } catch (IOException | RuntimeException e) {
            removeAgain(draft.file(), false, firstMissing, e);
            throw e;
        }
        try {
            Files.write(draft.file(), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw exists(draft); // made by another process since draft() looked: it stays as it is
        } catch (IOException | RuntimeException e) {
            removeAgain(draft.file(), false, firstMissing, e);
            throw e;
        }
        try {
            ContentResult result = checker.check(request.content());
            Path written = normal(draft.file());
            List<Diagnostic> own = result.diagnostics().stream()
                    .filter(d -> normal(d.file()).equals(written))
                    .sorted(Comparator.comparing(Diagnostic::severity).thenComparing(Diagnostic.ORDER))
                    .toList();
            // Its own placeholder is what a published new article is for the writer to replace, not a refusal.
            List<Diagnostic> reasons = own.stream().filter(d -> !d.rule().equals(PlaceholderCheck.BODY_PLACEHOLDER
                    .id())).toList();
            if (reasons.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
                NewArticleRefusedException refused = new NewArticleRefusedException(Reason.FAILS_CHECKS,
                        "the new article " + draft.relativePath() + " would not pass the checks, so it was not kept",
                        reasons);
                removeAgain(draft.file(), true, firstMissing, refused);
                throw refused;
            }
            return new Created(draft.file(), draft.relativePath(), draft.slug(), draft.text(),
                    own.stream().sorted(Diagnostic.ORDER).toList());
        } catch (IOException | RuntimeException e) {
            removeAgain(draft.file(), true, firstMissing, e);
            throw e;
        }
    }

    /**
     * The article as it would be written, after every check that needs no other article: a title, a usable slug, a
     * folder inside the content directory, a file name the includes select, no such file yet.
     */
    public Draft draft(NewArticleRequest request) throws NewArticleRefusedException {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty()) {
            throw new NewArticleRefusedException(Reason.NO_TITLE, "no title was given");
        }
        oneLine("title", title);
        List<String> categories = terms("category", request.categories());
        List<String> tags = terms("tag", request.tags());
        String author = request.author() == null || request.author().isBlank() ? null : request.author().strip();
        if (author != null) {
            oneLine("author", author);
        }

        String slug = request.slug() == null || request.slug().isBlank() ? null : request.slug().strip();
        if (slug != null) {
            undecoded("slug", slug);
            String problem = Slugs.problem(slug);
            if (problem != null) {
                throw new NewArticleRefusedException(Reason.BAD_SLUG, "the slug cannot be used: " + problem);
            }
        } else {
            TitleSlug made = TitleSlug.of(title);
            if (made.slug() == null) {
                throw new NewArticleRefusedException(Reason.NO_SLUG, made.problem());
            }
            slug = made.slug();
        }

        ContentRequest content = request.content();
        ZonedDateTime now = ZonedDateTime.now(content.clock().withZone(content.timeZone()))
                .truncatedTo(ChronoUnit.SECONDS);
        String folder;
        try {
            folder = ArticleFolder.expand(request.folder(), now.toLocalDate());
        } catch (IllegalArgumentException e) {
            throw new NewArticleRefusedException(Reason.BAD_FOLDER, e.getMessage());
        }
        String name = DAY.format(now) + "-" + slug + ".";
        String prefix = folder.isEmpty() ? "" : folder + "/";
        ContentScanner scanner = new ContentScanner(content.includes(), content.excludes());
        String relative = EXTENSIONS.stream().map(ext -> prefix + name + ext).filter(scanner::selected).findFirst()
                .orElse(null);
        if (relative == null) {
            throw new NewArticleRefusedException(Reason.NOT_INCLUDED, "the new article " + prefix + name
                    + EXTENSIONS.get(0) + " would not be read as an article: it matches none of the includes "
                    + content.includes() + (content.excludes().isEmpty() ? "" : " or one of the excludes "
                    + content.excludes()) + "; choose another folder or change the includes");
        }
        Path dir = content.contentDirectory();
        Path file = dir.resolve(relative).normalize();
        if (!file.startsWith(dir.normalize())) { // ArticleFolder keeps '..' out; this is the guard of last resort
            throw new NewArticleRefusedException(Reason.BAD_FOLDER, "the new article " + relative
                    + " would be outside the content directory");
        }
        checkFolders(dir, relative);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(new Draft(file, relative, slug, ""));
        }
        return new Draft(file, relative, slug, text(title, now, categories, tags, author, request.draft()));
    }

    /** The file: front matter in the order Jekyll's examples use, then the body. */
    static String text(String title, ZonedDateTime date, List<String> categories, List<String> tags, String author,
            boolean draft) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(YamlText.quoted(title)).append('\n');
        out.append("date: ").append(DATE.format(date)).append('\n');
        if (!categories.isEmpty()) {
            out.append("categories: ").append(YamlText.list(categories)).append('\n');
        }
        if (!tags.isEmpty()) {
            out.append("tags: ").append(YamlText.list(tags)).append('\n');
        }
        if (author != null) {
            out.append("author: ").append(YamlText.quoted(author)).append('\n');
        }
        if (draft) {
            out.append("draft: true\n");
        }
        return out.append("---\n\n").append(BODY).toString();
    }

    /** Categories or tags: stripped, blanks dropped, each once. */
    private static List<String> terms(String what, List<String> given) throws NewArticleRefusedException {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (String term : given) {
            if (term != null && !term.isBlank()) {
                oneLine(what, term.strip());
                terms.add(term.strip());
            }
        }
        return List.copyOf(terms);
    }

    /**
     * A front matter value is one line of text: no line breaks, tabs or other control characters, and no U+FFFD, which
     * is what a JVM makes of command-line arguments its locale cannot decode (Japanese under {@code LANG=C}).
     */
    private static void oneLine(String what, String value) throws NewArticleRefusedException {
        undecoded(what, value);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
                throw new NewArticleRefusedException(Reason.BAD_TEXT, "the " + what + " '" + value
                        + "' contains the control character " + String.format(Locale.ROOT, "U+%04X", (int) c)
                        + "; give it as one line of text");
            }
        }
    }

    private static void undecoded(String what, String value) throws NewArticleRefusedException {
        if (value.indexOf('\uFFFD') >= 0) {
            throw new NewArticleRefusedException(Reason.BAD_TEXT, "the " + what + " '" + value + "' contains U+FFFD,"
                    + " the mark of text that could not be decoded: a command line whose encoding is not UTF-8 gives"
                    + " it (set a UTF-8 locale, such as LANG=C.UTF-8)");
        }
    }

    /**
     * The folders between the content directory and the file must be folders, not files, and not links: the
     * content scanner does not follow links to folders, so an article behind one would never be read.
     */
    private static void checkFolders(Path dir, String relative) throws NewArticleRefusedException {
        Path at = dir;
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.resolve(parts[i]);
            String shown = String.join("/", List.of(parts).subList(0, i + 1));
            if (Files.isSymbolicLink(at)) {
                throw new NewArticleRefusedException(Reason.NOT_INCLUDED, "the folder " + shown + " is a link, and"
                        + " articles behind links to folders are not read; choose another folder");
            }
            if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                throw new NewArticleRefusedException(Reason.BAD_FOLDER, shown + " is a file, not a folder; choose"
                        + " another folder");
            }
            if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                return; // the rest will be made
            }
        }
    }

    private static NewArticleRefusedException exists(Draft draft) {
        return new NewArticleRefusedException(Reason.EXISTS, draft.relativePath() + " exists already; it was left as"
                + " it is (choose another slug, or edit that article)");
    }

    private static byte[] encode(Draft draft, ContentRequest content) throws NewArticleRefusedException {
        try {
            ByteBuffer buffer = content.charset().newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(draft.text()));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new NewArticleRefusedException(Reason.UNENCODABLE, "the new article cannot be written in the"
                    + " encoding " + content.charset().name() + ": its text has characters that encoding lacks;"
                    + " change the text or the encoding");
        }
    }

    /** The first folder from {@code dir} down to {@code folder} that does not exist yet, or {@code null}. */
    private static Path firstMissing(Path dir, Path folder) {
        Path missing = null;
        for (Path at = folder; at != null && at.startsWith(dir) && !Files.exists(at, LinkOption.NOFOLLOW_LINKS);
                at = at.getParent()) {
            missing = at;
        }
        return missing;
    }

    /**
     * Removes the file (if it was written) and the folders made for it, as far as they are empty. A failure to do so is
     * added to {@code cause}, which the caller throws.
     */
    private static void removeAgain(Path file, boolean written, Path firstMissing, Exception cause) {
        try {
            if (written) {
                Files.deleteIfExists(file);
            }
            if (firstMissing == null) {
                return;
            }
            List<Path> folders = new ArrayList<>();
            for (Path at = file.getParent(); at != null && at.startsWith(firstMissing); at = at.getParent()) {
                folders.add(at);
            }
            for (Path at : folders) {
                try (var entries = Files.list(at)) {
                    if (entries.findAny().isPresent()) {
                        return;
                    }
                }
                Files.delete(at);
            }
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}

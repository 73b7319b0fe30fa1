package dev.articles.core.check;

import dev.articles.core.frontmatter.JekyllFileName;
import dev.articles.core.link.Destination;
import dev.articles.core.render.HeadingIds;
import dev.articles.core.text.NearestName;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the content's links lead: the articles by file path, slug and file name, and the content directory's
 * files. Used both by the link checks and by the rewriting of links in the HTML, so both always agree.
 *
 * <p>The forms, resolved as documented in the rule reference ("Link rules", rules.md):
 * <ul>
 *   <li>a relative {@code .md}/{@code .markdown} path: against the linking file's folder, never above the content
 *   directory;</li>
 *   <li>a name without {@code /}: an article's slug (exact); a name with a {@code .} that is no slug is some other
 *   file and not checked;</li>
 *   <li>{@code {% post_url NAME %}}: an article whose file name without extension is NAME, in any folder (with a
 *   {@code /} in NAME, the end of the path must match), as Jekyll does;</li>
 *   <li>{@code {% link PATH %}}: the article at PATH, relative to the content directory;</li>
 *   <li>an image: a regular file inside the content directory, relative to the linking file's folder (or to the
 *   content directory with {@code {% link %}}); names are compared case-sensitively, as jars and servers do.</li>
 * </ul>
 */
public final class LinkTargets {
    /** How many ids an anchor message lists. */
    private static final int MAX_LISTED = 5;

    /**
     * An article link's target.
     *
     * @param article the article, or {@code null}
     * @param problem why there is none (a sentence for the writer), or {@code null} when the destination is not an
     *     article link after all (a dotted name that is no slug)
     */
    public record ArticleHit(ArticleFacts article, String problem) {
    }

    /**
     * A local image.
     *
     * @param path its path relative to the content directory, {@code /}-separated, or {@code null}
     * @param file the file, or {@code null}
     * @param problem why there is none, or {@code null}
     */
    public record ImageHit(String path, Path file, String problem) {
    }

    private final Path contentDirectory;
    private final Map<String, ArticleFacts> bySource = new LinkedHashMap<>();
    private final Map<String, ArticleFacts> bySlug = new HashMap<>();
    private final Map<String, List<ArticleFacts>> byStem = new HashMap<>();
    private final Map<String, ImageHit> images = new HashMap<>();
    private Path contentRealPath;
    private Map<String, List<String>> filesByLowerName;
    private List<String> sortedSources;
    private List<String> sortedSlugs;
    private List<String> sortedStems;

    private LinkTargets(Path contentDirectory, List<ArticleFacts> articles) {
        this.contentDirectory = contentDirectory.toAbsolutePath().normalize();
        for (ArticleFacts a : articles) {
            bySource.putIfAbsent(a.source(), a);
            if (a.slug() != null) {
                bySlug.putIfAbsent(a.slug(), a);
            }
            byStem.computeIfAbsent(stem(fileName(a.source())), k -> new ArrayList<>()).add(a);
        }
    }

    public static LinkTargets of(Path contentDirectory, List<ArticleFacts> articles) {
        return new LinkTargets(contentDirectory, articles);
    }

    /** The content directory of an article: its file without its {@code source} path. */
    public static Path contentDirectoryOf(ArticleFacts a) {
        Path dir = a.file().toAbsolutePath().normalize();
        for (int i = a.source().split("/").length; i > 0 && dir != null; i--) {
            dir = dir.getParent();
        }
        return dir;
    }

    /** The article a link from {@code fromSource} leads to. */
    public ArticleHit article(String fromSource, Destination d) {
        switch (d.form()) {
            case ARTICLE_PATH -> {
                String rel = join(folderOf(fromSource), d.path());
                if (rel == null) {
                    return miss("the link '" + d.written() + "' leads outside the content directory; link only to"
                            + " articles inside it");
                }
                ArticleFacts hit = bySource.get(rel);
                if (hit != null) {
                    return new ArticleHit(hit, null);
                }
                String suggestion = similarSource(rel);
                return miss("the link '" + d.written() + "' leads to no article: " + notArticle(rel)
                        + (suggestion == null ? "" : "; did you mean '" + relative(fromSource, suggestion) + "'?"));
            }
            case NAME -> {
                ArticleFacts hit = bySlug.get(d.path());
                if (hit != null) {
                    return new ArticleHit(hit, null);
                }
                if (d.path().contains(".")) {
                    return new ArticleHit(null, null);
                }
                String suggestion = similarSlug(d.path());
                return miss("the link '" + d.written() + "' names no article: no article has the slug '" + d.path()
                        + "' (a link without '/' or extension names an article by its slug)"
                        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
            }
            case POST_URL -> {
                return postUrl(d);
            }
            case LINK_TAG -> {
                return linkTag(fromSource, d);
            }
            default -> {
                return new ArticleHit(null, null);
            }
        }
    }

    private ArticleHit postUrl(Destination d) {
        String arg = strip(d.path());
        String tag = "{% post_url " + (d.path().isEmpty() ? "" : d.path() + " ") + "%}";
        if (arg.isEmpty()) {
            return miss(tag + " names no article; write the article's file name without extension, such as"
                    + " {% post_url 2024-03-01-hello %}");
        }
        ArticleFacts hit = postUrlTarget(arg);
        if (hit != null) {
            return new ArticleHit(hit, null);
        }
        String lower = arg.toLowerCase(Locale.ROOT);
        String suggestion = null;
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            String bare = stem(arg);
            if (postUrlTarget(bare) != null) {
                return miss(tag + " names no article: post_url takes the file name without its extension; write"
                        + " {% post_url " + bare + " %}");
            }
        }
        String name = fileName(arg);
        for (String s : sortedStems()) {
            if (s.equalsIgnoreCase(name)) {
                suggestion = s;
                break;
            }
        }
        if (suggestion == null && bySlug.containsKey(name)) {
            suggestion = stem(fileName(bySlug.get(name).source()));
        }
        if (suggestion == null) {
            String slugPart = JekyllFileName.of(name + ".md").slug();
            for (String s : sortedStems()) {
                if (JekyllFileName.of(s + ".md").slug().equals(slugPart)) {
                    suggestion = s;
                    break;
                }
            }
        }
        if (suggestion == null) {
            suggestion = NearestName.of(name, sortedStems(), slips(name));
        }
        return miss(tag + " names no article: no article file is named '" + name + ".md' (or '.markdown')"
                + (suggestion == null ? "" : "; did you mean {% post_url " + suggestion + " %}?"));
    }

    private ArticleFacts postUrlTarget(String arg) {
        if (arg.indexOf('/') < 0) {
            List<ArticleFacts> same = byStem.get(arg);
            return same == null ? null : same.get(0);
        }
        for (ArticleFacts a : bySource.values()) {
            String noExt = a.source().substring(0, a.source().length() - fileName(a.source()).length())
                    + stem(fileName(a.source()));
            if (noExt.equals(arg) || noExt.endsWith("/" + arg)) {
                return a;
            }
        }
        return null;
    }

    private ArticleHit linkTag(String fromSource, Destination d) {
        String tag = "{% link " + (d.path().isEmpty() ? "" : d.path() + " ") + "%}";
        String rel = join("", strip(d.path()));
        if (rel == null || rel.isEmpty()) {
            return miss(tag + " names no article; write the article's path from the content directory, such as"
                    + " {% link _posts/2024-03-01-hello.md %}");
        }
        ArticleFacts hit = bySource.get(rel);
        if (hit != null) {
            return new ArticleHit(hit, null);
        }
        String fromHere = join(folderOf(fromSource), strip(d.path()));
        String suggestion = fromHere != null && bySource.containsKey(fromHere) ? fromHere : similarSource(rel);
        return miss(tag + " names no article: " + notArticle(rel) + " (link takes a path from the content directory)"
                + (suggestion == null ? "" : "; did you mean {% link " + suggestion + " %}?"));
    }

    private String notArticle(String rel) {
        Path file = contentDirectory.resolve(rel);
        if (Files.isRegularFile(file)) {
            return "'" + rel + "' is not among the checked articles (left out by includes/excludes, or its front"
                    + " matter could not be read)";
        }
        return "there is no '" + rel + "' in the content directory";
    }

    /**
     * A source differing only by case, or else one with the same file name (ignoring case) in another folder, or else
     * the nearest by spelling ({@code 2026-02-05-ikou.md} for {@code 2026-02-05-iko.md}).
     */
    private String similarSource(String rel) {
        String name = fileName(rel);
        String sameName = null;
        for (String source : sortedSources()) {
            if (source.equalsIgnoreCase(rel)) {
                return source;
            }
            if (sameName == null && fileName(source).equalsIgnoreCase(name)) {
                sameName = source;
            }
        }
        return sameName != null ? sameName : NearestName.of(rel, sortedSources(), slips(stem(name)));
    }

    /**
     * How many slips a name may hold, judged by its part after the date: dated names share their first eleven
     * characters, which must not make two different posts look alike.
     */
    private static int slips(String stem) {
        return NearestName.allowed(JekyllFileName.of(stem + ".md").slug());
    }

    private String similarSlug(String name) {
        for (String slug : sortedSlugs()) {
            if (slug.equalsIgnoreCase(name)) {
                return slug;
            }
        }
        List<ArticleFacts> stemmed = byStem.get(name);
        if (stemmed != null && stemmed.get(0).slug() != null) {
            return stemmed.get(0).slug();
        }
        return NearestName.of(name, sortedSlugs());
    }

    /**
     * Why {@code #fragment} names no anchor of {@code target}, or {@code null} when it does.
     *
     * @param self whether the link is in-page (the message then says "this article")
     */
    public static String anchorProblem(ArticleFacts target, boolean self, String written, String fragment) {
        Set<String> ids = target.headingIds();
        if (ids.contains(fragment)) {
            return null;
        }
        String where = self ? "this article" : "'" + target.source() + "'";
        String wanted = HeadingIds.idOf(fragment);
        for (String id : ids) {
            if (id.equalsIgnoreCase(fragment) || id.equals(wanted)) {
                return "the link '" + written + "' names no heading of " + where + ": '#" + fragment
                        + "' is not an id there; did you mean '#" + id + "'?";
            }
        }
        if (ids.isEmpty()) {
            return "the link '" + written + "' names no heading of " + where + ", which has no headings; remove the '#"
                    + fragment + "' part";
        }
        List<String> listed = ids.stream().limit(MAX_LISTED).map(id -> "#" + id).toList();
        return "the link '" + written + "' names no heading of " + where + ": its ids are "
                + String.join(", ", listed) + (ids.size() > MAX_LISTED ? ", ..." : "")
                + " (a heading's id is its text in lower case, punctuation dropped, spaces as '-')";
    }

    /** The local image an image destination in {@code fromSource} names. */
    public ImageHit image(String fromSource, Destination d) {
        String rel = d.form() == Destination.Form.LINK_TAG ? join("", strip(d.path()))
                : join(folderOf(fromSource), d.path());
        if (rel == null || rel.isEmpty()) {
            return new ImageHit(null, null, "the image '" + d.written() + "' leads outside the content directory;"
                    + " put the file into it and link it relatively");
        }
        ImageHit found = images.computeIfAbsent(rel, this::findImage);
        if (found.problem() == null) {
            return found;
        }
        String suggestion = similarFile(rel);
        String shown = suggestion == null ? null
                : d.form() == Destination.Form.LINK_TAG ? suggestion : relative(fromSource, suggestion);
        return new ImageHit(null, null, "the image '" + d.written() + "' " + found.problem()
                + (shown == null ? "" : "; did you mean '" + shown + "'?"));
    }

    /**
     * Whether the content directory has a file or page at {@code sitePath} (from the site's root, decoded): a file,
     * a folder's {@code index.html}/{@code index.md}, or the same name with {@code .html}/{@code .md}. A Jekyll site
     * serves its own files and pages there besides the articles.
     */
    public boolean siteHasPage(String sitePath) {
        String rel = join("", sitePath.endsWith("/") ? sitePath.substring(0, sitePath.length() - 1) : sitePath);
        if (rel == null || rel.isEmpty()) {
            return false;
        }
        for (String candidate : List.of(rel, rel + "/index.html", rel + "/index.md", rel + ".html", rel + ".md")) {
            if (Files.isRegularFile(contentDirectory.resolve(candidate))) {
                return true;
            }
        }
        return false;
    }

    /** An image of a Jekyll site named from the site's root: {@code sitePath} is its path in the site. */
    public ImageHit siteImage(String sitePath) {
        String rel = join("", sitePath);
        if (rel == null || rel.isEmpty()) {
            return new ImageHit(null, null, "the image '/" + sitePath + "' leads outside the site");
        }
        ImageHit found = images.computeIfAbsent(rel, this::findImage);
        if (found.problem() == null) {
            return found;
        }
        String suggestion = similarFile(rel);
        return new ImageHit(null, null, "the image at the site's '/" + rel + "' " + found.problem()
                + (suggestion == null ? "" : "; did you mean '/" + suggestion + "'?"));
    }

    private ImageHit findImage(String rel) {
        Path file = contentDirectory.resolve(rel);
        if (!Files.exists(file)) {
            return new ImageHit(null, null, "does not exist: there is no '" + rel + "' in the content directory");
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(contentRealPath())) {
                return new ImageHit(null, null, "is a link to " + real + ", outside the content directory; copy the"
                        + " file instead");
            }
            if (!Files.isRegularFile(real)) {
                return new ImageHit(null, null, "is not a file: '" + rel + "' is a folder or special file");
            }
            if (!Files.isSymbolicLink(file)) {
                String actual = contentRealPath().relativize(real).toString()
                        .replace(real.getFileSystem().getSeparator(), "/");
                if (!actual.equals(rel) && actual.equalsIgnoreCase(rel)) {
                    return new ImageHit(null, null, "does not exist as written: the file is '" + actual
                            + "', and names are case-sensitive in jars and on web servers");
                }
            }
        } catch (IOException e) {
            return new ImageHit(null, null, "cannot be read: " + e);
        }
        return new ImageHit(rel, file, null);
    }

    /** A content file differing only by case in the same folder, or else one with the same name elsewhere. */
    private String similarFile(String rel) {
        List<String> same = files().get(fileName(rel).toLowerCase(Locale.ROOT));
        if (same == null) {
            return null;
        }
        for (String candidate : same) {
            if (candidate.equalsIgnoreCase(rel) && !candidate.equals(rel)) {
                return candidate;
            }
        }
        return same.stream().filter(c -> !c.equals(rel)).findFirst().orElse(null);
    }

    /** Every file below the content directory by lower-case file name; read once, on the first missing image. */
    private Map<String, List<String>> files() {
        if (filesByLowerName == null) {
            Map<String, List<String>> found = new TreeMap<>();
            try {
                Files.walkFileTree(contentDirectory, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String rel = contentDirectory.relativize(file).toString()
                                .replace(file.getFileSystem().getSeparator(), "/");
                        found.computeIfAbsent(file.getFileName().toString().toLowerCase(Locale.ROOT),
                                k -> new ArrayList<>()).add(rel);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // suggestions are a courtesy: without a listing there are none
            }
            found.values().forEach(l -> l.sort(null));
            filesByLowerName = found;
        }
        return filesByLowerName;
    }

    private Path contentRealPath() throws IOException {
        if (contentRealPath == null) {
            contentRealPath = contentDirectory.toRealPath();
        }
        return contentRealPath;
    }

    // Sorted once, on the first broken link, so suggestions do not depend on file order and cost little.

    private List<String> sortedSources() {
        if (sortedSources == null) {
            sortedSources = bySource.keySet().stream().sorted().toList();
        }
        return sortedSources;
    }

    private List<String> sortedSlugs() {
        if (sortedSlugs == null) {
            sortedSlugs = bySlug.keySet().stream().sorted().toList();
        }
        return sortedSlugs;
    }

    private List<String> sortedStems() {
        if (sortedStems == null) {
            sortedStems = byStem.keySet().stream().sorted().toList();
        }
        return sortedStems;
    }

    private static ArticleHit miss(String problem) {
        return new ArticleHit(null, problem);
    }

    private static String strip(String arg) {
        String s = arg.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        return s;
    }

    /** The folder part of a source path ({@code ""} at the top). */
    static String folderOf(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? "" : source.substring(0, slash);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** {@code folder/path} normalised ({@code .}, {@code ..}, doubled slashes), or {@code null} above the top. */
    static String join(String folder, String path) {
        List<String> parts = new ArrayList<>();
        for (String s : (folder.isEmpty() ? path : folder + "/" + path).split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    /** {@code target} (relative to the content directory) as a relative path from {@code fromSource}'s folder. */
    static String relative(String fromSource, String target) {
        List<String> from = folderOf(fromSource).isEmpty() ? List.of() : List.of(folderOf(fromSource).split("/"));
        List<String> to = List.of(target.split("/"));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("../".repeat(from.size() - common));
        sb.append(String.join("/", to.subList(common, to.size())));
        return sb.toString();
    }
}

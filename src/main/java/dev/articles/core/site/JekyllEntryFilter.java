package dev.articles.core.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether Jekyll 4.3.1 reads a file of the site at all, from its {@code EntryFilter} and the way its readers walk the
 * site, so that a bundle made from a Jekyll site holds the posts the site has and no file the site leaves out.
 *
 * <p>Jekyll walks the site folder by folder, dropping each file or folder whose name starts with {@code .},
 * {@code _}, {@code #} or {@code ~} or ends with {@code ~}, and each that {@code exclude} matches, unless
 * {@code include} names it. Posts are read from every {@code _posts} and {@code _drafts} folder the walk reaches (in
 * {@code collections_dir} when set), collection documents from their folders directly. Inside those folders only the
 * file's path below the folder and its name are checked for the special characters, so {@code _posts/a/_b/x.md} is
 * read while {@code _posts/_b/x.md} is not; dot folders inside {@code _posts} are never listed at all.
 *
 * <p>{@code exclude} and {@code include} entries are {@code File.fnmatch} globs on the path from the site folder, in
 * which {@code *} crosses folders, and also plain text prefixes: {@code notes} excludes {@code notes-list.md} too.
 * An {@code exclude} entry also written in {@code include} excludes nothing. An {@code include} entry is compared with
 * the path below the folder being read and with the file name, not with the path from the site.
 *
 * <p>Not decided here: whether a file in {@code _posts} has a dated name, whether drafts are shown, and whether a
 * post is published or in the future. Symbolic links (refused in safe mode) are not seen in a path, and a
 * {@code destination} folder other than {@code _site} (which Jekyll does not read either) is not known.
 */
public final class JekyllEntryFilter {
    private static final String SITE = "/site";

    private final SiteSettings settings;
    private final List<String> exclude;

    public JekyllEntryFilter(SiteSettings settings) {
        this.settings = settings;
        List<String> effective = new ArrayList<>(settings.exclude());
        effective.removeAll(settings.include());
        this.exclude = List.copyOf(effective);
    }

    /**
     * Whether Jekyll does not read the file at {@code relativePath} (relative to the site, {@code /}-separated) as a
     * page, static file, post, draft or collection document.
     */
    public boolean excluded(String relativePath) {
        String path = relativePath.replaceAll("^/+", "");
        for (SiteCollection collection : settings.collections().values()) {
            String folder = settings.collectionFolder(collection.label());
            if (!collection.label().equals("posts") && !collection.label().equals("data")
                    && path.startsWith(folder + "/")) {
                return rejectedBelow("_" + collection.label(), path.substring(folder.length() + 1), true);
            }
        }
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].equals("_posts") || segments[i].equals("_drafts")) {
                String dir = String.join("/", List.of(segments).subList(0, i));
                return !walked(dir) || !inCollectionsDir(dir)
                        || rejectedBelow(dir.isEmpty() ? segments[i] : dir + "/" + segments[i],
                                String.join("/", List.of(segments).subList(i + 1, segments.length)), false);
            }
        }
        return !walked(path);
    }

    /** Whether the walk from the site folder reaches {@code path}: no part of it is dropped on the way. */
    private boolean walked(String path) {
        if (path.isEmpty()) {
            return true;
        }
        String[] segments = path.split("/");
        String base = "";
        for (int i = 0; i < segments.length; i++) {
            if (rejected(segments[i], base, i < segments.length - 1)) {
                return false;
            }
            base = base + "/" + segments[i];
        }
        return true;
    }

    /** {@code Reader#outside_configured_directory?}: posts are read only in {@code collections_dir} when set. */
    private boolean inCollectionsDir(String dir) {
        String collectionsDir = settings.collectionsDir();
        return collectionsDir.isEmpty() || ("/" + dir).startsWith("/" + collectionsDir);
    }

    /**
     * A file below a posts or collection folder, as {@code EntryFilter#filter} sees the listing of that folder: its
     * path below the folder ({@code entry}), checked with the folder as base. Without {@code dotFolders}
     * ({@code Dir["**}{@code /*"]} for posts), a path with a hidden part is not even listed.
     */
    private boolean rejectedBelow(String base, String entry, boolean dotFolders) {
        if (!dotFolders && ("/" + entry).contains("/.")) {
            return true;
        }
        return rejected(entry, "/" + base.replaceAll("^/+", ""), false);
    }

    /**
     * {@code EntryFilter#filter} for one entry listed in the folder {@code base} (from the site, {@code ""} at its
     * top); {@code directory} says whether the entry is a folder.
     */
    private boolean rejected(String entry, String base, boolean directory) {
        if (entry.endsWith(".")) {
            return true;
        }
        boolean included = globInclude(settings.include(), entry, directory)
                || globInclude(settings.include(), RubyText.basename(entry), directory);
        if (!included && globInclude(exclude, join(base, entry), directory)) {
            return true;
        }
        return !included && (special(entry) || special(RubyText.basename(entry)) || entry.endsWith("~"));
    }

    private static boolean special(String name) {
        return !name.isEmpty() && ".#_~".indexOf(name.charAt(0)) >= 0;
    }

    /** {@code EntryFilter#glob_include?}: a pattern matches as a glob, a text prefix, or the folder and {@code /}. */
    private static boolean globInclude(List<String> patterns, String entry, boolean directory) {
        String entryWithSource = join(SITE, entry);
        for (String pattern : patterns) {
            String patternWithSource = join(SITE, pattern);
            if (RubyGlob.fnmatch(patternWithSource, entryWithSource) || entryWithSource.startsWith(patternWithSource)
                    || directory && patternWithSource.equals(entryWithSource + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Ruby's {@code File.join(a, b)} of two parts: one {@code /} between them. */
    private static String join(String a, String b) {
        if (b.startsWith("/")) {
            return a.replaceAll("/+$", "") + b;
        }
        return a.endsWith("/") ? a + b : a + "/" + b;
    }
}

package dev.articles.core.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Jekyll 4.3.1's {@code FrontmatterDefaults#all}: the front matter values a site's {@code defaults} give one file,
 * which Jekyll merges beneath the file's own front matter. They can set a post's {@code permalink}, {@code slug} or
 * {@code categories}, so its address cannot be known without them.
 *
 * <p>The entries that apply are taken in order. An entry whose scope is "more specific" than the last one that took
 * precedence (a longer {@code path}; at equal length, one with a {@code type} unless the last had one and this has
 * not) is merged over the values so far; any other is merged beneath them. So a later entry does not win over an
 * earlier one with a longer path, and a path-only entry does not win over an earlier one of the same path with a
 * type. Maps are merged key by key; a {@code null} value never replaces one. In Jekyll 4.3.1 drafts have the type
 * {@code posts}, so an entry of type {@code drafts} applies to nothing (a path of {@code _drafts} does).
 *
 * <p>A scope path is a prefix of the file's path as text ({@code _posts/2024} applies to
 * {@code _posts/2024-03-05-x.md}); one holding {@code *} is a {@code Dir.glob} pattern run in the site folder, and
 * applies to each file whose path starts with a path it lists, as text too: {@code _posts/*}{@code /} lists the
 * folder {@code _posts/2024}, so it applies to {@code _posts/2024-03-05-x.md} beside that folder as well. Given the
 * site's files, the globs are run over them and apply exactly so; without them, a glob applies when it matches the
 * file or one of its folders, which misses only such neighbours. An entry without a scope that comes after one that
 * took precedence makes Jekyll stop with an error (reported by {@link SiteSettingsReader}); here it counts as a scope
 * with an empty path.
 */
public final class FrontMatterDefaults {

    /**
     * @param values the merged default values (plain text, lists and maps)
     * @param origins for each top-level key of {@code values}, the entry its value comes from (for a merged map, the
     *     entry merged over the others)
     */
    public record Result(Map<String, Object> values, Map<String, DefaultsSet> origins) {
        public Result {
            values = Collections.unmodifiableMap(values);
            origins = Collections.unmodifiableMap(origins);
        }
    }

    private final List<DefaultsSet> sets;
    private final String collectionsDir;
    /** What each glob scope lists, as paths without {@code collections_dir}; {@code null} without the site's files. */
    private final Map<String, List<String>> listed;

    /**
     * Defaults that judge glob scopes without the site's files: a glob applies when it matches the file or one of its
     * folders, not when it lists only a sibling whose name the file's path starts with (see above).
     *
     * @param sets the {@code defaults} entries
     * @param collectionsDir the site's {@code collections_dir} ({@code ""} when none)
     */
    public FrontMatterDefaults(List<DefaultsSet> sets, String collectionsDir) {
        this(sets, collectionsDir, null);
    }

    /**
     * Defaults that run glob scopes over the site's files as Jekyll runs them over the file system, so they apply
     * exactly as in Jekyll.
     *
     * @param siteFiles every file of the site (not only posts), relative to the site, {@code /}-separated; their
     *     folders are derived from them
     */
    public FrontMatterDefaults(List<DefaultsSet> sets, String collectionsDir, Collection<String> siteFiles) {
        this.sets = List.copyOf(sets);
        this.collectionsDir = collectionsDir == null ? "" : collectionsDir;
        this.listed = siteFiles == null ? null : listings(this.sets, siteFiles);
    }

    public static FrontMatterDefaults of(SiteSettings settings) {
        return new FrontMatterDefaults(settings.defaults(), settings.collectionsDir());
    }

    /** @param siteFiles see {@link #FrontMatterDefaults(List, String, Collection)} */
    public static FrontMatterDefaults of(SiteSettings settings, Collection<String> siteFiles) {
        return new FrontMatterDefaults(settings.defaults(), settings.collectionsDir(), siteFiles);
    }

    private Map<String, List<String>> listings(List<DefaultsSet> all, Collection<String> siteFiles) {
        Map<String, Boolean> entries = new TreeMap<>(); // path to whether it is a folder
        for (String file : siteFiles) {
            String path = file.replaceAll("^/+", "");
            entries.putIfAbsent(path, false);
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                entries.put(path.substring(0, slash), true);
            }
        }
        Map<String, List<String>> listings = new HashMap<>();
        for (DefaultsSet set : all) {
            String glob = set.path();
            if (glob != null && glob.contains("*") && !glob.startsWith("/") && !listings.containsKey(glob)) {
                List<String> found = new ArrayList<>();
                entries.forEach((path, folder) -> {
                    if (RubyGlob.globMatches(glob, path, folder)) {
                        found.add(stripCollectionsDir(path));
                    }
                });
                listings.put(glob, List.copyOf(found));
            }
        }
        return Collections.unmodifiableMap(listings);
    }

    /**
     * The defaults of one file.
     *
     * @param relativePath for a post, draft or collection document its path relative to {@code collections_dir}
     *     (as {@link DocumentPath#relativePath()}); for a page its path relative to the site
     * @param type {@code posts} (drafts too), {@code pages} or the collection's label
     */
    public Result all(String relativePath, String type) {
        Layer merged = new Layer(new LinkedHashMap<>(), new LinkedHashMap<>());
        DefaultsSet last = null;
        for (DefaultsSet set : sets) {
            if (set.scoped() && !applies(set, relativePath, type)) {
                continue;
            }
            Layer own = Layer.of(set);
            if (hasPrecedence(last, set)) {
                merged = merge(merged, own);
                last = set.scoped() ? set : null;
            } else {
                merged = merge(own, merged);
            }
        }
        return new Result(merged.values(), merged.origins());
    }

    /** Values with the entry each top-level value comes from. */
    private record Layer(Map<String, Object> values, Map<String, DefaultsSet> origins) {
        static Layer of(DefaultsSet set) {
            Map<String, DefaultsSet> origins = new LinkedHashMap<>();
            set.values().keySet().forEach(k -> origins.put(k, set));
            return new Layer(set.values(), origins);
        }
    }

    /**
     * {@code Utils.deep_merge_hashes(target, overwrite)}: {@code overwrite}'s values over {@code target}'s, maps
     * merged key by key, {@code null} never replacing a value; keys in {@code target}'s order, then new ones.
     */
    private static Layer merge(Layer target, Layer overwrite) {
        Map<String, Object> values = new LinkedHashMap<>(target.values());
        Map<String, DefaultsSet> origins = new LinkedHashMap<>(target.origins());
        overwrite.values().forEach((key, value) -> {
            Object old = values.get(key);
            if (value == null && values.containsKey(key)) {
                return;
            }
            values.put(key, old instanceof Map<?, ?> a && value instanceof Map<?, ?> b ? deepMerge(a, b) : value);
            origins.put(key, overwrite.origins().get(key));
        });
        return new Layer(values, origins);
    }

    private static Map<String, Object> deepMerge(Map<?, ?> target, Map<?, ?> overwrite) {
        Map<String, Object> merged = new LinkedHashMap<>();
        target.forEach((k, v) -> merged.put((String) k, v));
        overwrite.forEach((k, value) -> {
            Object old = merged.get(k);
            if (value == null && merged.containsKey(k)) {
                return;
            }
            boolean maps = old instanceof Map<?, ?> && value instanceof Map<?, ?>;
            merged.put((String) k, maps ? deepMerge((Map<?, ?>) old, (Map<?, ?>) value) : value);
        });
        return merged;
    }

    /** {@code applies?}: the entry's type and path both fit the file. */
    private boolean applies(DefaultsSet set, String relativePath, String type) {
        if (set.type() != null && !set.type().equals(type)) {
            return false;
        }
        String scopePath = set.path();
        if (scopePath == null || scopePath.isEmpty()) {
            return true;
        }
        String path = sanitize(relativePath);
        if (scopePath.contains("*")) {
            return globApplies(scopePath, path, type);
        }
        return path.startsWith(stripCollectionsDir(scopePath));
    }

    /**
     * {@code glob_scope}: the glob, run from the site folder, lists a file or folder whose path (without
     * {@code collections_dir}) the file's path starts with. An absolute glob lists nothing of the site.
     */
    private boolean globApplies(String glob, String path, String type) {
        if (glob.startsWith("/")) {
            return false;
        }
        if (listed != null) {
            return listed.get(glob).stream().anyMatch(path::startsWith);
        }
        boolean inCollectionsDir = !type.equals("pages") && !collectionsDir.isEmpty();
        String sitePath = inCollectionsDir ? collectionsDir + "/" + path : path;
        List<String> candidates = new ArrayList<>();
        candidates.add(sitePath);
        for (int slash = sitePath.lastIndexOf('/'); slash > 0; slash = sitePath.lastIndexOf('/', slash - 1)) {
            candidates.add(sitePath.substring(0, slash));
        }
        for (int i = 0; i < candidates.size(); i++) {
            String candidate = candidates.get(i);
            if (RubyGlob.globMatches(glob, candidate, i > 0) && path.startsWith(stripCollectionsDir(candidate))) {
                return true;
            }
        }
        return false;
    }

    private String stripCollectionsDir(String path) {
        String slashed = collectionsDir + "/";
        return collectionsDir.isEmpty() || !path.startsWith(slashed) ? path : path.substring(slashed.length());
    }

    /** {@code has_precedence?}; an entry without scope after a scoped one counts as an empty path (see above). */
    private static boolean hasPrecedence(DefaultsSet last, DefaultsSet set) {
        if (last == null) {
            return true;
        }
        int newLength = length(set.scoped() ? set.path() : null);
        int oldLength = length(last.path());
        if (newLength != oldLength) {
            return newLength > oldLength;
        }
        return set.type() != null || last.type() == null;
    }

    private static int length(String scopePath) {
        String sanitized = sanitize(scopePath);
        return sanitized.codePointCount(0, sanitized.length());
    }

    /** {@code sanitize_path}: without one leading {@code /}. */
    private static String sanitize(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }
}

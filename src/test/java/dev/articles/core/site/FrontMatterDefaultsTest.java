package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter defaults as Jekyll 4.3.1 merges them. Each expected line was printed by jekyll 4.3.1 building a site
 * with these {@code defaults} and these files (empty front matter each), through a page listing every document's and
 * page's values ({@code a={{p.a}} b={{p.b}} ... nested={{p.nested | jsonify}}}); a missing value prints as nothing.
 */
class FrontMatterDefaultsTest {
    @TempDir
    Path site;

    private static final String CONFIG = """
            show_drafts: true
            collections:
              recipes:
                output: true
            defaults:
              - scope: {path: ""}
                values: {a: root, b: root, nested: {x: "1", y: "1"}}
              - scope: {path: "_posts", type: posts}
                values: {a: posts-path-type, j: typed}
              - scope: {type: posts}
                values: {b: posts-type, c: type-only}
              - scope: {path: "_posts/2024"}
                values: {c: prefix}
              - scope: {path: "_recipes/*/"}
                values: {d: glob}
              - scope: {type: drafts}
                values: {e: drafts}
              - scope: {path: "", type: posts}
                values: {nested: {y: "2", z: "2"}}
              - scope: {path: "_posts"}
                values: {f: first, j: untyped}
              - scope: {path: "_posts"}
                values: {f: second}
              - scope: {path: "blog"}
                values: {g: blog}
              - scope: {path: "*/_posts"}
                values: {h: glob-dir}
              - scope: {path: "_posts/2024-02"}
                values: {i: long}
              - scope: {path: "_posts"}
                values: {i: short}
              - scope: {path: "about/*.md", type: pages}
                values: {k: page-glob}
              - scope: {path: "_drafts"}
                values: {e2: drafts-path}
              - scope: {type: post}
                values: {l: deprecated-post}
            """;

    private SiteSettings settings(String config) throws IOException {
        Files.writeString(site.resolve("_config.yml"), config, StandardCharsets.UTF_8);
        List<Diagnostic> problems = new ArrayList<>();
        SiteSettings settings = SiteSettingsReader.read(site, problems);
        assertEquals(List.of(), problems);
        return settings;
    }

    /** The values of {@code keys} as Jekyll's listing prints them: {@code key=value}, nothing for none. */
    private static String line(String path, FrontMatterDefaults.Result result, String keys) {
        StringBuilder out = new StringBuilder(path);
        for (String key : keys.split(" ")) {
            Object value = result.values().get(key);
            out.append(' ').append(key).append('=').append(value == null ? "" : json(value));
        }
        return out.toString();
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
        }
        return value.toString();
    }

    private static final String KEYS = "a b c d e e2 f g h i j k l nested";

    @Test
    void precedenceByPathLengthThenTypeAndGlobs() throws IOException {
        FrontMatterDefaults defaults = FrontMatterDefaults.of(settings(CONFIG));
        assertEquals("""
                _posts/2023-01-01-b.md a=posts-path-type b=root c=type-only d= e= e2= f=first g= h= i=short j=typed k= l=deprecated-post nested={"y":"1","z":"2","x":"1"}
                _posts/2024-02-01-a.md a=posts-path-type b=root c=prefix d= e= e2= f=first g= h= i=long j=typed k= l=deprecated-post nested={"y":"1","z":"2","x":"1"}
                blog/_posts/2024-03-01-c.md a=root b=posts-type c=type-only d= e= e2= f= g=blog h=glob-dir i= j= k= l=deprecated-post nested={"x":"1","y":"2","z":"2"}
                _drafts/d.md a=root b=posts-type c=type-only d= e= e2=drafts-path f= g= h= i= j= k= l=deprecated-post nested={"x":"1","y":"2","z":"2"}
                _recipes/sub/r.md a=root b=root c= d=glob e= e2= f= g= h= i= j= k= l= nested={"x":"1","y":"1"}
                _recipes/top.md a=root b=root c= d= e= e2= f= g= h= i= j= k= l= nested={"x":"1","y":"1"}
                about/me.md a=root b=root c= d= e= e2= f= g= h= i= j= k=page-glob l= nested={"x":"1","y":"1"}
                about/x.html a=root b=root c= d= e= e2= f= g= h= i= j= k= l= nested={"x":"1","y":"1"}
                """, String.join("\n", List.of(
                        line("_posts/2023-01-01-b.md", defaults.all("_posts/2023-01-01-b.md", "posts"), KEYS),
                        line("_posts/2024-02-01-a.md", defaults.all("_posts/2024-02-01-a.md", "posts"), KEYS),
                        line("blog/_posts/2024-03-01-c.md", defaults.all("blog/_posts/2024-03-01-c.md", "posts"), KEYS),
                        line("_drafts/d.md", defaults.all("_drafts/d.md", "posts"), KEYS),
                        line("_recipes/sub/r.md", defaults.all("_recipes/sub/r.md", "recipes"), KEYS),
                        line("_recipes/top.md", defaults.all("_recipes/top.md", "recipes"), KEYS),
                        line("about/me.md", defaults.all("about/me.md", "pages"), KEYS),
                        line("about/x.html", defaults.all("about/x.html", "pages"), KEYS))) + "\n");
    }

    @Test
    void originsNameTheEntryEachValueCameFrom() throws IOException {
        SiteSettings settings = settings(CONFIG);
        FrontMatterDefaults.Result result = FrontMatterDefaults.of(settings).all("_posts/2024-02-01-a.md", "posts");
        List<DefaultsSet> sets = settings.defaults();
        assertSame(sets.get(1), result.origins().get("a")); // merged over the root entry
        assertSame(sets.get(0), result.origins().get("b")); // the type-only entry was merged beneath it
        assertSame(sets.get(3), result.origins().get("c"));
        assertSame(sets.get(7), result.origins().get("f")); // "second" came later but had no precedence
        assertSame(sets.get(11), result.origins().get("i"));
        assertSame(sets.get(0), result.origins().get("nested"));
        assertEquals(result.values().keySet(), result.origins().keySet());
    }

    /**
     * With {@code collections_dir: coll}: document paths are relative to it, scope paths and glob results lose it.
     * Jekyll printed these lines for the files {@code coll/_posts/2024/2024-01-01-a.md},
     * {@code coll/_posts/2024-01-02-b.md}, {@code coll/_notes/n.md} and {@code docs/p.md}; its glob
     * {@code coll/_posts/*}{@code /} lists the folder {@code coll/_posts/2024}, which {@code _posts/2024-01-02-b.md}
     * starts with, so it applies there too: exactly so given the site's files, not without them.
     */
    @Test
    void collectionsDirAndTheGlobsPrefixAccident() throws IOException {
        SiteSettings settings = settings("""
                collections_dir: coll
                collections: [notes]
                defaults:
                  - scope: {path: coll/_posts}
                    values: {a: stripped}
                  - scope: {path: _notes}
                    values: {b: unstripped}
                  - scope: {path: "coll/_posts/*/"}
                    values: {c: glob-dir}
                  - scope: {path: "coll/_notes/*.md"}
                    values: {d: glob-file}
                  - scope: {path: "docs/*"}
                    values: {e: page-glob}
                  - scope: {path: "/coll/_posts"}
                    values: {f: leading-slash}
                  - scope: {path: "**/*.md"}
                    values: {g: double-star}
                  - scope: {path: "coll/{_notes,_other}/n*"}
                    values: {h: braces}
                """);
        List<String> files = List.of("_config.yml", "coll/_posts/2024/2024-01-01-a.md", "coll/_posts/2024-01-02-b.md",
                "coll/_notes/n.md", "docs/p.md", "d.txt");
        FrontMatterDefaults exact = FrontMatterDefaults.of(settings, files);
        String keys = "a b c d e f g h";
        assertEquals("""
                _notes/n.md a= b=unstripped c= d=glob-file e= f= g=double-star h=braces
                _posts/2024/2024-01-01-a.md a=stripped b= c=glob-dir d= e= f= g=double-star h=
                _posts/2024-01-02-b.md a=stripped b= c=glob-dir d= e= f= g=double-star h=
                d.txt a= b= c= d= e= f= g= h=
                docs/p.md a= b= c= d= e=page-glob f= g=double-star h=""", String.join("\n",
                line("_notes/n.md", exact.all("_notes/n.md", "notes"), keys),
                line("_posts/2024/2024-01-01-a.md", exact.all("_posts/2024/2024-01-01-a.md", "posts"), keys),
                line("_posts/2024-01-02-b.md", exact.all("_posts/2024-01-02-b.md", "posts"), keys),
                line("d.txt", exact.all("d.txt", "pages"), keys),
                line("docs/p.md", exact.all("docs/p.md", "pages"), keys)));
        FrontMatterDefaults approximate = FrontMatterDefaults.of(settings);
        assertEquals("_posts/2024-01-02-b.md a=stripped b= c= d= e= f= g=double-star h=",
                line("_posts/2024-01-02-b.md", approximate.all("_posts/2024-01-02-b.md", "posts"), keys));
        assertEquals("_notes/n.md a= b=unstripped c= d=glob-file e= f= g=double-star h=braces",
                line("_notes/n.md", approximate.all("_notes/n.md", "notes"), keys));
    }

    /** Checked against jekyll 4.3.1: among equal scopes the later entry wins ({@code a=second b=typed-later}). */
    @Test
    void laterEntriesOfTheSameScopeWin() throws IOException {
        FrontMatterDefaults defaults = FrontMatterDefaults.of(settings("""
                defaults:
                  - scope: {path: "_posts"}
                    values: {a: first, b: first}
                  - scope: {path: "_posts"}
                    values: {a: second}
                  - scope: {path: "_posts", type: posts}
                    values: {b: typed}
                  - scope: {path: "_posts", type: posts}
                    values: {b: typed-later}
                """));
        assertEquals(Map.of("a", "second", "b", "typed-later"),
                defaults.all("_posts/2024-01-01-a.md", "posts").values());
    }

    /**
     * Checked against jekyll 4.3.1: an entry without scope first leaves no scope to compare with, so the next entry
     * takes precedence ({@code a=one}, and {@code b=three} over {@code two}).
     */
    @Test
    void anEntryWithoutScopeFirst() throws IOException {
        FrontMatterDefaults defaults = FrontMatterDefaults.of(settings("""
                defaults:
                  - values: {a: two, b: two}
                  - scope: {path: ""}
                    values: {a: one}
                  - scope: {path: "", type: posts}
                    values: {b: three}
                """));
        assertEquals(Map.of("a", "one", "b", "three"), defaults.all("_posts/2024-01-01-a.md", "posts").values());
    }

    /** Checked against jekyll 4.3.1 ({@code lay: ~, extra: ~} in the narrower entry: {@code lay=post}). */
    @Test
    void aNullNeverReplacesAValue() {
        DefaultsSet wide = new DefaultsSet(true, "", null, Map.of("layout", "post"), 1);
        Map<String, Object> nothing = new LinkedHashMap<>();
        nothing.put("layout", null);
        nothing.put("extra", null);
        DefaultsSet narrow = new DefaultsSet(true, "_posts", null, nothing, 2);
        Map<String, Object> merged = new FrontMatterDefaults(List.of(wide, narrow), "").all("_posts/x.md", "posts")
                .values();
        assertEquals("post", merged.get("layout"));
        assertTrue(merged.containsKey("extra"));
    }
}

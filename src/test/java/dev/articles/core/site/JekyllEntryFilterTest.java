package dev.articles.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files Jekyll 4.3.1 reads. Each site below was built with jekyll 4.3.1 (every file with empty front matter)
 * and a page listed the documents, pages and static files it read; the files it listed are the ones expected to be
 * kept here, every other file of the site excluded.
 */
class JekyllEntryFilterTest {
    @TempDir
    Path site;

    private JekyllEntryFilter filter(String config) throws IOException {
        Files.writeString(site.resolve("_config.yml"), config, StandardCharsets.UTF_8);
        List<Diagnostic> problems = new ArrayList<>();
        SiteSettings settings = SiteSettingsReader.read(site, problems);
        assertEquals(List.of(), problems);
        return new JekyllEntryFilter(settings);
    }

    private static List<String> kept(JekyllEntryFilter filter, String files) {
        return files.lines().map(String::strip).filter(f -> !f.isEmpty() && !filter.excluded(f)).toList();
    }

    /** Every file of the first site (the names are its tests: hidden, special, excluded, included...). */
    private static final String SITE_FILES = """
                #temp.md
                .dotdir/_posts/2024-01-08-q.md
                .hidden.md
                .jekyll-cache/.gitignore
                .well-known/a.md
                Gemfile.lock
                _config.yml
                _other/o.md
                _partial.md
                _posts/#2024-01-01-w.md
                _posts/.hidden/2024-01-01-z.md
                _posts/2024-01-01-ok.md
                _posts/2024-01-02-excluded.md
                _posts/2024-01-04-t.md~
                _posts/_kept/2024-01-03-k.md
                _posts/_sub/2024-01-01-x.md
                _posts/a/_b/2024-01-01-y.md
                _priv/_posts/2024-01-07-p.md
                _recipes/.dot/r.md
                _recipes/a/.r.md
                _recipes/a/_b/r.md
                _recipes/r.md
                _recipes/skip.md
                _redirects
                backup.md~
                blog/_posts/2024-01-05-b.md
                blog/old.md
                blog/old/_posts/2024-01-06-o.md
                blog/older.md
                data.csv
                docs/a.txt
                docs/c.md
                docs/sub/b.txt
                dump.txt
                node_modules/m.md
                notes-list.md
                notes/n.md
                sub/.x/page.md
                sub/_posts/.2024-01-09-r.md
                sub/deep/data.csv
                vendor/bundle/x.md
                vendor/other.md
                ~tilde.md
                """;

    @Test
    void specialNamesExcludeAndInclude() throws IOException {
        JekyllEntryFilter filter = filter("""
                include: [".well-known", "_redirects", "_posts/_kept"]
                exclude: [notes, "docs/*.txt", "*.csv", "_posts/2024-01-02-excluded.md", "_recipes/skip.md", "blog/old/"]
                collections:
                  recipes:
                    output: true
                """);
        assertEquals(List.of(
                ".well-known/a.md",
                "_posts/2024-01-01-ok.md",
                "_posts/a/_b/2024-01-01-y.md",
                "_recipes/a/_b/r.md",
                "_recipes/r.md",
                "_redirects",
                "blog/_posts/2024-01-05-b.md",
                "blog/old.md",
                "blog/older.md",
                "docs/c.md",
                "dump.txt",
                "vendor/other.md"), kept(filter, SITE_FILES));
    }

    /** Posts are read only inside collections_dir, and only if the walk reaches it (so not from "_coll"). */
    @Test
    void postsLiveInCollectionsDir() throws IOException {
        JekyllEntryFilter hidden = filter("collections_dir: _coll\ncollections: [things]\n");
        assertEquals(List.of("_coll/_things/t.md"), kept(hidden, """
                _coll/_posts/2024-01-01-a.md
                _coll/_things/t.md
                """));
        // "collx" starts with "coll": Jekyll's test is a text prefix
        JekyllEntryFilter coll = filter("collections_dir: coll\n");
        assertEquals(List.of("coll/_posts/2024-01-01-a.md", "collx/_posts/2024-01-02-b.md",
                "coll/sub/_posts/2024-01-03-c.md"), kept(coll, """
                coll/_posts/2024-01-01-a.md
                collx/_posts/2024-01-02-b.md
                coll/sub/_posts/2024-01-03-c.md
                _posts/2024-01-04-d.md
                """));
    }

    @Test
    void withoutConfigurationTheDefaultsApply() {
        JekyllEntryFilter filter = new JekyllEntryFilter(SiteSettings.jekyllDefaults());
        assertEquals(List.of(".htaccess", "about.md", "_posts/2024-01-01-a.md"), kept(filter, """
                .htaccess
                .gitignore
                about.md
                _posts/2024-01-01-a.md
                node_modules/x/readme.md
                Gemfile.lock
                _recipes/a.md
                """));
    }
}

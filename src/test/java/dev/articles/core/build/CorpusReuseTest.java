package dev.articles.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.site.Site;
import dev.articles.core.state.StateStore;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-article checks in an incremental build: a check whose input did not change keeps its last findings, one
 * whose input changed runs again, and either way the result equals a whole check's.
 */
class CorpusReuseTest {
    /** The rule of each cross-article check, in the order of {@code Checks.corpusChecks()}. */
    private static final List<String> RULES = List.of("url.duplicate", "link.broken", "taxonomy.variant",
            "title.duplicate", "article.near-duplicate");

    /** Three paragraphs long enough for the near-duplicate check, and a link. */
    private static final String A_BODY = "本文です。[次へ](b.md)。\n\n一つ目の段落はそれなりに長い文章で、重複の検査に数えられる。\n\n"
            + "二つ目の段落もそれなりに長い文章で、やはり重複の検査に数えられる。\n\n"
            + "三つ目の段落も同じくらい長くして、三つそろって初めて重複と見なされる。\n";

    @TempDir
    Path temp;
    private ContentFixture content;
    private Path stateDir;

    /** The memory kept in this test's state folder (a new one per build, as the goals make them). */
    private BuildMemory memory() {
        return BuildMemory.stored(new StateStore(stateDir, content.dir()));
    }

    @BeforeEach
    void setUp() {
        content = new ContentFixture(temp.resolve("articles"));
        stateDir = temp.resolve("state");
        content.write("a.md", "---\ntitle: 最初の記事\ndate: 2026-01-01 10:00:00 +0900\ntags: [Java]\n---\n\n"
                + A_BODY);
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                + "## 見出し\n\n二番目の本文です。ここも十分に長い段落にしておく必要がある。\n");
        content.write("c.md", "---\ntitle: Third\ndate: 2026-01-03 10:00:00 +0900\ncategories: [News]\n---\n\n"
                + "Third body, see [the first](a.md) and [a heading](b.md#見出し).\n");
    }

    private ContentBuild.Outcome build() throws IOException {
        return new ContentBuild().run(content.request(), memory(), "test", null, false);
    }

    /** Each edit, built incrementally, reports exactly what a whole check of the same content reports. */
    @Test
    void everyKindOfEditEqualsAWholeCheck() throws IOException {
        build();
        List<String> edits = List.of(
                // the body only
                "b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                        + "## 見出し\n\n書き直した本文です。ここも十分に長い段落にしておく必要がある。\n",
                // a title like a's
                "b.md", "---\ntitle: 最初の記事\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                        + "## 見出し\n\n書き直した本文です。ここも十分に長い段落にしておく必要がある。\n",
                // a tag spelt another way
                "c.md", "---\ntitle: Third\ndate: 2026-01-03 10:00:00 +0900\ncategories: [News]\ntags: [java]\n"
                        + "---\n\nThird body, see [the first](a.md) and [a heading](b.md#見出し).\n",
                // the heading c links to is gone
                "b.md", "---\ntitle: 最初の記事\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                        + "## 別の見出し\n\n書き直した本文です。ここも十分に長い段落にしておく必要がある。\n",
                // a's address (/articles/a/) taken by c
                "c.md", "---\ntitle: Third\nslug: a\ndate: 2026-01-03 10:00:00 +0900\ncategories: [News]\n"
                        + "tags: [java]\n---\n\nThird body, see [the first](a.md) and [a heading](b.md#見出し).\n",
                // a's paragraphs copied into c
                "c.md", "---\ntitle: Third\ndate: 2026-01-03 10:00:00 +0900\ncategories: [News]\n---\n\n"
                        + A_BODY,
                // and everything mended
                "b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                        + "## 見出し\n\n二番目の本文です。ここも十分に長い段落にしておく必要がある。\n",
                "c.md", "---\ntitle: Third\ndate: 2026-01-03 10:00:00 +0900\ncategories: [News]\n---\n\n"
                        + "Third body, see [the first](a.md) and [a heading](b.md#見出し).\n");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < edits.size(); i += 2) {
            content.write(edits.get(i), edits.get(i + 1));
            ContentBuild.Outcome o = build();
            assertEquals(1, o.stats().checked());
            List<Diagnostic> whole = content.diagnostics();
            assertEquals(whole, o.result().diagnostics(), "after edit " + (i / 2 + 1));
            whole.forEach(d -> seen.add(d.rule()));
        }
        // The edits did make each check find something on the way.
        for (String rule : List.of("title.duplicate", "taxonomy.variant", "link.anchor",
                "url.duplicate", "article.near-duplicate")) {
            assertTrue(seen.contains(rule), rule + " never found: " + seen);
        }
    }

    /**
     * What is taken from the last build is seen by planting a finding in each check's stored findings: it stays for
     * the checks that do not read what changed and goes for the one that does.
     */
    @Test
    void aBodyEditRunsOnlyTheCheckOfParagraphs() throws IOException {
        build();
        plantMarkers();
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                + "## 見出し\n\n書き直した本文です。ここも十分に長い段落にしておく必要がある。\n");
        assertEquals(List.of("url.duplicate", "link.broken", "taxonomy.variant", "title.duplicate"),
                markers(build()));
    }

    @Test
    void aTitleEditRunsTheChecksThatReadTitles() throws IOException {
        build();
        plantMarkers();
        content.write("b.md", "---\ntitle: 新しい題\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                + "## 見出し\n\n二番目の本文です。ここも十分に長い段落にしておく必要がある。\n");
        // The near-duplicate check names the title's line, so it reads where the title is (which did not move).
        assertEquals(List.of("url.duplicate", "link.broken", "taxonomy.variant",
                "article.near-duplicate"), markers(build()));
    }

    @Test
    void anAddedArticleRunsEveryCheck() throws IOException {
        build();
        plantMarkers();
        content.write("d.md", "---\ntitle: Fourth\ndate: 2026-01-04 10:00:00 +0900\n---\n\nFourth.\n");
        assertEquals(List.of(), markers(build()));
    }

    @Test
    void anotherImageRunsEveryCheck() throws IOException {
        build();
        plantMarkers();
        content.write("images/new.png", new byte[] {1});
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                + "## 見出し\n\n書き直した本文です。ここも十分に長い段落にしておく必要がある。\n");
        assertEquals(List.of(), markers(build()));
    }

    /** Adds to each check's stored findings one whose message names its rule. */
    private void plantMarkers() throws IOException {
        StateStore store = new StateStore(stateDir, content.dir());
        String print = BuildFingerprint.checks("test", content.request(), Site.read(content.request()).layout());
        StateStore.Checks checks = store.loadChecks(print);
        assertNotNull(checks);
        assertEquals(RULES.size(), checks.corpusFindings().size());
        List<List<Diagnostic>> planted = new ArrayList<>();
        for (int i = 0; i < RULES.size(); i++) {
            List<Diagnostic> found = new ArrayList<>(checks.corpusFindings().get(i));
            found.add(Diagnostic.warning(content.dir().resolve("a.md"), 1, 1, RULES.get(i), "marker " + RULES.get(i)));
            planted.add(found);
        }
        store.saveChecks(new StateStore.Checks(checks.fingerprint(), checks.entries(), checks.others(),
                checks.baseline(), checks.result(), planted));
    }

    /** The rules of the planted findings still reported. */
    private static List<String> markers(ContentBuild.Outcome o) {
        return o.result().diagnostics().stream().filter(d -> d.message().startsWith("marker ")).map(Diagnostic::rule)
                .sorted((x, y) -> RULES.indexOf(x) - RULES.indexOf(y)).toList();
    }
}

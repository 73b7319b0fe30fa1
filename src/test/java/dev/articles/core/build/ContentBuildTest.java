package dev.articles.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.FeedSettings;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.report.ContentResult;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.core.settings.Baseline;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.ContentRequest;
import dev.articles.core.state.StateStore;
import dev.articles.testing.BundleSchemas;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental build: what it skips, what it redoes, and that its output always equals a whole build's, byte for
 * byte (a whole build here is the same engine with {@link BuildMemory#none()}: no memory, the reference).
 */
class ContentBuildTest {
    private static final Instant OLD = Instant.parse("2020-01-01T00:00:00Z");

    @TempDir
    Path temp;
    private ContentFixture content;
    private Path out;
    private Path stateDir;
    /** The feeds of the bundles these tests write; {@code null} for none. */
    private FeedSettings feeds;

    /** The memory kept in this test's state folder (a new one per build, as the goals make them). */
    private BuildMemory memory() {
        return BuildMemory.stored(new StateStore(stateDir, content.dir()));
    }

    @BeforeEach
    void setUp() {
        content = new ContentFixture(temp.resolve("articles")).site(null, "/{year}/{slug}/");
        out = temp.resolve("out");
        stateDir = temp.resolve("state");
        content.write("a.md", "---\ntitle: 最初の記事\ndate: 2026-01-01 10:00:00 +0900\ntags: [Java]\n---\n\n"
                + "本文です。[次へ](b.md)と![図](images/chart.png)。\n");
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                + "## 見出し\n\n二番目の本文です。\n");
        content.write("c.md", "---\ntitle: Third\ndate: 2026-01-03 10:00:00 +0900\ncategories: [News]\n---\n\n"
                + "Third body, see [the first](a.md) and [a heading](b.md#見出し).\n");
        content.write("images/chart.png", new byte[] {1, 2, 3});
    }

    private ContentBuild.Stats build() throws IOException {
        return build(content);
    }

    private ContentBuild.Stats build(ContentFixture c) throws IOException {
        ContentBuild.Outcome o = new ContentBuild().run(c.request(), memory(), "test",
                new BundleWriter("site", out, List.of(), feeds), false);
        assertFalse(o.result().hasErrors(), () -> o.result().diagnostics().toString());
        return o.stats();
    }

    /** The output of a whole build of the current content, by the reference path. */
    private Map<String, String> reference() throws IOException {
        return reference(content);
    }

    private Map<String, String> reference(ContentFixture c) throws IOException {
        Path ref = temp.resolve("ref-" + System.nanoTime());
        ContentBuild.Outcome whole = c.bundle(new BundleWriter("site", ref, List.of(), feeds));
        assertFalse(whole.result().hasErrors(), () -> whole.result().diagnostics().toString());
        BundleSchemas.assertValidBundle(ref);
        return tree(ref);
    }

    private static Map<String, String> tree(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                try {
                    files.put(dir.relativize(f).toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private void backdateOutput() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(OLD));
            }
        }
    }

    /** Output files written since {@link #backdateOutput}. */
    private List<String> rewritten() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                try {
                    return !Files.getLastModifiedTime(f).toInstant().equals(OLD);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(f -> out.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void firstBuildChecksAndRendersEverythingAndEqualsTheReference() throws IOException {
        ContentBuild.Stats s = build();
        assertEquals(List.of(3, 3, 3, 0, 3), List.of(s.scanned(), s.checked(), s.rendered(), s.upToDate(),
                s.bundled()));
        BundleSchemas.assertValidBundle(out);
        assertEquals(reference(), tree(out));
    }

    @Test
    void noChangeReadsNothingAndWritesNothing() throws IOException {
        build();
        backdateOutput();
        ContentBuild.Stats s = build();
        assertEquals(List.of(3, 0, 0, 3, 0, 11, 0), List.of(s.scanned(), s.checked(), s.rendered(), s.upToDate(),
                s.written(), s.unchanged(), s.deleted()));
        assertEquals(List.of(), rewritten());
        BundleSchemas.assertValidBundle(out);
    }

    @Test
    void oneEditRewritesOnlyThatArticleAndWhatListsIt() throws IOException {
        build();
        backdateOutput();
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                + "## 見出し\n\n書き直した本文です。\n");
        ContentBuild.Stats s = build();
        assertEquals(List.of(1, 1, 2), List.of(s.checked(), s.rendered(), s.upToDate()));
        // The excerpt changed, so the index changed too; tags and categories did not.
        assertEquals(List.of("META-INF/articles/site/articles/b.html", "META-INF/articles/site/articles/b.json",
                "META-INF/articles/site/index.json"), rewritten());
        assertEquals(reference(), tree(out));
    }

    @Test
    void aNewAddressRendersTheArticlesLinkingToIt() throws IOException {
        build();
        content.write("a.md", "---\ntitle: 最初の記事\nslug: first\ndate: 2026-01-01 10:00:00 +0900\ntags: [Java]\n"
                + "---\n\n本文です。[次へ](b.md)と![図](images/chart.png)。\n");
        ContentBuild.Stats s = build();
        assertEquals(1, s.checked());
        assertEquals(2, s.rendered(), "a itself and c, which links to it");
        // From c at /2026/c/ to a, now at /2026/first/ (the permalink is /{year}/{slug}/).
        String c = Files.readString(out.resolve("META-INF/articles/site/articles/c.html"));
        assertTrue(c.contains("href=\"../first/\""), c);
        // The files are named by the id, which a new slug does not change.
        assertTrue(Files.readString(out.resolve("META-INF/articles/site/articles/a.json"))
                .contains("\"url\": \"/2026/first/\""));
        assertEquals(reference(), tree(out));
    }

    @Test
    void addedAndDeletedArticlesEqualAWholeBuild() throws IOException {
        build();
        Files.delete(content.dir().resolve("c.md"));
        content.write("d.md", "---\ntitle: Fourth\ndate: 2026-01-04 10:00:00 +0900\ntags: [New]\n---\n\nFourth.\n");
        ContentBuild.Stats s = build();
        assertEquals(List.of(3, 1, 1, 2), List.of(s.scanned(), s.checked(), s.rendered(), s.upToDate()));
        assertEquals(reference(), tree(out));
    }

    @Test
    void aTouchedFileWithTheSameBytesIsNotCheckedAgain() throws IOException {
        build();
        backdateOutput();
        Files.setLastModifiedTime(content.dir().resolve("b.md"), FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        ContentBuild.Stats s = build();
        assertEquals(List.of(0, 0, 3, 0), List.of(s.checked(), s.rendered(), s.upToDate(), s.written()));
        assertEquals(List.of(), rewritten());
    }

    @Test
    void aChangedImageIsCopiedAgainAndAMissingOneIsReported() throws IOException {
        build();
        content.write("images/chart.png", new byte[] {4, 5, 6, 7});
        build();
        assertEquals(4, Files.size(out.resolve("META-INF/articles/site/assets/images/chart.png")));
        assertEquals(reference(), tree(out));

        Files.delete(content.dir().resolve("images/chart.png"));
        ContentBuild.Outcome o = new ContentBuild().run(content.request(), memory(),
                "test", new BundleWriter("site", out, List.of()), false);
        assertEquals(List.of("image.missing"), o.result().diagnostics().stream().map(Diagnostic::rule).toList());
        assertEquals(0, o.stats().checked(), "no article changed: the verdict is made again from the state");
    }

    @Test
    void otherSettingsOrAnotherPluginBuildCheckEverythingAgain() throws IOException {
        build();
        ContentFixture other = content.settings(new CheckSettings(Map.of(), List.of(), List.of(), List.of(), 150,
                CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, false));
        ContentBuild.Stats s = build(other);
        assertEquals(List.of(3, 3, 0), List.of(s.checked(), s.rendered(), s.written()));
        ContentBuild.Outcome o = new ContentBuild().run(other.request(), memory(),
                "test-2", new BundleWriter("site", out, List.of()), false);
        assertEquals(3, o.stats().checked());
    }

    @Test
    void anArticleDatedInTheFutureIsCheckedAgainOnceItsDateHasPassed() throws IOException {
        content.write("d.md", "---\ntitle: Soon\ndate: 2026-03-05 10:00:00 +0900\n---\n\nComing next week.\n");
        ContentBuild.Outcome first = new ContentBuild().run(content.request(), memory(), "test", null, false);
        assertEquals(List.of("front-matter.date-future"), first.result().diagnostics().stream()
                .map(Diagnostic::rule).toList());
        ContentRequest later = content.now("2026-03-10T00:00:00Z").request();
        ContentBuild.Outcome second = new ContentBuild().run(later, memory(), "test",
                null, false);
        assertEquals(List.of(), second.result().diagnostics());
        assertEquals(1, second.stats().checked());
    }

    @Test
    void anErrorWritesNothingAndTheFixedBuildEqualsAWholeBuild() throws IOException {
        build();
        backdateOutput();
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-02-30\n---\n\n本文。\n");
        ContentBuild.Outcome o = new ContentBuild().run(content.request(), memory(),
                "test", new BundleWriter("site", out, List.of()), false);
        assertTrue(o.result().hasErrors());
        assertEquals(List.of(), rewritten());
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\n---\n\n## 見出し\n\n直した。\n");
        build();
        assertEquals(reference(), tree(out));
    }

    @Test
    void aCorruptStateIsIgnored() throws IOException {
        build();
        try (Stream<Path> files = Files.list(stateDir)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {0, 1, 2});
            }
        }
        ContentBuild.Stats s = build();
        assertEquals(List.of(3, 3), List.of(s.checked(), s.rendered()));
        assertEquals(reference(), tree(out));
    }

    @Test
    void anEditCheckedByValidateIsStillRenderedByTheNextBundle() throws IOException {
        // validate and bundle share the checks but each keeps its own brief record: the bundle's still shows b.md as
        // it was, the checks already have its new findings (from validate). Not checked again, but rendered anew.
        build();
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                + "## 見出し\n\n検証だけ先に走った本文です。\n");
        ContentBuild.Outcome validated = new ContentBuild().run(content.request(), memory(), "test", null, false);
        assertEquals(1, validated.stats().checked());
        ContentBuild.Stats s = build();
        assertEquals(List.of(0, 1, 2), List.of(s.checked(), s.rendered(), s.upToDate()));
        assertTrue(Files.readString(out.resolve("META-INF/articles/site/articles/b.html")).contains("検証だけ先に"));
        assertEquals(reference(), tree(out));
    }

    @Test
    void withoutTheChecksStateEveryFileIsReadAgain() throws IOException {
        // Only b.md changed since the brief record, but without the checks every file is read again.
        build();
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                + "## 見出し\n\nもう一度書き直した本文です。\n");
        Files.delete(stateDir.resolve("checks.bin"));
        ContentBuild.Stats s = build();
        assertEquals(List.of(3, 0), List.of(s.checked(), s.upToDate()));
        assertEquals(reference(), tree(out));
    }

    @Test
    void aDeletedBundleFileIsWrittenAgain() throws IOException {
        build();
        Files.delete(out.resolve("META-INF/articles/site/articles/b.html"));
        ContentBuild.Stats s = build();
        assertEquals(List.of(0, 1, 2, 1), List.of(s.checked(), s.rendered(), s.upToDate(), s.written()));
        assertEquals(reference(), tree(out));
    }

    /**
     * An incremental build of {@code c}, checked against a whole build of the same content: the same result
     * (findings, baselined findings, stale entries, articles left out) and the same bundle, byte for byte.
     */
    private ContentBuild.Outcome buildLikeAWholeBuild(ContentFixture c) throws IOException {
        ContentBuild.Outcome o = new ContentBuild().run(c.request(), memory(), "test",
                new BundleWriter("site", out, List.of(), feeds), false);
        assertFalse(o.result().hasErrors(), () -> o.result().diagnostics().toString());
        Path ref = temp.resolve("ref-" + System.nanoTime());
        ContentBuild.Outcome whole = c.bundle(new BundleWriter("site", ref, List.of(), feeds));
        assertEquals(whole.result(), o.result());
        assertEquals(whole.stats().bundled(), o.stats().bundled());
        assertEquals(tree(ref), tree(out));
        return o;
    }

    /** Each article left out: its finding's file and rule, and the article published in its place. */
    private List<String> leftOut(ContentBuild.Outcome o) {
        return o.result().leftOut().stream().map(l -> content.relative(l.finding().file()) + " " + l.finding().rule()
                + (l.publishedInstead() == null ? "" : " -> " + content.relative(l.publishedInstead()))).toList();
    }

    @Test
    void articlesLeftOutByAcceptedFindingsAreTheSameIncrementallyAndWhole() throws IOException {
        // d.md has no valid date; x/a.md takes the slug of a.md, the first by path. Both are baselined.
        content.write("d.md", "---\ntitle: Fourth\ndate: 2026-02-30\n---\n\nThe fourth body.\n");
        content.write("x/a.md", "---\ntitle: Another a\ndate: 2026-01-05 10:00:00 +0900\n---\n\nA copy.\n");
        ContentResult all = new ContentBuild().run(content.request(), BuildMemory.none(), "test", null, false)
                .result();
        assertEquals(List.of("a.md url.duplicate", "d.md front-matter.date", "x/a.md url.duplicate"),
                all.diagnostics().stream().map(d -> content.relative(d.file()) + " " + d.rule()).toList());
        ContentFixture accepted = content.baseline(Baseline.of(all.diagnostics(), content.dir(), RuleCatalog::get));

        ContentBuild.Outcome first = buildLikeAWholeBuild(accepted);
        assertEquals(List.of("d.md front-matter.date", "x/a.md url.duplicate -> a.md"), leftOut(first));
        assertEquals(3, first.stats().bundled());
        assertTrue(Files.readString(out.resolve("META-INF/articles/site/articles/a.html")).contains("本文です。"),
                "a.md, not its copy, holds the slug");

        ContentBuild.Outcome same = buildLikeAWholeBuild(accepted); // nothing changed: the brief record's result
        assertEquals(List.of(0, 0), List.of(same.stats().checked(), same.stats().rendered()));
        assertEquals(leftOut(first), leftOut(same));

        // Validate checks an edit first; the bundle then takes its checks (and the articles it left out).
        content.write("b.md", "---\ntitle: 二番目\ndate: 2026-01-02 10:00:00 +0900\ntags: [Java, Maven]\n---\n\n"
                + "## 見出し\n\n書き直した本文です。\n");
        ContentBuild.Outcome validated = new ContentBuild().run(accepted.request(), memory(), "test", null, false);
        assertEquals(leftOut(first), leftOut(validated));
        ContentBuild.Outcome afterValidate = buildLikeAWholeBuild(accepted);
        assertEquals(0, afterValidate.stats().checked());
        assertEquals(leftOut(first), leftOut(afterValidate));

        // Fixed (another size, so no file time can hide the edit): published, and its entry no longer occurs.
        content.write("d.md", "---\ntitle: Fourth\ndate: 2026-02-28 10:00:00 +0900\n---\n\nThe fourth body.\n");
        ContentBuild.Outcome fixed = buildLikeAWholeBuild(accepted);
        assertEquals(List.of("x/a.md url.duplicate -> a.md"), leftOut(fixed));
        assertEquals(1, fixed.result().staleBaseline().size());
        assertTrue(Files.isRegularFile(out.resolve("META-INF/articles/site/articles/d.html")));

        content.write("a.md", "---\ntitle: 最初の記事\nslug: first\ndate: 2026-01-01 10:00:00 +0900\ntags: [Java]\n"
                + "---\n\n本文です。[次へ](b.md)と![図](images/chart.png)。\n"); // the slug is free for the copy
        ContentBuild.Outcome renamed = buildLikeAWholeBuild(accepted);
        assertEquals(List.of(), leftOut(renamed));
        assertEquals(5, renamed.stats().bundled());
        assertTrue(Files.readString(out.resolve("META-INF/articles/site/articles/x/a.html")).contains("A copy."),
                "files are keyed by id: the copy has its own");

        content.write("d.md", "---\ntitle: Fourth\ndate: 2026-02-30\n---\n\nThe fourth body.\n"); // broken again
        ContentBuild.Outcome again = buildLikeAWholeBuild(accepted);
        assertEquals(List.of("d.md front-matter.date"), leftOut(again));
        assertFalse(Files.exists(out.resolve("META-INF/articles/site/articles/d.html")), "its files are deleted");
    }

    private static FeedSettings feeds(String siteUrl, int size) {
        FeedSettings.Result r = FeedSettings.read(siteUrl, size, "サイト", null, "ja");
        assertEquals(List.of(), r.problems());
        return r.settings();
    }

    private static final String FEED = "META-INF/articles/site/feed.xml";
    private static final String JSON_FEED = "META-INF/articles/site/feed.json";
    private static final String SITEMAP = "META-INF/articles/site/sitemap.xml";

    @Test
    void feedsEqualAWholeBuildsAndANoChangeBuildWritesNoneOfThem() throws IOException {
        feeds = feeds("https://example.com/", 2);
        ContentBuild.Stats s = build();
        assertEquals(14, s.written(), "11 files and the three of the feeds");
        Map<String, String> tree = tree(out);
        assertEquals(reference(), tree);
        // The newest two, c then b; the links between articles are absolute addresses.
        String atom = tree.get(FEED);
        assertTrue(atom.indexOf("<id>https://example.com/2026/c/</id>") < atom.indexOf(
                "<id>https://example.com/2026/b/</id>") && !atom.contains("/2026/a/</id>"), atom);
        assertTrue(atom.contains("href=\"https://example.com/2026/a/\"") && atom.contains(
                "href=\"https://example.com/2026/b/#見出し\""), atom);
        assertTrue(tree.get(SITEMAP).contains("<loc>https://example.com/2026/a/</loc>"));

        backdateOutput();
        s = build();
        assertEquals(List.of(0, 0, 0, 14), List.of(s.checked(), s.rendered(), s.written(), s.unchanged()));
        assertEquals(List.of(), rewritten());
    }

    @Test
    void editingTheNewestArticleRewritesTheFeedsButNotTheSitemap() throws IOException {
        feeds = feeds("https://example.com/", 2);
        build();
        backdateOutput();
        content.write("c.md", "---\ntitle: Third, retitled\ndate: 2026-01-03 10:00:00 +0900\ncategories: [News]\n"
                + "---\n\nThird body, see [the first](a.md) and [a heading](b.md#見出し).\n");
        ContentBuild.Stats s = build();
        assertEquals(List.of(1, 1), List.of(s.checked(), s.rendered()));
        assertEquals(List.of("META-INF/articles/site/articles/c.json", JSON_FEED, FEED,
                "META-INF/articles/site/index.json"), rewritten());
        assertTrue(Files.readString(out.resolve(FEED)).contains("<title>Third, retitled</title>"));
        assertEquals(reference(), tree(out));
    }

    @Test
    void editingAnArticleTheFeedsDoNotListLeavesThemAlone() throws IOException {
        feeds = feeds("https://example.com/", 2);
        build();
        backdateOutput();
        content.write("a.md", "---\ntitle: 最初の記事\ndate: 2026-01-01 10:00:00 +0900\ntags: [Java]\n---\n\n"
                + "本文です。[次へ](b.md)と![図](images/chart.png)。\n\n二段落目。\n");
        build();
        assertEquals(List.of("META-INF/articles/site/articles/a.html", "META-INF/articles/site/articles/a.json"),
                rewritten());
        assertEquals(reference(), tree(out));
    }

    @Test
    void aNewerArticleEntersTheFeedsAndTheSitemap() throws IOException {
        feeds = feeds("https://example.com/", 2);
        build();
        content.write("d.md", "---\ntitle: Fourth\ndate: 2027-01-04 10:00:00 +0900\n---\n\nFourth.\n");
        build();
        Map<String, String> tree = tree(out);
        assertEquals(reference(), tree);
        assertTrue(tree.get(FEED).contains("<updated>2027-01-04T10:00:00+09:00</updated>\n  <link"), tree.get(FEED));
        assertTrue(tree.get(SITEMAP).contains("<loc>https://example.com/2027/d/</loc>"));
    }

    @Test
    void changingTheSiteRendersEverythingAgainAndRemovingItDeletesTheFeeds() throws IOException {
        feeds = feeds("https://example.com/", 2);
        build();
        backdateOutput();
        feeds = feeds("https://example.org/blog/", 2);
        ContentBuild.Stats s = build();
        assertEquals(List.of(0, 3), List.of(s.checked(), s.rendered()), "a new fingerprint: everything rendered");
        assertEquals(List.of(JSON_FEED, FEED, SITEMAP), rewritten(), "only the feeds' bytes changed");
        assertTrue(Files.readString(out.resolve(SITEMAP)).contains("<loc>https://example.org/blog/2026/a/</loc>"));
        assertEquals(reference(), tree(out));

        feeds = null;
        s = build();
        assertEquals(3, s.deleted());
        assertFalse(Files.exists(out.resolve(FEED)) || Files.exists(out.resolve(JSON_FEED))
                || Files.exists(out.resolve(SITEMAP)));
        assertEquals(reference(), tree(out));
    }

    @Test
    void draftsInTheBundleStayOutOfTheFeeds() throws IOException {
        feeds = feeds("https://example.com/", 5);
        content.write("d.md", "---\ntitle: Draft\ndate: 2026-02-01 10:00:00 +0900\ndraft: true\n---\n\nDraft.\n");
        ContentFixture drafts = content.drafts(true);
        build(drafts);
        Map<String, String> tree = tree(out);
        assertTrue(tree.containsKey("META-INF/articles/site/articles/d.html"));
        assertFalse(tree.get(FEED).contains("/d/") || tree.get(JSON_FEED).contains("/d/")
                || tree.get(SITEMAP).contains("/d/"), tree.get(FEED));
        assertEquals(reference(drafts), tree);
    }
}

package dev.articles.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articles.testing.Chromium;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview as a person sees it: a real headless Chromium (Debian's package; {@code .ci/install-browser} installs
 * it with a Japanese font) opens the index and an article, the screenshots are checked (and kept in
 * {@code target/preview-screenshots/} to look at), and an edit of the article file shows up in the open page without
 * the test touching the browser.
 *
 * <p>Without Chromium the test is skipped, except on CI ({@code CI=true}), where it fails: it must never pass
 * unseen there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewBrowserTest {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 900;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path screenshots;
    static PreviewSite site;
    static Preview preview;
    static Chromium chromium;
    static Chromium.Page page;

    @BeforeAll
    static void start() throws Exception {
        Path binary = Chromium.find();
        if (binary == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium is not installed, and on CI the browser test must run: .ci/install-browser installs "
                        + "Debian's chromium and fonts-noto-cjk");
            }
            assumeTrue(false, "Chromium is not installed; skipping the browser test (bash .ci/install-browser "
                    + "installs it)");
        }
        screenshots = Path.of(System.getProperty("basedir", "."), "target", "preview-screenshots");
        Files.createDirectories(screenshots);
        site = new PreviewSite(dir.resolve("site"));
        preview = Preview.start(site.request(), site.options(), s -> { });
        chromium = Chromium.start(binary, browserDirectory("chromium"), WIDTH, HEIGHT, Map.of());
        page = chromium.page();
    }

    /** A folder of its own for a browser, under target/ so what it leaves can be looked at. */
    private static Path browserDirectory(String name) {
        return Path.of(System.getProperty("basedir", "."), "target", "preview-browser", name);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    @Order(1)
    void indexShowsTitlesDatesTagsReadingTimeAndFindings() throws Exception {
        page.navigate(preview.uri().toString());
        JsonNode dom = page.evaluate("""
                (() => {
                  const visible = e => !!e && e.getBoundingClientRect().height > 0
                      && getComputedStyle(e).visibility !== 'hidden';
                  const texts = s => [...document.querySelectorAll(s)].map(e => e.textContent);
                  const warning = document.querySelector('#diagnostics tr.warning');
                  return {
                    titles: texts('ol.articles a.title'),
                    firstTags: texts('ol.articles li:first-child .tag'),
                    readingTimes: texts('ol.articles .reading-time'),
                    dates: texts('ol.articles time'),
                    firstLang: document.querySelector('ol.articles li').lang,
                    findings: document.querySelector('#diagnostics h2').textContent,
                    warning: warning ? warning.innerText : null,
                    warningVisible: visible(warning)
                  };
                })()""");
        assertEquals(List.of(PreviewSite.MAIN_TITLE, PreviewSite.SECOND_TITLE, PreviewSite.ENGLISH_TITLE),
                strings(dom.get("titles")));
        assertEquals(List.of("Maven", "日本語", "プレビュー"), strings(dom.get("firstTags")));
        assertEquals(List.of("1 min read", "1 min read", "1 min read"), strings(dom.get("readingTimes")));
        assertEquals(List.of("2026-02-10 09:30 +09:00", "2026-02-01 10:00 +09:00", "2026-01-20 08:00 UTC"),
                strings(dom.get("dates")));
        assertEquals("ja", dom.get("firstLang").asText());
        assertEquals("0 errors, 1 warning in 3 articles checked", dom.get("findings").asText());
        assertTrue(dom.get("warning").asText().contains("src/main/articles/2026-01-20-english-notes.md:[5,15]"),
                dom.toString());
        assertTrue(dom.get("warning").asText().contains("reading-time.mismatch"), dom.toString());
        assertTrue(dom.get("warningVisible").asBoolean(), "the finding is on screen");
        awaitLive();

        BufferedImage shot = screenshot(page, "index.png");
        assertPainted(shot);
        assertInk(shot, rect(page, "ol.articles li:first-child a.title"), "the first title");
        assertJapaneseDrawn(page, shot, "ol.articles li:first-child a.title");
    }

    @Test
    @Order(2)
    void articleShowsItsTextInJapaneseType() throws Exception {
        page.navigate(preview.uri().resolve("/articles/" + PreviewSite.MAIN_SLUG + "/").toString());
        JsonNode dom = page.evaluate("""
                (() => {
                  const article = document.querySelector('article');
                  const p = article.querySelector('.body p');
                  const img = article.querySelector('.body img');
                  const style = getComputedStyle(p);
                  return {
                    title: article.querySelector('h1').textContent,
                    lang: article.lang,
                    tags: [...article.querySelectorAll('.tag')].map(e => e.textContent),
                    readingTime: article.querySelector('.reading-time').textContent,
                    date: article.querySelector('time').textContent,
                    paragraph: p.textContent,
                    lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
                    fontFamily: style.fontFamily,
                    imageLoaded: img.complete && img.naturalWidth === 40,
                    link: article.querySelector('.body a').href
                  };
                })()""");
        assertEquals(PreviewSite.MAIN_TITLE, dom.get("title").asText());
        assertEquals("ja", dom.get("lang").asText());
        assertEquals(List.of("Maven", "日本語", "プレビュー"), strings(dom.get("tags")));
        assertEquals("1 min read", dom.get("readingTime").asText());
        assertEquals("2026-02-10 09:30 +09:00", dom.get("date").asText());
        assertEquals(PreviewSite.MAIN_PARAGRAPH, dom.get("paragraph").asText());
        assertTrue(dom.get("lineHeight").asDouble() >= 1.8, "Japanese needs room between lines: " + dom);
        assertTrue(dom.get("fontFamily").asText().contains("Noto Sans CJK JP"), dom.toString());
        assertTrue(dom.get("imageLoaded").asBoolean(), "the image from assets/ is shown: " + dom);
        assertEquals(preview.uri().resolve("/articles/" + PreviewSite.SECOND_SLUG + "/").toString(),
                dom.get("link").asText(), "a link to another article leads to its page");
        awaitLive();

        BufferedImage shot = screenshot(page, "article.png");
        assertPainted(shot);
        assertInk(shot, rect(page, "article .body p"), "the first paragraph");
        assertJapaneseDrawn(page, shot, "article h1");
        assertFontDrawsJapanese(page, "article h1");
    }

    @Test
    @Order(3)
    void anEditedArticleReloadsItselfInTheOpenPage() throws Exception {
        String url = preview.uri().resolve("/articles/" + PreviewSite.MAIN_SLUG + "/").toString();
        page.navigate(url);
        awaitLive();
        page.evaluate("window.previewTestMark = 'before the edit'");

        String edited = "保存すると、開いているページが自動で読み込み直されます。";
        site.write(PreviewSite.MAIN_FILE, PreviewSite.main(edited));
        awaitPage("the edited paragraph", "document.querySelector('article .body p').textContent === '" + edited + "'");
        assertEquals(url, page.evaluate("location.href").asText(), "the same page, reloaded by itself");
        assertTrue(page.evaluate("window.previewTestMark === undefined").asBoolean(), "the page was reloaded");
        screenshot(page, "article-after-edit.png");

        // Broken: the page says so, lists the error, and keeps the last good render.
        site.write(PreviewSite.MAIN_FILE, PreviewSite.main("壊れた版").replace("2026-02-10 09:30:00", "2026-02-31 09:30:00"));
        awaitPage("the error", "!!document.querySelector('#diagnostics .stale')");
        JsonNode dom = page.evaluate("""
                (() => ({
                  stale: document.querySelector('#diagnostics .stale').innerText,
                  error: document.querySelector('#diagnostics tr.error').innerText,
                  errorColor: getComputedStyle(document.querySelector('#diagnostics tr.error .severity')).color,
                  paragraph: document.querySelector('article .body p').textContent
                }))()""");
        assertTrue(dom.get("stale").asText().startsWith("The content has errors, so it was not rendered"), dom.toString());
        assertTrue(dom.get("error").asText().contains("front-matter.date"), dom.toString());
        assertEquals("rgb(207, 34, 46)", dom.get("errorColor").asText(), "errors stand out in red");
        assertEquals(edited, dom.get("paragraph").asText(), "the last good render is still shown");
        screenshot(page, "article-with-error.png");

        site.write(PreviewSite.MAIN_FILE, PreviewSite.main(PreviewSite.MAIN_PARAGRAPH));
        awaitPage("the fix", "!document.querySelector('#diagnostics .stale') && document.querySelector("
                + "'article .body p').textContent === '" + PreviewSite.MAIN_PARAGRAPH + "'");
    }

    /**
     * The Japanese checks above can fail: the same article in a Chromium that sees only a Latin font (DejaVu Sans,
     * through a fontconfig file of its own) is drawn with boxes, and both checks say so.
     */
    @Test
    @Order(4)
    void theJapaneseChecksFailWithoutAJapaneseFont() throws Exception {
        Path latin = latinFontFolder();
        assumeTrue(latin != null, "no DejaVu Sans to build a font set without Japanese from");
        Path work = browserDirectory("chromium-latin-only");
        Path config = Files.createDirectories(work.getParent()).resolve("latin-only-fonts.conf");
        Files.writeString(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig>\n  <dir>" + latin + "</dir>\n  <cachedir>" + work.getParent().resolve("fontconfig-cache")
                + "</cachedir>\n</fontconfig>\n");
        try (Chromium latinOnly = Chromium.start(Chromium.find(), work, WIDTH, HEIGHT,
                Map.of("FONTCONFIG_FILE", config.toString()))) {
            Chromium.Page boxes = latinOnly.page();
            boxes.navigate(preview.uri().resolve("/articles/" + PreviewSite.MAIN_SLUG + "/").toString());
            BufferedImage shot = screenshot(boxes, "article-without-japanese-font.png");
            AssertionError drawn = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> assertJapaneseDrawn(boxes, shot, "article h1"));
            assertTrue(drawn.getMessage().contains("drawn alike") || drawn.getMessage().contains("flat bar"),
                    drawn.getMessage());
            AssertionError font = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> assertFontDrawsJapanese(boxes, "article h1"));
            assertTrue(font.getMessage().contains("DejaVu"), font.getMessage());
        }
    }

    /** The folder of DejaVuSans.ttf, a font without Japanese, or {@code null}. */
    private static Path latinFontFolder() throws IOException {
        Path fonts = Path.of("/usr/share/fonts");
        if (!Files.isDirectory(fonts)) {
            return null;
        }
        try (var walk = Files.walk(fonts)) {
            return walk.filter(p -> p.getFileName().toString().equals("DejaVuSans.ttf")).map(Path::getParent)
                    .findFirst().orElse(null);
        }
    }

    /** Waits until the page's script reached the server (the live marker), so the page is fully working. */
    private static void awaitLive() throws Exception {
        awaitPage("the live marker", "document.getElementById('preview-connection').className === 'live'"
                + " && performance.getEntriesByName(location.origin + '/_preview/build').length > 0");
    }

    private static void awaitPage(String what, String condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                // Fully loaded: a page that reloaded itself may have its DOM before its stylesheet.
                if (page.evaluate("(() => { try { return document.readyState === 'complete' && (" + condition
                        + "); } catch (e) { return false; } })()")
                        .asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                // the page is reloading: its context is gone for a moment
            }
            if (System.nanoTime() > end) {
                fail("the page did not show " + what + " within 60 s; it shows:\n"
                        + page.evaluate("document.body ? document.body.innerText : ''").asText());
            }
            Thread.sleep(100);
        }
    }

    private static BufferedImage screenshot(Chromium.Page page, String name) throws Exception {
        byte[] png = page.screenshot();
        Files.write(screenshots.resolve(name), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, name + " is a PNG");
        assertEquals(WIDTH, image.getWidth(), name);
        assertEquals(HEIGHT, image.getHeight(), name);
        return image;
    }

    /** Not blank: a good part of the page is not background, in many colours (text, links, tags). */
    private static void assertPainted(BufferedImage image) {
        int background = image.getRGB(WIDTH - 5, HEIGHT - 5);
        int other = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != (background & 0xFFFFFF)) {
                    other++;
                }
            }
        }
        assertTrue(other > WIDTH * HEIGHT / 50, "mostly blank: " + other + " painted pixels");
        assertTrue(colours.size() > 30, "only " + colours.size() + " colours");
    }

    /** Dark pixels (text) inside an element's box. */
    private static void assertInk(BufferedImage image, int[] box, String what) {
        int ink = 0;
        for (int y = box[1]; y < box[1] + box[3]; y++) {
            for (int x = box[0]; x < box[0] + box[2]; x++) {
                if (dark(image, x, y)) {
                    ink++;
                }
            }
        }
        assertTrue(ink > 100, "no text drawn in " + what + " at " + Arrays.toString(box) + ": " + ink + " pixels");
    }

    /**
     * Japanese glyphs really drawn, not the boxes a browser draws for characters no font has: in the screenshot, the
     * ink of each of the element's first six characters (日本語の記事, all different), cut to its own bounds, differs
     * from every other's; missing glyphs would all be the same empty box. And the long-vowel mark ー is a flat bar.
     */
    private static void assertJapaneseDrawn(Chromium.Page page, BufferedImage image, String selector) throws Exception {
        JsonNode chars = page.evaluate("""
                (() => {
                  const text = document.querySelector('%s').firstChild;
                  const range = document.createRange();
                  const out = [];
                  for (let i = 0; i < text.length; i++) {
                    range.setStart(text, i);
                    range.setEnd(text, i + 1);
                    const b = range.getBoundingClientRect();
                    out.push({c: text.data[i], x: b.x, y: b.y, w: b.width, h: b.height});
                  }
                  return out;
                })()""".formatted(selector));
        List<boolean[][]> glyphs = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        for (JsonNode c : chars) {
            boolean[][] glyph = glyph(image, c);
            String ch = c.get("c").asText();
            assertTrue(glyph.length > 0, "no ink for '" + ch + "' in " + selector + " at " + c);
            if (ch.equals("ー")) {
                assertTrue(glyph.length * 3 < glyph[0].length, "ー is not a flat bar: " + glyph[0].length + "×"
                        + glyph.length + " (a box for a missing glyph?)");
            }
            if (glyphs.size() < 6) {
                glyphs.add(glyph);
                seen.append(ch);
            }
        }
        assertEquals("日本語の記事", seen.toString());
        for (int i = 0; i < glyphs.size(); i++) {
            for (int j = i + 1; j < glyphs.size(); j++) {
                assertTrue(different(glyphs.get(i), glyphs.get(j)), "'" + seen.charAt(i) + "' and '" + seen.charAt(j)
                        + "' are drawn alike in " + selector + ": boxes for missing glyphs? Install a Japanese font"
                        + " (fonts-noto-cjk, .ci/install-browser)");
            }
        }
    }

    /**
     * The font Chromium drew the element's text with (DevTools' platform fonts) has a glyph for every character of
     * it, as the JDK's font system, reading the same installed fonts, confirms.
     */
    private static void assertFontDrawsJapanese(Chromium.Page page, String selector) throws Exception {
        page.call("DOM.enable", null);
        page.call("CSS.enable", null);
        int root = page.call("DOM.getDocument", null).path("root").path("nodeId").asInt();
        ObjectNode query = JSON.createObjectNode().put("nodeId", root).put("selector", selector);
        int node = page.call("DOM.querySelector", query).path("nodeId").asInt();
        JsonNode fonts = page.call("CSS.getPlatformFontsForNode", JSON.createObjectNode().put("nodeId", node))
                .path("fonts");
        String text = page.evaluate("document.querySelector('" + selector + "').textContent").asText();
        assertEquals(1, fonts.size(), "one font draws the whole title: " + fonts);
        String family = fonts.get(0).path("familyName").asText();
        assertEquals(text.length(), fonts.get(0).path("glyphCount").asInt(), fonts.toString());
        List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        assertTrue(installed.contains(family), family + " is not an installed font");
        assertEquals(-1, new Font(family, Font.PLAIN, 16).canDisplayUpTo(text), family + " has no glyphs for '"
                + text + "': the title was drawn as boxes");
    }

    /** The element's box in screenshot pixels: x, y, width, height. */
    private static int[] rect(Chromium.Page page, String selector) throws Exception {
        JsonNode r = page.evaluate("(() => { const b = document.querySelector('" + selector
                + "').getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; })()");
        int x = (int) Math.floor(r.get(0).asDouble());
        int y = (int) Math.floor(r.get(1).asDouble());
        int w = Math.min(WIDTH - x, (int) Math.ceil(r.get(2).asDouble()));
        int h = Math.min(HEIGHT - y, (int) Math.ceil(r.get(3).asDouble()));
        assertTrue(w > 0 && h > 0 && y < HEIGHT, selector + " is not on screen: " + r);
        return new int[] {x, y, w, h};
    }

    /** The dark pixels inside a character's box, cut to their own bounds; empty when there are none. */
    private static boolean[][] glyph(BufferedImage image, JsonNode c) {
        int x0 = (int) Math.ceil(c.get("x").asDouble());
        int y0 = (int) Math.ceil(c.get("y").asDouble());
        int x1 = Math.min(WIDTH, (int) Math.floor(c.get("x").asDouble() + c.get("w").asDouble()));
        int y1 = Math.min(HEIGHT, (int) Math.floor(c.get("y").asDouble() + c.get("h").asDouble()));
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (dark(image, x, y)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return new boolean[0][0];
        }
        boolean[][] glyph = new boolean[maxY - minY + 1][maxX - minX + 1];
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                glyph[y - minY][x - minX] = dark(image, x, y);
            }
        }
        return glyph;
    }

    /** Whether two glyphs differ: in size by more than a pixel, or in more than a fifth of their ink. */
    private static boolean different(boolean[][] a, boolean[][] b) {
        if (Math.abs(a.length - b.length) > 1 || Math.abs(a[0].length - b[0].length) > 1) {
            return true;
        }
        int h = Math.min(a.length, b.length);
        int w = Math.min(a[0].length, b[0].length);
        int either = 0;
        int one = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (a[y][x] || b[y][x]) {
                    either++;
                    if (a[y][x] != b[y][x]) {
                        one++;
                    }
                }
            }
        }
        return either > 0 && one * 5 > either;
    }

    /** Text-dark: a colour well below the page's white and the tags' light grey. */
    private static boolean dark(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r * 299 + g * 587 + b * 114 < 160_000;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}

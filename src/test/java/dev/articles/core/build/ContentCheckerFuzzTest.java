package dev.articles.core.build;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.report.ContentResult;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.testing.ContentFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the whole read, validate and render path with a seeded generator (reproducible: a failure names its seed
 * and try): arbitrary bytes, arbitrary Unicode and mutated valid articles. {@link ContentChecker#check} must never
 * throw, and every diagnostic must name a catalogued rule and a line and column of at least 0. A few hundred tries
 * keep it to seconds.
 */
class ContentCheckerFuzzTest {
    private static final long SEED = Long.getLong("articles.fuzz.seed", 20261123L);
    private static final int TRIES = Integer.getInteger("articles.fuzz.tries", 300);

    private static final String VALID = "---\ntitle: \"記事をソースコードとして扱う\"\ndate: 2026-01-15 10:00:00 +0900\n"
            + "categories: [技術]\ntags: [maven, markdown]\nauthor: 山田\n---\n\n"
            + "# 見出し\n\n本文です。*強調* と **太字** と `code` と [リンク](https://example.org/)。\n\n"
            + "- 項目一\n- 項目二\n  1. 入れ子\n\n> 引用\n\n```java\nclass A {}\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
            + "脚注[^1]。\n\n[^1]: 注。\n\n{% post_url 2026-01-01-other %}\n";

    private static final String[] FRAGMENTS = {
        "---\n", "---", "title: ", "title: [a, b]\n", "date: 2026-13-45\n", "date: yesterday\n", "tags: [a, b",
        "tags: &t [a]\nmore: *t\n", "!!binary ", "slug: ../x\n", "slug: CON\n", "excerpt: \"**x**\"\n",
        "reading_time: 9 min\n", "draft: yes\n", ": ", "- ", "? ", "|\n  ", ">\n  ", "'", "\"", "{", "}", "%",
        "*", "**", "***", "_", "__", "~~", "[", "]", "](", ")", "![", "<", ">", "`", "```", "~~~", "> ", "1. ",
        "# ", "###### ", "|", "|---|", "<!--", "-->", "<!-- articles-disable body.marker -->", "<div>", "</div>",
        "{% post_url ", "{% link ", " %}", "[^1]", "[^1]: ", "[a]: ", "\\", "&amp;", "&#0;", "http://", "mailto:",
        "#見出し", "日本語の文章。", "　", "ｱ", "😀", "\r\n", "\r", "\n\n", "\t", "    ", "\uFEFF", "\u0000", "\u001b",
        "\u2028", "\u200b", "\uD800", "\uDFFF", "\u0301", "İ", "ı",
    };

    private static final String PUNCTUATION = "\n*_[]()`>#-|<!{}%:\\ ";

    @TempDir
    Path dir;

    @Test
    void checkNeverThrowsAndEveryDiagnosticIsWellFormed() throws IOException {
        Random random = new Random(SEED);
        for (int t = 0; t < TRIES; t++) {
            Path content = Files.createDirectories(dir.resolve("try" + t));
            ContentFixture c = new ContentFixture(content);
            int files = 1 + random.nextInt(3);
            List<String> names = new ArrayList<>();
            for (int f = 0; f < files; f++) {
                String name = (f == 0 ? "2026-01-0" + (1 + random.nextInt(9)) + "-a" : "n" + f) + ".md";
                names.add(name);
                c.write(name, input(random));
            }
            ContentResult result;
            try {
                result = c.check();
            } catch (RuntimeException | Error e) {
                throw new AssertionError("seed " + SEED + ", try " + t + ", files " + names + " in " + content, e);
            }
            for (Diagnostic d : result.diagnostics()) {
                String where = "seed " + SEED + ", try " + t + ": " + d;
                assertNotNull(d.rule(), where);
                assertNotNull(RuleCatalog.get(d.rule()), where);
                assertNotNull(d.message(), where);
                assertNotNull(d.severity(), where);
                assertTrue(d.line() >= 0 && d.column() >= 0, where);
            }
            if (t % 50 == 0) {
                deleteTree(dir);
            }
        }
    }

    private static byte[] input(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> randomBytes(random);
            case 1 -> randomUnicode(random).getBytes(StandardCharsets.UTF_8);
            default -> mutated(random).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(1500)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) { // let some of them reach the YAML and Markdown stages
            byte[] head = "---\ntitle: x\ndate: 2026-01-01\n---\n".getBytes(StandardCharsets.UTF_8);
            byte[] both = new byte[head.length + bytes.length];
            System.arraycopy(head, 0, both, 0, head.length);
            System.arraycopy(bytes, 0, both, head.length, bytes.length);
            return both;
        }
        return bytes;
    }

    private static String randomUnicode(Random random) {
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "---\ntitle: x\n---\n" : "");
        int n = random.nextInt(800);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(4);
            int cp = switch (kind) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x3000 + random.nextInt(0x7000); // CJK and kana
                case 2 -> random.nextInt(0x110000);
                default -> PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
            };
            if (Character.isValidCodePoint(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String mutated(Random random) {
        StringBuilder sb = new StringBuilder(VALID);
        int mutations = 1 + random.nextInt(12);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
                    sb.insert(at, random.nextInt(8) == 0 ? fragment.repeat(1 + random.nextInt(200)) : fragment);
                }
                case 2 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(40)));
                case 3 -> {
                    int end = Math.min(sb.length(), at + random.nextInt(80));
                    sb.insert(at, sb.substring(at, end));
                }
                default -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, (char) random.nextInt(0x3100));
                    }
                }
            }
        }
        String text = sb.toString();
        if (random.nextInt(4) == 0) {
            text = text.replace("\n", "\r\n");
        }
        if (random.nextInt(4) == 0) {
            text = "\uFEFF" + text;
        }
        return text;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(root)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

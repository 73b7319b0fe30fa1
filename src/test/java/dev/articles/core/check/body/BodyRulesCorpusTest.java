package dev.articles.core.check.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.rules.RuleCatalog;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole engine on a small generated corpus shaped like real posts (### headings, bold lead lines, lists, tables,
 * code, quotes; Japanese and English), with a few planted defects: exactly the planted defects are reported, at
 * their lines, and the clean articles get nothing from the body rules.
 */
class BodyRulesCorpusTest {
    private static final String[] JA = ("記事 検証 設計 品質 読者 編集 公開 改善 仕組み 手順 原稿 表記 確認 運用 課題 "
            + "効果 工夫 習慣 道具 判断").split(" ");
    private static final String[] JOIN = {"の", "と", "を", "に", "で", "が"};
    private static final String[] ENDS = {"を見直しました。", "が大切です。", "に役立ちます。", "を続けています。"};
    private static final String[] EN = ("review draft build editor reader content quality check release habit "
            + "team process tool change").split(" ");
    private static final Set<String> BODY_RULES = Set.of("body.marker", "body.repeated-paragraph",
            "body.repeated-section", "body.title-repeated", "heading.multiple-h1",
            "heading.skipped-level", "heading.empty", "heading.duplicate");

    @TempDir
    Path dir;

    private Random random;

    @Test
    void exactlyThePlantedDefects() {
        random = new Random(20260115);
        ContentFixture fixture = new ContentFixture(dir);
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("posts/2025-%02d-%02d-post-%03d.md", 1 + i % 12, 1 + i % 28, i);
            String title = word() + word() + "の話 " + i;
            List<String> blocks = new ArrayList<>();
            blocks.add(paragraph(i % 3 == 0));
            while (blocks.size() < 14) {
                blocks.add(block(i % 3 == 0));
            }
            int kind = i % 8;
            String firstCopy = null;
            if (kind == 1) {
                blocks.add(blocks.size() / 2, "---END---");
            } else if (kind == 2) {
                firstCopy = blocks.get(0);
                blocks.add(firstCopy);
            } else if (kind == 3) {
                blocks.add(0, title);
            } else if (kind == 4) {
                blocks.add(3, "##### " + word() + word());
                blocks.add(2, "## " + word());
            } else if (kind == 5) {
                blocks.add(4, "TODO: 図を入れる");
            }
            String body = String.join("\n\n", blocks);
            fixture.lines(name, "---", "layout: post", "title: \"" + title + "\"",
                    "date: 2025-06-01 10:00:00 +0900", "tags: [\"編集\", \"品質\"]", "---", "", body);
            // Front matter is lines 1-6, then an empty line: the first block is on line 8.
            if (kind == 1) {
                expected.add(name + ":[" + lineOf(body, "---END---") + ",1] " + "body.marker");
            } else if (kind == 2) {
                expected.add(name + ":[" + (body.lastIndexOf(firstCopy) < 0 ? -1 : lineAt(body,
                        body.lastIndexOf(firstCopy))) + ",1] " + "body.repeated-paragraph");
            } else if (kind == 3) {
                expected.add(name + ":[8,1] " + "body.title-repeated");
            } else if (kind == 4) {
                expected.add(name + ":[" + lineOf(body, "#####") + ",1] " + "heading.skipped-level");
            } else if (kind == 5) {
                expected.add(name + ":[" + lineOf(body, "TODO") + ",1] " + "body.marker");
            }
        }
        List<Diagnostic> found = fixture.diagnostics().stream()
                .filter(d -> BODY_RULES.contains(d.rule())).toList();
        Set<String> actual = new TreeSet<>();
        for (Diagnostic d : found) {
            actual.add(fixture.where(d) + " " + d.rule());
            assertEquals(RuleCatalog.get(d.rule()).defaultSeverity(), d.severity(), d.toString());
        }
        assertEquals(25, expected.size());
        assertEquals(expected, actual);
    }

    /** 1-based file line of the first line of {@code body} starting with {@code prefix}. */
    private static int lineOf(String body, String prefix) {
        int at = body.startsWith(prefix) ? 0 : body.indexOf("\n" + prefix) + 1;
        return lineAt(body, at);
    }

    private static int lineAt(String body, int offset) {
        return 8 + (int) body.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    private String word() {
        return JA[random.nextInt(JA.length)];
    }

    private String sentence(boolean english) {
        StringBuilder s = new StringBuilder();
        if (english) {
            int n = 6 + random.nextInt(8);
            for (int k = 0; k < n; k++) {
                s.append(k == 0 ? "" : " ").append(EN[random.nextInt(EN.length)]);
            }
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        }
        int n = 3 + random.nextInt(4);
        for (int k = 0; k < n; k++) {
            s.append(word()).append(JOIN[random.nextInt(JOIN.length)]);
        }
        return s + word() + ENDS[random.nextInt(ENDS.length)];
    }

    private String paragraph(boolean english) {
        StringBuilder p = new StringBuilder();
        int n = 2 + random.nextInt(4);
        for (int k = 0; k < n; k++) {
            p.append(english && k > 0 ? " " : "").append(sentence(english));
        }
        return p.toString();
    }

    private String block(boolean english) {
        int x = random.nextInt(100);
        if (x < 12) {
            return "### " + word() + word() + word();
        } else if (x < 18) {
            return "**" + word() + word() + "：**\n" + paragraph(english);
        } else if (x < 28) {
            return "- " + sentence(english) + "\n- " + sentence(english) + "\n- " + sentence(english);
        } else if (x < 32) {
            return "> " + sentence(english);
        } else if (x < 36) {
            return "```java\n// TODO: コードの中の印は報告されない\nString end = \"---END---\";\n```";
        } else if (x < 40) {
            return "| 項目 | 値 |\n|---|---:|\n| " + word() + " | " + random.nextInt(100) + " |";
        }
        return paragraph(english);
    }
}

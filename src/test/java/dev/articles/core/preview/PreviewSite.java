package dev.articles.core.preview;

import dev.articles.core.settings.ContentRequest;
import dev.articles.testing.ContentFixture;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.ZoneId;
import javax.imageio.ImageIO;

/**
 * A small content project for the preview tests: two Japanese articles (one with a table, a link to the other and an
 * image), an English one with a reading-time warning, in a project folder with {@code src/main/articles}, written
 * and read with the {@link ContentFixture}.
 */
final class PreviewSite {
    static final String MAIN_TITLE = "日本語の記事をプレビューする";
    static final String MAIN_SLUG = "preview-japanese";
    static final String MAIN_FILE = "2026/2026-02-10-preview-japanese.md";
    static final String MAIN_PARAGRAPH = "記事を書きながら、ブラウザで仕上がりを確かめます。";
    static final String SECOND_TITLE = "見出しと表のある記事";
    static final String SECOND_SLUG = "tables";
    static final String ENGLISH_TITLE = "Notes in plain English";
    static final String ENGLISH_SLUG = "english-notes";
    static final String ENGLISH_FILE = "2026-01-20-english-notes.md";

    final Path project;
    final Path content;
    final Path work;
    private final ContentFixture files;

    PreviewSite(Path project) {
        this.project = project;
        this.content = project.resolve("src/main/articles");
        this.work = project.resolve("target/articles/preview");
        this.files = new ContentFixture(content);
        write(MAIN_FILE, main(MAIN_PARAGRAPH));
        write("2026/2026-02-01-tables.md", """
                ---
                title: "%s"
                date: 2026-02-01 10:00:00 +0900
                categories: ["ガイド"]
                tags: ["Markdown"]
                ---

                ## 表

                | 項目 | 値 |
                |---|---|
                | 言語 | 日本語 |
                | 形式 | Markdown |

                縦書きではなく、横書きの文章です。
                """.formatted(SECOND_TITLE));
        write(ENGLISH_FILE, """
                ---
                title: "%s"
                date: 2026-01-20T08:00:00Z
                tags: ["English"]
                reading_time: 30
                ---

                A short English article; its declared reading time is far too long.
                """.formatted(ENGLISH_TITLE));
        writeBytes("2026/images/chart.png", png());
    }

    /** The main article's text with {@code paragraph} as its first paragraph. */
    static String main(String paragraph) {
        return """
                ---
                title: "%s"
                date: 2026-02-10 09:30:00 +0900
                categories: ["技術ガイド"]
                tags: ["Maven", "日本語", "プレビュー"]
                author: "編集部"
                ---

                %s

                ## 仕組み

                ファイルを保存すると、プレビューが記事をもう一度描画し、開いているページが自動で再読み込みされます。
                表のある記事は[こちら](2026-02-01-tables.md)です。

                ![グラフ](images/chart.png)

                日本語の文章は、行の高さを広めにとると読みやすくなります。句読点や括弧「」も正しく表示されます。
                """.formatted(MAIN_TITLE, paragraph);
    }

    Path write(String relative, String text) {
        return files.write(relative, text);
    }

    Path writeBytes(String relative, byte[] bytes) {
        return files.write(relative, bytes);
    }

    ContentRequest request() {
        return files.request();
    }

    PreviewOptions options() {
        return new PreviewOptions(new InetSocketAddress("127.0.0.1", 0), work, project, "test", false,
                ZoneId.of("UTC"));
    }

    /** A 40×20 PNG, blue. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x6f, 0xeb));
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

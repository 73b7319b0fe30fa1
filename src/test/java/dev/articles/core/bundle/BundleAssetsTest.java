package dev.articles.core.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articles.core.model.Sha256;
import dev.articles.core.report.ContentResult;
import dev.articles.testing.BundleSchemas;
import dev.articles.testing.ContentFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images of the content are copied into the bundle, listed in the record, and cleaned up when no longer used. */
class BundleAssetsTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    @TempDir
    Path out;
    private ContentFixture content;

    @BeforeEach
    void content() {
        content = new ContentFixture(dir);
    }

    private ContentResult check() throws Exception {
        ContentResult result = content.check();
        assertEquals(List.of(), result.diagnostics());
        return result;
    }

    private void article(String name, String... body) throws Exception {
        content.write(name, ContentFixture.article("title: \"図のある記事 " + name + "\"", String.join("\n", body) + "\n"));
    }

    @Test
    void imagesAreCopiedListedAndCleanedUp() throws Exception {
        content.write("posts/images/構成 図.png", PNG);
        content.write("posts/images/logo.png", PNG);
        article("posts/2024-05-01-figures.md",
                "![構成図](images/%E6%A7%8B%E6%88%90%20%E5%9B%B3.png) ![ロゴ](images/logo.png)",
                "",
                "[次の記事](2024-05-02-next.md)");
        article("posts/2024-05-02-next.md", "![ロゴ](./images/logo.png)");

        BundleWriter.Report report = new BundleWriter("site", out, List.of()).write(check().articles());

        BundleSchemas.assertValidBundle(out);
        Path root = out.resolve("META-INF/articles/site");
        assertArrayEquals(PNG, Files.readAllBytes(root.resolve("assets/posts/images/構成 図.png")));
        assertArrayEquals(PNG, Files.readAllBytes(root.resolve("assets/posts/images/logo.png")));
        // Files by id; addresses relative to the article's url /articles/figures/, the assets at /articles/assets/.
        String html = Files.readString(root.resolve("articles/posts/2024-05-01-figures.html"));
        assertEquals("<p><img src=\"../assets/posts/images/構成%20図.png\" alt=\"構成図\" />"
                + " <img src=\"../assets/posts/images/logo.png\" alt=\"ロゴ\" /></p>\n"
                + "<p><a href=\"../next/\">次の記事</a></p>\n", html);
        JsonNode record = JSON.readTree(root.resolve("articles/posts/2024-05-01-figures.json").toFile());
        assertEquals("/articles/figures/", record.get("url").asText());
        assertEquals("[\"assets/posts/images/logo.png\",\"assets/posts/images/構成 図.png\"]",
                record.get("assets").toString());
        assertEquals(Sha256.hex(html.getBytes(StandardCharsets.UTF_8)), record.get("sha256").asText());
        List<String> keys = iterable(record);
        assertEquals("assets", keys.get(keys.size() - 1), "added at the end of the record: " + keys);
        assertEquals("[\"assets/posts/images/logo.png\"]",
                JSON.readTree(root.resolve("articles/posts/2024-05-02-next.json").toFile()).get("assets").toString());
        assertEquals(2 + 2 + 2 + 4, report.written(), "bundles.txt, index, 2 x (html, json), 2 assets, tags, categories");

        BundleWriter.Report again = new BundleWriter("site", out, List.of()).write(check().articles());
        assertEquals(0, again.written());
        assertEquals(0, again.deleted());

        article("posts/2024-05-01-figures.md", "図はなくなりました。");
        BundleWriter.Report after = new BundleWriter("site", out, List.of()).write(check().articles());
        BundleSchemas.assertValidBundle(out);
        assertEquals(1, after.deleted(), "the image no article shows any more");
        assertFalse(Files.exists(root.resolve("assets/posts/images/構成 図.png")));
        assertTrue(Files.exists(root.resolve("assets/posts/images/logo.png")));
        assertEquals("[]", JSON.readTree(root.resolve("articles/posts/2024-05-01-figures.json").toFile()).get("assets").toString());
    }

    @Test
    void draftsLeftOutLeaveTheirImagesOut() throws Exception {
        content.write("img/draft.png", PNG);
        content.write("2024-05-03-draft.md", "---\ntitle: \"下書き\"\ndraft: true\n---\n\n![下書きの図](img/draft.png)\n");
        article("2024-05-04-public.md", "公開済みの記事です。");

        new BundleWriter("site", out, List.of()).write(check().articles());

        BundleSchemas.assertValidBundle(out);
        assertFalse(Files.exists(out.resolve("META-INF/articles/site/assets")));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> keys = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}

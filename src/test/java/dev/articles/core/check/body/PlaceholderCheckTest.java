package dev.articles.core.check.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.model.Severity;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.RuleLevel;
import dev.articles.testing.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceholderCheckTest {
    private static final String MESSAGE = "body.placeholder: the placeholder 'Write the article here.' that "
            + "articles:new wrote is still in this published article; write the article in its place, or mark the "
            + "article 'draft: true' until it is written";

    @TempDir
    Path dir;

    @Test
    void thePlaceholderLineOfAPublishedArticle() {
        ContentFixture f = new ContentFixture(dir);
        // As articles:new writes it, published.
        f.write("new.md", ContentFixture.article("title: \"はじめての記事\"\ndate: 2026-02-05 17:08:42 +0900",
                "Write the article here.\n"));
        // Written above and below it, but the line is still there, indented or with trailing spaces.
        f.titled("kept.md", "Kept", "", "本文を書き始めました。", "", "  Write the article here.  ", "", "続きです。");
        f.titled("joined.md", "Joined", "", "Write the article here.", "The writer went on in the same paragraph.");
        // Quoted or made a list item, it would still be published.
        f.titled("quoted.md", "Quoted", "", "> Write the article here.", "", "- Write the article here.");
        assertEquals(List.of(
                "joined.md:[6,1] " + MESSAGE,
                "kept.md:[8,3] " + MESSAGE,
                "new.md:[6,1] " + MESSAGE,
                "quoted.md:[6,3] " + MESSAGE,
                "quoted.md:[8,3] " + MESSAGE),
                f.findings("body.placeholder"));
    }

    @Test
    void draftsAreNotReported() {
        ContentFixture f = new ContentFixture(dir);
        f.write("draft.md", ContentFixture.article("title: Draft\ndate: 2026-02-05\ndraft: true",
                "Write the article here.\n"));
        f.write("unpublished.md", ContentFixture.article("title: Unpublished\ndate: 2026-02-05\npublished: false",
                "Write the article here.\n"));
        assertEquals(List.of(), f.findings("body.placeholder"));
    }

    @Test
    void proseCodeAndCommentsAreNotThePlaceholder() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("prose.md", "Prose", "", "When you run articles:new, it says: Write the article here.", "",
                "Write the article here, then delete the draft line.", "", "write the article here.", "",
                "Write the article here", "", "## Write the article here.", "",
                "Write the *article* here.");
        f.titled("code.md", "Code", "", "```text", "Write the article here.", "```", "",
                "    Write the article here.", "", "`Write the article here.`");
        f.titled("comment.md", "Comment", "", "<!--", "Write the article here.", "-->", "", "本文です。");
        assertEquals(List.of(), f.findings("body.placeholder"));
    }

    @Test
    void theRuleCanBeMadeAWarning() {
        ContentFixture f = new ContentFixture(dir);
        f.titled("kept.md", "Kept", "", "Write the article here.");
        assertEquals(Severity.ERROR, f.diagnostics("body.placeholder").get(0).severity());
        f = f.settings(new CheckSettings(Map.of("body.placeholder", RuleLevel.WARNING), List.of(), List.of(),
                List.of(), CheckSettings.DEFAULT_EXCERPT_MAX_LENGTH,
                CheckSettings.DEFAULT_READING_TIME_TOLERANCE_PERCENT, null, true));
        assertEquals(Severity.WARNING, f.diagnostics("body.placeholder").get(0).severity());
    }
}

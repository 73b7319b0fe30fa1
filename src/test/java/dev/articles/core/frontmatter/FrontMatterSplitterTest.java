package dev.articles.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.core.frontmatter.FrontMatterSplitter.Split;
import dev.articles.core.frontmatter.FrontMatterSplitter.Status;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

    @Test
    void splitsYamlAndBody() {
        Split split = FrontMatterSplitter.split("---\ntitle: x\ndate: 2026-02-05\n---\nBody line 5\n");
        assertEquals(Status.OK, split.status());
        assertEquals("title: x\ndate: 2026-02-05\n", split.yaml());
        assertEquals(2, split.yamlFirstLine());
        assertEquals(4, split.closingLine());
        assertEquals("\n\n\n\nBody line 5\n", split.body());
    }

    @Test
    void bodyLineNumbersAreFileLineNumbers() {
        String text = "---\na: 1\nb: 2\n---\n\nfirst\nsecond\n";
        Split split = FrontMatterSplitter.split(text);
        String[] bodyLines = split.body().split("\n", -1);
        String[] fileLines = text.split("\n", -1);
        assertEquals(fileLines.length, bodyLines.length);
        assertEquals("first", bodyLines[5]);
        assertEquals(fileLines[5], bodyLines[5]);
        assertEquals("second", bodyLines[6]);
    }

    @Test
    void dotsCloseTheBlockToo() {
        Split split = FrontMatterSplitter.split("---\ntitle: x\n...\nbody\n");
        assertEquals(Status.OK, split.status());
        assertEquals("title: x\n", split.yaml());
        assertEquals(3, split.closingLine());
        assertEquals("\n\n\nbody\n", split.body());
    }

    @Test
    void dotsDoNotOpenABlock() {
        assertEquals(Status.MISSING, FrontMatterSplitter.split("...\ntitle: x\n...\nbody\n").status());
    }

    @Test
    void fencesMayHaveTrailingSpaces() {
        Split split = FrontMatterSplitter.split("--- \ntitle: x\n---\t\nbody");
        assertEquals(Status.OK, split.status());
        assertEquals("title: x\n", split.yaml());
        assertEquals("\n\n\nbody", split.body());
    }

    @Test
    void indentedOrLongerFencesAreNotFences() {
        assertEquals(Status.MISSING, FrontMatterSplitter.split(" ---\ntitle: x\n---\n").status());
        assertEquals(Status.MISSING, FrontMatterSplitter.split("----\ntitle: x\n----\n").status());
        assertEquals(Status.UNCLOSED, FrontMatterSplitter.split("---\ntitle: x\n ---\nbody\n").status());
        assertEquals(Status.UNCLOSED, FrontMatterSplitter.split("---\ntitle: x\n----\nbody\n").status());
    }

    @Test
    void missingWhenTheFileDoesNotStartWithAFence() {
        Split split = FrontMatterSplitter.split("# Title\n\n---\ntitle: x\n---\n");
        assertEquals(new Split(Status.MISSING, "", 0, 0, "# Title\n\n---\ntitle: x\n---\n"), split);
        assertEquals(Status.MISSING, FrontMatterSplitter.split("\n---\ntitle: x\n---\n").status());
        assertEquals(Status.MISSING, FrontMatterSplitter.split("").status());
    }

    @Test
    void unclosedWhenNoClosingFenceFollows() {
        assertEquals(new Split(Status.UNCLOSED, "", 0, 0, "---\ntitle: x\n\nbody\n"),
                FrontMatterSplitter.split("---\ntitle: x\n\nbody\n"));
        assertEquals(Status.UNCLOSED, FrontMatterSplitter.split("---").status());
        assertEquals(Status.UNCLOSED, FrontMatterSplitter.split("---\n").status());
        assertEquals(Status.UNCLOSED, FrontMatterSplitter.split("---\ntitle: x").status());
    }

    @Test
    void closingFenceAtTheEndOfTheFile() {
        Split split = FrontMatterSplitter.split("---\ntitle: x\n---");
        assertEquals(new Split(Status.OK, "title: x\n", 2, 3, "\n\n\n"), split);
    }

    @Test
    void emptyFrontMatter() {
        Split split = FrontMatterSplitter.split("---\n---\nbody\n");
        assertEquals(new Split(Status.OK, "", 2, 2, "\n\nbody\n"), split);
    }

    @Test
    void onlyTheFirstClosingFenceCounts() {
        Split split = FrontMatterSplitter.split("---\na: 1\n---\ntext\n---\nmore\n");
        assertEquals("a: 1\n", split.yaml());
        assertEquals(3, split.closingLine());
        assertEquals("\n\n\ntext\n---\nmore\n", split.body());
    }
}

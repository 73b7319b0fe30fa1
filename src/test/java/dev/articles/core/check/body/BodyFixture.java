package dev.articles.core.check.body;

import dev.articles.core.build.ContentChecker;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.CheckSettings;
import dev.articles.core.settings.ContentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Runs the whole engine on articles written into a temporary folder, as the body rule tests need. */
final class BodyFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    /** A clean Japanese article body: headings from ### down, lists, a table, code with markers in it, a quote. */
    static final String[] CLEAN_JA = {
        "",
        "社内の記事をリポジトリで管理し始めて半年が経ちました。最初は抵抗もありましたが、今ではレビューの質が上がったと感じています。",
        "",
        "### なぜ記事をコードとして扱うのか",
        "",
        "**背景：**",
        "以前は共有フォルダに下書きを置き、担当者がメールで確認していました。誰がいつ何を直したのかが分からず、同じ指摘が何度も繰り返されていました。",
        "",
        "- 変更履歴がすべて残ること",
        "- プルリクエストで議論できること",
        "- `mvn package` ひとつで検証と公開ができること",
        "",
        "#### 導入前の課題",
        "",
        "表記の揺れや、書きかけのまま公開されてしまう記事が月に数本ありました。TODOリストで管理していましたが、確認漏れは防げませんでした。",
        "",
        "### 検証の仕組み",
        "",
        "ビルドのたびに全記事を読み込み、問題があれば行と列を添えて報告します。`TODO` という文字列が残っていないかも確認します。",
        "",
        "```java",
        "// TODO: ここはコードなので報告されない",
        "String marker = \"---END---\";",
        "```",
        "",
        "| 項目 | 導入前 | 導入後 |",
        "|---|---:|---:|",
        "| 誤字の報告 | 12 | 3 |",
        "| 公開の遅れ | 5 | 1 |",
        "",
        "> 仕組みで防げるミスは、人の注意力に頼らず仕組みで防ぐべきだ。",
        "",
        "### まとめ",
        "",
        "記事も成果物の一つです。ソースコードと同じ道具で扱えば、品質は自然と揃っていきます。詳しくは[公式ドキュメント](https://example.com/docs)を参照してください。",
    };

    /** A clean English article body. */
    static final String[] CLEAN_EN = {
        "",
        "We moved our engineering blog into the main repository last spring.",
        "",
        "## Why",
        "",
        "Reviews happen where the code is reviewed, and the build tells us about broken links before readers do.",
        "",
        "### What the build checks",
        "",
        "It reads every article, keeps a TODO list of nothing, and reports each problem with its line.",
        "",
        "    lorem ipsum in an indented code block is fine",
        "",
        "## How",
        "",
        "1. Write the article in Markdown.",
        "2. Open a pull request.",
        "3. Merge when the build is green.",
        "",
        "### What the build checks next",
        "",
        "The end of an era: we no longer email drafts around.",
    };

    private final Path dir;
    private CheckSettings settings = CheckSettings.defaults();

    BodyFixture(Path dir) {
        this.dir = dir;
    }

    BodyFixture settings(CheckSettings settings) {
        this.settings = settings;
        return this;
    }

    /** Writes {@code name} (relative to the content folder) with the given lines. */
    Path write(String name, String... lines) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Front matter with the given title, then the body lines; the body's first line is file line 5. */
    Path article(String name, String title, String... body) {
        String[] lines = new String[body.length + 4];
        lines[0] = "---";
        lines[1] = "title: \"" + title + "\"";
        lines[2] = "date: 2026-01-15 10:00:00 +0900";
        lines[3] = "---";
        System.arraycopy(body, 0, lines, 4, body.length);
        return write(name, lines);
    }

    ContentResult run() {
        try {
            return new ContentChecker().check(new ContentRequest(dir, null, null, StandardCharsets.UTF_8,
                    ZoneOffset.UTC, CLOCK, false, settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of one rule as {@code file:line:column message}, file relative to the content folder. */
    List<String> findings(String rule) {
        return format(run().diagnostics().stream().filter(d -> d.rule().equals(rule)).toList());
    }

    /** Every finding as {@code file:line:column rule message}. */
    List<String> all() {
        return run().diagnostics().stream()
                .map(d -> where(d) + " " + d.rule() + " " + d.message()).toList();
    }

    private List<String> format(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> where(d) + " " + d.message()).toList();
    }

    private String where(Diagnostic d) {
        return dir.relativize(d.file()).toString().replace('\\', '/') + ":" + d.line() + ":" + d.column();
    }
}

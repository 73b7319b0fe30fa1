package dev.articles.core.check.body;

/** Realistic article bodies (written for these tests) that none of the body rules flags. */
final class BodySamples {
    private BodySamples() {
    }

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
}

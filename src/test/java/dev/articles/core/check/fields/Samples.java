package dev.articles.core.check.fields;

import java.util.List;
import java.util.Set;

/** Realistic, correct articles (written for these tests) that none of the front matter or cross-article rules flags. */
public final class Samples {
    private Samples() {
    }

    /** The rules of this package. */
    static final Set<String> RULES = Set.of("front-matter.schema", "taxonomy.unknown-category", "taxonomy.unknown-tag",
            "taxonomy.variant", "front-matter.date-mismatch", "front-matter.date-no-offset", "excerpt.too-long",
            "excerpt.markdown", "reading-time.mismatch", "title.duplicate", "article.near-duplicate");

    public static final String REVIEW = """
            ---
            layout: post
            title: "記事もプルリクエストでレビューする"
            date: 2026-01-20 10:15:00 +0900
            categories: ["開発プロセス"]
            tags: ["Markdown", "レビュー", "CI"]
            author: "技術広報チーム"
            excerpt: "記事をプルリクエストでレビューし、ビルドで検査する流れを紹介します。"
            reading_time: 2
            ---

            技術ブログの記事も、コードと同じようにレビューしたいという声が社内で増えてきました。これまでは共有ドキュメントにコメントを書き込み、最後に担当者が管理画面へ貼り付けていました。

            ### これまでの課題

            貼り付けの途中で見出しの階層が崩れたり、日付を書き間違えたりといった小さな事故が、月に一度は起きていました。誰が最後に直したのかも分かりにくく、公開後に気づいて慌てて修正することもありました。

            ### 新しい流れ

            記事は Markdown ファイルとしてリポジトリに置き、プルリクエストでレビューします。ビルドの中で front matter と本文を検査するので、日付の誤りやリンク切れはマージ前に見つかります。

            - 書き手はブランチを作って記事を書く
            - レビュアーは差分を見てコメントする
            - CI が検査に通ればマージして公開する

            導入から三か月、公開後の修正依頼はほとんどなくなりました。**レビューの記録が残る**ことも、新しく入ったメンバーには好評です。次回は、画像の扱いと下書きの運用について紹介する予定です。
            """;

    public static final String RELEASE = """
            ---
            layout: post
            title: "Release notes for the February build"
            date: 2026-02-03T09:00:00Z
            categories: Engineering
            tags: java maven CI
            author: "Jane Doe"
            excerpt: "What changed in the February build, and what to do after upgrading."
            reading_time: 2
            ---

            The February build is out. It is a small release, but two changes need a moment of your attention before
            you upgrade, and one of them changes a default that many projects rely on.

            ## What changed

            The plugin now checks every article for a readable date and a title before it renders anything. Articles
            that passed before still pass; the new checks only report problems that used to break the site later, in
            the browser, where nobody was looking.

            The bundle format is unchanged. Consumers that read the index and the article records need no update, and
            older bundles can be read by the new reader as before.

            ## What to do

            Run the validate goal once on your content and read the warnings. Most teams will see none. If you see a
            warning about dates without an offset, set the time zone in the plugin configuration, or add the offset to
            each date, whichever you prefer.

            ```xml
            <timeZone>Asia/Tokyo</timeZone>
            ```

            That is all. Thank you to everyone who reported problems and tested the early builds.
            """;

    /** No excerpt (the short first paragraph is used), space-separated Japanese tags, a Jekyll file name. */
    public static final String NOTES = """
            ---
            title: 勉強会メモ：テストの書き方
            date: 2025-11-19 19:30
            category: 勉強会
            author: 佐藤
            tags: テスト 設計
            ---

            社内勉強会で話したテストの書き方をまとめます。

            テストは仕様を書き残す場所でもあります。失敗したときに何が壊れたのかがすぐに分かるよう、ひとつのテストでは
            ひとつの振る舞いだけを確かめるようにしています。名前には「何をすると、どうなるか」を書きます。

            境界の値は必ず試します。空のリスト、一件だけのリスト、上限ちょうどの長さの文字列などです。日本語の文字や
            絵文字のように、見た目の文字数とデータ上の長さが違う入力も忘れずに用意します。

            最後に、テストが本当に失敗できるかを確かめます。実装をわざと壊してみて、テストが赤くなることを見てから
            元に戻します。これを怠ると、何も確かめていないテストが残ってしまいます。
            """;

    /** File names for the samples: Jekyll dated names matching their dates. */
    public static final List<String[]> ALL = List.of(
            new String[] {"2026/2026-01-20-review.md", REVIEW},
            new String[] {"2026/2026-02-03-release.md", RELEASE},
            new String[] {"2025/2025-11-19-notes.md", NOTES});
}

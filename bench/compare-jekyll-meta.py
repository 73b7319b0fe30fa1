#!/usr/bin/env python3
"""compare-jekyll-meta.py REFERENCE_JSONL BUNDLE_DIR

Compares what a bundle says of each post and collection document with what Jekyll itself says
(render.jsonl from ../shared/tools/jekyll-render-reference.sh): url, slug, date (as an instant),
title, categories and tags. Articles are matched by their source path. Prints each difference
(at most 20 per field), the documents only one side has, and as its last line:
  jekyll-meta: N matched, url X/N, slug X/N, date X/N, title X/N, categories X/N, tags X/N
"""
import datetime
import json
import os
import sys


def instant(text):
    if text is None:
        return None
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def main():
    ref_path, bundle = sys.argv[1], sys.argv[2]
    ref = {}
    with open(ref_path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            ref[row["path"]] = row
    with open(os.path.join(bundle, "index.json"), encoding="utf-8") as f:
        index = json.load(f)
    ours = {}
    for summary in index["articles"]:
        with open(os.path.join(bundle, summary["json"]), encoding="utf-8") as f:
            ours[json.load(f)["source"]] = summary
    fields = {
        "url": lambda r: r["url"], "slug": lambda r: r["slug"], "date": lambda r: instant(r["date"]),
        "title": lambda r: r["title"], "categories": lambda r: list(r["categories"] or []),
        "tags": lambda r: list(r["tags"] or []),
    }
    matched = sorted(set(ref) & set(ours))
    same = {k: 0 for k in fields}
    shown = {k: 0 for k in fields}
    for path in matched:
        for k, get in fields.items():
            a, b = get(ref[path]), get(ours[path])
            if a == b:
                same[k] += 1
            elif shown[k] < 20:
                shown[k] += 1
                print(f"{k:10} {path}: jekyll {a!r}, bundle {b!r}")
    for path in sorted(set(ref) - set(ours)):
        print(f"only in jekyll: {path}")
    for path in sorted(set(ours) - set(ref)):
        print(f"only in the bundle: {path}")
    n = len(matched)
    print("jekyll-meta: %d matched, %s" % (n, ", ".join(f"{k} {same[k]}/{n}" for k in fields)))


if __name__ == "__main__":
    main()

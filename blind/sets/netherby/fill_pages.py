#!/usr/bin/env python3
"""Fill each place's (and footnote's) `page` in report.json and letter.json from the PDF, by
reading the rendering with pdftotext and finding each place's words in order."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as ck  # noqa: E402


def fill(name):
    path = HERE / name
    data = json.loads(path.read_text(encoding="utf-8"))
    pages = ck.rendered_pages(HERE / data["file"])
    toks = [ck.words(p) for p in pages]
    flat = [t for p in toks for t in p]
    starts, total = [], 0
    for p in toks:
        starts.append(total)
        total += len(p)
    cursor = 0
    for place in data["places"]:
        needle = ck.joined_variants(ck.words(place["text"]), flat)
        at = ck.find_in_order(flat, needle, cursor)
        if at is None:
            at = ck.find_in_order(flat, needle, 0)
        if at is None and place.get("caption"):
            at = ck.find_in_order(flat, ck.words(place["caption"]), cursor)
        if at is None:
            print("not found:", place["label"])
            continue
        if place["kind"] not in ("table", "summary"):
            cursor = at
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    for f in data.get("footnotes", []):
        needle = ck.words(f["text"])
        at = ck.find_in_order(flat, needle, 0)
        f["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1 if at is not None else None
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


for n in ("report.json", "letter.json"):
    fill(n)
print("pages filled")

#!/usr/bin/env python3
"""Fill each place's `page` from the rendering (pdftotext), using the same word matching the
label checker uses. python3 fill_pages.py"""
import json, sys
sys.path.insert(0, "/work/blindkit")
import check_labels as cl

for name in ("report.json", "letter.json"):
    data = json.load(open(name, encoding="utf-8"))
    pages = cl.rendered_pages(cl.Path(data["file"]).resolve())
    pt = [cl.words(p) for p in pages]
    tokens = [t for p in pt for t in p]
    starts, total = [], 0
    for p in pt:
        starts.append(total); total += len(p)
    cursor = 0
    for pl in data["places"]:
        needle = cl.joined_variants(cl.words(pl["text"]), tokens)
        if pl["kind"] in ("table", "summary"):
            at = cl.find_in_order(tokens, cl.words(pl.get("caption") or pl["text"])[:6], cursor)
        else:
            at = cl.find_in_order(tokens, needle, cursor)
        if at is None:
            print(name, pl["label"], "NOT FOUND"); continue
        cursor = at
        pl["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    json.dump(data, open(name, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(name, [(p["label"], p["page"]) for p in data["places"]][:100])

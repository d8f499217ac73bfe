"""Fill the page of every place and footnote in report.json / letter.json from the rendering
(pdftotext), using the same word matching as ../../check_labels.py."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as cl

for name in sys.argv[1:] or ["report.json"]:
    path = HERE / name
    data = json.loads(path.read_text(encoding="utf-8"))
    pages = cl.rendered_pages(HERE / data["file"])
    page_tokens = [cl.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total); total += len(p)
    cursor = 0
    for place in data["places"]:
        needle = cl.joined_variants(cl.words(place["text"]), tokens)
        if place["kind"] == "table":
            at = cl.find_in_order(tokens, needle[:6], cursor)
        else:
            at = cl.find_in_order(tokens, needle, cursor)
        if at is None:
            print("NOT FOUND", place["label"]); continue
        cursor = at
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    for fn in data.get("footnotes", []):
        for i, p in enumerate(pages):
            if cl.contains_run(cl.words(p), cl.words(fn["text"])):
                fn["page"] = i + 1
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(name, [(p["label"], p["page"]) for p in data["places"]][:80])

#!/usr/bin/env python3
"""Turn the authored sources (report_src.py, letter_src.py) into report.json and letter.json.
Pages are left null here; build.py fills them from the rendering."""
import json, re
import report_src as R, letter_src as L

FN = re.compile(r"\[\[(\d+)\]\]")

def strip_calls(text):
    calls, out, pos = [], [], 0
    for m in FN.finditer(text):
        out.append(text[pos:m.start()])
        calls.append({"number": int(m.group(1)), "offset": len("".join(out))})
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), calls

places = []
for chapter, blocks in R.CHAPTERS:
    for heading, paras in blocks:
        for label, text in paras:
            clean, calls = strip_calls(text)
            kind = "recommendation" if label.startswith("Recommendation") else \
                   "annex" if label.startswith("A.") else "paragraph"
            p = {"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                 "page": None, "text": clean}
            if calls:
                p["footnote_calls"] = calls
            places.append(p)
            if label in R.TABLES:
                tlabel, caption, head, rows = R.TABLES[label]
                cells = [c for c in head if c] + [c for r in rows for c in r]
                places.append({"label": tlabel, "kind": "table", "chapter": chapter,
                               "heading": heading, "page": None, "text": " ".join(cells),
                               "caption": caption, "header": head, "rows": rows})

report = {"title": R.TITLE, "kind": "report", "file": "report.pdf",
          "producer": "pandoc 2.17 (Markdown) with xelatex",
          "numbering": "two-level", "page_offset": 0,
          "furniture": ["Best Value Inspection of Tennford District Council",
                        "<current chapter title, e.g. Chapter 5: Financial management> (running head, right; not on a chapter's first page)",
                        "<printed page number, foot centre: i on the contents page, 1-23 from Chapter 1>",
                        "OFFICIAL (cover only)"],
          "places": places,
          "footnotes": [{"number": n, "page": None, "text": t} for n, t in sorted(R.FOOTNOTES.items())]}
json.dump(report, open("report.json", "w"), indent=1, ensure_ascii=False)

letter = {"title": L.TITLE, "kind": "letter", "file": "letter.pdf",
          "producer": "pandoc 2.17 (Markdown) with xelatex", "numbering": "unnumbered",
          "page_offset": 0, "furniture": ["Ministry of Housing, Communities & Local Government (letterhead, page 1)"],
          "date": L.DATE,
          "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                      "page": None, "text": t} for i, t in enumerate(L.PARAS, 1)],
          "footnotes": []}
json.dump(letter, open("letter.json", "w"), indent=1, ensure_ascii=False)
print(len(places), "report places;", len(L.PARAS), "letter paragraphs")

#!/usr/bin/env python3
"""One-off: turn the authoring file report_source.txt into report.json (places, footnotes,
table rows). Pages are filled in afterwards by build.py from the rendering."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FN = re.compile(r"\{\{fn:(.*?)\}\}")

places, footnotes = [], []
chapter = heading = None
table = None
foreword = None


def add_text(label, kind, raw):
    """Strip footnote markers, remembering where each call goes."""
    text, pos, out = raw, 0, ""
    for m in FN.finditer(raw):
        out += raw[pos:m.start()]
        footnotes.append({"number": len(footnotes) + 1, "page": None, "text": m.group(1),
                          "place": label, "offset": len(out)})
        pos = m.end()
    out += raw[pos:]
    places.append({"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                   "page": None, "text": out})


lines = (HERE / "report_source.txt").read_text(encoding="utf-8").split("\n")
i = 0
while i < len(lines):
    line = lines[i]
    i += 1
    if line.startswith("@foreword"):
        paras = []
        while i < len(lines) and not lines[i].startswith("@"):
            if lines[i].strip():
                paras.append(lines[i].strip())
            i += 1
        chapter, heading = "Foreword", None
        add_text("foreword", "foreword", "\n\n".join(paras))
    elif line.startswith("@chapter") or line.startswith("@annex"):
        num, title = [x.strip() for x in line.split(" ", 1)[1].split("|")]
        chapter, heading = f"{num} {title}", None
    elif line.startswith("@section"):
        num, title = [x.strip() for x in line.split(" ", 1)[1].split("|")]
        heading = title
    elif line.startswith("@rec"):
        num, text = [x.strip() for x in line.split(" ", 1)[1].split("|", 1)]
        add_text(num, "recommendation", text)
    elif line.startswith("@table"):
        label, caption, spec = [x.strip() for x in line.split(" ", 1)[1].split("|")]
        rows = []
        while not lines[i].startswith("@endtable"):
            rows.append([c.strip() for c in lines[i].split("|")])
            i += 1
        i += 1
        text = " ".join(c for r in rows for c in r if c)
        places.append({"label": label, "kind": "table", "chapter": chapter, "heading": heading,
                       "page": None, "text": text, "caption": caption, "colspec": spec,
                       "rows": rows})
    elif re.match(r"^(\d+\.\d+\.\d+|A\.\d+) \|", line):
        label, text = [x.strip() for x in line.split("|", 1)]
        add_text(label, "annex" if label.startswith("A.") else "paragraph", text)

report = {
    "title": "Best Value Inspection of Jessingham Borough Council",
    "short_title": "Jessingham Borough Council: Best Value Inspection",
    "kind": "report",
    "file": "report.pdf",
    "producer": "LaTeX (report class, mathptmx) through dvips and ps2pdf",
    "numbering": "three-level",
    "page_offset": 0,
    "furniture": [],
    "date": "September 2026",
    "places": places,
    "footnotes": footnotes,
}
(HERE / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(places), "places,", len(footnotes), "footnotes")

"""Turn tools/report_src.txt into report.json, and write letter.json (pages filled by build.py)."""
import json, re
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
TITLE = "Best Value Inspection of Vellingham Borough Council"
places, footnotes = [], []
chapter = heading = None
for line in (HERE / "tools/report_src.txt").read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    tag, rest = line.split(" ", 1)
    if tag == "CH":
        chapter, heading = rest, None
    elif tag == "SUB":
        heading = rest
    elif tag == "F":
        label, text = rest.split(" ", 1)
        places.append({"label": label, "kind": "foreword", "chapter": chapter, "heading": heading,
                       "page": None, "text": text})
    elif tag in ("P", "R"):
        label, text = rest.split(" ", 1)
        if tag == "R":
            kind = "recommendation"
        elif label[0] == "A":
            kind = "annex"
        elif chapter.startswith("1 "):
            kind = "summary"
        else:
            kind = "paragraph"
        places.append({"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                       "page": None, "text": text})
    elif tag == "T":
        cells = rest.split("|")
        m = re.match(r"(Table \d+) (.*)", cells[0])
        places.append({"label": m.group(1), "kind": "table", "chapter": chapter, "heading": heading,
                       "page": None, "text": " ".join(cells[1:]), "_caption": m.group(2),
                       "_cells": cells[1:]})
    elif tag == "FN":
        n, place, after, text = rest.split(" ", 3)
        footnotes.append({"number": int(n), "page": None, "text": text, "_place": place, "_after": after})
# layout hints live in build.py; strip private keys but keep them in a side file
hints = {"tables": {p["label"]: {"caption": p.pop("_caption"), "cells": p.pop("_cells")}
                    for p in places if "_caption" in p},
         "calls": {str(f["number"]): [f.pop("_place"), f.pop("_after")] for f in footnotes}}
(HERE / "tools/layout_hints.json").write_text(json.dumps(hints, indent=1, ensure_ascii=False))
report = {"title": TITLE, "kind": "report", "file": "report.pdf",
          "producer": "fpdf2 (words placed one by one, justified; designed-report layout)",
          "numbering": "three-level", "page_offset": 0,
          "furniture": [TITLE, "N"],
          "places": places, "footnotes": footnotes}
(HERE / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))

LETTER = [
 "On 12 March 2026 I appointed inspectors to carry out a Best Value inspection of Vellingham Borough Council. I have today published their report, together with this letter, and I am grateful to the inspection team for their thorough work.",
 "The report makes for difficult reading. The inspectors found that the council is failing to comply with its best value duty in respect of governance, leadership and culture, financial management, scrutiny and procurement. They describe a council in which decisions of real consequence have been taken by a small number of people, with little written advice and almost no challenge.",
 "I am particularly concerned by the council's financial position. The general fund reserve has fallen by more than half in four years, external borrowing has nearly trebled, and the council has yet to identify how it will close a budget gap of £23.6 million. I am not satisfied that the council's leadership has recognised the seriousness of this position.",
 "Having considered the report and the representations made by the council on 4 November 2026, I am satisfied that the council is failing to comply with its best value duty. I have therefore decided to exercise my powers under section 15 of the Local Government Act 1999 to issue Directions to the council and to appoint three Commissioners.",
 "The Commissioners will exercise the council's functions relating to financial management, procurement and contract management, and the appointment and dismissal of statutory officers, until 30 November 2029. A Lead Commissioner, a Finance Commissioner and a Governance Commissioner will take up post on 1 December 2026.",
 "The Directions require the council to prepare and agree, within six months, an improvement and recovery plan to the satisfaction of the Commissioners, and to report on its progress every six months. The Commissioners will send me their first report within six months of their appointment.",
 "I want to be clear that this intervention is not a judgement on the council's front-line staff, whose commitment to residents the inspectors rightly recognise. It is a judgement on the way in which the council has been led and governed.",
 "I expect the council to work constructively with the Commissioners, and I will keep the intervention under review. If sufficient progress is not made, I will not hesitate to consider further action, including extending the Directions.",
 "I am copying this letter to the Leader of the council, the leaders of the opposition groups, the council's external auditor and the Member of Parliament for Vellingham.",
]
letter = {"title": "Letter from the Secretary of State to the Chief Executive of Vellingham Borough Council, 18 November 2026",
          "kind": "letter", "file": "letter.pdf", "producer": "fpdf2", "numbering": "unnumbered",
          "page_offset": 0, "furniture": [],
          "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                      "page": None, "text": t} for i, t in enumerate(LETTER, 1)],
          "footnotes": []}
(HERE / "letter.json").write_text(json.dumps(letter, indent=1, ensure_ascii=False))
print(len(places), "places,", len(footnotes), "footnotes")

"""One-off: write report.json and letter.json from report_source.py (build.py then fills pages)."""
import json, re
import report_source as S

def clean(t):
    return re.sub(r"\[\d+\]", "", t)

def calls(t):
    out = []
    for m in re.finditer(r"\[(\d+)\]", t):
        before = re.sub(r"\[\d+\]", "", t[:m.start()])
        out.append({"after": before[-30:], "note": int(m.group(1))})
    return out

places = []
for i, t in enumerate(S.ES, 1):
    places.append({"label": f"ES{i}", "kind": "summary", "chapter": "Executive summary", "heading": None,
                   "page": None, "text": t})
for chap, sections in S.CHAPTERS:
    cn = chap.split()[0]
    n = 0
    for heading, paras in sections:
        for t in paras:
            n += 1
            p = {"label": f"{cn}.{n}", "kind": "paragraph", "chapter": chap, "heading": heading,
                 "page": None, "text": clean(t)}
            if calls(t):
                p["calls"] = calls(t)
            places.append(p)
        if chap.startswith("3") and heading == "Staff survey":
            places.append({"label": "Table 1", "kind": "table", "chapter": chap, "heading": heading, "page": None,
                           "caption": "Table 1: Staff survey, responses to selected statements (1,284 responses)",
                           "text": " ".join(" ".join(r) for r in [S.SURVEY_HEAD] + S.SURVEY)})
        if chap.startswith("4") and heading == "Reserves and the budget gap":
            places.append({"label": "Table 2", "kind": "table", "chapter": chap, "heading": heading, "page": None,
                           "caption": "Table 2: General fund revenue budget, outturn and reserves, 2022/23 to 2026/27",
                           "text": " ".join(" ".join(r) for r in [S.FIN_HEAD] + S.FIN)})
for i, t in enumerate(S.RECS, 1):
    places.append({"label": f"R{i}", "kind": "recommendation", "chapter": "Recommendations", "heading": None,
                   "page": None, "text": t})
report = {"title": S.TITLE, "kind": "report", "file": "report.pdf",
          "producer": "reportlab platypus (BaseDocTemplate, Table rows per paragraph)",
          "numbering": "two-level", "page_offset": 0,
          "furniture": ["Page N", "<chapter title> (running header)", "Best Value Inspection of Bramcote Metropolitan Borough Council (running header)"],
          "published": "22 September 2026",
          "places": places,
          "footnotes": [{"number": k, "page": None, "text": v} for k, v in S.FOOTNOTES.items()],
          "tables": {"Table 1": {"head": S.SURVEY_HEAD, "rows": S.SURVEY},
                     "Table 2": {"head": S.FIN_HEAD, "rows": S.FIN}}}
json.dump(report, open("report.json", "w"), ensure_ascii=False, indent=1)
letter = {"title": S.LETTER_TITLE, "kind": "letter", "file": "letter.pdf", "producer": "reportlab platypus",
          "numbering": "unnumbered", "page_offset": 0, "furniture": ["Page N of M"],
          "date": S.LETTER_DATE, "signer": S.LETTER_SIGNER,
          "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None, "page": None, "text": t}
                     for i, t in enumerate(S.LETTER, 1)],
          "footnotes": []}
json.dump(letter, open("letter.json", "w"), ensure_ascii=False, indent=1)
print(len(places), "report places;", len(letter["places"]), "letter places")

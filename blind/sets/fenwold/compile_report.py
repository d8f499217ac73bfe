#!/usr/bin/env python3
"""Turn report_src.txt (the inspectors' text as drafted) into report.json (pages are filled in by build.py)."""
import json, re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOOTNOTES = {  # place label -> footnote text (call mark goes at the end of the paragraph)
    "1": "Local Government Act 1999, section 10. The inspectors were appointed on 18 March 2026.",
    "9": "Report in the public interest on Fenwold District Council, issued by the external auditor on 20 November 2025.",
    "25": "Results for selected statements are given in Table 3 in the Appendix.",
    "43": "Figures for 2021/22 to 2023/24 are from the council's audited statements of accounts; the figure for 2024/25 is from the draft statement of accounts, which had not been audited at the time of our inspection.",
    "46": "Local Government Finance Act 1988, section 114(3).",
    "66": "Contract Procedure Rules, rule 9 (Exemptions). The council's internal term for an exemption is a waiver.",
    "75": "CIPFA, Audit Committees: Practical Guidance for Local Authorities and Police, 2022 edition.",
    "78": "Government planning application statistics for the two years to March 2025.",
    "81": "Fenwold District Council Residents' Survey 2025, 1,104 respondents.",
}

def main():
    places, footnotes = [], []
    chapter = heading = None
    lines = (HERE / "report_src.txt").read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if not line:
            continue
        if line.startswith("@chapter "):
            chapter, heading = line[9:], None
        elif line.startswith("@heading "):
            heading = line[9:]
        elif line.startswith("@table "):
            caption = line[7:]
            rows = []
            while i < len(lines) and "|" in lines[i]:
                rows.append([c.strip() for c in lines[i].split("|")])
                i += 1
            label = caption.split(":")[0]
            places.append({"label": label, "kind": "table", "chapter": chapter, "heading": heading,
                           "page": None, "caption": caption, "rows": rows,
                           "text": " ".join(c for r in rows for c in r)})
        else:
            m = re.match(r"^(R\d+|A\d+|\d+)\. (.*)$", line)
            if not m:
                raise SystemExit(f"cannot read: {line[:60]}")
            label, text = m.groups()
            kind = "recommendation" if label.startswith("R") else "annex" if label.startswith("A") else "paragraph"
            if kind == "recommendation":
                text = re.sub(r"^Recommendation \d+: ", "", text)
            places.append({"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                           "page": None, "text": text})
            if label in FOOTNOTES:
                footnotes.append({"number": len(footnotes) + 1, "page": None, "place": label,
                                  "text": FOOTNOTES[label]})
    data = {"title": "Best Value Inspection of Fenwold District Council",
            "kind": "report", "file": "report.pdf",
            "producer": "pandoc (Markdown to ODT) then LibreOffice",
            "numbering": "sequential", "page_offset": 0,
            "furniture": ["OFFICIAL", "Page N of M"],
            "places": places, "footnotes": footnotes}
    (HERE / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(places), "places,", len(footnotes), "footnotes")

if __name__ == "__main__":
    main()

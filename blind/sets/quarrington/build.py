"""Render report.json and letter.json with Typst, then fill each place's page from the rendering.

    /opt/blindtools/bin/python report_src.py   # (re)writes report.json, letter.json from the source text
    /opt/blindtools/bin/python build.py        # writes report.typ/.pdf, letter.typ/.pdf, fills pages
"""
import json, re, subprocess, sys
from pathlib import Path
import typst

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as ck  # the set's own label checker: used to locate places, so pages agree

COUNCIL = "Quarrington Metropolitan Borough Council"


def esc(s: str) -> str:
    s = s.replace("\\", "\\\\")
    for c in "#$*_@<>[]`~=":
        s = s.replace(c, "\\" + c)
    return s.replace("//", "/\\/")


PREAMBLE = r'''
#set document(title: "TITLE")
#set page(paper: "a4", margin: (top: 3cm, bottom: 2.8cm, left: 3cm, right: 3cm),
  header: context {
    let pg = here().page()
    if pg > 2 {
      let cur = none
      for h in query(heading.where(level: 1)) { if h.location().page() <= pg { cur = h.body } }
      set text(size: 8.5pt, fill: luma(80))
      [COUNCIL #h(1fr) #cur]
      v(-6pt)
      line(length: 100%, stroke: 0.4pt + luma(140))
    }
  },
  footer: context { if here().page() > 1 { align(center, text(size: 9pt)[page #counter(page).display()]) } })
#set text(font: "Liberation Serif", size: 12pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: true, leading: 0.85em, spacing: 1.45em)
#show table: set text(hyphenate: false, size: 11pt)
#show table: set par(justify: false)
#show heading.where(level: 1): it => { pagebreak(weak: true); set text(size: 17pt, font: "Liberation Sans", fill: rgb("#1d3c6e")); block(below: 1.1em, it.body) }
#show heading.where(level: 2): it => { set text(size: 12.5pt, font: "Liberation Sans", fill: rgb("#1d3c6e")); block(above: 1.3em, below: 0.8em, it.body) }
#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt))
#show footnote.entry: set text(size: 8.5pt)
#let np(n, body) = par(hanging-indent: 1.35cm)[#box(width: 1.35cm)[*#n*]#body]
'''


def build_report():
    data = json.loads((HERE / "report.json").read_text())
    when = json.loads((HERE / "when.json").read_text())
    notes = {f["after"]: f for f in data["footnotes"]}
    out = [PREAMBLE.replace("TITLE", data["title"]).replace("COUNCIL", COUNCIL)]
    out.append(r'''
#align(center)[
  #v(3.5cm)
  #text(font: "Liberation Sans", size: 12pt, fill: luma(60))[Ministry of Housing, Communities and Local Government]
  #v(2.2cm)
  #text(font: "Liberation Sans", size: 26pt, weight: "bold", fill: rgb("#1d3c6e"))[Best Value Inspection of Quarrington Metropolitan Borough Council]
  #v(1.2cm)
  #text(size: 13pt)[Report of the inspection team]
  #v(0.5cm)
  #text(size: 12pt)[November 2025]
]
#pagebreak()
#text(font: "Liberation Sans", size: 15pt, fill: rgb("#1d3c6e"))[Contents]
#v(0.6em)
#outline(title: none, depth: 1)
''')
    chapter = heading = None
    places = data["places"]
    i = 0
    while i < len(places):
        p = places[i]
        if p["chapter"] != chapter:
            chapter = p["chapter"]
            heading = None
            out.append(f"\n= {esc(chapter)}\n")
        if p["heading"] != heading:
            heading = p["heading"]
            if heading:
                out.append(f"\n== {esc(heading)}\n")
        body = esc(p["text"])
        fn = notes.get(p["label"])
        if fn:
            body += f"#footnote[{esc(fn['text'])}]"
        if p["kind"] in ("summary", "foreword"):
            out.append(f"\n{body}\n")
        elif p["kind"] == "recommendation":
            rows = []
            while i < len(places) and places[i]["kind"] == "recommendation":
                q = places[i]
                rows.append(f"[*{q['label']}*], [{esc(q['text'])}], [{when[q['label']]}],")
                i += 1
            out.append("\nThe council should:\n\n#table(columns: (1.3cm, 1fr, 2.8cm), inset: 6pt, stroke: 0.5pt + luma(120),\n"
                       "  fill: (x, y) => if y == 0 { rgb(\"#dfe6f0\") },\n  align: (x, y) => if x == 1 { left } else { left },\n"
                       "  table.header([*No.*], [*Recommendation*], [*By when*]),\n  " + "\n  ".join(rows) + "\n)\n")
            continue
        elif p["kind"] == "table":
            out.append(table_typst(p))
        else:
            out.append(f"\n#np([{p['label']}])[{body}]\n")
        i += 1
    (HERE / "report.typ").write_text("".join(out))
    typst.compile(str(HERE / "report.typ"), output=str(HERE / "report.pdf"))
    fill_pages(data, HERE / "report.pdf", HERE / "report.json")


def table_typst(p):
    if p["label"] == "Table 1":
        head = ["Statement", "Agree", "Disagree", "Don't know"]
        rows = [["I would feel safe raising a concern about wrongdoing", "47%", "38%", "15%"],
                ["Senior leaders act with integrity", "41%", "33%", "26%"],
                ["I understand the council's priorities", "68%", "19%", "13%"],
                ["Members treat staff with respect", "52%", "29%", "19%"],
                ["I intend to be working for the council in two years", "55%", "21%", "24%"]]
        cap = "Table 1: Staff survey, June 2025 (1,412 responses)"
        cols = "(1fr, 2cm, 2cm, 2cm)"
        title = None
    elif p["label"] == "Table 3":
        title = None
        head = ["Date", "Event"]
        t = p["text"][len("Date Event "):]
        import re as _re
        parts = _re.split(r"(?:^| )((?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}) ", " " + t)
        rows = [[parts[k], parts[k + 1]] for k in range(1, len(parts) - 1, 2)]
        cap = "Table 3: Chronology of key events"
        cols = "(3.6cm, 1fr)"
    else:
        title = "General fund reserve and external borrowing, £ million"
        head = ["", "March 2021", "March 2023", "March 2025"]
        rows = [["General fund reserve", "18.6", "12.3", "7.4"], ["Earmarked reserves", "61.2", "44.8", "33.9"],
                ["External borrowing", "171.0", "188.5", "196.0"]]
        cap = "Table 2"
        cols = "(1fr, 2.4cm, 2.4cm, 2.4cm)"
    cells = []
    if title:
        cells.append(f"table.cell(colspan: {len(head)})[*{esc(title)}*],")
    cells.append(", ".join(f"[*{esc(h)}*]" for h in head) + ",")
    for r in rows:
        cells.append(", ".join(f"[{esc(c)}]" for c in r) + ",")
    # check the place text matches the cells
    flatcells = " ".join(([title] if title else []) + [h for h in head if h] + [c for r in rows for c in r])
    assert flatcells == p["text"], (flatcells, p["text"])
    return (f"\n#v(0.4em)\n#text(font: \"Liberation Sans\", size: 9.5pt, weight: \"bold\")[{esc(cap)}]\n"
            f"#table(columns: {cols}, inset: 5pt, stroke: 0.5pt + luma(130),\n  " + "\n  ".join(cells) + "\n)\n#v(0.4em)\n")


def fill_pages(data, pdf, json_path):
    pages = ck.rendered_pages.__wrapped__(pdf)
    page_tokens = [ck.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)
    cursor = 0
    for place in data["places"]:
        needle = ck.joined_variants(ck.words(place["text"]), tokens)
        if place["kind"] in ("table", "summary"):
            at = ck.find_in_order(tokens, needle[:4], cursor) or cursor
            if place["kind"] == "table":
                # the first row of the table's cells
                want = set(ck.words(place["text"]))
                best = max(range(len(page_tokens)), key=lambda n: (len(want & set(page_tokens[n])), -n))
                at = starts[best]
        else:
            at = ck.find_in_order(tokens, needle, cursor)
            if at is None:
                print("NOT FOUND", place["label"])
                continue
            cursor = at
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    for f in data.get("footnotes", []):
        for n, pg in enumerate(pages):
            if ck.flat(f["text"]) in ck.flat(pg):
                f["page"] = n + 1
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1))
    print(pdf.name, len(pages), "pages")


def build_letter():
    data = json.loads((HERE / "letter.json").read_text())
    paras = "\n\n".join(esc(p["text"]) for p in data["places"])
    src = r'''
#set page(paper: "a4", margin: (top: 2.2cm, bottom: 2.2cm, left: 2.6cm, right: 2.6cm),
  footer: context { if counter(page).final().first() > 1 { align(center, text(size: 8.5pt, fill: luma(90))[Ministry of Housing, Communities and Local Government #h(1em) #counter(page).display("1 of 1", both: true)]) } })
#set text(font: "Liberation Sans", size: 10.5pt, lang: "en", region: "gb", hyphenate: false)
#set par(justify: false, leading: 0.6em, spacing: 0.95em)
#grid(columns: (1fr, 6cm),
  text(size: 13pt, weight: "bold")[Ministry of Housing,\ Communities and\ Local Government],
  align(right, text(size: 9pt)[Secretary of State\ 2 Marsham Street\ London SW1P 4DF\ \ Our ref: BVI/QMBC/25/04]))
#v(1.0cm)
The Chief Executive\
Quarrington Metropolitan Borough Council\
Town Hall\
Market Place\
Quarrington

#v(0.3cm)
#align(right)[4 November 2025]
#v(0.2cm)
Dear Chief Executive,

*Best Value Inspection of Quarrington Metropolitan Borough Council*

PARAS

Yours sincerely,

#v(1.1cm)
*Secretary of State for Housing, Communities and Local Government*
'''.replace("PARAS", paras)
    (HERE / "letter.typ").write_text(src)
    typst.compile(str(HERE / "letter.typ"), output=str(HERE / "letter.pdf"))
    fill_pages(data, HERE / "letter.pdf", HERE / "letter.json")


if __name__ == "__main__":
    build_report()
    build_letter()

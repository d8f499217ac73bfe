"""Render report.json -> report.typ -> report.pdf and letter.json -> letter.typ -> letter.pdf (Typst)."""
import json, typst

def s(t):  # Typst string literal
    return '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'

def body_with_notes(text, notes):
    out = []; pos = 0
    for fn in sorted(notes, key=lambda f: f["offset"]):
        out.append("#" + s(text[pos:fn["offset"]]))
        out.append("#footnote[#" + s(fn["text"]) + "]")
        pos = fn["offset"]
    out.append("#" + s(text[pos:]))
    return "".join(out)

PREAMBLE = r'''
#set document(title: "Farrowdale Council: Best Value Inspection Report")
#set text(font: "Libertinus Serif", size: 12pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: true, leading: 0.72em, spacing: 1.2em)
#set page(paper: "a4", margin: (left: 3.6cm, right: 2.7cm, top: 3cm, bottom: 2.7cm),
  header: context {
    let pg = here().page()
    let hs = query(heading.where(level: 1)).filter(h => h.location().page() <= pg)
    if pg > 2 and hs.len() > 0 {
      set text(size: 9pt, style: "italic", fill: rgb("#333333"))
      align(right, hs.last().body)
      v(-0.55em)
      line(length: 100%, stroke: 0.4pt + rgb("#777777"))
    }
  },
  footer: context {
    let pg = here().page()
    if pg > 1 {
      set text(size: 9pt)
      align(center)[#counter(page).display() | Farrowdale Council]
    }
  })
#show heading.where(level: 1): it => { pagebreak(weak: true); v(0.6cm); block(text(size: 17pt, weight: "bold", fill: rgb("#1d3d5c"), it.body)); v(0.4cm) }
#show heading.where(level: 2): it => block(above: 1.3em, below: 0.8em, text(size: 12pt, weight: "bold", style: "italic", it.body))
#let np(n, body) = block(width: 100%, above: 1.25em, below: 1.25em)[#place(left + top, dx: -1.5cm)[#text(size: 10pt, weight: "bold", fill: rgb("#1d3d5c"))[#n]]#body]
#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt))
#show footnote.entry: set text(size: 8.5pt)
'''

COVER = r'''
#page(header: none, footer: none)[
  #v(3cm)
  #text(size: 13pt, fill: rgb("#1d3d5c"))[Ministry of Housing, Communities and Local Government]
  #v(2.5cm)
  #text(size: 28pt, weight: "bold", fill: rgb("#1d3d5c"))[Farrowdale Council: Best Value Inspection Report]
  #v(1cm)
  #text(size: 13pt)[Report of the inspection carried out under section 10 of the Local Government Act 1999]
  #v(1fr)
  #text(size: 12pt)[February 2025]
]
#outline(title: [Contents], depth: 1)
'''

def build_report():
    R = json.load(open("report.json"))
    notes = {}
    for fn in R["footnotes"]:
        notes.setdefault(fn["place"], []).append(fn)
    out = [PREAMBLE, COVER]
    chapter = None; heading = None
    for p in R["places"]:
        if p["chapter"] != chapter:
            chapter = p["chapter"]; heading = None
            out.append("= #" + s(chapter) + "\n")
        if p.get("heading") != heading:
            heading = p.get("heading")
            if heading:
                out.append("== #" + s(heading) + "\n")
        k = p["kind"]
        if k == "summary":
            out.append("#columns(2, gutter: 0.9cm)[\n" + "\n\n".join("#" + s(t) for t in p["paras"]) + "\n]\n")
        elif k == "table":
            cells = ", ".join("[#" + s(c) + "]" for c in p["header"])
            rows = "\n".join(", ".join("[#" + s(c) + "]" for c in r) + "," for r in p["rows"])
            out.append("#block(above: 1.4em, below: 0.6em)[#text(weight: \"bold\", size: 10pt)[#" + s(p["caption"]) + "]]\n")
            out.append("#{\nset text(size: 10pt)\nset par(justify: false)\ntable(columns: (1fr, 1.5cm, 1.5cm, 2.2cm), inset: 6pt, align: (left, center, center, center), stroke: 0.5pt + rgb(\"#888888\"), fill: (x, y) => if y == 0 { rgb(\"#dde6ef\") },\n"
                       "table.header(" + cells + "),\n" + rows + "\n)\n}\n#v(0.6em)\n")
        else:
            lab = p["label"]
            out.append("#np(" + s(lab) + ")[" + body_with_notes(p["text"], notes.get(lab, [])) + "]\n")
    open("report.typ", "w").write("\n".join(out))
    typst.compile("report.typ", output="report.pdf")

LETTER = r'''
#set document(title: "Best Value Inspection of Farrowdale Council: proposed intervention")
#set text(font: "Libertinus Serif", size: 11pt, lang: "en", region: "gb", hyphenate: false)
#set par(justify: false, spacing: 1.0em, leading: 0.6em)
#set page(paper: "a4", margin: (x: 2.5cm, top: 2cm, bottom: 2.2cm))
#grid(columns: (1fr, auto),
  text(size: 14pt, weight: "bold", fill: rgb("#1d3d5c"))[Ministry of Housing,\ Communities and\ Local Government],
  align(right, text(size: 9.5pt)[Secretary of State for Housing,\ Communities and Local Government\ 2 Marsham Street\ London SW1P 4DF]))
#v(0.8cm)
#text(size: 10pt)[The Leader\ The Chief Executive\ Farrowdale Council\ Town Hall, Market Street\ Farrowdale FD1 1AA]
#v(0.4cm)
#align(right)[4 March 2025]
#v(0.3cm)
Dear Leader and Chief Executive,

*Best Value Inspection of Farrowdale Council: proposed intervention*
'''

def build_letter():
    L = json.load(open("letter.json"))
    out = [LETTER]
    for p in L["places"]:
        out.append("#" + s(p["text"]) + "\n")
    out.append("Yours sincerely,\n\n#v(1.2cm)\n*Secretary of State for Housing, Communities and Local Government*\n")
    open("letter.typ", "w").write("\n".join(out))
    typst.compile("letter.typ", output="letter.pdf")

if __name__ == "__main__":
    build_report(); build_letter()
    print("built report.pdf and letter.pdf")

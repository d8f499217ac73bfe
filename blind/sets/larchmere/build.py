#!/usr/bin/env python3
"""Render the Larchmere report and letter: content.py -> HTML -> LibreOffice PDF,
then read the PDFs back (pdftotext) to fill each place's page into report.json / letter.json.

    cd sets/larchmere && python3 build.py
"""
import html
import json
import re
import subprocess
from pathlib import Path

import content as C

HERE = Path(__file__).resolve().parent

CSS = """
@page { size: 21cm 29.7cm; margin: 2.5cm 2.6cm 2.5cm 2.6cm }
body { font-family: 'Liberation Sans'; font-size: 12pt }
p { font-family: 'Liberation Sans'; font-size: 12pt; line-height: 160%; margin-bottom: 0.35cm }
h1 { font-family: 'Liberation Sans'; font-size: 20pt; color: #1d70b8; margin-bottom: 0.5cm }
h2 { font-family: 'Liberation Sans'; font-size: 14pt; color: #0b0c0c; margin-top: 0.5cm }
td, th { font-family: 'Liberation Sans'; font-size: 11pt }
"""


GLOSSARY = [
    ("Best Value duty", "the duty under section 3 of the Local Government Act 1999 to make arrangements to secure continuous improvement in the way functions are exercised, having regard to a combination of economy, efficiency and effectiveness"),
    ("Capitalisation direction", "permission from the Secretary of State to treat revenue costs as capital expenditure"),
    ("Call-in", "the power of scrutiny members to ask that an executive decision be reconsidered before it is implemented"),
    ("Forward Plan", "the notice of key decisions that the executive expects to take, published at least 28 days in advance"),
    ("LHDL", "Larchmere Harbourside Developments Ltd, a company wholly owned by the council"),
    ("MTFS", "medium term financial strategy"),
    ("Section 151 officer", "the officer responsible for the proper administration of the council's financial affairs"),
    ("Monitoring Officer", "the officer responsible for ensuring that the council acts lawfully"),
    ("Urgency procedure", "the procedure allowing a key decision to be taken without the usual notice where the matter cannot reasonably be deferred"),
]


LETTER_CSS = """
@page { size: 21cm 29.7cm; margin: 2cm 2.4cm 2cm 2.4cm }
p { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 125%; margin-bottom: 0.25cm }
"""


def esc(s):
    return html.escape(s, quote=False)


def footer():
    f = ('<div title="footer"><p align="center" style="font-size: 9pt">Page '
         '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    return f + f  # LibreOffice takes the second as the left-page footer


def report_html():
    out = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(C.TITLE)}</title>'
           f'<style>{CSS}</style></head><body>', footer()]
    # cover
    out.append('<p style="font-size: 12pt; margin-top: 3cm">Ministry of Housing, Communities and Local Government</p>')
    out.append(f'<p style="font-size: 28pt; line-height: 120%; color: #1d70b8; margin-top: 2cm"><b>{esc(C.TITLE)}</b></p>')
    out.append('<p style="font-size: 14pt">Report of the inspection team</p>')
    out.append('<p style="font-size: 12pt; margin-top: 4cm">Published 15 October 2026</p>')
    out.append('<p style="font-size: 10pt">Presented to Parliament pursuant to section 13 of the Local Government Act 1999</p>')
    # contents
    out.append('<h1 style="page-break-before: always">Contents</h1>')
    for num, title, _ in C.CHAPTERS:
        out.append(f'<p>{num} {esc(title)}</p>')
    out.append('<p>Summary of recommendations</p><p>Annex A Staff survey results</p>'
               '<p>Annex B Glossary</p>')
    fn_no = 0
    footnotes = []
    places = []
    out.append('<h1 style="page-break-before: always">Foreword</h1>')
    out.append(f'<p>{esc(C.FOREWORD)}</p>')
    out.append('<p>Lead Inspector<br>October 2026</p>')
    places.append({"label": "foreword", "kind": "foreword", "chapter": "Foreword", "heading": None,
                   "text": C.FOREWORD})
    for num, title, sections in C.CHAPTERS:
        chapter = f"{num} {title}"
        out.append(f'<h1 style="page-break-before: always">{esc(chapter)}</h1>')
        for snum, sub, paras in sections:
            out.append(f'<h2>{snum} {esc(sub)}</h2>')
            for i, (text, fn) in enumerate(paras, 1):
                label = f"{snum}.{i}"
                call = ""
                if fn:
                    fn_no += 1
                    footnotes.append((fn_no, fn, label))
                    call = (f'<a class="sdfootnoteanc" name="sdfootnote{fn_no}anc" '
                            f'href="#sdfootnote{fn_no}sym"><sup>{fn_no}</sup></a>')
                out.append(f'<p>{label} {esc(text)}{call}</p>')
                places.append({"label": label, "kind": "paragraph", "chapter": chapter,
                               "heading": sub, "text": text})
    out.append('<h1 style="page-break-before: always">Summary of recommendations</h1>')
    out.append('<p>We make the following recommendations to the council. Recommendations R1 to R10 '
               'should be read with the findings in the chapters above.</p>')
    for r, text in C.RECOMMENDATIONS:
        out.append(f'<p><b>{r}</b> {esc(text)}</p>')
        places.append({"label": r, "kind": "recommendation", "chapter": "Summary of recommendations",
                       "heading": None, "text": text})
    annex = "Annex A Staff survey results"
    out.append(f'<h1 style="page-break-before: always">{annex}</h1>')
    out.append(f'<p><b>{esc(C.TABLE1_TITLE)}</b></p>')
    out.append('<table border="1" cellpadding="5" cellspacing="0" width="100%">')
    for i, row in enumerate(C.TABLE1):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
    out.append('</table>')
    places.append({"label": "Table 1", "kind": "table", "chapter": annex, "heading": None,
                   "text": " ".join(c for row in C.TABLE1 for c in row)})
    for lab, text in C.ANNEX_PARAS:
        out.append(f'<p>{lab} {esc(text)}</p>')
        places.append({"label": lab, "kind": "annex", "chapter": annex, "heading": None, "text": text})
    out.append('<h1 style="page-break-before: always">Annex B Glossary</h1>')
    for term, gloss in GLOSSARY:
        out.append(f'<p><b>{esc(term)}</b>: {esc(gloss)}</p>')
    for n, text, _ in footnotes:
        out.append(f'<div id="sdfootnote{n}"><p style="font-size: 9pt"><a class="sdfootnotesym" '
                   f'name="sdfootnote{n}sym" href="#sdfootnote{n}anc">{n}</a>{esc(text)}</p></div>')
    out.append('</body></html>')
    return "\n".join(out), places, footnotes


def letter_html():
    out = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(C.LETTER_TITLE)}</title>'
           f'<style>{LETTER_CSS}</style></head><body>']
    out.append('<p style="font-size: 13pt"><b>Ministry of Housing, Communities and Local Government</b></p>')
    out.append('<p align="right" style="font-size: 10pt">2 Marsham Street<br>London SW1P 4DF<br>'
               'www.gov.uk/mhclg</p>')
    out.append('<p style="font-size: 11pt">The Chief Executive<br>Larchmere City Council<br>Civic Centre<br>'
               'Harbour Road<br>Larchmere LM1 2QT</p>')
    out.append(f'<p style="font-size: 11pt">{C.LETTER_DATE}</p>')
    out.append('<p style="font-size: 11pt">Dear Chief Executive,</p>')
    out.append('<p style="font-size: 11pt"><b>BEST VALUE INSPECTION OF LARCHMERE CITY COUNCIL</b></p>')
    places = []
    for i, t in enumerate(C.LETTER_PARAS, 1):
        # a page break before paragraph 5 (LibreOffice's HTML import drops the first paragraph of a
        # document that has no page break at all)
        brk = "; page-break-before: always" if i == 5 else ""
        out.append(f'<p style="font-size: 11pt{brk}">{esc(t)}</p>')
        places.append({"label": str(i), "kind": "paragraph", "chapter": None, "heading": None, "text": t})
    out.append('<p style="font-size: 11pt">Yours sincerely,</p>')
    out.append('<p style="font-size: 11pt; margin-top: 1cm">SECRETARY OF STATE FOR HOUSING, COMMUNITIES AND LOCAL GOVERNMENT</p>')
    out.append('</body></html>')
    return "\n".join(out), places


def render(name, text):
    (HERE / f"{name}.html").write_text(text, encoding="utf-8")
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE),
                    str(HERE / f"{name}.html")], check=True, capture_output=True)
    pages = []
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(HERE / f"{name}.pdf")],
            capture_output=True, text=True).stdout).group(1))
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(HERE / f"{name}.pdf"), "-"],
                           capture_output=True, text=True).stdout
        pages.append(" ".join(t.split()))
    return pages


def find_page(pages, head):
    head = " ".join(head.split())
    hits = [i + 1 for i, p in enumerate(pages) if head in p]
    if not hits:
        raise SystemExit(f"cannot find {head!r}")
    return hits[0]


def main():
    text, places, footnotes = report_html()
    pages = render("report", text)
    for pl in places:
        words = pl["text"].split()[:6]
        if pl["kind"] == "foreword":
            head = " ".join(words)
        elif pl["kind"] == "table":
            head = "Senior leaders communicate a clear vision"
        else:
            head = " ".join(([pl["label"]] if pl["kind"] != "recommendation" else [pl["label"]]) + words)
        pl["page"] = find_page(pages, head)
    fns = [{"number": n, "page": find_page(pages, " ".join(t.split()[:6])), "text": t}
           for n, t, _ in footnotes]
    report = {"title": C.TITLE, "kind": "report", "file": "report.pdf",
              "producer": "LibreOffice from HTML", "numbering": "three-level", "page_offset": 0,
              "furniture": ["Page N"], "places": places, "footnotes": fns}
    (HERE / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"report: {len(pages)} pages, {len(places)} places, {len(fns)} footnotes")

    text, places = letter_html()
    pages = render("letter", text)
    for pl in places:
        pl["page"] = find_page(pages, " ".join(pl["text"].split()[:6]))
    letter = {"title": C.LETTER_TITLE, "kind": "letter", "file": "letter.pdf",
              "producer": "LibreOffice from HTML", "numbering": "unnumbered", "page_offset": 0,
              "furniture": [], "places": places, "footnotes": []}
    (HERE / "letter.json").write_text(json.dumps(letter, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"letter: {len(pages)} pages, {len(places)} places")


if __name__ == "__main__":
    main()

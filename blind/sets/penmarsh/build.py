#!/usr/bin/env python3
"""Render the Penmarsh report and letter as GOV.UK-style HTML pages printed to PDF by headless
Chromium, then fill each place's page into report.json / letter.json from `pdftotext`.

    python3 build.py            # writes report.html, report.pdf, letter.html, letter.pdf,
                                # report.json, letter.json
"""
import html, json, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))          # blind/ (check_labels, for page finding)
import content as C
import check_labels as CL

E = html.escape
URL = "https://www.gov.uk/government/publications/best-value-inspection-of-penmarsh-city-council"
STAMP = "28/01/2025, 10:02"


def calls(raw):
    """Escape a paragraph and turn ^n into superscript endnote calls."""
    return re.sub(r"\^(\d+)", r'<sup class="call"><a href="#note\1">\1</a></sup>', E(raw))


CSS = """
@page { size: A4; margin: 24mm 24mm 24mm 24mm;
  @top-left { content: "%(stamp)s"; font: 8pt Arial, sans-serif; color:#333 }
  @top-center { content: "%(title)s - GOV.UK"; font: 8pt Arial, sans-serif; color:#333 }
  @bottom-left { content: "%(url)s"; font: 8pt Arial, sans-serif; color:#333 }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt Arial, sans-serif; color:#333 }
}
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 12.5pt; line-height: 1.65;
       color: #0b0c0c; counter-reset: para; margin: 0 }
.crown { background:#0b0c0c; color:#fff; font-weight:bold; padding:8px 12px; font-size: 13pt }
.crumbs { font-size: 9pt; color:#505a5f; margin: 6px 0 18px }
.cover h1 { font-size: 28pt; line-height: 1.2; margin: 40px 0 20px }
.cover p { font-size: 13pt }
.meta { border-top: 1px solid #b1b4b6; padding-top: 10px; margin-top: 30px; font-size: 11pt }
h2 { font-size: 19pt; margin: 28px 0 10px; border-top: 2px solid #1d70b8; padding-top: 8px;
     page-break-after: avoid }
h2.newpage { page-break-before: always }
h3 { font-size: 14pt; margin: 18px 0 6px; page-break-after: avoid }
p.para { counter-increment: para; position: relative; margin: 0 0 12px 0; padding-left: 3.2em }
p.para::before { content: counter(para); position: absolute; left: 0; font-weight: bold; color: #1d70b8 }
p.plain { margin: 0 0 12px 0 }
sup.call { font-size: 7pt; line-height: 0 }
sup.call a { color: #1d70b8; text-decoration: none }
aside.pull { margin: 16px 0 18px 3.2em; padding: 10px 16px; border-left: 8px solid #1d70b8;
             background: #f3f2f1; font-size: 15pt; line-height: 1.4; font-weight: bold; color:#1d70b8;
             page-break-inside: avoid }
table { border-collapse: collapse; margin: 8px 0 18px 3.2em; width: calc(100%% - 3.2em); font-size: 10.5pt;
        page-break-inside: avoid }
caption { text-align: left; font-weight: bold; padding-bottom: 6px; font-size: 11pt }
th, td { border-bottom: 1px solid #b1b4b6; padding: 5px 6px; text-align: left; vertical-align: top }
td.n, th.n { text-align: right; width: 5em }
.rec { margin: 0 0 14px 0; padding: 8px 12px; border: 1px solid #b1b4b6 }
.rec strong { display: block; color:#1d70b8 }
p.annex { margin: 0 0 12px 0; padding-left: 3.2em; position: relative }
p.annex span.al { position: absolute; left: 0; font-weight: bold; color: #1d70b8 }
ol.notes { font-size: 10pt; padding-left: 2em }
ol.notes li { margin-bottom: 6px }
ul.toc { list-style: none; padding-left: 0 } ul.toc li { padding: 3px 0; border-bottom: 1px dotted #b1b4b6 }
""" % {"stamp": STAMP, "title": C.TITLE, "url": URL}


def report_html():
    out = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">',
           f"<title>{E(C.TITLE)} - GOV.UK</title><style>{CSS}</style></head><body>",
           '<div class="crown">GOV.UK</div>',
           '<div class="crumbs">Home &gt; Housing, local and community &gt; Local councils and services &gt; '
           'Local government intervention</div>',
           '<div class="cover">', '<p>Independent report</p>', f"<h1>{E(C.TITLE)}</h1>",
           "<p>Report of the inspection carried out under section 10 of the Local Government Act 1999</p>",
           '<div class="meta">From: Ministry of Housing, Communities and Local Government<br>'
           "Published 28 January 2025<br>Inspection team: Lead Inspector, Finance Inspector, Governance Inspector"
           "<br>Report submitted to the Secretary of State: 29 November 2024</div>",
           "<h3>Contents</h3><ul class=\"toc\"><li>Foreword</li>"]
    out += [f"<li>{E(ch)}</li>" for ch, _ in C.CHAPTERS]
    out += ["<li>Recommendations</li>", f"<li>{E(C.ANNEX_TITLE)}</li>", "<li>Notes</li></ul></div>"]
    out += ['<h2 class="newpage">Foreword</h2>', f'<p class="plain">{E(C.FOREWORD)}</p>',
            '<p class="plain">Lead Inspector<br>Finance Inspector<br>Governance Inspector<br>November 2024</p>']
    pulls = dict(C.PULLQUOTES)
    n = 0
    first = True
    for chapter, blocks in C.CHAPTERS:
        cls = ' class="newpage"' if chapter in ("Executive summary", "Introduction and approach") else ""
        out.append(f"<h2{cls}>{E(chapter)}</h2>")
        for heading, paras in blocks:
            if heading:
                out.append(f"<h3>{E(heading)}</h3>")
            for p in paras:
                if p == "TABLE1":
                    out.append(f"<table><caption>{E(C.TABLE1_CAPTION)}</caption>")
                    head, *rows = C.TABLE1
                    out.append("<tr>" + "".join(f'<th{" class=n" if i else ""}>{E(c)}</th>'
                                               for i, c in enumerate(head)) + "</tr>")
                    for row in rows:
                        out.append("<tr>" + "".join(f'<td{" class=n" if i else ""}>{E(c)}</td>'
                                                   for i, c in enumerate(row)) + "</tr>")
                    out.append("</table>")
                    continue
                n += 1
                out.append(f'<p class="para" id="p{n}">{calls(p)}</p>')
                if n in pulls:
                    out.append(f'<aside class="pull">\u201c{E(pulls[n])}\u201d</aside>')
    out.append('<h2 class="newpage">Recommendations</h2>')
    for i, r in enumerate(C.RECS, 1):
        out.append(f'<div class="rec"><strong>Recommendation {i}</strong>{E(r)}</div>')
    out.append(f'<h2 class="newpage">{E(C.ANNEX_TITLE)}</h2>')
    for i, a in enumerate(C.ANNEX, 1):
        out.append(f'<p class="annex"><span class="al">A{i}</span>{E(a)}</p>')
    out.append('<h2>Notes</h2><ol class="notes">')
    for k, v in C.ENDNOTES.items():
        out.append(f'<li id="note{k}">{E(v)}</li>')
    out.append("</ol><p class=\"plain\" style=\"font-size:9pt;color:#505a5f\">\u00a9 Crown copyright 2025. "
               "This publication is licensed under the terms of the Open Government Licence v3.0 except "
               "where otherwise stated.</p></body></html>")
    return "\n".join(out)


LETTER_CSS = """
@page { size: A4; margin: 16mm 20mm 18mm 20mm;
  @top-center { content: "OFFICIAL"; font: bold 9pt Arial, sans-serif }
  @bottom-center { content: "OFFICIAL"; font: bold 9pt Arial, sans-serif } }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.42; color:#000 }
.head { display: flex; justify-content: space-between; border-bottom: 1px solid #000; padding-bottom: 8px }
.crest { font-size: 13pt; font-weight: bold; line-height: 1.25 }
.from { font-size: 9pt; text-align: right; line-height: 1.35 }
.addr { margin: 18px 0 6px; line-height: 1.35 }
.date { text-align: right; margin: 0 0 12px }
p { margin: 0 0 9px }
.subj { font-weight: bold }
.sig { margin-top: 14px; line-height: 1.35 }
"""


def letter_html():
    L = C.LETTER
    out = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">',
           f"<title>{E(C.LETTER_TITLE)}</title><style>{LETTER_CSS}</style></head><body>",
           '<div class="head"><div class="crest">Ministry of Housing,<br>Communities &amp;<br>Local Government</div>',
           '<div class="from">Secretary of State for Housing, Communities and Local Government<br>'
           "2 Marsham Street<br>London<br>SW1P 4DF<br><br>Our ref: BVI/PCC/2025/01</div></div>",
           '<div class="addr">Chief Executive<br>Penmarsh City Council<br>Civic Centre<br>Harbour Road<br>'
           "Penmarsh<br>PM1 2AA</div>",
           f'<div class="date">{E(L["date"])}</div>',
           "<p>Dear Chief Executive,</p>",
           '<p class="subj">BEST VALUE INSPECTION OF PENMARSH CITY COUNCIL: STATUTORY INTERVENTION</p>']
    out += [f"<p>{E(p)}</p>" for p in L["paras"]]
    out += ['<div class="sig">Yours sincerely,<br><br><em>Miriam Castellan</em><br><br>'
            "<strong>RT HON MIRIAM CASTELLAN MP</strong><br>Secretary of State for Housing, Communities "
            "and Local Government</div></body></html>"]
    return "\n".join(out)


def print_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", html_path.as_uri()],
                   check=True, capture_output=True, timeout=300)


def fill_pages(data, pdf):
    pages = CL.rendered_pages(pdf)
    page_tokens = [CL.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)

    def page_of(at):
        return max(i for i, s in enumerate(starts) if s <= at) + 1

    cursor = 0
    for place in data["places"]:
        needle = CL.joined_variants(CL.words(place["text"]), tokens)
        if place["kind"] == "table":
            # the page holding its first cell
            at = CL.find_in_order(tokens, CL.words(C.TABLE1_CAPTION), cursor)
            place["page"] = page_of(at) if at is not None else None
            continue
        at = CL.find_in_order(tokens, needle, cursor)
        if at is None:
            print("NOT FOUND:", place["label"])
            continue
        cursor = at
        place["page"] = page_of(at)
    for note in data.get("footnotes", []):
        at = CL.find_in_order(tokens, CL.words(note["text"]), 0)
        note["page"] = page_of(at) if at is not None else None
    return len(pages)


def main():
    report, letter = C.write_json()
    for name, doc, data in (("report", report_html(), report), ("letter", letter_html(), letter)):
        h = HERE / f"{name}.html"
        h.write_text(doc, encoding="utf-8")
        pdf = HERE / f"{name}.pdf"
        print_pdf(h, pdf)
        CL.rendered_pages.cache_clear()
        n = fill_pages(data, pdf)
        (HERE / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        print(f"{name}.pdf: {n} pages")


if __name__ == "__main__":
    main()

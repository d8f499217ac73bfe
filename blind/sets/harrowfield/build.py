"""Render report.json and letter.json with xhtml2pdf, as a web application would, then fill in
each place's page from pdftotext's output of the rendering.

    /opt/blindtools/bin/python build.py
"""
import html
import json
import re
import subprocess
from pathlib import Path

from xhtml2pdf import pisa

import report_content as rc
import letter_content as lc

HERE = Path(__file__).resolve().parent

REPORT_CSS = """
@page {
  size: a4 portrait;
  margin: 2.4cm 2cm 2.2cm 2cm;
  @frame header_frame { -pdf-frame-content: header_content; left: 2cm; right: 2cm; top: 0.9cm; height: 1cm; }
  @frame footer_frame { -pdf-frame-content: footer_content; left: 2cm; right: 2cm; bottom: 0.8cm; height: 1cm; }
}
body { font-family: Helvetica; font-size: 11.5pt; line-height: 1.5; color: #0b0c0c; }
#header_content { font-size: 8.5pt; color: #505a5f; border-bottom: 0.5pt solid #b1b4b6; }
#footer_content { font-size: 8.5pt; color: #505a5f; text-align: right; }
h1 { font-size: 24pt; margin: 0 0 12pt 0; }
h2 { font-size: 15pt; margin: 16pt 0 6pt 0; color: #1d3557; -pdf-keep-with-next: true; }
h3 { font-size: 11.5pt; margin: 10pt 0 4pt 0; -pdf-keep-with-next: true; }
table.para { width: 100%; margin: 0 0 7pt 0; }
table.para td { vertical-align: top; padding: 0; }
td.num { width: 1.1cm; font-weight: bold; color: #1d3557; }
table.data { width: 100%; border: 0.5pt solid #505a5f; margin: 6pt 0 2pt 0; }
table.data th { background-color: #dbe4ee; font-weight: bold; padding: 3pt; text-align: left; border: 0.5pt solid #505a5f; }
table.data td { padding: 3pt; border: 0.5pt solid #505a5f; }
p.caption { font-weight: bold; margin: 10pt 0 2pt 0; }
p.source { font-size: 8.5pt; color: #505a5f; margin: 0 0 10pt 0; }
table.recs { width: 100%; border: 1.5pt solid #1d3557; }
table.recs td { padding: 5pt; vertical-align: top; border-bottom: 0.5pt solid #b1b4b6; }
td.rn { width: 1.2cm; font-weight: bold; color: #1d3557; }
p.fn { font-size: 9pt; margin: 0 0 4pt 0; }
div.cover { padding-top: 5cm; }
p.sig { margin-top: 14pt; font-style: italic; }
"""


def esc(text):
    return html.escape(text, quote=False)


def calls(text):
    return re.sub(r"\{(\d+)\}", r"[\1]", esc(text))


def report_html(data):
    out = [f"<html><head><meta charset='utf-8'><style>{REPORT_CSS}</style></head><body>",
           "<div id='header_content'>Harrowfield DC: Best Value Inspection Report</div>",
           "<div id='footer_content'>Page <pdf:pagenumber> of <pdf:pagecount></div>",
           "<div class='cover'><h1>" + esc(rc.TITLE) + "</h1>",
           "<p style='font-size:13pt'>Report of the inspection team appointed by the Secretary of State "
           "for Housing, Communities and Local Government under section 10 of the Local Government Act 1999</p>",
           "<p style='font-size:12pt'>October 2024</p>",
           "<p style='margin-top:6cm'>Ministry of Housing, Communities and Local Government<br/>Published 26 November 2024</p></div>",
           "<pdf:nextpage/>",
           "<h2>Contents</h2>"]
    for chapter, _ in rc.CHAPTERS:
        out.append(f"<p style='margin:0 0 3pt 0'>{esc(chapter)}</p>")
    out.append("<p style='margin:0 0 3pt 0'>Recommendations</p><p>Notes</p>")
    out.append("<h2>Foreword</h2>")
    fw = rc.FOREWORD
    for para in fw[:-1]:
        out.append(f"<p>{esc(para)}</p>")
    out.append(f"<p class='sig'>{esc(fw[-1])}</p>")
    out.append("<pdf:nextpage/>")
    n = 0
    for ci, (chapter, sections) in enumerate(rc.CHAPTERS):
        if ci in (5, 6, 9):
            out.append("<pdf:nextpage/>")
        out.append(f"<h2>{esc(chapter)}</h2>")
        for heading, paras in sections:
            if heading:
                out.append(f"<h3>{esc(heading)}</h3>")
            for para in paras:
                n += 1
                out.append(f"<table class='para'><tr><td class='num'>{n}</td><td>{calls(para)}</td></tr></table>")
                for tname, t in rc.TABLES.items():
                    if t["after"] == n:
                        out.append(f"<p class='caption'>{esc(t['caption'])}</p>")
                        out.append("<table class='data' repeat='1'><tr>" +
                                   "".join(("<th style='width:52%'>" if i == 0 else "<th>") + esc(h) + "</th>" for i, h in enumerate(t["head"])) + "</tr>")
                        for row in t["rows"]:
                            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
                        out.append("</table>")
                        out.append(f"<p class='source'>{esc(t['source'])}</p>")
    out.append("<pdf:nextpage/><h2>Recommendations</h2>")
    out.append("<p>We make the following recommendations to the council.</p>")
    out.append("<table class='recs'>")
    for i, rec in enumerate(rc.RECOMMENDATIONS, 1):
        out.append(f"<tr><td class='rn'>R{i}</td><td>{esc(rec)}</td></tr>")
    out.append("</table>")
    out.append("<h2>Notes</h2>")
    for k, v in rc.FOOTNOTES.items():
        out.append(f"<p class='fn'>[{k}] {esc(v)}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def render(html_text, pdf_path):
    with open(pdf_path, "wb") as f:
        status = pisa.CreatePDF(html_text, dest=f, encoding="utf-8")
    if status.err:
        raise SystemExit(f"xhtml2pdf failed on {pdf_path}")


WORD = re.compile(r"[£$]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?")
PUNCT = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def toks(t):
    return WORD.findall(t.translate(PUNCT).lower())


def page_texts(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode()
    return out.split("\f")[:-1]


def fill_pages(data, pdf):
    """The page where each place's opening words first appear, reading on from the last."""
    pages = [toks(p) for p in page_texts(pdf)]
    cur = 0
    for place in data["places"]:
        head = toks(place["text"])[:8]
        if place["kind"] == "table":
            head = toks(place["text"])[:2]
        found = None
        for pi in range(cur, len(pages)):
            joined = " " + " ".join(pages[pi]) + " "
            if " " + " ".join(head) + " " in joined:
                found = pi
                break
        if found is None:
            print("page not found:", place["label"], head)
            continue
        place["page"] = found + 1
        cur = found
    for fn in data.get("footnotes", []):
        head = " ".join(toks(fn["text"])[:6])
        for pi in range(len(pages) - 1, -1, -1):
            if head in " ".join(pages[pi]):
                fn["page"] = pi + 1
                break


def clean(data):
    for p in data["places"]:
        p.pop("_raw", None)
        p.pop("_table", None)
    return data


def main():
    data = rc.build_data()
    pdf = HERE / "report.pdf"
    render(report_html(data), pdf)
    fill_pages(data, pdf)
    (HERE / "report.json").write_text(json.dumps(clean(data), ensure_ascii=False, indent=1), encoding="utf-8")
    print("report.pdf:", len(page_texts(pdf)), "pages")

    letter = lc.build_data()
    lpdf = HERE / "letter.pdf"
    render(lc.letter_html(), lpdf)
    fill_pages(letter, lpdf)
    (HERE / "letter.json").write_text(json.dumps(letter, ensure_ascii=False, indent=1), encoding="utf-8")
    print("letter.pdf:", len(page_texts(lpdf)), "pages")


if __name__ == "__main__":
    main()

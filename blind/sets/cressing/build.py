#!/usr/bin/env python3
"""Render report.json -> report.pdf and letter.json -> letter.pdf with WeasyPrint,
then fill in the 'page' of every place and footnote by reading the PDF back with pdftotext.
Run: python3 build.py   (re-execs itself under /opt/blindtools/bin/python if needed)"""
import html, json, os, re, subprocess, sys

try:
    import weasyprint  # noqa
except ImportError:
    os.execv("/opt/blindtools/bin/python", ["/opt/blindtools/bin/python"] + sys.argv)
from weasyprint import HTML

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
URL = "https://www.gov.uk/government/publications/best-value-inspection-cressing-borough-council"
E = html.escape

CSS = """
@page {
  size: A4; margin: 28mm 25mm 32mm 25mm;
  @top-left { content: "Best Value Inspection: Cressing Borough Council"; font: 8.5pt Liberation Sans; color: #444; vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: string(chapter); font: 8.5pt Liberation Sans; color: #444; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: "%(url)s"; font: 7.5pt Liberation Sans; color: #444; }
  @bottom-right { content: "Page " counter(page); font: 8.5pt Liberation Sans; }
  @footnote { border-top: 0.5pt solid #888; margin-top: 4mm; }
}
@page :first { @top-left { content: none; } @top-right { content: none; }
               @bottom-left { content: none; } @bottom-right { content: none; } }
html { font-family: Liberation Serif; font-size: 12pt; line-height: 1.6;
       font-variant-ligatures: none; hyphens: manual; }
body { margin: 0; }
.cover { page-break-after: always; padding-top: 60mm; }
.cover .crest { font: bold 11pt Liberation Sans; letter-spacing: 0.5pt; color: #1d70b8; }
.cover h1 { font: bold 28pt/1.2 Liberation Sans; margin: 12mm 0 8mm 0; string-set: chapter ""; }
.cover p { font: 13pt Liberation Sans; margin: 3mm 0; }
.contents { page-break-after: always; string-set: chapter "Contents"; }
.contents h2 { font: bold 18pt Liberation Sans; }
.contents ul { list-style: none; padding: 0; }
.contents li { font: 12pt/2 Liberation Sans; }
.contents li a { color: black; text-decoration: none; }
.contents li a::after { content: leader('.') target-counter(attr(href), page); }
h2.chapter { font: bold 18pt/1.3 Liberation Sans; string-set: chapter content(text);
             page-break-before: always; margin: 0 0 6mm 0; color: #0b0c0c; }
h3 { font: bold 13pt Liberation Sans; margin: 7mm 0 2mm 0; page-break-after: avoid; }
p.para { margin: 0 0 4mm 0; text-align: left; }
p.para .num { font-weight: bold; margin-right: 2.5mm; }
div.rec { margin: 0 0 4mm 0; padding: 3mm 4mm; border-left: 3pt solid #1d70b8; background: #f3f2f1; }
div.rec .num { font: bold 12pt Liberation Sans; margin-right: 3mm; }
.fn { float: footnote; font: 9pt/1.3 Liberation Serif; text-indent: 0; font-weight: normal; }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 7.5pt; line-height: 1; }
::footnote-marker { content: counter(footnote) ". "; }
table.survey { border-collapse: collapse; width: 100%%; margin: 3mm 0 6mm 0; font: 10.5pt/1.35 Liberation Sans;
               page-break-inside: avoid; }
table.survey caption { caption-side: top; text-align: left; font: bold 11pt Liberation Sans; margin-bottom: 2mm; }
table.survey th, table.survey td { border: 0.5pt solid #999; padding: 1.5mm 2mm; }
table.survey th { background: #e8e8e8; text-align: left; }
table.survey td.n { text-align: right; width: 18mm; }
p.intro { margin: 0 0 4mm 0; }
""" % {"url": URL}


def with_footnote(text, anchor, note):
    i = text.index(anchor) + len(anchor)
    return E(text[:i]) + '<span class="fn">' + E(note) + '</span>' + E(text[i:])


def render_report():
    rep = json.load(open("report.json"))
    ex = json.load(open("render_extras.json"))
    fn_by_place = {}
    for num, lab, anchor, note in ex["footnotes"]:
        fn_by_place[lab] = (anchor, note)
    table = ex["table1"]
    chapters = []
    for p in rep["places"]:
        if not chapters or chapters[-1] != p["chapter"]:
            chapters.append(p["chapter"])
    out = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % E(rep["title"])]
    out.append('<div class="cover"><div class="crest">MINISTRY OF HOUSING, COMMUNITIES AND LOCAL GOVERNMENT</div>'
               '<h1>%s</h1><p>Report of the inspection team appointed under section 10 of the Local Government Act 1999</p>'
               '<p>Presented to the Secretary of State for Housing, Communities and Local Government</p>'
               '<p>March 2025</p></div>' % E(rep["title"]))
    out.append('<div class="contents"><h2>Contents</h2><ul>')
    for i, c in enumerate(chapters):
        out.append('<li><a href="#ch%d">%s</a></li>' % (i, E(c)))
    out.append('</ul></div>')
    cur = None
    for p in rep["places"]:
        if p["chapter"] != cur:
            cur = p["chapter"]
            out.append('<h2 class="chapter" id="ch%d">%s</h2>' % (chapters.index(cur), E(cur)))
            if p["kind"] == "recommendation":
                out.append('<p class="intro">Our recommendations are set out below. The evidence on which they rest '
                           'is given in the chapters that follow.</p>')
            lastheading = None
        if p["kind"] == "table":
            rows = ['<table class="survey"><caption>%s</caption><thead><tr>' % E(table["caption"])]
            rows += ['<th>%s</th>' % E(h) for h in table["header"]] + ['</tr></thead><tbody>']
            for r in table["rows"]:
                rows.append('<tr><td>%s</td>' % E(r[0]) + ''.join('<td class="n">%s</td>' % E(c) for c in r[1:]) + '</tr>')
            rows.append('</tbody></table>')
            out.append(''.join(rows))
            continue
        if p["heading"] and p["heading"] != lastheading:
            out.append('<h3>%s</h3>' % E(p["heading"]))
        lastheading = p["heading"] or lastheading
        if p["label"] in fn_by_place:
            body = with_footnote(p["text"], *fn_by_place[p["label"]])
        else:
            body = E(p["text"])
        if p["kind"] == "recommendation":
            out.append('<div class="rec"><span class="num">%s</span>%s</div>' % (E(p["label"]), body))
        else:
            out.append('<p class="para"><span class="num">%s.</span>%s</p>' % (E(p["label"]), body))
    out.append('</body></html>')
    src = "\n".join(out)
    HTML(string=src, base_url=HERE).write_pdf("report.pdf", stylesheets=[weasyprint.CSS(string=CSS)])
    return rep, ex


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    pages = []
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout
        pages.append(re.sub(r"\s+", " ", t))
    return pages


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def fill_pages(meta, pdf, fmt):
    pages = page_texts(pdf)
    for p in meta["places"]:
        key = fmt(p)
        hits = [i + 1 for i, t in enumerate(pages) if key in t]
        assert len(hits) >= 1, ("not found", p["label"], key)
        p["page"] = hits[0]
    for f in meta.get("footnotes", []):
        key = norm(f["text"])[:45]
        hits = [i + 1 for i, t in enumerate(pages) if key in t]
        assert len(hits) == 1, ("fn", f["number"], hits)
        f["page"] = hits[0]
    return len(pages)


def report_key(p):
    words = norm(p["text"])[:34]
    if p["kind"] == "table":
        return "Table 1: Staff survey results"
    if p["kind"] == "recommendation":
        return p["label"] + " " + words
    return p["label"] + ". " + words


LETTER_CSS = """
@page { size: A4; margin: 22mm 25mm 25mm 25mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8.5pt Liberation Sans; } }
html { font: 11.5pt/1.45 Liberation Sans; font-variant-ligatures: none; hyphens: manual; }
.head { text-align: right; font-size: 9.5pt; color: #333; margin-bottom: 10mm; }
.head .dept { font-weight: bold; font-size: 11pt; color: #000; }
.addr { margin-bottom: 8mm; }
.date { margin-bottom: 8mm; }
p { margin: 0 0 3.5mm 0; }
.sig { margin-top: 12mm; }
"""


def render_letter():
    let = json.load(open("letter.json"))
    out = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % E(let["title"])]
    out.append('<div class="head"><div class="dept">Ministry of Housing, Communities and Local Government</div>'
               'Minister of State for Local Government<br>2 Marsham Street<br>London SW1P 4DF<br>'
               'www.gov.uk/mhclg</div>')
    out.append('<div class="addr">The Chief Executive<br>Cressing Borough Council<br>Civic Centre<br>'
               'Market Street<br>Cressing</div>')
    out.append('<div class="date">%s</div>' % E(let["date"]))
    out.append('<p>Dear Chief Executive,</p>')
    out.append('<p><b>%s</b></p>' % E(let["subject"]))
    for p in let["places"]:
        out.append('<p>%s</p>' % E(p["text"]))
    out.append('<p class="sig">Yours sincerely,</p><p><br><br><b>Minister of State for Local Government</b></p>')
    out.append('</body></html>')
    HTML(string="\n".join(out), base_url=HERE).write_pdf("letter.pdf", stylesheets=[weasyprint.CSS(string=LETTER_CSS)])
    return let


if __name__ == "__main__":
    rep, ex = render_report()
    # the report's CSS is inline via a <style> block
    n = fill_pages(rep, "report.pdf", report_key)
    json.dump(rep, open("report.json", "w"), ensure_ascii=False, indent=1)
    print("report.pdf:", n, "pages")
    let = render_letter()
    n = fill_pages(let, "letter.pdf", lambda p: norm(p["text"])[:45])
    json.dump(let, open("letter.json", "w"), ensure_ascii=False, indent=1)
    print("letter.pdf:", n, "pages")

#!/opt/blindtools/bin/python
"""Render the Moorcastle report and letter with WeasyPrint and write report.json / letter.json.

    /opt/blindtools/bin/python build.py

Pages of places are read from WeasyPrint's layout (the page holding each place's anchor);
footnote pages from pdftotext."""
import html
import json
import re
import subprocess
from pathlib import Path

from weasyprint import HTML

import content as C

HERE = Path(__file__).resolve().parent
FN = re.compile(r"\{fn:([^}]*)\}")


def esc(s):
    return html.escape(s, quote=False)


def plain(text):
    """The place's words as read: no footnote calls, lettered sub-items run on."""
    return " ".join(FN.sub("", text).split("|"))


fn_counter = [0]
footnotes = []          # (number, text, place label)


def rich(text, label):
    def sub(m):
        fn_counter[0] += 1
        footnotes.append((fn_counter[0], m.group(1), label))
        return "\x00FN%d\x00" % (len(footnotes) - 1)
    t = FN.sub(sub, text)
    t = esc(t)
    return re.sub("\x00FN(\\d+)\x00", lambda m: '<span class="fn">%s</span>' % esc(footnotes[int(m.group(1))][1]), t)


def para_html(label, text, cls="para"):
    parts = text.split("|")
    body = "<p>%s</p>" % rich(parts[0], label)
    for item in parts[1:]:
        m = re.match(r"\(([a-z])\) (.*)", item)
        body += '<div class="sub"><span class="letter">(%s)</span><span>%s</span></div>' % (m.group(1), rich(m.group(2), label))
    aid = "p-" + label.replace(".", "-")
    return '<div class="%s" id="%s"><span class="num">%s</span><div class="body">%s</div></div>' % (cls, aid, esc(label), body)


CSS = """
@page { size: A4; margin: 22mm 20mm 26mm 22mm;
  @bottom-left { content: "%s"; font: 8.5pt 'Liberation Sans'; color: #505a5f; vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: counter(page); font: 9pt 'Liberation Sans'; color: #0b0c0c; vertical-align: top; padding-top: 4mm; }
  @footnote { border-top: 0.5pt solid #b1b4b6; }
}
@page cover { margin: 0; @bottom-left { content: none; } @bottom-right { content: none; } }
html { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 12pt; line-height: 1.55; color: #0b0c0c; }
.cover { page: cover; height: 297mm; position: relative; }
.cover .band { background: #0b0c0c; color: white; padding: 14mm 20mm 8mm 22mm; font-size: 13pt; font-weight: bold; }
.cover .band .crown { font-size: 24pt; letter-spacing: 0.5pt; }
.cover .titleblock { padding: 60mm 22mm 0 22mm; }
.cover h1 { font-size: 30pt; line-height: 1.15; margin: 0 0 10mm 0; }
.cover .sub { font-size: 15pt; line-height: 1.35; }
.cover .date { position: absolute; bottom: 30mm; left: 22mm; font-size: 14pt; }
.cover .rule { position: absolute; bottom: 44mm; left: 22mm; width: 60mm; border-top: 3pt solid #1d70b8; }
.contents { break-after: page; }
.contents h2 { font-size: 20pt; margin-bottom: 8mm; }
.contents ul { list-style: none; padding: 0; margin: 0; }
.contents li { margin: 0 0 3mm 0; font-size: 12pt; }
.contents li a { color: #1d70b8; text-decoration: none; }
.contents li a::after { content: leader('.') target-counter(attr(href), page); color: #0b0c0c; }
h2.chapter { font-size: 19pt; line-height: 1.25; margin: 0 0 7mm 0; break-before: page; break-after: avoid; }
h3.section { font-size: 13.5pt; margin: 6mm 0 3mm 0; break-after: avoid; }
.para { position: relative; padding-left: 15mm; margin: 0 0 4mm 0; }
.para .num { position: absolute; left: 0; top: 0; font-weight: normal; }
.para p { margin: 0; }
.sub { position: relative; padding-left: 9mm; margin: 1.5mm 0 0 0; }
.sub .letter { position: absolute; left: 0; }
.es .num { font-weight: bold; }
.rec { break-inside: avoid; position: relative; padding-left: 0; margin: 0 0 5mm 0; border-left: 4pt solid #1d70b8; padding-left: 5mm; }
.rec .num { display: block; font-weight: bold; }
.rec .num::before { content: "Recommendation "; }
.rec .num.hide { }
.fn { float: footnote; font-size: 8.5pt; line-height: 1.3; }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 7pt; line-height: 1; }
::footnote-marker { content: counter(footnote) ". "; }
.fn { padding-top: 1mm; }
table.survey { width: 100%%; border-collapse: collapse; margin: 3mm 0 2mm 0; font-size: 10.5pt; }
table.survey caption { caption-side: top; text-align: left; font-weight: bold; margin-bottom: 2mm; }
table.survey th, table.survey td { border-bottom: 0.75pt solid #b1b4b6; padding: 3.2mm 2mm; text-align: left; vertical-align: top; }
table.survey th { font-weight: bold; border-bottom: 1.5pt solid #0b0c0c; }
table.survey td.n, table.survey th.n { text-align: right; width: 20mm; }
table.survey tr { break-inside: avoid; }
.tnote { font-size: 9.5pt; color: #505a5f; margin: 0 0 5mm 0; }
""" % C.TITLE


def report_html():
    out = ['<html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>' % (esc(C.TITLE), CSS)]
    out.append('<section class="cover"><div class="band"><div class="crown">GOV.UK</div>'
               '<div>Ministry of Housing, Communities and Local Government</div></div>'
               '<div class="titleblock"><h1>%s</h1><div class="sub">%s</div></div>'
               '<div class="rule"></div><div class="date">%s</div></section>' % (esc(C.TITLE), esc(C.SUBTITLE), C.DATE))
    out.append('<section class="contents"><h2>Contents</h2><ul>')
    out.append('<li><a href="#ch-es">Executive summary</a></li>')
    for num, title, _ in C.CHAPTERS:
        out.append('<li><a href="#ch-%s">%s. %s</a></li>' % (num, num, esc(title)))
    out.append('<li><a href="#ch-recs">Recommendations</a></li></ul></section>')
    out.append('<h2 class="chapter" id="ch-es" style="break-before: auto">Executive summary</h2>')
    for label, text in C.SUMMARY:
        out.append(para_html(label, text, "para es"))
    for num, title, sections in C.CHAPTERS:
        out.append('<h2 class="chapter" id="ch-%s">%s. %s</h2>' % (num, num, esc(title)))
        for snum, shead, paras in sections:
            out.append('<h3 class="section">%s %s</h3>' % (snum, esc(shead)))
            for i, text in enumerate(paras, 1):
                label = "%s.%d" % (snum, i)
                out.append(para_html(label, text))
                if label == "3.1.3":
                    out.append(table_html())
    out.append('<h2 class="chapter" id="ch-recs">Recommendations</h2>')
    for label, text in C.RECOMMENDATIONS:
        out.append('<div class="rec" id="p-%s"><span class="num">%s</span><p style="margin:0">%s</p></div>'
                   % (label, label[1:], esc(text)))
    out.append('</body></html>')
    return "\n".join(out)


def table_html():
    rows = ['<table class="survey" id="p-Table-1"><caption>%s</caption><thead><tr>' % esc(C.TABLE_CAPTION)]
    rows.append("".join('<th%s>%s</th>' % ("" if i == 0 else ' class="n"', esc(h)) for i, h in enumerate(C.TABLE_HEAD)))
    rows.append('</tr></thead><tbody>')
    for r in C.TABLE_ROWS:
        rows.append('<tr>' + "".join('<td%s>%s</td>' % ("" if i == 0 else ' class="n"', esc(c)) for i, c in enumerate(r)) + '</tr>')
    rows.append('</tbody></table><p class="tnote">%s</p>' % esc(C.TABLE_NOTE))
    return "".join(rows)


def pages_of(doc):
    where = {}
    for n, page in enumerate(doc.pages, 1):
        for anchor in page.anchors:
            where.setdefault(anchor, n)
    return where


def pdf_pages(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return out.decode().split("\f")


def norm(s):
    return " ".join(re.findall(r"[a-z0-9]+", s.lower().replace("’", "'")))


def build_report():
    fn_counter[0] = 0
    footnotes.clear()
    doc = HTML(string=report_html(), base_url=str(HERE)).render()
    doc.write_pdf(HERE / "report.pdf")
    where = pages_of(doc)
    places = []
    for label, text in C.SUMMARY:
        places.append(dict(label=label, kind="summary", chapter="Executive summary", heading=None,
                           page=where["p-" + label], text=plain(text)))
    for num, title, sections in C.CHAPTERS:
        chapter = "%s. %s" % (num, title)
        for snum, shead, paras in sections:
            for i, text in enumerate(paras, 1):
                label = "%s.%d" % (snum, i)
                places.append(dict(label=label, kind="paragraph", chapter=chapter, heading=shead,
                                   page=where["p-" + label.replace(".", "-")], text=plain(text)))
                if label == "3.1.3":
                    cells = C.TABLE_HEAD + [c for r in C.TABLE_ROWS for c in r]
                    places.append(dict(label="Table 1", kind="table", chapter=chapter, heading=shead,
                                       page=where["p-Table-1"], text=" ".join(cells)))
    for label, text in C.RECOMMENDATIONS:
        places.append(dict(label=label, kind="recommendation", chapter="Recommendations", heading=None,
                           page=where["p-" + label], text=text))
    texts = [norm(p) for p in pdf_pages(HERE / "report.pdf")]
    fns = []
    for number, text, _ in footnotes:
        key = norm(text)[:60]
        page = next(i for i, t in enumerate(texts, 1) if key in t)
        fns.append(dict(number=number, page=page, text=text))
    data = dict(title=C.TITLE, kind="report", file="report.pdf", producer="WeasyPrint (HTML+CSS)",
                numbering="three-level", page_offset=0,
                furniture=[C.TITLE, "N (page number, bottom right)"], places=places, footnotes=fns)
    (HERE / "report.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("report.pdf: %d pages, %d places, %d footnotes" % (len(doc.pages), len(places), len(fns)))


LETTER_CSS = """
@page { size: A4; margin: 18mm 22mm 22mm 22mm;
  @bottom-center { content: "Ministry of Housing, Communities and Local Government  |  2 Marsham Street, London SW1P 4DF  |  www.gov.uk/mhclg"; font: 7.5pt 'Liberation Sans'; color: #505a5f; } }
html { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.4; }
.head { display: flex; justify-content: space-between; margin-bottom: 10mm; }
.crest { font-weight: bold; font-size: 12pt; border-left: 3pt solid #00ad93; padding-left: 3mm; }
.from { font-size: 9.5pt; text-align: right; }
.to { margin-bottom: 6mm; font-size: 10.5pt; }
.date { margin-bottom: 6mm; }
p { margin: 0 0 3.2mm 0; }
p.subject { font-weight: bold; }
.sig { margin-top: 10mm; }
.sig .name { font-family: 'DejaVu Serif'; font-style: italic; font-size: 16pt; margin-bottom: 2mm; }
"""


def build_letter():
    body = C.LETTER
    out = ['<html><head><meta charset="utf-8"><style>%s</style></head><body>' % LETTER_CSS]
    out.append('<div class="head"><div class="crest">Ministry of Housing,<br>Communities &amp;<br>Local Government</div>'
               '<div class="from">Minister for Local Government<br>2 Marsham Street<br>London<br>SW1P 4DF<br><br>'
               'Tel: 0303 444 0000<br>Email: correspondence@communities.gov.uk</div></div>')
    out.append('<div class="to">The Chief Executive<br>Moorcastle Metropolitan Borough Council<br>Town Hall<br>Market Street<br>Moorcastle<br>MC1 1TH</div>')
    out.append('<div class="date">%s</div>' % C.LETTER_DATE)
    places = []
    n = 0
    for i, text in enumerate(body):
        if i == 1:
            out.append('<p class="subject">%s</p>' % esc(text))
        elif text.startswith("Dear") or text.startswith("Yours"):
            out.append('<p>%s</p>' % esc(text))
        else:
            n += 1
            out.append('<p id="l-%d">%s</p>' % (n, esc(text)))
            places.append(dict(label=str(n), kind="paragraph", chapter=None, heading=None, page=None, text=text))
    out.append('<div class="sig"><div class="name">%s</div><b>%s</b><br>%s</div>' % (esc(C.LETTER_SIGNER[0]), esc(C.LETTER_SIGNER[1]), "<br>".join(esc(s) for s in C.LETTER_SIGNATURE)))
    out.append('</body></html>')
    doc = HTML(string="\n".join(out)).render()
    doc.write_pdf(HERE / "letter.pdf")
    where = pages_of(doc)
    for p in places:
        p["page"] = where["l-" + p["label"]]
    data = dict(title=C.LETTER_TITLE, kind="letter", file="letter.pdf", producer="WeasyPrint (HTML+CSS)",
                numbering="unnumbered", page_offset=0,
                furniture=["Ministry of Housing, Communities and Local Government | 2 Marsham Street, London SW1P 4DF | www.gov.uk/mhclg"],
                date=C.LETTER_DATE, places=places, footnotes=[])
    (HERE / "letter.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("letter.pdf: %d pages, %d places" % (len(doc.pages), len(places)))


if __name__ == "__main__":
    build_report()
    build_letter()

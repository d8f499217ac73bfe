# Renders report.json -> report.pdf and letter.json -> letter.pdf with reportlab,
# then fills each place's "page" (and footnote pages) by reading the rendering back
# with pdftotext.  Run with /opt/blindtools/bin/python build.py
import json, re, subprocess, sys
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                PageBreak, Table, TableStyle, KeepTogether, CondPageBreak)

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
FOOTER = "Greyhaven BVI – January 2025"
FOOTNOTE_AT = {"3.4": 1, "4.2": 2}          # place label -> footnote call
CAPTIONS = {"Table 1": "Table 1: Staff survey results, September 2024"}
TABLE_ROWS = [
    ["Statement", "Agree", "Neutral", "Disagree"],
    ["I feel able to raise concerns without fear of reprisal", "38%", "21%", "41%"],
    ["Senior leadership communicates a clear vision", "29%", "30%", "41%"],
    ["Members treat officers with respect", "46%", "25%", "29%"],
    ["I would recommend the council as a place to work", "52%", "22%", "26%"],
    ["I have experienced bullying or harassment in the last 12 months", "17%", "9%", "74%"],
]

base = ParagraphStyle("base", fontName="Helvetica", fontSize=11, leading=15.5, spaceAfter=8)
num = ParagraphStyle("num", parent=base, leftIndent=14 * mm, bulletIndent=0, bulletFontName="Helvetica")
h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=17, leading=22, spaceAfter=14, spaceBefore=4)
h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=6)
cell = ParagraphStyle("cell", parent=base, fontSize=10, leading=13, spaceAfter=0)
small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5)


def pdftext_pages(pdf):
    out = []
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout
        out.append(" ".join(t.split()))
    return out


def find_pages(places, pdf):
    pages = pdftext_pages(pdf)
    start = 0
    for p in places:
        key = " ".join(p["text"].split())[:45]
        for i in range(start, len(pages)):
            if key in pages[i]:
                p["page"] = i + 1
                start = i
                break
        else:
            sys.exit("cannot place %s" % p["label"])
    return pages


class Doc(BaseDocTemplate):
    pass


def report_pdf(rep, footnote_pages, out):
    doc = Doc(out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
              bottomMargin=36 * mm, title=rep["title"], author="Lead Inspector")
    fn_text = {f["number"]: f["text"] for f in rep["footnotes"]}

    def deco(canv, d):
        n = canv.getPageNumber()
        if n == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 9)
        canv.drawCentredString(A4[0] / 2, 16 * mm, FOOTER)
        canv.setFont("Helvetica", 10)
        canv.drawCentredString(A4[0] / 2, 9 * mm, str(n))
        notes = [k for k, v in footnote_pages.items() if v == n]
        if notes:
            y = 31 * mm
            canv.setLineWidth(0.5)
            canv.line(25 * mm, y + 4 * mm, 75 * mm, y + 4 * mm)
            for k in sorted(notes):
                canv.setFont("Helvetica", 8.5)
                canv.drawString(25 * mm, y, "%d  %s" % (k, fn_text[k]))
                y -= 4.2 * mm
        canv.restoreState()

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=deco)])
    S = []
    # cover
    S += [Spacer(1, 50 * mm),
          Paragraph("Best Value Inspection of Greyhaven Borough Council", ParagraphStyle("t", parent=h1, fontSize=26, leading=32)),
          Spacer(1, 10 * mm),
          Paragraph("Report of the Lead Inspector to the Secretary of State for Housing, Communities and Local Government", ParagraphStyle("s", parent=base, fontSize=14, leading=19)),
          Spacer(1, 8 * mm),
          Paragraph("January 2025", ParagraphStyle("s2", parent=base, fontSize=14)),
          Spacer(1, 60 * mm),
          Paragraph("Presented under section 10 of the Local Government Act 1999", base),
          PageBreak()]
    # contents
    S.append(Paragraph("Contents", h1))
    chapters = []
    for p in rep["places"]:
        if p["chapter"] not in chapters:
            chapters.append(p["chapter"])
    for c in chapters:
        S.append(Paragraph(escape(c), base))
    S.append(PageBreak())
    chap = None
    head = None
    for p in rep["places"]:
        if p["chapter"] != chap:
            if chap is not None:
                S.append(PageBreak())
            chap = p["chapter"]
            head = None
            S.append(Paragraph(escape(chap), h1))
        if p["heading"] and p["heading"] != head:
            head = p["heading"]
            S.append(CondPageBreak(40 * mm))
            S.append(Paragraph(escape(head), h2))
        if p["kind"] == "table":
            rows = [[Paragraph(escape(c), ParagraphStyle("c", parent=cell, fontName="Helvetica-Bold" if i == 0 else "Helvetica")) for c in r]
                    for i, r in enumerate(TABLE_ROWS)]
            t = Table(rows, colWidths=[95 * mm, 22 * mm, 22 * mm, 22 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            S.append(KeepTogether([Paragraph(escape(CAPTIONS[p["label"]]), ParagraphStyle("cap", parent=base, fontName="Helvetica-Bold", fontSize=10)), t, Spacer(1, 8)]))
            continue
        txt = escape(p["text"])
        if p["label"] in FOOTNOTE_AT:
            txt += "<super>%d</super>" % FOOTNOTE_AT[p["label"]]
        if p["kind"] == "paragraph":
            S.append(Paragraph(txt, num, bulletText=p["label"]))
        elif p["kind"] in ("recommendation", "annex"):
            S.append(Paragraph(txt, num, bulletText=p["label"]))
        else:
            S.append(Paragraph(txt, base))
    doc.build(S)


def letter_pdf(let, out):
    doc = Doc(out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=20 * mm,
              bottomMargin=20 * mm, title=let["title"])
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    lb = ParagraphStyle("lb", fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=9)
    rt = ParagraphStyle("rt", parent=lb, alignment=2, spaceAfter=0)
    S = [Paragraph("<b>Ministry of Housing, Communities and Local Government</b>", rt),
         Paragraph("2 Marsham Street", rt), Paragraph("London SW1P 4DF", rt), Spacer(1, 6 * mm),
         Paragraph("The Chief Executive<br/>Greyhaven Borough Council<br/>Civic Centre, Harbour Road<br/>Greyhaven", lb),
         Paragraph("16 January 2025", lb), Spacer(1, 3 * mm),
         Paragraph("Dear Chief Executive,", lb),
         Paragraph("<b>Best Value Inspection of Greyhaven Borough Council</b>", lb)]
    for p in let["places"]:
        S.append(Paragraph(escape(p["text"]), lb))
    S += [Paragraph("Yours sincerely,", lb), Spacer(1, 12 * mm),
          Paragraph("Secretary of State for Housing, Communities and Local Government", lb)]
    doc.build(S)


if __name__ == "__main__":
    rp = HERE + "/report.json"
    rep = json.load(open(rp))
    # pass 1: find where footnote calls land; pass 2: draw footnotes on those pages
    report_pdf(rep, {}, HERE + "/report.pdf")
    find_pages(rep["places"], HERE + "/report.pdf")
    fp = {}
    for p in rep["places"]:
        if p["label"] in FOOTNOTE_AT:
            fp[FOOTNOTE_AT[p["label"]]] = p["page"]   # the call sits at the paragraph's end
    report_pdf(rep, fp, HERE + "/report.pdf")
    pages = find_pages(rep["places"], HERE + "/report.pdf")
    for p in rep["places"]:
        if p["label"] in FOOTNOTE_AT:
            # check where the paragraph ends (the call mark) is the same page
            tail = " ".join(p["text"].split())[-30:]
            assert tail in pages[p["page"] - 1], p["label"]
    for f in rep["footnotes"]:
        f["page"] = fp[f["number"]]
        assert f["text"] in pages[f["page"] - 1], f
    json.dump(rep, open(rp, "w"), ensure_ascii=False, indent=1)
    lp = HERE + "/letter.json"
    let = json.load(open(lp))
    letter_pdf(let, HERE + "/letter.pdf")
    find_pages(let["places"], HERE + "/letter.pdf")
    json.dump(let, open(lp, "w"), ensure_ascii=False, indent=1)
    print("report pages", len(pages), "; letter pages", max(p["page"] for p in let["places"]))

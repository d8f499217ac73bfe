"""Stanwick's committee template: papers drawn by LibreOffice (from python-docx), WeasyPrint
(HTML) or reportlab, each with its own 'Page N' footer; an 'Agenda Item N' box stamped at the top
right of each paper's first page; a coloured cover and an agenda page; merged with pypdf."""
import io, re, subprocess, tempfile, html as H
from pathlib import Path
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LIB = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("Arial", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Arial-BoldItalic", LIB + "LiberationSans-BoldItalic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Arial", 0, 0, "Arial"); addMapping("Arial", 1, 0, "Arial-Bold")
addMapping("Arial", 0, 1, "Arial-Italic"); addMapping("Arial", 1, 1, "Arial-BoldItalic")

GREEN = colors.HexColor("#2E6B3F")


def inline_rl(t):
    t = H.escape(t, quote=False)
    t = re.sub(r"~~(.+?)~~", r"<strike>\1</strike>", t)
    t = re.sub(r"\+\+(.+?)\+\+", r"<u>\1</u>", t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
    return t


def inline_html(t):
    t = H.escape(t, quote=False)
    t = re.sub(r"~~(.+?)~~", r"<del>\1</del>", t)
    t = re.sub(r"\+\+(.+?)\+\+", r"<ins>\1</ins>", t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
    return t


def runs(t):
    """split inline markup into (text, bold, italic, strike, underline) runs"""
    out = []
    for m in re.finditer(r"~~(.+?)~~|\+\+(.+?)\+\+|\*\*(.+?)\*\*|__(.+?)__|([^~+*_]+|[~+*_])", t):
        if m.group(1): out.append((m.group(1), 0, 0, 1, 0))
        elif m.group(2): out.append((m.group(2), 0, 0, 0, 1))
        elif m.group(3): out.append((m.group(3), 1, 0, 0, 0))
        elif m.group(4): out.append((m.group(4), 0, 1, 0, 0))
        else: out.append((m.group(5), 0, 0, 0, 0))
    return out


# ------------------------------------------------------------------ reportlab papers
def rl_paper(blocks, path, size=12):
    st = {
        "h1": ParagraphStyle("h1", fontName="Arial-Bold", fontSize=15, leading=19, spaceAfter=10, spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName="Arial-Bold", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5),
        "p": ParagraphStyle("p", fontName="Arial", fontSize=size, leading=size * 1.45, spaceAfter=9),
        "li": ParagraphStyle("li", fontName="Arial", fontSize=size, leading=size * 1.45, spaceAfter=7, leftIndent=22, firstLineIndent=-22),
        "quote": ParagraphStyle("q", fontName="Arial-Italic", fontSize=size, leading=size * 1.45, spaceAfter=9, leftIndent=24, rightIndent=18),
        "small": ParagraphStyle("s", fontName="Arial", fontSize=9.5, leading=12.5),
        "cell": ParagraphStyle("c", fontName="Arial", fontSize=9.5, leading=12.5),
        "sig": ParagraphStyle("sig", fontName="Arial", fontSize=size, leading=size * 1.45, spaceBefore=14),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k == "pb":
            story.append(PageBreak())
        elif k == "table":
            rows, widths = b[1], b[2]
            data = [[Paragraph(("<b>%s</b>" if r == 0 else "%s") % inline_rl(c), st["cell"]) for c in row]
                    for r, row in enumerate(rows)]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E7DC")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif k == "space":
            story.append(Spacer(1, b[1]))
        else:
            story.append(Paragraph(inline_rl(b[1]), st[k]))

    def foot(c, doc):
        c.saveState(); c.setFont("Arial", 9.5)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"Page {doc.page}")
        c.restoreState()
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                      topMargin=30 * mm, bottomMargin=22 * mm).build(story, onFirstPage=foot, onLaterPages=foot)


# ------------------------------------------------------------------ python-docx -> LibreOffice
def docx_paper(blocks, path, size=12):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = Mm(32); sec.bottom_margin = Mm(22)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"; normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(10)
    normal.paragraph_format.line_spacing = 1.4
    # footer: Page <PAGE>
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page "); r.font.size = Pt(10)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "1"; rr.append(tt); fld.append(rr)
    fp._p.append(fld)

    def add_runs(par, text, bold=False, italic=False, fsize=None):
        for t, b, i, s, u in runs(text):
            run = par.add_run(t)
            run.bold = bold or bool(b); run.italic = italic or bool(i)
            if s:
                run.font.strike = True; run.font.color.rgb = RGBColor(0xC0, 0, 0)
            if u:
                run.font.underline = True; run.font.color.rgb = RGBColor(0, 0x40, 0xA0)
            if fsize: run.font.size = Pt(fsize)
    for b in blocks:
        k = b[0]
        if k == "pb":
            doc.add_page_break()
        elif k == "h1":
            p = doc.add_paragraph(); add_runs(p, b[1], bold=True, fsize=size + 3)
        elif k == "h2":
            p = doc.add_paragraph(); add_runs(p, b[1], bold=True, fsize=size + 0.5)
            p.paragraph_format.keep_with_next = True; p.paragraph_format.space_before = Pt(8)
        elif k in ("p", "sig"):
            p = doc.add_paragraph(); add_runs(p, b[1])
        elif k == "li":
            p = doc.add_paragraph(); add_runs(p, b[1])
            p.paragraph_format.left_indent = Mm(10); p.paragraph_format.first_line_indent = Mm(-10)
        elif k == "quote":
            p = doc.add_paragraph(); add_runs(p, b[1], italic=True)
            p.paragraph_format.left_indent = Mm(10); p.paragraph_format.right_indent = Mm(8)
        elif k == "space":
            doc.add_paragraph()
        elif k == "table":
            rows, widths = b[1], b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j); cell.width = Mm(widths[j])
                    par = cell.paragraphs[0]; par.paragraph_format.space_after = Pt(2)
                    par.paragraph_format.line_spacing = 1.0
                    add_runs(par, c, bold=(i == 0), fsize=size - 2)
            # repeat header row
            trPr = t.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
            doc.add_paragraph()
    path = Path(path)
    docx = path.with_suffix(".docx")
    doc.save(docx)
    subprocess.run(["libreoffice", "-env:UserInstallation=file:///tmp/lo_stanwick_profile", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(docx)],
                   check=True, capture_output=True)


# ------------------------------------------------------------------ HTML -> WeasyPrint
CSS = """@page { size: A4; margin: 30mm 22mm 22mm 22mm;
  @bottom-center { content: "Page " counter(page); font: 10pt Arial, 'Liberation Sans'; } }
body { font: 12pt/1.5 Arial, 'Liberation Sans', sans-serif; }
h1 { font-size: 15pt; } h2 { font-size: 12.5pt; margin-top: 14pt; }
p.li { margin-left: 8mm; text-indent: -8mm; } blockquote { font-style: italic; margin: 0 8mm; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } td, th { border: 1px solid #000; padding: 3px; vertical-align: top; }
del { color: #b00; } ins { color: #004aa0; }
"""


def html_paper(blocks, path):
    from weasyprint import HTML
    out = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    for b in blocks:
        k = b[0]
        if k == "pb": out.append("<div style='page-break-after:always'></div>")
        elif k == "h1": out.append(f"<h1>{inline_html(b[1])}</h1>")
        elif k == "h2": out.append(f"<h2>{inline_html(b[1])}</h2>")
        elif k in ("p", "sig"): out.append(f"<p>{inline_html(b[1])}</p>")
        elif k == "li": out.append(f"<p class='li'>{inline_html(b[1])}</p>")
        elif k == "quote": out.append(f"<blockquote>{inline_html(b[1])}</blockquote>")
        elif k == "space": out.append("<p>&nbsp;</p>")
        elif k == "table":
            rows = b[1]
            out.append("<table><thead><tr>" + "".join(f"<th>{inline_html(c)}</th>" for c in rows[0]) + "</tr></thead>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{inline_html(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    HTML(string="".join(out)).write_pdf(str(path))


# ------------------------------------------------------------------ stamps, cover, agenda, blanks
def stamp_item(pdf_path, label):
    """The 'Agenda Item N' box at the top right of a paper's first page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = 42 * mm, 11 * mm
    x, y = A4[0] - 18 * mm - w, A4[1] - 12 * mm - h
    c.setLineWidth(1.2); c.rect(x, y, w, h)
    c.setFont("Arial-Bold", 12); c.drawCentredString(x + w / 2, y + 3.6 * mm, label)
    c.save()
    wr = PdfWriter(clone_from=str(pdf_path))
    over = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    wr.pages[0].merge_page(over)
    with open(pdf_path, "wb") as f: wr.write(f)


def blank_page(path):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Arial", 11); c.drawCentredString(A4[0] / 2, A4[1] / 2, "This page is intentionally left blank")
    c.save()


def cover(path, colour, lines, notice):
    c = canvas.Canvas(str(path), pagesize=A4)
    W, Hh = A4
    c.setFillColor(colors.HexColor(colour)); c.rect(0, 0, W, Hh, fill=1, stroke=0)
    c.setFillColor(colors.white); c.rect(15 * mm, 15 * mm, W - 30 * mm, Hh - 30 * mm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor(colour)); c.rect(15 * mm, Hh - 60 * mm, W - 30 * mm, 45 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Arial-Bold", 24)
    c.drawString(25 * mm, Hh - 35 * mm, "Stanwick District Council")
    c.setFont("Arial", 13); c.drawString(25 * mm, Hh - 47 * mm, "Council Offices, Quay Street, Stanwick")
    c.setFillColor(colors.black)
    y = Hh - 80 * mm
    for text, font, size in lines:
        c.setFont(font, size); c.drawString(25 * mm, y, text); y -= size * 1.6
    y -= 8 * mm
    c.setFont("Arial", 10.5)
    for ln in notice:
        c.drawString(25 * mm, y, ln); y -= 14
    c.save()


def agenda(path, head, items, notes, page_no_start):
    st_p = ParagraphStyle("p", fontName="Arial", fontSize=11, leading=15, spaceAfter=6)
    st_h = ParagraphStyle("h", fontName="Arial-Bold", fontSize=14, leading=18, spaceAfter=10)
    st_n = ParagraphStyle("n", fontName="Arial", fontSize=9.5, leading=12.5, spaceAfter=4)
    story = [Paragraph(head, st_h)]
    rows = []
    for num, title, desc, pages in items:
        cell = f"<b>{H.escape(title)}</b>" + (f"<br/>{inline_rl(desc)}" if desc else "")
        rows.append([Paragraph(f"<b>{num}.</b>", st_p), Paragraph(cell, st_p), Paragraph(pages, st_p)])
    t = Table(rows, colWidths=[14 * mm, 125 * mm, 28 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story += [t, Spacer(1, 10)]
    for n in notes:
        story.append(Paragraph(inline_rl(n), st_n))

    def foot(c, doc):
        c.saveState(); c.setFont("Arial", 9.5)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"Page {doc.page + page_no_start - 1}")
        c.restoreState()
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm).build(story, onFirstPage=foot, onLaterPages=foot)


def npages(path):
    return len(PdfReader(str(path)).pages)


def merge(parts, out):
    w = PdfWriter()
    for p in parts:
        for page in PdfReader(str(p)).pages:
            w.add_page(page)
    w.add_metadata({"/Title": out.stem, "/Producer": "Stanwick DC committee system (pypdf)"})
    with open(out, "wb") as f: w.write(f)

"""Helpers for build_packs.py: papers written the ways a council writes them (python-docx then
LibreOffice, HTML then Chromium, reportlab), then merged with pypdf and stamped modern.gov-style."""
import io, subprocess, tempfile, shutil
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

BUILD = Path(__file__).resolve().parent / "packs_build"
BUILD.mkdir(exist_ok=True)

# ---------------------------------------------------------------- python-docx + LibreOffice

def _field(run, instr):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
        elif kind == "text":
            el = OxmlElement("w:t"); el.text = text
        else:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


class Word:
    """A Word document as an officer or clerk would type it."""
    def __init__(self, font="Arial", size=11, footer_left=None, page_x_of_y=True):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font; st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.paragraph_format.space_after = Pt(8)
        for s in self.doc.sections:
            s.top_margin = Cm(2.2); s.bottom_margin = Cm(2.2)
            s.left_margin = Cm(2.4); s.right_margin = Cm(2.4)
            s.page_height = Cm(29.7); s.page_width = Cm(21.0)
            fp = s.footer.paragraphs[0]
            if footer_left:
                fp.add_run(footer_left + "\t\t")
            if page_x_of_y:
                fp.add_run("Page "); _field(fp.add_run(), "PAGE"); fp.add_run(" of ")
                _field(fp.add_run(), "NUMPAGES")
            for r in fp.runs:
                r.font.size = Pt(8)

    def h(self, text, level=1):
        p = self.doc.add_paragraph()
        r = p.add_run(text); r.bold = True
        r.font.size = Pt({0: 15, 1: 12.5, 2: 11}[level])
        p.paragraph_format.space_before = Pt(10 if level else 0)
        p.paragraph_format.keep_with_next = True
        return p

    def p(self, text, bold_lead=None, indent=0, italic=False, align=None):
        para = self.doc.add_paragraph()
        if bold_lead:
            para.add_run(bold_lead).bold = True
        r = para.add_run(text); r.italic = italic
        if indent:
            para.paragraph_format.left_indent = Cm(indent)
        if align == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return para

    def table(self, rows, widths=None, header=True):
        t = self.doc.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j, val in enumerate(row):
                cells[j].text = ""
                run = cells[j].paragraphs[0].add_run(val)
                run.font.size = Pt(9.5)
                if header and i == 0:
                    run.bold = True
                if widths:
                    cells[j].width = Cm(widths[j])
        self.doc.add_paragraph()
        return t

    def pagebreak(self):
        self.doc.add_page_break()

    def pdf(self, name):
        docx = BUILD / f"{name}.docx"
        self.doc.save(docx)
        subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(BUILD),
                        str(docx)], check=True, capture_output=True)
        return BUILD / f"{name}.pdf"

# ---------------------------------------------------------------- HTML + Chromium

def html_pdf(name, body, css=""):
    html = BUILD / f"{name}.html"
    html.write_text(f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 20mm 22mm 20mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.45; }}
h1 {{ font-size: 15pt; }} h2 {{ font-size: 12.5pt; margin-top: 16pt; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #444; padding: 5px 7px; vertical-align: top; font-size: 10pt; }}
th {{ background: #e6e6e6; text-align: left; }}
del {{ color: #a00; }} ins {{ color: #006; }}
{css}</style></head><body>{body}</body></html>""", encoding="utf-8")
    out = BUILD / f"{name}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", html.as_uri()], check=True, capture_output=True)
    return out

# ---------------------------------------------------------------- reportlab

SS = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9.5, leading=12),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=6),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=4),
}


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rl_pdf(name, story, footer=None, x_of_y=False):
    out = BUILD / f"{name}.pdf"

    def on_page(c, doc):
        c.saveState(); c.setFont("Helvetica", 8)
        if footer:
            c.drawString(20 * mm, 14 * mm, footer)
        c.restoreState()
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=24 * mm)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out


def grid(rows, widths, header=True):
    data = [[Paragraph(esc(c) if isinstance(c, str) else c,
                       SS["cellb"] if header and i == 0 else SS["cell"]) if isinstance(c, str) else c
             for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ea")))
    t.setStyle(TableStyle(style))
    return t

# ---------------------------------------------------------------- merge and stamp

def n_pages(path):
    return len(PdfReader(str(path)).pages)


def merge_and_stamp(out, front, papers, offset):
    """front: PDFs before numbering starts; papers: list of (pdf, banner or None)."""
    writer = PdfWriter()
    for f in front:
        for pg in PdfReader(str(f)).pages:
            writer.add_page(pg)
    for pdf, banner in papers:
        for i, pg in enumerate(PdfReader(str(pdf)).pages):
            n = len(writer.pages) + 1 - offset
            w, h = float(pg.mediabox.width), float(pg.mediabox.height)
            buf = io.BytesIO()
            c = rl_canvas.Canvas(buf, pagesize=(w, h))
            c.setFont("Helvetica", 10)
            c.drawCentredString(w / 2, 7 * mm, f"Page {n}")
            if banner and i == 0:
                c.setFillColor(colors.white); c.rect(w - 62 * mm, h - 13 * mm, 52 * mm, 8 * mm, fill=1, stroke=0)
                c.setFillColor(colors.black); c.setFont("Helvetica-Bold", 12)
                c.drawRightString(w - 12 * mm, h - 10.5 * mm, banner)
            c.save()
            added = writer.add_page(pg)
            added.merge_page(PdfReader(buf).pages[0])
    with open(out, "wb") as fh:
        writer.write(fh)

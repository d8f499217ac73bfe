"""Helpers shared by the pack builders: render papers with python-docx+LibreOffice, Chromium and
reportlab, merge them with pypdf and stamp modern.gov furniture."""
import io, os, re, subprocess, tempfile, html
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

HERE = Path(__file__).resolve().parent
BUILD = HERE / "_build"
BUILD.mkdir(exist_ok=True)


def fill(text, quotes):
    """Replace {{Q7}} with the quotation's text."""
    return re.sub(r"\{\{(\w+)\}\}", lambda m: quotes[m.group(1)]["text"], text)


# ---------------------------------------------------------------- python-docx -> LibreOffice
def _page_field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def docx_paper(name, blocks, footer_left, font="Arial", size=12, page_x_of_y=True):
    """blocks: list of (kind, payload): ("h1", text), ("h2", text), ("p", text), ("np", (num, text)),
    ("b", text) bullet, ("table", (header, rows, widths_cm)), ("pb", None)."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.15
    fp = sec.footer.paragraphs[0]
    fp.text = footer_left + "\t\t"
    if page_x_of_y:
        r = fp.add_run("Page "); r2 = fp.add_run(); _page_field(r2, "PAGE")
        fp.add_run(" of "); r3 = fp.add_run(); _page_field(r3, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)
    for kind, pay in blocks:
        if kind == "h1":
            para = doc.add_paragraph(); run = para.add_run(pay); run.bold = True; run.font.size = Pt(size + 4)
        elif kind == "h2":
            para = doc.add_paragraph(); run = para.add_run(pay); run.bold = True; run.font.size = Pt(size + 1)
            para.paragraph_format.space_before = Pt(10)
        elif kind == "p":
            doc.add_paragraph(pay)
        elif kind == "c":
            para = doc.add_paragraph(); run = para.add_run(pay); run.bold = True
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "np":
            num, text = pay
            para = doc.add_paragraph(f"{num}\t{text}")
            para.paragraph_format.left_indent = Cm(1.25)
            para.paragraph_format.first_line_indent = Cm(-1.25)
        elif kind == "b":
            para = doc.add_paragraph(pay, style="List Bullet")
        elif kind == "table":
            header, rows, widths = pay
            t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
            for i, h in enumerate(header):
                c = t.rows[0].cells[i]; c.text = ""; rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(size - 2)
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = ""; rr = cells[i].paragraphs[0].add_run(v); rr.font.size = Pt(size - 2)
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
    path = BUILD / f"{name}.docx"
    doc.save(path)
    for attempt in range(4):      # LibreOffice now and then fails on a busy profile: try again
        r = subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(BUILD), str(path)],
                           capture_output=True)
        if r.returncode == 0 and (BUILD / f"{name}.pdf").exists():
            break
    else:
        raise RuntimeError(r.stderr.decode()[-500:])
    return BUILD / f"{name}.pdf"


# ---------------------------------------------------------------- Chromium
def chromium_paper(name, html_text):
    path = BUILD / f"{name}.html"
    path.write_text(html_text, encoding="utf-8")
    out = BUILD / f"{name}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", path.as_uri()], check=True, capture_output=True)
    return out


def esc(t):
    return html.escape(t, quote=False)


# ---------------------------------------------------------------- stamping and merging
def stamp_pack(papers, banners, out, first_stamped):
    """papers: list of pdf paths in order; banners: {pack page index (0-based): "Agenda Item 5"};
    pages from first_stamped (0-based) get "Page N" (N counted from that page = 1)."""
    w = PdfWriter()
    for pdf in papers:
        for pg in PdfReader(str(pdf)).pages:
            w.add_page(pg)
    for i, page in enumerate(w.pages):
        wd, ht = float(page.mediabox.width), float(page.mediabox.height)
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(wd, ht))
        if i in banners:
            c.setFont("Helvetica-Bold", 11)
            c.drawRightString(wd - 36, ht - 22, banners[i])
        if i >= first_stamped:
            c.setFont("Helvetica", 10)
            c.drawCentredString(wd / 2, 14, f"Page {i - first_stamped + 1}")
        if i not in banners and i < first_stamped:
            continue
        c.showPage(); c.save(); buf.seek(0)
        page.merge_page(PdfReader(buf).pages[0])
    with open(out, "wb") as f:
        w.write(f)


def n_pages(pdf):
    return len(PdfReader(str(pdf)).pages)

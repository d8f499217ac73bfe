"""Framework for the modern.gov agenda packs: quotation labels written beside the text, papers as
python-docx documents converted by LibreOffice, merged with pypdf, stamped with reportlab."""
import io, os, re, sys, json
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, Cm, RGBColor
from docxkit import base_styles, page_n_of_m, shade, repeat_header, to_pdf

sys.path.insert(0, "/work/blindkit")
import check_labels as cl


class Labeller:
    """q() returns the quotation with its marks and records its label under the current item."""

    def __init__(self):
        self.labels, self.item = [], None
        self.default_marks = "“”"

    def q(self, text, verdict, section=None, source="report", cited=(), pages=(), doc=None,
          citation=None, source_text=None, context_dropped=None, kind="exact", strict=True,
          note="", marks=None, concerns=True):
        marks = marks or self.default_marks
        if isinstance(verdict, str):
            verdict = [verdict]
        lab = {"text": text, "concerns": concerns, "item": self.item}
        if concerns:
            if citation is None:
                if doc == "other":
                    citation = ["unverifiable"]
                elif not cited and not pages and not doc:
                    citation = ["missing"]
                elif verdict[0] == "not_found":
                    citation = ["wrong"]
                elif doc == "letter" and not cited:
                    citation = ["correct"] if source == "letter" else ["wrong"]
                elif section and (cl.canon(section) in {cl.canon(c) for c in cited}
                                  or cl._chapter_cited(section, {cl.canon(c) for c in cited})):
                    citation = ["correct"]
                elif pages:
                    citation = ["correct"]      # checked against the place's page by check_labels
                else:
                    citation = ["wrong"]
            elif isinstance(citation, str):
                citation = [citation]
            lab.update({"verdict": verdict, "citation": citation, "section": section,
                        "source": source if verdict[0] != "not_found" else None,
                        "cited": list(cited), "cited_pages": list(pages), "cited_document": doc})
            if source_text:
                lab["source_text"] = source_text
            if context_dropped:
                lab["context_dropped"] = context_dropped
        else:
            lab.update({"verdict": [], "citation": [], "section": None, "source": None, "cited": [],
                        "cited_pages": [], "cited_document": "other"})
        lab.update({"kind": kind, "strict": strict, "note": note})
        self.labels.append(lab)
        return f"{marks[0]}{text}{marks[1]}"


# ---------------------------------------------------------------- papers

class Paper:
    """A Word document for one paper of the pack."""

    def __init__(self, landscape=False, own_footer=True, footer_text=None, font_size=12):
        self.doc = Document()
        base_styles(self.doc, size=font_size)
        s = self.doc.sections[0]
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        else:
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.6); s.bottom_margin = Cm(2.8)
        s.footer_distance = Cm(1.4)
        self.doc.styles["Normal"].paragraph_format.line_spacing = 1.25
        if own_footer:
            f = s.footer.paragraphs[0]
            f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if footer_text:
                r = f.add_run(footer_text + "    "); r.font.size = Pt(8.5)
            page_n_of_m(f)
            for r in f.runs:
                r.font.size = Pt(8.5)

    def title(self, text, size=15):
        p = self.doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
        return p

    def h(self, text):
        p = self.doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(12)
        p.paragraph_format.space_before = Pt(10); p.paragraph_format.keep_with_next = True
        return p

    def p(self, text, bold=False, italic=False, indent=None, size=None, align=None):
        para = self.doc.add_paragraph()
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
        if indent:
            para.paragraph_format.left_indent = Cm(indent)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.space_after = Pt(8)
        return para

    def np(self, number, text, indent=1.3):
        para = self.doc.add_paragraph()
        pf = para.paragraph_format
        pf.left_indent = Cm(indent); pf.first_line_indent = Cm(-indent)
        pf.tab_stops.add_tab_stop(Cm(indent)); pf.space_after = Pt(8)
        para.add_run(f"{number}\t{text}")
        return para

    def bullets(self, items):
        for it in items:
            para = self.doc.add_paragraph(style="List Bullet"); para.add_run(it)
            para.paragraph_format.space_after = Pt(4)

    def table(self, rows, widths, header=True, size=10, shade_first_col=False):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER; t.autofit = False
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j); c.width = Cm(widths[j]); c.text = ""
                para = c.paragraphs[0]; para.paragraph_format.space_after = Pt(2)
                para.paragraph_format.line_spacing = 1.0
                r = para.add_run(val); r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True; shade(c, "D9D9D9")
                elif shade_first_col and j == 0:
                    r.bold = True; shade(c, "F2F2F2")
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        if header:
            repeat_header(t.rows[0])
        self.doc.add_paragraph()
        return t

    def report_header(self, rows):
        self.table([[a, b] for a, b in rows], [5.0, 11.6], header=False, size=10.5, shade_first_col=True)

    def page_break(self):
        self.doc.add_page_break()

    def save(self, path):
        self.doc.save(path)


# ---------------------------------------------------------------- the pack

def stamp_layer(width, height, page_no=None, banner=None):
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    if page_no is not None:
        c.setFont("Helvetica", 10)
        c.drawCentredString(width / 2, 16, f"Page {page_no}")
    if banner:
        c.setFont("Helvetica-Bold", 13)
        tw = c.stringWidth(banner, "Helvetica-Bold", 13)
        x, y = width - 40 - tw, height - 34
        c.setLineWidth(0.8); c.rect(x - 6, y - 5, tw + 12, 20)
        c.drawString(x, y, banner)
    c.save(); buf.seek(0)
    return buf


def merge_pack(front_pdf, items, out_pdf):
    """items: list of (number, [pdf paths]); returns (total pages, {number: (first, last)}, offset)."""
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    front = PdfReader(front_pdf)
    for pg in front.pages:
        w.add_page(pg)
    offset = len(front.pages)
    ranges = {}
    for number, paths in items:
        first = len(w.pages) + 1
        for k, path in enumerate(paths):
            for j, pg in enumerate(PdfReader(path).pages):
                w.add_page(pg)
        ranges[number] = (first, len(w.pages))
    firsts = {v[0]: k for k, v in ranges.items()}
    for i, pg in enumerate(w.pages, 1):
        if i <= offset:
            continue
        wdt, hgt = float(pg.mediabox.width), float(pg.mediabox.height)
        banner = f"Agenda Item {firsts[i]}" if i in firsts else None
        layer = PdfReader(stamp_layer(wdt, hgt, i - offset, banner)).pages[0]
        pg.merge_page(layer)
    with open(out_pdf, "wb") as f:
        w.write(f)
    return len(w.pages), ranges, offset


def count_pages(pdf):
    from pypdf import PdfReader
    return len(PdfReader(pdf).pages)


def locate(labels, pack_pdf, ranges):
    """Fill pack_page: the first page within the quotation's item where its words begin."""
    pages = cl.rendered_pages(cl.Path(pack_pdf).resolve())
    cl.rendered_pages.cache_clear()
    problems = []
    for lab in labels:
        first, last = ranges[lab["item"]]
        head = cl.words(lab["text"])[:6]
        full = cl.words(lab["text"])
        found = None
        for pg in range(first, last + 1):
            toks = cl.words(pages[pg - 1])
            if cl.contains_run(toks, full):
                found = pg; break
        if found is None:
            for pg in range(first, last + 1):
                if cl.find_in_order(cl.words(pages[pg - 1]), head) is not None:
                    found = pg; problems.append(f"split across pages? p{pg}: {lab['text'][:50]}"); break
        if found is None:
            problems.append(f"NOT FOUND in item {lab['item']}: {lab['text'][:60]}")
        lab["pack_page"] = found
    return problems

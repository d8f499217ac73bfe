"""Shared machinery for build_packs.py: quotation bookkeeping and four renderers of the same
simple block list (python-docx + LibreOffice, HTML + Chromium, reportlab, groff -ms)."""
import html, io, json, os, re, subprocess, sys, tempfile
from pathlib import Path
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("Arial", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", FD + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Arial", 0, 0, "Arial"); addMapping("Arial", 1, 0, "Arial-Bold"); addMapping("Arial", 0, 1, "Arial-Italic"); addMapping("Arial", 1, 1, "Arial-Bold")

WORK = Path("build_tmp"); WORK.mkdir(exist_ok=True)


class Quotes:
    """Q(...) returns the quotation in its marks and records its label."""
    def __init__(self):
        self.labels, self.item = [], None

    def __call__(self, text, verdict, citation, section=None, source="report", cited=(), pages=(),
                 doc=None, st=None, cd=None, kind="exact", note="", strict=True, marks="“”",
                 also_verdict=(), also_citation=()):
        self.labels.append({"id": None, "text": text, "concerns": True, "item": self.item,
                            "pack_page": None, "verdict": [verdict, *also_verdict],
                            "citation": [citation, *also_citation], "section": section,
                            "source": source if verdict != "not_found" else None,
                            "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
                            "source_text": st, "context_dropped": cd, "kind": kind,
                            "strict": strict, "note": note})
        return marks[0] + text + marks[1]

    def other(self, text, note, marks="“”"):
        self.labels.append({"id": None, "text": text, "concerns": False, "item": self.item,
                            "pack_page": None, "verdict": [], "citation": [], "section": None,
                            "source": None, "cited": [], "cited_pages": [], "cited_document": "other",
                            "kind": "other_document", "strict": True, "note": note})
        return marks[0] + text + marks[1]


NBH = "\u2011"


def nb(t):
    """Hyphenated compounds kept on one line (LibreOffice, Chromium, reportlab): U+2011."""
    return re.sub(r"(?<=\w)-(?=\w)", NBH, t)


def _runs(text):
    """**bold** spans -> [(text, bold)]"""
    out = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            out.append((part, i % 2 == 1))
    return out


# ------------------------------------------------------------------ python-docx + LibreOffice
def render_docx(blocks, out_pdf, footer_left):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.add_run(footer_left + "\t\t")
    def field(par, code):
        r = par.add_run()
        for tag, attr in (("w:fldChar", "begin"), ("w:instrText", code), ("w:fldChar", "end")):
            el = OxmlElement(tag)
            if tag == "w:fldChar":
                el.set(qn("w:fldCharType"), attr)
            else:
                el.set(qn("xml:space"), "preserve"); el.text = attr
            r._r.append(el)
    fp.add_run("Page "); field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(9)
    for b in blocks:
        kind = b[0]
        if kind == "banner":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(14)
        elif kind in ("h1", "h2"):
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            r.font.size = Pt(14 if kind == "h1" else 12)
        elif kind == "p":
            p = d.add_paragraph()
            for t, bold in _runs(nb(b[1])):
                p.add_run(t).bold = bold
        elif kind == "bullets":
            for t in b[1]:
                p = d.add_paragraph(style="List Bullet")
                for tt, bold in _runs(nb(t)):
                    p.add_run(tt).bold = bold
        elif kind in ("table", "meta"):
            rows = b[1] if kind == "table" else [[k, v] for k, v in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j); c.text = ""
                    run = c.paragraphs[0].add_run(nb(cell))
                    run.font.size = Pt(10.5)
                    run.bold = (i == 0 and kind == "table") or (j == 0 and kind == "meta")
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_page_break()
    src = WORK / (Path(out_pdf).stem + ".docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)],
                   check=True, capture_output=True)
    os.replace(WORK / (Path(out_pdf).stem + ".pdf"), out_pdf)


# ------------------------------------------------------------------ HTML + Chromium
CSS = """@page { size: A4; margin: 20mm 18mm 24mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 12pt; line-height: 1.5; color: #111; }
.banner { font-size: 15pt; font-weight: bold; border-bottom: 2px solid #1b3f6b; padding-bottom: 4px; color: #1b3f6b; }
h1 { font-size: 14pt; color: #1b3f6b; margin-top: 18px; } h2 { font-size: 12pt; margin-top: 14px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; page-break-inside: auto; }
td, th { border: 1px solid #777; padding: 5px 7px; vertical-align: top; font-size: 10pt; text-align: left; }
th { background: #dfe6ef; } tr { page-break-inside: avoid; }
td.rag-G { background: #b9e0b0; } td.rag-A { background: #ffe08a; } td.rag-R { background: #f2a7a0; }
.meta td:first-child { font-weight: bold; width: 30%; background: #f1f1f1; }
.pb { page-break-after: always; }"""


def render_html(blocks, out_pdf, title):
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title><style>{CSS}</style></head><body>"]
    def inline(t):
        t = html.escape(nb(t), quote=False)
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    for b in blocks:
        k = b[0]
        if k == "banner":
            parts.append(f"<div class='banner'>{inline(b[1])}</div>")
        elif k in ("h1", "h2"):
            parts.append(f"<{k}>{inline(b[1])}</{k}>")
        elif k == "p":
            parts.append(f"<p>{inline(b[1])}</p>")
        elif k == "bullets":
            parts.append("<ul>" + "".join(f"<li>{inline(t)}</li>" for t in b[1]) + "</ul>")
        elif k == "meta":
            parts.append("<table class='meta'>" + "".join(f"<tr><td>{inline(a)}</td><td>{inline(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "table":
            rows = b[1]
            rag_col = b[2] if len(b) > 2 else None
            widths = b[3] if len(b) > 3 else None
            s = "<table>" + ("<colgroup>" + "".join(f"<col style='width:{w}%'>" for w in widths) + "</colgroup>" if widths else "") + "<tr>" + "".join(f"<th>{inline(c)}</th>" for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                s += "<tr>" + "".join(
                    f"<td class='rag-{c[:1]}'>{inline(c)}</td>" if j == rag_col else f"<td>{inline(c)}</td>"
                    for j, c in enumerate(r)) + "</tr>"
            parts.append(s + "</table>")
        elif k == "pagebreak":
            parts.append("<div class='pb'></div>")
    parts.append("</body></html>")
    src = WORK / (Path(out_pdf).stem + ".html")
    src.write_text("".join(parts), encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={os.path.abspath(out_pdf)}", str(src.resolve())],
                   check=True, capture_output=True, timeout=180)
    stamp_of(out_pdf, footer_left=title)


# ------------------------------------------------------------------ reportlab
def render_rl(blocks, out_pdf, footer_left):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    body = ParagraphStyle("b", fontName="Arial", fontSize=12, leading=16.5, spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=body, fontName="Arial-Bold", fontSize=13.5, spaceBefore=8)
    h2 = ParagraphStyle("h2", parent=body, fontName="Arial-Bold", fontSize=12)
    ban = ParagraphStyle("ban", parent=body, fontName="Arial-Bold", fontSize=15, leading=19, spaceAfter=12)
    cell = ParagraphStyle("c", parent=body, fontSize=10, leading=12.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Arial-Bold")
    def inline(t):
        t = nb(t).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    story = []
    for b in blocks:
        k = b[0]
        if k == "banner":
            story.append(Paragraph(inline(b[1]), ban))
        elif k == "h1":
            story.append(Paragraph(inline(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(inline(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(inline(b[1]), body))
        elif k == "bullets":
            for t in b[1]:
                story.append(Paragraph(inline(t), body, bulletText="•"))
        elif k in ("table", "meta"):
            rows = b[1] if k == "table" else [[a, v] for a, v in b[1]]
            data = [[Paragraph(inline(c), cellb if (i == 0 and k == "table") or (j == 0 and k == "meta") else cell)
                     for j, c in enumerate(r)] for i, r in enumerate(rows)]
            n = len(rows[0])
            widths = b[2] if k == "table" and len(b) > 2 and b[2] else None
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1 if k == "table" else 0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#666666"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1 if k == "table" else 0, 0 if k == "table" else -1), "#e4e4e4")]))
            story += [t, Spacer(1, 8)]
        elif k == "pagebreak":
            story.append(PageBreak())
    doc = SimpleDocTemplate(str(out_pdf), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=24 * mm)
    doc.build(story)
    stamp_of(out_pdf, footer_left=footer_left)


# ------------------------------------------------------------------ groff -ms
def render_groff(blocks, out_pdf, footer_left):
    def esc(t):
        t = t.replace("\\", "\\\\")
        t = re.sub(r"(?<=\w)-(?=\w)", r"\\-", t)
        t = re.sub(r"\*\*(.+?)\*\*", r"\\fB\1\\fP", t)
        lines = []
        for line in t.split("\n"):
            if line.startswith((".", "'")):
                line = "\\&" + line
            lines.append(line)
        return "\n".join(lines)
    out = [".nh", ".ad l", ".nr PS 11", ".nr VS 14", ".nr PO 1i", ".nr LL 6.2i", ".ds CH", ".ds LF", ".ds CF", ".ds RF"]
    for b in blocks:
        k = b[0]
        if k == "banner":
            out += [".LP", ".ps 14", "\\fB" + esc(b[1]) + "\\fP", ".ps 11", ".sp 0.5"]
        elif k in ("h1", "h2"):
            out += [".SH", esc(b[1])]
        elif k == "p":
            out += [".PP", esc(b[1])]
        elif k == "bullets":
            for t in b[1]:
                out += [".IP \\(bu 2", esc(t)]
        elif k in ("table", "meta"):
            rows = b[1] if k == "table" else [[a, v] for a, v in b[1]]
            n = len(rows[0])
            fmt = " ".join(["lw(1.6i)" if k == "meta" else "l"] + ["l"] * (n - 1))
            if k == "table" and len(b) > 2 and b[2]:
                fmt = " ".join(f"lw({w}i)" for w in b[2])
            out += [".sp 0.5", ".TS H" if k == "table" else ".TS", "allbox tab(|);", fmt.replace("l", "lB", 1 if k == "meta" else 0) + "."]
            for i, r in enumerate(rows):
                out.append("|".join("T{\n" + esc(c) + "\nT}" for c in r))
                if i == 0 and k == "table":
                    out.append(".TH")
            out += [".TE", ".sp 0.5"]
        elif k == "pagebreak":
            out += [".bp"]
    src = WORK / (Path(out_pdf).stem + ".ms")
    src.write_text("\n".join(out) + "\n", encoding="utf-8")
    with open(out_pdf, "wb") as f:
        subprocess.run(["groff", "-k", "-t", "-ms", "-Tpdf", "-P-pa4", "-dpaper=a4", str(src)], stdout=f, check=True)
    stamp_of(out_pdf, footer_left=footer_left)


# ------------------------------------------------------------------ stamping
def _overlay(width, height, draw):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    draw(c)
    c.save()
    buf.seek(0)
    return PdfReader(buf).pages[0]


def stamp_of(pdf, footer_left):
    """The paper's own 'Page X of Y' footer (bottom right) and a short footer title (bottom left)."""
    r = PdfReader(pdf); w = PdfWriter()
    n = len(r.pages)
    for i, pg in enumerate(r.pages, 1):
        W, H = float(pg.mediabox.width), float(pg.mediabox.height)
        def draw(c, i=i):
            c.setFont("Arial", 8.5)
            c.drawString(50, 30, footer_left[:90])
            c.drawRightString(W - 50, 30, f"Page {i} of {n}")
        w.add_page(pg).merge_page(_overlay(W, H, draw))
    with open(pdf, "wb") as f:
        w.write(f)


def merge_and_number(parts, out_pdf, offset):
    """parts: list of pdf paths, in order.  Pages after `offset` get the pack's number
    'Page N' (N = PDF page - offset) at the foot, centred."""
    w = PdfWriter()
    k = 0
    for path in parts:
        for pg in PdfReader(path).pages:
            k += 1
            added = w.add_page(pg)
            if k > offset:
                W, H = float(pg.mediabox.width), float(pg.mediabox.height)
                num = k - offset
                def draw(c, num=num):
                    c.setFont("Arial-Bold", 10)
                    c.drawCentredString(W / 2, 14, f"Page {num}")
                added.merge_page(_overlay(W, H, draw))
    with open(out_pdf, "wb") as f:
        w.write(f)


def page_count(pdf):
    return len(PdfReader(pdf).pages)


def pdf_pages_text(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8").split("\f")[:-1]

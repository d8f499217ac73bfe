# -*- coding: utf-8 -*-
"""Renderers for the papers of the two CMIS packs, and the pack assembly (pypdf)."""
import html, io, json, re, subprocess, sys, tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.pdfgen import canvas
from pypdf import PdfReader, PdfWriter

HERE = Path(__file__).resolve().parent
BUILD = HERE / "_build"
BUILD.mkdir(exist_ok=True)

# ------------------------------------------------------------ quotation labels
LABELS = []
CUR = {"item": None}

def q(text, verdict, section=None, source="report", cited=(), citation=None, cited_document=None,
      cited_pages=(), source_text=None, context_dropped=None, kind="exact", note="", strict=True):
    cited = list(cited)
    if citation is None:
        citation = ["missing"] if not (cited or cited_document or cited_pages) else ["correct"]
    lab = {"id": None, "text": text, "concerns": True, "item": CUR["item"], "pack_page": None,
           "verdict": list(verdict) if isinstance(verdict, (list, tuple)) else [verdict],
           "citation": list(citation) if isinstance(citation, (list, tuple)) else [citation],
           "section": section, "source": source if section or verdict != "not_found" else None,
           "cited": cited, "cited_pages": list(cited_pages), "cited_document": cited_document,
           "kind": kind, "strict": strict, "note": note}
    if verdict == "not_found":
        lab["source"] = None
    if source_text:
        lab["source_text"] = source_text
    if context_dropped:
        lab["context_dropped"] = context_dropped
    LABELS.append(lab)
    return text

def other(text, what):
    LABELS.append({"id": None, "text": text, "concerns": False, "item": CUR["item"], "pack_page": None,
                   "verdict": [], "citation": [], "section": None, "source": None, "cited": [],
                   "cited_pages": [], "cited_document": "other", "kind": "other document",
                   "strict": True, "note": "quotes " + what + ", not the report or the letter"})
    return text

# ------------------------------------------------------------ reportlab papers
SS = {
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=11.5, leading=16.5, spaceAfter=8),
    "np": ParagraphStyle("np", fontName="Helvetica", fontSize=11.5, leading=16.5, spaceAfter=8,
                         leftIndent=12 * mm, firstLineIndent=-12 * mm),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=13.5),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9.5, leading=12),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
}

def x(s):
    return html.escape(s, quote=False).replace("\n", "<br/>")

def rl_flow(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append(Paragraph(x(b[1]), SS["h1"]))
        elif k == "h2":
            out.append(Paragraph(x(b[1]), SS["h2"]))
        elif k == "p":
            out.append(Paragraph(x(b[1]), SS["p"]))
        elif k == "np":
            out.append(Paragraph("%s\u00a0\u00a0%s" % (x(b[1]), x(b[2])), SS["np"]))
        elif k == "small":
            out.append(Paragraph(x(b[1]), SS["small"]))
        elif k == "sp":
            out.append(Spacer(1, b[1] * mm))
        elif k == "br":
            out.append(PageBreak())
        elif k == "table":
            rows, widths = b[1], b[2]
            data = [[Paragraph(x(c), SS["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            out.append(t)
            out.append(Spacer(1, 5 * mm))
    return out

class _NumCanvas(canvas.Canvas):
    """Canvas that knows the paper's page count ("Page X of Y")."""
    footer_left = ""
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()
    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("Helvetica", 8)
            self.drawString(20 * mm, 14 * mm, self.footer_left)
            self.drawRightString(190 * mm, 14 * mm, "Page %d of %d" % (self._pageNumber, n))
            super().showPage()
        super().save()

def reportlab_paper(name, blocks, footer_left="", numbered=True):
    path = BUILD / f"{name}.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=20 * mm, bottomMargin=26 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    if numbered:
        cls = type("C", (_NumCanvas,), {"footer_left": footer_left})
        doc.build(rl_flow(blocks), canvasmaker=cls)
    else:
        doc.build(rl_flow(blocks))
    return path

# ------------------------------------------------------------ LibreOffice (python-docx) papers
def docx_paper(name, blocks, footer_left=""):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(24); sec.bottom_margin = Mm(28)
    fp = sec.footer.paragraphs[0]
    def field(par, code):
        r = par.add_run()
        for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
            e = OxmlElement(tag)
            if attr:
                e.set(qn("w:fldCharType"), attr)
            else:
                e.set(qn("xml:space"), "preserve"); e.text = code
            r._r.append(e)
    fp.add_run(footer_left + "\t\t")
    fp.add_run("Page "); field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)
    for b in blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "np":
            p = d.add_paragraph(b[1] + "\t" + b[2])
            p.paragraph_format.left_indent = Mm(12); p.paragraph_format.first_line_indent = Mm(-12)
        elif k == "small":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(9)
        elif k == "sp":
            d.add_paragraph("")
        elif k == "br":
            d.add_page_break()
        elif k == "table":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j); cell.width = Mm(widths[j])
                    run = cell.paragraphs[0].add_run(c); run.font.size = Pt(9.5); run.bold = (i == 0)
            # repeat the header row
            trPr = t.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
            d.add_paragraph("")
    src = BUILD / f"{name}.docx"
    d.save(src)
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(BUILD), str(src)],
                   check=True, capture_output=True)
    return BUILD / f"{name}.pdf"

# ------------------------------------------------------------ weasyprint (HTML) papers
def html_paper(name, blocks, footer_left=""):
    from weasyprint import HTML
    css = """@page { size: A4; margin: 20mm 22mm 26mm 22mm;
      @bottom-left { content: "%s"; font: 8pt Arial; }
      @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial; } }
      body { font: 11pt/1.55 'DejaVu Sans', Arial, sans-serif; }
      h1 { font-size: 15pt; color: #1f3864; } h2 { font-size: 12pt; color: #1f3864; margin-top: 14pt; }
      table { border-collapse: collapse; width: 100%%; margin: 6pt 0 10pt; }
      th, td { border: 0.5pt solid #888; padding: 3pt 5pt; vertical-align: top; font-size: 10pt; text-align: left; }
      th { background: #e3e8f0; } thead { display: table-header-group; }
      p.np { padding-left: 12mm; text-indent: -12mm; } .brk { page-break after: always; break-after: page; }
      """ % footer_left
    body = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2"):
            body.append(f"<{k}>{html.escape(b[1])}</{k}>")
        elif k == "p":
            body.append(f"<p>{html.escape(b[1])}</p>")
        elif k == "np":
            body.append(f"<p class='np'>{html.escape(b[1])}&#160;&#160;&#160;{html.escape(b[2])}</p>")
        elif k == "small":
            body.append(f"<p style='font-size:9pt'>{html.escape(b[1])}</p>")
        elif k == "sp":
            body.append("<div style='height:%dmm'></div>" % b[1])
        elif k == "br":
            body.append("<div class='brk'></div>")
        elif k == "table":
            rows, widths = b[1], b[2]
            t = ["<table><thead><tr>" + "".join(f"<th style='width:{w}mm'>{html.escape(c)}</th>" for c, w in zip(rows[0], widths)) + "</tr></thead><tbody>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            t.append("</tbody></table>")
            body.append("".join(t))
    doc = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(body)}</body></html>"
    (BUILD / f"{name}.html").write_text(doc, encoding="utf-8")
    path = BUILD / f"{name}.pdf"
    HTML(string=doc).write_pdf(str(path))
    return path

# ------------------------------------------------------------ groff -ms papers
def groff_paper(name, blocks, footer_left=""):
    L = [".nr PS 11", ".nr VS 14", ".nr HY 14", ".hy 14", ".ds CH", ".ds LF %s" % footer_left,
         ".ds RF Page \\\\n[%]", ".ds CF"]
    def t(s):
        s = s.replace("\\", "\\\\")
        return "\\&" + s if s[:1] in ".'" else s
    for b in blocks:
        k = b[0]
        if k == "h1":
            L += [".LP", ".ps 15", ".B \"%s\"" % b[1], ".ps 11", ".sp 0.5"]
        elif k == "h2":
            L += [".SH", t(b[1])]
        elif k == "p":
            L += [".LP", t(b[1])]
        elif k == "np":
            L += [".IP \"%s\" 0.5i" % b[1], t(b[2])]
        elif k == "small":
            L += [".LP", ".ps 9", t(b[1]), ".ps 11"]
        elif k == "sp":
            L += [".sp %dm" % b[1]]
        elif k == "br":
            L += [".bp"]
    src = BUILD / f"{name}.ms"
    src.write_text("\n".join(L) + "\n", encoding="utf-8")
    ps = subprocess.run(["groff", "-k", "-ms", "-Tps", str(src)], capture_output=True, check=True).stdout
    path = BUILD / f"{name}.pdf"
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", "-", str(path)], input=ps, check=True)
    return path

# ------------------------------------------------------------ assembly
def pages_of(path):
    return len(PdfReader(str(path)).pages)

def stamp(writer, offset, banners=None):
    banners = banners or {}
    for i, page in enumerate(writer.pages):
        if i < offset:
            continue
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(w, h))
        c.setFont("Helvetica", 10)
        c.drawCentredString(w / 2, 6 * mm, "Page %d" % (i + 1 - offset))
        if i + 1 in banners:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(20 * mm, h - 10 * mm, banners[i + 1])
        c.save()
        buf.seek(0)
        page.merge_page(PdfReader(buf).pages[0])

def assemble(out, front, papers, offset, banners=None):
    w = PdfWriter()
    for p in front + papers:
        for pg in PdfReader(str(p)).pages:
            w.add_page(pg)
    stamp(w, offset, banners)
    with open(out, "wb") as f:
        w.write(f)

def locate(pack_pdf, labels, items):
    """pack_page of each quotation: the page of its item where its opening words stand."""
    sys.path.insert(0, str(HERE.parent.parent))
    import check_labels as C
    pages = C.rendered_pages.__wrapped__(Path(pack_pdf))
    by = {str(i["number"]): i for i in items}
    for n, lab in enumerate(labels, 1):
        lab["id"] = "Q%d" % n
        it = by[str(lab["item"])]
        head = C.words(lab["text"])[:6]
        for p in range(it["first_page"], it["last_page"] + 1):
            if C.find_in_order(C.words(pages[p - 1]), head) is not None:
                lab["pack_page"] = p
                break
        else:
            print("NOT LOCATED", lab["id"], lab["text"][:50])
    return len(pages)

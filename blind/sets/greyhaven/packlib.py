# Shared machinery for build_packs.py: styles, markers, two-pass page tracking, quote labels.
import json, re, subprocess
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                PageBreak, Table, TableStyle, Flowable, CondPageBreak)

REPORT = json.load(open("report.json"))
LETTER = json.load(open("letter.json"))
RPLACE = {p["label"]: p for p in REPORT["places"]}
LPLACE = {p["label"]: p for p in LETTER["places"]}


def rpage(label):
    return RPLACE[label]["page"]


base = ParagraphStyle("base", fontName="Helvetica", fontSize=12, leading=17, spaceAfter=8)
bold = ParagraphStyle("bold", parent=base, fontName="Helvetica-Bold")
h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=10)
h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=5)
numst = ParagraphStyle("num", parent=base, leftIndent=12 * mm, bulletIndent=0)
bul = ParagraphStyle("bul", parent=base, leftIndent=8 * mm, bulletIndent=2 * mm)
cell = ParagraphStyle("cell", parent=base, fontSize=10.5, leading=13.5, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
centre = ParagraphStyle("centre", parent=base, alignment=1)


def norm(s):
    return " ".join(s.split())


def typo(s):
    return (s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'"))


class Marker(Flowable):
    """Zero-size flowable: records that paper/item `name` starts on this page."""
    def __init__(self, state, item=None, paper=None, banner=None):
        super().__init__()
        self.state, self.item, self.paper, self.banner = state, item, paper, banner

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        n = self.canv.getPageNumber()
        st = self.state
        if self.item is not None:
            st["item_first"].setdefault(self.item, n)
        if self.paper is not None:
            st["paper"] = self.paper
            st["paper_first"].setdefault(self.paper, n)
        if self.banner is not None:
            st["banner"][n] = self.banner


class Pack:
    def __init__(self, name):
        self.name = name
        self.quotes = []
        self.state = None

    # ---- quotation labels -------------------------------------------------
    def Q(self, id, text, item, verdict, citation, section=None, source="report", cited=(),
          pages=(), doc=None, st=None, cd=None, kind="exact", strict=True, note="", concerns=True):
        if not concerns:
            source = None
            section = None
        src_text = None
        if source == "report":
            src_text = RPLACE[section]["text"]
        elif source == "letter":
            src_text = LPLACE[section]["text"]
        if st is None and src_text is not None and verdict[0] in ("verbatim", "out_of_context"):
            # copy the source span the quotation renders
            t = typo(text)
            s = typo(src_text)
            i = s.lower().find(t.lower())
            assert i >= 0, (id, text)
            st = src_text[i:i + len(t)]
        q = {"id": id, "text": text, "concerns": concerns, "item": item, "pack_page": None,
             "verdict": list(verdict), "citation": list(citation), "section": section,
             "source": source, "cited": list(cited), "cited_pages": list(pages),
             "cited_document": doc, "source_text": st, "context_dropped": cd, "kind": kind,
             "strict": strict, "note": note}
        self.quotes.append(q)
        return text


def P(t, style=base):
    return Paragraph(escape(t), style)


def N(num, t):
    return Paragraph(escape(t), numst, bulletText=num)


def BL(t):
    return Paragraph(escape(t), bul, bulletText="•")


def TBL(rows, widths, header=True, fs=None):
    data = []
    for i, r in enumerate(rows):
        st = cellb if (header and i == 0) else cell
        data.append([Paragraph(escape(c), st) for c in r])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0e0e0")))
    t.setStyle(TableStyle(style))
    return t


def pdftext_pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for i in range(1, n + 1):
        out.append(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout)
    return out

"""Shared machinery for build_packs.py: quotation registry, reportlab styles, two-pass build."""
import re, json, subprocess
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Flowable, KeepTogether)

W, H = A4
LQ, RQ = "\u201c", "\u201d"

class Registry:
    def __init__(self):
        self.quotes = []; self.item = None; self.ids = set()
    def q(self, id, text, concerns=True, verdict=("verbatim",), citation=("correct",), section=None,
          source="report", cited=(), cited_pages=(), cited_document=None, source_text=None,
          context_dropped=None, kind="exact", strict=True, note="", marks=(LQ, RQ)):
        assert id not in self.ids, id
        self.ids.add(id)
        d = {"id": id, "text": text, "concerns": concerns, "item": self.item, "pack_page": None,
             "verdict": list(verdict), "citation": list(citation), "section": section,
             "source": source if concerns else None, "cited": list(cited), "cited_pages": list(cited_pages),
             "cited_document": cited_document}
        if source_text is not None: d["source_text"] = source_text
        if context_dropped is not None: d["context_dropped"] = context_dropped
        d.update({"kind": kind, "strict": strict, "note": note})
        self.quotes.append(d)
        return marks[0] + escape(text) + marks[1]

def styles(font="Helvetica", size=10.5):
    bold = {"Times-Roman": "Times-Bold"}.get(font, font + "-Bold")
    S = {}
    S["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.45, spaceAfter=6)
    S["num"] = ParagraphStyle("num", parent=S["body"], leftIndent=10 * mm, firstLineIndent=-10 * mm)
    S["ind"] = ParagraphStyle("ind", parent=S["body"], leftIndent=10 * mm)
    S["h1"] = ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, spaceAfter=8, spaceBefore=2)
    S["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=12, leading=15, spaceAfter=5, spaceBefore=7)
    S["h3"] = ParagraphStyle("h3", fontName=bold, fontSize=size, leading=size * 1.4, spaceAfter=3, spaceBefore=4)
    S["small"] = ParagraphStyle("small", fontName=font, fontSize=8.5, leading=11)
    cs = max(9, size - 1.5)
    S["cell"] = ParagraphStyle("cell", fontName=font, fontSize=cs, leading=cs * 1.3)
    S["cellb"] = ParagraphStyle("cellb", fontName=bold, fontSize=cs, leading=cs * 1.3)
    S["center"] = ParagraphStyle("center", fontName=font, fontSize=size, leading=size * 1.4, alignment=1)
    S["title"] = ParagraphStyle("title", fontName=bold, fontSize=22, leading=28, spaceAfter=10)
    return S

class Marker(Flowable):
    """Zero-size flowable that records which paper/item is current when drawn."""
    def __init__(self, state, key, value):
        super().__init__(); self.state, self.key, self.value = state, key, value
    def wrap(self, aw, ah): return (0, 0)
    def draw(self):
        self.state[self.key] = self.value

def table(rows, widths, S, header=True, font_cell=None):
    st = S["cell"]
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(c, S["cellb"] if (header and i == 0) else st) if isinstance(c, str) else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
    if header: style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
    t.setStyle(TableStyle(style))
    return t

def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip()

def pdf_pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout
            for i in range(1, n + 1)]

def strip_furniture(txt, regexes):
    return "\n".join(l for l in txt.split("\n") if not any(re.match(r, l) for r in regexes))

def locate_quotes(pdf, quotes, items, furniture):
    """Fill pack_page: the page of the item's range on which the quotation starts."""
    pages = [norm(strip_furniture(t, furniture)) for t in pdf_pages(pdf)]
    rng = {it["number"]: (it["first_page"], it["last_page"]) for it in items}
    used = {}
    for qd in quotes:
        a, b = rng[qd["item"]]
        joined = ""; starts = []
        for p in range(a, b + 1):
            starts.append((len(joined), p)); joined += pages[p - 1] + " "
        t = norm(qd["text"])
        key = (qd["item"], t)
        pos = joined.find(t, used.get(key, 0))
        if pos < 0:
            raise SystemExit("quote %s not found in item %s pages %d-%d: %r" % (qd["id"], qd["item"], a, b, t[:60]))
        used[key] = pos + 1
        page = [p for off, p in starts if off <= pos][-1]
        qd["pack_page"] = page
    return len(pages)

"""Small framework for drawing agenda packs with reportlab and labelling their quotations.

A pack is a list of flowables; Item/Paper markers record on which PDF page they are drawn,
so a first pass learns the page ranges, and a second pass prints agenda page ranges and each
paper's own "Page X of Y" footer. Quotations are written through Pack.q(), which returns the
quoted text for the document and records its label; pack_page is found afterwards from
pdftotext of the rendering.
"""
import json
import re
import subprocess
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FONT_DIR + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", FONT_DIR + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS-I", FONT_DIR + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LS-BI", FONT_DIR + "LiberationSans-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-BI")

ST = {
    "body": ParagraphStyle("body", fontName="LS", fontSize=11, leading=15, spaceAfter=7),
    "small": ParagraphStyle("small", fontName="LS", fontSize=9.5, leading=12, spaceAfter=4),
    "cell": ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11.5),
    "cellb": ParagraphStyle("cellb", fontName="LS-B", fontSize=9, leading=11.5),
    "h1": ParagraphStyle("h1", fontName="LS-B", fontSize=15, leading=19, spaceAfter=10, spaceBefore=4),
    "h2": ParagraphStyle("h2", fontName="LS-B", fontSize=12, leading=15, spaceAfter=6, spaceBefore=8),
    "title": ParagraphStyle("title", fontName="LS-B", fontSize=22, leading=27, spaceAfter=14),
    "center": ParagraphStyle("center", fontName="LS", fontSize=11, leading=15, alignment=TA_CENTER),
    "banner": ParagraphStyle("banner", fontName="LS-B", fontSize=14, leading=17, alignment=TA_RIGHT,
                             spaceAfter=14),
    "indent": ParagraphStyle("indent", fontName="LS", fontSize=11, leading=15, spaceAfter=7,
                             leftIndent=22),
    "mono": ParagraphStyle("mono", fontName="LS", fontSize=10.5, leading=14, spaceAfter=6),
}


def words(text):
    text = text.lower().replace("’", "'").replace("‘", "'")
    return re.findall(r"[a-z0-9£%]+(?:['.,][a-z0-9]+)*", text)


class Marker(Flowable):
    """Zero-size flowable that records the page it is drawn on."""
    def __init__(self, pack, kind, key):
        super().__init__()
        self.pack, self.kind, self.key = pack, kind, key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        self.pack.seen.setdefault((self.kind, self.key), page)
        if self.kind == "paper":
            self.pack.current_paper = self.key
        if self.kind == "nopaper":
            self.pack.current_paper = None


class Pack:
    def __init__(self, name, title, publisher, offset):
        self.name, self.title, self.publisher, self.offset = name, title, publisher, offset
        self.flow = []
        self.quotes = []
        self.item = None
        self.items = []          # (number, title)
        self.seen = {}           # (kind, key) -> page
        self.prev = {}           # from pass 1
        self.page_paper = {}     # page -> paper key
        self.current_paper = None
        self.blank = []

    # ---- building -----------------------------------------------------------------
    def add(self, *fl):
        self.flow.extend(fl)

    def p(self, text, style="body"):
        self.flow.append(Paragraph(text, ST[style]))

    def h1(self, text):
        self.p(text, "h1")

    def h2(self, text):
        self.p(text, "h2")

    def sp(self, h=0.3):
        self.flow.append(Spacer(1, h * cm))

    def new_page(self):
        self.flow.append(PageBreak())

    def start_item(self, number, title):
        self.item = number
        self.items.append((number, title))
        self.flow.append(Marker(self, "item", number))

    def start_paper(self, key):
        self.flow.append(Marker(self, "paper", key))

    def end_paper(self):
        pass  # the next paper's marker (or a blank page) ends it

    def blank_page(self, text="This page is intentionally left blank"):
        self.new_page()
        self.end_paper()
        self.flow.append(Marker(self, "blank", len(self.blank)))
        self.blank.append(text)
        self.sp(11)
        self.p(text, "center")

    def table(self, rows, widths, header=True, style="cell"):
        data = []
        for i, row in enumerate(rows):
            st = ST["cellb"] if (header and i == 0) else ST[style]
            data.append([Paragraph(c, st) for c in row])
        t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if header else 0)
        ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9)]
        if header:
            ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ef")))
        t.setStyle(TableStyle(ts))
        self.flow.append(t)
        self.sp(0.3)

    def q(self, text, verdict, citation, section=None, source="report", cited=(), pages=(),
          document=None, source_text=None, context_dropped=None, kind="exact", strict=True,
          note="", marks="“”"):
        """Record a quotation that concerns the sources; return it quoted for the text."""
        label = {"id": f"Q{len(self.quotes) + 1}", "text": text, "concerns": True,
                 "item": self.item, "pack_page": None, "verdict": list(verdict),
                 "citation": list(citation), "section": section,
                 "source": source if verdict[0] != "not_found" else None,
                 "cited": list(cited), "cited_pages": list(pages), "cited_document": document,
                 "kind": kind, "strict": strict, "note": note}
        if source_text:
            label["source_text"] = source_text
        if context_dropped:
            label["context_dropped"] = context_dropped
        self.quotes.append(label)
        return f"{marks[0]}{escape(text)}{marks[1]}"

    def nq(self, text, note, marks="“”"):
        """A quotation of something that is not one of the sources."""
        self.quotes.append({"id": f"Q{len(self.quotes) + 1}", "text": text, "concerns": False,
                            "item": self.item, "pack_page": None, "verdict": [], "citation": [],
                            "section": None, "source": None, "cited": [], "cited_pages": [],
                            "cited_document": "other", "kind": "not_about_sources",
                            "strict": True, "note": note})
        return f"{marks[0]}{escape(text)}{marks[1]}"

    # ---- page furniture ------------------------------------------------------------
    def printed(self, page):
        return page - self.offset

    def item_range(self, number):
        """Printed page range of an item, from pass 1."""
        first = self.prev.get(("item", number))
        if first is None:
            return "(Pages 00 - 00)"
        last = self.prev_item_last.get(number, first)
        a, b = self.printed(first), self.printed(last)
        return f"(Pages {a} - {b})"

    def paper_pages(self, key):
        pages = sorted(p for p, k in self.prev_page_paper.items() if k == key)
        return pages

    def on_page_end(self, canv, doc):
        page = canv.getPageNumber()
        self.page_paper[page] = self.current_paper
        canv.saveState()
        canv.setFont("LS", 9)
        w, _ = A4
        if self.publisher == "modern.gov":
            if page > self.offset:
                canv.drawCentredString(w / 2, 1.0 * cm, f"Page {self.printed(page)}")
        else:
            canv.drawCentredString(w / 2, 1.0 * cm, f"{page}")
        key = self.current_paper
        if key and getattr(self, "prev_page_paper", None):
            pages = self.paper_pages(key)
            if page in pages and self.paper_footers.get(key):
                canv.setFont("LS", 8)
                canv.drawRightString(w - 2.2 * cm, 1.6 * cm,
                                     f"Page {pages.index(page) + 1} of {len(pages)}")
                canv.drawString(2.2 * cm, 1.6 * cm, self.paper_footers[key])
        canv.restoreState()

    # ---- rendering -----------------------------------------------------------------
    def render(self, build, path):
        """build(pack) fills self.flow; run it twice (page ranges, then the real thing)."""
        self.prev_item_last = {}
        self.prev_page_paper = {}
        self.paper_footers = {}
        for _ in range(2):
            self.flow, self.quotes, self.items, self.seen, self.page_paper = [], [], [], {}, {}
            self.blank, self.current_paper, self.item = [], None, None
            build(self)
            doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                                  topMargin=2.0 * cm, bottomMargin=2.4 * cm, title=self.title,
                                  author="Larchmere City Council")
            frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
            doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=self.on_page_end)])
            doc.build(self.flow)
            first_pages = {k[1]: v for k, v in self.seen.items() if k[0] == "item"}
            order = sorted(first_pages.items(), key=lambda kv: kv[1])
            total = max(self.page_paper)
            new_last = {}
            for i, (num, first) in enumerate(order):
                nxt = order[i + 1][1] - 1 if i + 1 < len(order) else total
                new_last[num] = max(first, nxt)
            stable = (self.prev == self.seen and self.prev_item_last == new_last
                      and self.prev_page_paper == self.page_paper)
            if self.publisher == "modern.gov":
                self.offset = min(first_pages.values()) - 1   # the frontsheet is not stamped
            self.prev, self.prev_item_last = dict(self.seen), new_last
            self.prev_page_paper = dict(self.page_paper)
        self.total = total
        return stable

    def locate(self, path):
        """Fill pack_page of every quotation from pdftotext of the rendering."""
        n = self.total
        pages = []
        for p in range(1, n + 1):
            t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), path, "-"],
                               capture_output=True, text=True).stdout
            pages.append(words(t))
        flat, where = [], []
        for i, ws in enumerate(pages, 1):
            flat.extend(ws)
            where.extend([i] * len(ws))
        problems = []
        used = set()
        for qt in self.quotes:
            first = self.prev[("item", qt["item"])]
            last = self.prev_item_last[qt["item"]]
            qw = words(qt["text"])
            hit = None
            for i in range(len(flat) - len(qw) + 1):
                if first <= where[i] <= last and flat[i:i + len(qw)] == qw and i not in used:
                    hit = i
                    break
            if hit is None:
                problems.append(f"{qt['id']} not found: {qt['text'][:50]}")
                continue
            used.add(hit)
            qt["pack_page"] = where[hit]
            head = qw[:6]
            if where[hit + len(head) - 1] != where[hit]:
                problems.append(f"{qt['id']} head crosses a page: {qt['text'][:50]}")
        self.page_words = pages
        return problems

    def labels(self, sources, furniture):
        items = []
        for num, title in self.items:
            if ("item", num) in self.prev:
                items.append({"number": num, "title": title, "first_page": self.prev[("item", num)],
                              "last_page": self.prev_item_last[num]})
        blank_pages = sorted(v for k, v in self.prev.items() if k[0] == "blank")
        return {"pack": self.name, "title": self.title, "publisher": self.publisher,
                "pages": self.total, "printed_page_offset": self.offset, "sources": sources,
                "furniture": furniture, "image_only_pages": [], "blank_pages": blank_pages,
                "agenda": [{"number": n, "title": t, "papers": ("item", n) in self.prev}
                           for n, t in self.agenda],
                "items": items, "quotes": self.quotes}

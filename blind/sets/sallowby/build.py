#!/opt/blindtools/bin/python
"""Build the Sallowby report and letter.

    /opt/blindtools/bin/python build.py

Reads report_src.txt and letter_src.txt (the authored text), lays the report out as a
desktop-publishing export would be (two justified columns, every word placed by its own
drawString at a computed x, a coloured chapter band on each page, page numbers at the outer
margin, pull-quotes in tinted boxes, footnotes at the foot of the column) and writes
report.pdf and letter.pdf, then report.json and letter.json with each place's page as laid out.
"""
import json
import re
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
LATO = "/usr/share/fonts/truetype/lato/"
for name, file in [("Lato", "Lato-Regular.ttf"), ("Lato-Bold", "Lato-Bold.ttf"),
                   ("Lato-Italic", "Lato-Italic.ttf"), ("Lato-Black", "Lato-Black.ttf"),
                   ("Lato-Light", "Lato-Light.ttf"), ("Lato-Semibold", "Lato-Semibold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, LATO + file))

TITLE = "Best Value Inspection of Sallowby City Council"
W, H = 595.28, 841.89
INNER, OUTER = 58, 46
GUTTER = 20
COLW = (W - INNER - OUTER - GUTTER) / 2
BAND_H = 34
BODY_TOP = H - BAND_H - 36
BODY_BOTTOM = 62
TEAL = HexColor("#00626b")
TINT = HexColor("#dcefee")
DARK = HexColor("#1d2b36")
GREY = HexColor("#5b6770")

BODY_FONT, BODY_SIZE, LEADING = "Lato", 10.5, 15.4
NUM_FONT = "Lato-Black"
FN_SIZE, FN_LEAD = 7.2, 9
PARA_GAP = 0             # paragraphs are marked by their bold numbers, not by space
PAGE_OFFSET = 2          # cover and contents are not numbered; printed page 1 is PDF page 3


def sw(text, font=BODY_FONT, size=BODY_SIZE):
    return pdfmetrics.stringWidth(text, font, size)


# ------------------------------------------------------------------ source

def parse_source(path):
    blocks, chapter, heading = [], None, None
    number, fn_number = 0, 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        tag, _, rest = raw.partition(" ")
        if tag == "CH":
            chapter, heading = rest, None
            blocks.append({"type": "chapter", "title": rest})
        elif tag == "H":
            heading = rest
            blocks.append({"type": "heading", "text": rest})
        elif tag in ("P", "FW", "R", "A"):
            if tag == "P":
                number += 1
                label, kind, text = str(number), ("summary" if False else "paragraph"), rest
            elif tag == "FW":
                label, kind, text = "foreword", "foreword", rest
            else:
                label, text = rest.split("|", 1)
                kind = "recommendation" if tag == "R" else "annex"
            # footnotes: {fn:...} -> call after the preceding word
            notes = []
            def repl(m):
                nonlocal fn_number
                fn_number += 1
                notes.append({"number": fn_number, "text": m.group(1)})
                return f"\u0001{fn_number}\u0002"
            marked = re.sub(r"\{fn:([^}]*)\}", repl, text)
            plain = re.sub(r"\u0001\d+\u0002", "", marked)
            blocks.append({"type": "place", "tag": tag, "label": label, "kind": kind,
                           "chapter": chapter, "heading": heading, "text": plain,
                           "marked": marked, "notes": notes})
        elif tag == "PQ":
            blocks.append({"type": "pullquote", "text": rest})
        elif tag == "TABLE":
            label, caption, *rows = rest.split("|")
            rows = [r.split(";") for r in rows]
            blocks.append({"type": "table", "label": label, "caption": caption, "rows": rows,
                           "chapter": chapter, "heading": heading})
        else:
            raise SystemExit(f"unknown line: {raw}")
    return blocks


# ------------------------------------------------------------------ layout

class Page:
    def __init__(self, number, band):
        self.number = number            # PDF page, 1-based
        self.band = band
        self.ops = []                   # drawing operations

    @property
    def printed(self):
        return self.number - PAGE_OFFSET

    def text(self, x, y, s, font=BODY_FONT, size=BODY_SIZE, color=DARK):
        self.ops.append(("text", x, y, s, font, size, color))

    def rect(self, x, y, w, h, color):
        self.ops.append(("rect", x, y, w, h, color))

    def line(self, x1, y1, x2, y2, color, width=0.5):
        self.ops.append(("line", x1, y1, x2, y2, color, width))


class Layout:
    def __init__(self):
        self.pages = []
        self.col = 0
        self.y = None
        self.band = ""
        self.fn_reserve = 0.0
        self.col_notes = []
        self.top = BODY_TOP

    # page and column geometry
    def col_x(self, col=None, page=None):
        col = self.col if col is None else col
        page = page or self.page
        left = INNER if page.printed % 2 == 1 else OUTER     # odd printed pages are right-hand
        return left + col * (COLW + GUTTER)

    def new_page(self, band=None, top=BODY_TOP):
        self.flush_notes()
        if band is not None:
            self.band = band
        self.page = Page(len(self.pages) + 1, self.band)
        self.pages.append(self.page)
        self.col, self.y, self.top = 0, top, top
        self.fn_reserve, self.col_notes = 0.0, []

    def next_column(self):
        self.flush_notes()
        if self.col == 0:
            self.col, self.y = 1, self.top
            self.fn_reserve, self.col_notes = 0.0, []
        else:
            self.new_page(top=BODY_TOP)

    def room(self, height, extra_reserve=0.0):
        return self.y - height >= BODY_BOTTOM + self.fn_reserve + extra_reserve

    def ensure(self, height):
        if not self.room(height):
            self.next_column()

    # footnotes at the foot of the column
    def note_height(self, note):
        lines = wrap(f"{note['number']}  {note['text']}", COLW, "Lato", FN_SIZE)
        return len(lines) * FN_LEAD + 3

    def flush_notes(self):
        if not self.col_notes:
            return
        x = self.col_x()
        y = BODY_BOTTOM + self.fn_reserve - 8
        self.page.line(x, y + 6, x + 60, y + 6, GREY, 0.5)
        for note in self.col_notes:
            lines = wrap(f"{note['number']}  {note['text']}", COLW, "Lato", FN_SIZE)
            for ln in lines:
                y -= FN_LEAD
                draw_words(self.page, x, y + 2, ln.split(" "), COLW, "Lato", FN_SIZE, False, GREY)
        self.col_notes = []


def wrap(text, width, font, size):
    out, line = [], []
    for word in text.split(" "):
        trial = " ".join(line + [word])
        if line and sw(trial, font, size) > width:
            out.append(" ".join(line))
            line = [word]
        else:
            line.append(word)
    if line:
        out.append(" ".join(line))
    return out


def draw_words(page, x, y, words_, width, font, size, justify, color=DARK, fonts=None):
    """Place each word by its own drawString, spreading the space when justified."""
    fonts = fonts or [font] * len(words_)
    widths = [sw(w, f, size) for w, f in zip(words_, fonts)]
    space = sw(" ", font, size)
    gap = space
    if justify and len(words_) > 1:
        gap = (width - sum(widths)) / (len(words_) - 1)
        if gap > space * 4.5:
            gap = space
    for w, f, wd in zip(words_, fonts, widths):
        page.text(x, y, w, f, size, color)
        x += wd + gap


# tokens of a paragraph: (display word, font, footnote number or None)
def tokens_of(place):
    out = []
    if place["tag"] == "P":
        out.append((place["label"], NUM_FONT, None))
    elif place["tag"] in ("R", "A"):
        out.append((place["label"], NUM_FONT, None))
    for word in place["marked"].split(" "):
        m = re.match(r"^(.*?)\u0001(\d+)\u0002(.*)$", word)
        if m:
            out.append((m.group(1) + m.group(3), BODY_FONT, int(m.group(2))))
        else:
            out.append((word, BODY_FONT, None))
    return out


def token_width(tok):
    word, font, fn = tok
    w = sw(word, font, BODY_SIZE)
    if fn:
        w += sw(str(fn), BODY_FONT, 6.5) + 0.5
    return w


def layout_place(lay, place, placed):
    toks = tokens_of(place)
    space = sw(" ")
    # break into lines
    lines, line, width = [], [], 0.0
    for tok in toks:
        tw = token_width(tok)
        if line and width + space + tw > COLW:
            lines.append(line)
            line, width = [tok], tw
        else:
            width = width + (space if line else 0) + tw
            line.append(tok)
    lines.append(line)
    # keep a short paragraph in one column; a long one keeps at least two lines together
    lay.ensure(LEADING * (len(lines) if len(lines) <= 6 else 2) + 4)
    first = True
    for i, ln in enumerate(lines):
        notes = [place_note(place, t[2]) for t in ln if t[2]]
        extra = sum(lay.note_height(n) for n in notes) + (10 if notes and not lay.col_notes else 0)
        if not lay.room(LEADING, extra):
            lay.next_column()
        if first:
            placed[id(place)] = lay.page.number
            first = False
        for n in notes:
            lay.fn_reserve += lay.note_height(n) + (10 if not lay.col_notes else 0)
            lay.col_notes.append(n)
            n["page"] = lay.page.number
        lay.y -= LEADING
        justify = i < len(lines) - 1
        x = lay.col_x()
        widths = [token_width(t) for t in ln]
        gap = space
        if justify and len(ln) > 1:
            gap = (COLW - sum(widths)) / (len(ln) - 1)
            if gap > space * 4.5:
                gap = space
        for tok, wd in zip(ln, widths):
            word, font, fn = tok
            color = TEAL if font == NUM_FONT else DARK
            lay.page.text(x, lay.y, word, font, BODY_SIZE, color)
            if fn:
                lay.page.text(x + sw(word, font, BODY_SIZE) + 0.5, lay.y + 4, str(fn),
                              BODY_FONT, 6.5, TEAL)
            x += wd + gap
    lay.y -= PARA_GAP


def place_note(place, number):
    return next(n for n in place["notes"] if n["number"] == number)


def layout_heading(lay, text):
    lay.ensure(LEADING * 4)
    lay.y -= 6
    lines = wrap(text, COLW, "Lato-Bold", 11.5)
    for ln in lines:
        lay.y -= 14
        draw_words(lay.page, lay.col_x(), lay.y, ln.split(" "), COLW, "Lato-Bold", 11.5, False, TEAL)
    lay.y -= 6


def layout_pullquote(lay, text):
    lines = wrap("\u201c" + text + "\u201d", COLW - 24, "Lato-Italic", 13)
    height = len(lines) * 17 + 22
    lay.ensure(height + 8)
    x = lay.col_x()
    lay.y -= 4
    lay.page.rect(x, lay.y - height, COLW, height, TINT)
    lay.page.rect(x, lay.y - height, 3, height, TEAL)
    y = lay.y - 8
    for ln in lines:
        y -= 17
        draw_words(lay.page, x + 12, y + 4, ln.split(" "), COLW - 24, "Lato-Italic", 13, False, TEAL)
    lay.y -= height + 12


def layout_table(lay, table):
    rows = table["rows"]
    ncols = len(rows[0])
    size = 8
    first_w = COLW - (ncols - 1) * 38
    widths = [first_w] + [38] * (ncols - 1)
    # caption
    cap = wrap(table["caption"], COLW, "Lato-Bold", 9)
    row_lines = [[wrap(cell, widths[j] - 6, "Lato-Bold" if r == 0 else "Lato", size)
                  for j, cell in enumerate(row)] for r, row in enumerate(rows)]
    heights = [max(len(c) for c in rl) * 10 + 6 for rl in row_lines]
    total = len(cap) * 12 + sum(heights) + 10
    lay.ensure(total)
    x0 = lay.col_x()
    lay.y -= 2
    for ln in cap:
        lay.y -= 12
        draw_words(lay.page, x0, lay.y, ln.split(" "), COLW, "Lato-Bold", 9, False, DARK)
    lay.y -= 4
    for r, (rl, h) in enumerate(zip(row_lines, heights)):
        if r == 0:
            lay.page.rect(x0, lay.y - h, COLW, h, TEAL)
        elif r % 2 == 0:
            lay.page.rect(x0, lay.y - h, COLW, h, TINT)
        x = x0
        for j, cell_lines in enumerate(rl):
            y = lay.y - 2
            for ln in cell_lines:
                y -= 10
                color = white if r == 0 else DARK
                font = "Lato-Bold" if r == 0 else "Lato"
                if j == 0:
                    draw_words(lay.page, x + 3, y, ln.split(" "), widths[j] - 6, font, size, False, color)
                else:   # figures right-aligned
                    lay.page.text(x + widths[j] - 3 - sw(ln, font, size), y, ln, font, size, color)
            x += widths[j]
        lay.y -= h
    lay.page.line(x0, lay.y, x0 + COLW, lay.y, TEAL, 0.8)
    lay.y -= 12


def layout_chapter(lay, title):
    # every chapter opens on a right-hand (odd) page under a coloured panel; a left-hand page
    # left over before it is printed blank, as in the designed original
    lay.new_page(band=title)
    if lay.page.printed % 2 == 0 and lay.page.printed > 0:
        lay.page.blank = True
        lay.new_page(band=title)
    panel_bottom = H * 0.50
    lay.page.rect(0, panel_bottom, W, H - BAND_H - panel_bottom, TINT)
    m = re.match(r"^(\d+|Annex [A-Z])\s+(.*)$", title)
    left = lay.col_x(0)
    y = panel_bottom + 40
    if m:
        lay.page.text(left, y + 70, m.group(1), "Lato-Black", 64, TEAL)
        rest = m.group(2)
    else:
        rest = title
    lines = wrap(rest, W - INNER - OUTER, "Lato-Light", 30)
    yy = y + 30 - 34 * (len(lines) - 1)
    for ln in lines:
        draw_words(lay.page, left, yy, ln.split(" "), 400, "Lato-Light", 30, False, DARK)
        yy -= 34
    lay.top = panel_bottom - 22
    lay.y = lay.top


def render(pages, contents, path):
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle(TITLE)
    c.setAuthor("Best Value inspection team")
    c.setCreator("Affinity Publisher 2.5")
    draw_cover(c)
    c.showPage()
    draw_contents(c, contents)
    c.showPage()
    for page in pages[2:]:
        if getattr(page, "blank", False):
            c.setFillColor(GREY)
            c.setFont("Lato", 9)
            c.drawCentredString(W / 2, H / 2, "This page is intentionally left blank")
            c.setFont("Lato-Bold", 9)
            c.drawString(OUTER, 30, str(page.printed))
            c.showPage()
            continue
        # chapter band
        c.setFillColor(TEAL)
        c.rect(0, H - BAND_H, W, BAND_H, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Lato-Semibold", 9.5)
        if page.printed % 2 == 1:
            c.drawRightString(W - OUTER, H - BAND_H + 12, page.band)
        else:
            c.drawString(OUTER, H - BAND_H + 12, page.band)
        for op in page.ops:
            if op[0] == "text":
                _, x, y, s, font, size, color = op
                c.setFillColor(color)
                c.setFont(font, size)
                c.drawString(x, y, s)
            elif op[0] == "rect":
                _, x, y, w, h, color = op
                c.setFillColor(color)
                c.rect(x, y, w, h, stroke=0, fill=1)
            elif op[0] == "line":
                _, x1, y1, x2, y2, color, width = op
                c.setStrokeColor(color)
                c.setLineWidth(width)
                c.line(x1, y1, x2, y2)
        # page number at the outer margin
        c.setFillColor(TEAL)
        c.setFont("Lato-Bold", 9)
        if page.printed % 2 == 1:
            c.drawRightString(W - OUTER, 30, str(page.printed))
        else:
            c.drawString(OUTER, 30, str(page.printed))
        c.showPage()
    c.save()


def draw_cover(c):
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(HexColor("#0a7c86"))
    c.rect(0, 0, W, 260, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Lato-Light", 34)
    c.drawString(56, H - 260, "Best Value Inspection of")
    c.setFont("Lato-Black", 34)
    c.drawString(56, H - 302, "Sallowby City Council")
    c.setFont("Lato", 13)
    c.drawString(56, H - 350, "Report of the inspection team")
    c.drawString(56, H - 370, "May 2025")
    c.setFont("Lato", 9)
    c.drawString(56, 60, "Presented to the Secretary of State for Housing, Communities and Local Government")


def draw_contents(c, contents):
    c.setFillColor(DARK)
    c.setFont("Lato-Light", 30)
    c.drawString(56, H - 120, "Contents")
    y = H - 170
    for title, printed in contents:
        c.setFont("Lato", 12)
        c.setFillColor(DARK)
        c.drawString(56, y, title)
        c.setFillColor(TEAL)
        c.setFont("Lato-Bold", 12)
        c.drawRightString(W - 56, y, str(printed))
        c.setStrokeColor(TINT)
        c.line(56, y - 6, W - 56, y - 6)
        y -= 26
    c.setFillColor(GREY)
    c.setFont("Lato", 8.5)
    y -= 30
    for ln in ["© Crown copyright 2025",
               "This publication is licensed under the terms of the Open Government Licence v3.0.",
               "This report was produced by the inspection team appointed under section 10 of",
               "the Local Government Act 1999. Paragraphs are numbered throughout the report."]:
        c.drawString(56, y, ln)
        y -= 12


def build_report():
    blocks = parse_source(HERE / "report_src.txt")
    lay = Layout()
    # cover and contents are drawn separately; reserve their page numbers
    lay.pages = [Page(1, ""), Page(2, "")]
    placed = {}
    contents = []
    for b in blocks:
        if b["type"] == "chapter":
            layout_chapter(lay, b["title"])
            contents.append((b["title"], lay.page.printed))
        elif b["type"] == "heading":
            layout_heading(lay, b["text"])
        elif b["type"] == "place":
            layout_place(lay, b, placed)
        elif b["type"] == "pullquote":
            layout_pullquote(lay, b["text"])
        elif b["type"] == "table":
            b["marked"] = ""
            lay.ensure(40)
            placed[id(b)] = lay.page.number
            layout_table(lay, b)
            placed[id(b)] = lay.page.number
    lay.flush_notes()
    render(lay.pages, contents, HERE / "report.pdf")

    places, footnotes = [], []
    for b in blocks:
        if b["type"] == "place":
            places.append({"label": b["label"], "kind": b["kind"], "chapter": b["chapter"],
                           "heading": b["heading"], "page": placed[id(b)], "text": b["text"]})
            for n in b["notes"]:
                footnotes.append({"number": n["number"], "page": n["page"], "text": n["text"]})
        elif b["type"] == "table":
            places.append({"label": b["label"], "kind": "table", "chapter": b["chapter"],
                           "heading": b["heading"], "page": placed[id(b)],
                           "text": " ".join(cell for row in b["rows"] for cell in row)})
    data = {"title": TITLE, "kind": "report", "file": "report.pdf",
            "producer": "reportlab canvas, word-by-word drawString (desktop-publishing style)",
            "numbering": "sequential", "page_offset": PAGE_OFFSET,
            "furniture": ["chapter name in the coloured band at the top of each page",
                          "printed page number at the outer margin (N)"],
            "places": places, "footnotes": footnotes}
    (HERE / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(f"report.pdf: {len(lay.pages)} pages, {len(places)} places, {len(footnotes)} footnotes")


# ------------------------------------------------------------------ letter

def build_letter():
    src = (HERE / "letter_src.txt").read_text(encoding="utf-8")
    meta, body = {}, []
    for raw in src.splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        key, _, rest = raw.partition(" ")
        if key in ("DATE", "TO", "FROM", "REF", "SIGN", "SALUTE", "TITLE", "SUBJ"):
            meta.setdefault(key, []).append(rest)
        elif key == "P":
            body.append(rest)
    c = canvas.Canvas(str(HERE / "letter.pdf"), pagesize=(W, H))
    c.setTitle(meta["TITLE"][0])
    c.setCreator("Microsoft Word - letter template")
    left, width = 72, W - 144
    size, lead = 11, 15
    pages, placed = 1, []

    def header_first():
        c.setFillColor(DARK)
        c.setFont("Lato-Bold", 12)
        c.drawString(left, H - 70, "Ministry of Housing,")
        c.drawString(left, H - 85, "Communities & Local Government")
        c.setFont("Lato", 9)
        y = H - 70
        for ln in meta["FROM"]:
            c.drawRightString(W - 72, y, ln)
            y -= 11.5

    header_first()
    y = H - 170
    c.setFont("Lato", size)
    for ln in meta["TO"]:
        c.drawString(left, y, ln)
        y -= lead
    y -= lead
    c.drawString(left, y, meta["DATE"][0])
    y -= 2 * lead
    c.drawString(left, y, meta["SALUTE"][0])
    y -= 1.6 * lead
    c.setFont("Lato-Bold", size)
    for ln in wrap(meta["SUBJ"][0], width, "Lato-Bold", size):
        y -= lead
        c.drawString(left, y, ln)
    y -= 0.6 * lead
    for i, para in enumerate(body, 1):
        lines = wrap(para, width, "Lato", size)
        if y - lead * min(2, len(lines)) < 80:
            c.setFont("Lato", 8)
            c.drawCentredString(W / 2, 40, f"{pages}")
            c.showPage()
            pages += 1
            y = H - 80
        placed.append(pages)
        for j, ln in enumerate(lines):
            if y - lead < 70:
                c.setFont("Lato", 8)
                c.drawCentredString(W / 2, 40, f"{pages}")
                c.showPage()
                pages += 1
                y = H - 80
            y -= lead
            x = left
            c.setFont("Lato", size)
            c.setFillColor(DARK)
            c.drawString(x, y, ln)
        y -= 0.6 * lead
    y -= lead
    c.drawString(left, y, meta["SIGN"][0])
    y -= 3 * lead
    for ln in meta["SIGN"][1:]:
        c.setFont("Lato-Bold" if ln == meta["SIGN"][1] else "Lato", size)
        c.drawString(left, y, ln)
        y -= lead
    c.setFont("Lato", 8)
    c.drawCentredString(W / 2, 40, f"{pages}")
    c.showPage()
    c.save()
    places = [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
               "page": p, "text": t} for i, (t, p) in enumerate(zip(body, placed), 1)]
    data = {"title": meta["TITLE"][0], "kind": "letter", "file": "letter.pdf",
            "producer": "reportlab canvas (line by line)", "numbering": "unnumbered",
            "page_offset": 0, "furniture": ["N (page number, bottom centre)"],
            "places": places, "footnotes": []}
    (HERE / "letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(f"letter.pdf: {pages} pages, {len(places)} places")


if __name__ == "__main__":
    build_report()
    if (HERE / "letter_src.txt").exists():
        build_letter()

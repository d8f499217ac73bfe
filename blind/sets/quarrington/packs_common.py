"""Drawing machinery shared by the two packs (fpdf2). Content lives in pack_cabinet.py and pack_scrutiny.py."""
import io, json, random, re, subprocess, sys, tempfile
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as ck

FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-%s.ttf"


class Pack(FPDF):
    def __init__(self, publisher, offset):
        super().__init__(format="A4", unit="mm")
        self.publisher, self.offset = publisher, offset
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, FONT % f)
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 24)
        self.paper = None            # (title, first_page, total) of the paper now being drawn
        self.paper_totals = {}
        self.stamp = True
        self.no_footer = set()

    def footer(self):
        n = self.page_no()
        if n in self.no_footer:
            return
        self.set_font("LS", "", 8.5)
        if self.publisher == "CMIS":
            if self.paper:
                title, first = self.paper
                total = self.paper_totals.get(title, "?")
                self.set_xy(22, -16)
                self.cell(0, 4, f"Page {n - first + 1} of {total}", align="R")
            if n > 1:
                self.set_font("LS", "B", 10)
                self.set_xy(0, -11)
                self.cell(210, 5, f"{n}", align="C")
        else:
            if n > self.offset:
                self.set_font("LS", "", 10)
                self.set_xy(0, -13)
                self.cell(210, 5, f"Page {n - self.offset}", align="C")


class Doc:
    """Draws blocks, and remembers on which pages items and papers start."""

    def __init__(self, publisher, offset, totals=None):
        self.pdf = Pack(publisher, offset)
        self.pdf.paper_totals = totals or {}
        self.items = {}          # number -> [first, last]
        self.item = None
        self.paper_pages = {}    # paper title -> [first, last]
        self.lh = 6.3

    # ---- structure
    def new_page(self):
        self.pdf.add_page()
        self._touch()

    def _touch(self):
        n = self.pdf.page_no()
        if self.item:
            self.items[self.item][1] = n
        if self.pdf.paper:
            self.paper_pages[self.pdf.paper[0]][1] = n

    def start_item(self, number):
        self.end_paper()
        self.item = number
        self.pdf.add_page()
        self.items[number] = [self.pdf.page_no(), self.pdf.page_no()]

    def end_item(self):
        self.end_paper()
        self.item = None

    def start_paper(self, title, new_page=True):
        self.end_paper()
        if new_page and self.pdf.page_no() in self.paper_pages_used():
            self.pdf.add_page()
        n = self.pdf.page_no()
        self.pdf.paper = (title, n)
        self.paper_pages[title] = [n, n]
        self._touch()

    def paper_pages_used(self):
        return {p for a, b in self.paper_pages.values() for p in range(a, b + 1)}

    def end_paper(self):
        if self.pdf.paper:
            self._touch()
        self.pdf.paper = None

    # ---- blocks
    def h(self, text, size=13, style="B", space=3):
        self.pdf.set_font("LS", style, size)
        self.pdf.ln(space)
        self.pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1.5)
        self._touch()

    def p(self, text, size=11.5, style="", indent=0, align="L", after=2.6):
        self.pdf.set_font("LS", style, size)
        if indent:
            self.pdf.set_x(self.pdf.l_margin + indent)
        self.pdf.multi_cell(0, self.lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(after)
        self._touch()

    def np(self, num, text, size=11.5, width=12):
        """A numbered paragraph: the number in the margin column."""
        self.pdf.set_font("LS", "", size)
        if self.pdf.will_page_break(self.lh * 2):
            self.pdf.add_page()
        y = self.pdf.get_y()
        self.pdf.set_x(self.pdf.l_margin)
        self.pdf.cell(width, self.lh, num)
        self.pdf.set_xy(self.pdf.l_margin + width, y)
        self.pdf.multi_cell(0, self.lh, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2.6)
        self._touch()

    def bullet(self, text, size=11.5, mark="\u2022"):
        self.np(mark, text, size=size, width=7)

    def table(self, rows, widths, size=9.5, header=True, lh=4.8):
        self.pdf.set_font("LS", "", size)
        style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
        with self.pdf.table(col_widths=widths, text_align="LEFT", line_height=lh,
                            headings_style=style, first_row_as_headings=header,
                            padding=1.6) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    if isinstance(c, tuple):
                        row.cell(c[0], colspan=c[1])
                    else:
                        row.cell(c)
        self.pdf.ln(3)
        self._touch()

    def cols2(self, paras, size=10):
        self.pdf.set_font("LS", "", size)
        with self.pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15) as cols:
            for para in paras:
                bold = para.startswith("**")
                txt = para.strip("*")
                if bold:
                    self.pdf.set_font("LS", "B", size)
                cols.write(txt)
                if bold:
                    self.pdf.set_font("LS", "", size)
                cols.ln()
                cols.ln()
        self._touch()

    def banner(self, text):
        """modern.gov's 'Agenda Item N' box, top right of an item's first page."""
        pdf = self.pdf
        pdf.set_font("LS", "B", 12)
        w = pdf.get_string_width(text) + 10
        pdf.set_xy(210 - 22 - w, 10)
        pdf.set_fill_color(255, 255, 255)
        pdf.cell(w, 8, text, border=1, align="C")
        pdf.set_xy(pdf.l_margin, 24)

    def image_page(self, png):
        self.pdf.add_page()
        self.pdf.no_footer.add(self.pdf.page_no())
        self.pdf.image(png, x=0, y=0, w=210, h=297)
        self._touch()


def scan_image(draw, stamp, out_png, seed=3):
    """Render a page with fpdf2, rasterise it, and make it look scanned (grey, skewed, specks)."""
    from PIL import Image, ImageFilter, ImageDraw, ImageFont
    pdf = FPDF(format="A4")
    pdf.add_font("LS", "", FONT % "Regular")
    pdf.add_font("LS", "B", FONT % "Bold")
    pdf.add_font("LSI", "", "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf")
    pdf.set_margins(24, 22, 24)
    pdf.add_page()
    draw(pdf)
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "s.pdf"
        pdf.output(str(src))
        subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", "-singlefile", str(src), str(Path(d) / "s")], check=True)
        im = Image.open(Path(d) / "s.png").convert("L")
    dr = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT % "Bold", 20)
    W, H = im.size
    dr.text((W // 2 - 12, H - 55), stamp, fill=0, font=font)
    im = im.rotate(0.7, resample=Image.BICUBIC, expand=False, fillcolor=255)
    rnd = random.Random(seed)
    px = im.load()
    for _ in range(2500):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = rnd.randrange(60, 200)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    im = im.point(lambda v: int(v * 0.93 + 6))
    im.save(out_png)


def locate(pdf_path, quotes, items):
    """Fill each quotation's pack_page: the first page of its item where its opening words are."""
    pages = ck.rendered_pages.__wrapped__(pdf_path)
    out = []
    for q in quotes:
        a, b = items[q["item"]]
        head = ck.words(q["text"])[:6]
        q["pack_page"] = None
        for n in range(a, b + 1):
            if ck.find_in_order(ck.words(pages[n - 1]), head) is not None:
                q["pack_page"] = n
                break
        if q["pack_page"] is None:
            print("NOT LOCATED", q["id"], q["text"][:50])
    return len(pages)

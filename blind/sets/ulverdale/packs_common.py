# -*- coding: utf-8 -*-
"""Shared machinery for build_packs.py: HTML -> wkhtmltopdf, scans, merging, stamping."""

import io
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
WORK = Path(tempfile.mkdtemp(prefix="ulv-packs-"))
WK = shutil.which("wkhtmltopdf")
FOOTERS = {}          # paper pdf -> (left text, True): its own "Page X of Y" drawn at merge time

BASE_CSS = """
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.35; color: #000; }
h1 { font-size: 15pt; margin: 0 0 8pt 0; }
h2 { font-size: 12.5pt; margin: 14pt 0 6pt 0; }
h3 { font-size: 11pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 7pt 0; }
table { border-collapse: collapse; width: 100%; }
td, th { vertical-align: top; padding: 4pt 6pt; text-align: left; }
.grid td, .grid th { border: 1px solid #555; }
.grid th { background: #d9d9d9; }
.num { width: 34pt; }
.small { font-size: 9pt; }
.right { text-align: right; }
.centre { text-align: center; }
blockquote { margin: 4pt 24pt 8pt 24pt; font-style: italic; }
.box { border: 1px solid #000; padding: 6pt 8pt; margin: 6pt 0 10pt 0; }
.pb { page-break-before: always; }
tr, p, blockquote, li { page-break-inside: avoid; }
"""


def nb_hyphens(body):
    """Hyphens inside words as U+2011, as Word's non-breaking hyphen: pdftotext would otherwise
    rejoin a compound broken at a line end ("two-" + "thirds" -> "twothirds")."""
    parts = re.split(r"(<[^>]*>)", body)
    return "".join(p if p.startswith("<") else re.sub(r"(?<=\w)-(?=\w)", "\u2011", p) for p in parts)


def page_html(body, css=""):
    body = nb_hyphens(body)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>html {{ zoom: 1.5; }} {BASE_CSS}{css}</style>"
            f"</head><body>{body}</body></html>")


def render(name, body, css="", landscape=False, footer_right=None, footer_left=None):
    """One paper, HTML drawn by wkhtmltopdf (chromium when it is missing); returns its PDF path."""
    src = WORK / f"{name}.html"
    out = WORK / f"{name}.pdf"
    src.write_text(page_html(body, css), encoding="utf-8")
    if WK:
        # Debian's wkhtmltopdf is built on unpatched Qt: no --footer-*, and --zoom is ignored, so
        # pages come out at about 0.7 scale; page_html sets a CSS zoom instead. A paper's own
        # "Page X of Y" footer is drawn at merge time.
        cmd = [WK, "--quiet", "--encoding", "utf-8", "-s", "A4", "-T", "16mm", "-B", "22mm",
               "-L", "18mm", "-R", "18mm"]
        if landscape:
            cmd += ["-O", "Landscape"]
        cmd += [str(src), str(out)]
        subprocess.run(cmd, check=True, capture_output=True)
    else:
        size = "A4 landscape" if landscape else "A4"
        src.write_text(page_html(body, css + f"@page {{ size: {size}; margin: 16mm 18mm 22mm 18mm; }}"),
                       encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", str(src)], check=True, capture_output=True)
    if footer_right or footer_left:
        FOOTERS[out] = footer_left or ""
    return out


def scanned(name, body, css="", seed=7):
    """A paper printed, signed and scanned: the page is one greyscale image, no text layer."""
    clean = render(name + "-clean", body, css)
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", str(clean), str(WORK / (name + "-scan"))],
                   check=True)
    rng = random.Random(seed)
    out = WORK / f"{name}.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    for png in sorted(WORK.glob(name + "-scan*.png")):
        im = Image.open(png).convert("L")
        im = im.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=238)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 400):                      # dust and toner speckle
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice((40, 90, 150))
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        im = im.point(lambda v: min(255, int(v * 0.93 + 12)))
        buf = WORK / (png.stem + ".jpg")
        im.save(buf, "JPEG", quality=62)
        c.drawImage(str(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return out


def npages(pdf):
    return len(PdfReader(str(pdf)).pages)


def stamp_overlay(width, height, draws):
    """A one-page PDF of the given size carrying the stamps: draws = [(kind, text)]."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    for kind, text in draws:
        if kind == "paper-footer":
            left, right = text
            c.setFont("Helvetica", 8)
            c.setFillGray(0.25)
            c.drawString(51, 40, left)
            c.drawRightString(width - 51, 40, right)
            c.setFillGray(0)
        elif kind == "foot-centre":
            c.setFont("Helvetica", 10)
            c.drawCentredString(width / 2, 16, text)
        elif kind == "foot-centre-bold":
            c.setFont("Helvetica-Bold", 10)
            c.drawCentredString(width / 2, 14, text)
        elif kind == "banner":
            c.setFont("Helvetica-Bold", 12)
            tw = c.stringWidth(text, "Helvetica-Bold", 12)
            c.setFillGray(0.88)
            c.rect(width - tw - 44, height - 30, tw + 20, 20, stroke=0, fill=1)
            c.setFillGray(0)
            c.drawString(width - tw - 34, height - 24, text)
    c.save()
    buf.seek(0)
    return PdfReader(buf).pages[0]


def merge_and_stamp(parts, out_path, stamp_for):
    """parts: [pdf path]; stamp_for(pack_page_1_based) -> list of draws."""
    writer = PdfWriter()
    n = 0
    for part in parts:
        own = PdfReader(str(part)).pages
        for i, page in enumerate(own, 1):
            n += 1
            draws = list(stamp_for(n))
            if part in FOOTERS:
                draws.append(("paper-footer", (FOOTERS[part], f"Page {i} of {len(own)}")))
            added = writer.add_page(page)
            if draws:
                w, h = float(added.mediabox.width), float(added.mediabox.height)
                added.merge_page(stamp_overlay(w, h, draws))
    with open(out_path, "wb") as f:
        writer.write(f)
    return n


# ------------------------------------------------------------------ locating quotations

PUNCT = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ",
                       "…": "..."})


def toks(text):
    t = unicodedata.normalize("NFKC", text).translate(PUNCT).lower()
    return re.findall(r"[£$]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?", t)


def pdf_pages(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return out.split("\f")[:-1]


def run_at(hay, needle):
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def locate(pages, text, first, last):
    """The pack page (1-based) in first..last on which the whole quotation stands."""
    whole = toks(text)
    for p in range(first, last + 1):
        if run_at(toks(pages[p - 1]), whole):
            return p
    return None

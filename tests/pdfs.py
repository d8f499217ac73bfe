"""Draw small real PDFs from text the tests hold, so each test shows the exact text it expects.

Lines are drawn one by one with reportlab, top to bottom, like a typeset report page: an
optional running header at the top, an optional footer ("Page {n} of {m}") at the bottom,
and optional footnotes in a smaller font just above the footer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

LEFT = 72
TOP = A4[1] - 90
LEADING = 14


@dataclass
class PageSpec:
    lines: list[str]
    footnotes: list[str] = field(default_factory=list)


def make_pdf(path: Path, pages: list, header: str | None = None,
             footer: str | None = "Page {n} of {m}", font: str = "Helvetica",
             font_size: float = 10.5, encrypt: str | None = None,
             page_numbers: list[str] | None = None) -> Path:
    """Write `pages` (each a list of lines, or a PageSpec) to a PDF at `path` and return it.

    `page_numbers`, if given, are printed centred at each page's foot ("i", "ii", "1", …).
    """
    path = Path(path)
    kwargs = {}
    if encrypt is not None:
        from reportlab.lib import pdfencrypt
        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt, ownerPassword="owner-secret")
    c = canvas.Canvas(str(path), pagesize=A4, **kwargs)
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        spec = page if isinstance(page, PageSpec) else PageSpec(list(page))
        if header:
            c.setFont(font, 8)
            c.drawString(LEFT, A4[1] - 50, header)
        c.setFont(font, font_size)
        y = TOP
        for line in spec.lines:
            c.drawString(LEFT, y, line)
            y -= LEADING
        if spec.footnotes:
            c.setFont(font, 8)
            y = 60 + 11 * len(spec.footnotes)
            for note in spec.footnotes:
                c.drawString(LEFT, y, note)
                y -= 11
        if footer:
            c.setFont(font, 8)
            c.drawString(A4[0] / 2 - 30, 36, footer.format(n=n, m=total))
        if page_numbers:
            c.setFont(font, 8)
            c.drawCentredString(A4[0] / 2, 36, page_numbers[n - 1])
        c.showPage()
    c.save()
    return path


def inflating_pdf(path: Path, inflated_bytes: int = 80_000_000) -> Path:
    """A one-page PDF whose content stream inflates from ~80 kB to `inflated_bytes` (spaces
    after one line of text): past pypdf's 75 MB safety limit on a decompressed stream."""
    import zlib

    content = b"BT /F1 12 Tf 72 720 Td (3.1 The Authority has overspent.) Tj ET\n" + \
        b" " * inflated_bytes
    stream = zlib.compress(content, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream +
               b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path = Path(path)
    path.write_bytes(bytes(out))
    return path


def aes_pdf(path: Path, pages: list, user_password: str = "") -> Path:
    """`make_pdf`'s pages encrypted with AES-256 by pypdf (an owner password always)."""
    import pypdf

    plain = make_pdf(Path(path).with_suffix(".plain.pdf"), pages)
    writer = pypdf.PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password=user_password, owner_password="owner-secret",
                   algorithm="AES-256")
    with open(path, "wb") as f:
        writer.write(f)
    return Path(path)


def margin_numbered_pdf(path: Path, pages: list, numbers_last: bool = True,
                        number_size: float = 8) -> Path:
    """A report whose paragraph numbers sit in the left margin, on their paragraph's first
    baseline, left of a text column at x=110 (LaTeX's \\marginpar, Typst, many inspection
    reports). Each page is a list of (number or None, lines, font size); `numbers_last` draws
    the page's numbers after all its text, as a margin note is drawn."""
    path = Path(path)
    c = canvas.Canvas(str(path), pagesize=A4)
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        y, numbers = TOP, []
        for number, lines, size in page:
            if number is not None:
                numbers.append((number, y))
                if not numbers_last:
                    c.setFont("Helvetica", number_size)
                    c.drawRightString(96, y, number)
            c.setFont("Helvetica", size)
            for line in lines:
                c.drawString(110, y, line)
                y -= size * 1.35
            y -= 6
        if numbers_last:
            c.setFont("Helvetica", number_size)
            for number, at in numbers:
                c.drawRightString(96, at, number)
        c.setFont("Helvetica", 8)
        c.drawString(A4[0] / 2 - 30, 36, f"Page {n} of {total}")
        c.showPage()
    c.save()
    return path

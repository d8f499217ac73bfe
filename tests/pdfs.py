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

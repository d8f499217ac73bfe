"""One reading seam: a source (PDF, GOV.UK HTML page saved or at an address, .docx) becomes a Reading.

    read_source(path or URL, pdf_reader) -> Reading(pages, paragraphs, warnings, reader)

The format is judged by content (a PDF renamed .txt is still a PDF), the address by its scheme.
Each reader gives the same units, so one shared step (index.build) can dedupe, chunk, embed and
store whatever was read. No reader starts threads or pools: the caller owns concurrency. A PDF
is read in one child process with capped memory and time (index.readers.bounded), which the
reading call starts and reaps itself; every reader works within a ReadLimits
(index.readers.limits: documented defaults, changed by environment variables).
The motion side reads PDF, HTML and .docx text through the same functions (`read_pages`,
`html_lines`, `docx_lines`), so there is one PDF reader per library.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from index.errors import UnreadablePDF, UnreadableSource
from index.models import FOOTNOTE_CALL, Page, Paragraph, ParagraphKind, Reading
from index.paragraphs import split_paragraphs
from index.readers.bounded import ReadingProcess
from index.readers.furniture import MIN_TEXT_CHARS, make_pages, pages_without_text
from index.readers.limits import ReadLimits, read_limits

PDF_READERS = ("pypdf", "pdfium")
# pdfium is the default because every example rendering and every paragraph table gives the same
# units with it as with pypdf (tests/test_example_report.py, test_paragraphs.py, test_readers.py)
# and it reads about ten times faster (bench/readers_bench.py).
DEFAULT_PDF_READER = "pdfium"
# Text that a reader left in a paragraph although it is page furniture: a "Page 3 of 40"
# footer, or the local address a browser prints at a page's foot. (Not "n/N": "2023/24" is a
# year in every report; not web addresses: footnotes cite them.)
_FURNITURE_LEFT = re.compile(r"\bPage \d{1,4} of \d{1,4}\b|file:///")


def pdf_reader_version(name: str) -> str:
    """"pdfium 1": a PDF reader's name and the version of what it reads."""
    return f"{name} {_pdf_module(name).VERSION}"


def reader_version(source: str | Path, pdf_reader: str | None = None) -> str:
    """The reader (and version) that `read_source` would use for this source, without reading it.

    Raises:
        UnreadableSource: missing, unreadable, or of no known format.
    """
    kind = source_kind(source)
    if kind == "pdf":
        return pdf_reader_version(pdf_reader or DEFAULT_PDF_READER)
    if kind in ("html", "url"):
        from index.readers import govuk_html
        return f"{govuk_html.NAME} {govuk_html.VERSION}"
    from index.readers import docx_reader
    return f"{docx_reader.NAME} {docx_reader.VERSION}"


def source_kind(source: str | Path) -> str:
    """"url", "pdf", "html" or "docx", judged by the address's scheme or the file's content.

    Raises:
        UnreadableSource: missing, a directory, unreadable, or of no known format.
    """
    name = str(source)
    if re.match(r"^https?://", name, re.IGNORECASE):
        return "url"
    head = _head(Path(source))
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    text = head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n").lower()
    if text.startswith(("<!doctype html", "<html")) or re.search(r"<(body|p|div|main)[\s>]", text):
        return "html"
    if Path(source).suffix.lower() == ".pdf":
        raise UnreadablePDF(f"{name}: not a PDF file")
    raise UnreadableSource(f"{name}: not a PDF, an HTML page or a .docx document")


def read_source(source: str | Path, pdf_reader: str | None = None,
                limits: ReadLimits | None = None) -> Reading:
    """Read one source into pages (a PDF's only), paragraphs and warnings, within `limits`
    (None: those in force, `read_limits()`).

    Raises:
        UnreadableSource (UnreadablePDF for a PDF): missing, unreadable, of no known format, an
            address that does not answer, a PDF with no text layer, or past a limit.
    """
    limits = limits or read_limits()
    kind = source_kind(source)
    if kind == "pdf":
        pdf_reader = pdf_reader or DEFAULT_PDF_READER
        pages = read_pages(source, pdf_reader, limits=limits, calls=True)
        paragraphs = split_paragraphs(pages)
        pages = without_calls(pages)
        return Reading(path=str(source), reader=pdf_reader_version(pdf_reader), pages=pages,
                       paragraphs=paragraphs, warnings=warnings(pages, paragraphs))
    if kind == "url":
        return _read_address(str(source), pdf_reader, limits)
    if kind == "html":
        from index.readers import govuk_html
        paragraphs = govuk_html.read_file(Path(source), limits)
        reader = f"{govuk_html.NAME} {govuk_html.VERSION}"
    else:
        from index.readers import docx_reader
        paragraphs = docx_reader.read_file(Path(source), limits)
        reader = f"{docx_reader.NAME} {docx_reader.VERSION}"
    if not any(p.text.strip() for p in paragraphs):
        raise UnreadableSource(f"{source}: no text found in it")
    return Reading(path=str(source), reader=reader, pages=(), paragraphs=paragraphs,
                   warnings=warnings((), paragraphs))


def _read_address(url: str, pdf_reader: str | None, limits: ReadLimits) -> Reading:
    """A GOV.UK page (its HTML, or its content API JSON at /api/content/<path>) or a PDF
    attachment, fetched over HTTP and read by the reader its content calls for."""
    from index.fetch import fetch
    from index.readers import govuk_html

    fetched = fetch(url, accept="text/html,application/json,*/*")
    if b"%PDF-" in fetched.data[:1024]:
        pdf_reader = pdf_reader or DEFAULT_PDF_READER
        pages = read_pages(fetched.data, pdf_reader, name=url, limits=limits, calls=True)
        paragraphs = split_paragraphs(pages)
        pages = without_calls(pages)
        return Reading(path=url, reader=pdf_reader_version(pdf_reader), pages=pages,
                       paragraphs=paragraphs, warnings=warnings(pages, paragraphs))
    if fetched.content_type == "application/json" or fetched.data.lstrip()[:1] == b"{":
        html = govuk_html.content_api_html(fetched.data, url)
    elif fetched.content_type in ("text/html", "application/xhtml+xml", "text/plain"):
        html = govuk_html.decode(fetched.data, url)
    else:
        raise UnreadableSource(f"{url}: the address gives {fetched.content_type}, not a web "
                               "page or a PDF")
    paragraphs = govuk_html.read_html(html, url, limits)
    if not any(p.text.strip() for p in paragraphs):
        raise UnreadableSource(f"{url}: no text found in it")
    return Reading(path=url, reader=f"{govuk_html.NAME} {govuk_html.VERSION}", pages=(),
                   paragraphs=paragraphs, warnings=warnings((), paragraphs))


def read_pages(source: str | Path | bytes, reader: str = DEFAULT_PDF_READER,
               name: str | None = None, min_chars: int = MIN_TEXT_CHARS,
               limits: ReadLimits | None = None, calls: bool = False,
               process: ReadingProcess | None = None, breaks: bool = True) -> tuple[Page, ...]:
    """Read a PDF (a path, or its bytes) into Pages of clean lines, furniture removed, in a
    child process within `limits` (None: those in force, `read_limits()`): `process`'s kept
    child (a caller reading many PDFs one after another), else one started for this PDF.

    `calls`: keep the mark (index.models.FOOTNOTE_CALL) before each footnote call the reader
    found by its glyphs, for `split_paragraphs`; without it the calls read as printed.
    `breaks`: Page.breaks found (the lines a paragraph's gap follows, for `split_paragraphs`);
    a caller that reads only the lines (a motion, an agenda pack) is spared their geometry.

    Fewer than `min_chars` characters left is no text layer (a motion may be one short line).

    Raises:
        UnreadablePDF: missing, not a PDF, corrupt, encrypted, no pages, no text layer, or a
            page that needs more memory or time than `limits` give.
    """
    from index.readers import bounded

    _pdf_module(reader)                 # an unknown reader is a caller's mistake: ValueError
    if isinstance(source, bytes):
        name = name or "standard input"
        if b"%PDF-" not in source[:1024]:
            raise UnreadablePDF(f"{name}: not a PDF file")
    else:
        name = name or str(source)
        source = Path(source)
        if b"%PDF-" not in _head(source, UnreadablePDF):
            raise UnreadablePDF(f"{name}: not a PDF file")
    # (without `calls` the reader does not look for them: their marks would go again here)
    texts = bounded.extract_texts(reader, source, name, limits or read_limits(), process, breaks,
                                  calls)
    pages = make_pages(texts, name, min_chars)
    return pages if calls else without_calls(pages)


def without_calls(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """Pages with the footnote-call marks taken out, the calls' digits left as printed."""
    if not any(FOOTNOTE_CALL in page.text for page in pages):
        return pages
    return tuple(replace(page, text=page.text.replace(FOOTNOTE_CALL, ""),
                         lines=tuple(line.replace(FOOTNOTE_CALL, "") for line in page.lines))
                 for page in pages)


def pdf_page_count(data: bytes) -> int | None:
    """A PDF's number of pages, its text unread (the web caps uploads by pages); None when it
    is not a PDF or cannot be opened (reading it then says what is wrong)."""
    if b"%PDF-" not in data[:1024]:
        return None
    from index.readers import pdf_pdfium
    return pdf_pdfium.page_count(data)


def warnings(pages: tuple[Page, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[str, ...]:
    """What the person adding a source should know, in plain words."""
    found = []
    if paragraphs and not any(p.section and p.kind is ParagraphKind.NUMBERED
                              for p in paragraphs):
        found.append("no numbered paragraphs found: citations of paragraph numbers cannot be "
                     "checked against it (fine for a letter)")
    blank = pages_without_text(pages)
    if pages and blank and len(blank) < len(pages):
        shown = ", ".join(map(str, blank[:10])) + (" …" if len(blank) > 10 else "")
        found.append(f"{'page' if len(blank) == 1 else 'pages'} {shown} "
                     f"{'has' if len(blank) == 1 else 'have'} no text (scanned, or blank): "
                     "words printed there cannot be found")
    leaked = [p.section or f"text on page {p.first_page}" for p in paragraphs
              if pages and p.kind is not ParagraphKind.FOOTNOTE and _FURNITURE_LEFT.search(p.text)]
    if leaked:
        found.append("text that looks like page furniture (a page number or an address) was "
                     f"left in {len(leaked)} paragraph(s), e.g. {leaked[0]}")
    return tuple(found)


def _pdf_module(name: str):
    if name == "pypdf":
        from index.readers import pdf_pypdf
        return pdf_pypdf
    if name == "pdfium":
        from index.readers import pdf_pdfium
        return pdf_pdfium
    raise ValueError(f"unknown PDF reader {name!r}: one of {', '.join(PDF_READERS)}")


def _head(path: Path, error=UnreadableSource) -> bytes:
    if not path.exists():
        raise error(f"{path}: no such file")
    if not path.is_file():
        raise error(f"{path}: not a file")
    try:
        with open(path, "rb") as f:
            return f.read(2048)
    except OSError as e:
        raise error(f"{path}: cannot be read ({e.strerror})") from e

"""Read a motion from a file (.txt, .md, .pdf, .html, .docx) or standard input into a Motion.

The type is judged by the file's content first (a PDF renamed .txt is still a PDF) and by its
extension only when the content says nothing. Every failure is an UnreadableMotion whose one-line
message names the file and the problem.
"""

from __future__ import annotations

import io
import logging
import re
import sys
import zipfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pypdf
from pypdf.errors import PyPdfError

from index import normalise_text, remove_furniture

from verifier.errors import UnreadableMotion
from verifier.models import Motion

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Formats a motion is sometimes saved in that we do not read: say so rather than guess.
REFUSED_SUFFIXES = {
    ".doc": "a Word 97-2003 document; save it as .docx, .pdf or .txt",
    ".rtf": "a rich-text file; save it as .docx, .pdf or .txt",
    ".odt": "an OpenDocument file; save it as .docx, .pdf or .txt",
}
# Content signatures of binary files that are not motions we can read.
_BINARY_SIGNATURES = {
    b"\xd0\xcf\x11\xe0": "a Word 97-2003 (or other OLE) document; save it as .docx, .pdf or .txt",
    b"{\\rtf": "a rich-text file; save it as .docx, .pdf or .txt",
    b"\x89PNG": "an image (PNG), not text",
    b"\xff\xd8\xff": "an image (JPEG), not text",
    b"GIF8": "an image (GIF), not text",
    b"\x1f\x8b": "a gzip archive, not a motion",
}

# Elements whose text is never part of the motion on a saved council web page.
_SKIPPED_ELEMENTS = frozenset({"script", "style", "nav", "noscript", "template", "head", "svg"})
# Elements that start a new line when a browser shows the page.
_BLOCK_ELEMENTS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "thead", "tbody", "tfoot", "section", "article", "aside", "header", "footer",
    "main", "blockquote", "pre", "hr", "figure", "figcaption", "address", "form", "fieldset",
    "caption", "details", "summary",
})


def read_motion(path: str | Path) -> Motion:
    """Read the motion at `path` ("-" for standard input).

    Raises:
        UnreadableMotion: missing, empty, encrypted, corrupt, of an unsupported type, or in an
            encoding that cannot be detected.
    """
    name = str(path)
    if name == "-":
        return motion_from_text(_decode(sys.stdin.buffer.read(), "standard input"), "-")
    file = Path(path)
    if not file.exists():
        raise UnreadableMotion(f"{name}: no such file")
    if file.is_dir():
        raise UnreadableMotion(f"{name}: is a directory, not a motion file")
    try:
        data = file.read_bytes()
    except OSError as e:
        raise UnreadableMotion(f"{name}: cannot be read ({e.strerror or e})") from e
    if not data.strip():
        raise UnreadableMotion(f"{name}: is empty")
    return motion_from_text(_read_bytes(data, name, file.suffix.lower()), name)


def motion_from_text(text: str, path: str = "-") -> Motion:
    """A Motion from text already in hand: BOM dropped, line endings turned into "\\n"."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableMotion(f"{_display(path)}: is empty")
    return Motion(path=path, text=text)


def _read_bytes(data: bytes, name: str, suffix: str) -> str:
    if data.startswith(b"%PDF-") or data[:1024].lstrip().startswith(b"%PDF-"):
        return _pdf_text(data, name)
    if data.startswith(b"PK\x03\x04"):
        return _docx_text(data, name)
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise UnreadableMotion(f"{name}: unsupported file type: {what}")
    if suffix == ".pdf":
        raise UnreadableMotion(f"{name}: is named .pdf but is not a PDF file")
    if suffix == ".docx":
        raise UnreadableMotion(f"{name}: is named .docx but is not a Word document")
    if suffix in REFUSED_SUFFIXES:
        raise UnreadableMotion(f"{name}: unsupported file type: {REFUSED_SUFFIXES[suffix]}")
    text = _decode(data, name)
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        return html_text(text)
    return text


def _decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else a detected encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise UnreadableMotion(f"{name}: is not valid UTF-16 text") from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise UnreadableMotion(f"{name}: unsupported file type: binary data, not text")
    # Windows-1252 is what Word and older council systems save "plain text" as; prefer it when
    # it decodes cleanly and the detector only offers a close relative of it.
    best = _detect(data)
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    if cp1252 is not None and (best is None or best[0] in _WESTERN_RELATIVES):
        return cp1252
    if best is None:
        raise UnreadableMotion(f"{name}: text encoding could not be detected (save it as UTF-8)")
    return best[1]


# Single-byte encodings that the detector confuses with Windows-1252 on short English texts.
_WESTERN_RELATIVES = frozenset({
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp1251", "cp1257",
    "iso8859_9", "cp1254", "cp850", "cp437", "mac_latin2", "iso8859_10", "iso8859_13",
    "iso8859_14", "iso8859_16", "iso8859_3", "iso8859_4", "cp1253", "cp1258", "ascii",
})


def _detect(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    return best.encoding, str(best)


def _display(path: str) -> str:
    return "standard input" if path == "-" else path


# --- PDF ---------------------------------------------------------------------------------------

def _pdf_text(data: bytes, name: str) -> str:
    """The text of a motion or agenda pack PDF, pages joined by a blank line."""
    # pypdf logs its repairs of damaged files as warnings on stderr; the error says enough.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        pages = _pdf_pages(data, name)
    finally:
        logger.setLevel(level)
    # Running headers, footers and page numbers of an agenda pack would otherwise land in the
    # middle of a quotation that runs over a page break.
    lines = [[ln for ln in normalise_text(page).split("\n") if ln.strip()] for page in pages]
    text = "\n\n".join("\n".join(page) for page in remove_furniture(lines))
    if not text.strip():
        raise UnreadableMotion(f"{name}: PDF has no text layer (a scan?); OCR it first")
    return text


def _pdf_pages(data: bytes, name: str) -> list[str]:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        # Many published PDFs carry an owner password only; those open with an empty one.
        opened = bool(reader.decrypt("")) if encrypted else True
        if opened:
            return [page.extract_text() or "" for page in reader.pages]
    except _PDF_ERRORS as e:
        detail = str(e).splitlines()[0] if str(e) else "no detail"
        raise UnreadableMotion(f"{name}: PDF is damaged or not a PDF "
                               f"({type(e).__name__}: {detail})") from e
    raise UnreadableMotion(f"{name}: PDF is encrypted (password-protected)")


# pypdf reports damaged files through many exception types, not only its own.
_PDF_ERRORS = (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError,
               AssertionError, RecursionError, NotImplementedError, OSError, zlib.error)


# --- Word --------------------------------------------------------------------------------------

def _docx_text(data: bytes, name: str) -> str:
    """The paragraphs (and table cells) of a .docx in document order, one per line."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile as e:
        raise UnreadableMotion(f"{name}: damaged zip/Word file") from e
    if "word/document.xml" not in names:
        raise UnreadableMotion(f"{name}: unsupported file type: a zip archive, not a .docx")
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as e:
        raise UnreadableMotion(f"{name}: reading .docx needs python-docx "
                               "(pip install python-docx), or save the motion as .txt") from e
    from lxml.etree import XMLSyntaxError

    damaged = (f"{name}: damaged Word document (its parts are missing or are not valid XML); "
               "open and save it again in Word, or save the motion as .txt")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile,
            XMLSyntaxError) as e:
        raise UnreadableMotion(damaged) from e
    body = getattr(document.element, "body", None)     # a document.xml that is not a document
    if body is None:
        raise UnreadableMotion(damaged)
    lines = []
    for block in body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_paragraph_text(block))
        elif tag == "tbl":
            for cell in block.iter("{*}tc"):
                lines.extend(_paragraph_text(p) for p in cell.iter("{*}p"))
    return "\n".join(lines)


def _paragraph_text(element) -> str:
    parts = []
    for node in element.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t" and node.text:
            parts.append(node.text)
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append("\n")
    return "".join(parts)


# --- HTML --------------------------------------------------------------------------------------

def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and re.search(r"<(body|p|div)[\s>]", head) is not None)


class _TextOfPage(HTMLParser):
    """Collect the visible text of a page: skipped elements dropped, block elements as lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.in_pre = 0

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.skipping.clear()         # a <head> left unclosed must not hide the page
        if tag in _SKIPPED_ELEMENTS:
            self.skipping.append(tag)
        elif tag == "li" and not self.skipping:
            # A list item shows as a bullet; keeping one keeps items apart as sentences, as
            # "- " does in text copied from the page (the Tower Hamlets minutes).
            self.parts.append("\n- ")
        elif tag in _BLOCK_ELEMENTS and not self.skipping:
            self.parts.append("\n")
        elif tag in ("td", "th") and not self.skipping:
            self.parts.append(" ")
        if tag == "pre":
            self.in_pre += 1

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_ELEMENTS and not self.skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            elif tag in self.skipping:
                del self.skipping[self.skipping.index(tag):]
            return
        if tag in _BLOCK_ELEMENTS:
            self.parts.append("\n")
        if tag == "pre" and self.in_pre:
            self.in_pre -= 1

    def handle_data(self, data):
        if self.skipping:
            return
        if self.in_pre:
            self.parts.append(data.replace("\n", "\u2028"))   # kept through the folding below
        else:
            self.parts.append(re.sub(r"\s+", " ", data.replace("\u00a0", " ")))


def html_text(html: str) -> str:
    """The visible text of an HTML page, one line per block (list items as "- "), entities decoded."""
    parser = _TextOfPage()
    parser.feed(html)
    parser.close()
    lines = [line.strip(" \t") for line in "".join(parser.parts).split("\n")]
    lines = [line.replace("\u2028", "\n") for line in lines if line and line != "-"]
    return "\n".join(lines) + "\n"

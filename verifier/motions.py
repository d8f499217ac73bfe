"""Read a motion from a file (.txt, .md, .pdf, .html, .docx) or standard input into a Motion.

The type is judged by the file's content first (a PDF renamed .txt is still a PDF) and by its
extension only when the content says nothing. Every failure is an UnreadableMotion whose one-line
message names the file and the problem.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from index import DEFAULT_PDF_READER, UnreadableSource, docx_lines, html_lines, read_pages

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



def read_motion(path: str | Path) -> Motion:
    """Read the motion at `path` ("-" for standard input).

    Raises:
        UnreadableMotion: missing, empty, encrypted, corrupt, of an unsupported type, or in an
            encoding that cannot be detected.
    """
    name = str(path)
    if name == "-":
        # A PDF or .docx piped in (`verifier check - < motion.pdf`) is read as what it is.
        data = sys.stdin.buffer.read()
        if not data.strip():
            raise UnreadableMotion("standard input: is empty")
        return motion_from_text(_read_bytes(data, "standard input", ""), "-")
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


# --- PDF and Word: index/'s readers, one per library -------------------------------------------

def _pdf_text(data: bytes, name: str) -> str:
    """The text of a motion or agenda pack PDF, pages joined by a blank line.

    Running headers, footers and page numbers of an agenda pack are dropped by the reader, as
    for a report: they would otherwise land in the middle of a quotation over a page break.
    """
    try:
        pages = read_pages(data, DEFAULT_PDF_READER, name=name, min_chars=1)
    except UnreadableSource as e:
        raise UnreadableMotion(e.message) from e
    return "\n\n".join(page.text for page in pages)


def _docx_text(data: bytes, name: str) -> str:
    """The paragraphs (and table cells) of a .docx in document order, one per line."""
    try:
        return "\n".join(docx_lines(data, name))
    except UnreadableSource as e:
        raise UnreadableMotion(e.message) from e


# --- HTML --------------------------------------------------------------------------------------

def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and re.search(r"<(body|p|div)[\s>]", head) is not None)


def html_text(html: str) -> str:
    """The visible text of an HTML page, one line per block (list items as "- "), entities decoded."""
    return html_lines(html)

"""Read a motion from a file (.txt, .md, .pdf, .html, .docx) or standard input into a Motion.

The type is judged by the file's content first (a PDF renamed .txt is still a PDF) and by its
extension only when the content says nothing. Every failure is an UnreadableMotion whose one-line
message names the file and the problem.

Text is decoded as far as it can be, and each repair is recorded in `Motion.repairs` for the
edges to show: UTF-16 without a byte-order mark, UTF-8 with Windows-1252 bytes slipped in,
mojibake (UTF-8 read as Windows-1252: “â€œ”, repaired with ftfy) and HTML character references
(“&#8220;”, “&quot;”) in a text file. What cannot be decoded is refused.
"""

from __future__ import annotations

import codecs
import html
import html.entities
import re
import sys
from pathlib import Path

from index import (DEFAULT_PDF_READER, ReadLimits, UnreadableSource, docx_lines, html_lines,
                   read_limits, read_pages)

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



def read_motion(path: str | Path, limits: ReadLimits | None = None) -> Motion:
    """Read the motion at `path` ("-" for standard input) within `limits` (None: the limits
    in force, `index.read_limits()`).

    Raises:
        UnreadableMotion: missing, empty, encrypted, corrupt, of an unsupported type, in an
            encoding that cannot be detected, or past a reading limit.
    """
    limits = limits or read_limits()
    name = str(path)
    repairs: list[str] = []
    if name == "-":
        # A PDF or .docx piped in (`verifier check - < motion.pdf`) is read as what it is.
        data = sys.stdin.buffer.read()
        if not data.strip():
            raise UnreadableMotion("standard input: is empty")
        text = _read_bytes(data, "standard input", "", repairs, limits)
        return motion_from_text(text, "-", tuple(repairs))
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
    text = _read_bytes(data, name, file.suffix.lower(), repairs, limits)
    return motion_from_text(text, name, tuple(repairs))


def motion_from_text(text: str, path: str = "-", repairs: tuple[str, ...] = ()) -> Motion:
    """A Motion from text already in hand: BOM dropped, line endings turned into "\\n",
    HTML character references and mojibake repaired (each repair named in `repairs`)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableMotion(f"{_display(path)}: is empty")
    text, found = repair_text(text)
    return Motion(path=path, text=text, repairs=tuple(repairs) + found)


# A character reference as HTML writes it, semicolon required: "&#8220;", "&#x201C;", "&quot;".
# (Python's html.unescape alone would also turn "&not" in "&notes" into "¬".)
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


# The first character of every mojibake of UTF-8 read as Windows-1252: a lead byte (0xc2-0xf4
# as "Â" … "ô") before a continuation byte (0x80-0xbf as Windows-1252 shows it: "€", "œ", "©").
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_LOST_CLOSING_MARK = re.compile(r"â€(?=[\s.,;:!?)\]]|$)")


def repair_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Text with HTML character references decoded and mojibake undone; what was repaired."""
    repairs = []
    decoded: list[str] = []

    def unescape(match: re.Match) -> str:
        reference = match.group()
        if reference[1] != "#" and reference[1:] not in html.entities.html5:
            return reference        # "&notes;" is not "&not;" followed by "es;"
        char = html.unescape(reference)
        if char != reference:
            decoded.append(match.group())
        return char

    text = _CHARACTER_REFERENCE.sub(unescape, text)
    if decoded:
        examples = ", ".join(dict.fromkeys(decoded[:3]))
        repairs.append(f"decoded {_count(len(decoded), 'HTML character reference')} "
                       f"({examples}{', …' if len(set(decoded)) > 3 else ''})")
    if not _MOJIBAKE_HINT.search(text):
        return text, tuple(repairs)     # ftfy costs 0.4 s to import: not for clean text
    import ftfy
    from ftfy.badness import is_bad

    if is_bad(text):        # a quick look first: ftfy's full pass costs about 0.5 s a megabyte
        # ” in UTF-8 ends in 0x9d, which Windows-1252 leaves undefined, so copied mojibake
        # often lost it: "worryingâ€ (Section 3.4)". Before a space that is a lost ”, far
        # likelier in a motion than ftfy's guess of † (0xa0 read as a space).
        fixed = ftfy.fix_encoding(_LOST_CLOSING_MARK.sub("â€\x9d", text))
        if fixed != text:
            repairs.append("repaired mojibake: UTF-8 text that had been read as Windows-1252 "
                           "(“â€œ” for “)")
            text = fixed
    return text, tuple(repairs)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _read_bytes(data: bytes, name: str, suffix: str, repairs: list[str],
                limits: ReadLimits) -> str:
    if data.startswith(b"%PDF-") or data[:1024].lstrip().startswith(b"%PDF-"):
        return _pdf_text(data, name, limits)
    if data.startswith(b"PK\x03\x04"):
        return _docx_text(data, name, limits)
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise UnreadableMotion(f"{name}: unsupported file type: {what}")
    if suffix == ".pdf":
        raise UnreadableMotion(f"{name}: is named .pdf but is not a PDF file")
    if suffix == ".docx":
        raise UnreadableMotion(f"{name}: is named .docx but is not a Word document")
    if suffix in REFUSED_SUFFIXES:
        raise UnreadableMotion(f"{name}: unsupported file type: {REFUSED_SUFFIXES[suffix]}")
    text = _decode(data, name, repairs)
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        try:
            return html_lines(text, name, limits)
        except UnreadableSource as e:
            raise UnreadableMotion(e.message) from e
    return text


def _decode(data: bytes, name: str, repairs: list[str]) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 (with a BOM or without), UTF-8 with
    stray Windows-1252 bytes, else a detected encoding. Repairs are appended to `repairs`."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise UnreadableMotion(f"{name}: is not valid UTF-16 text") from e
    order = _utf16_byte_order(data)
    if order is not None:
        try:
            text = data.decode(f"utf-16-{order}")
        except UnicodeDecodeError as e:
            raise UnreadableMotion(f"{name}: looks like UTF-16 text without a byte-order mark "
                                   "but does not decode as such; save it as UTF-8") from e
        repairs.append(f"read as UTF-16 ({'little' if order == 'le' else 'big'}-endian), "
                       "which it is, though it has no byte-order mark")
        return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise UnreadableMotion(f"{name}: unsupported file type: binary data, not text")
    slips = _utf8_with_slips(data)
    if slips is not None:
        text, n_bad = slips
        repairs.append(f"{_count(n_bad, 'byte')} that are not UTF-8 read as Windows-1252 "
                       "(the rest of the file is UTF-8)")
        return text
    # Windows-1252 is what Word and older council systems save "plain text" as; prefer it when
    # it decodes cleanly and the detector offers only another single-byte code page (on a
    # short English text it guesses among them almost at random: cp775, mac_iceland, …).
    best = _detect(data)
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    if cp1252 is not None and (best is None or best[0] in _WESTERN_RELATIVES
                               or _single_byte(best[0])):
        repairs.append("not UTF-8: read as Windows-1252")
        return cp1252
    if best is None:
        raise UnreadableMotion(f"{name}: text encoding could not be detected (save it as UTF-8)")
    repairs.append(f"not UTF-8: read as {best[0]} (a guess; save it as UTF-8 to be sure)")
    return best[1]


def _single_byte(encoding: str) -> bool:
    """Whether `encoding` maps each byte to one character (a code page, not Shift-JIS or Big5)."""
    try:
        return len(bytes(range(256)).decode(encoding, errors="replace")) == 256
    except LookupError:
        return False


# UTF-16 text of a Latin script has a zero in every other byte; this share of the pairs, with
# zeros on one side only, tells it from binary data (which has them on both).
UTF16_ZERO_SHARE = 0.4
UTF16_OTHER_SIDE_MAX = 0.02
_UTF16_SAMPLE_BYTES = 8192


def _utf16_byte_order(data: bytes) -> str | None:
    """"le" or "be" for UTF-16 text without a byte-order mark, else None."""
    sample = data[:_UTF16_SAMPLE_BYTES]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even = sample[0:pairs * 2:2].count(0) / pairs
    odd = sample[1:pairs * 2:2].count(0) / pairs
    if odd >= UTF16_ZERO_SHARE and even <= UTF16_OTHER_SIDE_MAX:
        return "le"
    if even >= UTF16_ZERO_SHARE and odd <= UTF16_OTHER_SIDE_MAX:
        return "be"
    return None


# A well-formed UTF-8 sequence of two to four bytes (overlongs and surrogates excluded).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def _utf8_with_slips(data: bytes) -> tuple[str, int] | None:
    """A UTF-8 file with a few bytes that are not (a Windows-1252 "é" or "’" pasted into it, a
    cut-off sequence): (text, number of such bytes), or None if it is mostly not UTF-8."""
    multibyte = _UTF8_MULTIBYTE.findall(data)
    non_ascii = sum(1 for byte in data if byte >= 0x80)
    n_bad = non_ascii - sum(len(seq) for seq in multibyte)
    if not multibyte:
        return None
    # A Windows-1252 file almost never holds a well-formed UTF-8 sequence, and one with bytes
    # Windows-1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d: the last byte of ” in UTF-8)
    # is not one at all.
    if len(multibyte) < n_bad and _is_cp1252(data):
        return None
    return data.decode("utf-8", errors=_CP1252_SLIP), n_bad


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _read_slip_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252": every byte decodes)

    return error.object[error.start:error.end].decode("sloppy-windows-1252"), error.end


_CP1252_SLIP = "verifier-cp1252-slip"
codecs.register_error(_CP1252_SLIP, _read_slip_as_cp1252)


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

def _pdf_text(data: bytes, name: str, limits: ReadLimits) -> str:
    """The text of a motion or agenda pack PDF, pages joined by a blank line.

    Running headers, footers and page numbers of an agenda pack are dropped by the reader, as
    for a report: they would otherwise land in the middle of a quotation over a page break.
    """
    try:
        pages = read_pages(data, DEFAULT_PDF_READER, name=name, min_chars=1, limits=limits,
                           breaks=False)
    except UnreadableSource as e:
        raise UnreadableMotion(e.message) from e
    return "\n\n".join(page.text for page in pages)


def _docx_text(data: bytes, name: str, limits: ReadLimits) -> str:
    """The paragraphs (and table cells) of a .docx in document order, one per line."""
    try:
        return "\n".join(docx_lines(data, name, limits))
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

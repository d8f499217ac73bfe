"""Each page's raw text from pypdfium2 (PDFium, Chrome's PDF engine): the only module that touches it.

About twenty times faster than pypdf, and its text comes out as pypdf's would after two
mappings (measured on the example renderings, see issue 12):

- PDFium marks a hyphen that the typesetter added at a line end with U+FFFE (or \\x02) and
  joins the two lines ("res\\ufffeidents referred"); a hyphen printed as a character
  ("decision-" / "making") stays "-" and a line break. The marker becomes "-" and a line break,
  so the one rule in index.paragraphs decides for both readers which hyphens are words'.
- PDFium puts a raised footnote number on a line of its own after the line it sits in
  ("shown in Table 1." / "7"). Such a line, set smaller than the line above and within that
  line's height, is glued back where it was printed.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from index.errors import UnreadablePDF
from index.models import ASIDE, CELL, FOOTNOTE_CALL, PARAGRAPH_GAP
from index.text import with_tex_ligatures

NAME = "pdfium"
# Bump when a change here changes what is read from the same file (see pdf_pypdf.VERSION).
VERSION = 11

_HYPHEN_MARKERS = ("\ufffe", "\x02")
_PDFIUM_LOCK = threading.Lock()
# Out-parameters of PDFium's geometry calls, made once: used only under _PDFIUM_LOCK.
_X, _Y, _LEFT, _RIGHT, _BOTTOM, _TOP = (ctypes.c_double() for _ in range(6))
_X_REF, _Y_REF, _LEFT_REF, _RIGHT_REF, _BOTTOM_REF, _TOP_REF = (
    ctypes.byref(v) for v in (_X, _Y, _LEFT, _RIGHT, _BOTTOM, _TOP))


def _straight(function, restype, *argtypes):
    """PDFium's `function` called without pypdfium2's typed pointers, which took 2.2 µs a
    box against PDFium's own 1.0 (issue 23).

    With no `argtypes`, nothing is converted at all (0.6 µs a box): the calls made for every
    character (boxes, origins, sizes) take the text page as a `ctypes.c_void_p`
    (`_text_page`), the out-parameters by reference (made once, above) and the character's
    index as a Python int (a C int). Never pass such a call an address as a Python int: it
    would be cut to a C int. Calls taking a length or an unsigned long keep a prototype of
    plain addresses and numbers (1.1 µs)."""
    call = ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)
    if not argtypes:
        call.argtypes = None
    return call


def _text_page(textpage) -> ctypes.c_void_p:
    """A pypdfium2 text page as the plain pointer the geometry's calls take."""
    return ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)


_P, _I = ctypes.c_void_p, ctypes.c_int
_GET_CHAR_BOX = _straight(pdfium_c.FPDFText_GetCharBox, _I)
_GET_CHAR_ORIGIN = _straight(pdfium_c.FPDFText_GetCharOrigin, _I)
_font_size = _straight(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)


class _RectF(ctypes.Structure):
    """PDFium's FS_RECTF: a glyph's advance box (FPDFText_GetLooseCharBox)."""
    _fields_ = [("left", ctypes.c_float), ("top", ctypes.c_float),
                ("right", ctypes.c_float), ("bottom", ctypes.c_float)]


_GET_LOOSE_BOX = _straight(pdfium_c.FPDFText_GetLooseCharBox, _I)
_LOOSE = _RectF()
_LOOSE_RECT_REF = ctypes.byref(_LOOSE)
# A glyph's font name, weight and fill colour (_style), into buffers made once.
_GET_FONT_INFO = _straight(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong, _P, _I, _P,
                           ctypes.c_ulong, _P)
_GET_FONT_WEIGHT = _straight(pdfium_c.FPDFText_GetFontWeight, _I, _P, _I)
_GET_FILL_COLOR = _straight(pdfium_c.FPDFText_GetFillColor, _I, _P, _I, _P, _P, _P, _P)
_FONT_NAME = ctypes.create_string_buffer(128)
_FONT_NAME_REF = ctypes.addressof(_FONT_NAME)
_R, _G, _B, _A = (ctypes.c_uint() for _ in range(4))
_R_REF, _G_REF, _B_REF, _A_REF = (ctypes.addressof(v) for v in (_R, _G, _B, _A))

# A footnote number is set at about 60-70% of the body size (reportlab 7/10.5, Chromium 9.3/15.3,
# LibreOffice 58%); a line of digits set below this share of the line above's size is raised.
SUPERSCRIPT_MAX_RATIO = 0.8
# A footnote call's digits sit at least this many body sizes above the line's baseline.
CALL_RAISE_EMS = 0.15
# Chromium's default <sup> is "smaller" (0.83 of the text) and raised about 0.3 of it,
# wkhtmltopdf's 0.86 and 0.21: digits up to this share of the text's size raised
# CLEAR_RAISE_EMS or more are a call too.
SUP_MAX_RATIO = 0.9
CLEAR_RAISE_EMS = 0.2
# How many of a line's letters give its body size and baseline.
CALL_SAMPLE_CHARS = 24
# A line whose next line's baseline is lower by more than this many line pitches (and less
# than MAX_GAP_PITCHES: a column's or a page part's jump) ends a paragraph; a page with fewer
# line steps than MIN_PITCH_STEPS has no pitch to speak of.
PARAGRAPH_GAP_RATIO = 1.45
# ... or by more than the pitch and this many type sizes (Typst: 0.35 em between paragraphs;
# a line's own jitter, a raised call in LibreOffice, is under 0.2 em).
GAP_EXTRA_EMS = 0.3
# The line pitch: the least step (to half a point) made by this share of the steps between
# lines set in the body's size (within PITCH_SIZE_TOLERANCE points).
PITCH_MIN_SHARE = 0.25
PITCH_SIZE_TOLERANCE = 0.5
# Justified text: this share of a page's lines or more end at one right edge (within
# JUSTIFIED_TOLERANCE_EMS); a line there ending SHORT_OF_MARGIN_EMS or more before it, with
# text below, is a paragraph's last line, however long (a summary's paragraphs neither spaced
# apart nor indented, set by groff or Typst: issue 20). Lines starting MAX_INDENT_EMS or more
# from the justified lines' left edge (another column, a table's cell) are not measured.
JUSTIFIED_MIN_SHARE = 0.5
JUSTIFIED_TOLERANCE_EMS = 0.3
SHORT_OF_MARGIN_EMS = 2.0
MAX_INDENT_EMS = 4.0
# A paragraph's first line indented at least this many type sizes (LaTeX 1.5 em, Typst's
# first-line-indent, Word's 1.27 cm) starts it (_before_indents).
MIN_INDENT_EMS = 0.8
MAX_GAP_PITCHES = 4
# A line whose baseline is this many points above the previous line's starts another run of
# lines drawn one below the other (_reading_order).
RUN_JUMP_POINTS = 2.0
# A page drawn in more runs than this (a table drawn cell by cell upwards, a hostile file) is
# left in the order drawn: reordering costs the square of the runs.
MAX_RUNS = 60
MIN_PITCH_STEPS = 6
# Footnotes are set at under this share of the body's size (7/9.5, 8/10.5; a body's small
# capitals or a caption's 9/10 are more): _notes_to_foot.
FOOTNOTE_SIZE_RATIO = 0.82
# A footnote's first line: its number, then its words ("4 Source: …", "4. …", "⁴Source").
_FOOTNOTE_LABEL = re.compile(r"^\s*\d{1,3}\.?(?:\s+|(?=[A-Z]))\S")
# Printed before a footnote call found by its glyphs (see _raised_calls).
CALL = FOOTNOTE_CALL
# A footnote number's longest plausible form ("187" footnotes is already rare).
MAX_MARKER_DIGITS = 3
# A gap this many font sizes wide between two words on one baseline parts two texts (a
# header's left and right halves); a justified line's widest space is under one.
COLUMN_GAP_EMS = 2.5
# The lines at a page's top and foot that may hold furniture (as index.readers.furniture).
HEADER_LINES = 3
FOOTER_LINES = 8
# A paragraph number in the left margin (see _margin_numbers): its glyphs end at least this
# many of its font sizes left of the text column, and its baseline is within this many of the
# numbered line's.
MARGIN_GAP_EMS = 0.5
MARGIN_BASELINE_EMS = 0.35
# The text column's left edge is the commonest left edge (points, either way) of lines at
# least this long.
MARGIN_COLUMN_LINE_CHARS = 30
MARGIN_COLUMN_TOLERANCE = 1.5
# Between two letters on one baseline, a gap (of their advance boxes) wider than this share of
# their box's height, and than the line's usual gap by as much, is a word's end; a space between
# letters closer than JOINED_GAP_EMS (or overlapping by less than LETTER_OVERLAP_EMS) is none
# (_word_gaps). A word space is 0.25-0.33 em, shrunk to 0.2 at most; kerning is under 0.1.
WORD_GAP_EMS = 0.12
JOINED_GAP_EMS = 0.04
LETTER_OVERLAP_EMS = 0.3
# A left edge shared by at least this share of the commonest edge's long lines is a column's
# too (a two-column page has two).
COLUMN_EDGE_SHARE = 0.3
# ... and at least this many of them (a table's column of text is a few rows).
MIN_COLUMN_LINES = 6
# A number more than this share of the words' size larger or smaller is set apart from them.
NUMBER_SIZE_TOLERANCE = 0.08
# A numbered line set this much larger than the body is a heading ("2 Governance").
MARGIN_HEADING_RATIO = 1.1
# A space between two characters that are not spaces: where a line may part (_split_columns).
_LONE_SPACE = re.compile(r"(?<=[^ ]) (?=[^ ])")
# A number ending a line after a space (_split_stray_numbers).
_TRAILING_NUMBER = re.compile(r"(?<=\S) +(\d{1,3}(?:\.\d{1,3}){0,2}\.?)[ \t\r]*$")
_MARGIN_NUMBER = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3}){0,2}\.?)(?=\s|$)")
# A word or two in the paragraph numbers' column, maybe broken there by a hyphen marker.
_MARGIN_WORD = re.compile(r"\s*([^\W\d_]+(?:[\ufffe\x02-]\s*[^\W\d_]+)?(?: [^\W\d_]+)?)\s*")
# What a line labelled in that column has for its number (_margin_labels).
LABELLED = None
# Any character str.isdigit() holds a digit: \d and the superscripts, subscripts and circled
# digits it leaves out ("¹").
_ANY_DIGIT = re.compile(r"[\d\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079"
                        r"\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea"
                        r"\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792"
                        r"\U00010a40-\U00010a43\U00010e60-\U00010e68\U00011052-\U0001105a"
                        r"\U0001f100-\U0001f10a]")
_LEADING_DIGITS = re.compile(r"^\s*(\d{1,%d})(?=\s|$)" % MAX_MARKER_DIGITS)


def extract_texts(source: Path | bytes, name: str,
                  on_page: Callable[[int], None] | None = None, breaks: bool = True,
                  calls: bool = True) -> list[str]:
    """Each page's raw text, line ends "\\n", with every failure turned into one UnreadablePDF.

    `on_page(n)` is called before page n (1-based) is read (index.readers.bounded names it).
    `breaks`: mark the lines a paragraph's gap follows (PARAGRAPH_GAP, which becomes
    Page.breaks); a caller that reads only the pages' lines (a motion, an agenda pack) asks
    for none and is spared their geometry, a third of a plain page's (issue 23).
    `calls`: mark the footnote calls printed inside a line (CALL, for `split_paragraphs`); a
    caller that takes the marks out again (`read_pages(..., calls=False)`: a motion, a pack)
    is spared measuring every line with a digit, and is given the same text less the marks.
    """
    # PDFium is not thread-safe, and a web worker serves requests on several threads: one
    # document at a time per process (reading 150 pages takes under 2 s of CPU).
    with _PDFIUM_LOCK:
        return _extract_texts(source, name, on_page, breaks, calls)


def page_count(data: bytes) -> int | None:
    """How many pages a PDF has, without reading its text; None when PDFium cannot open it."""
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            return None
        try:
            return len(document)
        finally:
            document.close()


def _extract_texts(source: Path | bytes, name: str,
                   on_page: Callable[[int], None] | None, breaks: bool = True,
                   calls: bool = True) -> list[str]:
    try:
        document = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
    except pdfium.PdfiumError as e:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        raise UnreadablePDF(f"{name}: {_open_error(e, data)}") from e
    try:
        if len(document) == 0:
            raise UnreadablePDF(f"{name}: the PDF has no pages")
        texts = []
        for i in range(len(document)):
            if on_page is not None:
                on_page(i + 1)
            try:
                page = document[i]
            except pdfium.PdfiumError as e:
                # Its entry in the page tree cannot be reached: PDFium gives no more reason.
                raise UnreadablePDF(
                    f"{name}: PDFium cannot load page {i + 1} of {len(document)}: the page "
                    "tree is damaged, or nested past the reader's limits") from e
            textpage = page.get_textpage()
            try:
                texts.append(_page_text(textpage, breaks, calls))
            finally:
                textpage.close()
                page.close()
        return texts
    except pdfium.PdfiumError as e:
        raise UnreadablePDF(f"{name}: corrupt or truncated PDF (PDFium: {_reason(e)})") from e
    finally:
        document.close()


def _reason(e: Exception) -> str:
    """"Failed to load document (PDFium: Data format error)." -> "data format error"."""
    m = re.search(r"\(PDFium: ([^)]*)\)", str(e))
    return (m.group(1) if m else str(e)).strip().rstrip(".").lower()


def _open_error(e: Exception, data: bytes) -> str:
    """PDFium's FPDF_ERR_* code (pypdfium2 keeps it as `err_code`) in plain words.

    The code is PDFium's last error, which a failure that sets none (an empty page tree)
    leaves as the previous file's: a password is blamed only on a file that is encrypted.
    """
    code = getattr(e, "err_code", None)
    if b"/Encrypt" not in data and code in (pdfium_c.FPDF_ERR_PASSWORD,
                                            pdfium_c.FPDF_ERR_SECURITY):
        code = pdfium_c.FPDF_ERR_UNKNOWN
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return ("encrypted PDF: it needs a password (verifier reads only PDFs that open "
                "without one)")
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "encrypted PDF with a security handler PDFium does not support"
    if code in (pdfium_c.FPDF_ERR_FORMAT, pdfium_c.FPDF_ERR_FILE):
        return f"corrupt or truncated PDF (PDFium: {_reason(e)})"
    # PDFium reports success yet opens nothing for a PDF whose page tree is empty.
    return "the PDF has no pages, or PDFium cannot open it"


def _page_text(textpage, breaks: bool = True, calls: bool = True) -> str:
    """The page's text with hyphen markers mapped and raised footnote numbers glued back
    (and, with `breaks`, PARAGRAPH_GAP after each line a paragraph's gap follows)."""
    count = textpage.count_chars()
    text = with_tex_ligatures(textpage.get_text_range(0, count) if count > 0 else "")
    if len(text) != count:
        return _map_hyphens(text.replace("\r\n", "\n"))    # offsets unknown: no geometry
    # From here on the text page is its address, which the geometry gives PDFium straight.
    textpage = _text_page(textpage)
    out: list[str] = []
    heads: list[str] = []                      # a margin number to print before out[k]
    previous: tuple[int, int] | None = None   # the span of text whose chars end out[-1]
    glued: list[tuple[int, int]] = []          # (offset in `text`, length) inserted into out[-1]
    starts: list[int | None] = []              # the first character of each out[k]
    ends: list[int] = []                       # and the end of its last piece in `text`
    spans, numbers, labelled = _margin_labels(textpage, text,
                                              _split_stray_numbers(textpage, text, _split_columns(
                                                  textpage, text, _split_at_baselines(
                                                      textpage, text, _lines(text))
                                                  if breaks else _lines(text))), breaks)
    continued = _continuations(textpage, text, spans) if breaks else set()
    raised, labels = _raised_calls(textpage, text, spans, calls)
    inserts = sorted([(i, CALL, 0) for i in raised] + [(i, " ", 0) for i in labels] +
                     (_word_gaps(textpage, text, spans) if breaks else []))

    def marked(a: int, b: int) -> tuple[str, list[tuple[int, int]]]:
        """text[a:b] with CALL before each raised call in it, a space after each raised
        footnote label opening a line ("¹Survey administered …"), a space where a word's gap
        is printed and PDFium gave none, none where it gave one inside a word (_word_gaps),
        and where they went (offset, characters added)."""
        if not inserts:
            return text[a:b], []
        at = [(i, piece, skip) for i, piece, skip in inserts if a <= i < b]
        pieces, last = [], a
        for i, piece, skip in at:
            pieces += [text[last:i], piece]
            last = i + skip
        return "".join(pieces) + text[last:b], [(i, len(piece) - skip) for i, piece, skip in at]

    for k, (start, end) in enumerate(spans):
        line = text[start:end]
        if previous is not None and k in continued and k not in numbers and \
                k not in labelled:
            # the rest of the printed line above, which PDFium broke at a wide gap
            after, marks = marked(start, end)
            out[-1] += " " + after.lstrip()
            glued += marks
            previous = (previous[0], end)
            ends[-1] = end
            continue
        if previous is not None and k not in numbers:
            m = _LEADING_DIGITS.match(line)
            at = None if m is None else _raised_marker_position(
                textpage, text, previous, (start + m.start(1), start + m.end(1)))
            rest = (start + m.end(1), end) if m else (start, end)
            if at is not None and (rest[0] == rest[1] or
                                   _same_baseline(textpage, text, previous, rest)):
                # "shown in Table 1." / "7": the number printed in the line above
                cut = at - previous[0] + sum(n for where, n in glued if where <= at)
                call = (CALL if calls and cut and not out[-1][cut - 1].isspace() else "") + \
                    m.group(1)
                after, marks = marked(*rest)
                out[-1] = out[-1][:cut] + call + out[-1][cut:] + after
                glued += [(at, len(call))] + marks
                if rest[0] != rest[1]:
                    previous, glued = (previous[0], rest[1]), glued
                    ends[-1] = rest[1]
                continue
            if text[previous[0]:previous[1]].rstrip()[-1:].isdigit() and \
                    _continues_after_raised(textpage, text, previous, (start, end)):
                # "recommendations.2" / " Our view …", or a footnote's "1" / " Interviews …"
                after, marks = marked(start, end)
                out[-1] += after if line[:1].isspace() else " " + after
                glued += marks
                previous = (previous[0], end)
                ends[-1] = end
                continue
        line, glued = marked(start, end)
        out.append(line)
        heads.append(LABELLED if k in labelled else numbers.get(k, ""))
        starts.append(next((i for i in range(start, end) if not text[i].isspace()), None))
        ends.append(end)
        previous = (start, end)
    order = _notes_to_foot(textpage, text, out, starts,
                           _reading_order(textpage, text, starts, ends))
    if order != sorted(order):
        out, heads, starts, ends = ([seq[k] for k in order] for seq in (out, heads, starts, ends))
    gaps = (_paragraph_gaps(textpage, text, starts, ends) |
            _short_of_margin(textpage, text, starts) | _before_indents(textpage, text, starts) |
            {k - 1 for k, head in enumerate(heads) if k and head is LABELLED}) if breaks else ()
    beside = _beside_the_column(textpage, text, starts, ends) if breaks else set()
    cells = _cells_beside_rows(textpage, text, starts, ends) - beside if breaks else set()
    return _map_hyphens("\n".join((ASIDE if k in beside else CELL if k in cells else "") +
                                   (head or "") + line +
                                   (PARAGRAPH_GAP if k in gaps else "")
                                   for k, (head, line) in enumerate(zip(heads, out))))


# A side column's line (a key-finding box, a pull quote set beside the text) is at most this
# share of the text column's typical width …
ASIDE_WIDTH_RATIO = 0.6
# … and such lines are at most this share of the page's lines (two columns of a summary are
# each about half, and each as wide as the other).
ASIDE_MAX_SHARE = 0.3
# The text column's lines: at least this share of the widest lines' width.
COLUMN_LINE_RATIO = 0.75


def _beside_the_column(textpage, text: str, starts: list[int | None],
                       ends: list[int]) -> set[int]:
    """The lines set in a side column to the right of the text column: each starting right of
    where the column's lines end, and narrow beside them (issue 20: an fpdf2 report's
    key-finding boxes and pull quotes, read into the paragraph they stand beside). Found by
    position on the page, for any producer; a margin on the left holds paragraph numbers
    and headings, which belong to the text, and is left alone."""
    extents: dict[int, tuple[float, float]] = {}
    for k, (first, end) in enumerate(zip(starts, ends)):
        if first is None:
            continue
        last = next((i for i in range(end - 1, first - 1, -1) if not text[i].isspace()), None)
        if last is not None:
            extents[k] = (_charbox(textpage, first)[0], _charbox(textpage, last)[2])
    # (a pull quote's opening mark on a line of its own is beside the column too, but only
    # lines of words measure the column)
    worded = {k for k in extents if any(c.isalpha() for c in text[starts[k]:ends[k]])}
    if len(worded) < MIN_COLUMN_LINES:
        return set()
    widths = sorted(extents[k][1] - extents[k][0] for k in worded)
    widest = widths[int(0.8 * (len(widths) - 1))]
    column = [extents[k] for k in worded
              if extents[k][1] - extents[k][0] >= COLUMN_LINE_RATIO * widest]
    if len(column) < MIN_COLUMN_LINES:
        return set()
    column_right = statistics.median(right for _, right in column)
    beside = {k for k, (left, right) in extents.items()
              if left > column_right and right - left < ASIDE_WIDTH_RATIO * widest}
    # every line starting where a side column's line starts is narrow too: the short first
    # line of a summary's second column, whose other lines are as wide as the first
    # column's, is that column's text
    em = statistics.median(_font_size(textpage, starts[k]) or 10.0 for k in worded)
    beside = {k for k in beside if not any(
        abs(left - extents[k][0]) <= em and right - left >= ASIDE_WIDTH_RATIO * widest
        for left, right in (extents[j] for j in worded))}
    # a box of lines one below the other, not a table's last column (a cell a row, each
    # between the rows' other cells) nor a heading set off to the right
    beside = {k for k in beside if k - 1 in beside or k + 1 in beside}
    return beside if len(beside & worded) <= ASIDE_MAX_SHARE * len(worded) else set()


# A table's cell beside its row: starting at least this many type sizes right of where every
# line since the row's first ends, back up on that line's baseline (within CELL_BASELINE_EMS);
# a row is a few lines (CELL_ROW_LINES).
CELL_GAP_EMS = 1.0
CELL_BASELINE_EMS = 0.2
CELL_ROW_LINES = 6


def _cells_beside_rows(textpage, text: str, starts: list[int | None],
                       ends: list[int]) -> set[int]:
    """The lines of a table's column that the producer drew after the rest of its row: back
    up on the baseline of the row's first line, right of every line since (Typst's and
    asciidoctor-pdf's tables of recommendations with a column of timescales: issue 20, "6
    months" read into the recommendation). The lines under such a line at its left edge
    are the same cell's ("By February" / "2026")."""
    geometry: dict[int, tuple[float, float, float, float]] = {}   # left, right, baseline, size
    for k, (first, end) in enumerate(zip(starts, ends)):
        if first is None:
            continue
        last = next((i for i in range(end - 1, first - 1, -1) if not text[i].isspace()), None)
        if last is not None:
            geometry[k] = (_charbox(textpage, first)[0], _charbox(textpage, last)[2],
                           _origin_y(textpage, first), _font_size(textpage, first) or 10.0)
    found: set[int] = set()
    for k in sorted(geometry):
        left, _, base, size = geometry[k]
        if k - 1 in found and k - 1 in geometry and \
                abs(geometry[k - 1][0] - left) <= CELL_BASELINE_EMS * size and \
                0 < geometry[k - 1][2] - base <= 2 * size:
            found.add(k)        # the cell's next line, under its first
            continue
        if k - 1 not in geometry or geometry[k - 1][2] - base > -CELL_BASELINE_EMS * size:
            continue            # not back up above the line before it
        for j in range(k - 1, max(-1, k - 1 - CELL_ROW_LINES), -1):
            if j not in geometry or geometry[j][1] > left - CELL_GAP_EMS * size:
                break           # a line reaching the cell's column: no row beside it
            if abs(geometry[j][2] - base) <= CELL_BASELINE_EMS * size:
                if j < k - 1:   # the row's first line, with lines of its own below it
                    found.add(k)
                break
    return found


def _word_gaps(textpage, text: str, spans: list[tuple[int, int]]
               ) -> list[tuple[int, str, int]]:
    """Where PDFium's words differ from the printed gaps between letters: (offset, " ", 0) to
    put a space before text[offset], (offset, "", 1) to take out the space at text[offset].

    PDFium decides a word's end by the gap to the next glyph against the font's own space,
    which a font embedded without one (groff through Ghostscript) or a word drawn by its
    own call at a computed x (issue 20) can defeat: "overthe last twoyears", "un-ev en".
    The glyphs' advance boxes say it plainly: a gap wider than WORD_GAP_EMS of the type size
    (and than the line's usual gap between letters by as much again: letter-spaced type) is
    a word's end; a space where the letters touch (under JOINED_GAP_EMS) is none."""
    out: list[tuple[int, str, int]] = []
    box, rect = _GET_LOOSE_BOX, _LOOSE_RECT_REF
    for start, end in spans:
        if end - start < 3:
            continue
        lefts, rights, bases, sizes = [], [], [], []
        for i in range(start, end):
            box(textpage, i, rect)
            lefts.append(_LOOSE.left)
            rights.append(_LOOSE.right)
            bases.append(_LOOSE.bottom)
            sizes.append(_LOOSE.top - _LOOSE.bottom)
        pairs = []          # (offset of the second letter, gap, height) of touching letters
        for n in range(1, end - start):
            a, b = text[start + n - 1], text[start + n]
            if a.isspace() or a in _HYPHEN_MARKERS or b in _HYPHEN_MARKERS:
                continue
            height = sizes[n - 1]
            if height <= 0 or abs(sizes[n] - height) > 0.2 * height or \
                    abs(bases[n] - bases[n - 1]) > 0.2 * height:
                continue        # another size or baseline: a call, a cell, another line
            if b.isspace():
                if n + 1 < end - start and not text[start + n + 1].isspace() and \
                        abs(sizes[n + 1] - height) <= 0.2 * height and \
                        abs(bases[n + 1] - bases[n - 1]) <= 0.2 * height and \
                        -LETTER_OVERLAP_EMS * height < lefts[n + 1] - rights[n - 1] < \
                        JOINED_GAP_EMS * height:
                    out.append((start + n, "", 1))
                continue
            pairs.append((start + n, lefts[n] - rights[n - 1], height))
        if not pairs:
            continue
        usual = statistics.median(gap for _, gap, _ in pairs)
        out += [(i, " ", 0) for i, gap, height in pairs
                if gap > WORD_GAP_EMS * height and gap - usual > WORD_GAP_EMS * height]
    return out


def _notes_to_foot(textpage, text: str, out: list[str], starts: list[int | None],
                   order: list[int]) -> list[int]:
    """`order` with each column's footnotes put after the page's other lines.

    A page in columns may set each column's footnotes at that column's foot, and a producer
    that draws a column's notes when it is full gives them before the next column's text: a
    paragraph running on into that column was read with the notes inside it (issue 20). Such
    a block is a run of lines set smaller than the page's body (FOOTNOTE_SIZE_RATIO), the
    first opening with a footnote's number, after which the text jumps back up the page
    (RUN_JUMP_POINTS above the block's first line): a column's foot. At the page's foot, all
    the notes together, the one rule for footnotes (index.paragraphs) finds them."""
    sizes = [None if i is None else _font_size(textpage, i) or None for i in starts]
    known = [size for size in sizes if size is not None]
    if len(known) < MIN_PITCH_STEPS:
        return order
    body = statistics.median(known)
    small = [size is not None and size <= FOOTNOTE_SIZE_RATIO * body for size in sizes]
    if not any(small):
        return order
    moved: list[int] = []
    n = 0
    while n < len(order):
        k = order[n]
        if not small[k] or not _FOOTNOTE_LABEL.match(out[k]):
            n += 1
            continue
        end = n
        while end + 1 < len(order) and small[order[end + 1]]:
            end += 1
        after = next((order[m] for m in range(end + 1, len(order))
                      if starts[order[m]] is not None), None)
        if after is not None and not small[after] and \
                _origin_y(textpage, starts[after]) > _origin_y(textpage, starts[k]) + \
                RUN_JUMP_POINTS:
            moved += order[n:end + 1]
            order = order[:n] + order[end + 1:]
            continue
        n = end + 1
    return order + moved if moved else order


def _reading_order(textpage, text: str, starts: list[int | None], ends: list[int]) -> list[int]:
    """The page's lines in reading order: the runs of lines the producer drew one below the
    other, a run drawn before another yet wholly below it put after it.

    PDFium gives the text in the order it was drawn. A producer may draw a block after the
    text it stands above: WeasyPrint and Chromium paint positioned boxes (a paragraph
    `position: relative` for its margin number) after the others, so a table or a caption
    below them came first and the continued paragraph's last lines were read into the table
    (issue 20). Runs beside each other (columns, a box floated beside the text) overlap in
    height and keep their order."""
    tops, bottoms = [], []
    for first, end in zip(starts, ends):
        if first is None:
            tops.append(None)
            bottoms.append(None)
            continue
        last = next((i for i in range(end - 1, first - 1, -1) if text[i].isalpha()), first)
        tops.append(_origin_y(textpage, first))
        bottoms.append(_origin_y(textpage, last))
    runs: list[list[int]] = []
    below = None        # the baseline of the run's lowest line so far
    for k, (top, bottom) in enumerate(zip(tops, bottoms)):
        if runs and (top is None or below is None or top <= below + RUN_JUMP_POINTS):
            runs[-1].append(k)
        else:
            runs.append([k])
        if bottom is not None:
            below = bottom if below is None or not runs[-1][:-1] else min(below, bottom)
    if not 2 <= len(runs) <= MAX_RUNS:
        return list(range(len(starts)))

    def band(run: list[int]) -> tuple[float, float] | None:
        ys = [y for k in run for y in (tops[k], bottoms[k]) if y is not None]
        return (min(ys), max(ys)) if ys else None

    n = 0
    while n < len(runs) - 1:
        a, b = runs[n], runs[n + 1]
        height = band(a)
        if height is not None and tops[b[0]] is not None and \
                height[1] + RUN_JUMP_POINTS < tops[b[0]] and not any(
                    y is not None and height[0] - RUN_JUMP_POINTS <= y <= height[1] +
                    RUN_JUMP_POINTS for k in b for y in (tops[k], bottoms[k])):
            # drawn first, printed below the next run's first line, in a band of the page
            # of its own (a box floated beside lines of the next run stays where it is), to
            # go after more than a running header's lines of that run (the page's text is not
            # moved below a header drawn after it: the furniture rules know where such a
            # producer puts it): read where it is printed, before the first line of that run
            # printed below it
            at = next((p for p, k in enumerate(b) if tops[k] is not None and
                       tops[k] < height[1]), len(b))
            if at > HEADER_LINES:   # (not under a running header's lines alone)
                runs[n:n + 2] = [b[:at] + a + b[at:]]
                continue
        n += 1
    return [k for run in runs for k in run]


def _paragraph_gaps(textpage, text: str, starts: list[int | None], ends: list[int]) -> set[int]:
    """The lines followed by a paragraph's gap: the next line's baseline lower than this one's
    last baseline by more than the page's commonest line pitch and a share of the type size
    (PARAGRAPH_GAP_RATIO of the pitch, or GAP_EXTRA_EMS more; a summary in two columns, a
    letter: paragraphs spaced apart, whatever their last line's length).

    A line's last baseline is its last letter's: a line PDFium joined across a hyphen marker
    ("in\ufffespection") is two printed lines, and the step from its first baseline would
    be two pitches, a gap where there is none. The pitch is the least step between lines of
    the body's size that is frequent (PITCH_MIN_SHARE), not the median: a letter's address
    block set wider than its body (LibreOffice) moves the median past the body's paragraph
    gaps, and in a letter of short blocks the gaps between them may outnumber the lines'
    own steps. Typst spaces paragraphs 0.35 em more than its lines,
    LibreOffice and groff 0.65 em: under PARAGRAPH_GAP_RATIO of the pitch (issue 20)."""
    firsts = [None if i is None else _origin_y(textpage, i) for i in starts]
    lasts = []
    for first, end in zip(starts, ends):
        if first is None:
            lasts.append(None)
            continue
        last = next((i for i in range(end - 1, first - 1, -1) if text[i].isalpha()), first)
        lasts.append(_origin_y(textpage, last))
    sizes = [None if i is None else _font_size(textpage, i) or None
             for i in starts]
    if sum(size is not None for size in sizes) <= MIN_PITCH_STEPS:
        return set()
    em = statistics.median(size for size in sizes if size is not None)
    # between two lines of the body's size (a page's footnotes are set closer)
    steps = [a - b for a, b, s, t in zip(lasts, firsts[1:], sizes, sizes[1:])
             if a is not None and b is not None and a > b and s is not None and t is not None
             and abs(s - em) < PITCH_SIZE_TOLERANCE and abs(t - em) < PITCH_SIZE_TOLERANCE]
    if len(steps) < MIN_PITCH_STEPS:
        return set()
    counts = Counter(round(step * 2) / 2 for step in steps)
    frequent = [step for step, n in counts.items() if n >= max(2, PITCH_MIN_SHARE * len(steps))]
    pitch = min(frequent) if frequent else counts.most_common(1)[0][0]
    least = min(PARAGRAPH_GAP_RATIO * pitch, pitch + GAP_EXTRA_EMS * em)
    return {k for k, (a, b) in enumerate(zip(lasts, firsts[1:])) if a is not None and b is not None
            and least < a - b < MAX_GAP_PITCHES * pitch}


def _before_indents(textpage, text: str, starts: list[int | None]) -> set[int]:
    """The lines followed by a paragraph's indented first line: paragraphs set without space
    between them, each first line indented (LaTeX's and Typst's way, a letter or a summary
    so set read as one block; issue 20). The text's left edge is the least left edge that
    two full lines share; an indent is MIN_INDENT_EMS to MAX_INDENT_EMS right of it, before
    a capital, a figure or a quotation mark, after a line at the edge or itself indented."""
    firsts = [i for i in starts if i is not None]
    if len(firsts) < MIN_PITCH_STEPS:
        return set()
    em = statistics.median(_font_size(textpage, i) or 10.0
                           for i in firsts)
    lefts = [None if i is None else _charbox(textpage, i)[0] for i in starts]
    full = Counter(round(left) for k, left in enumerate(lefts) if left is not None and
                   len(text[starts[k]:].split("\n", 1)[0]) >= MARGIN_COLUMN_LINE_CHARS)
    shared = [left for left, n in full.items() if n >= 2]
    if not shared:
        return set()
    edge = min(shared)

    def indented(k: int) -> bool:
        return lefts[k] is not None and \
            MIN_INDENT_EMS * em <= lefts[k] - edge <= MAX_INDENT_EMS * em

    found = {k - 1 for k in range(1, len(starts)) if indented(k) and lefts[k - 1] is not None
             and (abs(lefts[k - 1] - edge) < MARGIN_COLUMN_TOLERANCE or indented(k - 1))
             and (text[starts[k]].isupper() or text[starts[k]].isdigit()
                  or text[starts[k]] in "‘“'\"")}
    at_edge = sum(left is not None and abs(left - edge) < MARGIN_COLUMN_TOLERANCE
                  for left in lefts)
    return found if len(found) >= 2 and at_edge >= 2 else set()


def _short_of_margin(textpage, text: str, starts: list[int | None]) -> set[int]:
    """The lines of justified text that end well before its right edge, text below them."""
    bounds = []     # (left, right, em) of each line, or None
    for k, first in enumerate(starts):
        stop = next((i for i in starts[k + 1:] if i is not None), len(text))
        last = next((i for i in range(stop - 1, first - 1, -1)
                     if not text[i].isspace() and text[i] not in _HYPHEN_MARKERS), None) \
            if first is not None else None
        em = _font_size(textpage, last) if last is not None else 0
        bounds.append((_charbox(textpage, first)[0], _charbox(textpage, last)[2], em)
                      if last is not None and em else None)
    measured = [b for b in bounds if b is not None]
    if len(measured) < MIN_PITCH_STEPS:
        return set()
    em = statistics.median(b[2] for b in measured)
    right = Counter(round(b[1] / (JUSTIFIED_TOLERANCE_EMS * em)) for b in measured)
    edge, _ = right.most_common(1)[0]
    full = [b for b in measured if abs(b[1] / (JUSTIFIED_TOLERANCE_EMS * em) - edge) <= 1]
    if len(full) < JUSTIFIED_MIN_SHARE * len(measured):
        return set()
    margin = max(b[1] for b in full)
    left = statistics.median(b[0] for b in full)
    return {k for k, b in enumerate(bounds[:-1]) if b is not None and bounds[k + 1] is not None
            and abs(b[0] - left) < MAX_INDENT_EMS * em
            and abs(bounds[k + 1][0] - left) < MAX_INDENT_EMS * em
            and b[1] < margin - SHORT_OF_MARGIN_EMS * em}


def _raised_calls(textpage, text: str, spans: list[tuple[int, int]],
                  calls: bool = True) -> tuple[list[int], list[int]]:
    """Where each footnote call printed inside a line starts: digits set smaller than the
    line (SUPERSCRIPT_MAX_RATIO) and raised above its baseline (CALL_RAISE_EMS), right after
    a word, a figure, a full stop, a comma or a closing quotation mark ("Act 1999¹ to",
    "powers.²", "“…”³"). PDFium gives them inline as plain digits, which no rule on the
    text alone can tell from the figure they follow ("19991"). Also where a raised footnote
    label opening a line ends with its text glued on ("¹Survey …"): the foot's footnote.

    Without `calls` only the labels are looked for (the caller drops the calls' marks): on
    the lines that open with digits glued to a letter, the only lines where one can be."""
    found, labels = [], []
    for start, end in spans:
        line = text[start:end]
        # (the characters first, then their places: most lines hold no digit)
        if not _ANY_DIGIT.search(line) if calls else not _may_open_with_label(line):
            continue
        digit_chars = {c for c in set(line) if c.isdigit()}
        digits = [start + i for i, c in enumerate(line) if c in digit_chars]
        # Against the character the digits follow: a line PDFium joined over a hyphen marker
        # holds two printed lines (its first letters give the wrong baseline), and a line
        # may hold no letter ("2022.⁷", its words on the next line: Typst).
        local = {i for i in digits if calls and i > start and _follows_word(text, i, start) and
                 _is_call(_font_size(textpage, i),
                          _origin_y(textpage, i) - _origin_y(textpage, i - 1),
                          _font_size(textpage, i - 1))}
        others = list(itertools.islice((start + i for i, c in enumerate(line) if c.isalpha()),
                                       CALL_SAMPLE_CHARS))
        body = others and statistics.median(_font_size(textpage, i)
                                            for i in others)
        if not body:
            found += sorted(local)
            continue
        baseline = statistics.median(_origin_y(textpage, i) for i in others)
        raised = {i for i in digits
                  if _is_call(_font_size(textpage, i),
                              _origin_y(textpage, i) - baseline, body)}
        if calls:
            found += sorted({i for i in raised if i > start and i - 1 not in raised
                             and _follows_word(text, i, start)} | local)
        if start in raised:
            end_of_label = next(i for i in range(start, end + 1) if i not in raised)
            if end_of_label < end and text[end_of_label].isalpha():
                labels.append(end_of_label)
    return found, labels


def _follows_word(text: str, i: int, start: int) -> bool:
    """Whether the digits at text[i] follow a word, a figure or a stop: glued to it ("powers.²"),
    or a word of their own one space after it ("2026/27. ¹ In November": rinohtype sets its
    call apart so; issue 20). A raised number alone after a space is no ordinal or power,
    which follow their figure."""
    if not text[i - 1].isspace():
        return True
    end = i
    while end < len(text) and text[end].isdigit():
        end += 1
    return text[i - 1] == " " and i - 2 >= start and not text[i - 2].isspace() and \
        (end == len(text) or text[end].isspace())


def _may_open_with_label(line: str) -> bool:
    """Whether a line opens with digits (str.isdigit) glued to a letter ("¹Survey", "2The"):
    the only lines a raised footnote label with its text glued on can open (a label is
    digits, which no letter is, up to the first character that is not raised)."""
    if not line[:1].isdigit():
        return False
    rest = line.lstrip("".join(c for c in set(line) if c.isdigit()))
    return rest[:1].isalpha()


def _is_call(size: float, raised: float, body: float) -> bool:
    """Whether digits of this size, their baseline `raised` above the line's, are a footnote
    call in a line of type size `body`: smaller (SUPERSCRIPT_MAX_RATIO) and raised
    (CALL_RAISE_EMS), or a browser's default <sup> (HTML's "smaller", 0.83 of the text)
    raised clearly more (CLEAR_RAISE_EMS)."""
    return size <= SUPERSCRIPT_MAX_RATIO * body and raised > CALL_RAISE_EMS * body or \
        size <= SUP_MAX_RATIO * body and raised > CLEAR_RAISE_EMS * body


def _origin_y(textpage, index: int) -> float:
    """The baseline of the character at `index` (its origin's y)."""
    _GET_CHAR_ORIGIN(textpage, index, _X_REF, _Y_REF)
    return _Y.value


def _charbox(textpage, index: int) -> tuple[float, float, float, float]:
    """The character's box (left, bottom, right, top), as PdfTextPage.get_charbox gives it,
    into buffers made once: the geometry asks for thousands a page (issue 23: a third of a
    pack page's reading went to making four ctypes doubles a call)."""
    if not _GET_CHAR_BOX(textpage, index, _LEFT_REF, _RIGHT_REF, _BOTTOM_REF, _TOP_REF):
        raise pdfium.PdfiumError("Failed to get charbox.")
    return _LEFT.value, _BOTTOM.value, _RIGHT.value, _TOP.value


def _margin_labels(textpage, text: str, spans: list[tuple[int, int]], apart: bool = True
                   ) -> tuple[list[tuple[int, int]], dict[int, str], set[int]]:
    """Paragraph numbers printed in the left margin, put before the line they number.

    A number ("12", "12.", "2.3.1") whose glyphs end left of the text column, on the baseline
    of a line that starts at the column, numbers that line's paragraph: LaTeX's \\marginpar,
    Typst and many inspection reports set them so, and PDFium gives them on a line of their
    own, often after all the page's text, or glued to the line with no full stop, so that no
    paragraph was found (issue 20). Returns the spans left (numbers alone taken out; a number
    opening its line cut off) and, for each span index to number, the text to print before
    it: "12. " (a number with no dots takes a full stop, as a paragraph numbered straight
    through prints it) or "2.3.1 ". A word or two set there instead of a number (Typst's
    "fore-word" beside each paragraph of a foreword) is no text of the paragraph but says
    that it starts one: the span indices of the lines so labelled come third.

    `apart`: a number set apart from its line's words (another type, a tab's gap: _set_apart)
    numbers it too, wherever it stands, as a report's paragraph numbers are drawn (a source's
    reading; an agenda pack's or a motion's numbers are read as printed).
    """
    if not any(_MARGIN_NUMBER.match(text, start, end) or _MARGIN_WORD.fullmatch(text, start, end)
               for start, end in spans):
        return spans, {}, set()     # no line opens with a number, none is a word alone:
                                    # nothing to measure (issue 23)
    firsts = [next((i for i in range(start, end) if not text[i].isspace()), None)
              for start, end in spans]
    lefts: Counter[int] = Counter()
    rights: dict[int, float] = {}       # the furthest right a long line at each edge ends
    sizes = []
    for (start, end), first in zip(spans, firsts):
        m = _MARGIN_NUMBER.match(text, start, end)
        if m is not None:      # where the words after a number start (PDFium may join them)
            first = next((i for i in range(m.end(1), end) if not text[i].isspace()), None)
        if first is not None and end - first >= MARGIN_COLUMN_LINE_CHARS:
            left = round(_charbox(textpage, first)[0])
            lefts[left] += 1
            sizes.append(_font_size(textpage, first) or 10.0)
            last = next(i for i in range(end - 1, first - 1, -1) if not text[i].isspace())
            rights[left] = max(rights.get(left, left), _charbox(textpage, last)[2])
    if not lefts:
        return spans, {}, set()
    # Each column's left edge: an edge that long lines share, the lines of each ending before
    # the next edge (two columns have two; the commonest alone would leave the second
    # column's numbers unseen: issue 20). An indent or a table's column is no column: the
    # lines at the main edge run past it.
    main, most = lefts.most_common(1)[0]
    columns = sorted(left for left, n in lefts.items()
                     if left == main or n >= max(MIN_COLUMN_LINES, COLUMN_EDGE_SHARE * most) and
                     (rights[main] < left if left > main else rights[left] < main))
    body_size = statistics.median(sizes)

    def column_of(index: int | None) -> float | None:
        """The column edge the character at `index` starts at, if any."""
        if index is None:
            return None
        left = _charbox(textpage, index)[0]
        return next((c for c in columns if abs(left - c) <= MARGIN_COLUMN_TOLERANCE), None)

    def runs_on(number_start: int, k: int) -> bool:
        """Whether the line spans[k], numbered by the number at `number_start`, is a line of a
        paragraph however few its characters (a narrow column): it runs to its column's right
        edge, or the next line goes on with a small letter."""
        span = spans[k]
        after = next((i for i in range(*spans[k + 1]) if not text[i].isspace()), None) \
            if k + 1 < len(spans) else None
        if after is not None and text[after].islower():
            return True
        edge = column_of(number_start)
        if edge is None:
            edge = column_of(next((i for i in range(*span) if not text[i].isspace()), None))
        last = next((i for i in range(span[1] - 1, span[0] - 1, -1)
                     if not text[i].isspace()), None)
        return edge is not None and last is not None and \
            _charbox(textpage, last)[2] >= rights[round(edge)] - SHORT_OF_MARGIN_EMS * body_size

    def at_column(index: int | None) -> bool:
        return column_of(index) is not None

    def beside(number_end: int, index: int | None, size: float) -> bool:
        """The character at `index` starts a line's words just right of a number ending at
        `number_end` (a number drawn on its own before its paragraph's indented first line,
        or after the page's words: PDFium gives it a line of its own)."""
        if index is None:
            return False
        gap = _charbox(textpage, index)[0] - _charbox(textpage, number_end - 1)[2]
        return 0 <= gap <= MAX_INDENT_EMS * size

    spans = list(spans)
    numbers: dict[int, str] = {}
    alone: list[tuple[int, str, float, int, float]] = []
    # (span index, number, baseline, its glyphs' end, its size)
    for k, (start, end) in enumerate(spans):
        m = _MARGIN_NUMBER.match(text, start, end) or _MARGIN_WORD.fullmatch(text, start, end)
        if m is None:
            continue
        size = _font_size(textpage, m.start(1)) or body_size
        right = _charbox(textpage, m.end(1) - 1)[2]
        if m.re is _MARGIN_WORD:
            if right <= main - MARGIN_GAP_EMS * size:
                alone.append((k, None, _origin_y(textpage, m.start(1)), m.end(1), size))
            continue
        rest = next((i for i in range(m.end(1), end) if not text[i].isspace()), None)
        edge = column_of(rest)
        if rest is None:
            alone.append((k, m.group(1), _origin_y(textpage, m.start(1)), m.end(1), size))
            continue
        same_baseline = abs(_origin_y(textpage, rest) - _origin_y(
            textpage, m.start(1))) <= MARGIN_BASELINE_EMS * size
        if not same_baseline:
            continue
        if edge is not None and right <= edge - MARGIN_GAP_EMS * size or \
                apart and "." not in m.group(1) and _opens_sentence(text[rest]) and \
                _set_apart(textpage, m.start(1), rest, body_size):
            # (a number printed with its full stop, "12." or "2.3.1", reads right as it is)
            spans[k] = (rest, end)
            numbers[k] = _printed_number(m.group(1), textpage, text, spans[k], body_size,
                                         runs_on(m.start(1), k))
        # else a number in the text ("48 members voted")
    taken: set[int] = set()
    for k, number, baseline, number_end, size in alone:
        number_right = _charbox(textpage, number_end - 1)[2]
        # the lines on its baseline that start right of it, the nearest first (in two columns
        # the line beside it, not the other column's on the same baseline)
        near = sorted((_charbox(textpage, firsts[j])[0], j) for j in range(len(spans))
                      if j != k and j not in numbers and firsts[j] is not None
                      and _charbox(textpage, firsts[j])[0] >= number_right - 0.5
                      and abs(_origin_y(textpage, firsts[j]) - baseline) <=
                      MARGIN_BASELINE_EMS * (_font_size(textpage, firsts[j]) or body_size))
        if not near:
            continue
        j = near[0][1]
        edge = column_of(firsts[j])
        start = spans[k][0] + len(text[spans[k][0]:spans[k][1]]) - \
            len(text[spans[k][0]:spans[k][1]].lstrip())
        if number is not None and any(
                j2 != k and firsts[j2] is not None and column_of(firsts[j2]) is None
                and spans[j2][1] - firsts[j2] < MARGIN_COLUMN_LINE_CHARS
                and _charbox(textpage, firsts[j2])[2] < number_right
                and abs(_origin_y(textpage, firsts[j2]) - baseline) <= MARGIN_BASELINE_EMS * size
                for j2 in range(len(spans))):
            continue    # a cell of a table's row ("Transport | 263 | Congestion …"): a short
                        # text before it on its baseline, at no column's edge
        if number is None:
            # a word or two labels only the main column's lines: in a page of columns a
            # word alone left of another column's edge is a table's cell
            if abs(_charbox(textpage, firsts[j])[0] - main) <= MARGIN_COLUMN_TOLERANCE:
                numbers[j] = LABELLED
                taken.add(k)
            continue
        if edge is not None and number_right <= edge - MARGIN_GAP_EMS * size or \
                apart and beside(number_end, firsts[j], size) and (
                    column_of(start) is not None or
                    _set_apart(textpage, start, firsts[j], body_size)) and \
                _opens_sentence(text[firsts[j]]):
            # in the margin left of a column; or just before the line's words, drawn apart
            # from them, at a column's edge (the words indented after it) or in a type of
            # its own
            numbers[j] = _printed_number(number, textpage, text, spans[j], body_size,
                                         runs_on(start, j))
            taken.add(k)
    kept = [k for k in range(len(spans)) if k not in taken]
    return ([spans[k] for k in kept],
            {kept.index(k): v for k, v in numbers.items() if v is not LABELLED},
            {kept.index(k) for k, v in numbers.items() if v is LABELLED})


def _opens_sentence(char: str) -> bool:
    """Whether a paragraph's words may start with this character."""
    return char.isupper() or char.isdigit() or char in "‘“'\"("


def _style(textpage, index: int) -> tuple[bytes, int, tuple[int, int, int]]:
    """The character's font name, weight and fill colour."""
    _FONT_NAME.value = b""      # (a name longer than the buffer is not written)
    _GET_FONT_INFO(textpage, index, _FONT_NAME_REF, len(_FONT_NAME), None)
    weight = _GET_FONT_WEIGHT(textpage, index)
    if not _GET_FILL_COLOR(textpage, index, _R_REF, _G_REF, _B_REF, _A_REF):
        colour = (-1, -1, -1)
    else:
        colour = (_R.value, _G.value, _B.value)
    return _FONT_NAME.value, weight, colour


def _set_apart(textpage, start: int, rest: int, body_size: float) -> bool:
    """Whether the number whose first digit is text[start] is set apart from the words of
    body text (`body_size`; a footnote, set smaller, labels its text so) from `rest` on: in
    another font (a bold number before roman words), weight, colour or size
    (NUMBER_SIZE_TOLERANCE larger; a number set smaller is a footnote's label or a call). A
    designed report draws its paragraph numbers so, each on its own (issue 20): a number in
    the text is set as the words around it. (A tab's gap alone is no sign: a justified line's
    first space may be as wide.)"""
    a, b = start, rest
    size_a, size_b = _font_size(textpage, a), _font_size(textpage, b)
    if not size_a or not size_b or size_a < (1 - NUMBER_SIZE_TOLERANCE) * size_b or \
            size_b < (1 - NUMBER_SIZE_TOLERANCE) * body_size:
        return False        # smaller: a footnote's label, or a call ("2024.¹ The council's …")
    if _style(textpage, a) != _style(textpage, b):
        return True
    return bool(size_a and size_b and abs(size_a - size_b) > NUMBER_SIZE_TOLERANCE * size_b)


def _printed_number(number: str, textpage, text: str, span: tuple[int, int],
                    body_size: float, runs_on: bool = False) -> str:
    """"12" before a line of body text is "12. "; before a larger heading (a chapter's "2 ")
    or a short line that ends no sentence (a contents entry, "3 Governance 14") it stays
    "12 ", as a chapter's number is printed. `runs_on`: the line is a paragraph's
    line however few its characters (a narrow column's)."""
    if re.fullmatch(r"\d+\.", number):
        return f"{number} "         # printed with its full stop: a paragraph's, as printed
    number = number.rstrip(".")
    first = next(i for i in range(*span) if not text[i].isspace())
    line = text[first:span[1]].strip()
    heading = (_font_size(textpage, first) or body_size) > \
        MARGIN_HEADING_RATIO * body_size
    body = len(line) >= MARGIN_COLUMN_LINE_CHARS or line.endswith((".", ":", "?", "!")) or runs_on
    return f"{number} " if "." in number or heading or not body else f"{number}. "


def _map_hyphens(text: str) -> str:
    for marker in _HYPHEN_MARKERS:
        text = text.replace(marker + "\n", "-\n").replace(marker, "-\n")
    return text


def _continues_after_raised(textpage, text: str, above: tuple[int, int],
                            line: tuple[int, int]) -> bool:
    """True when `line` is the rest of the printed line `above`, which PDFium broke after a raised
    number at its end: a footnote marker, or a footnote's own label at the page foot."""
    last = next((i for i in range(above[1] - 1, above[0] - 1, -1) if not text[i].isspace()), None)
    if last is None or not text[last].isdigit():
        return False
    first = next((i for i in range(*line) if not text[i].isspace()), None)
    if first is None:
        return False
    size = _font_size(textpage, first)
    if not size or _font_size(textpage, last) > SUPERSCRIPT_MAX_RATIO * size:
        return False
    digit_left, digit_bottom, digit_right, _ = _charbox(textpage, last)
    left, bottom, _, top = _charbox(textpage, first)
    # Raised: the number's foot above the text's baseline, but within the text's height.
    return bottom - 0.1 * size <= digit_bottom <= bottom + size and left >= digit_right - 0.1 * size


def _same_baseline(textpage, text: str, above: tuple[int, int], rest: tuple[int, int]) -> bool:
    """True when the text after a raised number sits on the line above's baseline: PDFium broke
    one printed line in two at the number ("of 25%." / "1 We are conscious …")."""
    first = next((i for i in range(*rest) if not text[i].isspace()), None)
    last = next((i for i in range(above[1] - 1, above[0] - 1, -1) if not text[i].isspace()), None)
    if first is None or last is None:
        return False
    size = _font_size(textpage, last) or 1.0
    return abs(_charbox(textpage, first)[1] - _charbox(textpage, last)[1]) < 0.3 * size


def _split_columns(textpage, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Header and footer lines split where a wide gap parts two texts on one baseline.

    PDFium joins everything on a baseline into one line: a running header's left and right
    parts ("Ravensholt Best Value Inspection" … "Chapter 1: Introduction") become one line
    that recurs on no other page. pypdf keeps them apart, and so does this, for the lines
    where furniture can be (the middle of a page keeps PDFium's lines: cells of a table read
    the same either way).
    """
    zone = set(range(min(HEADER_LINES, len(spans)))) | \
        set(range(max(0, len(spans) - FOOTER_LINES), len(spans)))
    # (PDFium called straight, into the buffers _charbox uses: two boxes and a size for every
    # space of these lines are most of a plain page's geometry)
    raw, box, font_size = textpage, _GET_CHAR_BOX, _font_size
    out = []
    for k, (start, end) in enumerate(spans):
        if k not in zone or " " not in text[start:end].strip():
            out.append((start, end))
            continue
        piece = start
        for m in _LONE_SPACE.finditer(text, start, end):
            i = m.start()
            if i == start:
                continue        # (the line's own first character: no text before it)
            if not box(raw, i + 1, _LEFT_REF, _RIGHT_REF, _BOTTOM_REF, _TOP_REF):
                raise pdfium.PdfiumError("Failed to get charbox.")
            left = _LEFT.value
            if not box(raw, i - 1, _LEFT_REF, _RIGHT_REF, _BOTTOM_REF, _TOP_REF):
                raise pdfium.PdfiumError("Failed to get charbox.")
            if left - _RIGHT.value > COLUMN_GAP_EMS * (font_size(raw, i - 1) or 10.0):
                out.append((piece, i))
                piece = i + 1
        out.append((piece, end))
    return out


# A line whose first and last letters' baselines are more than this many of its size apart is
# two printed lines (_split_at_baselines); a raised call sits under half a size up.
LINE_STEP_EMS = 0.6
# A line on the baseline of the line before it, starting within this many of its size right
# of that line's end, goes on with it (_continuations): a justified line's widest space.
JOIN_GAP_EMS = 2.0
# A line's last word that is a number printed left of the line's start, or left of the word
# before it and this many of its sizes above or below it, was printed elsewhere
# (_split_stray_numbers); a raised footnote call sits under half a size above its word.
STRAY_BASELINE_EMS = 0.8


def _split_stray_numbers(textpage, text: str, spans: list[tuple[int, int]]
                         ) -> list[tuple[int, int]]:
    """Lines whose last word is a number printed elsewhere on the page, split before it.

    A producer that draws a page's paragraph numbers after all its words (each number a
    text object of its own, issue 20) gets from PDFium the first of them glued to the page's
    last line ("… at the meetings we observed. 93"): on another baseline, left of the words it
    follows. Split off, it is a number alone that _margin_labels puts where it was printed."""
    out = []
    for start, end in spans:
        m = _TRAILING_NUMBER.search(text, start, end)
        if m is None or m.start() == start:
            out.append((start, end))
            continue
        digit, before = m.start(1), m.start() - 1
        size = _font_size(textpage, before) or 10.0
        first = next(i for i in range(start, end) if not text[i].isspace())
        left = _charbox(textpage, digit)[0]
        if left < _charbox(textpage, first)[0] - MARGIN_COLUMN_TOLERANCE or \
                left < _charbox(textpage, before)[0] and abs(
                    _origin_y(textpage, digit) - _origin_y(textpage, before)) > \
                STRAY_BASELINE_EMS * size:
            out += [(start, m.start()), (digit, end)]
        else:
            out.append((start, end))
    return out


def _split_at_baselines(textpage, text: str, spans: list[tuple[int, int]]
                        ) -> list[tuple[int, int]]:
    """Lines PDFium joined across printed lines split where the baseline changes.

    A page of words each drawn at a computed x (issue 20) may come from PDFium with two
    printed lines on one line, a space between ("… over the last two years. 3 Staff we spoke
    …"): the words after the space sit a line lower. A line whose first and last letters are
    on baselines more than LINE_STEP_EMS of its size apart is split at each space where the
    baseline steps so (a line joined over a hyphen marker has no space at its step)."""
    out = []
    for start, end in spans:
        first = next((i for i in range(start, end) if not text[i].isspace()), None)
        last = next((i for i in range(end - 1, start - 1, -1) if not text[i].isspace()), None)
        if first is None or last == first:
            out.append((start, end))
            continue
        size = _font_size(textpage, first) or 10.0
        if abs(_origin_y(textpage, first) - _origin_y(textpage, last)) <= LINE_STEP_EMS * size:
            out.append((start, end))
            continue
        piece = start
        for m in _LONE_SPACE.finditer(text, start, end):
            i = m.start()
            if abs(_origin_y(textpage, i + 1) - _origin_y(textpage, i - 1)) > \
                    LINE_STEP_EMS * size:
                out.append((piece, i))
                piece = i + 1
        out.append((piece, end))
    return out


def _continuations(textpage, text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The lines that go on with the line before them on its baseline, just right of it:
    a justified line's last word PDFium gave a line of its own after a wide gap ("told us
    about" / "a"; issue 20), in the type of the line (a table's cells, a header's halves
    are further apart: JOIN_GAP_EMS)."""
    found = set()
    previous = None     # (baseline, right, size) of the line before's last letter
    for k, (start, end) in enumerate(spans):
        first = next((i for i in range(start, end) if not text[i].isspace()), None)
        last = next((i for i in range(end - 1, start - 1, -1) if not text[i].isspace()), None)
        if first is None:
            previous = None
            continue
        size = _font_size(textpage, first) or 10.0
        if previous is not None:
            baseline, right, before = previous
            gap = _charbox(textpage, first)[0] - right
            if abs(_origin_y(textpage, first) - baseline) <= 0.2 * size and \
                    abs(size - before) <= 0.1 * before and 0 <= gap <= JOIN_GAP_EMS * size:
                found.add(k)
        previous = (_origin_y(textpage, last), _charbox(textpage, last)[2],
                    _font_size(textpage, last) or size)
    return found


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, end - 1 if end > start and text[end - 1] == "\r" else end))
        start = end + 1


def _raised_marker_position(textpage, text: str, above: tuple[int, int],
                            digits: tuple[int, int]) -> int | None:
    """The offset in `text` where a small raised number printed in the line `above` belongs,
    or None when the digits are a line of their own (a page number, a table cell)."""
    digit_chars = [i for i in range(*digits) if not text[i].isspace()]
    above_chars = [i for i in range(*above) if not text[i].isspace()]
    if not digit_chars or not above_chars:
        return None
    body_size = statistics.median(_font_size(textpage, i)
                                  for i in above_chars)
    size = max(_font_size(textpage, i) for i in digit_chars)
    if not body_size or size > SUP_MAX_RATIO * body_size:
        return None
    if size > SUPERSCRIPT_MAX_RATIO * body_size and not _is_call(
            size, _origin_y(textpage, digit_chars[0]) - statistics.median(
                _origin_y(textpage, i) for i in above_chars), body_size):
        return None     # nearly the text's size, and not raised clearly: a figure
    left, bottom, _, _ = _charbox(textpage, digit_chars[0])
    boxes = [(i, _charbox(textpage, i)) for i in above_chars]
    line_bottom = min(box[1] for _, box in boxes)
    line_top = max(box[3] for _, box in boxes)
    if not line_bottom <= bottom <= line_top:
        return None     # not within the line above's height: not printed in it
    first_left, last_right = boxes[0][1][0], max(box[2] for _, box in boxes)
    if not first_left <= left <= last_right + body_size:
        return None
    # Before the first character that starts to its right; else at the line's end.
    for i, box in boxes:
        if box[0] >= left:
            return i
    return above[1]

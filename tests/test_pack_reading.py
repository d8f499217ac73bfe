"""Reading a PDF for its lines alone (an agenda pack, a motion: issue 23's speed): PDFium's
geometry for paragraph gaps is skipped, and nothing else read from the file changes. Each row
is a PDF of another producer or layout; its lines, labels and furniture must be those of a
full reading, only Page.breaks (which a pack never reads) left empty."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from agenda_packs import build_pack
from index import ReadingProcess, read_pages
from index.models import CELL, FOOTNOTE_CALL, PARAGRAPH_GAP
from index.readers import pdf_pdfium
from pdfs import make_pdf, margin_numbered_pdf

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
RESOURCES = Path(__file__).resolve().parent / "resources"


def _agenda_pack(tmp_path: Path) -> Path:
    return build_pack(tmp_path / "pack.pdf", padding_pages=2).path


def _margin_numbers(tmp_path: Path) -> Path:
    body = ["The council has not yet set out how it will meet the recommendations of the",
            "inspection, and its members have not agreed a timetable for doing so."]
    return margin_numbered_pdf(tmp_path / "margin.pdf",
                               [[("2.1", body, 10), ("2.2", body, 10), (None, body, 10)]] * 3)


def _header_and_footer(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "plain.pdf", [["Minutes of the meeting", "Members noted the report."],
                                             ["Members agreed the timetable.", "The meeting closed."]],
                    header="Licensing Committee")


PDFS = [
    pytest.param(lambda tmp: EXAMPLES / "report.pdf", id="report-reportlab"),
    pytest.param(lambda tmp: EXAMPLES / "report-chromium.pdf", id="report-chromium"),
    pytest.param(lambda tmp: EXAMPLES / "report-browser-print.pdf", id="report-browser-print"),
    pytest.param(lambda tmp: EXAMPLES / "letter.pdf", id="letter"),
    pytest.param(_agenda_pack, id="agenda-pack"),
    pytest.param(_margin_numbers, id="margin-numbers"),
    pytest.param(_header_and_footer, id="running-header"),
    pytest.param(lambda tmp: RESOURCES / "pypdf-crazyones.pdf", id="pypdf-crazyones"),
]


@pytest.mark.parametrize("make", PDFS)
def test_pages_read_without_breaks_are_the_full_reading_less_its_gaps(tmp_path, make):
    pdf = make(tmp_path)
    full = pdf_pdfium.extract_texts(pdf, pdf.name)
    plain = pdf_pdfium.extract_texts(pdf, pdf.name, breaks=False)
    # (the geometry's marks, a paragraph's gap and a table's cell beside its row, only read
    # with the breaks)
    assert plain == [text.replace(PARAGRAPH_GAP, "").replace(CELL, "") for text in full]
    assert not any(PARAGRAPH_GAP in text or CELL in text for text in plain)


@pytest.mark.parametrize("make", PDFS)
def test_pages_read_without_calls_are_the_full_reading_less_its_marks(tmp_path, make):
    """A pack or a motion drops the footnote calls' marks (read_pages(calls=False)): the reader
    not looking for them gives the same text, the labels glued to a footnote kept apart."""
    pdf = make(tmp_path)
    full = pdf_pdfium.extract_texts(pdf, pdf.name, breaks=False)
    plain = pdf_pdfium.extract_texts(pdf, pdf.name, breaks=False, calls=False)
    assert plain == [text.replace(FOOTNOTE_CALL, "") for text in full]


def test_the_report_has_calls_to_leave_out():
    """(The rows above compare something: the report's footnote calls are marked.)"""
    full = pdf_pdfium.extract_texts(EXAMPLES / "report.pdf", "report.pdf", breaks=False)
    assert sum(text.count(FOOTNOTE_CALL) for text in full) >= 5


@pytest.mark.parametrize("line, may", [
    ("¹Survey administered to all staff", True),     # a raised label, its text glued on
    ("12Interviews were held", True),
    ("1 Survey administered", False),                 # a label with its space: nothing to do
    ("2024/25 budget", False),
    ("Survey¹ administered", False),
    ("", False),
], ids=["superscript-label", "two-digits", "spaced", "year", "call-inside", "empty"])
def test_only_lines_opening_with_digits_glued_to_a_letter_may_open_with_a_label(line, may):
    assert pdf_pdfium._may_open_with_label(line) is may


def test_the_report_has_gaps_to_leave_out():
    """(The rows above compare something: a full reading of the report marks its gaps.)"""
    full = pdf_pdfium.extract_texts(EXAMPLES / "report.pdf", "report.pdf")
    assert sum(text.count(PARAGRAPH_GAP) for text in full) > 20


@pytest.mark.parametrize("kept", [False, True], ids=["child-per-file", "kept-child"])
def test_read_pages_without_breaks_keeps_lines_labels_and_furniture(tmp_path, kept):
    """Through the reading child (one per file, or a batch worker's kept one)."""
    pdf = _agenda_pack(tmp_path)
    full = read_pages(pdf)
    with ReadingProcess() as process:
        plain = read_pages(pdf, breaks=False, process=process if kept else None)
        again = read_pages(pdf, process=process if kept else None)
    assert [p.lines for p in plain] == [p.lines for p in full]
    assert [p.label for p in plain] == [p.label for p in full]
    assert [p.furniture for p in plain] == [p.furniture for p in full]
    assert not any(p.breaks for p in plain)
    assert [p.breaks for p in again] == [p.breaks for p in full]      # asked for: given


def test_any_digit_is_str_isdigit():
    """The one regex that tells a line has a digit agrees with str.isdigit on every code point
    (superscripts, subscripts and circled digits too, which \\d alone leaves out)."""
    digit = pdf_pdfium._ANY_DIGIT
    assert all(bool(digit.match(c)) is c.isdigit() for c in map(chr, range(sys.maxunicode + 1)))


@pytest.mark.parametrize("line", ["Page 3 of 40", "  Ravensholt\u00a0Best Value\tInspection  ",
                                  "OFFICIAL \u2003 SENSITIVE", "Chapter 2:\u2028Governance 12",
                                  "\u0130stanbul 2024/25", ""])
def test_a_furniture_key_blurs_spaces_and_digits_as_the_regexes_did(line):
    import re

    from index.readers.furniture import _furniture_key

    expected = re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))
    assert _furniture_key(line) == expected

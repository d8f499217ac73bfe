"""The committed example report, in every rendering and with every reader, read back paragraph
by paragraph.

examples/report.json is the ground truth written from examples/report_source.py (the text every
rendering was made from): every numbered paragraph with its footnote markers taken out. Each
rendering is a way users really have the report: LibreOffice's PDF, Chromium's, the browser's
print with its date, title, address and "n/N" on every page, the GOV.UK HTML page, and a .docx.
"""

import functools
import json
import re

import pytest

from conftest import EXAMPLES
from index import read_source, split_paragraphs

TRUTH = json.loads((EXAMPLES / "report.json").read_text(encoding="utf-8"))
PDF_RENDERINGS = ["report.pdf", "report-chromium.pdf", "report-browser-print.pdf"]
RENDERINGS = [pytest.param((name, reader), id=f"{name}-{reader}")
              for name in PDF_RENDERINGS for reader in ("pypdf", "pdfium")] + [
    pytest.param(("report-govuk.html", None), id="report-govuk.html"),
    pytest.param(("report.docx", None), id="report.docx"),
]


def _plain(text):
    return re.sub(r"\s+", " ", text.replace("•", " ")).strip()


@functools.lru_cache(maxsize=None)
def _read(name, reader=None):
    """Each rendering read once per reader for the whole module (pypdf takes seconds)."""
    return read_source(EXAMPLES / name, reader)


@pytest.fixture(scope="module", params=RENDERINGS)
def paragraphs(request):
    return _read(*request.param).paragraphs


def _numbered(paragraphs):
    return [p for p in paragraphs if p.section and "." in p.section]


def test_every_paragraph_number_found_once_in_order(paragraphs):
    want = [p["section"] for p in TRUTH["paragraphs"] if p.get("section") and "." in p["section"]]
    assert [p.section for p in _numbered(paragraphs)] == want


def test_paragraph_texts_are_exactly_the_report_text(paragraphs):
    want = {p["section"]: _plain(p["text"]) for p in TRUTH["paragraphs"] if p.get("section")}
    wrong = [p.section for p in _numbered(paragraphs) if _plain(p.text) != want[p.section]]
    assert wrong == []


@pytest.mark.parametrize("name", PDF_RENDERINGS[1:])
def test_first_pages_agree_with_the_libreoffice_rendering(name):
    """The renderings paginate alike, so their pages agree closely with report.pdf's."""
    a, b = (_read(n, "pypdf").paragraphs for n in ("report.pdf", name))
    pages_a = {p.section: p.first_page for p in _numbered(a)}
    pages_b = {p.section: p.first_page for p in _numbered(b)}
    assert sum(abs(pages_a[s] - pages_b[s]) > 3 for s in pages_a) == 0


@pytest.mark.parametrize("name", PDF_RENDERINGS)
def test_both_pdf_readers_give_the_same_units_and_pages(name):
    """pdfium may replace pypdf only where it reads every unit, page and footnote alike."""
    a, b = (_read(name, reader).paragraphs for reader in ("pypdf", "pdfium"))
    assert [(p.kind, p.section, p.label, _plain(p.text), p.first_page, p.last_page) for p in a
            if p.kind.value not in _UNNUMBERED] == \
        [(p.kind, p.section, p.label, _plain(p.text), p.first_page, p.last_page) for p in b
         if p.kind.value not in _UNNUMBERED]
    # Unnumbered text alike word for word; pdfium alone sees the gaps between its paragraphs
    # (issue 20), so where they part may differ.
    assert [_plain(" ".join(p.text for p in x if p.kind.value in _UNNUMBERED))
            for x in (a, b)] == [_plain(" ".join(p.text for p in b
                                                 if p.kind.value in _UNNUMBERED))] * 2


_UNNUMBERED = ("text", "summary", "foreword")


@pytest.mark.parametrize("name", ["report-govuk.html", "report.docx"])
def test_sources_without_pages_say_so(name):
    reading = _read(name)
    assert reading.pages == () and not reading.paginated
    assert {(p.first_page, p.last_page) for p in reading.paragraphs} == {(0, 0)}
    assert reading.warnings == ()


def test_headings_come_from_the_markup():
    want = {p["section"]: p["heading"] for p in TRUTH["paragraphs"]
            if p.get("section") and "." in p["section"]}
    for name in ("report-govuk.html", "report.docx"):
        got = {p.section: p.heading for p in _numbered(_read(name).paragraphs)}
        assert got == want, name


def test_govuk_page_chrome_and_footnote_markers_are_not_words():
    paragraphs = _read("report-govuk.html").paragraphs
    text = " ".join(p.text for p in paragraphs)
    for chrome in ("[footnote", "Independent report", "Published 12 November 2024", "Contents",
                   "cookies", "Skip to main content", "Crown copyright", "↩"):
        assert chrome not in text, chrome
    assert paragraphs[0].text == TRUTH["title"]


def test_browser_print_furniture_never_enters_a_paragraph():
    for reader in ("pypdf", "pdfium"):
        reading = _read("report-browser-print.pdf", reader)
        lines = [line for page in reading.pages for line in page.lines]
        assert not [line for line in lines if re.search(r"file:///|\d+/\d+/\d+, \d+:\d+|^\d+/34$", line)]
        assert reading.warnings == ()


def test_4_50_is_never_read_as_4_5(paragraphs):
    sections = [p.section for p in paragraphs]
    assert sections.count("4.5") == 1 and sections.count("4.50") == 1
    four_five = next(p for p in paragraphs if p.section == "4.5")
    four_fifty = next(p for p in paragraphs if p.section == "4.50")
    assert four_five.text != four_fifty.text


def test_footers_headers_and_footnotes_never_leak(paragraphs):
    for p in _numbered(paragraphs):
        assert not re.search(r"Page \d+ of \d+", p.text), p.section
        assert TRUTH["title"] not in p.text or TRUTH["title"] in _truth_text(p.section)
    notes = [p for p in paragraphs if p.kind.value == "footnote"]
    assert sorted(int(n.label) for n in notes) == sorted(int(f["label"]) for f in TRUTH["footnotes"])
    want = {f["label"]: _plain(f["text"]) for f in TRUTH["footnotes"]}
    assert {n.label: _plain(n.text) for n in notes} == want


def _truth_text(section):
    return next(p["text"] for p in TRUTH["paragraphs"] if p.get("section") == section)


def test_a_paragraph_crossing_a_page_break_is_whole(paragraphs):
    if not any(p.first_page for p in paragraphs):
        pytest.skip("an HTML page or a .docx has no page breaks")
    crossing = [p for p in _numbered(paragraphs) if p.last_page > p.first_page]
    assert len(crossing) >= 5
    for p in crossing:
        assert _plain(p.text) == _plain(_truth_text(p.section))
        assert p.page_at(len(p.text) - 1) == p.last_page


@pytest.mark.parametrize("reader", ["pypdf", "pdfium"])
def test_hyphenated_line_ends_are_rejoined(reader):
    """LibreOffice hyphenates: no paragraph keeps a word split at a line end (pdfium marks its
    own line-end hyphens with U+FFFE, mapped back to a hyphen and a line break)."""
    pages = _read("report.pdf", reader).pages
    broken = sum(1 for page in pages for line in page.lines if re.search(r"[a-z]-$", line))
    assert broken >= 10, "the example is meant to be typeset with hyphenation"
    paragraphs = split_paragraphs(pages)
    want = {p["section"]: _plain(p["text"]) for p in TRUTH["paragraphs"] if p.get("section")}
    assert all(_plain(p.text) == want[p.section] for p in _numbered(paragraphs))


@pytest.mark.parametrize("reader", ["pypdf", "pdfium"])
def test_letter_is_indexed_as_unnumbered_text(reader):
    paragraphs = _read("letter.pdf", reader).paragraphs
    assert all(p.section is None for p in paragraphs)
    text = _plain(" ".join(p.text for p in paragraphs))
    assert "insufficient evidence that the organisation is open and transparent" in text

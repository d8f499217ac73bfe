"""The committed example report, in both renderings, read back paragraph by paragraph.

examples/report.json is the ground truth written from examples/report_source.py (the text the
PDFs were typeset from): every numbered paragraph with its footnote markers taken out.
"""

import json
import re

import pytest

from conftest import EXAMPLES
from index import read_pages, split_paragraphs

TRUTH = json.loads((EXAMPLES / "report.json").read_text(encoding="utf-8"))
RENDERINGS = ["report.pdf", "report-chromium.pdf"]


def _plain(text):
    return re.sub(r"\s+", " ", text.replace("•", " ")).strip()


@pytest.fixture(scope="module", params=RENDERINGS)
def paragraphs(request):
    return split_paragraphs(read_pages(EXAMPLES / request.param))


def _numbered(paragraphs):
    return [p for p in paragraphs if p.section and "." in p.section]


def test_every_paragraph_number_found_once_in_order(paragraphs):
    want = [p["section"] for p in TRUTH["paragraphs"] if p.get("section") and "." in p["section"]]
    assert [p.section for p in _numbered(paragraphs)] == want


def test_paragraph_texts_are_exactly_the_report_text(paragraphs):
    want = {p["section"]: _plain(p["text"]) for p in TRUTH["paragraphs"] if p.get("section")}
    wrong = [p.section for p in _numbered(paragraphs) if _plain(p.text) != want[p.section]]
    assert wrong == []


def test_first_pages_agree_with_the_libreoffice_rendering():
    """Truth has no page numbers; the two renderings paginate alike, so they agree closely."""
    a, b = (split_paragraphs(read_pages(EXAMPLES / name)) for name in RENDERINGS)
    pages_a = {p.section: p.first_page for p in _numbered(a)}
    pages_b = {p.section: p.first_page for p in _numbered(b)}
    assert sum(abs(pages_a[s] - pages_b[s]) > 3 for s in pages_a) == 0


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
    crossing = [p for p in _numbered(paragraphs) if p.last_page > p.first_page]
    assert len(crossing) >= 5
    for p in crossing:
        assert _plain(p.text) == _plain(_truth_text(p.section))
        assert p.page_at(len(p.text) - 1) == p.last_page


def test_hyphenated_line_ends_are_rejoined():
    """LibreOffice hyphenates: no paragraph keeps a word split at a line end."""
    pages = read_pages(EXAMPLES / "report.pdf")
    broken = sum(1 for page in pages for line in page.lines if re.search(r"[a-z]-$", line))
    assert broken >= 10, "the example is meant to be typeset with hyphenation"
    paragraphs = split_paragraphs(pages)
    want = {p["section"]: _plain(p["text"]) for p in TRUTH["paragraphs"] if p.get("section")}
    assert all(_plain(p.text) == want[p.section] for p in _numbered(paragraphs))


def test_letter_is_indexed_as_unnumbered_text():
    paragraphs = split_paragraphs(read_pages(EXAMPLES / "letter.pdf"))
    assert all(p.section is None for p in paragraphs)
    text = _plain(" ".join(p.text for p in paragraphs))
    assert "insufficient evidence that the organisation is open and transparent" in text

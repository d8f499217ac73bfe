"""Designed reports drawn word by word (issue 20): every numbered place found, word for word.

Each row draws the same kind of report (tests/designed.py: words placed one by one at computed
x, justified, a coloured band with the chapter's name, page numbers at the outer margin,
pull-quotes in tinted boxes, footnotes at the column's foot) in one producer's way, and reads it
with the PDF readers' default.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from designed import Design, designed_pdf, make_report
from pdfs import make_pdf
from index import read_source
from index.models import Page
from index.paragraphs import split_paragraphs


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# (design, numbering, what the row is about)
DESIGNS = [
    pytest.param(Design(), "flat", id="two-columns-bold-numbers-without-full-stop"),
    pytest.param(Design(number_suffix="."), "flat", id="two-columns-bold-numbers-with-full-stop"),
    pytest.param(Design(columns=1), "flat", id="one-column-bold-numbers"),
    pytest.param(Design(word_by_word=False), "flat", id="lines-drawn-whole-bold-numbers"),
    pytest.param(Design(), "dotted", id="three-level-numbers-2.3.1"),
    pytest.param(Design(number_place="hanging"), "flat",
                 id="hanging-numbers-in-both-columns-gutters"),
    pytest.param(Design(number_place="hanging", number_suffix="."), "flat",
                 id="hanging-numbers-with-full-stop"),
    pytest.param(Design(number_colour=(0.8, 0.1, 0.1), number_font="Times-Bold",
                        number_size=11), "flat", id="numbers-in-another-colour-font-and-size"),
    pytest.param(Design(number_colour=(0.1, 0.3, 0.5), number_font="Helvetica"), "flat",
                 id="numbers-only-in-another-colour"),
    pytest.param(Design(numbers_last=True), "flat",
                 id="numbers-drawn-after-the-pages-words"),
    pytest.param(Design(numbers_last=True, number_suffix="."), "flat",
                 id="numbers-with-full-stop-drawn-after-the-pages-words"),
    pytest.param(Design(justify=False), "flat", id="ragged-right"),
    pytest.param(Design(band=False, pull_quotes=False, footnotes=False), "flat",
                 id="plain-two-columns"),
    pytest.param(Design(body_font="Vera", number_font="VeraBd"), "flat",
                 id="embedded-font-subset-without-a-space"),
    pytest.param(Design(body_font="Vera", number_font="VeraBd", justify=False), "flat",
                 id="narrow-ragged-column-numbered-line-shorter-than-a-heading"),
    pytest.param(Design(body_font="Vera", number_font="VeraBd", numbers_last=True), "flat",
                 id="embedded-font-numbers-drawn-last"),
    pytest.param(Design(band_first=True), "flat", id="band-and-page-number-drawn-first"),
    pytest.param(Design(notes_per_column=True), "flat",
                 id="footnotes-drawn-at-each-columns-foot-before-the-next-column"),
    pytest.param(Design(quote_inside=True), "flat", id="pull-quote-inside-its-paragraph"),
    pytest.param(Design(quote_inside=True, notes_per_column=True, band_first=True,
                        body_font="Vera", number_font="VeraBd"), "flat",
                 id="all-at-once-embedded-font"),
    pytest.param(Design(columns=1, quote_inside=True, notes_per_column=True, band_first=True),
                 "dotted", id="all-at-once-one-column-three-levels"),
    pytest.param(Design(quote_marks=False), "flat", id="pull-quotes-without-quotation-marks"),
    pytest.param(Design(quote_marks=False, quote_inside=True, body_font="Vera",
                        number_font="VeraBd", notes_per_column=True), "flat",
                 id="unmarked-pull-quotes-inside-paragraphs-notes-per-column"),
    pytest.param(Design(subheadings=True), "flat", id="bold-subheadings"),
    pytest.param(Design(subheadings=True, body_font="Vera", number_font="VeraBd",
                        justify=False), "flat",
                 id="subheading-longer-than-six-tenths-of-a-narrow-columns-line"),
]


# Chapters of six paragraphs: a chapter's last page holds one column of text, which PDFium
# reads with a justified line's last word on a line of its own ("told us about" / "a") and two
# printed lines on one ("… two years. 3 Staff we spoke …").
SHORT_CHAPTERS = [
    pytest.param(Design(chapter_numbers=False, number_suffix="."), id="short-chapters"),
    pytest.param(Design(chapter_numbers=False), id="short-chapters-numbers-without-full-stop"),
]


@pytest.mark.parametrize("design", SHORT_CHAPTERS)
def test_a_page_of_one_justified_column_is_read_line_by_line(tmp_path, design):
    report = make_report(seed=7, chapters=8, per_chapter=6)
    reading = read_source(designed_pdf(tmp_path / "report.pdf", report, design))
    got = {p.section: _norm(p.text) for p in reading.paragraphs if p.section}
    assert [p.label for p in report.paragraphs if got.get(p.label) != _norm(p.text)] == []


@pytest.mark.parametrize("design, numbering", DESIGNS)
def test_every_place_of_a_designed_report_is_found_word_for_word(tmp_path, design, numbering):
    report = make_report(seed=7, numbering=numbering)
    reading = read_source(designed_pdf(tmp_path / "report.pdf", report, design))
    got = {p.section: _norm(p.text) for p in reading.paragraphs if p.section}
    missing = [p.label for p in report.paragraphs if p.label not in got]
    wrong = [p.label for p in report.paragraphs
             if p.label in got and got[p.label] != _norm(p.text)]
    assert (missing, wrong) == ([], [])


RENDERED = Path(__file__).resolve().parent / "resources" / "rendered"


@pytest.mark.parametrize("name, seed", [
    pytest.param("groff-ms-bold-numbers", 5, id="groff-glued-words-bold-numbers"),
    pytest.param("groff-ms-indented-paragraphs", 5, id="groff-hanging-numbers"),
    pytest.param("groff-ms-numbered-headings", 5,
                 id="groff-numbered-headings-over-paragraphs-numbered-straight-through"),
    pytest.param("groff-ms-numbered-chapters", 5,
                 id="groff-numbered-chapters-a-footnote-call-above-the-next-chapter"),
    pytest.param("groff-ms-unnumbered-chapters", 5,
                 id="groff-unnumbered-chapters-running-header-on-one-page-of-a-chapter"),
    pytest.param("latex-t1-hanging-numbers", 5,
                 id="latex-dvips-bitmap-fonts-ligature-codes-and-pound-sign"),
    pytest.param("fpdf2-report", 11, id="fpdf2-words-placed-side-column-of-pull-quotes"),
])
def test_a_rendered_report_is_read_word_for_word(name, seed):
    """tests/resources/rendered/README.md: glued words, hyphenation, bold numbers without a
    full stop, a one-page chapter's running title; fpdf2's words placed one by one."""
    report = make_report(seed=seed)
    reading = read_source(RENDERED / f"{name}.pdf")
    got = {p.section: _norm(p.text) for p in reading.paragraphs if p.section}
    missing = [p.label for p in report.paragraphs if p.label not in got]
    wrong = [p.label for p in report.paragraphs
             if p.label in got and got[p.label] != _norm(p.text)]
    assert (missing, wrong) == ([], [])


def test_groffs_numbered_headings_are_headings_and_its_annex_places():
    """groff -ms's "2. Leadership and culture" and "2.1. Context" name the paragraphs under
    them and are in none of their texts; the annex's A1 to A6 are places of their own."""
    reading = read_source(RENDERED / "groff-ms-numbered-headings.pdf")
    places = {p.section: p for p in reading.paragraphs if p.section}
    assert [f"A{n}" for n in range(1, 7) if f"A{n}" not in places] == []
    assert places["A1"].text.startswith("The inspection was commissioned under section 10")
    assert not [s for s, p in places.items() if re.search(r"\b\d\.\d\. [A-Z]", p.text)]
    assert (places["21"].heading, places["20"].heading) == ("Member and officer relations",
                                                            "Oversight of companies")


def test_a_number_in_a_tables_row_numbers_no_paragraph(tmp_path):
    """A count between a row's label and its text ("Transport | 263 | Congestion …"), each cell
    drawn on its own, is a cell: no paragraph 263, and the row's label is kept."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10.5)
    y = 760
    rows = [("Transport", "263", "Congestion on the main road; bus services"),
            ("Green spaces", "301", "Protection of the downs and the coastal paths"),
            ("Employment", "96", "Need for small business units in the town centre"),
            ("Flood risk", "144", "Coastal erosion at the eastern cliffs and the harbour")]
    for label, count, issue in rows:
        c.drawString(72, y, label)
        c.drawRightString(220, y, count)
        c.drawString(240, y, issue)
        y -= 16
    c.showPage()
    c.save()
    reading = read_source(path)
    text = " ".join(p.text for p in reading.paragraphs)
    assert not any(p.section for p in reading.paragraphs)
    assert all(label in text for label, _, _ in rows)


def test_a_number_opening_a_line_in_the_words_own_type_starts_no_paragraph(tmp_path):
    """"48 Members voted …" wrapped to a line's start, in the words' own font: text, not a
    paragraph 48 (only a number set apart from its words, or in the margin, is one)."""
    lines = [f"{n}. The council agreed the budget for the year at its meeting in March." for n
             in range(1, 6)]
    lines[2:2] = ["3. The vote on the budget was close, and the minutes record that",
                  "48 Members voted for it and 12 against, with two abstentions recorded."]
    del lines[4]
    pdf = make_pdf(tmp_path / "report.pdf", [lines])
    sections = [p.section for p in read_source(pdf).paragraphs if p.section]
    assert sections == ["1", "2", "3", "4", "5"]


def _page(lines: list[str], breaks: set[int]) -> Page:
    return Page(page_no=1, text="\n".join(lines), lines=tuple(lines),
                breaks=tuple(sorted(breaks)))


SENTENCE = ["1. The council has not yet agreed a credible medium-term financial strategy.",
            "It relies on reserves to balance its budget."]
# (the block after paragraph 1's lines, each of its lines but the last with a gap below it,
# and how many times its words are read: once when it is a pull quote the text repeats)
UNMARKED = [
    pytest.param(["The council has not yet agreed a", "credible medium-term financial strategy."],
                 1, id="one-sentence-repeated-in-a-larger-type"),
    pytest.param(["The council has not yet agreed a credible medium-term financial strategy.",
                  "It relies on reserves to balance its budget."],
                 2, id="two-sentences-a-summary-in-a-larger-type-kept"),
    pytest.param(["The council has not yet agreed a credible", "medium-term plan for its housing."],
                 1, id="one-sentence-not-repeated-kept"),
]


@pytest.mark.parametrize("block, times", UNMARKED)
def test_a_pull_quote_without_quotation_marks(block, times):
    lines = SENTENCE + block + ["2. Members told us about the savings it has already banked."]
    first = len(SENTENCE)
    page = _page(lines, {first - 1, first})
    text = " ".join(p.text for p in split_paragraphs([page]))
    assert text.count(" ".join(block)) == times

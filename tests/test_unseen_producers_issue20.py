"""Issue 20: mechanisms found on producers we had not tuned on (asciidoctor-pdf, rinohtype,
Typst), each shown here on a report drawn by reportlab: notes and calls printed in brackets,
a call set one space after its word, a key-finding box that repeats the text's words, a
table's cell drawn beside a recommendation's row, a header row repeated with its cells on
lines of their own. Each test draws its report; none copies a blind set's words."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from index import read_pages, split_paragraphs
from pdfs import PageSpec, make_pdf

READERS = ["pypdf", "pdfium"]


def _places(pdf, reader="pdfium"):
    paragraphs = split_paragraphs(read_pages(pdf, reader, calls=True))
    return ({p.section: p for p in paragraphs if p.section},
            [p.text for p in paragraphs if p.kind.value == "footnote"])


# (pages, place, its words, the notes read)
BRACKETED = [
    pytest.param(
        [PageSpec(["1 Introduction",
                   "1.1 We were appointed under the Local Government Act 1999[1] to",
                   "inspect the council's arrangements.",
                   "1.2 The statutory guidance[2] describes seven themes."],
                  footnotes=["[1] Local Government Act 1999, section 10.",
                             "[2] Best value statutory guidance, 2024."])],
        "1.1", "We were appointed under the Local Government Act 1999 to inspect the "
               "council's arrangements.",
        ["Local Government Act 1999, section 10.", "Best value statutory guidance, 2024."],
        id="notes-in-brackets-at-the-page-foot"),
    pytest.param(
        [PageSpec(["1 Introduction", "1.1 The council has 41 members.[1]"],
                  footnotes=["[1] Register of members, May 2024."]),
         PageSpec(["2 Finance", "2.1 Its reserve fell to £4.1 million by March 2024.[1]",
                   "2.2 No plan restores it."],
                  footnotes=["[1] Statement of accounts 2023/24."])],
        "2.2", "No plan restores it.",
        ["Register of members, May 2024.", "Statement of accounts 2023/24."],
        id="numbered-afresh-in-each-chapter"),
    pytest.param(
        [PageSpec(["3 Services", "3.1 Residents are mostly satisfied with the council's",
                   "services, according to its own survey.[1]",
                   "3.2 We did not test that survey."]),
         PageSpec([], footnotes=["[1] Residents' survey 2023, by an independent company."])],
        "3.2", "We did not test that survey.",
        ["Residents' survey 2023, by an independent company."],
        id="a-chapters-notes-on-a-page-of-their-own"),
]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("pages, place, words, notes", BRACKETED)
def test_notes_and_calls_printed_in_brackets(tmp_path, reader, pages, place, words, notes):
    """asciidoctor-pdf prints a call "[1]" and its note "[1] …" at the chapter's end, numbered
    afresh in each chapter: the note is no word of the paragraph above it, the call no word of
    the sentence."""
    places, got = _places(make_pdf(tmp_path / "report.pdf", pages), reader)
    assert places[place].text == words
    assert got == notes
    assert not any("[" in p.text for p in places.values())


def _call_after_a_space(path, sentence: str, call: str, rest: str, size: float = 10.5):
    """A page whose paragraph 1.2 prints `call` after `sentence` and a space, smaller and
    raised if `size` is smaller than the text's (rinohtype's footnote call), then `rest`."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 90
    c.setFont("Helvetica", 10.5)
    c.drawString(72, y, "1 Finance")
    c.drawString(72, y - 14, "1.1 The council's reserve has fallen in each of the last four years.")
    x = 72
    text = c.beginText(x, y - 28)
    text.setFont("Helvetica", 10.5)
    text.textOut("1.2 " + sentence + " ")
    text.setFont("Helvetica", size)
    text.setRise(3.5 if size < 10.5 else 0)
    text.textOut(call)
    text.setFont("Helvetica", 10.5)
    text.setRise(0)
    text.textOut(" " + rest)
    c.drawText(text)
    c.drawString(72, y - 42, "1.3 We make one recommendation about it.")
    c.setFont("Helvetica", 6.5)
    c.drawString(72, 70, "1 Medium term financial strategy, February 2025.")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("size, words", [
    pytest.param(6.5, "It cannot set a budget for 2026/27. It has no plan.",
                 id="small-raised-digit-after-a-space-is-a-call"),
    pytest.param(10.5, "It cannot set a budget for 2026/27. 1 It has no plan.",
                 id="a-digit-in-the-texts-size-is-printed"),
])
def test_a_call_set_one_space_after_its_word(tmp_path, size, words):
    """rinohtype sets its call apart from the sentence by a space ("2026/27. ¹ It"): smaller and
    raised, it is a call all the same; a digit in the text's own size stays."""
    pdf = _call_after_a_space(tmp_path / "report.pdf", "It cannot set a budget for 2026/27.",
                              "1", "It has no plan.", size)
    places, _ = _places(pdf)
    assert places["1.2"].text == words


# A box among the numbered paragraphs: a title with gaps above and below, then items that
# repeat the text's words (asciidoctor-pdf's sidebar; a designed report's "At a glance").
BOX_PAGE = [
    "5 Culture",
    "5.1 Fewer than a third of the staff who answered our survey said that they",
    "trusted the council's senior managers to act on their concerns.",
    "5.2 Members and officers described meetings at which officers were criticised",
    "in public. Several officers told us that they no longer give candid advice.",
    "",
    "At a glance",
    "",
    "• Fewer than a third of the staff who answered our survey said that they",
    "trusted the council's senior managers to act on their concerns.",
    "",
    "• Several officers told us that they no longer give candid advice.",
    "",
    "5.3 The council has begun a programme of training for members.",
]


def test_a_box_repeating_the_texts_words_is_text_of_its_own(tmp_path):
    """(Known by the gaps around its title, which PDFium's geometry gives.)"""
    places, _ = _places(make_pdf(tmp_path / "report.pdf", [BOX_PAGE]))
    assert places["5.2"].text == (
        "Members and officers described meetings at which officers were criticised in "
        "public. Several officers told us that they no longer give candid advice.")
    assert places["5.3"].text == "The council has begun a programme of training for members."


def test_a_box_of_words_of_its_own_is_not_taken_for_a_repeat(tmp_path):
    """A box whose words are printed nowhere else is not known as a box: it stays where it
    stands (no words of the report are lost)."""
    page = [*BOX_PAGE[:8], "• Staff turnover reached 19% in 2023/24, the highest in the region.",
            "", "5.3 The council has begun a programme of training for members."]
    places, _ = _places(make_pdf(tmp_path / "report.pdf", [page]))
    assert places["5.2"].text.endswith("At a glance • Staff turnover reached 19% in 2023/24, the "
                                       "highest in the region.")


def _recommendations_table(path, rows, header=("No.", "Recommendation", "By when")):
    """Chapter 9's table of recommendations, each row's text wrapped over its lines and its
    timescale drawn after them, back up on the row's first baseline (as Typst and
    asciidoctor-pdf draw a table's cells), then paragraph 9.2."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10.5)
    y = A4[1] - 90
    for line in ["9 Conclusions", "9.1 We make the following recommendations to the council,",
                 "each with the time by which it should be done."]:
        c.drawString(72, y, line)
        y -= 14
    y -= 10
    c.setFont("Helvetica", 9.5)
    c.drawString(76, y, header[0])
    c.drawString(110, y, header[1])
    c.drawString(440, y, header[2])
    y -= 20
    for label, lines, cell in rows:
        c.drawString(76, y, label)
        for k, line in enumerate(lines):
            c.drawString(110, y - 13 * k, line)
        for k, line in enumerate(cell):
            c.drawString(440, y - 13 * k, line)
        y -= 13 * max(len(lines), len(cell)) + 8
    c.setFont("Helvetica", 10.5)
    c.drawString(72, y - 10, "9.2 The council accepted each recommendation.")
    c.showPage()
    c.save()
    return path


ROWS = [
    ("R1", ["Agree an improvement plan with clear milestones, and", "publish it."],
     ["6 months"]),
    ("R2", ["Review the constitution in full, including the scheme of", "delegation."],
     ["By March", "2026"]),
    ("R3", ["Report every urgent decision to the next meeting of full", "council."],
     ["At once"]),
]


def test_a_cell_beside_a_recommendations_row_is_none_of_its_words(tmp_path):
    places, _ = _places(_recommendations_table(tmp_path / "report.pdf", ROWS))
    assert {s: p.text for s, p in places.items() if s.startswith("R")} == {
        "R1": "Agree an improvement plan with clear milestones, and publish it.",
        "R2": "Review the constitution in full, including the scheme of delegation.",
        "R3": "Report every urgent decision to the next meeting of full council."}
    # "6 months" is a cell, not chapter 6's heading "months"
    assert places["9.2"].heading == "Conclusions"
    assert places["9.2"].text == "The council accepted each recommendation."


def test_a_tables_cells_drawn_after_their_row_stay_in_the_table(tmp_path):
    """The same drawing under a table's caption: its cells are the table's words."""
    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10.5)
    y = A4[1] - 90
    for line in ["2 Finance", "2.1 Table 1 sets out the council's savings plans.",
                 "Table 1: Savings plans"]:
        c.drawString(72, y, line)
        y -= 14
    for lines, cell in [(["Waste collection: a new", "round structure"], "£0.4m"),
                        (["Libraries: reduced opening", "hours"], "£0.2m")]:
        for k, line in enumerate(lines):
            c.drawString(76, y - 13 * k, line)
        c.drawString(440, y, cell)
        y -= 13 * len(lines) + 6
    c.drawString(72, y - 10, "2.2 Neither saving has been made.")
    c.showPage()
    c.save()
    places, _ = _places(path)
    assert "£0.4m" in places["Table 1"].text and "£0.2m" in places["Table 1"].text


@pytest.mark.parametrize("reader", READERS)
def test_a_header_row_repeated_with_its_cells_on_lines_of_their_own(tmp_path, reader):
    """The table's header row printed on one line over it and a cell a line atop its next
    page: no word of the paragraph above nor of the recommendation before the break."""
    pages = [[f"{n} Chapter {n}", f"{n}.1 The council's arrangements for area {n} are weak.",
              f"{n}.2 Its members were not told of the problems in area {n}."]
             for n in range(1, 9)]
    pages += [["9 Conclusions",
               "9.1 We make the following recommendations to the council. They should",
               "form the basis of its improvement plan.",
               "Our recommendations", "No. Recommendation Timescale",
               "R1 Agree an improvement plan within six months.",
               "R2 Review the constitution in full."],
              ["No.", "Recommendation", "Timescale",
               "R3 End informal meetings that are not minuted.",
               "R4 Restore the general fund reserve."]]
    places, _ = _places(make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages]),
                        reader)
    assert places["9.1"].text == ("We make the following recommendations to the council. "
                                  "They should form the basis of its improvement plan.")
    assert places["R2"].text == "Review the constitution in full."
    assert places["R3"].text == "End informal meetings that are not minuted."


@pytest.mark.parametrize("reader", READERS)
def test_a_run_of_labels_opening_a_table_is_its_rows(tmp_path, reader):
    """A table whose first column labels its rows "V1", "V2" … (pandoc through LibreOffice):
    the table's rows, not annex paragraphs V1-V3; an annex's own A.1 after a table in that
    annex stays the annex's."""
    pages = [["4 Contracts",
              "4.1 The main contract was varied three times. Table 2 lists the variations.",
              "Table 2: Variations to the main contract",
              "No. Date Description Value",
              "V1 Mar 2022 Ground survey 412",
              "V2 Apr 2022 Piling redesign 386",
              "V3 Jun 2022 Flood wall extension 655",
              "4.2 Two of the variations were approved by one officer alone."],
             ["Annex A Staff survey",
              "Table 3: Staff survey results",
              "Statement Agree Disagree",
              "I am proud to work for the council 52% 21%",
              "A.1 The survey was open for three weeks in April.",
              "A.2 Results are rounded to the nearest whole number."]]
    places, _ = _places(make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages]), reader)
    assert not {"V1", "V2", "V3"} & set(places)
    assert places["Table 2"].text == (
        "No. Date Description Value V1 Mar 2022 Ground survey 412 V2 Apr 2022 Piling "
        "redesign 386 V3 Jun 2022 Flood wall extension 655")
    assert places["4.2"].text == "Two of the variations were approved by one officer alone."
    assert places["A.1"].text == "The survey was open for three weeks in April."
    assert places["A.1"].kind.value == "annex"


@pytest.mark.parametrize("reader", READERS)
def test_a_tables_last_cell_at_the_page_foot_is_no_footer(tmp_path, reader):
    """A table's cells a line each (rinohtype), its last cell "39%" over the footer and the
    same cell in a row above: a figure, not a header printed twice on the page."""
    pages = [["1 Culture", "1.1 Table 1 sets out the survey's results.",
              "Table 1: Staff survey results", "Statement Agree Neither Disagree",
              "Members treat officers with respect", "33%", "28%", "39%",
              "I trust the leadership team", "31%", "30%", "39%"],
             ["1.2 The results are poor.", "1.3 They have not improved."],
             ["2 Finance", "2.1 The reserve is low.", "2.2 It is falling."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages],
                   header="Best Value Inspection")
    places, _ = _places(pdf, reader)
    assert places["Table 1"].text.endswith("I trust the leadership team 31% 30% 39%")


@pytest.mark.parametrize("reader", READERS)
def test_a_header_row_repeated_but_drawn_after_the_rows_is_none_of_them(tmp_path, reader):
    """A table over a page break whose header row, repeated atop the second page, is drawn
    after that page's rows (wkhtmltopdf's <thead>): read after them, it is no row."""
    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = A4[1] - 90
    filler = [f"1.{n} The council's arrangements for service area {n} are weak." for n in
              range(2, 12)]
    for line in ["1 Culture", "1.1 Table 1 sets out the results of our survey.", *filler,
                 "Table 1: Staff survey results", "Statement Agree (%)", "Disagree (%)",
                 "I am proud to work for the council 58 18", "My manager supports me 74 13"]:
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    c.setFont("Helvetica", 10)
    y = A4[1] - 104
    for line in ["Morale in my team is good 14 64", "Change is managed well 16 55"]:
        c.drawString(72, y, line)
        y -= 14
    c.drawString(72, A4[1] - 76, "Statement Agree (%)")      # drawn last, printed first
    c.drawString(72, A4[1] - 90, "Disagree (%)")
    for line in ["1.12 The results are worse than in 2021.", *[
            f"1.{n} The council has not acted on finding {n}." for n in range(13, 23)]]:
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    for n in range(2, 6):       # (chapters after it: a line atop two pages of six is no header)
        c.setFont("Helvetica", 10)
        for k, line in enumerate([f"{n} Chapter {n}", f"{n}.1 The arrangements for area {n} "
                                  "are weak.", f"{n}.2 Members were not told of them."]):
            c.drawString(72, A4[1] - 90 - 14 * k, line)
        c.showPage()
    c.save()
    places, _ = _places(path, reader)
    assert places["Table 1"].text == (
        "Statement Agree (%) Disagree (%) I am proud to work for the council 58 18 My manager "
        "supports me 74 13 Morale in my team is good 14 64 Change is managed well 16 55")

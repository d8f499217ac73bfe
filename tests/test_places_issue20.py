"""Issue 20: every place a citation can name, in reports laid out as other producers lay them
out: recommendations lettered A to H under a chapter of their own, a table of contents with
no page numbers, the notes gathered at each chapter's end, key-finding boxes and pull quotes in
a side column. Each test draws its report; none copies a blind set's words."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from index import add_pdf, open_index, read_pages, split_paragraphs
from pdfs import PageSpec, make_pdf
from verifier.judging.check import check_motion
from verifier.models import Motion
from verifier.rendering.notes import quote_note

READERS = ["pypdf", "pdfium"]

# A Google Docs report's last chapter: a numbered list whose marker is "Recommendation A:",
# under a chapter heading with no numbered paragraph of its own.
LETTERED = [
    ["9 Capacity for improvement",
     "9.1 The council has begun to recognise the scale of its problems.",
     "9.2 We do not consider that it can recover without support from outside.",
     "10. Recommendations",
     "We make the following recommendations to the council.",
     "Recommendation A: The council should agree an improvement plan within six months.",
     "Recommendation B: The council should set a balanced budget without using its",
     "reserves.",
     "Recommendation C: The council should review its commercial property portfolio."],
    ["Annex A: Our methodology",
     "A.1 We held 80 interviews with members and officers.",
     "A.2 We read the council's budget books for five years."],
]


@pytest.mark.parametrize("reader", READERS)
def test_lettered_recommendations_are_places_under_their_own_chapter(tmp_path, reader):
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in LETTERED])
    places = {p.section: p for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    assert places["9.2"].text == \
        "We do not consider that it can recover without support from outside."
    assert {s: (p.kind.value, p.text) for s, p in places.items() if s.startswith("R")} == {
        "RA": ("recommendation", "The council should agree an improvement plan within six "
                                 "months."),
        "RB": ("recommendation", "The council should set a balanced budget without using its "
                                 "reserves."),
        "RC": ("recommendation", "The council should review its commercial property "
                                 "portfolio.")}
    assert places["RB"].heading == "Recommendations"
    # the annex's paragraphs keep their own labels: Recommendation A is never annex A
    assert places["A.1"].kind.value == "annex"


@pytest.mark.parametrize("lines", [
    pytest.param(["Recommendation A council should act."], id="no-colon-after-the-letter"),
    pytest.param(["Recommendation A: The council should act.",
                  "Recommendation C: The council should report."], id="not-a-run-a-b-c"),
])
def test_words_that_open_a_line_like_a_lettered_recommendation_are_not_one(tmp_path, lines):
    pdf = make_pdf(tmp_path / "report.pdf", [["1 Findings", "1.1 We found problems.",
                                              "1.2 They are serious.", *lines]])
    assert not [p for p in split_paragraphs(read_pages(pdf)) if (p.section or "").startswith("R")]


@pytest.fixture(scope="module")
def lettered_index(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("lettered")
    pdf = make_pdf(root / "report.pdf", [PageSpec(p) for p in LETTERED])
    add_pdf(root / "index", pdf, title="Best Value Inspection of Wendleford District Council")
    return open_index(root / "index")


@pytest.mark.model
@pytest.mark.parametrize("motion, expected", [
    pytest.param("The inspectors ask that the council “should set a balanced budget without "
                 "using its reserves” (Recommendation B).", ("verbatim", "correct"),
                 id="lettered-recommendation-right"),
    pytest.param("The inspectors ask that the council “should set a balanced budget without "
                 "using its reserves” (Recommendation C).", ("verbatim", "wrong"),
                 id="lettered-recommendation-wrong"),
    pytest.param("The inspectors ask that the council “should set a balanced budget without "
                 "using its reserves” (Recommendations A to C).", ("verbatim", "correct"),
                 id="lettered-recommendations-range"),
    pytest.param("The report says that “We held 80 interviews with members and officers” "
                 "(Recommendation A).", ("verbatim", "wrong"),
                 id="annex-a-paragraph-is-no-recommendation-a"),
])
def test_a_lettered_recommendation_cited(lettered_index, motion, expected):
    result = check_motion(Motion("motion.txt", motion), lettered_index).results[0]
    assert (result.verdict.value, result.citation.value) == expected, quote_note(result)


@pytest.mark.parametrize("reader", READERS)
def test_a_contents_list_without_page_numbers_is_no_run_of_chapters(tmp_path, reader):
    """Paragraphs numbered straight through, a contents list "1 Summary" … "3 Finance" with
    no page numbers: the chapters' own titles (and subheadings) head their paragraphs, and a
    title atop a page is never read into the paragraph before it (a pandoc report through
    LibreOffice)."""
    pages = [["Contents", "1 Summary", "2 Governance", "3 Finance"],
             ["1 Summary", "1. The council is failing its best value duty in three areas.",
              "2. It cannot recover without help from outside."],
             ["2 Governance", "Decision-making",
              "3. Decisions are taken by a small group at an informal meeting.",
              "4. No notes are kept of that meeting."],
             ["3 Finance", "5. The general fund reserve has fallen by two thirds.",
              "6. The council has no plan to restore it."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages])
    places = {p.section: p for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    assert places["2"].text == "It cannot recover without help from outside."
    assert places["4"].text == "No notes are kept of that meeting."
    assert (places["2"].heading, places["3"].heading, places["6"].heading) == \
        ("Summary", "Decision-making", "Finance")


@pytest.mark.parametrize("reader", READERS)
def test_a_chapters_notes_gathered_at_its_end_pages_after_their_calls(tmp_path, reader):
    """Notes printed at the chapter's end (a Chromium report's per-chapter endnotes), their
    calls on an earlier page: a footnote each, not words of the chapter's last paragraph; a
    decimal in the next chapter ("11.4 days") keeps its digits."""
    pages = [["1 Introduction",
              "1.1 We were appointed by the Secretary of State in February 2024.1 Our",
              "fieldwork took place in March."],
             ["1.2 We are grateful to members and officers for their cooperation.",
              "1 Letter of appointment from the Secretary of State, 22 February 2024."],
             ["2 Culture",
              "2.1 Sickness absence averaged 11.4 days per employee in 2023/24, against 8.2",
              "days in 2020/21.",
              "2.2 The council's reserves fell to £6.1 million by March 2024.2 That is low."],
             ["2.3 Members were not told.",
              "2 Statement of accounts 2023/24."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages])
    paragraphs = split_paragraphs(read_pages(pdf, reader))
    places = {p.section: p.text for p in paragraphs if p.section}
    assert places["1.2"] == "We are grateful to members and officers for their cooperation."
    assert places["2.1"] == ("Sickness absence averaged 11.4 days per employee in 2023/24, "
                             "against 8.2 days in 2020/21.")
    assert places["2.3"] == "Members were not told."
    assert [p.text for p in paragraphs if p.kind.value == "footnote"] == [
        "Letter of appointment from the Secretary of State, 22 February 2024.",
        "Statement of accounts 2023/24."]


def side_column_pdf(path, pages) -> str:
    """Each page: (text column lines, side column lines drawn to the right of the column
    beside the given text line), as a designed report sets key-finding boxes."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for column, (beside_line, box) in pages:
        y = A4[1] - 90
        for k, line in enumerate(column):
            c.setFont("Helvetica", 10)
            c.drawString(60, y, line)
            if k == beside_line:
                c.setFont("Helvetica", 9)
                for j, text in enumerate(box):
                    c.drawString(400, y - 12 * j, text)
            y -= 14
        c.showPage()
    c.save()
    return path


SIDE_COLUMN_PAGE = (
    ["3 Leadership and culture",
     "3.1 Decision-making has become concentrated in a small group",
     "around the Leader. Officers were expected to bring proposals",
     "to an informal weekly meeting with the Leader and two Cabinet",
     "members before any formal report was drafted. No notes were",
     "kept of these meetings, and none of them was minuted.",
     "3.2 The present Chief Executive has begun to address this. She",
     "has introduced a corporate leadership team agenda with",
     "written papers, and she has met each Cabinet member alone.",
     "It is too early to judge the effect of these changes."],
    (2, ["Key finding", "Only 9 of the 51 members", "attended the code of", "conduct training."]))


def test_a_side_columns_box_is_no_part_of_the_paragraph_beside_it(tmp_path):
    pdf = side_column_pdf(tmp_path / "report.pdf", [SIDE_COLUMN_PAGE])
    paragraphs = split_paragraphs(read_pages(pdf, "pdfium"))
    places = {p.section: p.text for p in paragraphs if p.section}
    assert places["3.1"] == (
        "Decision-making has become concentrated in a small group around the Leader. Officers "
        "were expected to bring proposals to an informal weekly meeting with the Leader and "
        "two Cabinet members before any formal report was drafted. No notes were kept of "
        "these meetings, and none of them was minuted.")
    assert [p.text for p in paragraphs if "Key finding" in p.text] == \
        ["Key finding Only 9 of the 51 members attended the code of conduct training."]


def test_a_tables_last_column_beside_the_text_stays_with_its_rows(tmp_path):
    """A table's last column ("By when") is set right of the text as a box is, but a cell a
    row, between the rows' other cells: the rows keep it."""
    c = canvas.Canvas(str(tmp_path / "report.pdf"), pagesize=A4)
    y = A4[1] - 90
    rows = [("1 Findings", None),
            ("1.1 We make these recommendations to the council, each with a date.", None),
            ("R1 Agree a credible medium-term financial plan for the", "June 2026"),
            ("next four years and restore its reserves.", None),
            ("R2 Review the governance of the council's companies.", "March 2026"),
            ("R3 Restrict the use of urgency provisions to emergencies.", "At once"),
            ("1.2 The council has accepted each of them and will report on", None),
            ("its progress to the commissioners every three months, starting", None),
            ("in the autumn, and to full council every six months.", None)]
    for text, cell in rows:
        c.setFont("Helvetica", 10)
        c.drawString(60, y, text)
        if cell:
            c.drawString(430, y, cell)
        y -= 14
    c.showPage()
    c.save()
    pages = read_pages(tmp_path / "report.pdf", "pdfium")
    assert not pages[0].asides


TITLE = "Best Value Inspection of Wendleford District Council"


@pytest.mark.parametrize("reader", READERS)
def test_a_chapters_running_header_on_its_one_page_after_the_first_is_furniture(tmp_path,
                                                                                reader):
    """The header runs the chapter's heading whole under the report's title ("Chapter 2:
    Governance") on every page after a chapter's first: on the one such page of a short
    chapter it recurs nowhere else, yet it is the header, not words of the paragraph that
    crossed onto that page (its heading atop its first page wrapped, so the two never
    match)."""
    pages = [["Chapter 1: Introduction",
              "1.1 We were appointed to inspect the council in the spring of 2025.",
              "1.2 We held interviews with members, officers and partners over six"],
             [TITLE, "Chapter 1: Introduction", "weeks, and we read the council's papers.",
              "1.3 We thank everyone who spoke to us."],
             [TITLE, "Chapter 1: Introduction", "1.4 The council cooperated throughout."],
             ["Chapter 2: Governance",
              "2.1 Decisions are taken by a small group at an informal meeting.",
              "2.2 No notes are kept of that meeting, and members of the opposition"],
             [TITLE, "Chapter 2: Governance", "are not told of it.",
              "2.3 The constitution was last reviewed in 2015."],
             [TITLE, "Chapter 2: Governance", "2.4 Scrutiny rarely calls decisions in."],
             ["Chapter 3: Procurement and contract manage-", "ment",
              "3.1 The contracts register lists 212 contracts. We found a further 57",
              "which were not on it, with a combined value of £6.2 million.",
              "3.2 We do not suggest that any contract was let improperly. But the council",
              "cannot know when its contracts are due to expire or whether it is obtaining"],
             [TITLE, "Chapter 3: Procurement and contract management", "value for money.",
              "3.3 The waste contract was extended twice without competition."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages], footer=None)
    paragraphs = split_paragraphs(read_pages(pdf, reader))
    places = {p.section: p.text for p in paragraphs if p.section}
    assert places["3.2"] == ("We do not suggest that any contract was let improperly. But the "
                             "council cannot know when its contracts are due to expire or "
                             "whether it is obtaining value for money.")
    assert places["2.2"] == ("No notes are kept of that meeting, and members of the opposition "
                             "are not told of it.")
    assert places["3.3"] == "The waste contract was extended twice without competition."


@pytest.mark.parametrize("reader", READERS)
def test_an_annex_of_one_paragraph_under_its_heading(tmp_path, reader):
    """Annex B has one paragraph, "B.1", right under its heading: a place of its own, and the
    heading no word of annex A's last paragraph, however short the rows on its page."""
    pages = [["Annex A: Methodology", "A.1 We held 80 interviews with members and officers.",
              "A.2 We read the council's budget books for five years."],
             ["Annex B Financial indicators",
              "B.1 Table 2 sets out the council's main financial indicators.",
              "Indicator 2022 2023", "Reserve 8.8 5.3", "Borrowing 268 287", "Overspend 3.9 6.6"]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages])
    places = {p.section: p for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    assert places["A.2"].text == "We read the council's budget books for five years."
    assert places["B.1"].kind.value == "annex"
    assert places["B.1"].text.startswith("Table 2 sets out the council's main financial")


def test_lettered_recommendations_in_a_docx_and_an_html_page(tmp_path):
    """The same places from the readers whose markup gives whole paragraphs: a .docx as
    councils circulate it, and a GOV.UK-style HTML page."""
    import docx

    from index import read_source

    document = docx.Document()
    document.add_heading("9 Capacity for improvement", level=1)
    for text in ["9.1 The council has begun to recognise the scale of its problems.",
                 "9.2 We do not consider that it can recover without support from outside.",
                 "9.3 We make three recommendations."]:
        document.add_paragraph(text)
    document.add_heading("10 Recommendations", level=1)
    for text in ["Recommendation A: The council should agree an improvement plan.",
                 "Recommendation B: The council should set a balanced budget.",
                 "Recommendation C: The council should review its property portfolio."]:
        document.add_paragraph(text)
    document.save(tmp_path / "report.docx")
    html = "".join(["<html><body><main><h2>9 Capacity for improvement</h2>",
                    "<p>9.1 The council has begun to recognise the scale of its problems.</p>",
                    "<p>9.2 We do not consider that it can recover without support.</p>",
                    "<p>9.3 We make three recommendations.</p>",
                    "<h2>10 Recommendations</h2>",
                    "<p>Recommendation A: The council should agree an improvement plan.</p>",
                    "<p>Recommendation B: The council should set a balanced budget.</p>",
                    "<p>Recommendation C: The council should review its property portfolio.</p>",
                    "</main></body></html>"])
    (tmp_path / "report.html").write_text(html, encoding="utf-8")
    for name in ("report.docx", "report.html"):
        places = {p.section: (p.kind.value, p.text)
                  for p in read_source(tmp_path / name).paragraphs if p.section}
        assert places["RB"] == ("recommendation", "The council should set a balanced budget."), \
            (name, sorted(places))
        assert places["9.3"] == ("numbered", "We make three recommendations."), name


@pytest.mark.parametrize("reader", READERS)
def test_a_chapters_heading_under_the_reports_title_on_every_page_is_no_header(tmp_path,
                                                                               reader):
    """The report's title atop every page, each chapter's heading under it on its first page
    only, the last chapter ("4. Recommendations") with no paragraph 4.1: every heading is
    the chapter's, none a running header (a Chromium report's @page header)."""
    pages = [[TITLE, "1. Introduction", "1.1 We were appointed in the spring of 2025.",
              "1.2 We held interviews over six weeks."],
             [TITLE, "2. Governance", "2.1 Decisions are taken by a small group.",
              "2.2 No notes are kept of that meeting."],
             [TITLE, "3. Finance", "3.1 The general fund reserve has fallen by two thirds.",
              "3.2 The council has no plan to restore it."],
             [TITLE, "4. Recommendations", "We make the following recommendations.",
              "Recommendation A: The council should agree an improvement plan.",
              "Recommendation B: The council should set a balanced budget."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages], footer=None)
    places = {p.section: p for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    assert places["3.2"].text == "The council has no plan to restore it."
    assert places["RB"].heading == "Recommendations"


@pytest.mark.parametrize("reader", READERS)
def test_a_table_of_recommendations_keeps_its_header_row_to_itself(tmp_path, reader):
    """Recommendations set in a table whose header row ("No." / "Recommendation") repeats
    atop its next page: the row is no word of the paragraph above the table nor of the
    recommendation before the page break."""
    # (chapters before it, so that a line on both of the table's pages is no furniture)
    pages = [[f"{n} Chapter {n}", f"{n}.1 The council's arrangements for area {n} are weak.",
              f"{n}.2 Its members were not told of the problems in area {n}."]
             for n in range(1, 9)]
    pages += [["9 Conclusions",
              "9.1 We make the following recommendations to the council. They should",
              "form the basis of its improvement plan.",
              "Recommendations", "No.", "Recommendation to the council",
              "R1", "Agree an improvement plan within six months.",
              "R2", "Review the constitution in full."],
             ["No.", "Recommendation to the council",
              "R3", "End informal meetings that are not minuted.",
              "R4", "Restore the general fund reserve."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages])
    places = {p.section: p.text for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    assert places["9.1"] == ("We make the following recommendations to the council. They "
                             "should form the basis of its improvement plan.")
    assert places["R2"] == "Review the constitution in full."
    assert places["R3"] == "End informal meetings that are not minuted."

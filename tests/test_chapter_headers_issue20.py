"""Issue 20, on producers the fit half had not shown: a running header that is the chapter's
title alone (DocBook through FOP) or the chapter's number and title (groff -mm), printed over
the chapter's heading atop its first page; a table's caption in capitals, wrapped over two
lines, and its note after a sentence on the note's line; a report numbered straight through
whose chapter 1 is its executive summary. Each test draws its report; none copies a blind
set's words."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from index import read_pages, split_paragraphs
from index.models import ParagraphKind

READERS = ["pypdf", "pdfium"]


def draw(path, pages, size=10.5):
    """Pages of (header lines, body lines, footer): the header centred at the top, one line
    under the other (a narrow box wraps a long title), the footer centred at the foot."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for header, body, footer in pages:
        c.setFont("Helvetica", 9)
        for k, line in enumerate(header):
            c.drawCentredString(A4[0] / 2, A4[1] - 40 - 11 * k, line)
        c.setFont("Helvetica", size)
        y = A4[1] - 100
        for line in body:
            c.drawString(72, y, line)
            y -= 14
        c.setFont("Helvetica", 9)
        c.drawCentredString(A4[0] / 2, 30, footer)
        c.showPage()
    c.save()
    return path


# Each paragraph's lines differ from every other's: a line that recurs atop or at the foot of
# many pages is page furniture.
SENTENCES = [
    ("Members told us that reports often arrived late and that the options in them",
     "had not been costed before the meeting."),
    ("The council's medium-term financial strategy assumes savings that have not",
     "been identified in any service plan."),
    ("Internal audit completed fewer than two thirds of its planned days, and its",
     "annual opinion was limited assurance."),
    ("Partners value their relationships with individual officers but find the",
     "council slow to make decisions."),
    ("The shareholder committee met three times in the year, and its minutes record",
     "no challenge to the business plan."),
    ("Staff in the regeneration directorate were the most likely to report that",
     "concerns raised were not acted on."),
    ("The capital programme has not been reviewed since the borrowing was agreed,",
     "and its revenue cost is not yet known."),
    ("Complaints about repairs have doubled in two years, and the backlog of cases",
     "stood at its highest at the year end."),
    ("The whistleblowing policy names an officer whose post has changed hands four",
     "times, and staff did not know whom to call."),
    ("Scrutiny's work programme is made up of items brought by officers rather than",
     "of reviews chosen by its members."),
]


def paragraph(n: int, k: int) -> list[str]:
    first, second = SENTENCES[(n * 2 + k) % len(SENTENCES)]
    return [f"{n}.{k} {first}", second]


# Pages of each chapter: its number never runs with the pages' (a header printing the page
# number beside words does).
PAGES_OF = {2: 3, 3: 1, 4: 2, 5: 1}
ENDS = {2: "It has not made provision for any part of that sum.",
        3: "None of it is provided for in the accounts.",
        4: "The Cabinet was not told of it before the budget was set.",
        5: "We found no plan to reduce it."}


def chapter_pages(headers, headings, first=7):
    """A title page, then chapters 2 to 5 of PAGES_OF pages, each page headed by
    `headers(n, title)`; each chapter ends with a paragraph (n.9) whose full stop ends its
    page: the next page's first line is the header."""
    titles = {2: "Governance", 3: "Scrutiny and audit", 4: "Procurement and contract management",
              5: "Services to residents"}
    last = ["{n}.9 We consider that the council's exposure to its {what} is in the region",
            "of £{pounds} million. {end}"]
    what = {2: "company", 3: "loans", 4: "guarantees", 5: "contractors"}
    # (a title page first: chapter n on no PDF page n, whose number its heading would print)
    pages, page_no = [([], ["Best Value Inspection of Wendleford Borough Council",
                            "Report of the inspection team, March 2025"], "")], first
    for n, title in titles.items():
        body = [headings(n, title)] + paragraph(n, 1) + paragraph(n, 2)
        for extra in range(PAGES_OF[n] - 1):
            pages.append((headers(n, title), body, str(page_no)))
            page_no += 1
            body = paragraph(n, 3 + 2 * extra) + paragraph(n, 4 + 2 * extra)
        body += [line.format(n=n, pounds=n * 7 + 3, what=what[n], end=ENDS[n]) for line in last]
        pages.append((headers(n, title), body, str(page_no)))
        page_no += 1
    return pages


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("headers, headings", [
    pytest.param(lambda n, t: [f"{n} {t}"], lambda n, t: f"{n} {t}",
                 id="title-alone-over-the-same-heading"),
    pytest.param(lambda n, t: ["Best Value Inspection", f"{n} {t}"], lambda n, t: f"{n}. {t}",
                 id="groff-mm-number-without-its-stop"),
    pytest.param(lambda n, t: [f"{n} {t}"] if len(t) < 25 else
                 [f"{n} {' '.join(t.split()[:2])}", " ".join(t.split()[2:])],
                 lambda n, t: f"{n} {t}", id="header-wrapped-in-a-narrow-box"),
])
def test_a_chapter_header_over_its_heading_is_in_no_paragraph(tmp_path, reader, headers,
                                                              headings):
    pdf = draw(tmp_path / "report.pdf", chapter_pages(headers, headings))
    paragraphs = split_paragraphs(read_pages(pdf, reader))
    places = {p.section: p for p in paragraphs if p.section}
    for n in (2, 3, 4, 5):
        assert places[f"{n}.9"].text.endswith(f"in the region of £{n * 7 + 3} million. "
                                              f"{ENDS[n]}"), places[f"{n}.9"].text
    assert places["4"].text == "Procurement and contract management"
    assert places["4.1"].heading == "Procurement and contract management"


@pytest.mark.parametrize("reader", READERS)
def test_a_heading_alone_atop_a_page_with_no_header_is_kept(tmp_path, reader):
    """The header's rule must not take a chapter's heading on a page printed without one."""
    pages = chapter_pages(lambda n, t: [f"{n} {t}"] if n == 2 else [], lambda n, t: f"{n} {t}")
    pdf = draw(tmp_path / "report.pdf", pages)
    places = {p.section: p for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    assert places["3"].text == "Scrutiny and audit"
    assert places["3.1"].heading == "Scrutiny and audit"


TABLE_PAGE = [
    "3.4 The results of the survey are set out in Table 1. They show a workforce that is",
    "committed to its services but has little confidence in its leadership.",
]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("caption, note, heading", [
    pytest.param(["TABLE 1. Results of the staff survey, 2025"], [],
                 "TABLE 1. Results of the staff survey, 2025", id="caption-in-capitals"),
    pytest.param(["Table 1. Selected results of the staff survey (percentage of",
                  "respondents agreeing)"], [],
                 "Table 1. Selected results of the staff survey (percentage of respondents "
                 "agreeing)", id="caption-wrapped-inside-its-bracket"),
    pytest.param(["Table 1. Revenue budget and outturn by service, 2023/24 (£", "million)"],
                 ["Figures in brackets are underspends. Source: outturn report, July 2024."],
                 "Table 1. Revenue budget and outturn by service, 2023/24 (£ million)",
                 id="note-after-a-sentence-on-its-line"),
    pytest.param(["Table 3.1: Results of the staff survey, 2025"], [],
                 "Table 3.1: Results of the staff survey, 2025",
                 id="numbered-in-its-chapter-as-latex-numbers-it"),
])
def test_a_tables_caption_and_note_are_no_rows_of_it(tmp_path, reader, caption, note, heading):
    rows = ["Statement Agree Disagree", "I am proud to work here 61% 22%",
            "Leaders communicate openly 38% 41%"]
    body = TABLE_PAGE + caption + rows + note + [
        "3.5 Staff in front-line services were more positive than those in corporate",
        "functions."]
    pdf = draw(tmp_path / "report.pdf", [([], ["3 Leadership and culture"] + body, "7")])
    places = {p.section: p for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    table = places[" ".join(heading.title().split()[:2]).rstrip(".:")]
    assert table.kind is ParagraphKind.TABLE
    assert table.heading == heading
    assert table.text == " ".join(rows)
    assert places["3.4"].text.endswith("little confidence in its leadership.")
    assert places["3.5"].text == "Staff in front-line services were more positive than those " \
        "in corporate functions."


STRAIGHT_THROUGH = [
    ["1 Executive summary", "Our overall conclusion",
     "1. This report sets out what we found when we inspected the council between March",
     "and May, and the reasons for our conclusions.",
     "2. We have concluded that the council is failing to comply with its Best Value duty.",
     "3. Frontline staff are committed and many are proud of the work that they do, but",
     "they have little confidence in the council's leadership.",
     "2 Introduction",
     "4. We were appointed by the Secretary of State under section 10 of the Act.",
     "5. We held interviews with members, officers and partners over eight weeks.",
     "6. We are grateful to all those who gave their time to the inspection."],
]


@pytest.mark.parametrize("reader", READERS)
def test_a_chapter_called_executive_summary_is_no_place_of_that_name(tmp_path, reader):
    """"1 Executive summary" over paragraphs 1-3 numbered straight through: the heading and the
    subheading under it are no "executive summary" place (issue 20: "(executive summary)" was
    judged against them alone, and a quotation of paragraph 3 was called wrongly cited)."""
    pdf = draw(tmp_path / "report.pdf", [([], page, "3") for page in STRAIGHT_THROUGH])
    paragraphs = split_paragraphs(read_pages(pdf, reader))
    assert not [p.text for p in paragraphs if p.section == "executive summary"]
    places = {p.section: p for p in paragraphs if p.section}
    assert places["3"].heading == "Executive summary"
    assert places["3"].text.startswith("Frontline staff are committed")


@pytest.mark.parametrize("reader", READERS)
def test_an_unnumbered_executive_summary_is_a_place_its_subheading_not(tmp_path, reader):
    page = ["Executive summary", "Our overall conclusion",
            "The council is failing to comply with its Best Value duty. Its leadership has not",
            "acted on the warnings it was given, and its reserves are close to exhausted.",
            "Frontline staff are committed and many are proud of the work that they do.",
            "1 Introduction",
            "1.1 We were appointed by the Secretary of State under section 10 of the Act.",
            "1.2 We held interviews with members, officers and partners over eight weeks."]
    pdf = draw(tmp_path / "report.pdf", [([], page, "3")])
    summary = [p.text for p in split_paragraphs(read_pages(pdf, reader))
               if p.section == "executive summary"]
    assert summary and summary[0].startswith("The council is failing to comply")
    assert "Our overall conclusion" not in " ".join(summary)


# A report whose summary paragraphs are labelled ES1, ES2 … and whose recommendations are a
# chapter of their own, numbered but with no numbered paragraph, atop a page.
LABELLED_PARTS = [
    ["Foreword",
     "This inspection was commissioned after a long period of concern about the council's",
     "finances. We thank everyone who gave us their time.",
     "Executive summary",
     "ES1 The council is failing to comply with its Best Value duty in three respects.",
     "ES2 Its reserves will be exhausted within two years unless it acts quickly to reduce",
     "its spending.",
     "ES3 Scrutiny does not hold the Cabinet to account.",
     "1 Introduction",
     "1.1 We were appointed by the Secretary of State in March.",
     "1.2 We held interviews with members, officers and partners."],
    ["2 Recommendations",
     "Recommendation 1: The council should agree an improvement plan within six months.",
     "Recommendation 2: The council should set a balanced budget without using its",
     "reserves.",
     "Annex B Financial indicators",
     "B1 The general fund reserve fell from £9.8 million to £2.1 million.",
     "B2 Borrowing rose by £140 million over five years."],
]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("section, kind, text, heading", [
    pytest.param("ES2", ParagraphKind.SUMMARY, "Its reserves will be exhausted within two years "
                 "unless it acts quickly to reduce its spending.", "Executive summary",
                 id="summary-paragraph-under-its-label"),
    pytest.param("1.2", ParagraphKind.NUMBERED, "We held interviews with members, officers and "
                 "partners.", "Introduction", id="chapter-heading-atop-the-next-page-not-in-it"),
    pytest.param("R1", ParagraphKind.RECOMMENDATION, "The council should agree an improvement "
                 "plan within six months.", "Recommendations",
                 id="recommendations-under-a-numbered-chapter-of-their-own"),
    pytest.param("B2", ParagraphKind.ANNEX, "Borrowing rose by £140 million over five years.",
                 "Annex B Financial indicators", id="annex-paragraph-without-its-stop"),
    pytest.param("foreword", ParagraphKind.FOREWORD, "This inspection was commissioned after a "
                 "long period of concern about the council's finances. We thank everyone who "
                 "gave us their time.", "Foreword", id="foreword"),
])
def test_places_under_labels_of_their_own(tmp_path, reader, section, kind, text, heading):
    from pdfs import make_pdf

    pdf = make_pdf(tmp_path / "report.pdf", LABELLED_PARTS)
    places = {p.section: p for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    assert (places[section].kind, places[section].text, places[section].heading) == \
        (kind, text, heading)


# groff -ms: chapters numbered "1." by .NH, a summary of labelled paragraphs S1, S2 … under
# "1. Executive summary" (its footnote "1." at the page's foot, no paragraph 1), recommendations
# "Rec 1", "Rec 2" …, an appendix's own list "1.", "2.", "3." at the foot of a page after
# footnote 2 on the page before.
def groff_ms_pages():
    from pdfs import PageSpec

    return [
        PageSpec(["1. Executive summary",
                  "S1 The council has not set a balanced budget without drawing on its reserves",
                  "in any of the last four years.1",
                  "S2 The council's leadership has not responded to repeated warnings from its",
                  "own statutory officers."],
                 footnotes=["1. Statements of accounts 2021/22 to 2024/25."]),
        PageSpec(["2. Finance",
                  "2.1 The general fund reserve fell from £9.8 million in 2021 to £2.1 million",
                  "in March 2025, as the accounts show.2",
                  "2.2 Borrowing rose by £140 million over five years, mostly to buy property",
                  "outside the borough, and 2 of the 11 properties bought are empty."],
                 footnotes=["2 Statement of accounts 2024/25, note 12."]),
        PageSpec(["3. Recommendations",
                  "Rec 1 The council should agree an improvement plan within six months.",
                  "Rec 2 The council should set a balanced budget without using its reserves.",
                  "Appendix 2: Methodology",
                  "1. We held 80 interviews with members and officers.",
                  "2. We observed meetings of the Cabinet and its committees.",
                  "3. We read the council's budget books for five years."]),
    ]


@pytest.mark.parametrize("reader", READERS)
def test_a_groff_ms_report_keeps_its_places(tmp_path, reader):
    from pdfs import make_pdf

    pdf = make_pdf(tmp_path / "report.pdf", groff_ms_pages())
    paragraphs = split_paragraphs(read_pages(pdf, reader))
    places = {p.section: p for p in paragraphs if p.section}
    assert places["S2"].heading == "Executive summary"
    assert places["R2"].text == "The council should set a balanced budget without using its " \
        "reserves."
    assert places["R1"].heading == "Recommendations"
    # the appendix's "3." is its list's next item, no footnote 3 of the report
    assert [p.text for p in paragraphs if p.kind is ParagraphKind.FOOTNOTE] == [
        "Statements of accounts 2021/22 to 2024/25.", "Statement of accounts 2024/25, note 12."]
    assert paragraphs[-1].text.endswith("3. We read the council's budget books for five years.")


GOVERNANCE = [
    "3 Governance",
    "3.1 The council's constitution has not been reviewed since 2015, and its scheme of",
    "delegation does not match the way decisions are now taken.",
    "3.2 Members told us that they did not understand the urgency procedure."]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("pages, place, text", [
    pytest.param([["Executive summary",
                   "ES1 The council is failing to comply with its Best Value duty.",
                   "ES2 Its reserves will be exhausted within two years."],
                  GOVERNANCE + ["4 Recommendations", "No.", "Recommendation"],
                  ["R1 The council should review its constitution within six months.",
                   "R2 The council should publish every decision taken under urgency."]],
                 "R2", "The council should publish every decision taken under urgency.",
                 id="table-of-recommendations-on-the-next-page-after-a-labelled-summary"),
    pytest.param([GOVERNANCE + ["4 Conclusion",
                                "We do not consider that the council can make the changes it",
                                "needs on its own, and we recommend intervention."]],
                 None, None, id="a-last-chapter-of-unnumbered-prose"),
])
def test_the_next_chapters_heading_ends_the_paragraph_before_it(tmp_path, reader, pages, place,
                                                                 text):
    """"4 Recommendations" after 3.2's full stop at a page's foot, no paragraph 4.1 under it:
    the next chapter's heading (Chromium's print of an HTML report: read into 3.2)."""
    from pdfs import make_pdf

    pdf = make_pdf(tmp_path / "report.pdf", pages)
    places = {p.section: p for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    assert places["3.2"].text == "Members told us that they did not understand the urgency " \
        "procedure."
    if place:
        assert places[place].text == text


@pytest.mark.parametrize("reader", READERS)
def test_a_heading_in_sentence_case_under_the_title_heads_the_prose_under_it(tmp_path, reader):
    """"Key findings" under the title's last line, over findings KF1, KF2 … (a Word report
    rendered by LibreOffice): its own heading, no words of the first finding."""
    from pdfs import make_pdf

    pdf = make_pdf(tmp_path / "report.pdf", [[
        "Best Value Inspection of Ormsby", "Borough Council", "Key findings",
        "KF1. The council has not set a balanced budget without its reserves since",
        "2021, and its reserves will be exhausted within two years.",
        "KF2. Scrutiny does not hold the Cabinet to account for its decisions, and",
        "its work programme is set by officers.",
        "1 Introduction",
        "1.1 We were appointed by the Secretary of State under section 10 of the Act.",
        "1.2 We held interviews with members, officers and partners over eight weeks."]])
    paragraphs = split_paragraphs(read_pages(pdf, reader))
    first = next(p for p in paragraphs if p.text.startswith("KF1"))
    assert first.heading == "Key findings"
    assert not [p for p in paragraphs if "Key findings KF1" in p.text]

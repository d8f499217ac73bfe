"""`check_motion` on a report and a letter that the tests draw: one row per kind of quotation.

The report is typeset like the real ones: running header, "Page N of M" footer, a paragraph
that runs over a page break, a word hyphenated at a line end, a footnote marker, 4.5 beside
4.50, and a short phrase that occurs twice.
"""

import pytest

from index import add_pdf, open_index
from pdfs import PageSpec, make_pdf
from verifier.rendering.notes import quote_note
from verifier.judging.check import check_motion
from verifier.models import Motion

REPORT_PAGES = [
    PageSpec([
        "3 Culture",
        "3.1 The inspection team spoke to 84 officers and 23 councillors over six weeks. The",
        "council's culture was described to us as cautious and inward-looking.",
        "3.2 The lack of trust between councillors, officers and partners is deeply concerning",
        "and is not conducive to good governance and decision-making.",
        "3.3 Staff told us that they did not feel able to raise concerns, and that managers",
        "rarely acted on the concerns that were raised.",
        "3.4 We found that the scrutiny function was weak and confused, and that the level of",
        "challenge offered by members has in our view been inade-",
        "quate for an authority of this size.",
        "3.5 The Authority has overspent its budgets in each of the last three years.7 The",
        "pattern was first reported to members in 2021 and remains unresolved.",
        "4 Leadership",
        "4.1 The Mayor has made three permanent senior appointments since 2023, which has",
        "brought welcome stability to the corporate leadership team.",
        "4.2 Many good managers had left the organisation as a result of 'speaking truth to power'.",
        "4.3 Our staff survey found that 48% of respondents were uncomfortable raising concerns,",
        "and only 27% believed their concerns would be dealt with appropriately. The survey",
        "also showed that managers were trusted more than senior leaders, and that officers",
    ], footnotes=["7 Source: the Authority's outturn reports, 2021/22 to 2023/24."]),
    [
        "in frontline services were the most positive group.",
        "4.4 Some appointments were considered inappropriate by staff, who spoke of a 'friends",
        "and family culture' in parts of the organisation.",
        "4.5 The council has not yet published a credible improvement plan.",
        "4.50 We recommend that the council publishes an improvement plan within three months.",
        "5 Scrutiny",
        "5.1 Scrutiny committees met eleven times in the last municipal year, and the Monitoring",
        "Officer must be consulted before any report is withdrawn from an agenda.",
        "5.12 Call-in powers were used twice, on both occasions by the opposition group. Members",
        "described the process as weak and confused.",
        "5.13 The Authority spent £3.4 million on agency staff in 2023/24, compared with £2.1",
        "million in 2021/22.",
    ],
]
LETTER_PAGES = [[
    "Dear Chief Executive,",
    "The Inspectors reported on the council's governance, culture and scrutiny. They found",
    "insufficient evidence that the organisation is open and transparent, and values the",
    "constructive criticism required to drive improvement. I am therefore minded to",
    "appoint Commissioners.",
    "Yours sincerely,",
]]


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("check")
    report = make_pdf(root / "report.pdf", REPORT_PAGES,
                      header="Best Value Inspection of the Borough of Fenmarsh")
    letter = make_pdf(root / "letter.pdf", LETTER_PAGES, header=None)
    add_pdf(root / "index", report, title="Best Value Inspection of the Borough of Fenmarsh")
    add_pdf(root / "index", letter,
            title="Letter from the Secretary of State to the Chief Executive, 12 November 2024")
    return open_index(root / "index")


# motion text, expected (verdict, citation, section where the words are)
CASES = [
    pytest.param("“The lack of trust between councillors, officers and partners is deeply concerning "
                 "and is not conducive to good governance and decision-making.” (Section 3.2)",
                 ("verbatim", "correct", "3.2"), id="verbatim-correct"),
    pytest.param("The report says “the level of challenge offered by members has in our view been "
                 "inadequate” (para 3.4).", ("verbatim", "correct", "3.4"),
                 id="across-a-hyphenated-line-end"),
    pytest.param("“The survey also showed that managers were trusted more than senior leaders, and "
                 "that officers in frontline services were the most positive group.” (Section 4.3)",
                 ("verbatim", "correct", "4.3"), id="across-a-page-break"),
    pytest.param("“The Authority has overspent its budgets in each of the last three years. The "
                 "pattern was first reported to members in 2021” (paragraph 3.5)",
                 ("verbatim", "correct", "3.5"), id="over-a-footnote-marker"),
    pytest.param("“The Authority has overspent its budgets in each of the last three years.7 The "
                 "pattern was first reported to members in 2021” (paragraph 3.5)",
                 ("verbatim", "correct", "3.5"), id="footnote-marker-copied-into-the-quote"),
    pytest.param("“Some appointments were considered inappropriate by staff, who spoke of a\nPage 3 "
                 "of 5\n‘friends and family culture’” (Section 4.4)",
                 ("verbatim", "correct", "4.4"), id="page-number-pasted-inside-the-quote"),
    pytest.param("“the level of challenge offered by members has in our view been inade-\nPage 1 "
                 "of 2\nBest Value Inspection of the Borough of Fenmarsh\nquate” (para 3.4)",
                 ("verbatim", "correct", "3.4"), id="page-furniture-pasted-inside-a-broken-word"),
    # issue 20: the furniture the reader learnt from the report's pages, stored with it
    pytest.param("“the level of challenge offered by members\nBest Value Inspection of the "
                 "Borough of Fenmarsh\nhas in our view been inadequate” (para 3.4)",
                 ("verbatim", "correct", "3.4"), id="learnt-running-header-line-inside-the-quote"),
    pytest.param("“the level of challenge offered by members Best Value Inspection of the Borough "
                 "of Fenmarsh Page 1 of 2 has in our view been inadequate” (para 3.4)",
                 ("verbatim", "correct", "3.4"), id="learnt-header-and-footer-inside-a-line"),
    pytest.param("“The council has not yet published a credible improvement plan” (Section 4.5)",
                 ("verbatim", "correct", "4.5"), id="4.5-cited-for-4.5"),
    pytest.param("“The council has not yet published a credible improvement plan. We recommend that "
                 "the council publishes an improvement plan” (Section 4.5)",
                 ("verbatim", "correct", "4.5"), id="across-two-paragraphs"),
    pytest.param("“We recommend that the council publishes an improvement plan within three "
                 "months” (Section 4.5)", ("verbatim", "wrong", "4.50"), id="4.5-cited-for-4.50"),
    pytest.param("“The Mayor has made three permanent senior appointments since 2023” (Section 4.2)",
                 ("verbatim", "wrong", "4.1"), id="wrong-paragraph"),
    pytest.param("We note that “Call-in powers were used twice” in the year.",
                 ("verbatim", "missing", "5.12"), id="no-citation"),
    pytest.param("“only 27% believed their concerns would be dealt with appropriately” (p. 1)",
                 ("verbatim", "correct", "4.3"), id="page-citation"),
    pytest.param("“Some appointments were considered inappropriate by staff” (p. 1)",
                 ("verbatim", "wrong", "4.4"), id="wrong-page-citation"),
    pytest.param("“They found insufficient evidence that the organisation is open and transparent” "
                 "(Letter from SoS to CEX 12/11/24)", ("verbatim", "correct", None),
                 id="letter-citation"),
    pytest.param("“They found insufficient evidence that the organisation is open and transparent” "
                 "(Section 3.3)", ("verbatim", "wrong", None), id="letter-words-cited-to-report"),
    pytest.param("“The culture was cautious and inward-looking” (Letter from the Minister 1/1/25)",
                 ("misquote", "unverifiable", "3.1"), id="cited-document-not-indexed"),
    pytest.param("“the council has not yet published a credible improvement plan” (Section 4.5)",
                 ("verbatim", "correct", "4.5"), id="capital-at-start-only"),
    pytest.param("The inspectors said “[w]e found that the scrutiny function was weak and "
                 "confused” (Section 3.4).", ("verbatim", "correct", "3.4"),
                 id="bracketed-initial-of-another-case"),
    pytest.param("“The lack of trust between council\u00adlors, officers and partners is deeply "
                 "concerning” (Section 3.2)", ("verbatim", "correct", "3.2"), id="soft-hyphen"),
    pytest.param("“The lack of trust between council\ufffelors, officers and partners is deeply "
                 "concerning” (Section 3.2)", ("verbatim", "correct", "3.2"),
                 id="pdfium-soft-hyphen"),
    pytest.param("“The council\u02bcs culture was described to us as cautious and inward-look\u200bing.” "
                 "(Section 3.1)", ("verbatim", "correct", "3.1"),
                 id="letter-apostrophe-and-zero-width-space"),
    pytest.param("“The Council Has Not Yet Published A Credible Improvement Plan” (Section 4.5)",
                 ("minor", "correct", "4.5"), id="capitalisation"),
    pytest.param("“Many good managers had left the organization as a result of 'speaking truth "
                 "to power'.” (Section 4.2)", ("minor", "correct", "4.2"), id="american-spelling"),
    pytest.param("The report notes in footnote 7 that “Source: the Authority's outturn reports”.",
                 ("verbatim", "correct", None), id="footnote-citation"),
    pytest.param("“Source: the Authority's outturn reports” (footnote 8)",
                 ("verbatim", "wrong", None), id="wrong-footnote-citation"),
    pytest.param("“The lack of trust between councillors, officers and partners is deeply concerning "
                 "and is not conducive to good goverance and decision-making.” (Section 3.2)",
                 ("minor", "correct", "3.2"), id="typo"),
    pytest.param("“We found that the scrutiny function was weak and confused, and that the level of "
                 "challenge offered by members has in our view been adequate” (Section 3.4)",
                 ("misquote", "correct", "3.4"), id="prefix-dropped-is-not-a-typo"),
    pytest.param("“Staff told us that they did not feel able to raise concerns … managers rarely "
                 "acted on the concerns that were raised.” (para 3.3)",
                 ("minor", "correct", "3.3"), id="marked-ellipsis"),
    pytest.param("“[The Authority] spent £3.4 million on agency staff in 2023/24” (para 5.13)",
                 ("minor", "correct", "5.13"), id="square-brackets"),
    pytest.param("“The Authority spent £3.4m on agency staff in 2023/24” (para 5.13)",
                 ("minor", "correct", "5.13"), id="million-written-m"),
    pytest.param("“The Authority spent £3.4bn on agency staff in 2023/24” (para 5.13)",
                 ("misquote", "correct", "5.13"), id="billion-is-not-million"),
    pytest.param("“48 per cent of respondents were uncomfortable raising concerns” (Section 4.3)",
                 ("minor", "correct", "4.3"), id="per-cent-written-out"),
    pytest.param("“48 per\ncent of respondents were uncomfortable raising concerns” (Section 4.3)",
                 ("minor", "correct", "4.3"), id="per-cent-wrapped-over-a-line"),
    pytest.param("“Staff told us that they did feel able to raise concerns” (para 3.3)",
                 ("misquote", "correct", "3.3"), id="negation-removed"),
    pytest.param("“The council has published a credible improvement plan.” (Section 4.5)",
                 ("misquote", "correct", "4.5"), id="negation-removed-2"),
    pytest.param("“Scrutiny committees met twelve times in the last municipal year” (Section 5.1)",
                 ("misquote", "correct", "5.1"), id="changed-number-word"),
    pytest.param("“The Authority spent £4.3 million on agency staff in 2023/24” (Section 5.13)",
                 ("misquote", "correct", "5.13"), id="changed-amount"),
    pytest.param("“the Monitoring Officer should be consulted before any report is withdrawn from an "
                 "agenda” (Section 5.1)", ("misquote", "correct", "5.1"), id="must-to-should"),
    pytest.param("“Staff told us that they did not feel able to raise concerns, and that managers "
                 "never acted on the concerns that were raised.” (Section 3.3)",
                 ("misquote", "correct", "3.3"), id="qualifier-changed"),
    pytest.param("“The council has not yet published a credible improvement plan. Call-in powers "
                 "were used twice.” (Section 4.5)", ("misquote", "correct", "4.5"), id="splice"),
    # Issue 21: one word changed in the cited paragraph, the changed word's twin elsewhere.
    pytest.param("“Scrutiny committees met twice in the last municipal year” (Section 5.1)",
                 ("misquote", "correct", "5.1"), id="one-word-changed-is-no-splice"),
    pytest.param("“Staff told us that they did not feel able to raise concerns, and that managers "
                 "rarely acted on concerns that were raised.” (Section 3.3)",
                 ("minor", "correct", "3.3"), id="an-article-left-out"),
    pytest.param("The report's headline: “THE COUNCIL HAS NOT YET PUBLISHED A CREDIBLE IMPROVEMENT "
                 "PLAN” (Section 4.5)", ("verbatim", "correct", "4.5"), id="set-in-capitals"),
    pytest.param("“The Mayor has made three permanent senior appointments” (para 9.3)",
                 ("verbatim", "wrong", "4.1"), id="a-paragraph-the-report-lacks-numbered-alike"),
    pytest.param("“Officers said they felt unable to voice worries and that managers seldom "
                 "responded to them” (Section 3.3)", ("paraphrase", "correct", "3.3"),
                 id="paraphrase"),
    pytest.param("“The council is the best-run authority in the region” (Section 4.1)",
                 ("not_found", "unverifiable", None), id="invented"),
    pytest.param("The scrutiny function was “weak and confused” (Section 5.12).",
                 ("verbatim", "correct", "5.12"), id="short-phrase-twice-cited-second"),
    pytest.param("The scrutiny function was “weak and confused” (Section 3.4).",
                 ("verbatim", "correct", "3.4"), id="short-phrase-twice-cited-first"),
    pytest.param("“Inspectors described the scrutiny function as ‘weak and confused’ and staff "
                 "spoke of a ‘friends and family culture’” (Sections 3.4 and 4.4)",
                 ("verbatim", "correct", "3.4"), id="wrapper-keeps-the-fragments"),
    pytest.param("“Many good managers had left the organisation as a result of ‘speaking truth to "
                 "power’.” (Section 4)", ("verbatim", "correct", "4.2"),
                 id="chapter-citation-covers-its-paragraphs"),
    pytest.param("“Many good managers had fled the organisation as a result of ‘speaking truth to "
                 "power’.” (Section 4.2)", ("misquote", "correct", "4.2"),
                 id="misquoted-source-words-with-nested-quotes-stay-whole"),
    pytest.param("“Inspectors reported that ‘Staff told us that they did not feel able to raise "
                 "concerns, and that managers rarely acted on the concerns that were raised.’” "
                 "(Section 3.3)", ("verbatim", "correct", "3.3"),
                 id="wrapper-round-one-long-fragment"),
]


@pytest.mark.model
@pytest.mark.parametrize("motion,expected", CASES)
def test_check(index, motion, expected):
    report = check_motion(Motion("motion.txt", motion), index)
    assert report.results, "no quotation extracted"
    result = report.results[0]
    section = result.found.section if result.found else None
    assert (result.verdict.value, result.citation.value, section) == expected, quote_note(result)
    assert motion[result.quotation.start:result.quotation.end] == result.quotation.text


@pytest.mark.model
def test_wrapper_reports_each_fragment(index):
    motion = ("“Inspectors described the scrutiny function as ‘weak and confused’ and staff "
              "spoke of a ‘friends and family culture’” (Sections 3.4 and 4.4)")
    report = check_motion(Motion("m.txt", motion), index)
    assert [(r.quotation.text, r.found.section) for r in report.results] == [
        ("weak and confused", "3.4"), ("friends and family culture", "4.4")]


@pytest.mark.model
def test_misquote_says_what_changed(index):
    motion = "“The Authority spent £4.3 million on agency staff in 2023/24” (Section 5.13)"
    result = check_motion(Motion("m.txt", motion), index).results[0]
    assert [(d.kind, d.quote, d.source) for d in result.differences] == [("changed", "4.3", "3.4")]
    assert "number" in quote_note(result) and "3.4" in quote_note(result)


@pytest.mark.model
def test_uncited_words_in_summary_and_paragraph_are_placed_at_the_paragraph(tmp_path, embedder):
    pages = [["Executive Summary", "Scrutiny has not provided a robust check on the executive."],
             ["5 Scrutiny", "5.1 Scrutiny has not provided a robust check on the executive. Its",
              "work programme is set by the Cabinet."]]
    pdf = make_pdf(tmp_path / "report.pdf", pages)
    add_pdf(tmp_path / "index", pdf, title="Report")
    motion = "We note that “Scrutiny has not provided a robust check on the executive”."
    result = check_motion(Motion("m.txt", motion), open_index(tmp_path / "index")).results[0]
    assert (result.citation.value, result.found.section) == ("missing", "5.1")
    assert [m.section for m in result.also_found] == ["executive summary"]


@pytest.mark.model
def test_short_phrase_reports_the_other_place(index):
    result = check_motion(Motion("m.txt", "was “weak and confused” (Section 3.4)"), index).results[0]
    assert [m.section for m in result.also_found] == ["5.12"]


def test_lexical_check_does_not_load_the_model(tmp_path, shared):
    """An index read and a motion whose quotations are all found lexically: no torch."""
    import subprocess
    import sys

    from conftest import ROOT
    code = (
        "import sys\n"
        "from index import open_index\n"
        "from verifier.judging.check import check_motion\n"
        "from verifier.models import Motion\n"
        f"report = check_motion(Motion('m', '“The lack of trust between councillors” (Section 3.2)'), "
        f"open_index({str(tmp_path / 'toy-index')!r}))\n"
        "assert report.results[0].verdict.value == 'verbatim', report.results[0]\n"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules\n"
        "assert 'faiss' not in sys.modules\n"
    )
    _build_toy_index_without_model(tmp_path / "toy-index")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def _build_toy_index_without_model(directory):
    """A real index of the eval kit's toy report, with zero vectors (no model needed to read)."""
    import numpy as np

    from conftest import SHARED
    from index import ReadReport, file_sha256, make_chunks, read_pages, split_paragraphs
    pdf = SHARED / "eval-kit" / "sources" / "toy-report.pdf"
    pages = read_pages(pdf)
    paragraphs = split_paragraphs(pages)
    chunks = make_chunks(paragraphs)
    vectors = np.zeros((len(chunks), 384), dtype="float32")
    vectors[:, 0] = 1.0
    index = open_index(directory, create=True)
    index.save_document(ReadReport(str(pdf), file_sha256(pdf), pages, paragraphs),
                        "Toy report", (), chunks, vectors, "all-MiniLM-L6-v2")


@pytest.mark.model
def test_page_citation_may_mean_the_printed_page_number(tmp_path, embedder):
    """Front matter numbered i, ii: the report's printed page 1 is the PDF's third page."""
    pages = [["Best Value Inspection of the Borough of Fenmarsh", "Contents"],
             ["Foreword", "This report sets out our findings."],
             ["1 Introduction", "1.1 Some appointments were considered inappropriate by staff."],
             ["1.2 The Mayor has made three permanent senior appointments."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(lines) for lines in pages], footer=None,
                   page_numbers=["i", "ii", "1", "2"])
    add_pdf(tmp_path / "index", pdf, title="Report")
    index = open_index(tmp_path / "index")
    for cited, verdict in (("p. 1", "correct"), ("p. 3", "correct"), ("p. 2", "wrong")):
        motion = f"“Some appointments were considered inappropriate by staff” ({cited})"
        result = check_motion(Motion("m.txt", motion), index).results[0]
        assert result.citation.value == verdict, cited


@pytest.mark.model
@pytest.mark.parametrize("citation,expected", [
    # Named: the cited paragraph is Westfield's 3.4, though Eastfield's 3.4 is nearer in
    # meaning; comparing with every report's 3.4 called this citation wrong.
    ("(Westfield report, para 3.4)", ("paraphrase", "correct", "westfield")),
    # Not named: either report's 3.4 is the cited paragraph; the nearer one is shown.
    ("(para 3.4)", ("paraphrase", "correct", "eastfield")),
])
def test_a_named_report_is_the_one_whose_paragraph_is_compared(tmp_path, embedder, citation,
                                                               expected):
    for place, paragraph in (
            ("Eastfield", ["3.4 Overview and scrutiny members seldom challenged cabinet",
                           "decisions, and committee meetings lacked rigour and focus."]),
            ("Westfield", ["3.4 The scrutiny committees did not hold the executive to account,",
                           "and the quality of challenge was poor."])):
        pages = [["3 Scrutiny", *paragraph, "3.5 The council has a new constitution."]]
        pdf = make_pdf(tmp_path / f"{place.lower()}.pdf", pages)
        add_pdf(tmp_path / "index", pdf, title=f"Best Value Inspection of {place} Council")
    motion = ("“Scrutiny members rarely challenged the cabinet and the committees lacked "
              f"rigour” {citation}")
    result = check_motion(Motion("m.txt", motion), open_index(tmp_path / "index")).results[0]
    assert (result.verdict.value, result.citation.value, result.found.document_id) == expected, \
        quote_note(result)


@pytest.mark.model
@pytest.mark.parametrize("cited, expected", [
    ("Section 3.3", ("verbatim", "correct", ("3.3",))),
    # It may cite "morale fell": not the quotation's citation, so not a wrong one.
    ("Section 4.1", ("verbatim", "missing", ())),
])
def test_a_citation_closing_the_sentence_counts_only_where_it_fits(index, cited, expected):
    motion = ("Staff said “they did not feel able to raise concerns” and morale fell as a "
              f"result ({cited}).")
    result = check_motion(Motion("m.txt", motion), index).results[0]
    assert (result.verdict.value, result.citation.value,
            result.quotation.citation.sections) == expected, quote_note(result)


@pytest.mark.model
@pytest.mark.parametrize("motion, verdict, differences, source_ends", [
    # The passage shown takes in the source word where the quotation's last word stands.
    ("“the scrutiny function was weak and confusing” (Section 3.4)", "misquote",
     [("changed", "confusing", "confused")], "weak and confused"),
    # … so a misspelt last word is a misspelling, not a word added to a shorter passage.
    ("“The lack of trust between councillors, officers and partners is deeply concernning” "
     "(Section 3.2)", "minor", [("changed", "concernning", "concerning")], "deeply concerning"),
])
def test_the_quotations_edge_words_stand_against_the_sources(index, motion, verdict,
                                                              differences, source_ends):
    result = check_motion(Motion("m.txt", motion), index).results[0]
    assert result.verdict.value == verdict, quote_note(result)
    assert [(d.kind, d.quote, d.source) for d in result.differences] == differences
    assert result.found.text.rstrip(".").endswith(source_ends)


@pytest.mark.model
def test_words_added_after_a_cited_clause_are_the_motions_own(tmp_path, embedder):
    # "for" five words on in the source was tied to the motion's added "for", dropped as a
    # stray block, then taken in again by the search beside the span: not found, once.
    pdf = make_pdf(tmp_path / "report.pdf", [[
        "3 Use of Resources",
        "3.1 The council's financial position is sound in the short term. It set a",
        "balanced budget for 2024/25 without the use of reserves.",
        "3.2 The council holds general reserves of £12 million."]])
    add_pdf(tmp_path / "index", pdf, title="Report")
    motion = "Its finances are “sound in the short term but heading for a cliff edge” (para 3.1)."
    result = check_motion(Motion("m.txt", motion), open_index(tmp_path / "index")).results[0]
    assert (result.verdict.value, result.citation.value, result.found.section) == \
        ("misquote", "correct", "3.1"), quote_note(result)
    assert [(d.kind, d.quote) for d in result.differences] == \
        [("added", "but heading for a cliff edge")]


LETTERHEAD_PAGES = [[
    "Ministry of Housing, Communities and Local Government",
    "Secretary of State for Housing, Communities and Local Government",
    "2 Marsham Street, London SW1P 4DF",
    "Chief Executive, Borough of Fenmarsh",
    "12 November 2024",
    "Dear Ms Okafor,",
    "The Inspectors reported on the council's governance, culture and scrutiny. I am",
    "therefore minded to appoint Commissioners to exercise certain functions.",
    "Yours sincerely,",
]]


@pytest.mark.model
@pytest.mark.parametrize("citation, expected", [
    ("(Letter from SoS to CEX 12/11/24)", "correct"),
    ("(Secretary of State's letter of 12 November 2024)", "correct"),
    ("(SoS letter)", "correct"),
    # Another date, another sender: a letter that is not indexed.
    ("(Letter from SoS to CEX 3/10/24)", "unverifiable"),
    ("(Letter from the Minister for Local Government)", "unverifiable"),
])
def test_a_letter_indexed_under_its_letterhead_is_the_letter_cited(tmp_path, embedder, citation,
                                                                   expected):
    report = make_pdf(tmp_path / "report.pdf", REPORT_PAGES,
                      header="Best Value Inspection of the Borough of Fenmarsh")
    letter = make_pdf(tmp_path / "letter.pdf", LETTERHEAD_PAGES, header=None)
    add_pdf(tmp_path / "index", report)
    add_pdf(tmp_path / "index", letter)         # no title: the letterhead becomes it
    motion = f"“I am therefore minded to appoint Commissioners” {citation}"
    result = check_motion(Motion("m.txt", motion), open_index(tmp_path / "index")).results[0]
    assert (result.verdict.value, result.citation.value, result.found.document_id) == \
        ("verbatim", expected, "letter"), quote_note(result)

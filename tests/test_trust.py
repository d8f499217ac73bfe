"""Issue 8, never a false accusation: verdicts on text pasted from the example report's own PDFs,
on meaning, and when the indexed sources are not the ones the motion quotes.

Pasted quotations are cut from pypdf's text of examples/report.pdf (LibreOffice: hyphenated,
justified, "Page N of M", footnotes at the page foot) and examples/report-chromium.pdf (Chromium:
header and bare page number), as a user's copy and paste would carry them.
"""

import re

import pytest
from pypdf import PdfReader

from conftest import EXAMPLES, SHARED
from index import add_pdf, open_index
from verifier.rendering.notes import quote_note
from verifier.judging.check import check_motion
from verifier.rendering.marks import Segment, mark_words, suggestion
from verifier.models import Motion
from verifier.rendering.report import quote_json
from verifier.words import clean_paste, tokenize

REPORT = "Best Value Inspection of the London Borough of Eastmarsh"
LETTER = "Letter from the Secretary of State to the Chief Executive, 12 November 2024"
HEADER = "Best Value Inspection: London Borough of Eastmarsh"
_TEXT = {}


def pdf_text(name):
    if name not in _TEXT:
        _TEXT[name] = "\n".join(p.extract_text() for p in PdfReader(EXAMPLES / name).pages)
    return _TEXT[name]


def paste(name, first, last):
    """The PDF's text from `first` to `last`, line breaks, hyphens and furniture as pypdf has them."""
    text = pdf_text(name)
    start = text.index(first)
    end = re.search(r"[\s\S]{0,80}?".join(map(re.escape, last.split())), text[start:]).end()
    return text[start:start + end]


@pytest.fixture(scope="module")
def indexes(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("trust")
    add_pdf(root / "lo", EXAMPLES / "report.pdf", title=REPORT)
    add_pdf(root / "lo", EXAMPLES / "letter.pdf", title=LETTER, aliases=["Letter from SoS to CEX 12/11/24"])
    add_pdf(root / "cr", EXAMPLES / "report-chromium.pdf", title=REPORT)
    add_pdf(root / "letter", EXAMPLES / "letter.pdf", title=LETTER)
    return {k: open_index(root / k) for k in ("lo", "cr", "letter")}


def _p44():
    return paste("report.pdf", "We have seen evidence that staff", "done in the Council.")


def _p438(name="report.pdf"):
    return paste(name, "The Authority’s own analysis shows", "because of press coverage.")


def _p46(name="report.pdf"):
    return paste(name, "The Authority employs four political", "the Mayor’s instructions.")


def _p13():
    return paste("report.pdf", "and in par-", "continuous improvement.")


def _inside_44(extra):
    return _p44().replace("inappropriate. In our staff survey\n",
                          "inappropriate. In our staff survey\n" + extra + "\n")


# (index, quotation as pasted, citation, expected (verdict, citation, section))
PASTES = [
    pytest.param("lo", _p44, "4.4", ("verbatim", "correct", "4.4"), id="line-breaks-and-con-\\ncerned"),
    pytest.param("lo", lambda: _p44().replace("-\n", "- "), "4.4", ("verbatim", "correct", "4.4"),
                 id="manage-space-ment"),
    pytest.param("lo", _p46, "4.6", ("verbatim", "correct", "4.6"), id="footnote-after-a-year-1989.8"),
    pytest.param("cr", lambda: _p46("report-chromium.pdf"), "4.6", ("verbatim", "correct", "4.6"),
                 id="chromium-footnote-after-a-year"),
    pytest.param("lo", _p438, "4.38", ("verbatim", "correct", "4.38"),
                 id="over-a-page-footnote-page-n-of-m-and-header"),
    pytest.param("cr", lambda: _p438("report-chromium.pdf"), "4.38", ("verbatim", "correct", "4.38"),
                 id="chromium-over-a-page"),
    pytest.param("lo", _p13, "1.3", ("verbatim", "correct", "1.3"), id="bullets-u2022-and-hyphens"),
    pytest.param("lo", lambda: _p13().replace("•", "\uf0b7"), "1.3", ("verbatim", "correct", "1.3"),
                 id="bullets-private-use-f0b7"),
    pytest.param("lo", lambda: _p13().replace("•", "·"), "1.3", ("verbatim", "correct", "1.3"),
                 id="bullets-middle-dot"),
    pytest.param("lo", lambda: paste("report.pdf", "Most  directors  said", "later discussions."),
                 "4.42", ("verbatim", "correct", "4.42"), id="justified-double-spaces"),
    pytest.param("lo", lambda: "4.42 " + paste("report.pdf", "Most  directors  said", "later discussions."),
                 "4.42", ("verbatim", "correct", "4.42"), id="paragraph-number-at-the-start"),
    pytest.param("lo", lambda: "the statutory guidance stresses that leaders should model the "
                 "behaviours they expect of others", "4.1", ("verbatim", "correct", "4.1"),
                 id="lower-case-mid-sentence-start"),
    pytest.param("lo", lambda: _inside_44("12/11/2024, 14:03 Best Value Inspection of the London "
                                          "Borough of Eastmarsh - GOV.UK"), "4.4",
                 ("verbatim", "correct", "4.4"), id="browser-print-date-title-line"),
    pytest.param("lo", lambda: _inside_44("https://www.gov.uk/government/publications/best-value-"
                                          "inspection-of-eastmarsh/report 10/34"), "4.4",
                 ("verbatim", "correct", "4.4"), id="browser-print-address-and-counter"),
    pytest.param("lo", lambda: _inside_44("Page 10 of 34\n" + HEADER), "4.4",
                 ("verbatim", "correct", "4.4"), id="page-n-of-m-and-running-header"),
    pytest.param("lo", lambda: "The Authority employs four political advisers under section 9 of the "
                 "Local Government and Housing Act 1989[footnote 8]. Their role is lawful", "4.6",
                 ("verbatim", "correct", "4.6"), id="gov-uk-footnote-marker"),
    pytest.param("lo", lambda: "an overspend of £4.3 million, met from reserves", "6.3",
                 ("misquote", "correct", "6.3"), id="changed-amount-stays-caught"),
    # A real change next to an artefact is still caught.
    pytest.param("lo", lambda: _p44().replace("con-\ncerned by some", "alarm-\ned by some"), "4.4",
                 ("misquote", "correct", "4.4"), id="changed-word-next-to-a-broken-word"),
    pytest.param("lo", lambda: _p46().replace("1989.8", "1998.8"), "4.6",
                 ("misquote", "correct", "4.6"), id="changed-year-next-to-a-footnote-marker"),
    pytest.param("lo", lambda: _p438().replace("that they had withdrawn", "that they had not withdrawn"),
                 "4.38", ("misquote", "correct", "4.38"), id="negation-added-next-to-page-furniture"),
    pytest.param("lo", lambda: _p13().replace("scrutiny and the role", "scrutiny and not the role"),
                 "1.3", ("misquote", "correct", "1.3"), id="negation-added-among-bullets"),
]


def _check(index, motion):
    report = check_motion(Motion("motion.txt", motion), index)
    assert report.results, "no quotation extracted"
    return report.results[0]


def _triple(result):
    return (result.verdict.value, result.citation.value,
            result.found.section if result.found else None)


@pytest.mark.model
@pytest.mark.parametrize("which, quote, cited, expected", PASTES)
def test_pasted_text_is_the_reports_words(indexes, which, quote, cited, expected):
    if "6.3" == cited:
        text = "an overspend of £3.4 million, met from reserves"
        assert text.replace("3.4", "4.3") == quote()
    result = _check(indexes[which], f"The report says “{quote()}” (Section {cited}).")
    assert _triple(result) == expected, quote_note(result)


# Real misquotes stay misquotes; a few shared words inside another sentence are not one (they
# may be found near in meaning, never called misquoted).
OVERLAPS = [
    pytest.param("“The lack of trust between councillors, officers and partners has been "
                 "overcome by the new Chief Executive” (Section 3.4)", {"not_found", "paraphrase"},
                 id="shared-opening-then-another-sentence"),
    pytest.param("“Most directors told us they did not feel able to give candid advice to the "
                 "political leadership” (Section 4.42)", {"not_found", "paraphrase"},
                 id="clause-shared-with-the-paragraph-before-is-no-misquote-of-it"),
    pytest.param("“We found evidence that those concerns were considered by the Mayor before the "
                 "awards were confirmed” (Section 5.75)", {"misquote"}, id="negation-dropped"),
    pytest.param("“Reasons for the changes were recorded in most cases.” (Section 5.74)",
                 {"misquote"}, id="not-dropped"),
    pytest.param("“The Mayor took 241 individual decisions in 2023/24.” (Section 5.7)",
                 {"misquote"}, id="number-changed"),
    pytest.param("“Equality impact assessments were attached to reports but were frequently generic.” (Section 5.14)",
                 {"misquote"}, id="clause-cut"),
]


# A misquote found at the cited place and at another, equally: the cited one is the match.
CITED_AMONG_EQUALS = [
    # The Executive Summary (p. 3) and 6.16 both say “… the Authority’s finances are not in
    # immediate crisis”; the alignment on p. 3 tied “The Authority” to an earlier “the
    # Authority needs”, scored lower and sent the citation to 6.16: “citation wrong”.
    pytest.param("“The Authority's finances are in immediate crisis” (p. 3).",
                 ("misquote", "correct"), id="page-of-the-summary"),
    pytest.param("“The Authority's finances are in immediate crisis” (para 6.16).",
                 ("misquote", "correct"), id="paragraph-of-the-chapter"),
]


@pytest.mark.model
@pytest.mark.parametrize("motion, warned", [
    ("The report says that “the Mayor has sought improperly to benefit particular residents” "
     "(para 4.30).", True),
    ("“We do not suggest that the Mayor has sought improperly to benefit particular residents” "
     "(para 4.30).", False),
    ("“The Authority’s finances are not in immediate crisis” (para 6.16).", False),
])
def test_words_quoted_without_the_denial_that_opens_their_sentence_are_flagged(indexes, motion,
                                                                              warned):
    result = _check(indexes["lo"], motion)
    assert result.verdict.value == ("out_of_context" if warned else "verbatim"), quote_note(result)
    assert ("what the report denies" in quote_note(result)) == warned, quote_note(result)


@pytest.mark.model
@pytest.mark.parametrize("cited, expected", [
    ("Table 1", "correct"),          # its caption is in the paragraph the words are in
    ("Table 2", "unverifiable"),     # not "the cited document “Table 2” is not indexed"
    ("Figure 1", "unverifiable"),
    ("Recommendation 4", "unverifiable"),   # numbered as paragraphs: it cannot be told
])
def test_a_table_cited_is_looked_for_in_the_report(indexes, cited, expected):
    result = _check(indexes["lo"], f"“I am proud to work for Eastmarsh Council” ({cited})")
    assert (result.verdict.value, result.citation.value) == ("verbatim", expected), quote_note(result)
    assert "not indexed" not in quote_note(result)


# A table the reader kept as a place of its own (issue 20) is cited as a paragraph is: words
# of paragraph 2.1 cited "(Table 1)" in an action plan's cell are a wrong citation, not the
# whole report named (issue 23, greyhaven's cabinet pack).
TABLE_PLACE = [
    pytest.param("“17% of respondents said that they had experienced bullying” (Table 1)",
                 ("verbatim", "wrong", "2.1"), id="words-of-a-paragraph"),
    pytest.param("“I feel able to raise concerns without fear” (Table 1)",
                 ("verbatim", "correct", "Table 1"), id="words-of-the-table"),
    pytest.param("“17% of respondents said that they had experienced bullying” (para 2.1)",
                 ("verbatim", "correct", "2.1"), id="the-paragraph-cited"),
]


@pytest.mark.parametrize("motion, expected", TABLE_PLACE)
def test_a_table_kept_as_a_place_is_cited_as_one(tmp_path, motion, expected):
    from conftest import store_without_model
    from pdfs import make_pdf

    report = make_pdf(tmp_path / "report.pdf", [[
        "2 Culture", "2.1 17% of respondents said that they had experienced bullying or "
        "harassment in the last 12 months.", "Table 1: Staff survey results",
        "Statement Agree", "I feel able to raise concerns without fear of reprisal 38%",
        "I have experienced bullying or harassment 17%",
        "2.2 We make two recommendations."]])
    store_without_model(tmp_path / "index", report, "Best Value Inspection of Eastmarsh")
    assert _triple(_check(open_index(tmp_path / "index"), motion)) == expected


@pytest.mark.model
@pytest.mark.parametrize("motion, expected", CITED_AMONG_EQUALS)
def test_a_misquote_at_the_cited_place_keeps_its_citation(indexes, motion, expected):
    result = _check(indexes["lo"], motion)
    assert (result.verdict.value, result.citation.value) == expected, quote_note(result)


@pytest.mark.model
@pytest.mark.parametrize("motion, verdicts", OVERLAPS)
def test_misquote_needs_the_passage_to_carry_the_quotation(indexes, motion, verdicts):
    result = _check(indexes["lo"], motion)
    assert result.verdict.value in verdicts, quote_note(result)
    assert result.citation.value != "wrong", quote_note(result)


# Meaning is not vocabulary: reversed figures, negations and amounts are not paraphrases.
MEANING = [
    pytest.param("“The inspectors were satisfied that the Mayor had weighed the officers’ written "
                 "concerns before the grant awards were confirmed” (Section 5.75)",
                 "misquote", "“no”", id="found-evidence-where-the-report-found-none"),
    pytest.param("“All members of the Audit Committee have been given risk management training "
                 "since 2021” (Section 5.59)", "misquote", "“none”", id="all-for-none"),
    pytest.param("“Every directorate publishes the decisions its officers take under delegation "
                 "promptly” (Section 5.17)", "misquote", "“none”", id="every-for-some-and-none"),
    pytest.param("“The staff survey drew 2,400 responses, a response rate of about half of the "
                 "workforce” (Section 1.5)", "not_found", "“2400”", id="figures-that-are-not-there"),
    pytest.param("“The Mayor must take 214 decisions personally each year” (Section 5.7)",
                 "paraphrase", "", id="figure-agrees-stays-paraphrase"),
    pytest.param("“Interviewees said the Town Hall treats any disagreement with the political "
                 "leadership as disloyalty and keeps information closely guarded.” (Section 3.3)",
                 "paraphrase", "", id="fair-summary-stays-paraphrase"),
]


@pytest.mark.model
@pytest.mark.parametrize("motion, verdict, disagreement", MEANING)
def test_a_paraphrase_must_agree_on_figures_and_negation(indexes, motion, verdict, disagreement):
    result = _check(indexes["lo"], motion)
    assert result.verdict.value == verdict, quote_note(result)
    assert disagreement in quote_note(result)


TOWER_HAMLETS = SHARED / "examples" / "tower-hamlets-council-2025-01-22-motion.txt"


@pytest.mark.model
def test_tower_hamlets_against_the_letter_alone_accuses_nothing(indexes, shared):
    report = check_motion(Motion("th.txt", TOWER_HAMLETS.read_text(encoding="utf-8")),
                          indexes["letter"])
    assert [r for r in report.results if r.verdict.value == "misquote"
            or r.citation.value == "wrong"] == []
    first = report.results[0]
    assert (first.verdict.value, first.citation.value, first.found) == ("not_found", "unverifiable", None)
    assert "No indexed source has paragraph 3.4. Is the report it quotes indexed? " \
           "(`verifier index list`)" in quote_note(first)
    assert suggestion(quote_json(first)) is None


# Another council's report quoted, Eastmarsh's indexed: its 3.1 and 3.5 exist here too, and
# near sentences stand elsewhere in it (a budget "of £412.6 million" for "£243.7 million").
OTHER_COUNCIL_QUOTES = (
    "This Council notes the Best Value Inspection of the Borough of Northwold:\n\n"
    "1. “Budget monitoring is timely but optimistic.” (para 3.4)\n"
    "2. “General Fund reserves stood at £18.4 million at 31 March 2024, down from £31.0 "
    "million two years earlier.” (para 3.2)\n"
    "3. “The Authority set a balanced budget for 2024/25 of £243.7 million.” (para 3.1)\n"
    "4. “Only nine of the 45 councillors attended the scrutiny training offered in 2023.” "
    "(para 3.5)\n"
    "5. “The scrutiny function is weak.” (Ravensholt report, para 3.4)\n")
EASTMARSH_CLAIMS = (
    "This Council Notes:\n\n"
    "1. The inspectors' staff survey received 1,206 responses, a response rate of 25% (para 1.5).\n"
    "2. The inspectors found that only 14 of the 45 councillors attended Code of Conduct training "
    "in 2023 (para 4.25).\n"
    "3. The report found that spending on external legal advice rose from £2.1 million in "
    "2021/22 to £3.4 million in 2023/24 (para 5.35).\n")


@pytest.mark.model
def test_quoting_a_report_that_is_not_indexed_accuses_nothing(indexes):
    report = check_motion(Motion("m.txt", OTHER_COUNCIL_QUOTES), indexes["lo"])
    assert [(r.verdict.value, r.citation.value) for r in report.results] == \
        [("not_found", "unverifiable")] * 5
    assert "the report it quotes may not be indexed" in quote_note(report.results[2])


@pytest.mark.model
def test_claims_about_a_report_that_is_not_indexed_accuse_nothing(tmp_path, indexes):
    # another council's report (one, short: what it shows is that nothing is accused)
    add_pdf(tmp_path / "index", EXAMPLES / "cases" / "northwold-reportlab" / "report.pdf")
    report = check_motion(Motion("m.txt", EASTMARSH_CLAIMS), open_index(tmp_path / "index"))
    assert [c.verdict.value for c in report.claims] == ["unverifiable"] * 3
    # … and against the report they are about (the module's index of it and its letter), they
    # are judged.
    right = check_motion(Motion("m.txt", EASTMARSH_CLAIMS), indexes["lo"])
    assert [c.verdict.value for c in right.claims] == ["supported"] * 3


# Corrections: whole, minimal, in the motion's own citation style.
SUGGESTIONS = [
    pytest.param("“Trust between the key groups on which good governance depends has broken down. "
                 "The Monitoring Officer has written to group leaders on three occasions since 2022 "
                 "about conduct at Council meetings.” (Section 3.4)",
                 ["(Section 3.4)", "(Section 3.5)"], id="splice-gives-every-passage-its-citation"),
    pytest.param("“The perception of many interviewees was that many good managers had exited the "
                 "organisation as a result of ‘speaking truth to power.’” (para 4.5)",
                 ["(para 4.50)"], id="para-style-kept"),
    pytest.param("“The Mayor must take 214 decisions personally each year” (Section 5.7)",
                 ["“The Mayor took 214 individual decisions in 2023/24.” (Section 5.7)"],
                 id="paraphrase-suggests-the-sentence-not-the-paragraph"),
]


@pytest.mark.model
@pytest.mark.parametrize("motion, wanted", SUGGESTIONS)
def test_suggestions(indexes, motion, wanted):
    result = _check(indexes["lo"], motion)
    offered = suggestion(quote_json(result))
    assert offered == result.suggestion
    assert all(w in offered for w in wanted), offered


@pytest.mark.parametrize("quote, source, motion_marks", [
    pytest.param("the organization is weak", "the organisation is weak",
                 [("same", "the organization is weak")], id="ize-ise-folded-as-matching-does"),
    pytest.param("the budget.3 The plan", "the budget. The plan",
                 [("same", "the budget.3 The plan")], id="footnote-marker-not-a-change"),
    pytest.param("the behavior of members", "the behaviour of officers",
                 [("same", "the behavior of"), ("ins", "members")], id="real-change-still-marked"),
])
def test_one_word_diff_engine(quote, source, motion_marks):
    motion, _ = mark_words(quote, source)
    assert motion == tuple(Segment(k, t) for k, t in motion_marks)


@pytest.mark.parametrize("pasted, cleaned", [
    pytest.param("we had\n7\nseen it", "we had\n \nseen it", id="bare-page-number"),
    pytest.param("in 2024,7 and", "in 2024,  and", id="footnote-after-year-and-comma"),
    pytest.param("£3.4 million in 2021.", "£3.4 million in 2021.", id="decimals-kept"),
    pytest.param("4.12 The Mayor", "     The Mayor", id="leading-paragraph-number"),
    pytest.param("decision-\nmaking", "decision-\nmaking", id="real-compound-kept-apart"),
    # issue 20: one rule for a line-end hyphen, the sources' words first, then the word list
    pytest.param("staff are con-\ncerned", "staff are concerned", id="word-the-source-has-joined"),
    pytest.param("is well-\nresourced", "is well-\nresourced", id="compound-no-english-word"),
    pytest.param("the co-\noperation of", "the co-\noperation of",
                 id="source-has-both-words-in-a-row"),
    pytest.param("poor govern-\nance", "poor governance", id="english-word-joined"),
    pytest.param("is not yet suffi\u2010\ncient", "is not yet sufficient",
                 id="weasyprint-hyphen-u2010"),
])
def test_clean_paste(pasted, cleaned):
    assert clean_paste(pasted, _Source(
        "Staff are concerned about the management of co-operation with partners.")) == cleaned


# The furniture a reader learnt from ashcombe's pages (blind/sets/ashcombe: a Word layout by
# LibreOffice), as stored: a running header per chapter, "OFFICIAL", "Page N of M".
ASHCOMBE_FURNITURE = ("OFFICIAL", "Ashcombe Best Value Inspection | Chapter # – Organisational "
                      "culture", "Page # of #", "Recommendations")


SOURCE = "There was no budget for training."
HEADER_IN_TEXT = "We read the Ashcombe Best Value Inspection, Chapter 3 – Organisational culture."


@pytest.mark.parametrize("pasted, source, cleaned", [
    pytest.param("no budget for training\nAshcombe Best Value Inspection | Chapter 3 – "
                 "Organisational culture\nPage 4 of 16\nOFFICIAL\nand development", SOURCE,
                 "no budget for training and development", id="header-footer-lines-inside"),
    pytest.param("no budget for training Ashcombe Best Value Inspection | Chapter 3 – "
                 "Organisational culture and development", SOURCE,
                 "no budget for training and development", id="header-inside-a-line"),
    pytest.param("no budget for training OFFICIAL Page 4 of 16 and development", SOURCE,
                 "no budget for training and development", id="footer-inside-a-line"),
    pytest.param("OFFICIAL figures show a gap", SOURCE, "OFFICIAL figures show a gap",
                 id="at-the-quotation-start-its-words"),
    pytest.param("see the Recommendations and Page 4 of the plan", SOURCE,
                 "see the Recommendations and Page 4 of the plan",
                 id="a-heading-word-and-a-page-reference-inside-a-line-stay"),
    pytest.param("as the\nrecommendations\nsay", SOURCE, "as the say", id="learnt-line-any-case"),
    pytest.param("we read the Ashcombe Best Value Inspection | Chapter 3 – Organisational culture "
                 "again", HEADER_IN_TEXT, "we read the Ashcombe Best Value Inspection | Chapter 3 "
                 "– Organisational culture again", id="the-sources-own-words-in-a-row-stay"),
])
def test_clean_paste_with_learnt_furniture(pasted, source, cleaned):
    got = clean_paste(pasted, _Source(source, furniture=ASHCOMBE_FURNITURE))
    assert " ".join(got.split()) == cleaned


class _Source:
    """A source as clean_paste asks after it (the corpus in a check): its words and the
    furniture learnt from its pages."""

    def __init__(self, text: str, furniture: tuple[str, ...] = ()):
        self.keys = [t.key for t in tokenize(text)]
        self.furniture = furniture

    def holds_word(self, key) -> bool:
        return key in self.keys

    def holds_run(self, keys) -> bool:
        n = len(keys)
        return any(self.keys[i:i + n] == list(keys) for i in range(len(self.keys)))


@pytest.mark.parametrize("pasted, cleaned", [
    # issue 21: a compound the motion hyphenates that the source's reader closed up
    pytest.param("robust and well-resourced", "robust and wellresourced",
                 id="compound-the-reader-closed-up"),
    pytest.param("a well-run council", "a well-run council",
                 id="compound-whose-halves-are-the-sources-words-kept"),
    pytest.param("day-to-day delivery", "day-to-day delivery", id="no-joined-word-kept"),
])
def test_clean_paste_closes_up_what_the_reader_joined(pasted, cleaned):
    assert clean_paste(pasted, _Source("The council is wellresourced. A well run service. The "
                                       "wellrun plan, day to day.")) == cleaned

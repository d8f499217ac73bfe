"""The pure rules of judging a quotation (verifier/judging/verdicts.py, quotation.numbered_alike,
matching.is_title): tables of cases in the words of inspection reports and the motions that
quote them, no model and no index (issue 21)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from verifier.judging.quotation import numbered_alike
from verifier.judging.verdicts import (_is_article, _spelled_otherwise, covers,
                                       meaning_disagreements,
                                       page_counted, part_sections, telling_words_missing)
from verifier.models import Citation, Difference, Match
from verifier.search.matching import is_title


@pytest.mark.parametrize("diff, expected", [
    pytest.param(Difference("removed", "", "the"), True, id="the-left-out"),
    pytest.param(Difference("added", "an", ""), True, id="an-put-in"),
    pytest.param(Difference("removed", "", "the a"), True, id="two-articles"),
    pytest.param(Difference("removed", "", "not"), False, id="a-negation-is-no-article"),
    pytest.param(Difference("removed", "", "the only"), False, id="an-article-and-a-qualifier"),
    pytest.param(Difference("changed", "a", "the"), False, id="one-article-for-another"),
])
def test_an_article_alone_is_a_minor_edit(diff, expected):
    assert _is_article(diff) is expected


# A compound written open, hyphenated or closed is one word spelled otherwise, a minor edit
# (a pack's "long standing" for the report's "longstanding" came back misquoted); never when a
# part is a negation.
@pytest.mark.parametrize("quote, source, expected", [
    pytest.param("long standing", "longstanding", True, id="open-for-closed"),
    pytest.param("longstanding", "long standing", True, id="closed-for-open"),
    pytest.param("co ordinated", "coordinated", True, id="a-prefix-apart"),
    pytest.param("not able", "notable", False, id="a-negation-is-no-compound"),
    pytest.param("long serving", "longstanding", False, id="another-word"),
    pytest.param("six", "6", True, id="a-number-in-words"),
    pytest.param("forty one", "41", True, id="a-number-in-two-words"),
    pytest.param("forty two", "41", False, id="another-number-in-words"),
    pytest.param("one hundred and twenty", "120", True, id="hundreds-in-words"),
])
def test_a_compound_written_apart_is_spelled_otherwise(quote, source, expected):
    assert _spelled_otherwise(Difference("changed", quote, source)) is expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Partnerships", True, id="one-word-heading"),
    pytest.param("The council and its context", True, id="a-chapter-title"),
    pytest.param("Services, partnerships and capacity to improve", True, id="a-heading-with-a-comma"),
    pytest.param("Capacity to improve.", False, id="a-full-stop-makes-a-sentence"),
    pytest.param("The council has not yet agreed a medium-term financial strategy that closes "
                 "its budget gap", False, id="a-long-line-is-no-heading"),
    pytest.param("Why does this matter?", False, id="a-question"),
])
def test_a_heading_is_told_from_a_statement(text, expected):
    assert is_title(text) is expected


def _match(section):
    return Match("report", "Report", section, 1, 0, 0, 1, "x", 1.0, "exact")


@pytest.mark.parametrize("sections, found, expected", [
    pytest.param(("139",), "93", True, id="numbered-straight-through"),
    pytest.param(("11.3",), "4.5", True, id="two-levels"),
    pytest.param(("3.4",), None, False, id="the-letter-has-no-numbers"),
    pytest.param(("3.4",), "87", False, id="two-levels-against-one"),
    pytest.param(("R12",), "R4", False, id="recommendation-labels"),
    pytest.param(("2.1.9",), "2.1.4", True, id="three-levels"),
])
def test_a_cited_number_the_report_lacks_is_a_slip_when_numbered_alike(sections, found,
                                                                       expected):
    assert numbered_alike(Citation(sections=sections), _match(found)) is expected


class _Corpus:
    """A corpus as the rule reads one: its texts' paragraphs (hashable, as a Corpus is)."""

    def __init__(self, paragraphs):
        self.texts = [SimpleNamespace(paragraphs=[SimpleNamespace(text=t) for t in paragraphs])]


def _corpus(paragraphs):
    return _Corpus(paragraphs)


# Forty paragraphs of a report on a council: "council" in every one, each its own subject.
_SUBJECTS = ["recruitment of interim directors", "the housing repairs backlog", "waivers of "
             "contract rules", "the whistleblowing policy", "member training attendance",
             "the capital programme", "the leisure centre contract", "the medium-term plan"]
REPORT = _corpus([f"The council reported on {s} in year {n}." for n in range(5)
                  for s in _SUBJECTS])


@pytest.mark.parametrize("quote, paragraph, missing", [
    pytest.param("a council that has lost its way", "The council can recover with support.",
                 ["lose", "way"], id="invention-sharing-only-the-common-word"),
    pytest.param("the council kept waiving its contract rules", "The council used waivers of "
                 "contract procedure rules for most awards.", [], id="paraphrase-keeps-a-word"),
    pytest.param("the council", "The council can recover.", [], id="nothing-telling-to-miss"),
])
def test_telling_words(quote, paragraph, missing):
    assert telling_words_missing(quote, paragraph, REPORT) == missing


def test_telling_words_need_a_report_sized_corpus():
    small = _corpus(["The council can recover.", "The council has a plan."])
    assert telling_words_missing("a council that has lost its way", "The council can recover.",
                                 small) == []


# The motion's own words before the quotation carry its negation, or do not (issue 21: ashcombe's
# "the inspectors do not consider that the council “has the capacity to improve by itself”").
CAPACITY = ("We do not consider that the council has the capacity to deliver the improvements "
            "required without external support.")


@pytest.mark.parametrize("quote, passage, lead, disagrees", [
    pytest.param("the commissioners will take over all of the council's functions",
                 "The commissioners would exercise the council's financial functions.", "", True,
                 id="all-where-the-passage-limits"),
    pytest.param("all members attended the training", "All members attended the training.", "",
                 False, id="all-where-the-passage-says-all"),
    pytest.param("every member attended", "Most members attended the training.", "", True,
                 id="every-for-most"),
    pytest.param("none of the members attended", "No member attended the training.", "", False,
                 id="none-is-not-judged-by-this-rule"),
    pytest.param("has the capacity to improve by itself", CAPACITY,
                 "That the inspectors do not consider that the council", False,
                 id="the-motion-carries-the-not"),
    pytest.param("has the capacity to improve by itself", CAPACITY,
                 "That the inspectors found the council", True,
                 id="the-motion-affirms-what-the-passage-denies"),
    pytest.param("has the capacity to improve by itself", CAPACITY, "", True,
                 id="no-motion-words"),
    pytest.param("lacks the capacity to improve by itself", CAPACITY, "", False,
                 id="the-quotation-carries-the-not"),
    pytest.param("has the capacity to improve by itself", CAPACITY,
                 "It is no surprise to anyone here that the inspectors found that the council",
                 True, id="a-negation-that-does-not-govern-the-quotation"),
    pytest.param("has a credible plan", "The council has a credible plan.",
                 "The inspectors do not think the council", False,
                 id="the-motions-negation-makes-no-disagreement-of-its-own"),
    # A share written "N in M" is compared with the passage's shares, not read as two figures.
    pytest.param("around one in five council homes are not decent",
                 "Around 19% of council homes did not meet the Decent Homes Standard.", "", False,
                 id="one-in-five-for-19-per-cent"),
    pytest.param("one in two council homes are not decent",
                 "Around 19% of council homes did not meet the Decent Homes Standard.", "", True,
                 id="one-in-two-for-19-per-cent"),
    pytest.param("sold fewer than one in ten of the homes it planned",
                 "It has sold 37 of the 420 homes it planned to sell.", "", False,
                 id="one-in-ten-for-37-of-420"),
    pytest.param("one in five homes are not decent", "Many homes are not decent.", "", True,
                 id="no-share-to-compare-the-figures-are-looked-for"),
    pytest.param("sold fewer than one in ten of the homes it planned",
                 "It assumed that 420 homes would be sold by March 2027; by March 2026, 37 had "
                 "been sold.", "", False, id="a-count-and-its-whole-given-apart"),
    pytest.param("sold one in three of the homes it planned",
                 "It assumed that 420 homes would be sold by March 2027; by March 2026, 37 had "
                 "been sold.", "", True, id="a-share-the-count-and-whole-do-not-give"),
])
def test_what_a_paraphrase_may_not_change(quote, passage, lead, disagrees):
    """"All" where the passage limits it, a negation one side only (the motion's words before
    the quotation count as the quotation's)."""
    assert bool(meaning_disagreements(quote, passage, passage, lead)) is disagrees


@pytest.mark.parametrize("citation, section, expected", [
    pytest.param(Citation(sections=("3",), document="Annex A"), "A.3", True,
                 id="annex-a-paragraph-3-is-a3-dotted"),
    pytest.param(Citation(sections=("3",), document="Appendix A"), "A3", True,
                 id="appendix-a-paragraph-3-is-a3"),
    pytest.param(Citation(sections=("3",), document="Annex B"), "A.3", False,
                 id="another-annex"),
    pytest.param(Citation(sections=("A3",)), "A.3", True, id="a3-is-a-dot-3"),
    pytest.param(Citation(sections=("A3",)), "A.30", False, id="a3-is-not-a30"),
    pytest.param(Citation(sections=("3",)), "A.3", False, id="a-bare-3-is-not-the-annexs"),
    pytest.param(Citation(sections=("3",), document="Annex A"), "3", False,
                 id="annex-a-paragraph-3-is-not-paragraph-3"),
])
def test_an_annex_paragraph_is_cited_as_the_report_prints_it_or_not(citation, section,
                                                                      expected):
    # the cited document is the report itself (an annex is a part of it)
    assert covers(citation, SimpleNamespace(id="report"), _match(section)) is expected


# A paragraph of the executive summary, cited by its label or its order (issue 21): the
# reader's ES labels where it kept them, else the summary as a whole; never the report's own
# paragraph of that number.
@pytest.mark.parametrize("citation, places, sections", [
    pytest.param(Citation(sections=("ES3",)), {"executive summary"}, ("executive summary",),
                 id="es3-of-a-summary-read-unnumbered"),
    pytest.param(Citation(sections=("ES3",)), {"ES3", "executive summary"}, ("ES3",),
                 id="es3-where-the-reader-kept-the-labels"),
    pytest.param(Citation(sections=("3",), document="Executive Summary"), {"executive summary"},
                 ("executive summary",), id="executive-summary-paragraph-3"),
    pytest.param(Citation(sections=("3",), document="Executive Summary"),
                 {"ES3", "executive summary"}, ("ES3",), id="executive-summary-paragraph-3-as-es3"),
    pytest.param(Citation(sections=("2",), document="summary"), {"executive summary"},
                 ("executive summary",), id="summary-para-2"),
    pytest.param(Citation(sections=("2",), document="the foreword"), {"foreword"},
                 ("foreword",), id="foreword-paragraph-2"),
    pytest.param(Citation(sections=("3",), document="Executive Summary"), set(), ("3",),
                 id="a-report-without-a-summary-left-as-cited"),
    pytest.param(Citation(sections=("4.2",), document="Executive Summary"), {"executive summary"},
                 ("4.2",), id="a-numbered-paragraph-is-no-ordinal"),
    pytest.param(Citation(sections=("3",), document="Annex A"), {"executive summary"}, ("3",),
                 id="another-part-left-as-cited"),
])
def test_a_summary_paragraph_is_cited_as_the_reader_stored_it(citation, places, sections):
    assert part_sections(citation, lambda wanted: set(wanted) & places).sections == sections


def _on_page(pdf_page, printed):
    return Match("report", "Report", "60", pdf_page, 0, 0, 1, "x", 1.0, "exact",
                 printed_pages=(printed,))


@pytest.mark.parametrize("citation, match, said", [
    pytest.param(Citation(pages=(12,)), _on_page(15, "12"), "Page 12 is the number printed on "
                 "the page (the PDF's page 15).", id="printed-number"),
    pytest.param(Citation(pages=(15,)), _on_page(15, "12"), "Page 15 counts the PDF's pages; "
                 "the page is numbered 12 in print.", id="the-pdfs-count"),
    pytest.param(Citation(pages=(7,)), _on_page(7, "7"), "", id="both-counts-agree"),
    pytest.param(Citation(page_labels=("iii",)), _on_page(3, "iii"), "Page iii is the number "
                 "printed on the page (the PDF's page 3).", id="roman-front-matter"),
    pytest.param(Citation(sections=("4.2",)), _on_page(15, "12"), "", id="no-page-cited"),
])
def test_a_right_page_citation_says_which_count_it_used(citation, match, said):
    from verifier.rendering.notes import said_text

    assert " ".join(map(said_text, page_counted(citation, match))) == said


@pytest.mark.parametrize("citation, section, heading, continued, expected", [
    # issue 21: a chapter cited by its word, in a report numbered straight through whose
    # chapter headings open with their number ("4 Governance" over paragraphs 45-60)
    pytest.param(Citation(sections=("4",), text="Chapter 4"), "45", "4 Governance", (), True,
                 id="chapter-by-its-heading-number"),
    pytest.param(Citation(sections=("4",), text="para 4"), "45", "4 Governance", (), False,
                 id="paragraph-4-is-not-chapter-4"),
    pytest.param(Citation(sections=("5",), text="Chapter 5"), "45", "4 Governance", (), False,
                 id="another-chapter"),
    # words running on from 2.1 into 2.2 are in either
    pytest.param(Citation(sections=("2.2",), text="para 2.2"), "2.1", None, ("2.2",), True,
                 id="where-the-words-end"),
    pytest.param(Citation(sections=("2.3",), text="para 2.3"), "2.1", None, ("2.2",), False,
                 id="past-where-they-end"),
    # the summary as a part, its paragraphs numbered with the report's (7 of 1-140): the words
    # under its heading are in it (blind corpus, fit half: a paper citing the summary)
    pytest.param(Citation(sections=("executive summary",), text="executive summary"), "7",
                 "Executive summary", (), True, id="numbered-paragraph-under-the-summary"),
    pytest.param(Citation(sections=("summary",), text="summary"), "1.2",
                 "1. Executive Summary", (), True, id="summary-under-a-numbered-heading"),
    pytest.param(Citation(sections=("executive summary",), text="executive summary"), "45",
                 "4 Governance", (), False, id="another-chapters-paragraph"),
])
def test_which_paragraphs_a_citation_covers(citation, section, heading, continued, expected):
    match = Match("report", "Report", section, 1, 0, 0, 1, "x", 1.0, "exact", heading=heading,
                  continued=continued)
    assert covers(citation, None, match) is expected

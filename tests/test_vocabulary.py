"""The words of the verdicts (verifier/rendering/vocabulary.py): one table for every view (issue 25)."""

import pytest

from verifier.models import (CheckReport, CitationVerdict, Claim, ClaimResult, ClaimVerdict,
                             Quotation, QuoteResult, SourceInfo, Verdict)
from verifier.rendering.report import sources_line, summary_line
from verifier.rendering.vocabulary import (CITATION_WORDS, CLAIM_WORDS, VERDICT_WORDS, counted,
                                           page_count, plural, short_hash, source_label)
from verifier.search.documents import source_format


@pytest.mark.parametrize("n, noun, expected", [
    pytest.param(1, "page", "1 page", id="one-page-not-1-pages"),
    pytest.param(2, "page", "2 pages", id="two-pages"),
    pytest.param(1, "pack", "1 pack", id="one-pack-not-1-packs"),
    pytest.param(0, "pack", "0 packs", id="none-is-plural"),
    pytest.param(1206, "quotation", "1,206 quotations", id="thousands-separated"),
])
def test_plural(n, noun, expected):
    assert plural(n, noun) == expected


@pytest.mark.parametrize("n, words, expected", [
    pytest.param(2, VERDICT_WORDS["misquote"], "2 misquoted", id="the-badge-word-not-2-misquote"),
    pytest.param(1, VERDICT_WORDS["not_found"], "1 not found", id="not-found"),
    pytest.param(3, VERDICT_WORDS["minor"], "3 with minor edits", id="minor-edits"),
    pytest.param(1, CITATION_WORDS["wrong"], "1 citation wrong", id="one-citation"),
    pytest.param(4, CITATION_WORDS["wrong"], "4 citations wrong", id="citations-plural"),
    pytest.param(2, CITATION_WORDS["missing"], "2 with no citation", id="no-citation"),
    pytest.param(1, CLAIM_WORDS["figure_differs"], "1 with a figure that differs",
                 id="claim-figure-differs"),
    pytest.param(2, CLAIM_WORDS["not_supported"], "2 not supported", id="claim-not-supported"),
])
def test_counted(n, words, expected):
    assert counted(n, words) == expected


@pytest.mark.parametrize("table, enum", [
    pytest.param(VERDICT_WORDS, Verdict, id="verdicts"),
    pytest.param(CITATION_WORDS, CitationVerdict, id="citation-verdicts"),
    pytest.param(CLAIM_WORDS, ClaimVerdict, id="claim-verdicts"),
])
def test_every_verdict_has_words_in_sentence_case_and_a_tone(table, enum):
    assert set(table) == {v.value for v in enum}
    for words in table.values():
        assert words.label[0].isupper() and words.label[1:] == words.label[1:].lower()
        assert words.one == words.one.lower() and words.many == words.many.lower()
        assert words.tone in ("good", "warn", "bad")


@pytest.mark.parametrize("pages, expected", [
    pytest.param(34, "34 pages", id="pdf"),
    pytest.param(1, "1 page", id="one-page"),
    pytest.param(0, "no pages", id="html-or-docx"),
])
def test_page_count(pages, expected):
    assert page_count(pages) == expected


@pytest.mark.parametrize("reader, file, expected", [
    pytest.param("pdfium 2", "report.pdf", "pdf", id="pdfium"),
    pytest.param("pypdf 3", "report.pdf", "pdf", id="pypdf"),
    pytest.param("govuk-html 2", "report.html", "html", id="govuk-page"),
    pytest.param("govuk-html 2", "https://www.gov.uk/government/publications/x", "html",
                 id="govuk-address"),
    pytest.param("docx 2", "report.docx", "docx", id="word"),
    pytest.param("", "report.docx", "docx", id="older-index-by-file-name"),
    pytest.param("", "report.htm", "html", id="older-index-htm"),
    pytest.param("", "report.pdf", "pdf", id="older-index-pdf"),
])
def test_source_format(reader, file, expected):
    assert source_format(reader, file) == expected


@pytest.mark.parametrize("doc_id, fmt, pages, expected", [
    pytest.param("report", "pdf", 34, "report, PDF, 34 pages", id="pdf"),
    pytest.param("report-2", "docx", 0, "report-2, .docx, no pages", id="same-title-as-docx"),
    pytest.param("report-3", "html", 0, "report-3, HTML, no pages", id="same-title-as-html"),
    pytest.param("old", "", 3, "old, 3 pages", id="a-report-written-before-formats"),
])
def test_source_label(doc_id, fmt, pages, expected):
    assert source_label(doc_id, fmt, pages) == expected


def test_short_hash():
    assert short_hash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") == \
        "9f86d081884c"


def _report(verdicts=(), claims=()) -> CheckReport:
    results = tuple(QuoteResult(Quotation("words", 0, 5), Verdict(v), CitationVerdict(c), None)
                    for v, c in verdicts)
    claim_results = tuple(ClaimResult(Claim("a claim", 0, 7), ClaimVerdict(v)) for v in claims)
    return CheckReport("motion.txt", 100, (SourceInfo("report", "Report", 1, "ab" * 32, "pdf"),),
                       results, claims=claim_results)


@pytest.mark.parametrize("verdicts, claims, expected", [
    pytest.param([("misquote", "correct")], [],
                 "1 quotation: 1 misquoted; 1 citation correct.", id="one-of-each"),
    pytest.param([("misquote", "wrong"), ("misquote", "correct"), ("verbatim", "correct")], [],
                 "3 quotations: 1 verbatim, 2 misquoted; 2 citations correct, 1 citation wrong.",
                 id="counts-as-the-badges-read"),
    pytest.param([("minor", "missing")], ["figure_differs", "supported", "supported"],
                 "1 quotation: 1 with minor edits; 1 with no citation. 3 claims without "
                 "quotation marks: 2 supported, 1 with a figure that differs.",
                 id="claims-counted-too"),
    pytest.param([], ["not_supported"],
                 "No quotations found in the motion. 1 claim without quotation marks: "
                 "1 not supported.", id="claims-alone"),
])
def test_summary_line(verdicts, claims, expected):
    assert summary_line(_report(verdicts, claims)) == expected


def test_sources_line_tells_sources_apart_by_id_and_format():
    report = CheckReport("m.txt", 1, (SourceInfo("report", "Best Value Inspection", 34, "a", "pdf"),
                                      SourceInfo("report-2", "Best Value Inspection", 0, "b",
                                                 "html")), ())
    assert sources_line(report) == ("Sources used: Best Value Inspection (report, PDF, 34 pages); "
                                    "Best Value Inspection (report-2, HTML, no pages).")


@pytest.mark.parametrize("quotation, expected", [
    pytest.param("the council … has not", "the omission is marked", id="one-omission-alone"),
    pytest.param("the council ... has not ... yet", "the omissions are marked", id="two-omissions"),
    pytest.param("[the council] has not", "the insertion in [brackets] is marked",
                 id="one-insertion-alone"),
    pytest.param("[it] has … not", "the omission and the insertion in [brackets] are marked",
                 id="both"),
])
def test_a_marked_quotation_is_told_only_of_the_edits_it_has(quotation, expected):
    from verifier.rendering.notes import marked_words
    from verifier.search.matching import marked_edits

    assert marked_words(*marked_edits(quotation)) == expected

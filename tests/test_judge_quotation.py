"""verifier/judging/quotation.py's one judge of a quotation, without the model: a quotation's
verdict, citation verdict and reasons from where its words are in a small stored report, and
what the motion as a whole shows (MotionFacts) decided by the same judge, not edited after it.
"""

import pytest

from verifier.rendering.notes import quote_note
from verifier.judging.check import check_quotation
from verifier.judging.quotation import MotionFacts
from verifier.models import Citation, Quotation, Reason
from verifier.search.corpus import Corpus
from verifier.search.matching import Sources
from stored import stored_index
from test_matching import LETTER, REPORT, para

R = Reason
UNCONFIRMED = MotionFacts(report_not_indexed=True)


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    index = stored_index(tmp_path_factory.mktemp("judge") / "idx",
                         {"report": REPORT, "letter": LETTER})
    return Sources(Corpus(index.documents(), index)), index.documents()


@pytest.fixture(scope="module")
def sources(stored):
    return stored[0]


SCRUTINY = "scrutiny committees rarely challenge the cabinet"
SCRUTINY_CHANGED = ("Members told us that scrutiny committees seldom challenge the cabinet and "
                    "that papers often arrive the evening before a meeting")


@pytest.mark.parametrize("text, sections, facts, expected", [
    pytest.param(SCRUTINY, ("3.2",), MotionFacts(),
                 ("verbatim", "correct", "3.2", [R.WORDS_AS_IN_SOURCE, R.CITED_PLACE_HOLDS_THEM]),
                 id="verbatim-at-its-citation"),
    pytest.param(SCRUTINY, ("3.2",), UNCONFIRMED,
                 ("verbatim", "correct", "3.2", [R.WORDS_AS_IN_SOURCE, R.CITED_PLACE_HOLDS_THEM]),
                 id="a-confirmed-citation-stands-whatever-the-motion"),
    pytest.param(SCRUTINY, ("3.1",), MotionFacts(),
                 ("verbatim", "wrong", "3.2", [R.WORDS_AS_IN_SOURCE, R.CITED_PLACE_DOES_NOT]),
                 id="wrong-citation"),
    pytest.param(SCRUTINY, ("3.1",), UNCONFIRMED,
                 ("verbatim", "unverifiable", "3.2", [R.WORDS_AS_IN_SOURCE,
                                                      R.CITATION_NOT_CHECKABLE,
                                                      R.QUOTED_REPORT_NOT_INDEXED]),
                 id="wrong-citation-of-a-report-not-indexed-is-unchecked"),
    pytest.param(SCRUTINY_CHANGED, ("3.2",), MotionFacts(),
                 ("misquote", "correct", "3.2", [R.WORDS_CHANGED, R.CITED_PLACE_HOLDS_THEM]),
                 id="misquote"),
    pytest.param(SCRUTINY_CHANGED, ("3.2",), UNCONFIRMED,
                 ("not_found", "unverifiable", None, [R.NOT_IN_THE_SOURCES,
                                                      R.CITATION_NOT_CHECKABLE,
                                                      R.QUOTED_REPORT_NOT_INDEXED]),
                 id="a-near-sentence-of-another-report-is-no-misquote"),
    # (no citation is `missing`, found or not: issue 21)
    pytest.param(SCRUTINY_CHANGED, (), UNCONFIRMED,
                 ("not_found", "missing", None, [R.NOT_IN_THE_SOURCES, R.NOTHING_CITED,
                                                 R.QUOTED_REPORT_NOT_INDEXED]),
                 id="uncited-misquote-in-such-a-motion"),
])
def test_judge_quotation_with_motion_facts(sources, text, sections, facts, expected):
    quotation = Quotation(text, 0, len(text), Citation(sections=sections, text=", ".join(
        f"para {s}" for s in sections)))
    result = check_quotation(quotation, sources, (), facts=facts)
    section = result.found.section if result.found else None
    assert (result.verdict.value, result.citation.value, section, list(result.reasons)) == \
        expected, quote_note(result)
    if R.QUOTED_REPORT_NOT_INDEXED in result.reasons:
        assert result.suggestion is None
        assert "the report it quotes may not be indexed" in quote_note(result)


def test_judged_again_without_searching_again(sources):
    located = {}
    quotation = Quotation(SCRUTINY_CHANGED, 0, len(SCRUTINY_CHANGED), Citation(sections=("3.2",)))
    first = check_quotation(quotation, sources, (), located=located)
    assert list(located) == [quotation]
    where = located[quotation]
    again = check_quotation(quotation, sources, (), facts=UNCONFIRMED, located=located)
    assert located[quotation] is where
    assert (first.verdict.value, again.verdict.value) == ("misquote", "not_found")


# A paragraph number in a document that numbers none (a letter) was counted by the motion's
# writer; the reader's paragraphs may not count alike, so it is not checked, never 'wrong'.
@pytest.mark.parametrize("text, document, sections, expected", [
    pytest.param("Commissioners will oversee the council's finances", "Letter", ("2",),
                 ("verbatim", "unverifiable", "unnumbered_place"), id="letter-paragraph-2"),
    pytest.param("Commissioners will oversee the council's finances", "Letter", (),
                 ("verbatim", "correct", None), id="the-letter-named-alone"),
    pytest.param(SCRUTINY, "Report", ("3.1",), ("verbatim", "wrong", "cited_elsewhere"),
                 id="a-numbered-report-is-checked"),
    pytest.param(SCRUTINY, "Letter", ("3",), ("verbatim", "wrong", "cited_elsewhere"),
                 id="words-not-in-the-letter-named"),
])
def test_a_paragraph_of_an_unnumbered_document(stored, text, document, sections, expected):
    sources, documents = stored
    citation = Citation(sections=sections, document=document,
                        text=", ".join([document] + [f"paragraph {s}" for s in sections]))
    result = check_quotation(Quotation(text, 0, len(text), citation), sources, documents)
    notes = [s.what.value for s in result.said[1:2]]
    assert (result.verdict.value, result.citation.value, notes[0] if notes else None) == \
        expected, quote_note(result)


# A letter as the reader splits it (issue 20): its address, date, salutation, subject line,
# paragraphs and valediction each a unit. Its paragraphs are counted from "Dear …,", the
# subject line not counted: a citation whose count agrees is confirmed; one that does not
# may count otherwise (the salutation as 1), so it stays unchecked, never 'wrong'.
def _text(order, text):
    from index import Paragraph, ParagraphKind
    return Paragraph(order, None, None, ParagraphKind.TEXT, 1, 1, text, ((0, 1),))


SIGNED_LETTER = [_text(n, t) for n, t in enumerate([
    "The Chief Executive", "Larchford Borough Council", "14 November 2024",
    "Dear Chief Executive,", "Best Value Inspection of Larchford Borough Council",
    "I am writing to set out the intervention package I intend to put in place.",
    "The inspectors found that the council is failing to comply with its best value duty.",
    "I am minded to appoint three commissioners for a period of three years.",
    "Yours sincerely,", "Secretary of State for Housing, Communities and Local Government"])]


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    index = stored_index(tmp_path_factory.mktemp("signed") / "idx",
                         {"report": REPORT, "letter": SIGNED_LETTER})
    return Sources(Corpus(index.documents(), index)), index.documents()


@pytest.mark.parametrize("sections, expected", [
    pytest.param(("3",), ("correct", None), id="third-paragraph-after-dear-confirmed"),
    pytest.param(("5",), ("unverifiable", "unnumbered_place"),
                 id="counted-with-salutation-and-subject-unchecked-not-wrong"),
    pytest.param(("1",), ("unverifiable", "unnumbered_place"), id="another-paragraph-unchecked"),
])
def test_a_letters_paragraph_counted_from_its_salutation(signed, sections, expected):
    sources, documents = signed
    text = "minded to appoint three commissioners"
    citation = Citation(sections=sections, document="Letter",
                        text=", ".join(["Letter"] + [f"paragraph {s}" for s in sections]))
    result = check_quotation(Quotation(text, 0, len(text), citation), sources, documents)
    notes = [s.what.value for s in result.said[1:2]]
    assert (result.citation.value, notes[0] if notes else None) == expected, quote_note(result)
    if result.citation.value == "unverifiable":
        assert "counted from its salutation, they are in its paragraph 3" in quote_note(result)


# A letter named sentences before the quotation (a carried citation) confirms the words are in
# it, or is dropped: words found elsewhere are judged as uncited, never as citing it wrongly.
@pytest.mark.parametrize("text, expected", [
    pytest.param("Commissioners will oversee the council's finances", ("verbatim", "correct"),
                 id="the-letters-words"),
    pytest.param(SCRUTINY, ("verbatim", "missing"), id="the-reports-words-uncited-not-wrong"),
])
def test_a_carried_letter_only_confirms(stored, text, expected):
    sources, documents = stored
    citation = Citation(document="Letter", text="the Letter", carried=True)
    result = check_quotation(Quotation(text, 0, len(text), citation), sources, documents)
    assert (result.verdict.value, result.citation.value) == expected, quote_note(result)


# A reader that misses a paragraph's number ("3.3" printed in a margin it did not read) keeps
# that paragraph's words in the one before: "(para 3.3)" for them is then right, though the
# words are stored in 3.2. A number the sources lack, straight after the paragraph holding the
# words, is unverifiable, never wrong (a false "wrong" is a false accusation); a number the
# report's numbering shows absent elsewhere is wrong, with the right paragraph named.
MISSED = [
    para(0, "The council has not set a balanced budget for three years, and its reserves are "
            "almost exhausted.", "3.1"),
    # 3.2 with 3.3's words joined to it: the reader did not see "3.3"
    para(1, "Members told us that scrutiny committees rarely challenge the cabinet. Papers "
            "often arrive the evening before a meeting, so members cannot prepare.", "3.2"),
    para(2, "Relationships between councillors and officers have broken down, and trust must "
            "be rebuilt before the council can improve.", "3.4", page=2),
    para(3, "The chief executive has started a programme of improvement, but it is too early "
            "to judge its effect on services.", "3.5", page=2),
]


@pytest.fixture(scope="module")
def missed(tmp_path_factory):
    index = stored_index(tmp_path_factory.mktemp("missed") / "idx", {"report": MISSED})
    return Sources(Corpus(index.documents(), index)), index.documents()


@pytest.mark.parametrize("text, sections, expected", [
    pytest.param("Papers often arrive the evening before a meeting", ("3.3",), "unverifiable",
                 id="the-missed-number-cited-right"),
    pytest.param("scrutiny committees rarely challenge the cabinet", ("3.3",), "unverifiable",
                 id="the-number-after-the-words-paragraph"),
    pytest.param("Papers often arrive the evening before a meeting", ("3.2",), "correct",
                 id="the-paragraph-the-reader-stored"),
    pytest.param("Papers often arrive the evening before a meeting", ("3.4",), "wrong",
                 id="a-paragraph-the-report-has"),
    pytest.param("trust must be rebuilt before the council can improve", ("3.3",), "wrong",
                 id="the-missing-number-before-the-words-paragraph"),
    pytest.param("too early to judge its effect on services", ("3.6",), "unverifiable",
                 id="past-the-chapters-last-paragraph"),
    pytest.param("The council has not set a balanced budget", ("3.9",), "wrong",
                 id="a-number-far-from-the-words"),
])
def test_a_number_the_reader_may_have_missed(missed, text, sections, expected):
    sources, documents = missed
    citation = Citation(sections=sections, text=f"para {sections[0]}")
    result = check_quotation(Quotation(text, 0, len(text), citation), sources, documents)
    assert (result.verdict.value, result.citation.value) == ("verbatim", expected), \
        quote_note(result)

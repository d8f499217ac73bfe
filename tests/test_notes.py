"""verifier/rendering/notes.py: what the judge said of a quotation (Said, Note codes with the
words and places they name), put in words at the edge (issue 21). A table of what each code
says, in the words of real inspection reports and motions, and that every code has words."""

import pytest

from verifier.models import (CitationVerdict, Difference, Match, Note, Quotation, QuoteResult,
                             Said, Verdict)
from verifier.rendering.notes import quote_note, said_text

P34 = Match("report", "Best Value Inspection of Eastmarsh", "3.4", 7, 0, 0, 10, "x", 1.0,
            "exact")
P35 = Match("report", "Best Value Inspection of Eastmarsh", "3.5", 8, 1, 0, 10, "x", 1.0,
            "exact", last_page=9)
LETTER = Match("letter", "Letter from the Secretary of State", None, 1, 0, 0, 10, "x", 1.0,
               "exact")
HTML = Match("report", "Best Value Inspection (web)", "3.4", 0, 0, 0, 10, "x", 1.0, "exact")


@pytest.mark.parametrize("said, words", [
    pytest.param(Said(Note.VERBATIM, (P34,)), "Verbatim: paragraph 3.4 (p. 7).", id="verbatim"),
    pytest.param(Said(Note.VERBATIM, (P35,)), "Verbatim: paragraph 3.5 (pp. 8-9).",
                 id="over-two-pages"),
    pytest.param(Said(Note.VERBATIM, (HTML,)), "Verbatim: paragraph 3.4 (no page).",
                 id="an-html-source-has-no-page"),
    pytest.param(Said(Note.VERBATIM_IN_CAPITALS, (LETTER,)),
                 "Verbatim: Letter from the Secretary of State (p. 1) (set in capitals).",
                 id="a-headline-in-capitals"),
    pytest.param(Said(Note.EDITS_MARKED, (P34,), counts=(1, 0)),
                 "Matches paragraph 3.4 (p. 7); the omission is marked.", id="one-omission"),
    pytest.param(Said(Note.STITCHED, (P34, P35)),
                 "Stitched together from separate passages (paragraph 3.4 (p. 7), paragraph "
                 "3.5 (pp. 8-9)) and presented as one quotation.", id="stitched"),
    pytest.param(Said(Note.MISQUOTED, (P34,), differences=(
        Difference("changed", "poor", "weak"),)),
        "Misquoted: paragraph 3.4 (p. 7) reads differently. “weak” changed to “poor”.",
        id="a-word-changed"),
    pytest.param(Said(Note.MISQUOTED, (P34,), differences=(
        Difference("removed", "", "not"),)),
        "Misquoted: paragraph 3.4 (p. 7) reads differently. The quotation drops a negation "
        "(“not”).", id="a-negation-dropped-first"),
    pytest.param(Said(Note.OTHER_SPELLING, (P34,), differences=(
        Difference("changed", "organization", "organisation"),)),
        "Matches paragraph 3.4 (p. 7), with a different spelling: “organization” for "
        "“organisation”.", id="american-spelling"),
    pytest.param(Said(Note.PARAPHRASE, (P34,), similarity=0.6789),
                 "No passage has these words; paragraph 3.4 (p. 7) says something similar "
                 "(similarity 0.68). Quote it exactly or drop the quotation marks.",
                 id="paraphrase"),
    pytest.param(Said(Note.NEAR_BUT_DIFFERS, (P34,), details=(
        Said(Note.FIGURE_NOT_THERE, words=("45",), source_words=("39",)),
        Said(Note.PASSAGE_DENIES, source_words=("not",)))),
        "Not found in the indexed sources, word for word or in meaning: paragraph 3.4 (p. 7) "
        "is near in meaning, but the figure “45” is not there (it gives 39); the passage says "
        "“not” where the quotation affirms.", id="near-in-meaning-but-not-the-same"),
    pytest.param(Said(Note.NEAREST, ()), "Not found word for word in the indexed sources.",
                 id="nothing-nearest"),
    pytest.param(Said(Note.CITE_INSTEAD, (P34,)),
                 "No citation given; cite paragraph 3.4 of Best Value Inspection of Eastmarsh "
                 "(p. 7).", id="cite-it"),
    pytest.param(Said(Note.CITE_INSTEAD, (P34,), words=("para 5.1",)),
                 "No citation of its own: the sentence's “(para 5.1)” comes after the motion's "
                 "own words, which it may be citing; cite paragraph 3.4 of Best Value "
                 "Inspection of Eastmarsh (p. 7).", id="the-bracket-cites-the-motions-words"),
    pytest.param(Said(Note.CITED_ELSEWHERE, (LETTER,), words=("para 3.4",)),
                 "Cited as para 3.4, but the words are in Letter from the Secretary of State, "
                 "p. 1.", id="wrong-citation"),
    pytest.param(Said(Note.PARAGRAPHS_NOT_INDEXED, words=("3.4", "3.5")),
                 "No indexed source has paragraphs 3.4 or 3.5. Is the report it quotes indexed? "
                 "(`verifier index list`)", id="paragraphs-no-source-has"),
    pytest.param(Said(Note.PRINTED_PAGE_COUNTED, words=("iii",), counts=(3,)),
                 "Page iii is the number printed on the page (the PDF's page 3).",
                 id="printed-page"),
    pytest.param(Said(Note.DENIAL_LEFT_OUT, words=("We do not suggest that",)),
                 "Out of context: the source's sentence opens “We do not suggest that”; quoted "
                 "without it, the words say what the report denies.", id="denial-left-out"),
    pytest.param(Said(Note.CONTEXT_NOTED, words=("but we expect the board to follow them up.",)),
                 "Read with its sentence: the source also has “but we expect the board to follow "
                 "them up.” there, which the quotation leaves out.", id="context-noted"),
    pytest.param(Said(Note.ALSO_AT, (P35, LETTER)),
                 "Also at paragraph 3.5 of Best Value Inspection of Eastmarsh (p. 8); Letter "
                 "from the Secretary of State, p. 1.", id="also-at"),
    pytest.param(Said(Note.SUGGESTED_EACH, words=("“a” (para 3.4) “b” (para 3.5)",)),
                 "Suggested: quote each passage with its own citation: “a” (para 3.4) “b” "
                 "(para 3.5).", id="suggested-each"),
])
def test_what_a_code_says(said, words):
    assert said_text(said) == words


# What a code names, in the shape the judge gives it: every code has words.
_EXAMPLE = Said(Note.VERBATIM, (P34,), words=("3.4",), source_words=("39",),
                differences=(Difference("changed", "a", "b"),), counts=(1, 1), similarity=0.7,
                details=(Said(Note.QUOTATION_DENIES, words=("not",)),))
_DISAGREEMENTS = {Note.FIGURE_NOT_THERE, Note.QUOTATION_DENIES, Note.PASSAGE_DENIES,
                  Note.QUOTATION_SAYS_ALL, Note.AMOUNT_DIFFERS, Note.MODAL_DIFFERS}


@pytest.mark.parametrize("note", [n for n in Note if n not in _DISAGREEMENTS],
                         ids=lambda n: n.value)
def test_every_code_has_words(note):
    words = said_text(Said(note, _EXAMPLE.places, _EXAMPLE.words, _EXAMPLE.source_words,
                           _EXAMPLE.differences, _EXAMPLE.counts, _EXAMPLE.similarity,
                           _EXAMPLE.details))
    assert words.strip() == words and words.endswith((".", ")"))


def test_a_note_is_what_was_said_in_order():
    result = QuoteResult(Quotation("words", 0, 5), Verdict.VERBATIM, CitationVerdict.WRONG, P34,
                         said=(Said(Note.VERBATIM, (P34,)),
                               Said(Note.CITED_ELSEWHERE, (P34,), words=("para 3.5",))))
    assert quote_note(result) == ("Verbatim: paragraph 3.4 (p. 7). Cited as para 3.5, but the "
                                  "words are in paragraph 3.4 of Best Value Inspection of "
                                  "Eastmarsh (p. 7).")

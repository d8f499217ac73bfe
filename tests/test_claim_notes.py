"""verifier/rendering/claim_notes.py: what the judge said of a claim (ClaimSaid, ClaimNote codes
with the places, words and measures they name), put in words at the edge (issue 19). A table of
what each code says, in the words of real inspection reports and motions; that every code has
words; and that a note is what was said, in order. No model: the records are built here."""

import pytest

from verifier.models import (Citation, Claim, ClaimNote, ClaimResult, ClaimSaid, ClaimVerdict,
                             Match)
from verifier.rendering.claim_notes import claim_note, claim_said_text

P34 = Match("report", "Best Value Inspection of Eastmarsh", "3.4", 7, 0, 0, 10, "x", 1.0,
            "claim")
P512 = Match("report", "Best Value Inspection of Eastmarsh", "5.12", 21, 3, 0, 10, "x", 1.0,
             "claim")
LETTER = Match("letter", "Letter from the Secretary of State", None, 2, 0, 0, 10, "x", 1.0,
               "claim")
HTML = Match("report", "Best Value Inspection (web)", None, 0, 0, 0, 10, "x", 1.0, "claim")

UNCITED = Claim("Scrutiny was described as weak.", 0, 31)
CITED = Claim("Paragraph 3.4 says scrutiny is weak.", 0, 36,
              citation=Citation(sections=("3.4",), text="Paragraph 3.4"))
CHAPTER = Claim("Chapter 5 praises the finance team.", 0, 35,
                citation=Citation(sections=("5",), text="Chapter 5"))
ON_A_PAGE = Claim("Page 12 says reserves fell.", 0, 27, citation=Citation(pages=(12,), text="p 12"))


@pytest.mark.parametrize("said, claim, words", [
    pytest.param(ClaimSaid(ClaimNote.CARRIED, (P34,), similarity=0.7149, coverage=0.804),
                 CITED, "paragraph 3.4 (p. 7) carries it (similarity 0.71, words 80%).",
                 id="carried"),
    pytest.param(ClaimSaid(ClaimNote.CARRIED, (LETTER,), similarity=0.66, coverage=0.5),
                 UNCITED, "p. 2 carries it (similarity 0.66, words 50%).",
                 id="a-letter-numbers-no-paragraphs"),
    pytest.param(ClaimSaid(ClaimNote.CARRIED, (HTML,), similarity=0.66, coverage=0.5),
                 UNCITED, "the text carries it (similarity 0.66, words 50%).",
                 id="an-html-source-has-no-page"),
    pytest.param(ClaimSaid(ClaimNote.CARRIED_ELSEWHERE, (P512,), similarity=0.81, coverage=0.9),
                 CHAPTER, "Not in the cited chapter 5; paragraph 5.12 (p. 21) carries it "
                 "(similarity 0.81, words 90%).", id="carried-elsewhere-than-a-chapter"),
    pytest.param(ClaimSaid(ClaimNote.FIGURES_DIFFER, details=(
        ClaimSaid(ClaimNote.FIGURE_DIFFERS, (P34,), words=("£9.2m",),
                  source_words=("£4.8 million", "The general reserve stood at £4.8 million in "
                                                "2021/22.")),
        ClaimSaid(ClaimNote.FIGURE_DIFFERS, (LETTER,), words=("12",),
                  source_words=("14", "I wrote to you on 14 October.")))),
        UNCITED, "The source has £4.8 million where the motion says £9.2m (paragraph 3.4 (p. 7): "
                 "“The general reserve stood at £4.8 million in 2021/22.”); the source has 14 "
                 "where the motion says 12 (p. 2: “I wrote to you on 14 October.”).",
        id="two-figures-differ-one-sentence"),
    pytest.param(ClaimSaid(ClaimNote.FIGURES_IN_AND_ELSEWHERE, (P34, P512, LETTER, P512)),
                 CITED, "The figures are in paragraph 3.4 (p. 7) and p. 2, paragraph 5.12 "
                 "(p. 21).", id="figures-in-the-cited-place-and-others-once-each"),
    pytest.param(ClaimSaid(ClaimNote.FIGURES_NOT_IN_CITED, (P512,)), CITED,
                 "The figures are not in the cited paragraph 3.4, but in paragraph 5.12 (p. 21).",
                 id="figures-elsewhere"),
    pytest.param(ClaimSaid(ClaimNote.FIGURES_NOT_IN_CONTEXT, words=("£9.2m", "three years")),
                 UNCITED, "Not in the sources in this context: £9.2m, three years.",
                 id="figures-nowhere-in-context"),
    pytest.param(ClaimSaid(ClaimNote.SAYS_THE_OPPOSITE, (P34,), source_words=(
        "Scrutiny has not been given the resources it needs.",), similarity=0.7, coverage=0.6),
        CITED, "paragraph 3.4 (p. 7) says the opposite: “Scrutiny has not been given the "
               "resources it needs.”", id="says-the-opposite"),
    pytest.param(ClaimSaid(ClaimNote.ONLY_RECOMMENDED, (P512,), source_words=(
        "The Audit Committee should appoint at least one independent member.",),
        similarity=0.7, coverage=0.6),
        UNCITED, "paragraph 5.12 (p. 21) says it should be, not that it is: “The Audit Committee "
                 "should appoint at least one independent member.”; check by hand.",
        id="only-recommended"),
    pytest.param(ClaimSaid(ClaimNote.NOT_CARRIED, (P34,), similarity=0.2345, coverage=0.25),
                 UNCITED, "Neither the sources nor any other passage carries it; the nearest is "
                 "paragraph 3.4 (p. 7) (similarity 0.23, words 25%).", id="not-carried-uncited"),
    pytest.param(ClaimSaid(ClaimNote.NOT_CARRIED, (P34,), similarity=0.2345, coverage=0.25),
                 ON_A_PAGE, "Neither page 12 nor any other passage carries it; the nearest is "
                 "paragraph 3.4 (p. 7) (similarity 0.23, words 25%).", id="not-carried-on-a-page"),
    pytest.param(ClaimSaid(ClaimNote.UNCLEAR_NOT_WHERE_CITED, (P512,), similarity=0.52,
                           coverage=0.4, cited_similarity=0.18),
                 CITED, "Not in the cited paragraph 3.4 (similarity 0.18); paragraph 5.12 (p. 21) "
                 "is on the subject (similarity 0.52, words 40%) but does not plainly carry it; "
                 "check by hand.", id="off-the-subject-where-cited"),
    pytest.param(ClaimSaid(ClaimNote.NEVER_MENTIONED, (P34,), words=("pension", "libraries"),
                           similarity=0.31, coverage=0.1),
                 UNCITED, "The sources never mention “pension”, “libraries”: they do not discuss "
                 "what the claim says; the nearest passage is paragraph 3.4 (p. 7) (similarity "
                 "0.31).", id="never-mentioned"),
    pytest.param(ClaimSaid(ClaimNote.CITED_PLACE_NOT_INDEXED, words=("12", "iv"), pages=True),
                 ON_A_PAGE, "The cited page p. 12, iv is not in the indexed sources.",
                 id="pages-not-indexed"),
    pytest.param(ClaimSaid(ClaimNote.CITED_PLACE_NOT_INDEXED, words=("9.4",)), CITED,
                 "The cited paragraph 9.4 is not in the indexed sources.",
                 id="a-paragraph-not-indexed"),
    pytest.param(ClaimSaid(ClaimNote.GIVEN_AS_ANOTHERS_VIEW, (P34,),
                           source_words=("Some members told us that",)),
                 CITED, "The report gives this as another's view (“Some members told us that …”), "
                 "not as its own finding.", id="anothers-view"),
    pytest.param(ClaimSaid(ClaimNote.DOCUMENT_NOT_INDEXED, words=("CIPFA resilience index",)),
                 UNCITED, "The cited document “CIPFA resilience index” is not indexed.",
                 id="document-not-indexed"),
])
def test_what_a_code_says(said, claim, words):
    assert claim_said_text(said, claim) == words


# What a code names, in the shape the judge gives it: every code has words.
_EXAMPLE = ClaimSaid(ClaimNote.CARRIED, (P34, P512), words=("£9.2m",),
                     source_words=("£4.8 million", "The reserve stood at £4.8 million."),
                     similarity=0.7, coverage=0.8, cited_similarity=0.2,
                     details=(ClaimSaid(ClaimNote.FIGURE_DIFFERS, (P34,), words=("£9.2m",),
                                        source_words=("£4.8 million", "It stood at £4.8m.")),))


@pytest.mark.parametrize("note", list(ClaimNote), ids=lambda n: n.value)
def test_every_code_has_words(note):
    said = ClaimSaid(note, _EXAMPLE.places, _EXAMPLE.words, _EXAMPLE.source_words,
                     _EXAMPLE.similarity, _EXAMPLE.coverage, _EXAMPLE.cited_similarity,
                     details=_EXAMPLE.details)
    words = claim_said_text(said, CITED)
    assert words and words.strip() == words and words.endswith((".", ")", "”")), words


@pytest.mark.parametrize("said, words", [
    pytest.param((ClaimSaid(ClaimNote.NO_SUCH_PARAGRAPH, words=("134",)),
                  ClaimSaid(ClaimNote.CARRIED_ELSEWHERE, (P512,), similarity=0.8, coverage=0.7)),
                 "There is no paragraph 134 in the indexed sources. Not in the cited paragraph "
                 "3.4; paragraph 5.12 (p. 21) carries it (similarity 0.80, words 70%).",
                 id="a-paragraph-past-the-numbering-then-where-it-is"),
    pytest.param((ClaimSaid(ClaimNote.FIGURES_NOT_IN_CONTEXT, words=("£9.2m",)),
                  ClaimSaid(ClaimNote.UNCLEAR, (P34,), similarity=0.5, coverage=0.45),
                  ClaimSaid(ClaimNote.NO_CITATION_CONFIRMED)),
                 "Not in the sources in this context: £9.2m. Unclear: paragraph 3.4 (p. 7) is on "
                 "the subject (similarity 0.50, words 45%) but does not plainly carry it; check "
                 "by hand. Not judged: None of the motion's cited quotations or claims is at its "
                 "citation in the indexed sources, so the report it quotes may not be indexed. "
                 "Is the report it quotes indexed? (`verifier index list`)",
                 id="a-figure-missing-then-the-statement-then-not-judged"),
    pytest.param((ClaimSaid(ClaimNote.CARRIED, (P34,), similarity=0.74, coverage=0.62),
                  ClaimSaid(ClaimNote.FIGURES_THERE_TOO)),
                 "paragraph 3.4 (p. 7) carries it (similarity 0.74, words 62%). The figures are "
                 "there too.", id="the-passage-that-carries-it-has-the-figures"),
    pytest.param((), "", id="nothing-said"),
])
def test_a_note_is_what_was_said_in_order(said, words):
    result = ClaimResult(CITED, ClaimVerdict.UNVERIFIABLE, said=said)
    assert claim_note(result) == words

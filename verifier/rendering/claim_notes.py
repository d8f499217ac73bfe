"""A claim's note in words: what the judge said of it (ClaimResult.said, ClaimNote codes with the
places, words and measures they name) rendered for a reader, the one place such sentences are
made (issue 19). The JSON's "note", the terminal, the HTML report, the CSV, the Word comments
and the web's cards all show this rendering (the last three through the JSON or findings.py).

    claim_note(result) -> "Not in the sources in this context: £9.2m. Paragraph 3.4 (p. 7) …"
"""

from __future__ import annotations

import re

from verifier.judging.verdicts import ELSEWHERE_NOTE
from verifier.models import Claim, ClaimNote, ClaimResult, ClaimSaid, Match
from verifier.words import section_name

ABSENT_HINT = ("the motion cites paragraphs that no indexed source has, so the report it "
               "relies on may not be indexed: is it? (`verifier index list`)")


def claim_note(result: ClaimResult) -> str:
    """Everything the judge said of one claim, in words, in the order it said it."""
    return " ".join(text for text in (claim_said_text(s, result.claim) for s in result.said)
                    if text)


def place_name(match: Match) -> str:
    """'paragraph 3.4 (p. 7)', 'p. 7' for a place no number names, 'the text' in a source
    without pages (an HTML page)."""
    page = f" (p. {match.page})" if match.page else ""     # 0: no pages
    if match.section:
        return f"{section_name(match.section)}{page}"
    return page.strip(" ()") or "the text"


def cited_place(claim: Claim) -> str:
    """What the claim cites, as the note names it: "paragraph 3.4", "chapter 4", "Table 2"."""
    c = claim.citation
    if c.sections:
        labels = ", ".join(c.sections)
        if not all(s[:1].isdigit() for s in c.sections):
            return labels                               # "Table 2", "R4"
        # the claim's own word when it says ("paragraph 31" of a report numbered through)
        said = re.match(r"\W*(para|chapter)", c.text or "", re.IGNORECASE)
        if said:
            return f"{'paragraph' if said.group(1).lower() == 'para' else 'chapter'} {labels}"
        return ("paragraph " if all("." in s for s in c.sections) else "chapter ") + labels
    if c.pages:
        return "page " + ", ".join(map(str, c.pages))
    return c.document or "place"


def claim_said_text(said: ClaimSaid, claim: Claim) -> str:
    """One ClaimSaid in words (a sentence; FIGURE_DIFFERS a clause of FIGURES_DIFFER's)."""
    if said.what is ClaimNote.FIGURES_DIFFER:
        text = "; ".join(claim_said_text(d, claim) for d in said.details)
        return text[:1].upper() + text[1:] + "."
    if said.what not in _WORDS:
        raise ValueError(f"no words for {said.what}")
    return _WORDS[said.what].format(**_named(said, claim))


def _named(said: ClaimSaid, claim: Claim) -> dict[str, str]:
    """What a note's words may name, each as the note writes it."""
    citation = claim.citation
    cited = cited_place(claim)
    return {
        "where": place_name(said.places[0]) if said.places else "",
        "others": ", ".join(sorted({place_name(m) for m in said.places[1:]})),
        "cited": cited,
        "cited_or_sources": cited if citation.sections or citation.pages else "the sources",
        "word": said.words[0] if said.words else "",
        "listed": ", ".join(said.words),
        "quoted": ", ".join(f"“{w}”" for w in said.words),
        "page_or_paragraph": "page" if said.pages else "paragraph",
        "places_cited": ("p. " if said.pages else "") + ", ".join(said.words),
        "theirs": said.source_words[0] if said.source_words else "",
        "sentence": said.source_words[1] if len(said.source_words) > 1 else "",
        "similarity": _fixed(said.similarity),
        "words_share": f"{said.coverage:.0%}" if said.coverage is not None else "",
        "cited_similarity": _fixed(said.cited_similarity),
    }


def _fixed(similarity: float | None) -> str:
    return f"{similarity:.2f}" if similarity is not None else ""


# Each code's words ("{where}": the place named, "{cited}": what the claim cites, "{theirs}":
# the source's words); FIGURES_DIFFER joins its details' clauses.
_MEASURES = "similarity {similarity}, words {words_share}"
_WORDS = {
    ClaimNote.DOCUMENT_NOT_INDEXED: "The cited document “{word}” is not indexed.",
    ClaimNote.CITED_PLACE_NOT_INDEXED: "The cited {page_or_paragraph} {places_cited} is not in "
                                       "the indexed sources.",
    ClaimNote.NO_SUCH_PARAGRAPH: "There is no paragraph {listed} in the indexed sources.",
    ClaimNote.NO_WORDS_TO_COMPARE: "The claim has no words to compare.",
    ClaimNote.NOTHING_TO_COMPARE: "Nothing to compare it with.",
    ClaimNote.FIGURE_DIFFERS: "the source has {theirs} where the motion says {word} ({where}: "
                              "“{sentence}”)",
    ClaimNote.FIGURES_IN: "The figures are in {where}.",
    ClaimNote.FIGURES_IN_AND_ELSEWHERE: "The figures are in {where} and {others}.",
    ClaimNote.FIGURES_NOT_IN_CITED: "The figures are not in the cited {cited}, but in {where}.",
    ClaimNote.FIGURES_THERE_TOO: "The figures are there too.",
    ClaimNote.FIGURES_NOT_IN_CONTEXT: "Not in the sources in this context: {listed}.",
    ClaimNote.CARRIED: "{where} carries it (" + _MEASURES + ").",
    ClaimNote.CARRIED_ELSEWHERE: "Not in the cited {cited}; {where} carries it (" + _MEASURES
                                 + ").",
    ClaimNote.SAYS_THE_OPPOSITE: "{where} says the opposite: “{theirs}”",
    ClaimNote.MAY_SAY_THE_OPPOSITE: "{where} is close to it but may say the opposite: "
                                    "“{theirs}”; check by hand.",
    ClaimNote.ONLY_RECOMMENDED: "{where} says it should be, not that it is: “{theirs}”; check "
                                "by hand.",
    ClaimNote.NOT_CARRIED: "Neither {cited_or_sources} nor any other passage carries it; the "
                           "nearest is {where} (" + _MEASURES + ").",
    ClaimNote.UNCLEAR: "Unclear: {where} is on the subject (" + _MEASURES + ") but does not "
                       "plainly carry it; check by hand.",
    ClaimNote.UNCLEAR_NOT_WHERE_CITED: "Not in the cited {cited} (similarity "
                                       "{cited_similarity}); {where} is on the subject ("
                                       + _MEASURES + ") but does not plainly carry it; check "
                                       "by hand.",
    ClaimNote.NEVER_MENTIONED: "The sources never mention {quoted}: they do not discuss what the "
                               "claim says; the nearest passage is {where} (similarity "
                               "{similarity}).",
    # the report's own sentence governs the words that carry it: {theirs} are its words
    ClaimNote.GIVEN_AS_DENIED: "The report says the opposite: its sentence opens “{theirs}”.",
    ClaimNote.GIVEN_AS_ANOTHERS_VIEW: "The report gives this as another's view (“{theirs} …”), "
                                      "not as its own finding.",
    ClaimNote.GIVEN_ON_A_CONDITION: "The report says this only on a condition the claim leaves "
                                    "out (“{theirs}”).",
    ClaimNote.CITED_REPORT_NOT_INDEXED: f"Not judged: {ABSENT_HINT}",
    ClaimNote.NO_CITATION_CONFIRMED: f"Not judged: {ELSEWHERE_NOTE}",
}

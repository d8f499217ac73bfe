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


def _measures(said: ClaimSaid) -> str:
    return f"similarity {said.similarity:.2f}, words {said.coverage:.0%}"


def claim_said_text(said: ClaimSaid, claim: Claim) -> str:
    """One ClaimSaid in words (a sentence; FIGURE_DIFFERS a clause of FIGURES_DIFFER's)."""
    what = said.what
    where = place_name(said.places[0]) if said.places else ""
    word = said.words[0] if said.words else ""
    theirs = said.source_words[0] if said.source_words else ""
    if what in _FIXED:
        return _FIXED[what]
    if what in _GOVERNED:
        return _GOVERNED[what].format(words=theirs)
    if what is ClaimNote.DOCUMENT_NOT_INDEXED:
        return f"The cited document “{word}” is not indexed."
    if what is ClaimNote.CITED_PLACE_NOT_INDEXED:
        places = ("p. " if said.pages else "") + ", ".join(said.words)
        return f"The cited {'page' if said.pages else 'paragraph'} {places} is not in the " \
            "indexed sources."
    if what is ClaimNote.NO_SUCH_PARAGRAPH:
        return f"There is no paragraph {', '.join(said.words)} in the indexed sources."
    if what is ClaimNote.FIGURES_DIFFER:
        text = "; ".join(claim_said_text(d, claim) for d in said.details)
        return text[:1].upper() + text[1:] + "."
    if what is ClaimNote.FIGURE_DIFFERS:
        return f"the source has {theirs} where the motion says {word} ({where}: " \
            f"“{said.source_words[1]}”)"
    if what is ClaimNote.FIGURES_IN:
        return f"The figures are in {where}."
    if what is ClaimNote.FIGURES_IN_AND_ELSEWHERE:
        others = ", ".join(sorted({place_name(m) for m in said.places[1:]}))
        return f"The figures are in {where} and {others}."
    if what is ClaimNote.FIGURES_NOT_IN_CITED:
        return f"The figures are not in the cited {cited_place(claim)}, but in {where}."
    if what is ClaimNote.FIGURES_NOT_IN_CONTEXT:
        return f"Not in the sources in this context: {', '.join(said.words)}."
    if what is ClaimNote.CARRIED:
        return f"{where} carries it ({_measures(said)})."
    if what is ClaimNote.CARRIED_ELSEWHERE:
        return f"Not in the cited {cited_place(claim)}; {where} carries it ({_measures(said)})."
    if what is ClaimNote.SAYS_THE_OPPOSITE:
        return f"{where} says the opposite: “{theirs}”"
    if what is ClaimNote.MAY_SAY_THE_OPPOSITE:
        return f"{where} is close to it but may say the opposite: “{theirs}”; check by hand."
    if what is ClaimNote.ONLY_RECOMMENDED:
        return f"{where} says it should be, not that it is: “{theirs}”; check by hand."
    if what is ClaimNote.NOT_CARRIED:
        cited = claim.citation
        named = cited_place(claim) if cited.sections or cited.pages else "the sources"
        return f"Neither {named} nor any other passage carries it; the nearest is {where} " \
            f"({_measures(said)})."
    if what is ClaimNote.UNCLEAR:
        return f"Unclear: {where} is on the subject ({_measures(said)}) but does not plainly " \
            "carry it; check by hand."
    if what is ClaimNote.UNCLEAR_NOT_WHERE_CITED:
        return (f"Not in the cited {cited_place(claim)} (similarity {said.cited_similarity:.2f}); "
                f"{where} is on the subject ({_measures(said)}) but does not plainly carry it; "
                "check by hand.")
    if what is ClaimNote.NEVER_MENTIONED:
        return (f"The sources never mention {', '.join(f'“{w}”' for w in said.words)}: they do "
                f"not discuss what the claim says; the nearest passage is {where} (similarity "
                f"{said.similarity:.2f}).")
    raise ValueError(f"no words for {what}")


_FIXED = {
    ClaimNote.NO_WORDS_TO_COMPARE: "The claim has no words to compare.",
    ClaimNote.NOTHING_TO_COMPARE: "Nothing to compare it with.",
    ClaimNote.FIGURES_THERE_TOO: "The figures are there too.",
    ClaimNote.CITED_REPORT_NOT_INDEXED: f"Not judged: {ABSENT_HINT}",
    ClaimNote.NO_CITATION_CONFIRMED: f"Not judged: {ELSEWHERE_NOTE}",
}
_GOVERNED = {
    ClaimNote.GIVEN_AS_DENIED: "The report says the opposite: its sentence opens “{words}”.",
    ClaimNote.GIVEN_AS_ANOTHERS_VIEW: "The report gives this as another's view (“{words} …”), "
                                      "not as its own finding.",
    ClaimNote.GIVEN_ON_A_CONDITION: "The report says this only on a condition the claim leaves "
                                    "out (“{words}”).",
}

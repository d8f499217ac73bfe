"""A quotation's note in words: what the judge said of it (QuoteResult.said, Note codes with the
words, places and figures they name) rendered for a reader, the one place such sentences are
made (issue 21). The JSON's "note", the terminal, the HTML report, the CSV, the Word comments
and the web's cards all show this rendering.

    quote_note(result) -> "Misquoted: paragraph 3.4 (p. 7) reads differently. …"
"""

from __future__ import annotations

from verifier.judging.verdicts import ELSEWHERE_NOTE, INDEX_HINT
from verifier.models import Difference, Match, Note, QuoteResult, Said
from verifier.words import MODALS, NEGATIONS, QUALIFIERS, is_number, section_name


def quote_note(result: QuoteResult) -> str:
    """Everything the judge said of one quotation, in words, in the order it said it."""
    return " ".join(text for text in map(said_text, result.said) if text)


def describe(match: Match) -> str:
    """'paragraph 4.50 (p. 12)' or 'Letter from … (p. 1)'; 'no page' in an HTML source."""
    pages = "no page" if not match.page else f"p. {match.page}" \
        if not match.last_page or match.last_page == match.page \
        else f"pp. {match.page}-{match.last_page}"
    if match.section:
        return f"{section_name(match.section)} ({pages})"
    if match.footnote:
        return f"footnote {match.footnote} ({pages})"
    return f"{match.title} ({pages})"


def cite_as(match: Match) -> str:
    """How a motion should cite the place the words were found."""
    page = f" (p. {match.page})" if match.page else ""
    if match.section:
        return f"{section_name(match.section)} of {match.title}{page}"
    if match.footnote:
        return f"footnote {match.footnote} of {match.title}{page}"
    return f"{match.title}, p. {match.page}" if match.page else match.title


def marked_words(omissions: int, insertions: int) -> str:
    """"the omission is marked", "the omission and the insertion in [brackets] are marked":
    only the kinds of edit the quotation has (issue 25: one omission alone was told of
    "the omissions and [insertions]")."""
    parts = ([("the omission" if omissions == 1 else "the omissions")] if omissions else []) + \
        ([("the insertion" if insertions == 1 else "the insertions") + " in [brackets]"]
         if insertions else [])
    if not parts:
        return "the edits are marked"
    one = len(parts) == 1 and omissions + insertions == 1
    return " and ".join(parts) + (" is marked" if one else " are marked")


def misquote_note(differences: tuple[Difference, ...], where: str) -> str:
    """Say what was changed, the meaning-changing edits first."""
    serious = []
    for diff in differences:
        q_words = set(diff.quote.lower().split())
        s_words = set(diff.source.lower().split())
        if q_words & NEGATIONS - s_words:
            serious.append(f"adds a negation (“{diff.quote}”)")
        elif s_words & NEGATIONS - q_words:
            serious.append(f"drops a negation (“{diff.source}”)")
        elif any(is_number(w) for w in q_words ^ s_words):
            serious.append(f"changes a number or amount (“{diff.source}” → “{diff.quote}”)"
                           if diff.quote and diff.source else
                           f"{'adds' if diff.quote else 'drops'} a number "
                           f"(“{diff.quote or diff.source}”)")
        elif (q_words | s_words) & MODALS and q_words != s_words:
            serious.append(f"changes the modal verb (“{diff.source}” → “{diff.quote}”)"
                           if diff.quote and diff.source else
                           f"{'adds' if diff.quote else 'drops'} “{diff.quote or diff.source}”")
        elif s_words & QUALIFIERS and not diff.quote:
            serious.append(f"cuts the qualifier “{diff.source}”")
    plain = [_difference(d) for d in differences]
    head = f"Misquoted: {where} reads differently. "
    if serious:
        return head + "The quotation " + "; ".join(serious) + "."
    return head + "; ".join(plain[:4]).capitalize() + "."


def _difference(diff: Difference) -> str:
    if diff.kind == "added":
        return f"“{diff.quote}” added"
    if diff.kind == "removed":
        return f"“{diff.source}” left out without a mark"
    return f"“{diff.source}” changed to “{diff.quote}”"


def _pairs(differences: tuple[Difference, ...]) -> str:
    return "; ".join(f"“{d.quote}” for “{d.source}”" for d in differences)


def _disagreement(said: Said) -> str:
    """One thing a quotation says that the passage near it in meaning does not."""
    words = said.words[0] if said.words else ""
    theirs = said.source_words[0] if said.source_words else ""
    if said.what is Note.FIGURE_NOT_THERE:
        gives = f" (it gives {', '.join(said.source_words)})" if said.source_words else ""
        return "the figure " + ", ".join(f"“{m}”" for m in said.words) + " is not there" + gives
    if said.what is Note.QUOTATION_DENIES:
        return f"the quotation says “{words}” where the passage affirms"
    if said.what is Note.PASSAGE_DENIES:
        return f"the passage says “{theirs}” where the quotation affirms"
    if said.what is Note.QUOTATION_SAYS_ALL:
        return f"the quotation says “{words}” where the passage does not"
    if said.what is Note.AMOUNT_DIFFERS:
        return f"the quotation says “{words}” where the passage says “{theirs}”"
    if said.what is Note.MODAL_DIFFERS:
        return f"the quotation's “{words}” is not the passage's “{theirs}”"
    raise ValueError(f"not a disagreement in meaning: {said.what}")


def said_text(said: Said) -> str:
    """One Said in words (a sentence, or a clause the next one continues)."""
    what = said.what
    where = describe(said.places[0]) if said.places else ""
    word = said.words[0] if said.words else ""
    if what in _FIXED:
        return _FIXED[what]
    if what in _AT_PLACE:
        return _AT_PLACE[what].format(where=where)
    if what in _CONTEXT:
        return _CONTEXT[what].format(words=word)
    if what is Note.SPELLED_OTHERWISE:
        return f"Matches {where}, with a different spelling: {_pairs(said.differences)}."
    if what is Note.EDITS_MARKED:
        return f"Matches {where}; {marked_words(*said.counts)}."
    if what is Note.STITCHED:
        places = ", ".join(describe(part) for part in said.places)
        return f"Stitched together from separate passages ({places}) and presented as one " \
            "quotation."
    if what is Note.ARTICLE:
        return f"Matches {where}, but for an article: " + \
            "; ".join(_difference(d) for d in said.differences) + "."
    if what in (Note.MISSPELLING, Note.OTHER_SPELLING):
        how = "a different spelling" if what is Note.OTHER_SPELLING else "a misspelling"
        return f"Matches {where}, with {how}: {_pairs(said.differences)}."
    if what is Note.MISQUOTED:
        return misquote_note(said.differences, where)
    if what is Note.PARAPHRASE:
        return (f"No passage has these words; {where} says something similar (similarity "
                f"{said.similarity:.2f}). Quote it exactly or drop the quotation marks.")
    if what is Note.MEANING_DIFFERS:
        return (f"Misquoted: {where} is the passage quoted, but it does not say this: "
                + "; ".join(map(_disagreement, said.details)) + ".")
    if what is Note.NEAR_BUT_DIFFERS:
        return (f"Not found in the indexed sources, word for word or in meaning: {where} is "
                "near in meaning, but " + "; ".join(map(_disagreement, said.details)) + ".")
    if what is Note.NEAREST:
        nearest = f"; {where} is the nearest" if where else ""
        return f"Not found word for word in the indexed sources{nearest}."
    if what is Note.DOCUMENT_NOT_INDEXED:
        return f"The cited document “{word}” is not indexed."
    if what is Note.PART_NOT_READ:
        return (f"No indexed source has a part headed “{word}” that the reader could tell "
                "apart; the citation cannot be checked.")
    if what is Note.CITE_INSTEAD:
        why = _own_bracket(word) if said.words else "No citation given"
        return f"{why}; cite {cite_as(said.places[0])}."
    if what is Note.NO_PAGES:
        return f"{word} has no pages (an HTML page or a .docx), so the page cited cannot be " \
            "checked."
    if what is Note.PRINTED_PAGE_COUNTED:
        return f"Page {word} is the number printed on the page (the PDF's page {said.counts[0]})."
    if what is Note.PDF_PAGE_COUNTED:
        return f"Page {said.counts[0]} counts the PDF's pages; the page is numbered {word} in " \
            "print."
    if what is Note.CITED_ELSEWHERE:
        return f"Cited as {word}, but the words are in {cite_as(said.places[0])}."
    if what is Note.NO_CAPTION:
        return (f"Cited as {word}; the words are in {cite_as(said.places[0])}, which does not "
                f"carry the caption “{word}”, so the citation cannot be checked.")
    if what is Note.UNNUMBERED_PLACE:
        if said.counts:
            # counted from the letter's "Dear …," (issue 20), which its writer may not do
            return (f"Cited as {word}; the words are in {cite_as(said.places[0])}, which "
                    f"numbers no paragraphs: counted from its salutation, they are in its "
                    f"paragraph {said.counts[0]}, so the paragraph cited cannot be confirmed.")
        return (f"Cited as {word}; the words are in {cite_as(said.places[0])}, which numbers "
                "no paragraphs, so the paragraph cited cannot be checked.")
    if what is Note.CITATION_UNCHECKABLE:
        return f"The words are in {cite_as(said.places[0])}; the citation cannot be checked."
    if what is Note.PARAGRAPHS_NOT_INDEXED:
        name = "paragraph" if len(said.words) == 1 else "paragraphs"
        return f"No indexed source has {name} {' or '.join(said.words)}. {INDEX_HINT}"
    if what is Note.BRACKET_BACKS_OWN_WORDS:
        return f"{_own_bracket(word)}."
    if what is Note.ALSO_AT:
        return "Also at " + "; ".join(cite_as(m) for m in said.places) + "."
    if what is Note.SUGGESTED:
        return f"Suggested: {word}."
    if what is Note.SUGGESTED_EACH:
        return f"Suggested: quote each passage with its own citation: {word}."
    raise ValueError(f"no words for {what}")


def _own_bracket(bracket: str) -> str:
    return (f"No citation of its own: the sentence's “({bracket})” comes after the motion's own "
            "words, which it may be citing")


_FIXED = {
    Note.NOT_FOUND: "Not found in the indexed sources, word for word or in meaning.",
    Note.INDEX_LIST_HINT: "(`verifier index list`)",
    Note.REPORT_NOT_INDEXED: ELSEWHERE_NOTE,
}
_AT_PLACE = {
    Note.VERBATIM: "Verbatim: {where}.",
    Note.VERBATIM_IN_CAPITALS: "Verbatim: {where} (set in capitals).",
    Note.CAPITALISATION: "Matches {where}; only capitalisation differs.",
    Note.PUNCTUATION: "Matches {where}; only punctuation differs.",
    Note.SAME_SUBJECT_ONLY: "Not found in the indexed sources, word for word or in meaning: "
                            "{where} is on the same subject, but says nothing of what the "
                            "quotation says.",
    Note.NEAREST_NOT_CITED: "Not found word for word in the indexed sources; {where} is the "
                            "nearest, but it is not the paragraph cited.",
}
_CONTEXT = {
    Note.DENIAL_LEFT_OUT: "Out of context: the source's sentence opens “{words}”; quoted "
                          "without it, the words say what the report denies.",
    Note.ATTRIBUTION_LEFT_OUT: "Out of context: in the source these are another's words, "
                               "introduced by “{words}”, not the inspectors' finding.",
    Note.QUALIFICATION_LEFT_OUT: "Out of context: the source's sentence goes on “{words}”, "
                                 "which the quotation leaves out.",
    Note.CONDITION_LEFT_OUT: "Out of context: the source's sentence makes them conditional "
                             "(“{words}”), which the quotation leaves out.",
    Note.CONTEXT_NOTED: "Read with its sentence: the source also has “{words}” there, which "
                        "the quotation leaves out.",
}

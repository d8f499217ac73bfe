"""Judge a quotation's words and its citation from where they were found.

`judge_words` says verbatim / minor / misquote / paraphrase / not_found and why;
`judge_citation` says correct / wrong / missing / unverifiable and where the words really are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index import Document
from verifier.matching import Alignment, QuoteText, Sources
from verifier.models import Citation, CitationVerdict, Difference, Match, Verdict
from verifier.words import (FOOTNOTE_MARKER, MODALS, NEGATIONS, PAGE_LINE, QUALIFIERS, fold,
                            is_number, surface)


def judge_words(quote: QuoteText, alignment: Alignment | None, match: Match | None,
                sources: Sources) -> tuple[Verdict, str]:
    """The verdict on the quoted words, with a note that says what differs."""
    if alignment is None or match is None:
        return Verdict.NOT_FOUND, "Not found in the indexed sources, word for word or in meaning."
    where = describe(match)
    if alignment.method == "exact":
        return _exact_verdict(quote, alignment, sources, where)
    if alignment.method == "marked":
        return Verdict.MINOR, f"Matches {where}; the omissions and [insertions] are marked."
    if alignment.method == "splice":
        places = ", ".join(describe(part) for part in match.parts) or where
        return Verdict.MISQUOTE, (f"Stitched together from separate passages ({places}) "
                                  "and presented as one quotation.")
    if alignment.method == "fuzzy":
        if alignment.differences and all(_is_typo(d, sources) for d in alignment.differences):
            pairs = "; ".join(f"“{d.quote}” for “{d.source}”" for d in alignment.differences[:3])
            return Verdict.MINOR, f"Matches {where}, with a misspelling: {pairs}."
        return Verdict.MISQUOTE, misquote_note(alignment.differences, where)
    return Verdict.PARAPHRASE, (f"No passage has these words; {where} says something similar "
                                f"(similarity {alignment.score:.2f}). Quote it exactly or drop "
                                "the quotation marks.")


def _exact_verdict(quote: QuoteText, alignment: Alignment, sources: Sources,
                   where: str) -> tuple[Verdict, str]:
    text = sources.corpus.texts[alignment.document_index]
    q_tokens, s_tokens = quote.tokens, text.tokens[alignment.token_start:alignment.token_end]
    q_inner = quote.quotation.text[q_tokens[0].start:q_tokens[-1].end]
    q_inner = FOOTNOTE_MARKER.sub("", PAGE_LINE.sub("", q_inner))
    s_inner = " ".join(_span_text(text, alignment))
    q_surface, s_surface = surface(q_inner), surface(s_inner)
    if q_surface == s_surface or q_surface[1:] == s_surface[1:] and \
            q_surface[:1].lower() == s_surface[:1].lower():
        return Verdict.VERBATIM, f"Verbatim: {where}."
    spelled = [(q.text, s.text) for q, s in zip(q_tokens, s_tokens)
               if q.text.lower() != s.text.lower()]
    if spelled:
        pairs = "; ".join(f"“{q}” for “{s}”" for q, s in spelled[:3])
        return Verdict.MINOR, f"Matches {where}, with a different spelling: {pairs}."
    if q_surface.lower() == s_surface.lower():
        return Verdict.MINOR, f"Matches {where}; only capitalisation differs."
    return Verdict.MINOR, f"Matches {where}; only punctuation differs."


def _span_text(text, alignment: Alignment) -> list[str]:
    """The source's characters over the aligned tokens, paragraph by paragraph."""
    pieces = []
    first = alignment.token_start
    last = alignment.token_end - 1
    p = text.token_paragraph[first]
    start = text.tokens[first].start
    for t in range(first, last + 1):
        if text.token_paragraph[t] != p:
            # The paragraph's own closing punctuation belongs to the passage quoted across it.
            pieces.append(text.paragraphs[p].text[start:].rstrip())
            p, start = text.token_paragraph[t], text.tokens[t].start
    pieces.append(text.paragraphs[p].text[start:text.tokens[last].end])
    return pieces


# A word this close to the source's is a slip of the keyboard, not a different word
# ("goverance" for "governance"): same first letter, one edit (two in a long word), and not a
# word the sources use themselves ("inadequate"/"adequate", "improves"/"improved" are words).
MIN_TYPO_WORD = 6
LONG_TYPO_WORD = 9


def _is_typo(diff: Difference, sources: Sources) -> bool:
    from rapidfuzz.distance import DamerauLevenshtein

    if diff.kind != "changed" or " " in diff.quote or " " in diff.source:
        return False
    q, s = diff.quote.lower(), diff.source.lower()
    if is_number(q) or is_number(s) or {q, s} & (NEGATIONS | MODALS) or q[:1] != s[:1]:
        return False
    if len(s) < MIN_TYPO_WORD or fold(q) in sources.corpus.postings:
        return False
    allowed = 2 if len(s) >= LONG_TYPO_WORD else 1
    return DamerauLevenshtein.distance(q, s) <= allowed


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
    plain = [_describe_difference(d) for d in differences]
    head = f"Misquoted: {where} reads differently. "
    if serious:
        return head + "The quotation " + "; ".join(serious) + "."
    return head + "; ".join(plain[:4]).capitalize() + "."


def _describe_difference(diff: Difference) -> str:
    if diff.kind == "added":
        return f"“{diff.quote}” added"
    if diff.kind == "removed":
        return f"“{diff.source}” left out without a mark"
    return f"“{diff.source}” changed to “{diff.quote}”"


def describe(match: Match) -> str:
    """'paragraph 4.50 (p. 12)' or 'Letter from … (p. 1)'; 'no page' in an HTML source."""
    pages = "no page" if not match.page else f"p. {match.page}" \
        if not match.last_page or match.last_page == match.page \
        else f"pp. {match.page}-{match.last_page}"
    if match.section:
        return f"paragraph {match.section} ({pages})"
    if match.footnote:
        return f"footnote {match.footnote} ({pages})"
    return f"{match.title} ({pages})"


# ---------------------------------------------------------------- citations

def covers(citation: Citation, cited_document: Document | None, match: Match) -> bool:
    """Whether the citation points at where the match is."""
    if citation.document and (cited_document is None or cited_document.id != match.document_id):
        return False
    if citation.footnotes and match.footnote not in citation.footnotes:
        return False
    if citation.sections and not any(_in_section(match, s) for s in citation.sections):
        return False
    if citation.pages or citation.page_labels:
        # "p. 7" may count the PDF's pages or mean the number printed on the page.
        last = match.last_page or match.page
        if not any(match.page <= p <= last or str(p) in match.printed_pages
                   for p in citation.pages) and \
                not any(label in match.printed_pages for label in citation.page_labels):
            return False
    return True


def _in_section(match: Match, cited: str) -> bool:
    """"4.50" is in 4.50, "4" covers 4.50 (never "4.5" 4.50), and a chapter named in a
    heading ("Chapter 2: Governance") covers the text under it."""
    if match.section is not None and (match.section == cited
                                      or match.section.startswith(cited + ".")):
        return True
    return "." not in cited and bool(
        re.match(rf"(?:chapter|part)\s+{re.escape(cited)}\b", match.heading or "", re.IGNORECASE))


def judge_citation(citation: Citation, cited_document: Document | None, verdict: Verdict,
                   match: Match | None) -> tuple[CitationVerdict, str]:
    """The verdict on the citation, with a note giving the right one when it is wrong."""
    if citation.document and cited_document is None:
        return CitationVerdict.UNVERIFIABLE, f"The cited document “{citation.document}” is not indexed."
    if match is None or verdict is Verdict.NOT_FOUND:
        return CitationVerdict.UNVERIFIABLE, ""
    if citation.is_empty:
        return CitationVerdict.MISSING, f"No citation given; cite {cite_as(match)}."
    if (citation.pages or citation.page_labels) and not match.page:
        # An HTML page or a .docx has no pages (issue 12): the page is not judged, the rest is.
        unpaged = f"{match.title} has no pages (an HTML page or a .docx), so the page cited " \
            "cannot be checked."
        rest = replace(citation, pages=(), page_labels=())
        if not (rest.sections or rest.footnotes):
            return CitationVerdict.UNVERIFIABLE, unpaged
        verdict_rest, note = judge_citation(rest, cited_document, verdict, match)
        return verdict_rest, " ".join(x for x in (note, unpaged) if x)
    if covers(citation, cited_document, match):
        return CitationVerdict.CORRECT, ""
    if verdict is Verdict.PARAPHRASE:
        # A passage near in meaning elsewhere does not prove the citation wrong.
        return CitationVerdict.UNVERIFIABLE, ""
    cited = citation.text or ", ".join(citation.sections)
    return CitationVerdict.WRONG, f"Cited as {cited}, but the words are in {cite_as(match)}."


def cite_as(match: Match) -> str:
    """How a motion should cite the place the words were found."""
    page = f" (p. {match.page})" if match.page else ""
    if match.section:
        return f"paragraph {match.section} of {match.title}{page}"
    if match.footnote:
        return f"footnote {match.footnote} of {match.title}{page}"
    return f"{match.title}, p. {match.page}" if match.page else match.title

"""The quotations and claims of a checked motion that have a problem, each said in words: what
the Word comments and the ClaimReview entries are made of.

A problem is what makes `verifier check` exit 1: a verdict, citation verdict or claim verdict in
`PROBLEMS` (the default of `--fail-on`; a caller may pass its own set). The words come from the
same tables as the other views (`VERDICT_WORDS`, `CITATION_WORDS`, `CLAIM_WORDS`), the
corrections from the check itself (`QuoteResult.suggestion`) or from a claim's figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from verifier.models import CheckReport, ClaimResult, ClaimVerdict, FigureStatus, QuoteResult
from verifier.rendering.notes import quote_note
from verifier.rendering.report import (CITATION_WORDS, CLAIM_WORDS, VERDICT_WORDS, cited_text,
                                       describe_difference, numbers, page_of, place_name)
from verifier.words import section_name
from verifier.rendering.claim_notes import claim_note

# The verdicts that need attention: `verifier check --fail-on`'s default (exit status 1).
PROBLEMS = ("misquote", "paraphrase", "not_found", "out_of_context", "wrong", "figure_differs",
            "not_supported", "elsewhere")

# How far each verdict is from "the motion has it right", 1 (worst) to 5 (best): the numeric
# side of a ClaimReview rating (Google asks for a number-to-words scale to be documented; the
# README's "ClaimReview" section has this table). A quotation takes the worse of its verdict's
# and its citation's.
WORST_RATING, BEST_RATING = 1, 5
RATING = {
    "not_found": 1, "not_supported": 1,             # the sources do not hold the words
    "misquote": 2, "figure_differs": 2,             # the words or figures are changed
    "out_of_context": 3, "paraphrase": 3,           # the meaning is there, not the words or frame
    "wrong": 4, "missing": 4, "unverifiable": 4,    # the words are right, the place is not
    "elsewhere": 4,
    "verbatim": 5, "minor": 5, "correct": 5, "supported": 5,
}


@dataclass(frozen=True)
class Finding:
    """One quotation or claim with a problem, in words."""

    kind: str                   # "quotation" | "claim"
    label: str                  # its number as the other views give it: "3", "2a", "C1"
    start: int                  # offsets of the motion's words in the motion text
    end: int
    motion_words: str           # the motion's words, as written
    rating: str                 # the worse verdict in words: "Misquoted", "Citation wrong"
    rating_value: int           # RATING of that verdict, 1 to 5
    verdicts: str               # every verdict in words: "Verbatim; citation wrong"
    cited: str                  # what the motion cites: "4.5, p. 12", or "nothing"
    where: str | None           # where the source's words are: "paragraph 4.50, p. 15, <title>"
    source_words: str | None    # the source's words there (None when nowhere)
    changes: tuple[str, ...]    # the differences in words: "changed ‘must’ to ‘should’"
    suggestion: str | None      # the words and citation to use instead
    note: str                   # the check's own explanation


def find_problems(report: CheckReport, problems=PROBLEMS) -> tuple[Finding, ...]:
    """The report's quotations, then its claims, that have a problem, in the motion's order
    within each."""
    wanted = set(problems)
    found = [_quotation(label, r) for label, r in zip(numbers(report), report.results)
             if r.verdict.value in wanted or r.citation.value in wanted]
    found += [_claim(f"C{n}", c) for n, c in enumerate(report.claims, start=1)
              if c.verdict.value in wanted]
    return tuple(found)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _where(match) -> str:
    place = place_name(match)
    parts = [place, page_of(match.page)]
    if place != match.title:
        parts.append(match.title)
    return ", ".join(p for p in parts if p)


def _quotation(label: str, r: QuoteResult) -> Finding:
    verdict, citation = r.verdict.value, r.citation.value
    worse = verdict if RATING[verdict] <= RATING[citation] else citation
    return Finding(
        kind="quotation", label=label, start=r.quotation.start, end=r.quotation.end,
        motion_words=r.quotation.text,
        rating=(VERDICT_WORDS[worse] if worse == verdict else CITATION_WORDS[worse]).label,
        rating_value=RATING[worse],
        verdicts=f"{VERDICT_WORDS[verdict].label}; {CITATION_WORDS[citation].label.lower()}",
        cited=cited_text(r.quotation.citation) or "nothing",
        where=_where(r.found) if r.found is not None else None,
        source_words=_flat(r.found.text) if r.found is not None else None,
        changes=tuple(describe_difference(d) for d in r.differences),
        suggestion=r.suggestion, note=quote_note(r))


def _claim(label: str, c: ClaimResult) -> Finding:
    verdict = c.verdict.value
    return Finding(
        kind="claim", label=label, start=c.claim.start, end=c.claim.end,
        motion_words=c.claim.text, rating=CLAIM_WORDS[verdict].label, rating_value=RATING[verdict],
        verdicts=CLAIM_WORDS[verdict].label, cited=cited_text(c.claim.citation) or "nothing",
        where=_where(c.found) if c.found is not None else None,
        source_words=_flat(c.found.text) if c.found is not None else None,
        changes=tuple(f"{f.figure.text}: the source has {f.source_figure}"
                      for f in c.figures if f.status is FigureStatus.DIFFERS and f.source_figure),
        suggestion=claim_suggestion(c), note=claim_note(c))


def claim_suggestion(c: ClaimResult) -> str | None:
    """What to write instead of a claim, when the check knows: the source's figure, or the
    place that carries it (a claim the sources do not carry has no correction to offer)."""
    if c.verdict is ClaimVerdict.FIGURE_DIFFERS:
        figures = [f"{f.source_figure} for {f.figure.text}"
                   + (f" ({section_name(f.section)})" if f.section else "")
                   for f in c.figures if f.status is FigureStatus.DIFFERS and f.source_figure]
        return "say " + "; ".join(figures) if figures else None
    if c.verdict is ClaimVerdict.ELSEWHERE and c.found is not None and c.found.section:
        return f"cite {section_name(c.found.section)}"
    return None

"""The words a reader sees for each verdict, citation verdict, claim verdict and source format.

One table, used by every view (the terminal, the HTML report, the web pages, the batch triage
page), so a badge, a count and a summary line say the same thing in the same words (issue 25:
"2 misquote" beside the badge "2 misquoted"; badges lower case in one view and capitalised in
another). A label stands alone, in sentence case ("Misquoted"); a count puts the same words,
lower case, after the number ("2 misquoted"), with the noun's plural where there is one
("1 citation wrong", "2 citations wrong").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """How one verdict reads: `label` alone (a badge), `one` and `many` after a count."""

    label: str          # "Citation wrong"
    one: str            # "citation wrong", after 1
    many: str           # "citations wrong", after 0 or 2 or more
    tone: str           # "good", "warn" or "bad": the colour of its badge


def _same(label: str, tone: str) -> Words:
    return Words(label, label.lower(), label.lower(), tone)


# verifier.models.Verdict's values.
VERDICT_WORDS = {
    "verbatim": _same("Verbatim", "good"),
    "minor": Words("Minor edits", "with minor edits", "with minor edits", "good"),
    "misquote": _same("Misquoted", "bad"),
    "paraphrase": _same("Paraphrased", "warn"),
    "not_found": _same("Not found", "bad"),
    "out_of_context": _same("Out of context", "warn"),
}
# verifier.models.CitationVerdict's values.
CITATION_WORDS = {
    "correct": Words("Citation correct", "citation correct", "citations correct", "good"),
    "wrong": Words("Citation wrong", "citation wrong", "citations wrong", "bad"),
    "missing": Words("No citation", "with no citation", "with no citation", "warn"),
    "unverifiable": Words("Citation unverifiable", "citation unverifiable",
                          "citations unverifiable", "warn"),
}
# verifier.models.ClaimVerdict's values.
CLAIM_WORDS = {
    "supported": _same("Supported", "good"),
    "elsewhere": _same("Elsewhere in the report", "warn"),
    "figure_differs": Words("Figure differs", "with a figure that differs",
                            "with a figure that differs", "bad"),
    "not_supported": _same("Not supported", "bad"),
    "unverifiable": _same("Unverifiable", "warn"),
}
# verifier.models.FigureStatus's values: words after "figure 23: ".
FIGURE_WORDS = {"holds": "holds", "differs": "differs", "absent": "not in the sources"}
FIGURE_TONE = {"holds": "good", "differs": "bad", "absent": "warn"}


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """"1 page", "2 pages", "0 packs"; `nouns` for an irregular plural."""
    return f"{n:,} {noun if n == 1 else (nouns or noun + 's')}"


def counted(n: int, words: Words) -> str:
    """"2 misquoted", "1 citation wrong", "3 citations wrong"."""
    return f"{n:,} {after(n, words)}"


def after(n: int, words: Words) -> str:
    """The words after the number `n` ("citation wrong" after 1, "citations wrong" after 2)."""
    return words.one if n == 1 else words.many


# ---------------------------------------------------------------- source formats

# A source's format (verifier.search.documents.source_format) in words.
FORMAT_WORDS = {"pdf": "PDF", "html": "HTML", "docx": ".docx"}


def page_count(pages: int) -> str:
    """"34 pages", "1 page", or "no pages" for a source without them (HTML, .docx)."""
    return "no pages" if not pages else plural(pages, "page")


def source_label(doc_id: str, fmt: str, pages: int) -> str:
    """"report, PDF, 34 pages": what tells two sources of the same title apart."""
    return ", ".join(x for x in (doc_id, FORMAT_WORDS.get(fmt, fmt), page_count(pages)) if x)


def short_hash(sha256: str) -> str:
    """The first 12 hex digits of a SHA-256, enough to tell two files apart by eye."""
    return sha256[:12]

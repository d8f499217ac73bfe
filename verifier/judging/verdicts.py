"""Judge a quotation's words and its citation from where they were found.

`judge_words` says verbatim / minor / misquote / paraphrase / not_found and why;
`judge_citation` says correct / wrong / missing / unverifiable and where the words really are.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from index import Document
from verifier.search.matching import Alignment, QuoteText, Sources, marked_edits
from verifier.models import Citation, CitationVerdict, Difference, Match, Reason, Verdict
from verifier.reading.figures import content_stems
from verifier.thresholds import MIN_REVERSAL_SIMILARITY, SENTENCE_TIE
from verifier.words import (MODALS, NEGATIONS, PART_NAME, QUALIFIERS, fold, is_number,
                            section_name, spelled_otherwise, surface, tokenize, without_markers)


def marked_words(text: str) -> str:
    """"the omission is marked", "the omission and the insertion in [brackets] are marked":
    only the kinds of edit the quotation has (issue 25: one omission alone was told of
    "the omissions and [insertions]")."""
    omissions, insertions = marked_edits(text)
    parts = ([("the omission" if omissions == 1 else "the omissions")] if omissions else []) + \
        ([("the insertion" if insertions == 1 else "the insertions") + " in [brackets]"]
         if insertions else [])
    if not parts:
        return "the edits are marked"
    one = len(parts) == 1 and omissions + insertions == 1
    return " and ".join(parts) + (" is marked" if one else " are marked")


def judge_words(quote: QuoteText, alignment: Alignment | None, match: Match | None,
                sources: Sources) -> tuple[Verdict, str]:
    """The verdict on the quoted words, with a note that says what differs."""
    if alignment is None or match is None:
        return Verdict.NOT_FOUND, "Not found in the indexed sources, word for word or in meaning."
    where = describe(match)
    if alignment.method == "exact":
        return _exact_verdict(quote, alignment, sources, where)
    if alignment.method == "marked":
        return Verdict.MINOR, f"Matches {where}; {marked_words(quote.text or quote.quotation.text)}."
    if alignment.method == "splice":
        places = ", ".join(describe(part) for part in match.parts) or where
        return Verdict.MISQUOTE, (f"Stitched together from separate passages ({places}) "
                                  "and presented as one quotation.")
    if alignment.method == "fuzzy":
        if alignment.differences and all(_is_article(d) for d in alignment.differences):
            pairs = "; ".join(_describe_difference(d) for d in alignment.differences[:3])
            return Verdict.MINOR, f"Matches {where}, but for an article: {pairs}."
        if alignment.differences and all(_is_typo(d, sources) or _spelled_otherwise(d)
                                         for d in alignment.differences):
            pairs = "; ".join(f"“{d.quote}” for “{d.source}”" for d in alignment.differences[:3])
            how = "a different spelling" if all(_spelled_otherwise(d) for d in
                                                 alignment.differences) else "a misspelling"
            return Verdict.MINOR, f"Matches {where}, with {how}: {pairs}."
        return Verdict.MISQUOTE, misquote_note(alignment.differences, where)
    return Verdict.PARAPHRASE, (f"No passage has these words; {where} says something similar "
                                f"(similarity {alignment.score:.2f}). Quote it exactly or drop "
                                "the quotation marks.")


def _exact_verdict(quote: QuoteText, alignment: Alignment, sources: Sources,
                   where: str) -> tuple[Verdict, str]:
    text = sources.corpus.texts[alignment.document_index]
    q_tokens, s_tokens = quote.tokens, text.tokens[alignment.token_start:alignment.token_end]
    q_inner = quote.text[q_tokens[0].start:q_tokens[-1].end]
    s_inner = " ".join(_span_text(text, alignment))
    q_surface, s_surface = surface(q_inner), surface(s_inner)
    if q_surface == s_surface or q_surface[1:] == s_surface[1:] and \
            q_surface[:1].lower() == s_surface[:1].lower():
        return Verdict.VERBATIM, f"Verbatim: {where}."
    if q_surface.isupper() and q_surface.lower() == s_surface.lower():
        # A headline set in capitals: the capitals are the typesetting, not an edit.
        return Verdict.VERBATIM, f"Verbatim: {where} (set in capitals)."
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


# Words whose dropping or adding changes no claim: "the council's response to [the] statutory
# recommendation" says what the report says (a sub-editor would let it pass, unmarked).
ARTICLES = frozenset({"the", "a", "an"})


def _is_article(diff: Difference) -> bool:
    """An article left out or put in, and nothing else, in this difference."""
    words = (diff.source if diff.kind == "removed" else diff.quote if diff.kind == "added"
             else "").lower().split()
    return bool(words) and all(w in ARTICLES for w in words)


def _spelled_otherwise(diff: Difference) -> bool:
    """One word written another way ("six" for "6", "learnt" for "learned"): no change."""
    return diff.kind == "changed" and " " not in diff.quote and " " not in diff.source and \
        spelled_otherwise(diff.quote, diff.source)


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
        return f"{section_name(match.section)} ({pages})"
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
    sections = annex_sections(citation)
    if sections and not any(_in_section(match, s) for s in sections):
        return False
    if citation.pages or citation.page_labels:
        # "p. 7" may count the PDF's pages or mean the number printed on the page.
        last = match.last_page or match.page
        if not any(match.page <= p <= last or str(p) in match.printed_pages
                   for p in citation.pages) and \
                not any(label in match.printed_pages for label in citation.page_labels):
            return False
    return True


# A document name that is an annex or appendix of the report: "Annex A", "Appendix B".
_ANNEX_NAME = re.compile(r"(?:annex|appendix)\s+([A-Z])\b", re.IGNORECASE)
# An annex paragraph's label, printed "A.3" or "A3": one place.
_ANNEX_LABEL = re.compile(r"^([A-Z])\.?(\d{1,2})$")


def annex_sections(citation: Citation) -> tuple[str, ...]:
    """The cited paragraphs, an annex's by its label: "(Annex A, paragraph 3)" cites A.3,
    however the report prints it (A.3 or A3)."""
    annex = _ANNEX_NAME.match(citation.document or "")
    if not annex:
        return citation.sections
    return tuple(f"{annex.group(1).upper()}.{s}" if s.isdigit() else s
                 for s in citation.sections)


def _in_section(match: Match, cited: str) -> bool:
    """"4.50" is in 4.50, "4" covers 4.50 (never "4.5" 4.50), "A3" is A.3, and a chapter
    named in a heading ("Chapter 2: Governance") covers the text under it."""
    if match.section is not None and (match.section == cited
                                      or match.section.startswith(cited + ".")):
        return True
    if match.section is not None and _ANNEX_LABEL.match(match.section) and \
            _ANNEX_LABEL.match(cited) and \
            _ANNEX_LABEL.match(match.section).groups() == _ANNEX_LABEL.match(cited).groups():
        return True
    return "." not in cited and bool(
        re.match(rf"(?:chapter|part)\s+{re.escape(cited)}\b", match.heading or "", re.IGNORECASE))


# "(Table 1)", "(Figure 3)": an item inside a report, named where a document would be.
REPORT_ITEM = re.compile(r"(?:table|figure|fig\.|chart|graph|box|diagram|recommendation|rec\.?)"
                         r"\s+R?\d+[a-z]?", re.IGNORECASE)


def item_place(item: str) -> str:
    """The label a reader stores a cited table or recommendation under when it keeps it as a
    place of its own (issue 20): "table 1" -> "Table 1", "Recommendation 3" -> "R3"."""
    kind, number = item.split()[0].rstrip(".").lower(), item.split()[-1]
    if kind in ("recommendation", "rec"):
        return "R" + number.lstrip("Rr")
    return f"{kind.capitalize()} {number}"


def judge_item_citation(item: str, verdict: Verdict, match: Match | None,
                        sources: Sources) -> tuple[CitationVerdict, str]:
    """A citation of a table or figure: correct when the words are in the paragraph that
    carries its caption ("Table 1: Staff survey …")."""
    if match is None or verdict is Verdict.NOT_FOUND:
        return CitationVerdict.UNVERIFIABLE, ""
    kind, number = item.split()[0].rstrip(".").lower(), item.split()[-1]
    kind = {"fig": r"fig(?:ure|\.)", "figure": r"fig(?:ure|\.)", "rec": "recommendation"}.get(
        kind, kind)
    # "Recommendation R3" and "Recommendation 3" are the same recommendation.
    number = re.escape(number.lstrip("Rr")) if kind == "recommendation" else re.escape(number)
    prefix = "R?" if kind == "recommendation" else ""
    caption = re.compile(rf"\b{kind}\s+{prefix}{number}\b", re.IGNORECASE)
    # a table the reader stored as a place of its own ("Table 1", "R4": issue 20), or a
    # paragraph that carries the caption
    if caption.fullmatch(match.section or "") or \
            caption.search(paragraph_of_match(match, sources).text):
        return CitationVerdict.CORRECT, ""
    return CitationVerdict.UNVERIFIABLE, (f"Cited as {item}; the words are in "
                                          f"{cite_as(match)}, which does not carry the caption "
                                          f"“{item}”, so the citation cannot be checked.")


def judge_citation(citation: Citation, cited_document: Document | None, verdict: Verdict,
                   match: Match | None,
                   uncited_because: str | None = None) -> tuple[CitationVerdict, str]:
    """The verdict on the citation, with a note giving the right one when it is wrong
    (`uncited_because`: why the motion's bracket is not the quotation's, said instead of "No
    citation given")."""
    if citation.document and cited_document is None:
        return CitationVerdict.UNVERIFIABLE, cited_document_note(citation.document)
    if match is None or verdict is Verdict.NOT_FOUND:
        return CitationVerdict.UNVERIFIABLE, ""
    if citation.is_empty:
        return CitationVerdict.MISSING, \
            f"{uncited_because or 'No citation given'}; cite {cite_as(match)}."
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
        return CitationVerdict.CORRECT, page_counted(citation, match)
    if verdict is Verdict.PARAPHRASE:
        # A passage near in meaning elsewhere does not prove the citation wrong.
        return CitationVerdict.UNVERIFIABLE, ""
    cited = citation.text or ", ".join(citation.sections)
    return CitationVerdict.WRONG, f"Cited as {cited}, but the words are in {cite_as(match)}."


def page_counted(citation: Citation, match: Match) -> str:
    """Which count a right page citation used, when the two differ: the number printed on the
    page ("p. 12" of a report whose front matter is numbered i-iii) or the PDF's own."""
    last = match.last_page or match.page
    by_pdf = [p for p in citation.pages if match.page <= p <= last]
    printed = [str(p) for p in citation.pages if str(p) in match.printed_pages] + \
        [label for label in citation.page_labels if label in match.printed_pages]
    if printed and not by_pdf:
        return (f"Page {printed[0]} is the number printed on the page (the PDF's page "
                f"{match.page}).")
    if by_pdf and not printed and match.printed_pages and \
            match.printed_pages[0] != str(by_pdf[0]):
        return (f"Page {by_pdf[0]} counts the PDF's pages; the page is numbered "
                f"{match.printed_pages[0]} in print.")
    return ""


def cite_as(match: Match) -> str:
    """How a motion should cite the place the words were found."""
    page = f" (p. {match.page})" if match.page else ""
    if match.section:
        return f"{section_name(match.section)} of {match.title}{page}"
    if match.footnote:
        return f"footnote {match.footnote} of {match.title}{page}"
    return f"{match.title}, p. {match.page}" if match.page else match.title


# ---------------------------------------------------------------- meaning (issue 8)

# Cues that a sentence denies what it says. "lack", "insufficient" and "fail" deny as surely as
# "not" ("they found insufficient evidence", "is failing to comply").
NEGATION_CUES = (NEGATIONS - {"longer"}) | frozenset({
    "nobody", "lacks", "lacking", "lacked", "fail", "fails", "failed", "failing", "absence"})
# Quantities a summary may not change, least to most. "none" and "all" are absolute: any other
# word for the amount disagrees with them; between the others a step is a fair paraphrase
# ("many" for "most") and two steps a different claim ("few" for "most").
_QUANTITIES = [
    ("none", {"none", "nobody", "nothing"}),
    ("few", {"few", "minority", "rarely", "seldom"}),
    ("some", {"some", "several", "certain", "sometimes"}),
    ("many", {"many", "numerous", "often", "frequently"}),
    ("most", {"most", "majority", "mostly", "largely", "generally"}),
    ("all", {"all", "every", "always", "everyone", "entire"}),
]
MAX_QUANTITY_STEP = 1
# Modal force: an obligation, advice, a possibility. "must" for "should" is a different claim.
_MODAL_FORCE = {"must": "obligation", "shall": "obligation", "required": "obligation",
                "requires": "obligation", "need": "obligation", "needs": "obligation",
                "should": "advice", "ought": "advice", "recommend": "advice",
                "recommends": "advice", "may": "possibility", "might": "possibility",
                "could": "possibility", "can": "possibility"}
_NUMBER_VALUES = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                  "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
                  "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
                  "twice": "2", "once": "1"}
# "A quarter of councillors" for "11 of the 39": a fraction is a fair summary of a share within
# this much (0.28 for 0.25); it is checked against the passage's percentages and "N of M" counts.
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "fifth": 0.2, "tenth": 0.1}
MAX_FRACTION_ERROR = 0.05
_SHARE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:%|per ?cent)|\b(\d+) (?:out )?of (?:the |its |their )?(\d+)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])[’”'\"]?\s+(?=[‘“\"'(]?[A-Z0-9])")


def _words(text: str) -> list[str]:
    return [t.key for t in without_markers(tokenize(text), text)]


def _figures(words: list[str]) -> set[str]:
    return {_NUMBER_VALUES.get(w, w) for w in words if w[:1].isdigit() or w in _NUMBER_VALUES}


def _shares(text: str) -> list[float]:
    out = []
    for m in _SHARE.finditer(text):
        if m.group(1):
            out.append(float(m.group(1)) / 100)
        elif int(m.group(3)):
            out.append(int(m.group(2)) / int(m.group(3)))
    return out


def _fraction_disagrees(words: list[str], paragraph: str) -> str | None:
    """A fraction word in the quotation no share in the paragraph comes near (None when the
    paragraph gives no share to compare with)."""
    shares = _shares(paragraph)
    for w in words:
        if w in _FRACTIONS and shares and \
                all(abs(_FRACTIONS[w] - x) > MAX_FRACTION_ERROR for x in shares):
            return w
    return None


def _quantity(words: list[str]) -> set[int]:
    return {level for level, (_, cues) in enumerate(_QUANTITIES) if cues & set(words)}


def meaning_disagreements(quote: str, passage: str, paragraph: str) -> list[str]:
    """What a quotation says that the passage near it in meaning does not: its figures,
    negation, amounts and modal force, each in plain words (empty when they agree).

    An embedding cannot see these: "most appointments followed the rules" sits as close to
    "most did not" as a fair summary does. Figures are looked for in the whole paragraph.
    """
    q, p = _words(quote), _words(passage)
    out = []
    whole = _words(paragraph)
    missing = sorted(_figures(q) - _figures(whole))
    fraction = _fraction_disagrees(q, paragraph)
    if fraction:
        missing.append(fraction)
    if missing:
        theirs = sorted(_figures(p))
        out.append("the figure " + ", ".join(f"“{m}”" for m in missing) + " is not there"
                   + (f" (it gives {', '.join(theirs)})" if theirs else ""))
    # A negation in the quotation is weighed against the whole paragraph (a one-sentence summary
    # may carry the "not" of the next sentence); the passage's own against its sentences.
    q_neg, p_neg = set(q) & NEGATION_CUES, set(p) & NEGATION_CUES
    if q_neg and not set(whole) & NEGATION_CUES:
        out.append(f"the quotation says “{sorted(q_neg)[0]}” where the passage affirms")
    elif p_neg and not q_neg:
        out.append(f"the passage says “{sorted(p_neg)[0]}” where the quotation affirms")
    q_qty, p_qty = _quantity(q), _quantity(p)
    everything = len(_QUANTITIES) - 1
    if q_qty == {everything} and not p_qty:
        # "will take over all of the council's functions" for "functions should include, at a
        # minimum, …": a paraphrase may not make a statement about all of something the
        # passage limits or leaves unquantified.
        out.append(f"the quotation says “{_QUANTITIES[everything][0]}” where the passage "
                   "does not")
    elif q_qty and p_qty and not q_qty & p_qty:
        a, b = min(q_qty), min(p_qty)
        if {a, b} & {0, len(_QUANTITIES) - 1} or abs(a - b) > MAX_QUANTITY_STEP:
            out.append(f"the quotation says “{_QUANTITIES[a][0]}” where the passage says "
                       f"“{_QUANTITIES[b][0]}”")
    q_force = {_MODAL_FORCE[w] for w in q if w in _MODAL_FORCE}
    p_force = {_MODAL_FORCE[w] for w in p if w in _MODAL_FORCE}
    if q_force and p_force and q_force != p_force:
        out.append(f"the quotation's “{next(w for w in q if w in _MODAL_FORCE)}” is not the "
                   f"passage's “{next(w for w in p if w in _MODAL_FORCE)}”")
    return out


def sentence_windows(text: str, most: int = 3) -> list[tuple[int, int]]:
    """(start, end) of every run of one to `most` consecutive sentences of `text`."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    ends = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text.rstrip())]
    spans = []
    for i in range(len(starts)):
        for j in range(i, min(i + most, len(starts))):
            end = ends[j]
            # Keep a closing quotation mark that belongs to the sentence.
            while end < len(text) and text[end] in "’”'\"":
                end += 1
            spans.append((starts[i], end))
    return spans


# ---------------------------------------------------------------- cited places not indexed

def unknown_sections(citation: Citation, corpus) -> tuple[str, ...]:
    """The cited paragraph or chapter numbers that no selected source has."""
    if not citation.sections:
        return ()
    known = corpus.known_sections(citation.sections)
    return tuple(s for s in citation.sections if s not in known)


def source_not_indexed(citation: Citation, corpus) -> bool:
    """Whether the report the citation points at is plainly not among the selected sources:
    no source has any cited paragraph, nor even its chapter ("3.4" cited, no chapter 3 at all).
    A missing 3.5 beside 3.1-3.3 is a slip in a report we have; a missing 3.4 in an index of
    letters is a report we do not have."""
    if not citation.sections:
        return False
    chapters = replace(citation, sections=tuple(s.split(".")[0] for s in citation.sections))
    return len(unknown_sections(chapters, corpus)) == len(citation.sections)


INDEX_HINT = "Is the report it quotes indexed? (`verifier index list`)"


def cited_document_note(document: str) -> str:
    """Why a citation naming a document or a part cannot be checked."""
    if PART_NAME.fullmatch(document.strip()):
        return (f"No indexed source has a part headed “{document}” that the reader could tell "
                "apart; the citation cannot be checked.")
    return f"The cited document “{document}” is not indexed."


def absent_note(citation: Citation, unknown: tuple[str, ...]) -> str:
    """Say plainly that the place the motion cites is not in any selected source."""
    if citation.document and not citation.sections and not citation.pages:
        return cited_document_note(citation.document) + " (`verifier index list`)"
    if not unknown:
        return ""
    name = "paragraph" if len(unknown) == 1 else "paragraphs"
    listed = " or ".join(unknown)
    return f"No indexed source has {name} {listed}. {INDEX_HINT}"


# ---------------------------------------------------------------- suggested corrections

_CITE_WORD = re.compile(r"\b(sections?|paragraphs?|paras?\.?|§|¶)", re.IGNORECASE)


def citation_style(citation: Citation) -> str:
    """The word the motion cites paragraphs with ("Section", "para", "paragraph"), singular."""
    m = _CITE_WORD.search(citation.text or "")
    if not m:
        return "paragraph"
    word = m.group(1)
    if word.lower().rstrip(".") in ("sections", "paragraphs", "paras"):
        word = word.rstrip(".")[:-1] + ("." if word.endswith(".") else "")
    return word


def cite_in_style(match: Match, style: str, with_title: bool) -> str:
    """A citation of where the words are, in the motion's own style: "Section 3.4", "para 4.50"."""
    if match.section:
        where = section_name(match.section, style)
        return f"{match.title}, {where}" if with_title else where
    if match.footnote:
        return f"{match.title}, footnote {match.footnote}"
    return f"{match.title}, p. {match.page}" if match.page else match.title


def suggest(verdict: Verdict, citation_verdict: CitationVerdict, match: Match | None,
            citation: Citation) -> str | None:
    """The words and citation to put in place of the quotation, or None when there is nothing
    to correct or no match strong enough to offer (a correction is never made from a weak
    match: not_found offers none)."""
    if match is None or verdict is Verdict.NOT_FOUND:
        return None
    if verdict in (Verdict.VERBATIM, Verdict.MINOR) and \
            citation_verdict not in (CitationVerdict.WRONG, CitationVerdict.MISSING):
        return None
    style = citation_style(citation)
    with_title = bool(citation.document)
    parts = match.parts if match.method == "splice" and match.parts else (match,)
    return " ".join(f"“{' '.join(part.text.split())}” ({cite_in_style(part, style, with_title)})"
                    for part in parts)


# ---------------------------------------------------------------- paraphrases

# SENTENCE_TIE and MIN_REVERSAL_SIMILARITY, cut-offs on similarity in meaning: verifier/thresholds.py.


def paragraph_of_match(match: Match, sources: Sources):
    text = sources.corpus.document_text(match.document_id)
    return text.paragraphs[text.paragraph_position(match.paragraph_order)]


def carrying_sentences(quote: str, match: Match, sources: Sources) -> Match:
    """The semantic match narrowed to the sentence(s) of its paragraph nearest the quotation."""
    from dataclasses import replace

    paragraph = paragraph_of_match(match, sources)
    windows = sentence_windows(paragraph.text, most=min(3, quote.count(". ") + 2))
    if len(windows) <= 1:
        return match
    texts = [paragraph.text[a:b] for a, b in windows]
    scores = sources.similarities(quote, texts)
    if not scores:
        return match
    top = max(scores)
    best = min((k for k in range(len(windows)) if scores[k] >= top - SENTENCE_TIE),
               key=lambda k: (windows[k][1] - windows[k][0], -scores[k]))
    start, end = windows[best]
    return replace(match, span_start=start, span_end=end, text=paragraph.text[start:end],
                   page=paragraph.page_at(start),
                   last_page=paragraph.page_at(max(end - 1, start)))


# A content word is telling unless more than this share of the sources' paragraphs use it:
# "council" is everywhere in a report on a council and says nothing of what a passage is about.
MAX_TELLING_SHARE = 0.25
# Shares say which words are common only over a real report's paragraphs: in a handful of
# paragraphs every word is in a quarter of them.
MIN_PARAGRAPHS_FOR_SHARES = 40


@functools.lru_cache(maxsize=8)
def _stem_shares(corpus) -> dict[str, float]:
    """The share of the corpus's paragraphs that use each content stem."""
    counts: Counter = Counter()
    n = 0
    for text in corpus.texts:
        for paragraph in text.paragraphs:
            if paragraph.text.strip():
                n += 1
                counts.update(set(content_stems(paragraph.text)))
    if n < MIN_PARAGRAPHS_FOR_SHARES:
        return {}
    return {stem: c / n for stem, c in counts.items()}


def telling_words_missing(quote: str, paragraph: str, corpus) -> list[str]:
    """The quotation's telling content words (stems), when the paragraph near it in meaning
    uses none of them; else an empty list. An invention on the report's subject ("a council
    that has lost its way") is near in meaning to a passage that shares only the subject's
    common words ("the council can recover"); a paraphrase keeps some of the words that say
    what the passage is about ("scared … put advice in writing" for "frightened … advice in
    writing")."""
    shares = _stem_shares(corpus)
    if not shares:
        return []
    telling = [s for s in dict.fromkeys(content_stems(quote))
               if shares.get(s, 0.0) <= MAX_TELLING_SHARE]
    if not telling or set(telling) & set(content_stems(paragraph)):
        return []
    return telling


def judge_meaning(quote: str, match: Match, sources: Sources, cited: bool,
                  note: str) -> tuple[Verdict, str]:
    """A paraphrase only if it shares a telling word with the passage and its figures,
    negation, amounts and modal force agree with it; else a misquote (the cited passage,
    clearly the one quoted) or not found."""
    paragraph = paragraph_of_match(match, sources).text
    if telling_words_missing(quote, paragraph, sources.corpus):
        return Verdict.NOT_FOUND, (f"Not found in the indexed sources, word for word or in "
                                   f"meaning: {describe(match)} is on the same subject, but "
                                   "says nothing of what the quotation says.")
    problems = meaning_disagreements(quote, match.text, paragraph)
    if not problems:
        return Verdict.PARAPHRASE, note
    where = describe(match)
    said = "; ".join(problems)
    if cited and match.score >= MIN_REVERSAL_SIMILARITY:
        return Verdict.MISQUOTE, (f"Misquoted: {where} is the passage quoted, but it does not "
                                  f"say this: {said}.")
    return Verdict.NOT_FOUND, (f"Not found in the indexed sources, word for word or in meaning: "
                               f"{where} is near in meaning, but {said}.")


# ---------------------------------------------------------------- the motion as a whole

# A motion that cites at least this many places, none of which holds what it says (no
# quotation's words at its citation, even misquoted; no claim supported there), quotes a
# report that is not indexed: a near sentence of another council's report is no misquote of
# it. (A paraphrase at the cited paragraph is no such evidence: any report's 3.4 on scrutiny
# says much what another's does.)
MIN_CITED_TO_JUDGE_SOURCES = 2
ELSEWHERE_NOTE = ("None of the motion's cited quotations or claims is at its citation in the "
                  "indexed sources, so the report it quotes may not be indexed. " + INDEX_HINT)


def sources_unconfirmed(results, claims=()) -> bool:
    """Whether the motion cites MIN_CITED_TO_JUDGE_SOURCES places or more and the sources
    confirm none: no cited quotation found word for word, with edits or misquoted, at its
    citation; no cited claim supported."""
    from verifier.models import ClaimVerdict

    def cites(citation):
        return bool(citation.sections or citation.pages)

    cited = [r for r in results if cites(r.quotation.citation)]
    cited_claims = [c for c in claims if cites(c.claim.citation)]
    confirmed = any(r.verdict in (Verdict.VERBATIM, Verdict.MINOR, Verdict.MISQUOTE,
                                  Verdict.OUT_OF_CONTEXT) and
                    r.citation is CitationVerdict.CORRECT for r in cited) or \
        any(c.verdict is ClaimVerdict.SUPPORTED for c in cited_claims)
    # (One citation is no evidence either way: a misquote pinned to the wrong paragraph of
    # the report indexed looks like another report's sentence.)
    return len(cited) + len(cited_claims) >= MIN_CITED_TO_JUDGE_SOURCES and not confirmed


def not_the_report_quoted(result):
    """A quotation's verdicts when the sources confirm none of the motion's citations: not
    found (its nearest passage named in the note) rather than misquoted or paraphrased, and a
    citation that cannot be checked rather than a wrong one."""
    note = f"{result.note} {ELSEWHERE_NOTE}".strip()
    if result.verdict in (Verdict.MISQUOTE, Verdict.PARAPHRASE):
        nearest = f"; {describe(result.found)} is the nearest" if result.found else ""
        return replace(result, verdict=Verdict.NOT_FOUND, citation=CitationVerdict.UNVERIFIABLE,
                       found=None, differences=(), also_found=(), suggestion=None,
                       reasons=(Reason.NOT_IN_THE_SOURCES, Reason.CITATION_NOT_CHECKABLE,
                                Reason.QUOTED_REPORT_NOT_INDEXED),
                       note=f"Not found word for word in the indexed sources{nearest}. "
                            f"{ELSEWHERE_NOTE}")
    if result.citation is CitationVerdict.WRONG:
        return replace(result, citation=CitationVerdict.UNVERIFIABLE, suggestion=None, note=note,
                       reasons=tuple(r for r in result.reasons if r is not Reason.CITED_PLACE_DOES_NOT)
                       + (Reason.CITATION_NOT_CHECKABLE, Reason.QUOTED_REPORT_NOT_INDEXED))
    return result


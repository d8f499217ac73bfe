"""Judge a quotation's words and its citation from where they were found.

`judge_words` says verbatim / minor / misquote / paraphrase / not_found and why;
`judge_citation` says correct / wrong / missing / unverifiable and where the words really are.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from index import Document
from verifier.judging.context import sentence_negates
from verifier.search.matching import Alignment, QuoteText, Sources, marked_edits
from verifier.models import Citation, CitationVerdict, Difference, Match, Note, Said, Verdict
from verifier.reading.figures import content_stems
from verifier.thresholds import MIN_REVERSAL_SIMILARITY, SENTENCE_TIE
from verifier.words import (ANNEX_WORD, MODALS, NEGATIONS, PART_NAME, fold, is_number,
                            number_in_words, section_name, spelled_otherwise, surface, tokenize,
                            without_markers)


def judge_words(quote: QuoteText, alignment: Alignment | None, match: Match | None,
                sources: Sources) -> tuple[Verdict, Said]:
    """The verdict on the quoted words, with what the note says of them (what differs)."""
    if alignment is None or match is None:
        return Verdict.NOT_FOUND, Said(Note.NOT_FOUND)
    where = (match,)
    if alignment.method == "exact":
        return _exact_verdict(quote, alignment, sources, match)
    if alignment.method == "marked":
        return Verdict.MINOR, Said(Note.EDITS_MARKED, where,
                                   counts=tuple(marked_edits(quote.text or quote.quotation.text)))
    if alignment.method == "splice":
        return Verdict.MISQUOTE, Said(Note.STITCHED, match.parts or where)
    if alignment.method == "fuzzy":
        differences = alignment.differences
        if differences and all(_is_article(d) for d in differences):
            return Verdict.MINOR, Said(Note.ARTICLE, where, differences=differences[:3])
        if differences and all(_is_typo(d, sources) or _spelled_otherwise(d)
                               for d in differences):
            how = Note.OTHER_SPELLING if all(_spelled_otherwise(d) for d in differences) \
                else Note.MISSPELLING
            return Verdict.MINOR, Said(how, where, differences=differences[:3])
        if differences and all(d.kind == "added" and d.quote.lower() in NEGATIONS
                               for d in differences) and _negated_in_source(alignment, sources):
            # "will not be run from Whitehall" for "Nor do they mean that the council's services
            # will be run from Whitehall": the motion's "not" is the sentence's "nor"
            return Verdict.PARAPHRASE, Said(Note.PARAPHRASE, where, similarity=alignment.score)
        return Verdict.MISQUOTE, Said(Note.MISQUOTED, where, differences=differences)
    return Verdict.PARAPHRASE, Said(Note.PARAPHRASE, where, similarity=alignment.score)


def _negated_in_source(alignment: Alignment, sources: Sources) -> bool:
    """Whether the source's sentence negates the clause the aligned words begin."""
    text = sources.corpus.texts[alignment.document_index]
    paragraph = text.paragraphs[text.token_paragraph[alignment.token_start]].text
    return sentence_negates(paragraph, text.tokens[alignment.token_start].start)


def _exact_verdict(quote: QuoteText, alignment: Alignment, sources: Sources,
                   match: Match) -> tuple[Verdict, Said]:
    text = sources.corpus.texts[alignment.document_index]
    q_tokens, s_tokens = quote.tokens, text.tokens[alignment.token_start:alignment.token_end]
    q_inner = quote.text[q_tokens[0].start:q_tokens[-1].end]
    s_inner = " ".join(_span_text(text, alignment))
    q_surface, s_surface = surface(q_inner), surface(s_inner)
    where = (match,)
    if q_surface == s_surface or q_surface[1:] == s_surface[1:] and \
            q_surface[:1].lower() == s_surface[:1].lower():
        return Verdict.VERBATIM, Said(Note.VERBATIM, where)
    if q_surface.isupper() and q_surface.lower() == s_surface.lower():
        # A headline set in capitals: the capitals are the typesetting, not an edit.
        return Verdict.VERBATIM, Said(Note.VERBATIM_IN_CAPITALS, where)
    spelled = tuple(Difference("changed", q.text, s.text) for q, s in zip(q_tokens, s_tokens)
                    if q.text.lower() != s.text.lower())
    if spelled:
        return Verdict.MINOR, Said(Note.SPELLED_OTHERWISE, where, differences=spelled[:3])
    if q_surface.lower() == s_surface.lower():
        return Verdict.MINOR, Said(Note.CAPITALISATION, where)
    return Verdict.MINOR, Said(Note.PUNCTUATION, where)


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
    """One word written another way ("six" for "6", "learnt" for "learned"), or a compound
    written open, hyphenated or closed ("long standing", "long-standing", "longstanding"):
    no change."""
    if diff.kind != "changed":
        return False
    if " " not in diff.quote and " " not in diff.source:
        return spelled_otherwise(diff.quote, diff.source)
    for words, figure in ((diff.quote, diff.source), (diff.source, diff.quote)):
        if figure.strip().isdigit() and number_in_words(words) == int(figure):
            return True         # "forty-one" for "41"
    parts = diff.quote.casefold().split() + diff.source.casefold().split()
    if any(part in NEGATIONS for part in parts):
        return False            # "not able" is no way of writing "notable"
    return _COMPOUND_JOIN.sub("", diff.quote).casefold() == \
        _COMPOUND_JOIN.sub("", diff.source).casefold() and \
        len(diff.quote.split()) <= MAX_COMPOUND_PARTS and \
        len(diff.source.split()) <= MAX_COMPOUND_PARTS


# A compound's parts, written apart or joined (a space or a hyphen between them), at most this
# many ("decision making", "co ordinated", "well run").
_COMPOUND_JOIN = re.compile(r"[\s\-‐‑–]+")
MAX_COMPOUND_PARTS = 3


# ---------------------------------------------------------------- citations

def covers(citation: Citation, cited_document: Document | None, match: Match) -> bool:
    """Whether the citation points at where the match is."""
    if citation.document and (cited_document is None or cited_document.id != match.document_id):
        return False
    if citation.footnotes and match.footnote not in citation.footnotes:
        return False
    sections = annex_sections(citation)
    chapter = bool(_CHAPTER_WORD.search(citation.text))
    if sections and not any(_in_section(match, s, chapter) or any(
            _in_section(replace(match, section=later), s, chapter)
            for later in match.continued)
                            for s in sections):
        # (words that run on from one paragraph into the next are in either: citing the
        # paragraph where they end is as right as citing the one where they start)
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
_ANNEX_NAME = re.compile(rf"(?:{ANNEX_WORD})\s+([A-Z])\b", re.IGNORECASE)
# An annex or appendix by its letter alone, lower-cased: "annex a", "appendix b".
_WHOLE_ANNEX = re.compile(rf"(?:{ANNEX_WORD})\s+([a-z])")
# A document cited by name that is a letter ("letter", "Letter from SoS to CEX 12/11/24").
LETTER_NAME = re.compile(r"\bletter\b", re.IGNORECASE)
# An annex or appendix numbered, not lettered: "Annex 2", "Appendix 3": its paragraphs carry
# no label a citation's number can be turned into.
UNLETTERED_ANNEX = re.compile(rf"(?:{ANNEX_WORD})\s+\d", re.IGNORECASE)
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


# A citation that names a chapter or part by its word: "Chapter 4", "ch. 4", "Part 2".
_CHAPTER_WORD = re.compile(r"\b(?:chapters?|chap\.|ch\.|parts?)\s*\d", re.IGNORECASE)


def _in_section(match: Match, cited: str, chapter: bool = False) -> bool:
    """"4.50" is in 4.50, "4" covers 4.50 (never "4.5" 4.50), "A3" is A.3, and a chapter
    named in a heading ("Chapter 2: Governance") covers the text under it; so does a chapter
    cited by its word (`chapter`: "Chapter 4") whose heading opens with its number ("4
    Governance" over paragraphs 45-60 of a report numbered 1-120)."""
    if PART_NAME.fullmatch(cited) and match.heading and _part_heading(match.heading, cited):
        return True         # "(executive summary)": words under the heading "Executive summary"
    if chapter and "." not in cited and match.heading and \
            re.match(rf"{re.escape(cited)}\b(?![.,]\d)", match.heading.strip()):
        return True
    if match.section is not None and (match.section == cited
                                      or match.section.startswith(cited + ".")):
        return True
    if match.section is not None and _ANNEX_LABEL.match(match.section) and \
            _ANNEX_LABEL.match(cited) and \
            _ANNEX_LABEL.match(match.section).groups() == _ANNEX_LABEL.match(cited).groups():
        return True
    if match.section is not None and re.fullmatch(r"[A-Z]", cited) and \
            _ANNEX_LABEL.match(match.section) and match.section[0] == cited:
        return True         # "(Annex A)" covers A3 as it covers A.3
    return "." not in cited and bool(
        re.match(rf"(?:chapter|part)\s+{re.escape(cited)}\b", match.heading or "", re.IGNORECASE))


def _part_heading(heading: str, part: str) -> bool:
    """Whether a chapter heading is the part a citation names: "Executive summary", "1.
    Executive Summary", "Chapter 1: Executive summary" are the executive summary (and the
    "summary"); "Foreword" the foreword."""
    name = " ".join(_CHAPTER_NUMBER.sub("", heading.strip()).lower().split()).strip(" .:")
    wanted = " ".join(part.lower().split())
    return name == wanted or (wanted == "summary" and name == "executive summary")


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


# A paragraph of the executive summary by its label ("ES3") or its order ("Executive Summary,
# paragraph 3", "para 2 of the executive summary").
_SUMMARY_LABEL = re.compile(r"^ES(\d{1,2})$")
# How many labelled summary paragraphs (ES1, ES2 …) a citation of the whole summary covers.
MAX_SUMMARY_LABELS = 30
_PART_ORDINAL = re.compile(r"^\d{1,2}$")


# A report numbered straight through numbers at least this many of its first paragraphs
# (1, 2 … MAX_STRAIGHT_PROBE) with a plain number; a report in chapters numbers only its
# chapters' headings so ("1", "2" … a dozen at most), not its paragraphs.
MIN_STRAIGHT_THROUGH = 20
MAX_STRAIGHT_PROBE = 60


def straight_through(citation: Citation, corpus) -> Citation:
    """A `bare` citation ("“…” (47)", "“…” [47]", "at 47": a number with no word naming it
    a paragraph) as the paragraph it names when a source numbers its paragraphs straight
    through (1 to 140) and has each number cited; else no citation at all: "(2)" may be a
    list's number or a note's call, and is never judged a wrong citation of a report in
    chapters. Any other citation is returned as it is.

    `corpus`: the check's sources (numbered_paragraphs). Reports numbered straight through
    are cited so, and a correct "(47)" was judged `missing` (issue 21)."""
    if not citation.bare:
        return citation
    probe = [str(n) for n in range(1, MAX_STRAIGHT_PROBE + 1)]
    by_document = Counter(d for d, _, _ in corpus.numbered_paragraphs(probe))
    straight = {d for d, n in by_document.items() if n >= MIN_STRAIGHT_THROUGH}
    if straight and all(any(d in straight for d, _, _ in corpus.numbered_paragraphs((s,)))
                        for s in citation.sections):
        return replace(citation, bare=False)
    return Citation()


def part_sections(citation: Citation, known: Callable[[tuple[str, ...]], set[str]]) -> Citation:
    """A citation of a paragraph of the report's executive summary or foreword, as the places
    the reader stored (issue 21, "every way of citing"): "(ES3)" is ES3 where the reader kept
    the summary's labels, else the executive summary as a whole; "(Executive Summary,
    paragraph 3)" likewise (ES3, else the summary), never the report's paragraph 3. Which of
    the summary's unnumbered paragraphs a writer counted to is not checked (a reader may join
    or split them): the words being in the summary is what the citation can show.
    `known(sections)`: which of them the sources hold. Any other citation is returned as it is."""
    part = re.sub(r"^the\s+", "", (citation.document or "").strip(), flags=re.IGNORECASE).lower()
    part = " ".join(part.split())
    if part in ("summary", "executive summary", "foreword") and not (
            citation.sections or citation.pages or citation.page_labels or citation.footnotes):
        # "(executive summary)", "(foreword)": the part as a place, so words that are only in
        # paragraph 2.5 are not in it (issue 21: the part was taken as the whole report, and
        # any words of it were cited right); a part the reader did not keep stays a name.
        for name in (("foreword",) if part == "foreword" else ("executive summary", "summary")):
            if known((name,)):
                return replace(citation, document=None, sections=(name,))
        if part != "foreword":
            labelled = known(tuple(f"ES{n}" for n in range(1, MAX_SUMMARY_LABELS + 1)))
            if labelled:
                return replace(citation, document=None, sections=tuple(
                    sorted(labelled, key=lambda label: int(label[2:]))))
        return citation
    annex = _WHOLE_ANNEX.fullmatch(part)
    if annex and not (citation.sections or citation.pages or citation.page_labels or
                      citation.footnotes):
        # "(Annex A)", "in Annex A the inspectors explain": the annex's paragraphs A.1, A.2 …
        # as one place, where the reader kept their labels
        letter = annex.group(1).upper()
        if known((letter,)) or known((f"{letter}1", f"{letter}.1")):
            return replace(citation, document=None, sections=(letter,))
        return citation
    if citation.document and not (PART_NAME.fullmatch(part) and citation.sections and all(
            _PART_ORDINAL.match(s) for s in citation.sections)):
        return citation
    if citation.document:
        if part not in ("summary", "executive summary", "foreword"):
            return citation
        if part != "foreword":
            labelled = tuple(f"ES{s}" for s in citation.sections)
            if known(labelled) == set(labelled):
                return replace(citation, document=None, sections=labelled)
        for name in (("foreword",) if part == "foreword" else ("executive summary", "summary")):
            if known((name,)):
                return replace(citation, document=None, sections=(name,))
        return citation
    labels = [s for s in citation.sections if _SUMMARY_LABEL.match(s)]
    if not labels or len(labels) != len(citation.sections) or \
            known(tuple(labels)) == set(labels):
        return citation
    for name in ("executive summary", "summary"):
        if known((name,)):
            return replace(citation, sections=(name,))
    return citation


# A chapter's heading's number, as a reader may keep it: "Chapter 1: Executive summary",
# "1. Executive summary", "1 Executive summary".
_CHAPTER_NUMBER = re.compile(r"^(?:chapter\s+)?\d{1,2}\s*[.:–—-]?\s*", re.IGNORECASE)


def chapter_of_part(citation: Citation, paragraphs) -> Citation:
    """A part cited by name that is a numbered chapter of the cited report: "(executive
    summary)" of a report whose chapter 1 is "Chapter 1: Executive summary" (paragraphs 1.1 -
    1.8) cites chapter 1 (issue 21: the part was taken as the whole report, so words of any
    chapter were cited right, or, unresolved, could not be checked). `paragraphs`: the cited
    document's. Any other citation is returned as it is."""
    part = re.sub(r"^the\s+", "", (citation.document or "").strip(), flags=re.IGNORECASE).lower()
    part = " ".join(part.split())
    if not part or not PART_NAME.fullmatch(part) or citation.sections or citation.pages or \
            citation.page_labels or citation.footnotes:
        return citation
    wanted = {part, "executive summary"} if part == "summary" else {part}
    numbers = {p.section.split(".")[0] for p in paragraphs
               if p.section and p.section[:1].isdigit() and p.heading and
               " ".join(_CHAPTER_NUMBER.sub("", p.heading).lower().split()).strip(" .:")
               in wanted}
    if len(numbers) != 1:
        return citation
    return replace(citation, document=None, sections=(numbers.pop(),))


def judge_item_citation(item: str, verdict: Verdict, match: Match | None,
                        sources: Sources) -> tuple[CitationVerdict, tuple[Said, ...]]:
    """A citation of a table or figure: correct when the words are in the paragraph that
    carries its caption ("Table 1: Staff survey …")."""
    if match is None or verdict is Verdict.NOT_FOUND:
        return CitationVerdict.UNVERIFIABLE, ()
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
        return CitationVerdict.CORRECT, ()
    return CitationVerdict.UNVERIFIABLE, (Said(Note.NO_CAPTION, (match,), words=(item,)),)


def judge_citation(citation: Citation, cited_document: Document | None, verdict: Verdict,
                   match: Match | None, own_words_bracket: str | None = None,
                   cited_unnumbered: bool = False, counted_as: int | None = None,
                   ) -> tuple[CitationVerdict, tuple[Said, ...]]:
    """The verdict on the citation, with what the note says of it (the right citation when it
    is wrong; `own_words_bracket`: the motion's bracket that is not the quotation's, named
    where "No citation given" would be; `cited_unnumbered`: the document it names numbers no
    paragraph, so a paragraph number it gives is checked only against `counted_as`, the
    match's paragraph counted from the letter's salutation, and never called wrong)."""
    if citation.document and cited_document is None:
        return CitationVerdict.UNVERIFIABLE, (cited_document_said(citation.document),)
    if citation.is_empty and (match is None or verdict is Verdict.NOT_FOUND):
        # No citation is missing whether or not the words were found: there is nothing to
        # check, and nothing to offer in its place (issue 21)
        return CitationVerdict.MISSING, ()
    if match is None or verdict is Verdict.NOT_FOUND:
        return CitationVerdict.UNVERIFIABLE, ()
    if citation.is_empty:
        return CitationVerdict.MISSING, (Said(Note.CITE_INSTEAD, (match,), words=(
            (own_words_bracket,) if own_words_bracket is not None else ())),)
    if (citation.pages or citation.page_labels) and not match.page:
        # An HTML page or a .docx has no pages (issue 12): the page is not judged, the rest is.
        unpaged = Said(Note.NO_PAGES, words=(match.title,))
        rest = replace(citation, pages=(), page_labels=())
        if not (rest.sections or rest.footnotes):
            return CitationVerdict.UNVERIFIABLE, (unpaged,)
        verdict_rest, said = judge_citation(rest, cited_document, verdict, match)
        return verdict_rest, said + (unpaged,)
    if covers(citation, cited_document, match):
        return CitationVerdict.CORRECT, page_counted(citation, match)
    if citation.page_labels and not citation.pages and not citation.sections and \
            not match.printed_pages:
        # "(p. iii)" of a source whose printed page numbers the reader did not find: the
        # front matter's numbering is not known, so the page cannot be judged
        return CitationVerdict.UNVERIFIABLE, (Said(Note.CITATION_UNCHECKABLE, (match,)),)
    if verdict is Verdict.PARAPHRASE:
        # A passage near in meaning elsewhere does not prove the citation wrong.
        return CitationVerdict.UNVERIFIABLE, ()
    if neighbouring_chapter(citation, match):
        # "(Chapter 2)" for words at the head of chapter 3: where one chapter ends and the
        # next begins is the writer's reading of the contents as much as the report's, so
        # the words being in the next chapter is no proof the citation is wrong (issue 21)
        return CitationVerdict.UNVERIFIABLE, (Said(Note.CITATION_UNCHECKABLE, (match,)),)
    if citation.loose:
        # "(ibid.)" after a quotation of another paragraph (its writer may mean the same
        # report, not the same paragraph), a paragraph of a document not indexed: no proof of
        # a wrong citation (issue 21)
        return CitationVerdict.UNVERIFIABLE, (Said(Note.CITATION_UNCHECKABLE, (match,)),)
    cited = citation.text or ", ".join(citation.sections)
    if cited_unnumbered and citation.sections and not citation.pages and \
            cited_document is not None and match.document_id == cited_document.id:
        # "(Letter from SoS to CEX 14/11/24, paragraph 4)": the letter's paragraphs are
        # numbered by the motion's writer counting them, which a reader that joins a
        # salutation to the first or splits a long one cannot repeat (issue 21). Counted from
        # "Dear …," as the reader splits a letter's blocks (issue 20), a count that agrees
        # confirms it; one that does not may be the writer's other way of counting.
        if counted_as is not None and str(counted_as) in citation.sections:
            return CitationVerdict.CORRECT, ()
        return CitationVerdict.UNVERIFIABLE, (Said(Note.UNNUMBERED_PLACE, (match,),
                                                   words=(cited,), counts=(
                                                       (counted_as,) if counted_as else ())),)
    return CitationVerdict.WRONG, (Said(Note.CITED_ELSEWHERE, (match,), words=(cited,)),)


def neighbouring_chapter(citation: Citation, match: Match) -> bool:
    """Whether a citation names chapters only ("Chapter 2", "ch. 2") and the words are in the
    chapter before or after one of them (a paragraph 3.1 or 1.4 of a report numbered by
    chapter, or under a heading opening with that number)."""
    if not citation.sections or citation.pages or citation.page_labels or \
            not _CHAPTER_WORD.search(citation.text) or \
            not all(s.isdigit() for s in annex_sections(citation)):
        return False
    numbers = [s for s in (match.section or "", *match.continued) if s[:1].isdigit()]
    chapters = {int(s.split(".")[0]) for s in numbers if "." in s}
    heading = re.match(r"(?:chapter\s+)?(\d{1,2})\b(?![.,]\d)", (match.heading or "").strip(),
                       re.IGNORECASE)
    if heading:
        chapters.add(int(heading.group(1)))
    return any(abs(int(s) - chapter) == 1 for s in citation.sections for chapter in chapters)


def page_counted(citation: Citation, match: Match) -> tuple[Said, ...]:
    """Which count a right page citation used, when the two differ: the number printed on the
    page ("p. 12" of a report whose front matter is numbered i-iii) or the PDF's own."""
    last = match.last_page or match.page
    by_pdf = [p for p in citation.pages if match.page <= p <= last]
    printed = [str(p) for p in citation.pages if str(p) in match.printed_pages] + \
        [label for label in citation.page_labels if label in match.printed_pages]
    if printed and not by_pdf:
        return (Said(Note.PRINTED_PAGE_COUNTED, words=(printed[0],), counts=(match.page,)),)
    if by_pdf and not printed and match.printed_pages and \
            match.printed_pages[0] != str(by_pdf[0]):
        return (Said(Note.PDF_PAGE_COUNTED, words=(match.printed_pages[0],),
                     counts=(by_pdf[0],)),)
    return ()


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


_QUOTED_SHARE = re.compile(r"\b([a-z]+|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?([a-z]+|\d+)\b",
                           re.IGNORECASE)


def _quoted_shares(quote: str) -> tuple[list[tuple[str, float]], set[int]]:
    """The shares a quotation gives as "N in M" ("one in five", "3 out of 10"), each with its
    words, and the positions of those words among the quotation's _words."""
    shares, positions = [], set()
    for m in _QUOTED_SHARE.finditer(quote):
        a, b = (_number_value(m.group(k)) for k in (1, 2))
        if a is None or not b or a > b:
            continue
        shares.append((m.group(0), a / b))
        before = len(_words(quote[:m.start()]))
        positions |= set(range(before, before + len(_words(m.group(0)))))
    return shares, positions


# A paragraph that gives a count and its whole apart ("420 homes would be sold …; 37 had been
# sold") implies their share; with more figures than this, some pair would match anything.
MAX_IMPLIED_SHARE_FIGURES = 4
_COUNT = re.compile(r"(?<![\d.,£$])\b\d{1,3}(?:,\d{3})*\b(?![.,]\d|%)")


def _implied_shares(paragraph: str) -> list[float]:
    """The shares each smaller figure of the paragraph is of a larger one (years aside)."""
    counts = {int(m.group().replace(",", "")) for m in _COUNT.finditer(paragraph)}
    counts = sorted(n for n in counts if n > 0)
    if not 2 <= len(counts) <= MAX_IMPLIED_SHARE_FIGURES:
        return []
    return [a / b for i, a in enumerate(counts) for b in counts[i + 1:]]


def _number_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = _NUMBER_VALUES.get(word.lower())
    return int(value) if value is not None else None


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


# The motion's negation is the quotation's only when it governs it, among the last few words
# before the quotation: "the inspectors do not consider that the council “…”", not "It is no
# surprise that the inspectors found the council “…”".
MAX_LEAD_NEGATION_WORDS = 6


def meaning_disagreements(quote: str, passage: str, paragraph: str,
                          motion_lead: str = "") -> list[Said]:
    """What a quotation says that the passage near it in meaning does not: its figures,
    negation, amounts and modal force (empty when they agree).

    An embedding cannot see these: "most appointments followed the rules" sits as close to
    "most did not" as a fair summary does. Figures are looked for in the whole paragraph; a
    negation the motion's own words carry before the quotation (`motion_lead`: "the inspectors
    do not consider that the council “has the capacity to improve by itself”") is the
    quotation's.
    """
    q, p = _words(quote), _words(passage)
    out = []
    whole = _words(paragraph)
    # "one in five", "3 out of 10": a share, compared with the paragraph's shares (19% is about
    # one in five), not two figures to find in it
    shares, share_words = _quoted_shares(quote)
    paragraph_shares = _shares(paragraph) or _implied_shares(paragraph) if shares else []
    if shares and paragraph_shares:
        q = [w for k, w in enumerate(q) if k not in share_words]
    missing = sorted(_figures(q) - _figures(whole))
    if shares and paragraph_shares:
        missing += [text for text, value in shares if all(
            abs(value - x) > MAX_FRACTION_ERROR for x in paragraph_shares)]
    fraction = _fraction_disagrees(q, paragraph)
    if fraction:
        missing.append(fraction)
    if missing:
        out.append(Said(Note.FIGURE_NOT_THERE, words=tuple(missing),
                        source_words=tuple(sorted(_figures(p)))))
    # A negation in the quotation is weighed against the whole paragraph (a one-sentence summary
    # may carry the "not" of the next sentence); the passage's own against its sentences.
    q_neg, p_neg = set(q) & NEGATION_CUES, set(p) & NEGATION_CUES
    # (the motion's negation only answers the passage's: it never makes a disagreement itself)
    lead_neg = set(_words(motion_lead)[-MAX_LEAD_NEGATION_WORDS:]) & NEGATION_CUES
    if q_neg and not set(whole) & NEGATION_CUES:
        out.append(Said(Note.QUOTATION_DENIES, words=(sorted(q_neg)[0],)))
    elif p_neg and not q_neg and not lead_neg:
        out.append(Said(Note.PASSAGE_DENIES, source_words=(sorted(p_neg)[0],)))
    q_qty, p_qty = _quantity(q), _quantity(p)
    everything = len(_QUANTITIES) - 1
    if q_qty == {everything} and not p_qty:
        # "will take over all of the council's functions" for "functions should include, at a
        # minimum, …": a paraphrase may not make a statement about all of something the
        # passage limits or leaves unquantified.
        out.append(Said(Note.QUOTATION_SAYS_ALL, words=(_QUANTITIES[everything][0],)))
    elif q_qty and p_qty and not q_qty & p_qty:
        a, b = min(q_qty), min(p_qty)
        if {a, b} & {0, len(_QUANTITIES) - 1} or abs(a - b) > MAX_QUANTITY_STEP:
            out.append(Said(Note.AMOUNT_DIFFERS, words=(_QUANTITIES[a][0],),
                            source_words=(_QUANTITIES[b][0],)))
    q_force = {_MODAL_FORCE[w] for w in q if w in _MODAL_FORCE}
    p_force = {_MODAL_FORCE[w] for w in p if w in _MODAL_FORCE}
    if q_force and p_force and q_force != p_force:
        out.append(Said(Note.MODAL_DIFFERS, words=(next(w for w in q if w in _MODAL_FORCE),),
                        source_words=(next(w for w in p if w in _MODAL_FORCE),)))
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


def cited_document_said(document: str) -> Said:
    """Why a citation naming a document or a part cannot be checked."""
    if PART_NAME.fullmatch(document.strip()):
        return Said(Note.PART_NOT_READ, words=(document,))
    return Said(Note.DOCUMENT_NOT_INDEXED, words=(document,))


def absent_said(citation: Citation, unknown: tuple[str, ...]) -> tuple[Said, ...]:
    """That the place the motion cites is not in any selected source."""
    if citation.document and not citation.sections and not citation.pages:
        return cited_document_said(citation.document), Said(Note.INDEX_LIST_HINT)
    if not unknown:
        return ()
    return (Said(Note.PARAGRAPHS_NOT_INDEXED, words=unknown),)


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
                  said: Said, motion_lead: str = "") -> tuple[Verdict, Said]:
    """A paraphrase only if it shares a telling word with the passage and its figures,
    negation, amounts and modal force agree with it (`motion_lead`: the motion's words before
    the quotation in its sentence); else a misquote (the cited passage, clearly the one quoted)
    or not found."""
    paragraph = paragraph_of_match(match, sources).text
    if telling_words_missing(quote, paragraph, sources.corpus):
        return Verdict.NOT_FOUND, Said(Note.SAME_SUBJECT_ONLY, (match,))
    problems = tuple(meaning_disagreements(quote, match.text, paragraph, motion_lead))
    if not problems:
        return Verdict.PARAPHRASE, said
    if cited and match.score >= MIN_REVERSAL_SIMILARITY:
        return Verdict.MISQUOTE, Said(Note.MEANING_DIFFERS, (match,), details=problems)
    return Verdict.NOT_FOUND, Said(Note.NEAR_BUT_DIFFERS, (match,), details=problems)


# ---------------------------------------------------------------- the motion as a whole

# A motion that cites at least this many places, none of which holds what it says (no
# quotation's words at its citation, even misquoted; no claim supported there), quotes a
# report that is not indexed: a near sentence of another council's report is no misquote of
# it. (A paraphrase at the cited paragraph is no such evidence: any report's 3.4 on scrutiny
# says much what another's does.)
MIN_CITED_TO_JUDGE_SOURCES = 2
INDEX_HINT = "Is the report it quotes indexed? (`verifier index list`)"
# (Claims' notes are still worded where they are judged: verifier/judging/claim_check.py.)
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

"""One place judges a quotation: from where its words were found, its verdict, its citation's
verdict, the reasons for both (Reason codes) and the correction to offer (issue 21).

    judge_quotation(quotation, …, chosen, match, also, …) ->
        judge_words → judge_meaning (a paraphrase) → the cited report not indexed →
        judge_citation → dropped_context (out of context) → reasons, what the note says
        (Said: verifier/rendering/notes.py words it), suggestion

verifier.judging.check finds the words and hands them here, with what the motion as a whole
shows (MotionFacts: none of its citations confirmed, so the report it quotes is not indexed);
nothing after this edits a quotation's verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from index import letter_paragraph_numbers
from verifier.judging.context import ContextKind, dropped_context, motion_surroundings
from verifier.judging.verdicts import (absent_said, annex_sections, covers, judge_citation,
                                       judge_item_citation, judge_meaning, judge_words,
                                       paragraph_of_match, source_not_indexed, suggest,
                                       unknown_sections)
from verifier.models import (Citation, CitationVerdict, Match, Note, Quotation, QuoteResult,
                             Reason, Said, Verdict)
from verifier.search.matching import Alignment, QuoteText, Sources

# Verdicts whose words are the source's own (an out-of-context quotation's are, word for word).
SOURCE_WORDS = (Verdict.VERBATIM, Verdict.MINOR, Verdict.OUT_OF_CONTEXT)


@dataclass(frozen=True)
class MotionFacts:
    """What the motion as a whole shows, which judging one of its quotations takes as given."""

    # The motion cites places and the sources confirm none of them (verdicts.sources_unconfirmed):
    # the report it quotes is not indexed, so another council's near sentence, or the letter's,
    # is no misquote or paraphrase of it, and a citation of it cannot be wrong, only unchecked.
    report_not_indexed: bool = False


def judge_quotation(quotation: Quotation, quote: QuoteText, citation: Citation, cited_document,
                    item: str | None, chosen: Alignment | None, match: Match | None,
                    also: tuple[Match, ...], sources: Sources, motion_text: str = "",
                    own_words_bracket: str | None = None,
                    facts: MotionFacts = MotionFacts()) -> QuoteResult:
    """The verdicts on one quotation, its reasons, what its note says (Said, put in words at
    the edges) and its suggested correction.

    `citation` is the quotation's as the check reads it (a named document that is not indexed
    dropped when it gives a paragraph); `item` a table or figure it cites ("Table 1");
    `chosen`/`match` the best place its words were found and `also` the equally good others;
    `own_words_bracket` is the motion's citation that is not taken as the quotation's (it
    closes the motion's own words); `facts` what the whole motion shows.
    """
    verdict, words_said = judge_words(quote, chosen, match, sources)
    if verdict is Verdict.PARAPHRASE:
        # (only a cited paragraph or page pins the passage: "the letter" names a whole
        # document, whose nearest passage is no more the one quoted than any other)
        pinned = bool(citation.sections or citation.pages) and \
            covers(citation, cited_document, match)
        lead = motion_surroundings(motion_text, quotation.start, quotation.end)[0] \
            if motion_text else ""
        verdict, words_said = judge_meaning(quotation.text, match, sources, pinned, words_said,
                                            lead)
    # The motion cites paragraphs no selected source has: the report it quotes is not indexed,
    # so words near it elsewhere (another report, the letter) prove nothing against it (issue 8:
    # the Tower Hamlets motion against the letter alone).
    unknown = unknown_sections(citation, sources.corpus)
    source_absent = source_not_indexed(citation, sources.corpus)
    if source_absent and verdict in (Verdict.MISQUOTE, Verdict.PARAPHRASE) and match is not None:
        words_said = Said(Note.NEAREST_NOT_CITED, (match,))
        verdict, chosen, match, also = Verdict.NOT_FOUND, None, None, ()
    # What the motion's unconfirmed citations change in this quotation's verdicts.
    unconfirmed = facts.report_not_indexed and verdict in (Verdict.MISQUOTE, Verdict.PARAPHRASE)
    if unconfirmed:
        words_said = Said(Note.NEAREST, (match,) if match is not None else ())
        verdict = Verdict.NOT_FOUND
    if verdict is Verdict.NOT_FOUND:
        chosen, match, also = None, None, ()
    cited_unnumbered = cited_document is not None and \
        not numbers_paragraphs(sources.corpus, cited_document.id)
    if cited_document is None and letter_counted(citation, match, sources.corpus):
        # "(paragraph 3)", no document named, of words in the letter: the letter's paragraph
        # counted as the letter is cited by name (issue 21: a right count was called wrong,
        # read as the report's chapter 3)
        cited_document = next(d for d in sources.corpus.documents if d.id == match.document_id)
        cited_unnumbered = True
    citation_verdict, citation_said = judge_citation(
        citation, cited_document, verdict, match, own_words_bracket, cited_unnumbered,
        letter_paragraph_number(sources.corpus, match) if cited_unnumbered else None)
    if item is not None and citation.is_empty:
        citation_verdict, citation_said = judge_item_citation(item, verdict, match, sources)
    if source_absent and match is not None and citation_verdict is CitationVerdict.WRONG \
            and not numbered_alike(citation, match):
        citation_verdict = CitationVerdict.UNVERIFIABLE
        citation_said = (Said(Note.CITATION_UNCHECKABLE, (match,)),)
    if citation_verdict is CitationVerdict.WRONG and match is not None and \
            paragraph_on_cited_page(citation, match, sources):
        # "(p. 14)" for words of a paragraph that begins on page 14 and ends on 15: the page
        # where the paragraph starts is how many writers cite it (issue 21: never wrong)
        citation_verdict = CitationVerdict.UNVERIFIABLE
        citation_said = (Said(Note.CITATION_UNCHECKABLE, (match,)),)
    if citation_verdict is CitationVerdict.WRONG and match is not None and \
            number_maybe_missed(citation, match, sources.corpus):
        # "(para 3.5)" for words the reader stored in 3.4 when it stored no 3.5: a number it
        # missed joins that paragraph's words to the one before, so the citation may be right
        # (issue 21: a false "wrong" is a false accusation); it cannot be checked
        citation_verdict = CitationVerdict.UNVERIFIABLE
        citation_said = (Said(Note.CITATION_UNCHECKABLE, (match,)),)
    if facts.report_not_indexed and citation_verdict is CitationVerdict.WRONG:
        citation_verdict, unconfirmed = CitationVerdict.UNVERIFIABLE, True
    if citation_verdict is CitationVerdict.UNVERIFIABLE and match is None and (
            source_absent or citation.document and cited_document is None):
        citation_said = absent_said(citation, unknown)
    said = [words_said, *citation_said]
    if unconfirmed:
        said.append(Said(Note.REPORT_NOT_INDEXED))
    if own_words_bracket is not None and citation_verdict is not CitationVerdict.MISSING:
        said.insert(0, Said(Note.BRACKET_BACKS_OWN_WORDS, words=(own_words_bracket,)))
    if also and verdict in (Verdict.VERBATIM, Verdict.MINOR):
        said.append(Said(Note.ALSO_AT, also[:3]))
    suggestion = suggest(verdict, citation_verdict, match, citation)
    context = None
    if verdict in (Verdict.VERBATIM, Verdict.MINOR, Verdict.MISQUOTE) and match is not None \
            and match.method != "semantic" and motion_text:
        lead, tail = motion_surroundings(motion_text, quotation.start, quotation.end)

        def context_at(m):
            return dropped_context(paragraph_of_match(m, sources).text, m.span_start,
                                   m.span_end, lead, tail)
        context = context_at(match)
        if context is not None and any(context_at(m) is None for m in also):
            # The same words stand elsewhere in the report in its own voice (3.4's "we found
            # the scrutiny function weak and confused" beside 5.12's members' words).
            context = None
    if context is not None:
        # (what may change the words' meaning, not surely: a note to read the sentence whole)
        said.append(Said(CONTEXT_NOTES[context.kind] if context.certain else Note.CONTEXT_NOTED,
                         words=(context.words,)))
        if verdict in (Verdict.VERBATIM, Verdict.MINOR) and context.certain:
            # The words are the source's; what they leave out changes what they say.
            verdict = Verdict.OUT_OF_CONTEXT
    if suggestion:
        said.append(Said(Note.SUGGESTED_EACH if match.method == "splice" else Note.SUGGESTED,
                         words=(suggestion,)))
    reasons = [VERDICT_REASONS[verdict] if context is None or verdict is not
               Verdict.OUT_OF_CONTEXT else CONTEXT_REASONS[context.kind]]
    if verdict is Verdict.MISQUOTE and match is not None and match.method == "splice":
        reasons = [Reason.PASSAGES_STITCHED]
    if context is not None and verdict is not Verdict.OUT_OF_CONTEXT:
        reasons.append(CONTEXT_REASONS[context.kind])
    reasons.append(CITATION_REASONS[citation_verdict])
    if own_words_bracket is not None:
        reasons.append(Reason.CITATION_BACKS_OWN_WORDS)
    if also and verdict in SOURCE_WORDS:
        reasons.append(Reason.ALSO_ELSEWHERE)
    if unconfirmed:
        reasons.append(Reason.QUOTED_REPORT_NOT_INDEXED)
    if match is not None and match.section is None and \
            not numbers_paragraphs(sources.corpus, match.document_id):
        # where the words are in a letter, as its paragraphs are cited: by their count
        match = replace(match, counted=letter_paragraph_number(sources.corpus, match))
    return QuoteResult(quotation=quotation, verdict=verdict, citation=citation_verdict,
                       found=match, differences=chosen.differences if chosen else (),
                       also_found=also, suggestion=suggestion, reasons=tuple(reasons),
                       said=tuple(said))


def number_maybe_missed(citation: Citation, match: Match, corpus) -> bool:
    """Whether a cited paragraph number the sources lack ("3.5") comes straight after the one
    whose words the match holds ("3.4", or a paragraph the words run on into): a reader that
    missed the number kept its paragraph's words in the one before."""
    sections = annex_sections(citation)
    if not sections or citation.pages or citation.page_labels or corpus.known_sections(sections):
        return False
    held = {s for s in (match.section, *match.continued) if s}
    for s in sections:
        head, _, last = s.rpartition(".")
        if head and last.isdigit() and int(last) >= 2 and f"{head}.{int(last) - 1}" in held:
            return True
        if not head and s.isdigit() and int(s) >= 2 and str(int(s) - 1) in held:
            return True     # a report numbered straight through: "(48)" for words in 47
    return False


def paragraph_on_cited_page(citation: Citation, match: Match, sources: Sources) -> bool:
    """Whether a citation of pages only names a page that the paragraph holding the words is
    on (it runs over two pages, and the words are on the other), by the PDF's count or the
    number printed on the page."""
    if citation.sections or citation.footnotes or not (citation.pages or citation.page_labels):
        return False
    paragraph = paragraph_of_match(match, sources)
    pages = {page for _, page in paragraph.page_starts} | {paragraph.first_page}
    pages.discard(0)
    document = next((d for d in sources.corpus.documents if d.id == match.document_id), None)
    labels = getattr(document, "page_labels", ()) or ()
    printed = {labels[p - 1] for p in pages if 0 < p <= len(labels) and labels[p - 1]}
    return any(p in pages or str(p) in printed for p in citation.pages) or \
        any(label in printed for label in citation.page_labels)


def numbers_paragraphs(corpus, document_id: str) -> bool:
    """Whether the document numbers any of its paragraphs ("3.4", "87"): a letter does not."""
    text = corpus.document_text(document_id)
    return text is not None and any((p.section or "")[:1].isdigit() for p in text.paragraphs)


def letter_counted(citation: Citation, match: Match | None, corpus) -> bool:
    """Whether a citation naming no document, only whole numbers ("(paragraph 3)"), is to be
    read as a count of the paragraphs of the letter its words are in: the letter numbers no
    paragraph, and either its count from "Dear …," gives a cited number or no indexed
    paragraph is numbered as cited (so the number cannot be the report's paragraph). When the
    count disagrees and the report has such a paragraph, the citation is the report's, and
    judged so."""
    if match is None or citation.document or citation.pages or citation.page_labels or \
            citation.footnotes or not citation.sections or \
            not all(s.isdigit() for s in citation.sections) or \
            numbers_paragraphs(corpus, match.document_id):
        return False
    counted = letter_paragraph_number(corpus, match)
    if counted is None:
        return False
    return str(counted) in citation.sections or \
        not corpus.numbered_paragraphs(citation.sections)


def letter_paragraph_number(corpus, match: Match | None) -> int | None:
    """The paragraph's number in its letter as a reader counts them from "Dear …," (issue 20),
    or None: no match, or a document with no salutation to count from."""
    if match is None:
        return None
    text = corpus.document_text(match.document_id)
    if text is None:
        return None
    return letter_paragraph_numbers(text.paragraphs).get(match.paragraph_order)


def numbered_alike(citation: Citation, match: Match) -> bool:
    """Whether the paragraph the words are in is numbered as the citation numbers (87 and 139,
    4.5 and 11.3): then a cited number the report lacks is a slip in citing the report we
    have, a wrong citation, not the mark of a report not indexed (issue 21)."""
    return match.section is not None and match.section[:1].isdigit() and all(
        s[:1].isdigit() and s.count(".") == match.section.count(".") for s in citation.sections)


VERDICT_REASONS = {
    Verdict.VERBATIM: Reason.WORDS_AS_IN_SOURCE, Verdict.MINOR: Reason.EDITS_MARKED_OR_HARMLESS,
    Verdict.MISQUOTE: Reason.WORDS_CHANGED, Verdict.PARAPHRASE: Reason.MEANING_IN_OTHER_WORDS,
    Verdict.NOT_FOUND: Reason.NOT_IN_THE_SOURCES,
}
CONTEXT_REASONS = {ContextKind.DENIAL: Reason.DENIAL_LEFT_OUT,
                   ContextKind.ATTRIBUTION: Reason.ATTRIBUTION_LEFT_OUT,
                   ContextKind.CONDITION: Reason.CONDITION_LEFT_OUT,
                   ContextKind.QUALIFICATION: Reason.QUALIFICATION_LEFT_OUT}
CITATION_REASONS = {
    CitationVerdict.CORRECT: Reason.CITED_PLACE_HOLDS_THEM,
    CitationVerdict.WRONG: Reason.CITED_PLACE_DOES_NOT,
    CitationVerdict.MISSING: Reason.NOTHING_CITED,
    CitationVerdict.UNVERIFIABLE: Reason.CITATION_NOT_CHECKABLE,
}
CONTEXT_NOTES = {ContextKind.DENIAL: Note.DENIAL_LEFT_OUT,
                 ContextKind.ATTRIBUTION: Note.ATTRIBUTION_LEFT_OUT,
                 ContextKind.CONDITION: Note.CONDITION_LEFT_OUT,
                 ContextKind.QUALIFICATION: Note.QUALIFICATION_LEFT_OUT}

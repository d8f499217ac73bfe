"""Check a motion against indexed sources: the one function a CLI, a web request or a batch
worker calls.

    check_motion(motion, session) ->
        find_quotations → the session's Corpus of the chosen documents → for each quotation:
        find_alignments → choose (the cited place first) → judge_quotation (its verdict,
        citation verdict, reasons and suggestion: verifier.judging.quotation)
        → keep outer quotation or its inner fragments
        → check_claims: the statements outside quotation marks (verifier.judging.claim_check)
        → CheckReport
"""

from __future__ import annotations

import functools
import re
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from index import Document, Index
from verifier.judging.claim_check import check_claims, claim_unconfirmed
from verifier.search.documents import (COVER_PARAGRAPHS, names_another_document,
                                       resolve_document, source_format)
from verifier.errors import NoSources, OverLimit
from verifier.search.matching import (Alignment, Sources, find_alignments, prepare, to_match)
from verifier.models import (CheckReport, Citation, CitationVerdict, Motion, Quotation,
                             QuoteResult, SourceInfo, Verdict)
from verifier.reading.quotations import find_quotations, number_quotations
from verifier.search.session import Session, open_session
from verifier.judging.quotation import SOURCE_WORDS, MotionFacts, judge_quotation
from verifier.judging.verdicts import (LETTER_NAME, REPORT_ITEM, UNLETTERED_ANNEX,
                                       annex_sections,
                                       chapter_of_part, carrying_sentences, covers,
                                       item_place, part_sections, sources_unconfirmed,
                                       straight_through)
from verifier.words import PART_NAME, tokenize

# Alignments scoring within this of the best are equally good places; the cited one is chosen.
TIE_MARGIN = 0.02
# An outer quotation that is misquoted but whose words outside its inner quotes are this much
# the source's is the source's words (with edits), not the motion's words wrapped round
# quoted fragments.
OUTER_OWN_WORDS_COVERAGE = 0.75
# How many other places a short phrase found all over the report is reported at.
MAX_ALSO_FOUND = 5
# How many nearest chunks the search by meaning considers.
SEMANTIC_K = 5


def check_motion(motion: Motion, session: Session | Index | str | Path,
                 document_ids: list[str] | None = None,
                 model_path: str | None = None, deadline: float | None = None) -> CheckReport:
    """Check every quotation in `motion` against the documents of the session's index (all,
    or those named).

    `session` is this process's `open_session(...)`; an Index or a directory is taken to mean
    the process's session for it (with `model_path`), so the index is opened once either way.
    `deadline` (a `time.monotonic()` value, for a server's time budget): past it, raise
    OverLimit between two quotations rather than finish.
    """
    # The time the check starts, so a report passed on says when it was made (issue 25).
    checked_at = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    if not isinstance(session, Session):
        session = open_session(session, model_path)
    documents = choose_documents(session, document_ids)
    corpus = session.corpus(documents)
    sources = Sources(corpus, _Meaning(session, documents))
    quotations = find_quotations(motion.text)
    located: dict = {}
    results = []
    for q in quotations:
        if deadline is not None and time.monotonic() > deadline:
            raise OverLimit(f"{motion.path}: the check ran out of time after {len(results)} "
                            f"of {len(quotations)} quotations; check a shorter motion")
        results.append(check_quotation(q, sources, documents, motion.text, located=located))
    claims = check_claims(motion.text, quotations, sources, documents)
    if sources_unconfirmed(keep_outer_or_inner(results), claims):
        # Another council's report, or the letter alone: its near sentences accuse nothing.
        # The one judge decides again with that fact; where the words are is not looked up
        # again.
        facts = MotionFacts(report_not_indexed=True)
        results = [check_quotation(q, sources, documents, motion.text, facts, located)
                   for q in quotations]
        claims = tuple(claim_unconfirmed(c) for c in claims)
    numbers = dict(zip(map(id, results), number_quotations(quotations)))
    results = keep_outer_or_inner(results)
    labels = tuple(numbers[id(r)] for r in results)
    infos = tuple(SourceInfo(d.id, d.title, d.pages, d.sha256, source_format(d.reader, d.file))
                  for d in documents)
    return CheckReport(motion.path, len(motion.text), infos, tuple(results), labels=labels,
                       claims=claims, repairs=motion.repairs, checked_at=checked_at)


def choose_documents(session: Session | Index,
                     document_ids: list[str] | None) -> tuple[Document, ...]:
    """The session's documents (all, or those named, in that order); an Index means this
    process's session for it.

    Raises:
        NoSources: the index is empty, or a named document is not in it.
    """
    if not isinstance(session, Session):
        session = open_session(session)
    path = session.index.path
    documents = session.documents()
    if not documents:
        raise NoSources(f"{path}: the index holds no documents; add one with "
                        "`verifier index add REPORT.pdf` or pass --source REPORT.pdf")
    if document_ids:
        by_id = {d.id: d for d in documents}
        missing = [i for i in document_ids if i not in by_id]
        if missing:
            raise NoSources(f"{path}: no document {', '.join(missing)} in the index "
                            f"(it has {', '.join(by_id)})")
        documents = tuple(by_id[i] for i in document_ids)
    return documents


class _Meaning:
    """Search by meaning among one check's documents, through the session's model."""

    def __init__(self, session: Session, documents: tuple[Document, ...]):
        self.session = session
        self.ids = [d.id for d in documents]

    def search(self, text: str) -> list:
        return self.session.search(text, k=SEMANTIC_K, document_ids=self.ids)

    def similarities(self, text: str, passages: list[str], places=None) -> list[float]:
        return self.session.similarities(text, passages, places)

    def pin(self, key: str, passages: list[str]) -> None:
        self.session.pin_passages(key, passages)

    def embed(self, texts: list[str]) -> None:
        self.session.embed(texts)


def check_quotation(quotation: Quotation, sources: Sources,
                    documents: tuple[Document, ...], motion_text: str = "",
                    facts: MotionFacts = MotionFacts(),
                    located: dict | None = None) -> QuoteResult:
    """Find one quotation in the sources and judge its words and its citation, with what the
    motion as a whole shows (`facts`).

    A citation that closes the sentence after words of the motion's own (`after_clause`), or a
    letter named in an earlier sentence (`carried`), is the quotation's only if it points where
    the words are; else it is taken to back those words (or not to be about these), and the
    quotation is judged as uncited (never 'wrong' on a citation not its own).
    `located` keeps where each quotation's words were found, for judging it again.
    """
    located = {} if located is None else located
    # "(47)": a paragraph of a report numbered straight through, else no citation; the result
    # shows the citation as it was taken
    quotation = replace(quotation, citation=straight_through(quotation.citation, sources.corpus))

    def judged(q: Quotation, own_words_bracket: str | None = None) -> QuoteResult:
        if q not in located:
            located[q] = locate(q, sources, documents)
        return judge_quotation(q, *located[q], sources, motion_text, own_words_bracket, facts)

    result = judged(quotation)
    if quotation.citation.after_clause and result.citation is not CitationVerdict.CORRECT:
        return judged(replace(quotation, citation=Citation()), quotation.citation.text)
    if quotation.citation.carried and result.citation is not CitationVerdict.CORRECT:
        # a letter named sentences before: the words are not in it, so it was not their source
        return judged(replace(quotation, citation=Citation()))
    return result


def locate(quotation: Quotation, sources: Sources, documents: tuple[Document, ...]) -> tuple:
    """Where the quotation's words are (the cited place first among equals), as
    judge_quotation takes them: (quote, citation, cited document, item, chosen, match, also)."""
    quote = prepare(quotation, sources.corpus)
    citation = part_sections(quotation.citation, sources.corpus.known_sections)
    cited_document = (resolve_document(citation.document, documents, sources.corpus.part_names,
                                     sources.corpus.letter_text)
                      if citation.document else None)
    if cited_document is not None and PART_NAME.fullmatch(
            re.sub(r"^the\s+", "", citation.document.strip(), flags=re.IGNORECASE)):
        # "(executive summary)" of a report whose chapter 1 is its summary: chapter 1
        by_part = chapter_of_part(citation, _paragraphs_of(sources, cited_document))
        if by_part is not citation:
            citation, cited_document = by_part, None
    item = None
    named = (citation.document or "").strip()
    if REPORT_ITEM.fullmatch(named) and not (citation.sections or citation.pages) and \
            sources.corpus.known_sections((item_place(named),)):
        # "(Table 1)" names a table the reader kept as a place of its own (issue 20): cited
        # as a paragraph is, so words that are in paragraph 3.6 are not in it (issue 23: a
        # table cell's "(Table 1)" was taken as naming the whole report, found anywhere in it).
        citation = replace(citation, document=None, sections=(item_place(named),))
        cited_document = None
    elif citation.document and cited_document is None and REPORT_ITEM.fullmatch(named):
        # "(Table 1)" names a table of a report, not a document that is missing.
        item, citation = named, replace(citation, document=None)
    if citation.document and cited_document is None and (citation.sections or citation.pages) \
            and not UNLETTERED_ANNEX.match(citation.document) \
            and not LETTER_NAME.search(citation.document):
        # "(Ofsted report, para 3.2)" names nothing indexed, but its paragraph can be checked;
        # "(Annex A, paragraph 3)", an annex the reader did not name, its paragraph A.3. Not
        # "(Annex 2, paragraph 3)": its paragraph is no paragraph 3 of the report, and with no
        # part of that name read it cannot be checked (issue 21: it was called wrong). Nor a
        # letter's paragraph ("paragraph 3 of the letter", "(Letter from SoS, para 2)") when
        # the letter is not indexed: a letter's paragraph is never the report's. A document
        # of its own ("(Peer Challenge report, para 2.5)", which the report may quote) is
        # checked so only to confirm: its paragraph 2.5 is not the report's, so it is never
        # wrong (`loose`).
        foreign = annex_sections(citation) == citation.sections and names_another_document(
            citation.document, documents, functools.partial(_opening, sources))
        citation = replace(citation, document=None, sections=annex_sections(citation),
                           loose=citation.loose or foreign)
    if cited_document is not None:
        quote = replace(quote, cited_document=cited_document.id)
    alignments = find_alignments(quote, sources) if quote.tokens else []
    chosen, match, also = choose(alignments, sources, citation, cited_document)
    if match is not None and match.method == "semantic":
        match = carrying_sentences(quotation.text, match, sources)
    return quote, citation, cited_document, item, chosen, match, also


def _opening(sources: Sources, document_id: str) -> str:
    """A document's first paragraphs (its cover), as names_another_document reads them."""
    text = sources.corpus.document_text(document_id)
    return " ".join(p.text for p in text.paragraphs[:COVER_PARAGRAPHS]) if text else ""


def _paragraphs_of(sources: Sources, document: Document):
    """The document's paragraphs as the corpus laid them out."""
    texts = sources.corpus.texts
    position = next(d for d, doc in enumerate(texts.documents) if doc.id == document.id)
    return texts[position].paragraphs


def choose(alignments: list[Alignment], sources: Sources, citation, cited_document):
    """The best alignment and its Match, preferring the cited place among equally good ones;
    and the Matches of the other equally good places (at most MAX_ALSO_FOUND)."""
    if not alignments:
        return None, None, ()
    top = max(a.score for a in alignments)
    tied = [a for a in alignments if a.score >= top - TIE_MARGIN]
    matches = [to_match(a, sources) for a in tied]
    # Among equals: the cited place; else a numbered paragraph rather than the summary that
    # repeats it (a reader cites the paragraph; the summary is a place by name, issue 20).
    ranked = sorted(range(len(tied)), key=lambda k: (
        not (not citation.is_empty and covers(citation, cited_document, matches[k])),
        matches[k].section is None or bool(PART_NAME.fullmatch(matches[k].section)), k))
    also = tuple(matches[k] for k in ranked[1:1 + MAX_ALSO_FOUND])
    return tied[ranked[0]], matches[ranked[0]], also


def keep_outer_or_inner(results: list[QuoteResult]) -> list[QuoteResult]:
    """For nested quotations, report the outer one or its inner fragments, not both.

    When the outer quotation is the source's own words (found verbatim, with minor edits, or
    misquoted but mostly there) its inner marks are part of it; otherwise the motion wraps its
    own words round quoted fragments, and the fragments are the quotations.
    """
    kept = []
    i = 0
    while i < len(results):
        outer = results[i]
        inners = []
        j = i + 1
        while j < len(results) and results[j].quotation.inner and \
                outer.quotation.start <= results[j].quotation.start < outer.quotation.end:
            inners.append(results[j])
            j += 1
        if not inners:
            kept.append(outer)
            i = j
            continue
        if _outer_is_source(outer, inners) or not any(
                r.verdict in SOURCE_WORDS for r in inners):
            kept.append(outer)
        else:
            kept.extend(inners)
        i = j
    return kept


def _outer_is_source(result: QuoteResult, inners: list[QuoteResult]) -> bool:
    """Whether the outer quotation's own words (those outside its inner quotes) are the
    source's: then it is a quotation that happens to contain quotes, not a wrapper."""
    if result.verdict in SOURCE_WORDS:
        return True
    if result.verdict is not Verdict.MISQUOTE or result.found is None:
        return False
    if result.found.method == "splice":
        return True
    q = result.quotation
    outside = [t.key for t in tokenize(q.text) if not any(
        r.quotation.start <= q.start + t.start < r.quotation.end for r in inners)]
    if not outside:
        return False
    source_words = {t.key for t in tokenize(result.found.text)}
    return sum(k in source_words for k in outside) / len(outside) >= OUTER_OWN_WORDS_COVERAGE

"""Check an agenda pack: the one function a batch worker runs, on a path and a small context.

    check_pack(path, context) ->
        read_pack (index.read_pages: the pack read once, for its items and its text)
        → split_items (agenda, "Page N" labels, "Agenda Item N" banners, headings)
        → for each item: check_motion(item text) → place each quotation (item, pack page)
        → judge whether it concerns the sources → PackResult

A pack that cannot be read or checked comes back as a PackResult with status FAILED and the
reason in plain words: a batch never stops for one pack. Nothing here starts a process or a
thread; the caller chooses the executor (verifier.batch.run).
"""

from __future__ import annotations

import bisect
import multiprocessing.util
import re
from dataclasses import dataclass, replace
from pathlib import Path

from index import ReadingProcess, SourceError, file_sha256, read_pages, set_threads
from verifier.judging.check import check_motion, choose_documents
from verifier.judging.verdicts import REPORT_ITEM
from verifier.search.documents import resolve_document
from verifier.errors import VerifierError
from verifier.models import (AgendaItem, Citation, Motion, PackClaim, PackQuote, PackResult,
                             PackStatus, QuoteResult, SourceInfo, Verdict)
from verifier.reading.meetings import read_meeting
from verifier.reading.motions import read_motion
from verifier.reading.packs import split_items, stamp_lines
from verifier.words import PART_NAME
from verifier.search.session import open_session

# Larger than any agenda pack (800 pages with scans is ~150 MB): a file this big is something
# else, and reading it would hold a worker for an hour.
MAX_PACK_BYTES = 1 << 30
# A quotation with no citation concerns the sources only when its words are theirs: misquoted
# words must still be at least this share the source's (a resident's sentence that happens to
# share a phrase with the report is not a finding).
MIN_CLOSE_SCORE = 0.8
# A quotation repeated in a pack, naming nothing as what says it, is about the sources when
# another quotation of the same words is, if it is at least this long (a short phrase quoted
# twice, "value for money", tells nothing).
MIN_REPEAT_CHARS = 24
# How far back from a quotation its sentence is looked at for what it is quoting.
CONTEXT_CHARS = 300
# This process's reading child, kept for every pack it reads (issue 23: a child started per
# pack cost about 0.1 s of CPU, a third of a 100-page pack's reading), within the same limits
# for each; it ends with the process (its stdin closes, or the kernel ends it with its parent).
_READING = ReadingProcess()
# … and closed (reaped) by it as it exits, so its CPU is the process's children's and nothing
# of it outlives the process: run at exit in a pool's worker (which runs no atexit handlers)
# as in a --jobs 1 run's or a Dask worker's own process.
multiprocessing.util.Finalize(_READING, _READING.close, exitpriority=0)

# Words before a quotation (or in its citation) that say it quotes something other than the
# indexed sources: legislation, a consultation response, the paper's own paragraphs.
_OTHER_SOURCE = re.compile(
    r"\bAct\s+(?:19|20)\d\d\b|\bRegulations\b|\bStatutory\s+Guidance\b|\bs\.\s?\d+"
    # ("section 3(1) of that Act": the Act named a sentence before, as a paper on the best
    # value duty names it, then quotes the section; issue 23)
    # (but "section 2 of this report" is the paper's own section, "of the report" the report's)
    r"|\bsection\s+\d+[A-Z]?(?:\(\w+\))*\s+of\s+(?:the|that|this)\b"
    r"(?!\s+(?:(?:\w+\s+){0,3}report|paper)\b)", re.IGNORECASE)
_OTHER_CITATION = re.compile(
    r"\bresponse\b|\brespondent|\bresident|\bappendix\b|\bthis\s+report\b|\babove\b|\bbelow\b"
    r"|\bminutes?\b|\bplan\b|\bstrategy\b|\bconstitution\b", re.IGNORECASE)
# Words before a quotation that say it quotes the inspection or the letters about it.
_SOURCE_WORDS = re.compile(
    r"\binspect(?:ion|ors?|ed|orate)\b|\bbest\s+value\s+(?:inspection|report)\b|\bBVI\b",
    re.IGNORECASE)
# Who else a sentence may give a quotation's words to, after naming the inspection: a
# petition, and residents, a consultation's respondents, a member of the council speaking
# ("the Leader said", "Councillor Ashdown told the meeting", "one resident wrote").
_OTHER_SAYER = re.compile(
    r"\b(?P<petition>petition(?:s|ers?)?)\b"
    r"|\b(?:[Rr]esidents?|[Rr]espondents?|Leader|Mayor|Chair|Councillor\s+[A-Z][\w’'-]+"
    r"|Cabinet\s+Member(?:\s+for\s+[A-Z][\w ]+?)?|Portfolio\s+Holder)\s+(?:\w+\s+){0,3}?(?:said|says|told|replied|responded|added|"
    r"described|called|stated|wrote)\b")
# The inspection named only as what cites another document: "The CIPFA guidance referred to
# by the inspectors states that “…”" quotes the guidance, not the inspection (issue 23).
_CITED_BY = re.compile(r"\b(?:referred\s+to|cited|quoted|mentioned|relied\s+(?:on|upon))\s+"
                       r"(?:by|in)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\b(?:and|but|while|whereas|although)\b")
# A document by its initials as what says the words ("the NPPF states that", "CIPFA's code
# requires"): another document unless the initials are an indexed source's alias.
_ACRONYM_SAYS = re.compile(
    r"\b[A-Z]{2,6}\b(?:’s|'s)?\s+(?:\w+\s+){0,3}?(?:says?|said|states?|stated|requires?|"
    r"provides?|sets?\s+out|defines?|puts?\s+it|calls?\s+for)\b")
# A name that a preposition governs is what the sentence is about, not what says the words:
# "the inspectors' review of the Council Plan found it “…”" is the inspectors' finding.
_OBJECT_OF = re.compile(r"\b(?:of|on|into|about|in|to|with|for)\s+(?:(?:the|our|its|their|this|"
                        r"that|his|her|a|an)\s+)?(?:(?:The|Our|Its|Their|This)\s+)?\S*\s$",
                        re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][”’\"')\]]*\s+(?=[A-Z0-9“‘\"(])|\n\s*\n")
# A document by its proper name: capitalised words ending in a kind of document ("Council Plan",
# "CIPFA Financial Management Code", "Annual Governance Statement", "Corporate Peer Challenge").
_DOCUMENT_NAME = re.compile(
    r"\b(?:[A-Z][\w’'&-]*\s+){1,6}(?:Plan|Strategy|Framework|Code|Policy|Review|Guidance|"
    r"Principles|Constitution|Protocol|Charter|Standards?|Statement|Manifesto|Handbook|"
    r"Compact|Prospectus|Challenge|Assessment|Audit)s?\b(?:\s+(?:19|20)\d\d(?:[-–/]\d{2,4})?)?")


@dataclass(frozen=True)
class BatchContext:
    """What a worker needs besides the pack's path: plain values only (it is pickled)."""

    index_dir: str
    document_ids: tuple[str, ...] | None = None
    model_path: str | None = None
    max_pack_bytes: int = MAX_PACK_BYTES
    # Threads the worker's embedding model computes with (None: every core it may use). The
    # caller owns concurrency: N workers on N cores each get one, or the model's thread pools
    # oversubscribe the cores and spin (measured: 0.5 s more CPU in 4.5 s for six dense packs).
    threads: int | None = None


@dataclass(frozen=True)
class PackText:
    """A pack as read: its pages' lines and printed numbers, and its text with a page map."""

    pages: tuple[tuple[str, ...], ...]
    labels: tuple[str | None, ...]
    text: str                       # the pages' lines joined by "\n", page after page
    page_starts: tuple[int, ...]    # offset in `text` where each page begins

    def page_at(self, offset: int) -> int:
        """The 1-based pack page of the character at `offset`."""
        return bisect.bisect_right(self.page_starts, offset)


def check_pack(path: str, context: BatchContext) -> PackResult:
    """Read, split and check one pack; a failure is returned as data, never raised."""
    try:
        sha256 = _sha256(path)
    except OSError as e:
        return PackResult(path, "", 0, PackStatus.FAILED, f"{path}: cannot be read ({e.strerror or e})")
    try:
        pack = read_pack(path, context.max_pack_bytes)
    except (SourceError, VerifierError) as e:
        return PackResult(path, sha256, 0, PackStatus.FAILED, e.message)
    try:
        items = split_items(list(pack.pages), list(pack.labels))
        sources, quotes, claims = check_items(pack, items, path, context)
    except (SourceError, VerifierError) as e:
        return PackResult(path, sha256, len(pack.pages), PackStatus.FAILED, e.message)
    meeting = read_meeting(pack.pages[0] if pack.pages else (), Path(path).name)
    return PackResult(path, sha256, len(pack.pages), PackStatus.OK, None, items, sources, quotes,
                      len(pack.text), claims, meeting)


def _sha256(path: str) -> str:
    file = Path(path)
    if not file.exists():
        raise FileNotFoundError(2, "no such file")
    if file.is_dir():
        raise IsADirectoryError(21, "is a folder, not a pack")
    return file_sha256(file)


def read_pack(path: str, max_bytes: int = MAX_PACK_BYTES) -> PackText:
    """A pack's pages: a PDF page by page (index.read_pages), any other file as one page.

    Raises:
        UnreadablePDF / UnreadableMotion: empty, corrupt, encrypted, scanned, too large.
    """
    file = Path(path)
    size = file.stat().st_size
    if size == 0:
        raise VerifierError(f"{path}: is empty")
    if size > max_bytes:
        raise VerifierError(f"{path}: is {size / 1e6:.0f} MB, too large for an agenda pack "
                            f"(the limit is {max_bytes / 1e6:.0f} MB)")
    with open(file, "rb") as f:
        is_pdf = b"%PDF-" in f.read(1024)
    if is_pdf:
        # (its lines only: no paragraph gaps, which only a source's paragraphs need)
        read = read_pages(file, process=_READING, breaks=False)
        pages = tuple(tuple(page.lines) for page in read)
        labels = tuple(page.label for page in read)
    else:
        pages = (tuple(read_motion(file).text.split("\n")),)
        labels = (None,)
    starts, at = [], 0
    for lines in pages:
        starts.append(at)
        at += len("\n".join(lines)) + 1
    text = "\n".join("\n".join(_unstamped(lines)) for lines in pages)
    return PackText(pages, labels, text, tuple(starts))


def _unstamped(lines: tuple[str, ...]) -> list[str]:
    """A page's lines for checking: each "Agenda Item 6" stamp and one line break beside it
    made spaces, offsets kept ("(paragraph⏎Agenda Item 6⏎8.5)" at a page's foot is one
    citation, "(paragraph 8.5)", not a bracket broken by a blank line)."""
    out: list[str | None] = list(lines)
    for i in stamp_lines(lines):
        blank = " " * (len(lines[i]) + 1)           # the stamp and a line break
        kept = [j for j in range(i) if out[j] is not None]
        if kept:
            out[kept[-1]] += blank
            out[i] = None
        elif i + 1 < len(out):
            out[i + 1] = blank + out[i + 1]
            out[i] = None
        else:
            out[i] = blank[:-1]
    return [line for line in out if line is not None]


def check_items(pack: PackText, items: tuple[AgendaItem, ...], path: str,
                context: BatchContext
                ) -> tuple[tuple[SourceInfo, ...], tuple[PackQuote, ...], tuple[PackClaim, ...]]:
    """Check each item's text as a motion; place and judge each quotation and claim it holds."""
    # This process's one checking session: the index opened, its words laid out and the
    # model loaded (on first need) once, however many packs the worker is given.
    if context.threads is not None:
        set_threads(context.threads)        # before the model loads; a no-op after
    session = open_session(context.index_dir, context.model_path)
    documents = choose_documents(session, list(context.document_ids) if context.document_ids
                                 else None)
    corpus = session.corpus(documents)
    parts, letters = corpus.part_names, corpus.letter_text
    sources: tuple[SourceInfo, ...] = ()
    quotes: list[PackQuote] = []
    claims: list[PackClaim] = []
    unattributed: set[int] = set()      # quotations that name nothing as what says them
    for item in items:
        start = pack.page_starts[item.first_page - 1]
        end = pack.page_starts[item.last_page] - 1 if item.last_page < len(pack.page_starts) \
            else len(pack.text)
        text = pack.text[start:end]
        if not text.strip():
            continue
        report = check_motion(Motion(path, text), session,
                              document_ids=[d.id for d in documents])
        sources = report.sources
        for result in report.results:
            concerns = concerns_sources(result, text, documents, parts, letters)
            shifted = _shift(result, start)
            quotes.append(PackQuote(shifted, item.id, pack.page_at(shifted.quotation.start),
                                    concerns))
            if not concerns and _unattributed(result, text, documents, parts, letters):
                unattributed.add(len(quotes) - 1)
        for result in report.claims:
            c = result.claim
            moved = replace(c, start=c.start + start, end=c.end + start)
            claims.append(PackClaim(replace(result, claim=moved), item.id,
                                    pack.page_at(moved.start)))
    if not sources:
        sources = tuple(SourceInfo(d.id, d.title, d.pages, d.sha256) for d in documents)
    return sources, _repeats_about_the_sources(quotes, unattributed), tuple(claims)


def _repeats_about_the_sources(quotes: list[PackQuote],
                               unattributed: set[int]) -> tuple[PackQuote, ...]:
    """The same words quoted about the sources in one place of a pack are about them where
    the pack repeats them naming nothing as what says them (no citation, no Act, document or
    speaker in the sentence): the motion as amended, the minutes of its debate (issue 23: a
    repeat without its citation was dropped as "not about the sources", while the first was
    checked). `unattributed`: the indices of such quotations."""
    about = {key for q in quotes if q.concerns_sources
             for key in [_quoted_words(q.result.quotation.text)] if len(key) >= MIN_REPEAT_CHARS}
    return tuple(replace(q, concerns_sources=True)
                 if k in unattributed and _quoted_words(q.result.quotation.text) in about else q
                 for k, q in enumerate(quotes))


def _unattributed(result: QuoteResult, text: str, documents, parts, letters) -> bool:
    """Whether a quotation names nothing as what says its words: no citation of its own, and
    no Act, document or other speaker in its sentence."""
    q = result.quotation
    if q.citation.text.strip() and not q.citation.carried:
        return False
    context = _sentence_before(text, q.start)
    return not (_OTHER_SOURCE.search(context) or _OTHER_SAYER.search(context) or
                _names_another_document(context, documents, parts, letters) or
                any(resolve_document(m.group(), documents, parts, letters) is None
                    for m in _ACRONYM_SAYS.finditer(context)))


def _quoted_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _shift(result: QuoteResult, offset: int) -> QuoteResult:
    """A result whose offsets are in the pack's text rather than its item's."""
    q = result.quotation
    c = q.citation
    citation = c if c.start < 0 else replace(c, start=c.start + offset, end=c.end + offset)
    quotation = replace(q, start=q.start + offset, end=q.end + offset, citation=citation)
    return replace(result, quotation=quotation)


def concerns_sources(result: QuoteResult, text: str, documents, parts, letters=None) -> bool:
    """Whether a quotation is about the indexed sources: a finding, not just a listed quote.

    It is when it cites an indexed document by name; or, when nothing in its citation or its
    sentence points at something else (an Act, a consultation response, the paper's own
    paragraphs), when its words are the sources' (found verbatim, with minor edits, or closely
    misquoted), when its sentence names the inspection, or when it cites a paragraph or page.
    """
    q = result.quotation
    # (a letter named sentences before is no claim that these words are the sources')
    citation = Citation() if q.citation.carried else q.citation
    if citation.document and \
            resolve_document(citation.document, documents, parts, letters) is not None:
        return True
    context = _sentence_before(text, q.start)
    # "(executive summary)", "(foreword)", "(Table 1)": a part of the report, not another
    # document (a table cell's "(Table 1)" in an action plan quotes the report's table)
    named = (citation.document or "").strip()
    other_document = named and not (PART_NAME.fullmatch(named) or REPORT_ITEM.fullmatch(named))
    if other_document or _OTHER_SOURCE.search(context) or _OTHER_SOURCE.search(citation.text) \
            or _OTHER_CITATION.search(citation.text):
        return False
    if _close_match(result) or _names_the_sources_last(context, documents, parts, letters):
        return True
    # Words not the sources', cited by a place: the place is the sources' only if the sentence
    # names no other document.
    return _cites_a_place(citation) and \
        not _names_another_document(context, documents, parts, letters)


def _names_the_sources_last(context: str, documents, parts, letters) -> bool:
    """Whether the quotation's sentence names the inspection, and nothing else is named as
    what says the words after it: "Following the inspection, our Corporate Strategy commits
    us to “…”", "The Inspectors noted the scheme; the NPPF states that “…”", "After the
    inspection report, a petition asked the Council to “…”" quote a strategy, a framework
    and a petition (issue 23: their words were taken as the report's), while "The Inspectors
    found, and the Chief Executive accepted, that “…”" is the inspection's."""
    named = [m for m in _SOURCE_WORDS.finditer(context)
             if not _CITED_BY.search(context[:m.start()])]
    if not named:
        return False
    after = context[named[-1].end():]
    # (a speaker in a clause of its own: "The Inspectors found that the Mayor told staff “…”"
    # is what the inspection found, "Responding to the inspection, the Leader said …" is not)
    if any(m.group("petition") or _CLAUSE_BREAK.search(after[:m.start()])
           for m in _OTHER_SAYER.finditer(after)):
        return False
    return not any(resolve_document(m.group(), documents, parts, letters) is None
                   and not _OBJECT_OF.search(after[:m.start()] + m.group().split()[0] + " ")
                   for m in (*_DOCUMENT_NAME.finditer(after), *_ACRONYM_SAYS.finditer(after)))


def _names_another_document(context: str, documents, parts, letters) -> bool:
    """Whether the quotation's sentence names, by a document's proper name, a document that is
    not an indexed source: "The Council Plan 2024-28 commits us to “…” (page 12)", "The
    Annual Governance Statement records that “…”", "the Corporate Peer Challenge said …"
    (a council's own plans, codes and reviews, quoted with their own page or paragraph, are no
    finding about the inspection, whatever their words)."""
    names = list(_DOCUMENT_NAME.finditer(context))
    return bool(names) and resolve_document(names[-1].group(), documents, parts,
                                            letters) is None


def _close_match(result: QuoteResult) -> bool:
    if result.found is None or result.found.method == "semantic":
        return False
    if result.verdict in (Verdict.VERBATIM, Verdict.MINOR, Verdict.OUT_OF_CONTEXT):
        return True
    return result.verdict is Verdict.MISQUOTE and result.found.score >= MIN_CLOSE_SCORE


def _cites_a_place(citation: Citation) -> bool:
    return bool(citation.sections or citation.pages or citation.page_labels or citation.footnotes)


def _sentence_before(text: str, start: int) -> str:
    """The words of a quotation's sentence before its opening mark (at most CONTEXT_CHARS)."""
    window_start = max(0, start - CONTEXT_CHARS)
    window = text[window_start:start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def count_quotations(result: PackResult) -> tuple[int, int]:
    """(quotations about the sources, other quotations) of a pack result."""
    about = sum(1 for q in result.quotes if q.concerns_sources)
    return about, len(result.quotes) - about


def failed(path: str, reason: str, sha256: str = "", pages: int = 0) -> PackResult:
    """A failed pack's result (for the reasons only the caller sees: a timeout, a worker lost)."""
    return PackResult(path, sha256, pages, PackStatus.FAILED, reason)


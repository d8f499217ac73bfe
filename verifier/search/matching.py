"""Find where a quotation's words are in the sources: lexical first, by meaning when that fails.

The matchers share one signature, `(quote, sources) -> list[Alignment]`, best first, and run
in the order of `MATCHERS`; the first that finds anything wins:
1. `match_exact`: the same words in the same order (case, punctuation, quote and dash
   styles, British/American spelling aside);
2. `match_marked`: a quotation with marked edits ("…", "[the council]") whose fragments
   occur in order, close together;
3. `match_splice`: two or more verbatim passages from different places stitched together;
4. `match_fuzzy`: the best word-level alignment against candidate passages, for words added,
   removed or changed without a mark;
5. `match_semantic`: the passage nearest in meaning (the embedding model is loaded only here).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from index import ParagraphKind
from verifier.search.corpus import Corpus, DocumentText
from verifier.models import Difference, Match, Quotation
from verifier.thresholds import MIN_CITED_PARAPHRASE_SIMILARITY, MIN_PARAPHRASE_SIMILARITY
from verifier.words import PasteSources, Token, clean_paste, tokenize, without_markers

# A marked omission: "…", "...", ". . ." (with or without spaces around).
_ELLIPSIS = re.compile(r"\s*(?:…|\.\s?\.\s?\.)\s*")
_BRACKETS = re.compile(r"\[[^\]]{0,80}\]")


def marked_edits(text: str) -> tuple[int, int]:
    """How many marked omissions ("…") and marked insertions ("[the council]") a quotation has."""
    return len(_ELLIPSIS.findall(text)), len(_BRACKETS.findall(text))
# Fragments either side of "…" must lie this close (in words): an omission inside a passage,
# not two passages from different chapters.
MAX_ELLIPSIS_GAP = 250
# Editorial [words] stand in for at most this many source words.
MAX_BRACKET_GAP = 8
# A splice is made of runs at least this long; shorter runs occur anywhere by chance.
MIN_SPLICE_RUN = 4
# Parts of a splice must cover this share of the quotation's words (the rest are the glue
# words a splicer adds: "… inquorate and the risk register …").
MIN_SPLICE_COVERAGE = 0.8
# A fuzzy alignment is "the passage, altered" only when the passage carries most of the
# quotation (issue 8: a wrong "misquote" is the worst thing we can say). Measured with every
# fuzzy alignment over tests/test_check.py, examples/cases and the Tower Hamlets motion checked
# against the letter alone: real misquotes (a word changed, a negation added or dropped, a number
# changed, a clause cut) have 0.82-1.0 of the quotation's words in order; the Tower Hamlets
# sentence against the letter, which shares only "lack of trust between councillors, officers and
# partners ... and decision-making", 0.55. So the band starts between the two.
MIN_FUZZY_COVERAGE = 0.7
# Up to this coverage the words the quotation puts in place of the source's must be a slip, not
# another sentence: the longest run of changed words (quotation words standing where different
# source words stand) was at most 2 in every real misquote measured ("twelve" for "eleven",
# "should" for "must"), 7 in the Tower Hamlets overlap ("is extremely worrying ..." where the
# letter has "a reluctance among staff to raise concerns").
MAX_CHANGED_RUN = 3
MIN_COVERAGE_ANY_CHANGE = 0.85
# Below the band, only a long passage quoted whole with words of the motion's own added ("sound
# in the short term but heading for a cliff edge", coverage 0.45): a long verbatim run, and the
# aligned source span is all there (this share of its words matched; the overlap above: 0.67),
# and it is the paragraph cited: "Most directors told us they did not feel able to give candid
# advice …" (cited 4.42) shares a whole clause with 4.41 and is no misquote of it.
MIN_FUZZY_COVERAGE_WITH_RUN = 0.45
MIN_FUZZY_RUN = 5
MIN_ADDED_DENSITY = 0.9
# And the aligned source span must not be much longer than the quotation: matched words
# scattered over a long passage are a paraphrase borrowing its vocabulary. (2·matched /
# (quote words + span words); one changed word in twenty scores 0.95, ten words dropped 0.8.)
MIN_FUZZY_SCORE = 0.6
# An edge block of at most this many words, reached by skipping at least this many more source
# words than quotation words, is a chance repeat, not part of the passage.
MAX_STRAY_BLOCK = 2
MIN_STRAY_SKIP = 3
# Source words beyond the quotation's own count searched beside a span whose stray edge block
# was dropped (fewer than MIN_STRAY_SKIP, so what is found there is never stray itself).
EDGE_SLACK = 2
# Words this common are left out when voting for candidate passages: they are everywhere.
COMMON_WORD_SHARE = 0.01
# How many candidate passages per quotation get a full alignment.
FUZZY_CANDIDATES = 6
# Tokens of one candidate bucket: a quotation's words vote for the bucket of starts they imply.
VOTE_BUCKET = 6
# Past this many occurrences of a quotation's rarer words in all, only the rarest vote (at
# least MIN_VOTERS of them), and the VOTE_POOL buckets they rank first are scored by them all.
# One 150-page report's quotations come to 800-2,500 occurrences: exact there, and bounded
# however many reports an index holds.
VOTE_BUDGET = 8000
MIN_VOTERS = 3
VOTE_POOL = 40
# The cut-offs on similarity in meaning: verifier/thresholds.py.


@dataclass(frozen=True)
class QuoteText:
    """A quotation prepared for matching: its tokens and its fragments between marked edits."""

    quotation: Quotation
    tokens: tuple[Token, ...]
    fragments: tuple[tuple[Token, ...], ...]   # runs between "…" or "[…]"
    gaps: tuple[int, ...]                      # max source words allowed before fragment k+1
    marked: bool                               # has "…" or [brackets]
    text: str = ""                             # the quotation cleaned of paste artefacts;
                                               # tokens' spans index into it
    cited_document: str | None = None          # id of the document its citation names

    @property
    def keys(self) -> list[str]:
        return [t.key for t in self.tokens]


def prepare(quotation: Quotation, sources: PasteSources | None = None) -> QuoteText:
    """The quotation's words, less the artefacts of a paste from the PDF (words.clean_paste;
    `sources`, the corpus, hold the words and furniture it is cleaned against)."""
    text = clean_paste(quotation.text, sources)
    fragments: list[tuple[Token, ...]] = []
    gaps: list[int] = []
    pos = 0
    marks = sorted([(m.start(), m.end(), MAX_ELLIPSIS_GAP) for m in _ELLIPSIS.finditer(text)]
                   + [(m.start(), m.end(), MAX_BRACKET_GAP) for m in _BRACKETS.finditer(text)])
    for start, end, gap in marks:
        if start < pos:
            continue
        piece = tuple(without_markers(tokenize(text[pos:start]), text[pos:start]))
        piece = tuple(Token(t.text, t.key, t.start + pos, t.end + pos) for t in piece)
        if piece:
            fragments.append(piece)
            gaps.append(gap)
        elif gaps:
            gaps[-1] = max(gaps[-1], gap)
        pos = end
    tail = tuple(Token(t.text, t.key, t.start + pos, t.end + pos)
                 for t in without_markers(tokenize(text[pos:]), text[pos:]))
    if tail:
        fragments.append(tail)
    tokens = tuple(t for f in fragments for t in f)
    return QuoteText(quotation, tokens, tuple(fragments), tuple(gaps[:max(len(fragments) - 1, 0)]),
                     bool(marks), text)


@dataclass(frozen=True)
class Alignment:
    """One place the quotation's words were found, with what differs."""

    document_index: int
    token_start: int            # source token range [start, end)
    token_end: int
    method: str                 # exact | marked | splice | fuzzy | semantic
    coverage: float             # share of the quotation's words found in order (0-1)
    score: float                # 0-1, for ranking and for the JSON
    differences: tuple[Difference, ...] = ()
    parts: tuple[tuple[int, int, int], ...] = ()   # (document_index, start, end) of each part
    paragraph_order: int | None = None             # semantic hits point at a paragraph
    chunk_text: str = ""


class Sources:
    """What the matchers search: the corpus, and search by meaning (model loaded on first use).

    `meaning` offers `search(text) -> [ChunkHit]` over the index and
    `similarities(text, passages) -> [float]` against given passages.
    """

    def __init__(self, corpus: Corpus, meaning=None):
        self.corpus = corpus
        self.meaning = meaning

    def search_by_meaning(self, text: str) -> list:
        return self.meaning.search(text) if self.meaning else []

    def similarities(self, text: str, passages: list[str],
                     places: list[tuple[str, int]] | None = None) -> list[float]:
        """Similarity of `text` to each passage; `places` (document id, paragraph order) say
        they are whole paragraphs, so stored vectors may stand in for embedding them."""
        if not self.meaning or not passages:
            return []
        if places is None:
            return self.meaning.similarities(text, passages)
        return self.meaning.similarities(text, passages, places)


# ---------------------------------------------------------------- 1. exact

def match_exact(quote: QuoteText, sources: Sources) -> list[Alignment]:
    if quote.marked or not quote.tokens:
        return []
    keys = quote.keys
    corpus = sources.corpus
    found = []
    for d in corpus.documents_with_run(keys):       # only where the words line up
        for start in corpus.texts[d].find_run(keys):
            found.append(Alignment(d, start, start + len(keys), "exact", 1.0, 1.0))
    return found


# ---------------------------------------------------------------- 2. marked edits

def match_marked(quote: QuoteText, sources: Sources) -> list[Alignment]:
    if not quote.marked or not quote.fragments:
        return []
    first = [t.key for t in quote.fragments[0]]
    corpus = sources.corpus
    found = []
    for d in corpus.documents_with_run(first):
        text = corpus.texts[d]
        for start in text.find_run(first):
            end = start + len(first)
            parts = [(d, start, end)]
            for k, fragment in enumerate(quote.fragments[1:]):
                keys = [t.key for t in fragment]
                limit = end + quote.gaps[k]
                nxt = next((s for s in text.find_run(keys, end) if s <= limit), None)
                if nxt is None:
                    break
                end = nxt + len(keys)
                parts.append((d, nxt, end))
            else:
                found.append(Alignment(d, start, end, "marked", 1.0, 1.0, parts=tuple(parts)))
    return found


# ---------------------------------------------------------------- 3. splice

def match_splice(quote: QuoteText, sources: Sources) -> list[Alignment]:
    """Maximal verbatim runs, left to right; two or more from separate places make a splice."""
    keys = quote.keys
    if len(keys) < 2 * MIN_SPLICE_RUN:
        return []
    corpus = sources.corpus
    runs: list[tuple[int, int, int, int]] = []   # (q_start, q_end, doc, source_start)
    # Words no run covers, past which the runs cannot reach MIN_SPLICE_COVERAGE: a paraphrase
    # stops being searched for runs after its first few uncovered words, not at its end.
    most_missed = len(keys) - MIN_SPLICE_COVERAGE * len(keys)
    missed = 0
    i = 0
    while i < len(keys):
        if missed > most_missed:
            return []
        best = None
        # The longest verbatim run from word i in each document that holds one, from the
        # stored postings: the first document wins a tie, the run's first occurrence is used.
        for d, (n, start) in sorted(corpus.longest_runs(keys[i:], MIN_SPLICE_RUN).items()):
            if best is None or n > best[0]:
                best = (n, d, start)
        if best is None:
            i += 1
            missed += 1
            continue
        n, d, s = best
        runs.append((i, i + n, d, s))
        i += n
    covered = sum(q_end - q_start for q_start, q_end, _, _ in runs)
    if len(runs) < 2 or covered < MIN_SPLICE_COVERAGE * len(keys):
        return []
    separate = any(not (b[2] == a[2] and 0 <= b[3] - (a[3] + a[1] - a[0]) <= 3)
                   for a, b in zip(runs, runs[1:]))
    if not separate:
        return []
    parts = tuple((d, s, s + (q_end - q_start)) for q_start, q_end, d, s in runs)
    d0, s0, e0 = parts[0]
    return [Alignment(d0, s0, e0, "splice", covered / len(keys), covered / len(keys), parts=parts)]


# ---------------------------------------------------------------- 4. fuzzy

def match_fuzzy(quote: QuoteText, sources: Sources) -> list[Alignment]:
    keys = quote.keys
    if len(keys) < 3:
        return []
    corpus = sources.corpus
    found = []
    for d, start in _candidate_starts(quote, corpus):
        text = corpus.texts[d]
        lo = max(0, start - 8)
        hi = min(len(text.tokens), start + len(keys) + len(keys) // 2 + 8)
        # Align within one paragraph at a time: a heading or the end of the paragraph before
        # must not lend the quotation a stray word.
        for p_lo, p_hi in _paragraph_runs(text, lo, hi):
            window = [t.key for t in text.tokens[p_lo:p_hi]]
            alignment = _align(quote, keys, window, d, p_lo, text)
            if alignment is not None:
                found.append(alignment)
    found.sort(key=lambda a: -a.score)
    # The same passage reached from two candidate starts is one place.
    unique, seen = [], set()
    for a in found:
        if (a.document_index, a.token_start) not in seen:
            seen.add((a.document_index, a.token_start))
            unique.append(a)
    return unique


def _paragraph_runs(text: DocumentText, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split the token range [lo, hi) where the paragraph changes."""
    runs, start = [], lo
    for t in range(lo + 1, hi):
        if text.token_paragraph[t] != text.token_paragraph[t - 1]:
            runs.append((start, t))
            start = t
    runs.append((start, hi))
    return runs


def _candidate_starts(quote: QuoteText, corpus: Corpus) -> list[tuple[int, int]]:
    """Where the quotation's rarer words line up: votes on (document, start) diagonals.

    Each rarer word votes its idf for the bucket of starts its every occurrence implies; the
    FUZZY_CANDIDATES buckets with most votes win, ties to the bucket voted for first (words in
    quotation order, then documents, then positions). Summed with numpy in that same order.

    Past VOTE_BUDGET occurrences (an index of many reports sharing a vocabulary) only the
    rarest words vote, so the cost stays that of the budget; the VOTE_POOL buckets they rank
    first are then scored again by every rarer word, and the best FUZZY_CANDIDATES of those
    win: the same vote, counted only where the rarest words point.
    """
    import numpy as np

    keys = quote.keys
    counts = corpus.counts(keys)
    frequency = {k: sum(counts[k].values()) for k in dict.fromkeys(keys) if counts[k]}
    # Only the rarer words' positions are read (from the index's stored postings).
    ceiling = max(COMMON_WORD_SHARE * corpus.total_tokens, 50)
    rare = [k for k, n in frequency.items() if n <= ceiling]
    voters = set(rare)
    if sum(frequency[k] for k in rare) > VOTE_BUDGET:
        voters, spent = set(), 0
        for k in sorted(rare, key=lambda k: (frequency[k], keys.index(k))):
            if spent + frequency[k] > VOTE_BUDGET and len(voters) >= MIN_VOTERS:
                break
            voters.add(k)
            spent += frequency[k]
    arrays = corpus.position_arrays(voters)
    codes, weights = [], []
    for i, key in enumerate(keys):
        if key not in arrays:
            continue
        docs, at = arrays[key]
        codes.append(docs * _SPAN + (at - i) // VOTE_BUCKET + _SPAN // 2)
        weights.append(np.full(len(at), corpus.idf(key)))
    if not codes:
        return []
    codes_all, weights_all = np.concatenate(codes), np.concatenate(weights)
    unique, first, inverse = np.unique(codes_all, return_index=True, return_inverse=True)
    votes = np.bincount(inverse.ravel(), weights=weights_all, minlength=len(unique))
    if len(voters) == len(rare):
        ranked = unique[np.lexsort((first, -votes))[:FUZZY_CANDIDATES]]
    else:
        pool = np.lexsort((first, -votes))[:VOTE_POOL]
        exact = _bucket_votes(unique[pool], keys, rare, corpus)
        ranked = unique[pool[np.lexsort((first[pool], -exact))[:FUZZY_CANDIDATES]]]
    found = []
    for code in ranked.tolist():
        d, b = divmod(code, _SPAN)
        found.append((d, max(0, (b - _SPAN // 2) * VOTE_BUCKET)))
    return found


# Bucket codes of one document never reach the next's.
_SPAN = 1 << 32


def _bucket_votes(buckets, keys: list[str], rare: list[str], corpus: Corpus):
    """The vote of every rarer word for each of these bucket codes (as `_candidate_starts`
    counts it), from two binary searches a word: its occurrences in the bucket's window."""
    import numpy as np

    docs, b = np.divmod(buckets, _SPAN)
    first_start = (b - _SPAN // 2) * VOTE_BUCKET
    votes = np.zeros(len(buckets))
    rare = set(rare)
    for i, key in enumerate(keys):
        if key in rare:
            # (at - i) // VOTE_BUCKET == bucket  ⇔  at in [start + i, start + i + VOTE_BUCKET)
            inside = corpus.occurrences_between(key, docs, first_start + i,
                                                first_start + i + VOTE_BUCKET)
            votes += inside * corpus.idf(key)
    return votes


def _align(quote: QuoteText, keys: list[str], window: list[str], d: int, offset: int,
           text: DocumentText) -> Alignment | None:
    blocks = [op for op in Indel.opcodes(keys, window) if op.tag == "equal"]
    if not blocks:
        return None
    kept = _trim_stray_edges(blocks, len(keys))
    s_start, s_end = kept[0].dest_start, kept[-1].dest_end
    # The quotation's words of a dropped stray block may stand right beside the kept span:
    # "The Authority's finances …" tied "the Authority" to an earlier "the Authority needs"
    # in the window, not to the one just before "'s finances". Look for them there.
    lo = max(0, s_start - kept[0].src_start - EDGE_SLACK) if kept[0] is not blocks[0] \
        else s_start
    hi = min(len(window), s_end + len(keys) - kept[-1].src_end + EDGE_SLACK) \
        if kept[-1] is not blocks[-1] else s_end
    if (lo, hi) != (s_start, s_end):
        near = [op for op in Indel.opcodes(keys, window[lo:hi]) if op.tag == "equal"]
        # The reach may take in the very stray block just dropped ("… short term" then "for"
        # five words on, in "sound in the short term but heading for a cliff edge"): drop it
        # again.
        near = _trim_stray_edges(near, len(keys))
        s_start, s_end = lo + near[0].dest_start, lo + near[-1].dest_end
    # Align again within the chosen span, so words tied to a dropped stray block count as
    # the motion's additions.
    ops = Indel.opcodes(keys, window[s_start:s_end])
    equal = [op for op in ops if op.tag == "equal"]
    matched = sum(op.src_end - op.src_start for op in equal)
    longest = max((op.src_end - op.src_start for op in equal), default=0)
    coverage = matched / len(keys)
    density = matched / max(s_end - s_start, 1)
    # Words the quotation has beyond either end of the span stand where the rest of the
    # source's sentence stands, if it goes on: "… and partners has been overcome by …" for
    # "… and partners is extremely worrying …" is a change, not an addition.
    edges = (min(_edge_words(ops, first=True), _sentence_rest(text, offset + s_start, -1)),
             min(_edge_words(ops, first=False), _sentence_rest(text, offset + s_end - 1, 1)))
    if not carries_quotation(coverage, longest, density, max(_longest_change(ops), *edges),
                             _cited(quote, text, offset + s_start)):
        return None
    score = 2 * matched / (len(keys) + s_end - s_start)
    if score < MIN_FUZZY_SCORE:
        return None
    # Shown and compared, the passage takes in the source words that stand where the
    # quotation's edge words stand (as `edges` counted them): "… at least two independent
    # members" against "… at least one independent member" changes 'member', it does not add
    # 'members' to a passage cut at "independent", and a misspelt last word is a misspelling.
    grow_back = min(edges[0], s_start)
    grow_on = min(edges[1], len(window) - s_end)
    if grow_back or grow_on:
        s_start, s_end = s_start - grow_back, s_end + grow_on
        ops = Indel.opcodes(keys, window[s_start:s_end])
    differences = _differences(quote, text, ops, offset + s_start, 0, s_end - s_start)
    return Alignment(d, offset + s_start, offset + s_end, "fuzzy", coverage, score,
                     differences=tuple(differences))


def _edge_words(ops, first: bool) -> int:
    """Quotation words before the first aligned block (or after the last)."""
    ops = list(ops) if first else list(ops)[::-1]
    count = 0
    for op in ops:
        if op.tag == "equal":
            break
        if op.tag in ("delete", "replace"):
            count += op.src_end - op.src_start
    return count


def _sentence_rest(text: DocumentText, token: int, step: int) -> int:
    """How many words of the source's sentence lie beyond `token` (step -1: before it)."""
    paragraph = text.token_paragraph[token]
    count, t = 0, token
    while 0 <= t + step < len(text.tokens) and text.token_paragraph[t + step] == paragraph:
        a, b = (t, t + step) if step > 0 else (t + step, t)
        between = text.paragraph_of(a).text[text.tokens[a].end:text.tokens[b].start]
        if re.search(r"[.!?;:]", between):
            break
        count += 1
        t += step
    return count


def _cited(quote: QuoteText, text: DocumentText, token: int) -> bool:
    """Whether the source token lies in a paragraph (or chapter) the quotation cites."""
    section = text.paragraph_of(token).section
    return bool(section) and any(section == s or section.startswith(s + ".")
                                 for s in quote.quotation.citation.sections)


def carries_quotation(coverage: float, longest_run: int, density: float,
                      longest_change: int, cited: bool) -> bool:
    """Whether an aligned passage carries most of the quotation, so that its differences are
    the motion's changes to it (a misquote) rather than a few shared words in another sentence.

    coverage: share of the quotation's words aligned in order; longest_run: the longest verbatim
    run, in words; density: share of the aligned source span's words matched; longest_change:
    the longest run of quotation words standing where different source words stand; cited:
    the passage is in the paragraph the motion cites.
    """
    if coverage >= MIN_FUZZY_COVERAGE:
        return coverage >= MIN_COVERAGE_ANY_CHANGE or longest_change <= MAX_CHANGED_RUN
    return (cited and coverage >= MIN_FUZZY_COVERAGE_WITH_RUN and longest_run >= MIN_FUZZY_RUN
            and density >= MIN_ADDED_DENSITY and longest_change <= MAX_CHANGED_RUN)


def _longest_change(ops) -> int:
    """The longest run of quotation words put where different source words stand: between two
    aligned blocks (or an edge), min(quotation words, source words) unmatched."""
    longest = q_gap = s_gap = 0
    for op in list(ops) + [None]:
        if op is None or op.tag == "equal":
            longest = max(longest, min(q_gap, s_gap))
            q_gap = s_gap = 0
        elif op.tag == "delete":
            q_gap += op.src_end - op.src_start
        elif op.tag == "insert":
            s_gap += op.dest_end - op.dest_start
        else:
            q_gap += op.src_end - op.src_start
            s_gap += op.dest_end - op.dest_start
    return longest


def _trim_stray_edges(blocks, n_keys: int):
    """Drop a short first or last matched block that sits far from the rest in the source.

    An LCS alignment happily ties the quotation's last word to a later repeat of that word
    ("… review the resourcing of scrutiny" to "… respond to scrutiny" a line further on): a
    block of a word or two, reached by skipping many more source words than quotation words.
    """
    def stray(block, neighbour, before: bool) -> bool:
        if block.src_end - block.src_start > MAX_STRAY_BLOCK:
            return False
        if before:
            dest_gap = neighbour.dest_start - block.dest_end
            src_gap = neighbour.src_start - block.src_end
        else:
            dest_gap = block.dest_start - neighbour.dest_end
            src_gap = block.src_start - neighbour.src_end
        return dest_gap - src_gap >= MIN_STRAY_SKIP

    while len(blocks) > 1 and stray(blocks[-1], blocks[-2], before=False):
        blocks = blocks[:-1]
    while len(blocks) > 1 and stray(blocks[0], blocks[1], before=True):
        blocks = blocks[1:]
    return blocks


def _differences(quote: QuoteText, text: DocumentText, ops, offset: int,
                 s_start: int, s_end: int) -> list[Difference]:
    """Word-level differences inside the aligned span (source words outside it are not removed)."""
    q_tokens = quote.tokens
    out: list[Difference] = []
    pending_removed: list[str] = []
    pending_added: list[str] = []

    def flush():
        if pending_added and pending_removed:
            out.append(Difference("changed", " ".join(pending_added), " ".join(pending_removed)))
        elif pending_added:
            out.append(Difference("added", " ".join(pending_added), ""))
        elif pending_removed:
            out.append(Difference("removed", "", " ".join(pending_removed)))
        pending_added.clear()
        pending_removed.clear()

    for op in ops:
        if op.tag == "equal":
            flush()
            continue
        if op.tag in ("delete", "replace"):
            pending_added.extend(t.text for t in q_tokens[op.src_start:op.src_end])
        if op.tag in ("insert", "replace"):
            lo, hi = max(op.dest_start, s_start), min(op.dest_end, s_end)
            pending_removed.extend(t.text for t in text.tokens[offset + lo:offset + hi])
    flush()
    return [diff for diff in out if diff.quote or diff.source]


# ---------------------------------------------------------------- 5. by meaning

def match_semantic(quote: QuoteText, sources: Sources) -> list[Alignment]:
    """The cited paragraph if it says the same thing; else the nearest passage anywhere."""
    corpus = sources.corpus
    # "(Westfield report, para 3.4)": the cited paragraph is Westfield's 3.4, not the 3.4 of
    # every report indexed.
    cited = corpus.numbered_paragraphs(
        quote.quotation.citation.sections,
        None if quote.cited_document is None else [quote.cited_document])
    cited = [c for c in cited if not is_title(c[2])]
    if cited:
        passages = [text for _, _, text in cited]
        places = [(corpus.documents[d].id, order) for d, order, _ in cited]
        scores = sources.similarities(quote.text or quote.quotation.text, passages, places)
        best = max(range(len(scores)), key=scores.__getitem__, default=None)
        if best is not None and scores[best] >= MIN_CITED_PARAPHRASE_SIMILARITY:
            d, order, _ = cited[best]
            text = corpus.texts[d]
            p_index = text.paragraph_position(order)
            alignment = _paragraph_alignment(text, d, p_index, float(scores[best]), "")
            if alignment is not None:
                return [alignment]
    found = []
    for hit in sources.search_by_meaning(quote.text or quote.quotation.text):
        if hit.score < MIN_PARAPHRASE_SIMILARITY:
            continue
        if quote.cited_document is not None and hit.document_id != quote.cited_document:
            # Words in no source, said to be the letter's: only the letter's meaning can
            # make them a paraphrase (a near sentence of the report is no evidence the letter
            # says so).
            continue
        text = corpus.document_text(hit.document_id)
        if text is None:
            continue
        p_index = text.paragraph_position(hit.chunk.paragraph_order)
        if p_index is not None and is_title(text.paragraphs[p_index].text):
            continue
        alignment = _paragraph_alignment(text, corpus.texts.index(text), p_index,
                                         float(hit.score), hit.chunk.text)
        if alignment is not None:
            found.append(alignment)
    found.sort(key=lambda a: -a.score)
    return found


# A heading names a topic and states nothing: "Partnerships", "The council and its context",
# "Capacity to improve" sit close in meaning to any phrase on their topic (an invented "excellent
# partnership working" at 0.68), so no quotation is a paraphrase of one. A heading is short and
# has no sentence's closing punctuation.
MAX_TITLE_WORDS = 12


def is_title(text: str) -> bool:
    """Whether a paragraph's text is a heading's: at most MAX_TITLE_WORDS words, not ending as
    a sentence does."""
    stripped = text.strip().rstrip("”’\"')")
    return len(stripped.split()) <= MAX_TITLE_WORDS and not stripped.endswith(
        (".", "!", "?", ":", ";"))


def _paragraph_alignment(text: DocumentText, d: int, p_index: int | None, score: float,
                         chunk_text: str) -> Alignment | None:
    if p_index is None:
        return None
    # token_paragraph ascends: the paragraph's tokens are one run, found by bisection.
    first = bisect.bisect_left(text.token_paragraph, p_index)
    end = bisect.bisect_right(text.token_paragraph, p_index, first)
    if first == end:
        return None
    return Alignment(d, first, end, "semantic", 0.0, score,
                     paragraph_order=text.paragraphs[p_index].order, chunk_text=chunk_text)


MATCHERS = [match_exact, match_marked, match_splice, match_fuzzy, match_semantic]


def find_alignments(quote: QuoteText, sources: Sources) -> list[Alignment]:
    """Alignments from the first matcher that finds any, best first."""
    for matcher in MATCHERS:
        found = matcher(quote, sources)
        if found and matcher is match_splice:
            # One passage with one word changed ("met only once" for "met only twice") is a
            # simpler account than two passages joined where the other has the changed word.
            one_changed = [a for a in match_fuzzy(quote, sources) if _one_word_changed(a)]
            if one_changed:
                return one_changed
        if found:
            return found
    return []


def _one_word_changed(alignment: Alignment) -> bool:
    diffs = alignment.differences
    return len(diffs) == 1 and diffs[0].kind == "changed" and \
        len(diffs[0].quote.split()) == 1 and len(diffs[0].source.split()) == 1


def to_match(alignment: Alignment, sources: Sources) -> Match:
    """An Alignment as the report's Match: paragraph, page, exact source characters."""
    text = sources.corpus.texts[alignment.document_index]
    doc = text.document
    if alignment.method == "semantic":
        p_index = text.paragraph_position(alignment.paragraph_order)
        paragraph = text.paragraphs[p_index]
        chunk = alignment.chunk_text or paragraph.text
        start = max(paragraph.text.find(chunk), 0)
        end = start + len(chunk) if chunk in paragraph.text else len(paragraph.text)
    else:
        first = alignment.token_start
        last = max(alignment.token_end - 1, first)
        p_index = text.token_paragraph[first]
        paragraph = text.paragraphs[p_index]
        start = text.tokens[first].start
        # A passage that runs into the next paragraph is shown up to this paragraph's end.
        end = text.tokens[last].end if text.token_paragraph[last] == p_index else len(paragraph.text)
        end = _extend_over_punctuation(paragraph.text, start, end)
    continued: tuple[str, ...] = ()
    last_page = paragraph.page_at(max(end - 1, start))
    if alignment.method != "semantic":
        last_paragraph = text.token_paragraph[last]
        continued = tuple(text.paragraphs[k].section for k in range(p_index + 1,
                                                                      last_paragraph + 1)
                          if text.paragraphs[k].section)
        if last_paragraph != p_index:
            # (the page the words end on, in the paragraph they run on into)
            last_page = max(last_page, text.paragraphs[last_paragraph].page_at(
                max(text.tokens[last].end - 1, 0)))
    parts = ()
    if alignment.parts and len(alignment.parts) > 1:
        parts = tuple(to_match(Alignment(d, s, e, "exact", 1.0, 1.0), sources)
                      for d, s, e in alignment.parts)
    return Match(document_id=doc.id, title=doc.title, section=paragraph.section,
                 page=paragraph.page_at(start), paragraph_order=paragraph.order,
                 span_start=start, span_end=end, text=paragraph.text[start:end],
                 score=round(alignment.score, 4), method=alignment.method, parts=parts,
                 last_page=last_page,
                 footnote=paragraph.label if paragraph.kind is ParagraphKind.FOOTNOTE else None,
                 heading=paragraph.heading, continued=continued,
                 printed_pages=_printed(doc, paragraph.page_at(start), last_page))


def _printed(document, first: int, last: int) -> tuple[str, ...]:
    labels = document.page_labels
    return tuple(labels[p - 1] for p in range(first, last + 1) if 0 < p <= len(labels) and labels[p - 1])


def _extend_over_punctuation(text: str, start: int, end: int) -> int:
    """Take in the full stop right after the last word, and a closing mark whose opening
    mark is inside the passage (‘speaking truth to power.’)."""
    while end < len(text) and text[end] in ".!?":
        end += 1
    for opening, closing in (("‘", "’"), ("“", "”")):
        if end < len(text) and text[end] == closing and \
                text.count(opening, start, end) > text.count(closing, start, end):
            end += 1
    return end

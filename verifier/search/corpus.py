"""The indexed documents' words, laid out for fast lexical search, and their postings.

Each document's paragraphs are tokenised into one sequence of comparison keys (so a quotation
that runs over a paragraph or page boundary is still one run of words), with every token's
paragraph and character span kept so a hit maps back to the report's exact characters.

A check does not lay out every document. The index stores each document's word postings (key
→ token positions, under index's `LAYOUT`, the name of its tokeniser), written with the
document; a matcher asks which documents hold all of a quotation's words, or where its rarer
words are, and only the documents that answer are laid out. A check never writes: a document
whose postings were stored by an older tokeniser (or not at all) is laid out in memory for the
session, and the log says once that `verifier index refresh` would store them.
"""

from __future__ import annotations

import bisect
import functools
import logging
import math
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from index import LAYOUT, Document, Paragraph, WordLayout, unpack_layout, unpack_positions
from verifier.search.documents import CitationPlaces
from verifier.words import Token

log = logging.getLogger(__name__)


# Keys whose positions a corpus keeps between checks: a motion's words, repeated by the next.
MAX_CACHED_POSITIONS = 20000


class _RunSearch:
    """Search in a document's joined keys (`joined`, `token_offsets`, `tokens`, …)."""

    document: Document
    joined: str
    token_offsets: list[int]
    token_paragraph: list[int]

    def find_run(self, keys: list[str], start_token: int = 0) -> list[int]:
        """Token indices where the run of `keys` occurs, in order, from `start_token` on."""
        if not keys:
            return []
        needle = " " + " ".join(keys) + " "
        hits = []
        pos = self.token_offsets[start_token] - 1 if start_token < len(self.token_offsets) else len(self.joined)
        while True:
            at = self.joined.find(needle, pos)
            if at < 0:
                return hits
            hits.append(bisect.bisect_left(self.token_offsets, at + 1))
            pos = at + 1

    def contains_run(self, keys: list[str]) -> bool:
        return (" " + " ".join(keys) + " ") in self.joined

    def paragraph_of(self, token_index: int) -> Paragraph:
        return self.paragraphs[self.token_paragraph[token_index]]

    def paragraph_position(self, order: int) -> int | None:
        """Where the paragraph of this reading order is in `paragraphs` (None: not there),
        without reading the other paragraphs."""
        positions = self.__dict__.get("_order_positions")
        if positions is None:
            orders = getattr(self.paragraphs, "orders", None) or [p.order for p in self.paragraphs]
            positions = self._order_positions = {o: i for i, o in enumerate(orders)}
        return positions.get(order)

    def postings(self) -> dict[str, list[int]]:
        """Each key's token positions, ascending."""
        found: dict[str, list[int]] = defaultdict(list)
        for t, token in enumerate(self.tokens):
            found[token.key].append(t)
        return found

    @classmethod
    def laid_out(cls, document: Document, index) -> DocumentText | StoredText:
        """The document's words: as stored in `index` if they are, else from its paragraphs."""
        data = index.word_layout(document.id, document.sha256, LAYOUT)
        if data:
            stored = StoredText.from_bytes(document, index, data)
            if stored is not None:
                return stored
        return DocumentText(document, index.paragraphs(document.id))


@dataclass
class DocumentText(_RunSearch):
    document: Document
    paragraphs: tuple[Paragraph, ...]
    tokens: list[Token] = field(default_factory=list)
    token_paragraph: list[int] = field(default_factory=list)   # index into paragraphs
    joined: str = " "                                         # " key key key … "
    token_offsets: list[int] = field(default_factory=list)     # where each token starts in joined

    def __post_init__(self):
        layout = WordLayout.of(self.paragraphs)
        self.tokens, self.token_paragraph = layout.tokens, layout.token_paragraph
        self.token_offsets, self.joined = layout.token_offsets, layout.joined


class StoredText(_RunSearch):
    """A document's words as the index stored them (index.WordLayout.packed): read back in
    milliseconds; its paragraphs and Token objects are made only for the places a match
    looks at."""

    def __init__(self, document: Document, index, offsets: list[int], starts, ends,
                 token_paragraph: list[int], orders: list[int], joined: str):
        self.document = document
        self.token_offsets = offsets
        self.token_paragraph = token_paragraph
        self.joined = joined
        self.paragraphs = _LazyParagraphs(index, document.id, orders)
        self.tokens = _LazyTokens(self, starts, ends)

    @classmethod
    def from_bytes(cls, document: Document, index, data: bytes) -> StoredText | None:
        layout = unpack_layout(data)
        if layout is None:
            return None             # laid out by another version: lay it out again
        return cls(document, index, layout.token_offsets, layout.starts, layout.ends,
                   layout.token_paragraph, layout.orders, layout.joined)


class _LazyParagraphs(Sequence):
    """A document's paragraphs by position, each read from the index when first needed."""

    def __init__(self, index, doc_id: str, orders: list[int]):
        self._index, self._doc_id, self._orders = index, doc_id, orders
        self._read: dict[int, Paragraph] = {}

    def __len__(self) -> int:
        return len(self._orders)

    @property
    def orders(self) -> list[int]:
        return self._orders

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        order = self._orders[i]
        found = self._read.get(order)
        if found is None:
            found = self._index.paragraphs_at(self._doc_id, [order])[order]
            self._read[order] = found
        return found

    def prefetch(self, positions) -> None:
        """Read the paragraphs at these positions in one query."""
        missing = [self._orders[i] for i in positions if self._orders[i] not in self._read]
        if missing:
            self._read.update(self._index.paragraphs_at(self._doc_id, missing))

    def __iter__(self):
        missing = [o for o in self._orders if o not in self._read]
        if missing:
            self._read.update(self._index.paragraphs_at(self._doc_id, missing))
        return (self._read[o] for o in self._orders)


class _LazyTokens(Sequence):
    """Token objects of a stored layout, made on access."""

    def __init__(self, text: StoredText, starts, ends):
        self._text, self._starts, self._ends = text, starts, ends

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            indices = range(*i.indices(len(self)))
            # Read the paragraphs of the whole slice at once, not one query per paragraph.
            self._text.paragraphs.prefetch({self._text.token_paragraph[j] for j in indices})
            return [self[j] for j in indices]
        text = self._text
        if i < 0:
            i += len(self)
        offsets = text.token_offsets
        key_end = offsets[i + 1] - 1 if i + 1 < len(offsets) else len(text.joined) - 1
        start, end = self._starts[i], self._ends[i]
        paragraph = text.paragraphs[text.token_paragraph[i]]
        return Token(paragraph.text[start:end], text.joined[offsets[i]:key_end], start, end)


class _Texts(Sequence):
    """The corpus's documents' laid-out words, each laid out when first asked for."""

    def __init__(self, documents: tuple[Document, ...],
                 lay_out: Callable[[Document], DocumentText]):
        self.documents = documents
        self._lay_out = lay_out
        self._texts: dict[int, DocumentText] = {}

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, d):
        if isinstance(d, slice):
            return [self[i] for i in range(*d.indices(len(self)))]
        if d < 0:
            d += len(self)
        text = self._texts.get(d)
        if text is None:
            if not 0 <= d < len(self.documents):
                raise IndexError(d)
            text = self._texts[d] = self._lay_out(self.documents[d])
        return text

    def index(self, text, *args) -> int:
        return next(d for d, doc in enumerate(self.documents) if doc == text.document)


class _Postings:
    """key -> [(document index, token index)], ascending, for the whole corpus (read-only)."""

    def __init__(self, corpus: Corpus):
        self._corpus = corpus

    def get(self, key: str, default=()):
        found = self._corpus.positions([key])[key]
        return [(d, t) for d in sorted(found) for t in found[d]] or default

    def __getitem__(self, key: str):
        found = self.get(key, None)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        return bool(self._corpus.counts([key])[key])



class Corpus:
    """All documents a motion is checked against, with word statistics for candidate search.

    Built one way, from the documents and the index holding them: it reads their stored
    postings and lays out only the documents a matcher reaches (`lay_out`: how a document is
    laid out; a session keeps each one laid out once). A document whose postings are stale is
    laid out at once, in memory. The places citations name (numbered paragraphs, known
    sections, part names, letters' text) are looked up by `places`
    (verifier/search/documents.py's CitationPlaces).
    """

    def __init__(self, documents: Sequence[Document], index,
                 lay_out: Callable[[Document], DocumentText] | None = None):
        self.documents = tuple(documents)
        self.texts = _Texts(self.documents, lay_out or (
            lambda doc: DocumentText.laid_out(doc, index)))
        self.postings = _Postings(self)
        self._index = index
        self._lock = threading.Lock()
        self._counts: dict[str, dict[int, int]] = {}
        self._positions: dict[str, dict[int, list[int]]] = {}
        self._codes: dict[str, object] = {}             # key -> _position_codes' array
        self.places = CitationPlaces(self.documents, index, self._paragraphs_of)
        stored = index.word_layouts(LAYOUT)
        self._stored_ids: dict[str, int] = {}
        self._memory: dict[int, dict[str, list[int]]] = {}
        total, stale = 0, []
        for d, doc in enumerate(self.documents):
            sha_tokens = stored.get(doc.id)
            if sha_tokens is not None and sha_tokens[0] == doc.sha256:
                self._stored_ids[doc.id] = d
                total += sha_tokens[1]
                continue
            # Stored by an older tokeniser: laid out here, for this session only.
            text = self.texts[d]
            self._memory[d] = text.postings()
            total += len(text.tokens)
            stale.append(doc.id)
        self._total = total or 1
        if stale:
            _say_stale_once(index, stale)

    # ---- what a pasted quotation is cleaned against (verifier.words.clean_paste) -----------

    def holds_word(self, key: str) -> bool:
        """Whether some document has a word of this key."""
        return bool(self.counts([key])[key])

    def holds_run(self, keys: Sequence[str]) -> bool:
        """Whether some document has these keys as consecutive words."""
        return bool(self.documents_with_run(list(keys)))

    @functools.cached_property
    def furniture(self) -> tuple[str, ...]:
        """The furniture patterns the readers learnt from the documents (index.text)."""
        return self._index.furniture([doc.id for doc in self.documents])

    @classmethod
    def of(cls, documents: Sequence[Document], session) -> Corpus:
        """The corpus of `documents` in the session's index, laid out through the session."""
        return cls(documents, session.index, session.document_text)

    # ---- word statistics ---------------------------------------------------------------------

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word key some document of the corpus has: what a stem is undone against
        (the claims' _Layout), rather than generating every form a stem could come from."""
        keys: set[str] = set()
        if self._stored_ids:
            keys |= self._index.word_keys(LAYOUT, list(self._stored_ids))
        for postings in self._memory.values():
            keys.update(postings)
        return frozenset(keys)

    def counts(self, keys: Iterable[str]) -> dict[str, dict[int, int]]:
        """For each key: document index -> how many of its tokens have that key (absent: 0)."""
        keys = list(dict.fromkeys(keys))
        missing = [k for k in keys if k not in self._counts]
        if missing:
            found: dict[str, dict[int, int]] = {k: {} for k in missing}
            if self._stored_ids:
                for key, docs in self._index.word_counts(LAYOUT, missing).items():
                    found[key].update((self._stored_ids[i], n) for i, n in docs.items()
                                      if i in self._stored_ids)
            for d, postings in self._memory.items():
                for key in missing:
                    if key in postings:
                        found[key][d] = len(postings[key])
            with self._lock:
                self._counts.update(found)
        return {k: self._counts[k] for k in keys}

    def positions(self, keys: Iterable[str]) -> dict[str, dict[int, list[int]]]:
        """For each key: document index -> its token positions, ascending."""
        keys = list(dict.fromkeys(keys))
        missing = [k for k in keys if k not in self._positions]
        found: dict[str, dict[int, list[int]]] = {k: {} for k in missing}
        if missing:
            present = [k for k, docs in self.counts(missing).items() if docs]
            if present and self._stored_ids:
                for key, docs in self._index.word_positions(LAYOUT, present).items():
                    for doc_id, blob in docs.items():
                        if doc_id in self._stored_ids:
                            found[key][self._stored_ids[doc_id]] = unpack_positions(blob)
            for d, postings in self._memory.items():
                for key in present:
                    if key in postings:
                        found[key][d] = postings[key]
            with self._lock:
                if len(self._positions) > MAX_CACHED_POSITIONS:
                    self._positions.clear()
                self._positions.update(found)
        cached = self._positions
        return {k: found[k] if k in missing else cached[k] for k in keys}

    @property
    def total_tokens(self) -> int:
        """How many tokens the corpus's documents hold (at least 1)."""
        return self._total

    def frequency(self, key: str) -> int:
        """How many tokens of the whole corpus have this key."""
        return sum(self.counts([key])[key].values())

    def documents_with(self, keys: Sequence[str]) -> list[int]:
        """Indices of the documents holding every one of `keys`, ascending: the only ones a
        run of those words can be in."""
        if not keys:
            return list(range(len(self.documents)))
        counts = self.counts(keys)
        docs = None
        for key in sorted(set(keys), key=lambda k: len(counts[k])):
            docs = set(counts[key]) if docs is None else docs & set(counts[key])
            if not docs:
                return []
        return sorted(docs)

    def documents_with_run(self, keys: Sequence[str]) -> list[int]:
        """Indices of the documents holding the run of `keys` (each word at its distance from
        the first), ascending. From postings alone."""
        return sorted(self._run_starts(keys))

    def _run_starts(self, keys: Sequence[str]) -> dict[int, list[int]]:
        """Document index -> the token indices where the run of `keys` starts, ascending."""
        found: dict[int, list[int]] = {}
        codes = self._run_codes(keys)
        if codes is None:
            return found
        for code in codes.tolist():
            found.setdefault(code >> _DOC_SHIFT, []).append(code & _POSITION_MASK)
        return found

    def _run_codes(self, keys: Sequence[str]):
        """Where the run of `keys` starts, as ascending codes (document << 32 | token index);
        None if nowhere.

        The rarest word's occurrences give the few starts the run can have; each other word
        keeps the starts it lies at the right distance from, found by a binary search of its
        own sorted occurrences (numpy's searchsorted): the cost follows the rare word's
        occurrences, not the number of documents or the common words' thousands of places.
        """
        import numpy as np

        if not keys:
            return None
        counts = self.counts(keys)
        if any(not counts[k] for k in keys):
            return None
        arrays = self._position_codes(keys)
        order = sorted(range(len(keys)), key=lambda i: (sum(counts[keys[i]].values()), i))
        first = order[0]
        codes = arrays[keys[first]]
        starts = codes[(codes & _POSITION_MASK) >= first] - first
        for i in order[1:]:
            if not len(starts):
                return None
            wanted = starts + i
            have = arrays[keys[i]]
            at = np.minimum(np.searchsorted(have, wanted), len(have) - 1)
            starts = starts[have[at] == wanted]
        return starts if len(starts) else None

    def longest_runs(self, keys: Sequence[str], min_run: int) -> dict[int, tuple[int, int]]:
        """For each document holding a run of at least `min_run` of `keys`' first words:
        (length of the longest prefix of `keys` it holds verbatim, token index of that run's
        first occurrence). From postings alone: no document is laid out."""
        import numpy as np

        if len(keys) < min_run:
            return {}
        starts = self._run_codes(keys[:min_run])
        if starts is None:
            return {}
        found: dict[int, tuple[int, int]] = {}

        def settle(codes, n):
            # Codes ascend, so a document's first code is its first occurrence.
            docs = codes >> _DOC_SHIFT
            firsts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]])
            for k in firsts.tolist():
                found[int(docs[k])] = (n, int(codes[k] & _POSITION_MASK))

        n = min_run
        for j in range(min_run, len(keys)):
            have = self._position_codes([keys[j]]).get(keys[j])
            if have is None:
                break
            wanted = starts + j
            at = np.minimum(np.searchsorted(have, wanted), len(have) - 1)
            kept = starts[have[at] == wanted]
            # Documents whose every start ends here hold a prefix of n words.
            gone = np.setdiff1d(starts >> _DOC_SHIFT, kept >> _DOC_SHIFT, assume_unique=False)
            if len(gone):
                settle(starts[np.isin(starts >> _DOC_SHIFT, gone)], n)
            if not len(kept):
                return found
            starts, n = kept, j + 1
        settle(starts, n)
        return found

    def _position_codes(self, keys: Iterable[str]):
        """key -> its occurrences as one ascending int64 array of document << 32 | position
        (absent keys left out): a search over many documents in a few array operations a
        key, not one a (key, document) pair. Kept for the session."""
        import numpy as np

        keys = list(dict.fromkeys(keys))
        missing = [k for k in keys if k not in self._codes]
        if missing:
            made = {}
            for key, docs in self.positions(missing).items():
                if docs:
                    made[key] = np.concatenate([
                        np.asarray(docs[d], dtype=np.int64) | (d << _DOC_SHIFT)
                        for d in sorted(docs)])
            with self._lock:
                if len(self._codes) > MAX_CACHED_POSITIONS:
                    self._codes.clear()
                self._codes.update(made)
                self._codes.update((k, None) for k in missing if k not in made)
        return {k: self._codes[k] for k in keys if self._codes.get(k) is not None}

    def position_arrays(self, keys: Iterable[str]):
        """For each key present: (document indices, token positions) as two int64 numpy
        arrays, by document then position."""
        return {k: (codes >> _DOC_SHIFT, codes & _POSITION_MASK)
                for k, codes in self._position_codes(keys).items()}

    def occurrences_between(self, key: str, docs, lo, hi):
        """How many times `key` occurs at token positions [lo, hi) of document docs, for
        each element of these equal-length numpy arrays (negative bounds count from 0)."""
        import numpy as np

        have = self._position_codes([key]).get(key)
        if have is None:
            return np.zeros(len(docs), dtype=np.int64)
        base = np.asarray(docs, dtype=np.int64) << _DOC_SHIFT
        lo, hi = np.maximum(lo, 0), np.maximum(hi, 0)
        return np.searchsorted(have, base | hi) - np.searchsorted(have, base | lo)

    def idf(self, key: str) -> float:
        """Rarer words weigh more when looking for where a quotation might be."""
        return math.log(1 + self._total / (1 + self.frequency(key)))

    # ---- the places citations name (documents.CitationPlaces) --------------------------------

    def numbered_paragraphs(self, sections: Iterable[str],
                            document_ids: Iterable[str] | None = None
                            ) -> list[tuple[int, int, str]]:
        return self.places.numbered_paragraphs(sections, document_ids)

    def known_sections(self, sections: Iterable[str]) -> set[str]:
        return self.places.known_sections(sections)

    @property
    def part_names(self) -> dict[str, set[str]]:
        return self.places.part_names

    def letter_text(self, document_id: str) -> str | None:
        return self.places.letter_text(document_id)

    def _paragraphs_of(self, document_id: str):
        text = self.document_text(document_id)
        return text.paragraphs if text is not None else ()

    def document_text(self, document_id: str) -> DocumentText | None:
        for d, doc in enumerate(self.documents):
            if doc.id == document_id:
                return self.texts[d]
        return None


# A run's place as one int64: document index in the high bits, token index in the low 32.
_DOC_SHIFT = 32
_POSITION_MASK = (1 << 32) - 1


_stale_said: set[str] = set()
_stale_lock = threading.Lock()


def _say_stale_once(index, stale: list[str]) -> None:
    """Log once per index (per process) that its postings are laid out at every check."""
    with _stale_lock:
        if str(index.path) in _stale_said:
            return
        _stale_said.add(str(index.path))
    log.warning("%s: the word postings of %s were stored by an older verifier, so each check "
                "lays them out again; `verifier index refresh` would store them",
                index.path, stale[0] if len(stale) == 1 else f"{len(stale)} documents")

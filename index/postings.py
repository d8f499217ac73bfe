"""A document's word postings: its words laid out as comparison keys, and the format they are
stored in (index.db's `words` and `word_layouts` tables).

Each document's paragraphs, in reading order, are tokenised (index/text.py) into one sequence
of keys, so a quotation that runs over a paragraph or page boundary is still one run of words;
every token keeps its paragraph and character span so a hit maps back to the report's exact
characters. The index stores, for each key, the positions of its tokens (`packed_positions`),
and the whole layout as bytes (`WordLayout.packed`), under `LAYOUT`: a name that changes with
the tokeniser's rules, so keys made by another tokeniser are never read as these.

The checking side (verifier/search/corpus.py) asks the index for the documents holding a
quotation's words and reads the layouts back; it never writes them.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import index.text as _text
from index.models import Paragraph
from index.text import Token, tokenize


def _layout_name() -> str:
    """The name stored postings are filed under: it changes whenever the tokeniser's rules
    (word pattern, spelling table, -ize rule, unit words) change, so stale keys are never read.
    (The same name as when these rules lived in verifier/words.py: indexes written then are
    read as they are.)"""
    rules = repr((_text._WORD.pattern, sorted(_text._SPELLINGS.items()), _text._IZE.pattern,
                  sorted(_text.UNIT_WORDS.items()), _text.PER_CENT))
    return "words-1-" + hashlib.sha256(rules.encode()).hexdigest()[:12]


LAYOUT = _layout_name()
# The byte layout of `WordLayout.packed`; data of another format is laid out again.
LAYOUT_FORMAT = 1
_HEAD_BYTES = 12
_BIG_ENDIAN = array("I", [1]).tobytes()[0] == 0


@dataclass
class WordLayout:
    """The words of paragraphs (in reading order) as one run of keys.

    `joined` is " key key key … ", `token_offsets[t]` where token t's key starts in it, and
    `token_paragraph[t]` the index (into the paragraphs given) of the paragraph it is in.
    """

    tokens: list[Token] = field(default_factory=list)
    token_paragraph: list[int] = field(default_factory=list)
    token_offsets: list[int] = field(default_factory=list)
    joined: str = " "

    @classmethod
    def of(cls, paragraphs: Sequence[Paragraph]) -> WordLayout:
        layout = cls()
        keys = []
        for p_index, paragraph in enumerate(paragraphs):
            for token in tokenize(paragraph.text):
                layout.tokens.append(token)
                layout.token_paragraph.append(p_index)
                keys.append(token.key)
        offsets, at = [], 1
        for key in keys:
            offsets.append(at)
            at += len(key) + 1
        layout.token_offsets = offsets
        layout.joined = " " + " ".join(keys) + " "
        return layout

    def postings(self) -> dict[str, list[int]]:
        """Each key's token positions, ascending."""
        found: dict[str, list[int]] = defaultdict(list)
        for t, token in enumerate(self.tokens):
            found[token.key].append(t)
        return found

    def packed(self, orders: Sequence[int]) -> bytes:
        """The layout as bytes for the index (`unpack_layout` reads them); `orders`: the
        paragraphs' reading orders."""
        n = len(self.token_offsets)
        numbers = array("I", [LAYOUT_FORMAT, n, len(orders)])
        numbers.extend(self.token_offsets)
        numbers.extend(t.start for t in self.tokens)
        numbers.extend(t.end for t in self.tokens)
        numbers.extend(self.token_paragraph)
        numbers.extend(orders)
        if _BIG_ENDIAN:
            numbers.byteswap()
        return numbers.tobytes() + self.joined.encode("utf-8")


@dataclass(frozen=True)
class UnpackedLayout:
    """A stored layout read back: arrays of 4-byte numbers (not lists of Python ints, which a
    check reaching many documents could not hold)."""

    token_offsets: array
    starts: array
    ends: array
    token_paragraph: array
    orders: list[int]
    joined: str


def unpack_layout(data: bytes) -> UnpackedLayout | None:
    """`WordLayout.packed`'s bytes read back; None if they are of another format."""
    head = array("I")
    head.frombytes(data[:_HEAD_BYTES])
    if _BIG_ENDIAN:
        head.byteswap()
    fmt, n, n_paragraphs = head
    if fmt != LAYOUT_FORMAT:
        return None             # laid out by another version: lay it out again
    end = _HEAD_BYTES + 4 * (4 * n + n_paragraphs)
    numbers = array("I")
    numbers.frombytes(data[_HEAD_BYTES:end])
    if _BIG_ENDIAN:
        numbers.byteswap()
    return UnpackedLayout(numbers[:n], numbers[n:2 * n], numbers[2 * n:3 * n],
                          numbers[3 * n:4 * n], numbers[4 * n:].tolist(),
                          data[end:].decode("utf-8"))


@dataclass(frozen=True)
class DocumentPostings:
    """What the index stores of one document's words: key -> packed positions, the number of
    tokens, and the packed layout."""

    tokens: int
    positions: dict[str, bytes]
    data: bytes


def document_postings(paragraphs: Sequence[Paragraph]) -> DocumentPostings:
    """The postings of a document's paragraphs (taken in reading order, as stored)."""
    ordered = sorted(paragraphs, key=lambda p: p.order)
    layout = WordLayout.of(ordered)
    return DocumentPostings(
        tokens=len(layout.tokens),
        positions={key: packed_positions(at) for key, at in layout.postings().items()},
        data=layout.packed([p.order for p in ordered]))


def packed_positions(positions: Sequence[int]) -> bytes:
    """Token positions as little-endian uint32 bytes, as the `words` table holds them."""
    packed = array("I", positions)      # 4 bytes on every platform CPython supports here
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed.tobytes()


def unpack_positions(blob: bytes) -> array:
    packed = array("I")
    packed.frombytes(blob)
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed

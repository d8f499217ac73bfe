"""A document's word postings: its words laid out as comparison keys, and the format they are
stored in (index.db's `words` and `word_layouts` tables).

Each document's paragraphs, in reading order, are tokenised (index/text.py) into one sequence
of keys, so a quotation that runs over a paragraph or page boundary is still one run of words;
every token keeps its paragraph and character span so a hit maps back to the report's exact
characters. The index stores, for each key, the positions of its tokens (`packed_positions`),
and the whole layout as bytes (`WordLayout.packed`), under `LAYOUT`: a name that changes with
the tokeniser's rules, so keys made by another tokeniser are never read as these.

`Postings` is the Index's part that reads them; they are written with their document, in its
transaction (`insert_words`, called by index/store.py). The checking side
(verifier/search/corpus.py) asks the index for the documents holding a quotation's words and
reads the layouts back; it never writes them.
"""

from __future__ import annotations

import hashlib
import sqlite3
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
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
                  sorted(_text.UNIT_WORDS.items()), _text.PER_CENT,
                  _text._UNIT_AFTER_NUMBER.pattern))
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


# Word postings: written with their document, in its transaction.
WORDS_SCHEMA = """
CREATE TABLE IF NOT EXISTS word_layouts (
    document_id TEXT NOT NULL, layout TEXT NOT NULL, sha256 TEXT NOT NULL,
    tokens INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (document_id, layout));
CREATE TABLE IF NOT EXISTS words (
    layout TEXT NOT NULL, key TEXT NOT NULL, document_id TEXT NOT NULL,
    count INTEGER NOT NULL, positions BLOB NOT NULL,
    PRIMARY KEY (layout, key, document_id)) WITHOUT ROWID;
"""
# SQLite allows this many `?` in one statement on every version we meet (999 before 3.32).
MAX_SQL_VARIABLES = 900


class Postings:
    """The postings part of an Index: reads the stored postings (under a layout name) of the
    documents as they are now. `reading` is the index's read connection (a context manager
    giving None while the index is empty)."""

    def __init__(self, reading: Callable):
        self._reading = reading

    def layouts(self, layout: str) -> dict[str, tuple[str, int]]:
        """Documents whose words are stored under `layout`: id -> (sha256, number of tokens)."""
        with self._reading() as conn:
            if conn is None or not has_table(conn, "word_layouts"):
                return {}
            return {doc_id: (sha, tokens) for doc_id, sha, tokens in conn.execute(
                "SELECT w.document_id, w.sha256, w.tokens FROM word_layouts w JOIN documents d "
                "ON d.id = w.document_id AND d.sha256 = w.sha256 WHERE w.layout = ?",
                (layout,))}

    def counts(self, layout: str, keys: Iterable[str]) -> dict[str, dict[str, int]]:
        """For each of `keys`: document id -> how many of its tokens have that key."""
        return {key: {doc_id: count for doc_id, (count, _) in docs.items()}
                for key, docs in self._words(layout, keys, positions=False).items()}

    def positions(self, layout: str, keys: Iterable[str]) -> dict[str, dict[str, bytes]]:
        """For each of `keys`: document id -> its token positions (little-endian uint32)."""
        return {key: {doc_id: blob for doc_id, (_, blob) in docs.items()}
                for key, docs in self._words(layout, keys, positions=True).items()}

    def keys(self, layout: str, doc_ids: Iterable[str]) -> set[str]:
        """Every key the documents (as they are now) have a word of, under `layout`."""
        doc_ids = sorted(set(doc_ids))
        found: set[str] = set()
        with self._reading() as conn:
            if conn is None or not doc_ids or not has_table(conn, "words"):
                return found
            for i in range(0, len(doc_ids), MAX_SQL_VARIABLES):
                part = doc_ids[i:i + MAX_SQL_VARIABLES]
                found.update(key for (key,) in conn.execute(
                    "SELECT DISTINCT w.key FROM words w JOIN word_layouts l ON "
                    "l.document_id = w.document_id AND l.layout = w.layout JOIN documents d ON "
                    "d.id = w.document_id AND d.sha256 = l.sha256 WHERE w.layout = ? AND "
                    f"w.document_id IN ({', '.join('?' * len(part))})", (layout, *part)))
        return found

    def layout(self, doc_id: str, sha256: str, layout: str) -> bytes | None:
        """The document's laid-out words (`WordLayout.packed`), if stored for this file."""
        with self._reading() as conn:
            if conn is None or not has_table(conn, "word_layouts"):
                return None
            row = conn.execute("SELECT data FROM word_layouts WHERE document_id = ? AND "
                               "layout = ? AND sha256 = ?", (doc_id, layout, sha256)).fetchone()
        return None if row is None else row[0]

    def _words(self, layout: str, keys: Iterable[str],
               positions: bool) -> dict[str, dict[str, tuple[int, bytes | None]]]:
        keys = sorted(set(keys))
        found: dict[str, dict[str, tuple[int, bytes | None]]] = {key: {} for key in keys}
        with self._reading() as conn:
            if conn is None or not keys or not has_table(conn, "words"):
                return found
            column = "w.positions" if positions else "NULL"
            for i in range(0, len(keys), MAX_SQL_VARIABLES):
                part = keys[i:i + MAX_SQL_VARIABLES]
                # Only postings of the document as it is now (a replaced file's are stale).
                for key, doc_id, count, blob in conn.execute(
                        f"SELECT w.key, w.document_id, w.count, {column} FROM words w "
                        "JOIN word_layouts l ON l.document_id = w.document_id "
                        "AND l.layout = w.layout JOIN documents d ON d.id = w.document_id "
                        "AND d.sha256 = l.sha256 WHERE w.layout = ? AND w.key IN "
                        f"({', '.join('?' * len(part))})", (layout, *part)):
                    found[key][doc_id] = (count, blob)
        return found


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def create_words_tables(conn: sqlite3.Connection) -> None:
    for statement in WORDS_SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def delete_words(conn: sqlite3.Connection, doc_id: str, layout: str | None = None) -> None:
    """Drop a document's postings (under one layout, or all), inside the caller's transaction."""
    if not has_table(conn, "word_layouts"):
        return
    where, args = ("document_id = ?", (doc_id,)) if layout is None else \
        ("document_id = ? AND layout = ?", (doc_id, layout))
    conn.execute(f"DELETE FROM words WHERE {where}", args)
    conn.execute(f"DELETE FROM word_layouts WHERE {where}", args)


def insert_words(conn: sqlite3.Connection, doc_id: str, sha256: str,
                  postings: DocumentPostings) -> None:
    """A document's postings under the current layout, inside the caller's transaction."""
    delete_words(conn, doc_id, LAYOUT)
    conn.executemany(
        "INSERT INTO words (layout, key, document_id, count, positions) VALUES (?, ?, ?, ?, ?)",
        [(LAYOUT, key, doc_id, len(blob) // 4, blob) for key, blob in postings.positions.items()])
    conn.execute("INSERT INTO word_layouts (document_id, layout, sha256, tokens, data) "
                 "VALUES (?, ?, ?, ?, ?)", (doc_id, LAYOUT, sha256, postings.tokens, postings.data))

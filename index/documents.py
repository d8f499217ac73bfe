"""The documents part of an Index: each document's row, its paragraphs and its chunks, as
index.db's `documents`, `paragraphs` and `chunks` tables hold them, read by document, by
paragraph number, by heading and by page. Written with their document, in its transaction
(index/store.py); the vectors (index/vectors.py) and word postings (index/postings.py) are
parts of their own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from index.errors import IndexUnavailable
from index.models import Chunk, Document, Paragraph, ParagraphKind
from index.postings import MAX_SQL_VARIABLES, has_table

_DOC_COLUMNS = ("id, title, aliases, file, sha256, pages, paragraphs, chunks, added, model, vectors, "
                "page_labels, reader")


class Documents:
    """Reads the documents, paragraphs and chunks of the index at `path`; `reading` is the
    index's read connection (a context manager giving None while the index is empty). A
    document's paragraphs are kept once read, by its id and sha256 (a replaced file's are
    never served for the new one)."""

    def __init__(self, path: Path, reading: Callable):
        self.path = Path(path)
        self._reading = reading
        self._paragraph_cache: dict[tuple[str, str], tuple[Paragraph, ...]] = {}

    def row(self, doc_id: str) -> tuple[Document, str]:
        """The document with this id and the name of its vectors. Raises IndexUnavailable if
        there is none."""
        with self._reading() as conn:
            row = None if conn is None else conn.execute(
                f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise IndexUnavailable(f"{doc_id}: no such document in the index {self.path}")
        return _document(row)

    def paragraphs(self, doc_id: str) -> tuple[Paragraph, ...]:
        """The document's paragraphs, in reading order."""
        doc, _ = self.row(doc_id)
        key = (doc.id, doc.sha256)
        if key not in self._paragraph_cache:
            with self._reading() as conn:
                rows = conn.execute(
                    "SELECT ord, section, heading, kind, first_page, last_page, text, "
                    "page_starts, label FROM paragraphs WHERE document_id = ? ORDER BY ord",
                    (doc.id,)).fetchall()
            self._paragraph_cache[key] = tuple(_paragraph(row) for row in rows)
        return self._paragraph_cache[key]

    def furniture(self, doc_ids: Iterable[str]) -> tuple[str, ...]:
        """The furniture patterns stored with these documents, each once (none for a
        document an index of schema 5 or older holds)."""
        ids = list(doc_ids)
        found: dict[str, None] = {}
        with self._reading() as conn:
            if conn is None or not ids or not has_table(conn, "furniture"):
                return ()
            for start in range(0, len(ids), MAX_SQL_VARIABLES):
                part = ids[start:start + MAX_SQL_VARIABLES]
                for (lines,) in conn.execute(
                        "SELECT lines FROM furniture WHERE document_id IN "
                        f"({', '.join('?' * len(part))}) ORDER BY document_id", part):
                    found.update(dict.fromkeys(json.loads(lines)))
        return tuple(found)

    def paragraph(self, doc_id: str, section: str) -> Paragraph | None:
        """The first paragraph numbered exactly `section` ("4.5" never matches "4.50")."""
        for paragraph in self.paragraphs(doc_id):
            if paragraph.section == section:
                return paragraph
        return None

    def page_text(self, doc_id: str, page_no: int) -> str:
        """The text printed on 1-based page `page_no`, rebuilt from the paragraphs on it."""
        parts = []
        for p in self.paragraphs(doc_id):
            if not p.first_page <= page_no <= p.last_page:
                continue
            starts = p.page_starts or ((0, p.first_page),)
            for i, (offset, page) in enumerate(starts):
                if page == page_no:
                    end = starts[i + 1][0] if i + 1 < len(starts) else len(p.text)
                    parts.append(p.text[offset:end].strip())
        return "\n".join(part for part in parts if part)

    def chunks(self, doc_id: str) -> tuple[Chunk, ...]:
        """The document's chunks, in the order of their vectors."""
        doc, _ = self.row(doc_id)
        with self._reading() as conn:
            rows = conn.execute(
                'SELECT paragraph_order, section, page, start, "end", text FROM chunks '
                "WHERE document_id = ? ORDER BY row", (doc.id,)).fetchall()
        return tuple(Chunk(*row) for row in rows)

    def numbered_paragraphs(self, sections: Iterable[str],
                            document_ids: Sequence[str]) -> list[tuple[str, int, str]]:
        """(document id, paragraph order, text) of each paragraph numbered exactly one of
        `sections`, by document (in the order of `document_ids`) then reading order."""
        sections = sorted(set(sections))
        if not sections or not document_ids:
            return []
        with self._reading() as conn:
            if conn is None:
                return []
            rank = {doc_id: i for i, doc_id in enumerate(dict.fromkeys(document_ids))}
            if len(rank) + len(sections) <= MAX_SQL_VARIABLES:
                # Through the (document, section) index: as cheap at 50 reports as at one.
                rows = conn.execute(
                    f"SELECT document_id, ord, text FROM paragraphs WHERE document_id IN "
                    f"({', '.join('?' * len(rank))}) AND section IN "
                    f"({', '.join('?' * len(sections))})", (*rank, *sections)).fetchall()
            else:
                rows = conn.execute(
                    f"SELECT document_id, ord, text FROM paragraphs WHERE section IN "
                    f"({', '.join('?' * len(sections))})", sections).fetchall()
        return sorted((row for row in rows if row[0] in rank),
                      key=lambda r: (rank[r[0]], r[1]))

    def known_sections(self, sections: Iterable[str],
                       document_ids: Sequence[str]) -> set[str]:
        """Those of `sections` ("3.4", "3") that number a paragraph of one of the documents,
        or lead one's number ("3" of "3.4"). Read through the (document, section) index, so
        the answer costs the same however many paragraphs the documents hold."""
        sections = sorted(set(sections))
        ids = list(dict.fromkeys(document_ids))
        if not sections or not ids or len(ids) > MAX_SQL_VARIABLES - 3:
            return set() if not sections or not ids else self._known_sections_scan(sections, ids)
        marks = ", ".join("?" * len(ids))
        found = set()
        with self._reading() as conn:
            if conn is None:
                return found
            for section in sections:
                # "3" leads "3.4" …: every such number sorts between "3." and "3/".
                row = conn.execute(
                    f"SELECT 1 FROM paragraphs WHERE document_id IN ({marks}) AND "
                    "(section = ? OR (section > ? AND section < ?)) LIMIT 1",
                    (*ids, section, section + ".", section + "/")).fetchone()
                if row is not None:
                    found.add(section)
        return found

    def _known_sections_scan(self, sections: list[str], ids: list[str]) -> set[str]:
        wanted, chosen, found = set(sections), set(ids), set()
        with self._reading() as conn:
            if conn is None:
                return found
            for doc_id, section in conn.execute(
                    "SELECT DISTINCT document_id, section FROM paragraphs "
                    "WHERE section IS NOT NULL"):
                if doc_id in chosen:
                    parts = section.split(".")
                    found.update(wanted.intersection(
                        ".".join(parts[:k]) for k in range(1, len(parts) + 1)))
        return found

    def headings_like(self, prefixes: Iterable[str],
                      document_ids: Sequence[str]) -> set[str]:
        """The distinct headings of the documents' paragraphs that begin with one of
        `prefixes` (ASCII case ignored, as SQLite's LIKE does)."""
        prefixes = sorted(set(prefixes))
        chosen = set(document_ids)
        found: set[str] = set()
        if not prefixes or not chosen:
            return found
        with self._reading() as conn:
            if conn is None:
                return found
            for prefix in prefixes:
                escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                for doc_id, heading in conn.execute(
                        "SELECT DISTINCT document_id, heading FROM paragraphs "
                        "WHERE heading LIKE ? ESCAPE '\\'", (escaped + "%",)):
                    if doc_id in chosen:
                        found.add(heading)
        return found

    def short_texts(self, max_chars: int) -> dict[str, set[str]]:
        """Each document's paragraph headings and its paragraphs of at most `max_chars`
        characters: the lines a part of a report is named by."""
        found: dict[str, set[str]] = {}
        with self._reading() as conn:
            if conn is None:
                return found
            for doc_id, heading, text in conn.execute(
                    "SELECT document_id, heading, CASE WHEN length(text) <= ? THEN text END "
                    "FROM paragraphs", (max_chars,)):
                names = found.setdefault(doc_id, set())
                names.update(t for t in (heading, text) if t)
        return found

    def paragraphs_at(self, doc_id: str, orders: Iterable[int]) -> dict[int, Paragraph]:
        """The document's paragraphs of these `order`s (cheaper than all of `paragraphs`)."""
        orders = sorted(set(orders))
        found: dict[int, Paragraph] = {}
        with self._reading() as conn:
            if conn is None:
                return found
            for i in range(0, len(orders), MAX_SQL_VARIABLES):
                part = orders[i:i + MAX_SQL_VARIABLES]
                for row in conn.execute(
                        "SELECT ord, section, heading, kind, first_page, last_page, text, "
                        "page_starts, label FROM paragraphs WHERE document_id = ? AND ord IN "
                        f"({', '.join('?' * len(part))})", (doc_id, *part)):
                    found[row[0]] = _paragraph(row)
        return found

    def chunks_at(self, keys: set[tuple[str, int]]) -> dict[tuple[str, int], Chunk]:
        """The chunks at these (document id, row) places (a search's hits)."""
        chunks = {}
        with self._reading() as conn:
            for doc_id, row in keys:
                found = conn.execute(
                    'SELECT paragraph_order, section, page, start, "end", text FROM chunks '
                    "WHERE document_id = ? AND row = ?", (doc_id, row)).fetchone()
                if found is None:
                    raise IndexUnavailable(f"{doc_id}: chunk {row} is missing from the index "
                                           f"{self.path}")
                chunks[(doc_id, row)] = Chunk(*found)
        return chunks


def _document_rows(conn: sqlite3.Connection) -> list[tuple[Document, str]]:
    tables = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "documents" not in tables:
        return []
    return [_document(row) for row in conn.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY id")]


def _document(row: tuple) -> tuple[Document, str]:
    (doc_id, title, aliases, file, sha, pages, paragraphs, chunks, added, model,
     vectors, page_labels, reader) = row
    return Document(id=doc_id, title=title, aliases=tuple(json.loads(aliases)), file=file,
                    sha256=sha, pages=pages, paragraphs=paragraphs, chunks=chunks,
                    added=added, model=model,
                    page_labels=tuple(json.loads(page_labels)), reader=reader), vectors


def _paragraph(row: tuple) -> Paragraph:
    order, section, heading, kind, first, last, text, page_starts, label = row
    return Paragraph(order=order, section=section, heading=heading, kind=ParagraphKind(kind),
                     first_page=first, last_page=last, text=text,
                     page_starts=tuple(tuple(pair) for pair in json.loads(page_starts)),
                     label=label)

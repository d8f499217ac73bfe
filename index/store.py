"""The on-disk index: one directory holding one SQLite file; the Index (opening, writing),
with the documents, paragraphs and chunks (index/documents.py), the vectors (index/vectors.py)
and the word postings (index/postings.py) as its parts, each read through it.

    <dir>/index.db      documents, paragraphs (with page_starts), chunks, the chunks' vectors,
                        the documents' word postings and the furniture learnt from their pages
    <dir>/index.lock    taken by writers only

The vectors (`vectors`: each document's chunk vectors as float32 rows, searched by inner
product over unit vectors) are loaded into FAISS when first searched. An index written by
schema 3 kept them in one FAISS file per document beside index.db
(`<id>-<sha256[:12]>-<reader>.faiss`); such an index is read as it is, and its files are
deleted when their documents are replaced or removed.

The word postings (`words`, `word_layouts`; index/postings.py makes them): for every
comparison key of the tokeniser (index/text.py), the positions of its tokens in the document,
so a check finds candidate passages by looking up a quotation's words instead of laying out
every document. They are filed under the tokeniser's layout name; postings of another
tokeniser are not read (`refresh_postings` stores the current ones), and they go with their
document.

Reading never imports faiss, torch or sentence-transformers, and never writes: it opens the
database read-write only so SQLite can roll back a journal left by a killed writer.

A write is all or nothing, and crash-consistent: everything slow (reading the PDF, embedding,
laying out the words) is done before the directory is touched; then, under the lock, one
SQLite transaction (rollback journal, not WAL, so no side files linger beside a finished
write) writes the document, its paragraphs, chunks, vectors and postings, and commits. A
writer killed at any moment leaves the index as it was (a hot `index.db-journal`, which the
next open of the index rolls back and removes) or with the whole document. The first write
makes an empty index.db under a temporary name and renames it into place, so no half-made
database is ever `index.db`; a temporary file a killed writer left is deleted by the next.
A damaged index.db (empty, not SQLite, malformed) or a document whose vectors are missing
or the wrong size is refused with IndexDamaged, which says how to rebuild it.
"""

from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

import numpy as np

from index.errors import IndexDamaged, IndexUnavailable, IndexWriteFailed, ModelMismatch
from index.models import Chunk, ChunkHit, Document, Paragraph, ParagraphKind, ReadReport
from index.text import furniture_patterns
from index.documents import _DOC_COLUMNS, Documents, _document, _document_rows
from index.postings import (LAYOUT, WORDS_SCHEMA, DocumentPostings, Postings,
                            create_words_tables, delete_words, document_postings, has_table,
                            insert_words)
from index.vectors import VECTORS_SUFFIX, Vectors

DB_NAME = "index.db"
JOURNAL_NAME = DB_NAME + "-journal"     # SQLite's rollback journal, while a write is under way
LOCK_NAME = "index.lock"
TMP_PREFIX = ".tmp-"
# 2: documents.page_labels; 3: documents.reader; 4: vectors inside index.db (3 is still read);
# 5: paragraphs of the kinds recommendation, annex, table, summary, foreword (issue 20: an
# older verifier cannot read them, so it refuses the index rather than fail on one; 3 and 4
# are still read); 6: `furniture`, the running headers, footers and page numbers a reader
# learnt from each document, to clean a pasted quotation with (issue 20; an index of 3 to 5
# is still read, its documents with no furniture stored: a paste is then cleaned by the
# general rules alone, and `index add` of the same file, read by a newer reader, stores it)
SCHEMA_VERSION = 6
OLDEST_READ_SCHEMA = 3
# Writers hold the lock only while writing files they have already computed (about a second),
# so a minute of waiting means another writer is stuck, not busy.
LOCK_TIMEOUT_S = 60
# SQLite waits this long for a writer's commit before a reader gives up.
BUSY_TIMEOUT_S = 30

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, aliases TEXT NOT NULL, file TEXT NOT NULL,
    sha256 TEXT NOT NULL, pages INTEGER NOT NULL, paragraphs INTEGER NOT NULL,
    chunks INTEGER NOT NULL, added TEXT NOT NULL, model TEXT NOT NULL, vectors TEXT NOT NULL,
    page_labels TEXT NOT NULL DEFAULT '[]', reader TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS paragraphs (
    document_id TEXT NOT NULL, ord INTEGER NOT NULL, section TEXT, heading TEXT,
    kind TEXT NOT NULL, first_page INTEGER NOT NULL, last_page INTEGER NOT NULL,
    text TEXT NOT NULL, page_starts TEXT NOT NULL, label TEXT,
    PRIMARY KEY (document_id, ord));
CREATE INDEX IF NOT EXISTS paragraphs_section ON paragraphs (document_id, section);
CREATE TABLE IF NOT EXISTS chunks (
    document_id TEXT NOT NULL, row INTEGER NOT NULL, paragraph_order INTEGER NOT NULL,
    section TEXT, page INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, PRIMARY KEY (document_id, row));
CREATE TABLE IF NOT EXISTS furniture (document_id TEXT PRIMARY KEY, lines TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vectors (
    document_id TEXT PRIMARY KEY, name TEXT NOT NULL, dimension INTEGER NOT NULL,
    data BLOB NOT NULL);
"""

def default_index_dir() -> Path:
    """$VERIFIER_INDEX, else $XDG_DATA_HOME/verifier/index, else ~/.local/share/verifier/index."""
    if os.environ.get("VERIFIER_INDEX"):
        return Path(os.environ["VERIFIER_INDEX"]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home).expanduser() / "verifier" / "index"


def document_id(path: str | Path) -> str:
    """The id a file gets in the index: a slug of its name ("BVI Report.pdf" -> "bvi-report")."""
    stem = unicodedata.normalize("NFKD", Path(path).stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "document"


def vectors_name(doc_id: str, sha256: str, reader: str = "") -> str:
    """"report-27d8b3650e3d-pdfium1": the name a document's vectors are kept (and cached)
    under. It changes with the file and its reader, so a search that read a document's row
    just before a writer replaced it never takes the new vectors for the old ones. (Schema 3
    named a FAISS file so, with VECTORS_SUFFIX.)"""
    tag = re.sub(r"[^a-z0-9]+", "", reader.lower())
    return f"{doc_id}-{sha256[:12]}{'-' + tag if tag else ''}"


def open_index(path: str | Path | None = None, create: bool = False) -> Index:
    """The index in directory `path` (default: `default_index_dir()`).

    With `create`, the directory need not exist yet: it is made at the first write. Nothing
    is created or written by opening.

    Raises:
        IndexUnavailable: no index there (without `create`), or a place no index can be made.
    """
    path = Path(path).expanduser() if path is not None else default_index_dir()
    if path.exists() and not path.is_dir():
        raise IndexUnavailable(f"{path}: not a directory, so it cannot hold an index")
    if not create:
        if not (path / DB_NAME).is_file():
            raise IndexUnavailable(
                f"{path}: no index here (add a report with `verifier index add`)")
    else:
        _check_creatable(path)
    return Index(path)


def _check_creatable(path: Path) -> None:
    """Fail early, before any slow work, if an index cannot be written at `path`."""
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise IndexUnavailable(f"{path}: cannot create an index there ({existing} is not a "
                               "directory)")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise IndexUnavailable(f"{path}: cannot write there (permission denied on {existing})")
    db = path / DB_NAME
    if db.exists() and not os.access(db, os.W_OK):
        raise IndexUnavailable(f"{db}: cannot write to the index (permission denied)")


class Index:
    """A directory of indexed documents: read it, search it, add to it, remove from it.

    Made of parts with one job each: `Documents` (index/documents.py) reads the documents,
    their paragraphs and chunks; `Vectors` (index/vectors.py) loads and searches the vectors;
    `Postings` (index/postings.py) reads the word postings. This class opens the database,
    writes (a document whole, in one transaction) and delegates its reading to the parts.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._documents = Documents(self.path, self._reading)
        self._vectors = Vectors(self.path, self.path / DB_NAME, self._reading,
                                self._documents.row)
        self._postings = Postings(self._reading)
        # documents()' last read: (_stamp(), id -> (document, FAISS file))
        self._rows: tuple[tuple[int, int], dict[str, tuple[Document, str]]] = ((0, 0), {})

    def __repr__(self) -> str:
        return f"Index({str(self.path)!r})"

    # ---- reading -------------------------------------------------------------------------

    def documents(self) -> tuple[Document, ...]:
        """Every document in the index, by id."""
        with self._reading() as conn:
            if conn is None:
                return ()
            stamp = self._stamp()
            rows = _document_rows(conn)
        # Kept for `search`, which a check calls once a quotation right after reading these.
        self._rows = (stamp, {doc.id: (doc, name) for doc, name in rows})
        return tuple(doc for doc, _ in rows)

    def _stamp(self) -> tuple[int, int]:
        """The database file's modification time and size: every commit changes them (a
        rollback journal, never WAL, so the commit lands in the file itself)."""
        try:
            st = os.stat(self.path / DB_NAME)
        except OSError:
            return (0, 0)
        return (st.st_mtime_ns, st.st_size)

    def document(self, doc_id: str) -> Document:
        """The document with this id. Raises IndexUnavailable if there is none."""
        return self._documents.row(doc_id)[0]

    # ---- paragraphs and chunks (index/documents.py's part) --------------------------------

    def paragraphs(self, doc_id: str) -> tuple[Paragraph, ...]:
        """The document's paragraphs, in reading order."""
        return self._documents.paragraphs(doc_id)

    def furniture(self, doc_ids: Iterable[str]) -> tuple[str, ...]:
        """The furniture patterns learnt from these documents (index.text.furniture_patterns)."""
        return self._documents.furniture(doc_ids)

    def paragraph(self, doc_id: str, section: str) -> Paragraph | None:
        """The first paragraph numbered exactly `section` ("4.5" never matches "4.50")."""
        return self._documents.paragraph(doc_id, section)

    def page_text(self, doc_id: str, page_no: int) -> str:
        """The text printed on 1-based page `page_no`, rebuilt from the paragraphs on it."""
        return self._documents.page_text(doc_id, page_no)

    def chunks(self, doc_id: str) -> tuple[Chunk, ...]:
        """The document's chunks, in the order of their vectors."""
        return self._documents.chunks(doc_id)

    def numbered_paragraphs(self, sections: Iterable[str],
                            document_ids: Sequence[str]) -> list[tuple[str, int, str]]:
        """(document id, paragraph order, text) of each paragraph numbered exactly one of
        `sections`, by document (in the order of `document_ids`) then reading order."""
        return self._documents.numbered_paragraphs(sections, document_ids)

    def known_sections(self, sections: Iterable[str],
                       document_ids: Sequence[str]) -> set[str]:
        """Those of `sections` ("3.4", "3") that number a paragraph of one of the documents,
        or lead one's number ("3" of "3.4")."""
        return self._documents.known_sections(sections, document_ids)

    def headings_like(self, prefixes: Iterable[str],
                      document_ids: Sequence[str]) -> set[str]:
        """The distinct headings of the documents' paragraphs that begin with one of
        `prefixes` (ASCII case ignored)."""
        return self._documents.headings_like(prefixes, document_ids)

    def short_texts(self, max_chars: int) -> dict[str, set[str]]:
        """Each document's paragraph headings and its paragraphs of at most `max_chars`
        characters: the lines a part of a report is named by."""
        return self._documents.short_texts(max_chars)

    def paragraphs_at(self, doc_id: str, orders: Iterable[int]) -> dict[int, Paragraph]:
        """The document's paragraphs of these `order`s (cheaper than all of `paragraphs`)."""
        return self._documents.paragraphs_at(doc_id, orders)

    # ---- vectors (index/vectors.py's part) -------------------------------------------------

    def paragraph_vectors(self, doc_id: str, orders: Iterable[int]) -> dict[int, np.ndarray]:
        """The stored vectors of those paragraphs (by order) that are one chunk holding their
        whole text: the vector `embed` would give the paragraph's text, without embedding it."""
        orders = sorted(set(orders))
        if not orders:
            return {}
        marks = ", ".join("?" * len(orders))
        with self._reading() as conn:
            if conn is None:
                return {}
            lengths = dict(conn.execute(
                f"SELECT ord, length(text) FROM paragraphs WHERE document_id = ? AND ord IN "
                f"({marks})", (doc_id, *orders)).fetchall())
            chunks: dict[int, list[tuple[int, int, int]]] = {}
            for row, order, start, end in conn.execute(
                    'SELECT row, paragraph_order, start, "end" FROM chunks WHERE document_id = ? '
                    f"AND paragraph_order IN ({marks})", (doc_id, *orders)):
                chunks.setdefault(order, []).append((row, start, end))
        whole = {order: parts[0][0] for order, parts in chunks.items()
                 if len(parts) == 1 and parts[0][1] == 0 and parts[0][2] == lengths.get(order)}
        if not whole:
            return {}
        vectors = self._vectors.index_of(doc_id)
        return {order: np.asarray(vectors.reconstruct(int(row)), dtype=np.float32)
                for order, row in whole.items()}

    # ---- word postings (index/postings.py's part) ---------------------------------------

    def word_layouts(self, layout: str) -> dict[str, tuple[str, int]]:
        """Documents whose words are stored under `layout`: id -> (sha256, number of tokens)."""
        return self._postings.layouts(layout)

    def word_counts(self, layout: str, keys: Iterable[str]) -> dict[str, dict[str, int]]:
        """For each of `keys`: document id -> how many of its tokens have that key."""
        return self._postings.counts(layout, keys)

    def word_positions(self, layout: str, keys: Iterable[str]) -> dict[str, dict[str, bytes]]:
        """For each of `keys`: document id -> its token positions (little-endian uint32)."""
        return self._postings.positions(layout, keys)

    def word_keys(self, layout: str, doc_ids: Iterable[str]) -> set[str]:
        """Every word key the documents have (their vocabulary), under `layout`."""
        return self._postings.keys(layout, doc_ids)

    def word_layout(self, doc_id: str, sha256: str, layout: str) -> bytes | None:
        """The document's laid-out words (index/postings.py's bytes), if stored for this file."""
        return self._postings.layout(doc_id, sha256, layout)

    def stale_postings(self) -> tuple[Document, ...]:
        """The documents whose word postings are not stored under the current tokeniser's
        layout (added by an older verifier): a check lays these out in memory."""
        stored = self.word_layouts(LAYOUT)
        return tuple(doc for doc in self.documents()
                     if stored.get(doc.id, (None,))[0] != doc.sha256)

    def refresh_postings(self) -> int:
        """Store the word postings of every document that lacks current ones (`verifier index
        refresh`); returns how many were stored. Each document in its own transaction, laid
        out before the lock is taken.

        Raises:
            IndexWriteFailed: the disk is full, or another input/output error; the document
                being written was left as it was.
        """
        done = 0
        for doc in self.stale_postings():
            postings = document_postings(self.paragraphs(doc.id))
            with self._writing(create=False) as conn:
                row = conn.execute("SELECT sha256 FROM documents WHERE id = ?",
                                   (doc.id,)).fetchone()
                if row is None or row[0] != doc.sha256:
                    continue        # replaced or removed meanwhile: its writer stored them
                try:
                    with _transaction(conn):
                        create_words_tables(conn)
                        insert_words(conn, doc.id, doc.sha256, postings)
                except sqlite3.Error as e:
                    raise _write_failed(self.path, e) from e
            done += 1
        return done

    def check_model(self, model_name: str, purpose: str = "search") -> None:
        """Raise ModelMismatch unless every document was embedded with `model_name`."""
        others = sorted({doc.model for doc in self.documents()} - {model_name})
        if others:
            verb = "search it" if purpose == "search" else "add to it"
            raise ModelMismatch(f"index {self.path} was built with {others[0]}; "
                                f"cannot {verb} with {model_name}")

    def search(self, query_vectors: np.ndarray, k: int = 5,
               document_ids: Sequence[str] | None = None) -> list[list[ChunkHit]]:
        """The `k` chunks nearest each query vector (unit vectors), best first, per query."""
        queries = np.ascontiguousarray(np.atleast_2d(query_vectors), dtype=np.float32)
        # The rows `documents()` last read, if nothing was written since (a check reads them
        # as it starts, then searches once a quotation); else every document's row in one
        # read, not a connection per document searched.
        stamp, rows = self._rows
        if stamp != self._stamp() or document_ids is None or \
                any(doc_id not in rows for doc_id in document_ids):
            with self._reading() as conn:
                rows = {} if conn is None else {doc.id: (doc, name)
                                                for doc, name in _document_rows(conn)}
        if document_ids is None:
            chosen = list(rows.values())
        else:
            missing = [doc_id for doc_id in document_ids if doc_id not in rows]
            if missing:
                raise IndexUnavailable(f"{missing[0]}: no such document in the index {self.path}")
            chosen = [rows[doc_id] for doc_id in document_ids]
        best = self._vectors.search(queries, k, [(doc, name) for doc, name in chosen
                                                 if doc.chunks])
        chunks = self._documents.chunks_at({(doc_id, row) for hits in best
                                            for _, doc_id, row in hits})
        return [[ChunkHit(document_id=doc_id, chunk=chunks[(doc_id, row)], score=s)
                 for s, doc_id, row in hits] for hits in best]

    # ---- writing -------------------------------------------------------------------------

    def save_document(self, read: ReadReport, title: str, aliases: Iterable[str],
                      chunks: Sequence[Chunk], vectors: np.ndarray,
                      model_name: str, replace: bool = False) -> tuple[Document, bool]:
        """Store a read and embedded report, with its word postings; (document, True) if
        added or replaced.

        A file already in the index (same sha256) is left alone: (existing document, False).
        A different file whose id (the slug of its name) is taken is added under the next
        free id ("report-2"), never silently over the other; with `replace` it replaces the
        document with that id instead.

        Raises:
            IndexWriteFailed: the disk is full, or another input/output error; nothing changed.
        """
        vectors = np.ascontiguousarray(vectors, dtype="<f4")
        if vectors.ndim != 2 or vectors.shape[0] != len(chunks):
            raise ValueError(f"{len(chunks)} chunks but vectors of shape {vectors.shape}")
        postings = document_postings(read.paragraphs)      # slow for a long report: unlocked
        with self._writing(create=True) as conn:
            rows = _document_rows(conn)
            for doc, _ in rows:
                if doc.sha256 == read.sha256:
                    if doc.reader == read.reader:
                        return doc, False
                    reread = doc.id     # read again by a newer or another reader: replaced
                    break
            else:
                reread = None
            if reread is not None:
                doc_id = reread
            else:
                doc_id = document_id(read.path)
                if not replace:
                    doc_id = free_id(doc_id, {doc.id for doc, _ in rows})
            models = {doc.model for doc, _ in rows if doc.id != doc_id}
            if models and model_name not in models:
                raise ModelMismatch(f"index {self.path} was built with {sorted(models)[0]}; "
                                    f"cannot add to it with {model_name}")
            document = Document(
                id=doc_id, title=title, aliases=tuple(aliases),
                file=read.path if re.match(r"^https?://", read.path) else
                str(Path(read.path).resolve()), sha256=read.sha256,
                pages=len(read.pages), paragraphs=len(read.paragraphs), chunks=len(chunks),
                added=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                model=model_name,
                page_labels=tuple(page.label or "" for page in read.pages), reader=read.reader)
            try:
                _insert_document(conn, document, vectors_name(doc_id, read.sha256, read.reader),
                                 read.paragraphs, chunks, vectors, postings,
                                 furniture_patterns(read.pages))
            except (OSError, sqlite3.Error) as e:
                raise _write_failed(self.path, e) from e
            _remove_orphans(conn, self.path)
        return document, True

    def remove(self, doc_id: str) -> Document:
        """Remove a document and its vectors; return what was removed."""
        if not (self.path / DB_NAME).is_file():
            raise IndexUnavailable(f"{self.path}: no index here")
        with self._writing(create=False) as conn:
            row = conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?",
                               (doc_id,)).fetchone()
            if row is None:
                raise IndexUnavailable(f"{doc_id}: no such document in the index {self.path}")
            try:
                with _transaction(conn):
                    _delete_document(conn, doc_id)
            except sqlite3.Error as e:
                raise _write_failed(self.path, e) from e
            _remove_orphans(conn, self.path)
        return _document(row)[0]

    # ---- plumbing ------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection | None]:
        """A connection for reading, or None while no document was ever written.

        Raises:
            IndexDamaged: index.db is empty, not SQLite, malformed or not a verifier index.
        """
        db = self.path / DB_NAME
        if not db.is_file():
            yield None
            return
        # Read-write (never create) so SQLite may roll back a killed writer's hot journal.
        mode = "rw" if os.access(db, os.W_OK) and os.access(self.path, os.W_OK) else "ro"
        if mode == "rw" and (self.path / JOURNAL_NAME).exists():
            self._recover(db)
        try:
            conn = sqlite3.connect(f"file:{quote(str(db))}?mode={mode}", uri=True,
                                   timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error as e:
            raise IndexUnavailable(f"{db}: cannot open the index ({e})") from e
        with closing(conn):
            try:
                _check_database(conn, db)
                yield conn
            except sqlite3.DatabaseError as e:
                if _corrupt(e):
                    raise _damaged_database(db, e) from e
                raise

    def _recover(self, db: Path) -> None:
        """Clear what a killed writer left: SQLite rolls a hot journal back (the database as it
        was before the transaction), and a journal killed before its header was synced (which
        SQLite leaves, since the database was not yet touched) is deleted. Only while no writer
        holds the lock: a live writer's journal is its own."""
        from filelock import FileLock, Timeout

        lock = FileLock(str(self.path / LOCK_NAME), timeout=0)
        try:
            lock.acquire()
        except (Timeout, OSError):
            return
        try:
            with closing(sqlite3.connect(f"file:{quote(str(db))}?mode=rw", uri=True,
                                         timeout=BUSY_TIMEOUT_S)) as conn:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            (self.path / JOURNAL_NAME).unlink(missing_ok=True)
        except (OSError, sqlite3.Error):
            pass        # reading it says what is wrong, if anything is
        finally:
            lock.release()

    @contextmanager
    def _writing(self, create: bool) -> Iterator[sqlite3.Connection]:
        """The write lock and an autocommit connection; the directory and an empty index.db
        are made here, if at all."""
        from filelock import FileLock, Timeout

        try:
            if create:
                self.path.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.path / LOCK_NAME), timeout=LOCK_TIMEOUT_S)
            lock.acquire()
        except Timeout as e:
            raise IndexUnavailable(f"{self.path}: another process has held the index lock "
                                   f"for {LOCK_TIMEOUT_S} s") from e
        except OSError as e:
            if e.errno == errno.ENOSPC:
                raise _write_failed(self.path, e) from e
            raise IndexUnavailable(f"{self.path}: cannot write the index "
                                   f"({e.strerror or e})") from e
        try:
            db = self.path / DB_NAME
            try:
                if not db.exists():
                    if not create:
                        raise IndexUnavailable(f"{self.path}: no index here")
                    _create_database(self.path)
                conn = sqlite3.connect(f"file:{quote(str(db))}?mode=rw", uri=True,
                                       isolation_level=None, timeout=BUSY_TIMEOUT_S)
            except (OSError, sqlite3.Error) as e:
                if _disk_full(e):
                    raise _write_failed(self.path, e) from e
                raise IndexUnavailable(f"{db}: cannot write the index ({e})") from e
            with closing(conn):
                try:
                    conn.execute("PRAGMA journal_mode=DELETE")
                    conn.execute("PRAGMA synchronous=FULL")
                    _check_database(conn, db)
                except sqlite3.DatabaseError as e:
                    if _disk_full(e):
                        raise _write_failed(self.path, e) from e
                    if _corrupt(e):
                        raise _damaged_database(db, e) from e
                    raise IndexUnavailable(f"{db}: cannot write the index ({e})") from e
                yield conn
        finally:
            lock.release()



def _check_database(conn: sqlite3.Connection, db: Path) -> None:
    """Refuse a database that is no verifier index, or one of a schema this verifier does not
    read. (Querying it first also rolls back a killed writer's hot journal.)"""
    tables = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "documents" not in tables or "meta" not in tables:
        # SQLite reads an empty file as an empty database; no writer leaves one (the first
        # write renames a whole empty index into place).
        why = "the file is empty" if db.stat().st_size == 0 else "it holds no verifier index"
        raise _damaged_database(db, why)
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is None or int(row[0]) > SCHEMA_VERSION:
        raise IndexUnavailable(f"{db}: written by a newer verifier (schema {row and row[0]})")
    if int(row[0]) < OLDEST_READ_SCHEMA:
        raise IndexUnavailable(f"{db}: written by an older verifier (schema {row[0]}); "
                               "remove the directory and add the PDFs again")


def _corrupt(error: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file is not a database or is malformed."""
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or \
        "malformed" in str(error) or "not a database" in str(error)


def _damaged_database(db: Path, why: str | sqlite3.DatabaseError) -> IndexDamaged:
    if isinstance(why, sqlite3.DatabaseError):       # SQLite's words, plainer
        why = "malformed" if "malformed" in str(why) or getattr(
            why, "sqlite_errorcode", None) == sqlite3.SQLITE_CORRUPT else "not a database"
    return IndexDamaged(f"{db}: the index is damaged ({why}); rebuild it: remove the directory "
                        f"{db.parent} and add the reports again with `verifier index add`")


def _create_database(directory: Path) -> None:
    """Make an empty index.db whole under a temporary name, then rename it into place: a
    writer killed meanwhile leaves no index.db at all (and a temporary file the next deletes)."""
    tmp = directory / f"{TMP_PREFIX}{os.getpid()}-{DB_NAME}"
    tmp.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(str(tmp), isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("BEGIN IMMEDIATE")
            _create_tables(conn)
            conn.execute("COMMIT")
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, directory / DB_NAME)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(directory)


def _create_tables(conn: sqlite3.Connection) -> None:
    """The tables of this schema (those missing: an index of schema 3 gains `vectors`), inside
    the caller's transaction."""
    for statement in (_SCHEMA + WORDS_SCHEMA).split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)",
                 (str(SCHEMA_VERSION),))


def free_id(wanted: str, taken: set[str]) -> str:
    """`wanted` if no document has it, else the first of "wanted-2", "wanted-3", … that is free."""
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


def _disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or \
        "disk is full" in str(error)


def _write_failed(directory: Path, error: BaseException) -> IndexWriteFailed:
    """The error to raise when a write failed part-way: the real cause, and that nothing changed."""
    if _disk_full(error):
        why = "disk full (no space left on the device)"
    elif isinstance(error, OSError):
        why = error.strerror or str(error)
    else:
        why = str(error)
    return IndexWriteFailed(f"{directory}: cannot write the index: {why}; it was left as it "
                            "was")


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open: SQLite ends one itself on a full disk, and a
    second ROLLBACK's "no transaction is active" would hide the real cause."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass        # the error being raised says more than this one


def _insert_document(conn: sqlite3.Connection, document: Document, vectors_name: str,
                     paragraphs: Sequence[Paragraph], chunks: Sequence[Chunk],
                     vectors: np.ndarray, postings: DocumentPostings,
                     furniture: Sequence[str] = ()) -> None:
    """One transaction: replace any document with the same id, insert this one with its
    paragraphs, chunks, vectors, word postings and learnt furniture, commit."""
    with _transaction(conn):
        _create_tables(conn)
        _delete_document(conn, document.id)
        conn.execute(
            f"INSERT INTO documents ({_DOC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document.id, document.title, json.dumps(list(document.aliases)), document.file,
             document.sha256, document.pages, document.paragraphs, document.chunks,
             document.added, document.model, vectors_name,
             json.dumps(list(document.page_labels)), document.reader))
        _insert_paragraphs(conn, document.id, paragraphs)
        conn.executemany(
            'INSERT INTO chunks (document_id, row, paragraph_order, section, page, start, "end", '
            "text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(document.id, row, c.paragraph_order, c.section, c.page, c.start, c.end, c.text)
             for row, c in enumerate(chunks)])
        conn.execute("INSERT INTO vectors (document_id, name, dimension, data) VALUES (?, ?, ?, ?)",
                     (document.id, vectors_name, int(vectors.shape[1]), vectors.tobytes()))
        insert_words(conn, document.id, document.sha256, postings)
        conn.execute("INSERT INTO furniture (document_id, lines) VALUES (?, ?)",
                     (document.id, json.dumps(list(furniture))))


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (a kill or a Ctrl-C included)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise


def _delete_document(conn: sqlite3.Connection, doc_id: str) -> None:
    """Drop a document with everything of it, inside the caller's transaction."""
    for table, key in (("chunks", "document_id"), ("paragraphs", "document_id"),
                       ("documents", "id")):
        conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (doc_id,))
    for table in ("vectors", "furniture"):
        if has_table(conn, table):
            conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
    delete_words(conn, doc_id)


def _insert_paragraphs(conn: sqlite3.Connection, doc_id: str,
                       paragraphs: Sequence[Paragraph]) -> None:
    conn.executemany(
        "INSERT INTO paragraphs (document_id, ord, section, heading, kind, first_page, "
        "last_page, text, page_starts, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, p.order, p.section, p.heading, ParagraphKind(p.kind).value, p.first_page,
          p.last_page, p.text, json.dumps([list(pair) for pair in p.page_starts]), p.label)
         for p in paragraphs])


def _remove_orphans(conn: sqlite3.Connection, directory: Path) -> None:
    """Delete schema 3's FAISS files no document names (their documents replaced or removed),
    and temporary files of killed writers (under the lock)."""
    wanted = {name for (name,) in conn.execute("SELECT vectors FROM documents")}
    for path in directory.iterdir():
        name = path.name
        if name.startswith(TMP_PREFIX) or (name.endswith(VECTORS_SUFFIX) and name not in wanted):
            path.unlink(missing_ok=True)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""The on-disk index: one directory holding a SQLite file and one FAISS file per document.

    <dir>/index.db                  documents, paragraphs (with page_starts), chunks
    <dir>/<id>-<sha256[:12]>-<reader>.faiss  the document's chunk vectors (inner product over unit vectors)
    <dir>/index.lock                taken by writers only

Reading never imports faiss, torch or sentence-transformers, and never writes: it opens the
database read-write only so SQLite can roll back a journal left by a killed writer.

A write is all or nothing. Everything slow (reading the PDF, embedding) is done before the
directory is touched. Then, under the lock: the FAISS file is written to a temporary name,
fsynced and renamed to its final name (new names never overwrite old ones, since the name
carries the file's hash); then one SQLite transaction (rollback journal, not WAL, so no side
files linger) commits last. Only after the commit are superseded FAISS files deleted, with any
orphans a killed writer left behind.
"""

from __future__ import annotations

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

from index.errors import IndexUnavailable, ModelMismatch
from index.models import Chunk, ChunkHit, Document, Paragraph, ParagraphKind, ReadReport

DB_NAME = "index.db"
LOCK_NAME = "index.lock"
VECTORS_SUFFIX = ".faiss"
TMP_PREFIX = ".tmp-"
SCHEMA_VERSION = 3   # 2: documents.page_labels; 3: documents.reader
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
"""

_DOC_COLUMNS = ("id, title, aliases, file, sha256, pages, paragraphs, chunks, added, model, vectors, "
                "page_labels, reader")


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


def vectors_file_name(doc_id: str, sha256: str, reader: str = "") -> str:
    """"report-27d8b3650e3d-pdfium1.faiss": the reader is in the name too, so a file read again
    by another reader never overwrites the vectors the committed row still names."""
    tag = re.sub(r"[^a-z0-9]+", "", reader.lower())
    return f"{doc_id}-{sha256[:12]}{'-' + tag if tag else ''}{VECTORS_SUFFIX}"


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
    """A directory of indexed documents: read it, search it, add to it, remove from it."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._vector_indexes: dict[str, tuple[str, object]] = {}  # id -> (FAISS file, index)
        self._paragraph_cache: dict[tuple[str, str], tuple[Paragraph, ...]] = {}

    def __repr__(self) -> str:
        return f"Index({str(self.path)!r})"

    # ---- reading -------------------------------------------------------------------------

    def documents(self) -> tuple[Document, ...]:
        """Every document in the index, by id."""
        with self._reading() as conn:
            if conn is None:
                return ()
            return tuple(doc for doc, _ in _document_rows(conn))

    def document(self, doc_id: str) -> Document:
        """The document with this id. Raises IndexUnavailable if there is none."""
        return self._document_row(doc_id)[0]

    def paragraphs(self, doc_id: str) -> tuple[Paragraph, ...]:
        """The document's paragraphs, in reading order."""
        doc = self.document(doc_id)
        key = (doc.id, doc.sha256)
        if key not in self._paragraph_cache:
            with self._reading() as conn:
                rows = conn.execute(
                    "SELECT ord, section, heading, kind, first_page, last_page, text, "
                    "page_starts, label FROM paragraphs WHERE document_id = ? ORDER BY ord",
                    (doc.id,)).fetchall()
            self._paragraph_cache[key] = tuple(_paragraph(row) for row in rows)
        return self._paragraph_cache[key]

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
        doc = self.document(doc_id)
        with self._reading() as conn:
            rows = conn.execute(
                'SELECT paragraph_order, section, page, start, "end", text FROM chunks '
                "WHERE document_id = ? ORDER BY row", (doc.id,)).fetchall()
        return tuple(Chunk(*row) for row in rows)

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
        if document_ids is None:
            docs = [doc for doc in self.documents() if doc.chunks]
        else:
            docs = [self.document(doc_id) for doc_id in document_ids]
        found: list[list[tuple[float, str, int]]] = [[] for _ in range(len(queries))]
        for doc in docs:
            if not doc.chunks:
                continue
            vectors = self._vector_index(doc.id)
            if vectors.d != queries.shape[1]:
                raise ModelMismatch(
                    f"index {self.path} was built with {doc.model} ({vectors.d} dimensions); "
                    f"cannot search it with {queries.shape[1]}-dimensional vectors")
            scores, rows = vectors.search(queries, min(k, vectors.ntotal))
            for q in range(len(queries)):
                found[q].extend((float(s), doc.id, int(r))
                                for s, r in zip(scores[q], rows[q]) if r >= 0)
        best = [sorted(hits, key=lambda h: (-h[0], h[1], h[2]))[:k] for hits in found]
        chunks = self._chunks_at({(doc_id, row) for hits in best for _, doc_id, row in hits})
        return [[ChunkHit(document_id=doc_id, chunk=chunks[(doc_id, row)], score=s)
                 for s, doc_id, row in hits] for hits in best]

    # ---- writing -------------------------------------------------------------------------

    def save_document(self, read: ReadReport, title: str, aliases: Iterable[str],
                      chunks: Sequence[Chunk], vectors: np.ndarray,
                      model_name: str) -> tuple[Document, bool]:
        """Store a read and embedded report; (document, True) if added or replaced.

        A file already in the index (same sha256) is left alone: (existing document, False).
        A different file with the same id (same file name) replaces the old one.
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(chunks):
            raise ValueError(f"{len(chunks)} chunks but vectors of shape {vectors.shape}")
        doc_id = document_id(read.path)
        with self._writing(create=True) as conn:
            rows = _document_rows(conn)
            for doc, _ in rows:
                if doc.sha256 == read.sha256:
                    if doc.reader == read.reader:
                        return doc, False
                    doc_id = doc.id     # read again by a newer or another reader: replaced
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
            # The reader is in the name too: a file read again never overwrites its old vectors.
            vectors_name = vectors_file_name(doc_id, read.sha256, read.reader)
            _write_vectors(self.path, vectors_name, vectors)
            _insert_document(conn, document, vectors_name, read.paragraphs, chunks)
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
            conn.execute("BEGIN IMMEDIATE")
            try:
                for table, key in (("chunks", "document_id"), ("paragraphs", "document_id"),
                                   ("documents", "id")):
                    conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (doc_id,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            _remove_orphans(conn, self.path)
        return _document(row)[0]

    # ---- plumbing ------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection | None]:
        """A connection for reading, or None while no document was ever written."""
        db = self.path / DB_NAME
        if not db.is_file():
            yield None
            return
        # Read-write (never create) so SQLite may roll back a killed writer's hot journal.
        mode = "rw" if os.access(db, os.W_OK) and os.access(self.path, os.W_OK) else "ro"
        try:
            conn = sqlite3.connect(f"file:{quote(str(db))}?mode={mode}", uri=True,
                                   timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error as e:
            raise IndexUnavailable(f"{db}: cannot open the index ({e})") from e
        with closing(conn):
            try:
                tables = {name for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")}
            except sqlite3.DatabaseError as e:
                raise IndexUnavailable(f"{db}: not a verifier index ({e})") from e
            if "documents" not in tables:
                # Created by a writer killed before its first commit: an empty index.
                yield None
                return
            _check_schema(conn, db)
            yield conn

    @contextmanager
    def _writing(self, create: bool) -> Iterator[sqlite3.Connection]:
        """The write lock and an autocommit connection; the directory is made here, if at all."""
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
            raise IndexUnavailable(f"{self.path}: cannot write the index "
                                   f"({e.strerror or e})") from e
        try:
            db = self.path / DB_NAME
            try:
                conn = sqlite3.connect(str(db), isolation_level=None, timeout=BUSY_TIMEOUT_S)
                conn.execute("PRAGMA journal_mode=DELETE")
                conn.execute("PRAGMA synchronous=FULL")
                tables = {name for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")}
                if "documents" in tables:
                    _check_schema(conn, db)
            except sqlite3.DatabaseError as e:
                raise IndexUnavailable(f"{db}: not a verifier index ({e})") from e
            with closing(conn):
                yield conn
        finally:
            lock.release()

    def _document_row(self, doc_id: str) -> tuple[Document, str]:
        with self._reading() as conn:
            row = None if conn is None else conn.execute(
                f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise IndexUnavailable(f"{doc_id}: no such document in the index {self.path}")
        return _document(row)

    def _vector_index(self, doc_id: str):
        """The document's FAISS index, loaded once per file (the name changes with the file)."""
        import faiss

        # A writer replacing this document deletes the old file right after its commit: if it
        # vanished between reading the row and opening it, the row now names the new file.
        for _attempt in range(2):
            _, name = self._document_row(doc_id)
            cached = self._vector_indexes.get(doc_id)
            if cached is not None and cached[0] == name:
                return cached[1]
            path = self.path / name
            if path.is_file():
                index = faiss.read_index(str(path))
                self._vector_indexes[doc_id] = (name, index)
                return index
        raise IndexUnavailable(f"{path}: the vectors of document {doc_id} are missing")

    def _chunks_at(self, keys: set[tuple[str, int]]) -> dict[tuple[str, int], Chunk]:
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


def _check_schema(conn: sqlite3.Connection, db: Path) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is None or int(row[0]) > SCHEMA_VERSION:
        raise IndexUnavailable(f"{db}: written by a newer verifier (schema {row and row[0]})")
    if int(row[0]) < SCHEMA_VERSION:
        raise IndexUnavailable(f"{db}: written by an older verifier (schema {row[0]}); "
                               "remove the directory and add the PDFs again")


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


def _write_vectors(directory: Path, name: str, vectors: np.ndarray) -> None:
    """Write a FAISS inner-product index durably: temp file, fsync, rename, fsync the dir."""
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    if len(vectors):
        index.add(vectors)
    data = faiss.serialize_index(index).tobytes()
    tmp = directory / f"{TMP_PREFIX}{os.getpid()}-{name}"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, directory / name)
    _fsync_dir(directory)


def _insert_document(conn: sqlite3.Connection, document: Document, vectors_name: str,
                     paragraphs: Sequence[Paragraph], chunks: Sequence[Chunk]) -> None:
    """One transaction: replace any document with the same id, insert this one, commit."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)",
                     (str(SCHEMA_VERSION),))
        for table, key in (("chunks", "document_id"), ("paragraphs", "document_id"),
                           ("documents", "id")):
            conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (document.id,))
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
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _insert_paragraphs(conn: sqlite3.Connection, doc_id: str,
                       paragraphs: Sequence[Paragraph]) -> None:
    conn.executemany(
        "INSERT INTO paragraphs (document_id, ord, section, heading, kind, first_page, "
        "last_page, text, page_starts, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, p.order, p.section, p.heading, ParagraphKind(p.kind).value, p.first_page,
          p.last_page, p.text, json.dumps([list(pair) for pair in p.page_starts]), p.label)
         for p in paragraphs])


def _remove_orphans(conn: sqlite3.Connection, directory: Path) -> None:
    """Delete FAISS files no document names, and temp files of killed writers (under the lock)."""
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

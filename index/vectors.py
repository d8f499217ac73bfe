"""An index's vectors: each document's chunk vectors, searched by inner product over unit vectors.

Schema 4 keeps them in index.db (`vectors`: float32 rows, little-endian); schema 3 kept them in
a FAISS file per document beside it (a name ending in VECTORS_SUFFIX), still read. Each is
loaded into a FAISS index once per name (the name changes with the file). Over many vectors, a
process that searches the same documents again scans a float16 copy first and rescores at full
precision (`_scan_then_rescore`): the exact answer at about half the cost.

faiss is imported only here, and only when vectors are searched.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from index.errors import IndexDamaged, ModelMismatch
from index.models import Document

VECTORS_SUFFIX = ".faiss"
# A search over this many vectors or more scans a float16 copy first (`_scan_then_rescore`):
# about ten 150-page reports. Below it the documents' own indexes are searched, as ever.
HALF_SCAN_MIN_VECTORS = 20000
# Bound on how far float16 rounding moves the inner product of two unit vectors: 2^-11 of
# Σ|q_i x_i| ≤ 1 for the rounding, a little more for subnormals and float32 sums; doubled.
HALF_SCAN_ERROR = 1e-3
# From this many queries at once FAISS scans the full vectors with BLAS, faster than the copy.
HALF_SCAN_MAX_QUERIES = 20
# The search of a choice of documents from which its float16 copy is built and used.
HALF_SCAN_AFTER_SEARCHES = 8
# Choices of documents whose float16 copy an index keeps (a web form offers all, or one).
MAX_HALF_SCANS = 2


class Vectors:
    """The vectors part of an Index: load, cache and search each document's vectors.

    `db` is index.db's path; `reading` the index's read connection (a context manager giving
    None while the index is empty);
    `row_of(doc_id)` reads a document's row again, (document, vectors name).
    """

    def __init__(self, directory: Path, db: Path, reading: Callable, row_of: Callable):
        self.path = directory
        self.db = db
        self._reading = reading
        self._row_of = row_of
        self._vector_indexes: dict[str, tuple[str, object]] = {}  # id -> (name, FAISS index)
        self._scans: dict[tuple, tuple] = {}     # _half_precision's copies, latest last
        self._searches: dict[tuple, int] = {}    # full searches a choice of documents, so far
        self._scan_lock = threading.Lock()

    def search(self, queries: np.ndarray, k: int,
               chosen: list[tuple[Document, str]]) -> list[list[tuple[float, str, int]]]:
        """The `k` best (score, document id, row) for each query among the chosen documents'
        (document, vectors name), best first (ties: by document id, then row)."""
        for doc, name in chosen:
            vectors = self.index_of(doc.id, (doc, name))
            if vectors.d != queries.shape[1]:
                raise ModelMismatch(
                    f"index {self.path} was built with {doc.model} ({vectors.d} dimensions); "
                    f"cannot search it with {queries.shape[1]}-dimensional vectors")
        key = tuple((doc.id, name) for doc, name in chosen)
        if sum(doc.chunks for doc, _ in chosen) >= HALF_SCAN_MIN_VECTORS and \
                len(queries) < HALF_SCAN_MAX_QUERIES and self._scan_worthwhile(key):
            found = self._scan_then_rescore(queries, k, key, chosen)
        else:
            found = [[] for _ in range(len(queries))]
            for doc, name in chosen:
                scores, rows = self.index_of(doc.id, (doc, name)).search(
                    queries, min(k, doc.chunks))
                for q in range(len(queries)):
                    found[q].extend((float(s), doc.id, int(r))
                                    for s, r in zip(scores[q], rows[q]) if r >= 0)
        return [sorted(hits, key=lambda h: (-h[0], h[1], h[2]))[:k] for hits in found]

    def index_of(self, doc_id: str, row: tuple[Document, str] | None = None):
        """The document's vectors as a FAISS index, loaded once per name (which changes with
        the file). `row`: the document's row as the caller has just read it."""
        # A writer replacing this document may commit between reading the row and reading its
        # vectors: then the row now names the new ones.
        for attempt in range(2):
            doc, name = row if row is not None and attempt == 0 else self._row_of(doc_id)
            cached = self._vector_indexes.get(doc_id)
            if cached is not None and cached[0] == name:
                return cached[1]
            index = self._load_vectors(doc, name)
            if index is not None:
                self._vector_indexes[doc_id] = (name, index)
                return index
        raise IndexDamaged(f"{self.path}: the vectors of document {doc_id} are missing; "
                           f"{_rebuild_document(doc)}")

    def _load_vectors(self, doc: Document, name: str):
        """The FAISS index of these vectors, or None if the index holds none of that name."""
        import faiss

        if name.endswith(VECTORS_SUFFIX):       # schema 3: a FAISS file beside index.db
            path = self.path / name
            if not path.is_file():
                return None
            try:
                index = faiss.read_index(str(path))
            except RuntimeError as e:     # FAISS says "read error" and where, in C++ terms
                raise _damaged_vectors(path, doc) from e
            if index.ntotal != doc.chunks:
                raise _damaged_vectors(path, doc)
            return index
        with self._reading() as conn:
            found = None if conn is None else conn.execute(
                "SELECT dimension, data FROM vectors WHERE document_id = ? AND name = ?",
                (doc.id, name)).fetchone()
        if found is None:
            return None
        dimension, data = found
        if dimension <= 0 or len(data) != 4 * dimension * doc.chunks:
            raise _damaged_vectors(self.db, doc)
        index = faiss.IndexFlatIP(dimension)
        if doc.chunks:
            index.add(np.frombuffer(data, dtype="<f4").reshape(doc.chunks, dimension))
        return index

    def _scan_then_rescore(self, queries: np.ndarray, k: int, key: tuple,
                           chosen: list[tuple[Document, str]]) -> list[list[tuple[float, str, int]]]:
        """The exact `k` nearest, found through a half-precision copy of the vectors.

        A unit vector rounded to float16 moves every inner product with a unit query by less
        than HALF_SCAN_ERROR, so the true k nearest all score within 2 × HALF_SCAN_ERROR of the
        k-th best half-precision score: every vector scoring that high there is scored again
        at full precision, and the k best of those are the answer the full scan gives. The
        copy is scanned at about three times the speed (half the bytes to read, one index
        instead of one a document).
        """
        scan, offsets, owners = self._half_precision(key, chosen)
        total = int(offsets[-1])
        want = min(total, 4 * k)
        approx, ids = scan.search(queries, want)
        found = []
        for q, query in enumerate(queries):
            scores, rows = approx[q], ids[q]
            while True:
                scores, rows = scores[rows >= 0], rows[rows >= 0]
                floor = scores[min(k, len(scores)) - 1] - 2 * HALF_SCAN_ERROR
                if len(scores) == total or scores[-1] < floor:
                    break
                # More than `want` vectors score that high (a report indexed twice): look further.
                scores, rows = (a[0] for a in scan.search(query[None, :],
                                                          min(total, 4 * len(scores))))
            candidates = rows[scores >= floor]
            owner = np.searchsorted(offsets, candidates, side="right") - 1
            hits = []
            for position in np.unique(owner).tolist():
                doc, name = owners[position]
                doc_rows = candidates[owner == position] - offsets[position]
                vectors = self.index_of(doc.id, (doc, name))
                exact = vectors.reconstruct_batch(doc_rows) @ query
                hits.extend((float(s), doc.id, int(r)) for s, r in zip(exact, doc_rows))
            found.append(hits)
        return found

    def _scan_worthwhile(self, key: tuple) -> bool:
        """Whether this process searches these documents often enough to build their float16
        copy: it costs about 0.1-0.3 s at 70,000 vectors and saves 3 ms a search, so a
        one-off `verifier check` of a motion never builds it, and a web or batch worker
        (or a check of several motions) does at its HALF_SCAN_AFTER_SEARCHES-th search.
        `key`: the chosen documents' (id, FAISS file) pairs."""
        with self._scan_lock:
            if key in self._scans:
                return True
            self._searches[key] = self._searches.get(key, 0) + 1
            if len(self._searches) > 64:
                self._searches.clear()
            return self._searches.get(key, 0) >= HALF_SCAN_AFTER_SEARCHES

    def _half_precision(self, key: tuple, chosen: list[tuple[Document, str]]):
        """A float16 FAISS index of the chosen documents' vectors one after another, with
        each document's first row in it (offsets) and its row: kept for the latest choices."""
        import faiss

        with self._scan_lock:
            cached = self._scans.pop(key, None)
            if cached is None:
                dimension = self.index_of(chosen[0][0].id, chosen[0]).d
                scan = faiss.IndexScalarQuantizer(dimension, faiss.ScalarQuantizer.QT_fp16,
                                                  faiss.METRIC_INNER_PRODUCT)
                offsets = [0]
                for doc, name in chosen:
                    vectors = self.index_of(doc.id, (doc, name))
                    scan.add(vectors.reconstruct_n(0, vectors.ntotal))
                    offsets.append(offsets[-1] + vectors.ntotal)
                cached = (scan, np.asarray(offsets, dtype=np.int64), list(chosen))
            self._scans[key] = cached
            while len(self._scans) > MAX_HALF_SCANS:
                self._scans.pop(next(iter(self._scans)))
            return cached


def _damaged_vectors(path: Path, doc: Document) -> IndexDamaged:
    return IndexDamaged(f"{path}: the vectors of document {doc.id} are damaged (truncated or "
                        f"corrupt); {_rebuild_document(doc)}")


def _rebuild_document(doc: Document) -> str:
    return (f"rebuild them with `verifier index remove {doc.id}` and "
            f"`verifier index add {doc.file}`")

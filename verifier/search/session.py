"""One checking session per process: the opened index, its laid-out corpus and the embedder.

    session = open_session(index_dir, model_path)     # the same object on every call
    check_motion(motion, session, document_ids)       # verifier.judging.check

The command line, a web worker and a batch worker each hold one Session per index directory
(and model) and check every motion with it, so FAISS files are read once, each document's
words are laid out once and the embedding model is loaded once, on first need. Adding or
removing a document is noticed at the next check (`documents()` reads the index's table of
documents, a millisecond): a document that changed or went is laid out anew or dropped.

A Session is shared by the threads of a web worker; it holds no open connection, so a forked
or spawned worker process gets a new one from `open_session` (the key includes the pid).
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from index import ChunkHit, Document, Embedder, Index, default_index_dir, open_index
from verifier.search.corpus import Corpus, DocumentText
from verifier.thresholds import model_warning

log = logging.getLogger(__name__)

# Texts whose vectors a session keeps (a motion's quotations, the paragraphs they cite): a web
# worker checks the same sample motion and the same cited paragraphs again and again.
MAX_CACHED_VECTORS = 4096
# Choices of documents whose corpus a session keeps: a web form offers a few (all, or one).
MAX_CACHED_CORPORA = 8

_sessions: dict[tuple[int, str, str | None], Session] = {}
_sessions_lock = threading.Lock()


def open_session(index_dir: str | Path | Index | None = None,
                 model_path: str | Path | None = None, create: bool = False) -> Session:
    """This process's session for the index in `index_dir` (default: `default_index_dir()`).

    With `create` the index need not exist yet (a server that starts empty).

    Raises:
        IndexUnavailable: no index there (without `create`), or a place none can be made.
    """
    if isinstance(index_dir, Index):
        index_dir = index_dir.path
    path = Path(index_dir).expanduser() if index_dir is not None else default_index_dir()
    key = (os.getpid(), str(path.resolve()), None if model_path is None else str(model_path))
    with _sessions_lock:
        session = _sessions.get(key)
        if session is None:
            session = Session(open_index(path, create=create), model_path)
            _sessions[key] = session
        return session


def forget_sessions() -> None:
    """Drop every session of this process (tests; a server reloading its configuration)."""
    with _sessions_lock:
        _sessions.clear()


class Session:
    """An opened index with its laid-out documents and its embedding model (loaded on first use).

    Args:
        index: the opened index.
        model_path: a sentence-transformers model directory; None for the bundled model.
    """

    def __init__(self, index: Index, model_path: str | Path | None = None):
        self.index = index
        self.model_path = None if model_path is None else str(model_path)
        self._lock = threading.RLock()
        self._texts: dict[str, DocumentText] = {}      # document id -> its laid-out words
        self._corpora: OrderedDict[tuple[Document, ...], Corpus] = OrderedDict()
        self._documents: tuple[Document, ...] | None = None
        self._embedder: Embedder | None = None
        self._vectors: OrderedDict[str, object] = OrderedDict()   # text -> unit vector
        # (document id, paragraph order) -> its stored vector, or None if it has none
        self._paragraph_vectors: dict[tuple[str, int], object] = {}
        # A document's passages embedded at once (pin_passages), kept for the process's life
        # and never evicted: text -> unit vector, and the keys (document sha256) pinned.
        self._pinned: dict[str, object] = {}
        self._pinned_keys: set[str] = set()

    def __repr__(self) -> str:
        return f"Session({str(self.index.path)!r}, model={self.model_path!r})"

    # ---- the documents and their words ------------------------------------------------------

    def documents(self) -> tuple[Document, ...]:
        """The index's documents now; laid-out words of a changed or removed document go."""
        documents = self.index.documents()
        with self._lock:
            if documents != self._documents:
                current = {d.id: d for d in documents}
                for doc_id in list(self._texts):
                    if self._texts[doc_id].document != current.get(doc_id):
                        del self._texts[doc_id]
                self._corpora.clear()
                self._paragraph_vectors.clear()
                self._documents = documents
        return documents

    def corpus(self, documents: Sequence[Document]) -> Corpus:
        """The corpus of `documents` (from `documents()`), each laid out once per session."""
        key = tuple(documents)
        with self._lock:
            corpus = self._corpora.get(key)
            if corpus is not None:
                self._corpora.move_to_end(key)
                return corpus
        corpus = Corpus.of(key, self)
        with self._lock:
            self._corpora[key] = corpus
            while len(self._corpora) > MAX_CACHED_CORPORA:
                self._corpora.popitem(last=False)
        return corpus

    def document_text(self, document: Document) -> DocumentText:
        """One document's words laid out for search (read from the index, kept for the session)."""
        with self._lock:
            text = self._texts.get(document.id)
            if text is not None and text.document == document:
                return text
        text = DocumentText.laid_out(document, self.index)
        with self._lock:
            self._texts[document.id] = text
        return text

    # ---- meaning ------------------------------------------------------------------------------

    @property
    def embedder(self) -> Embedder:
        """The embedding model, checked against the index on first use (and, if it is not the
        model the cut-offs were measured on, a warning logged naming those to re-measure)."""
        with self._lock:
            if self._embedder is None:
                embedder = Embedder(self.model_path)
                self.index.check_model(embedder.model_name)
                warning = model_warning(embedder.model_name)
                if warning:     # once a session: the cut-offs belong to another model
                    log.warning("warning: %s", warning)
                self._embedder = embedder
            return self._embedder

    def pin_passages(self, key: str, texts: Sequence[str]) -> None:
        """Embed a document's passages in one batch, once per process (`key`: its sha256):
        claims compare with its sentences again and again, pack after pack (issue 23), and
        one batch sorted by length is much cheaper than a few texts per claim."""
        with self._lock:
            if key in self._pinned_keys:
                return
            new = [t for t in dict.fromkeys(texts) if t not in self._pinned]
        vectors = self.embedder.embed(new) if new else []
        with self._lock:
            self._pinned.update(zip(new, vectors))
            self._pinned_keys.add(key)

    def embed(self, texts: Sequence[str]):
        """Unit vectors for `texts` (a numpy array, one row per text), each text embedded once."""
        import numpy

        texts = list(texts)
        with self._lock:
            pinned = {t: self._pinned[t] for t in texts if t in self._pinned}
            if len(pinned) == len(set(texts)):
                return numpy.stack([pinned[t] for t in texts])
            new = [t for t in dict.fromkeys(texts) if t not in self._vectors and t not in pinned]
        if new:
            vectors = self.embedder.embed(new)
            with self._lock:
                self._vectors.update(zip(new, vectors))
                while len(self._vectors) > MAX_CACHED_VECTORS:
                    self._vectors.popitem(last=False)
        with self._lock:
            found = [pinned[t] if t in pinned else self._vectors.get(t) for t in texts]
        missing = [t for t, v in zip(texts, found) if v is None]
        if missing:     # evicted by another thread meanwhile: embed those again
            again = dict(zip(missing, self.embedder.embed(missing)))
            found = [again[t] if v is None else v for t, v in zip(texts, found)]
        return numpy.stack(found)

    def search(self, text: str, k: int, document_ids: Sequence[str]) -> list[ChunkHit]:
        """The `k` chunks nearest `text` in meaning among `document_ids`, best first."""
        return self.index.search(self.embed([text]), k=k, document_ids=list(document_ids))[0]

    def similarities(self, text: str, passages: Sequence[str],
                     places: Sequence[tuple[str, int]] | None = None) -> list[float]:
        """Cosine similarity of `text` to each passage.

        `places` (document id, paragraph order), one per passage, say the passages are whole
        paragraphs: a paragraph stored as one chunk is compared through its stored vector
        (the same vector, within 1e-5, as embedding its text) rather than embedded again.
        """
        stored: dict[int, object] = {}
        if places is not None:
            wanted: dict[str, list[int]] = {}
            for doc_id, order in places:
                if (doc_id, order) not in self._paragraph_vectors:
                    wanted.setdefault(doc_id, []).append(order)
            for doc_id, orders in wanted.items():
                found = self.index.paragraph_vectors(doc_id, orders)
                with self._lock:     # None: the paragraph is not one stored chunk
                    self._paragraph_vectors.update(
                        ((doc_id, order), found.get(order)) for order in orders)
            known = self._paragraph_vectors
            stored = {i: known[place] for i, place in enumerate(places)
                      if known.get(place) is not None}
        rest = [p for i, p in enumerate(passages) if i not in stored]
        vectors = self.embed([text, *rest])       # unit vectors: dot = cosine
        query, embedded = vectors[0], iter(vectors[1:])
        return [float((stored[i] if i in stored else next(embedded)) @ query)
                for i in range(len(passages))]

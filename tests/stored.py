"""Small reports stored in a real index without the model (placeholder vectors), for the unit
tables of the index's and the search's parts (test_postings, test_matching, test_claim_layout)."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np

from index import ReadReport, make_chunks, open_index


def store(index, name: str, paragraphs) -> None:
    """Store `paragraphs` as the document `name` ("/reports/<name>.pdf"), every chunk's vector
    the same placeholder."""
    chunks = make_chunks(paragraphs)
    vectors = np.zeros((len(chunks), 384), dtype="float32")
    vectors[:, 0] = 1
    index.save_document(ReadReport(f"/reports/{name}.pdf", hashlib.sha256(name.encode())
                                   .hexdigest(), (), tuple(paragraphs)),
                        name.title(), (), chunks, vectors, "all-MiniLM-L6-v2")


def stored_index(directory: Path, documents: dict, stale: bool = False):
    """An index in `directory` holding each named document's paragraphs; `stale`: its word
    postings marked as made by an older tokeniser, so a corpus lays them out in memory."""
    index = open_index(directory, create=True)
    for name, paragraphs in documents.items():
        store(index, name, paragraphs)
    if stale:
        with closing(sqlite3.connect(directory / "index.db")) as conn, conn:
            conn.executescript("UPDATE words SET layout = 'old'; "
                               "UPDATE word_layouts SET layout = 'old'")
    return index

"""Add a report PDF to an index: the whole source-side pipeline, stage by stage."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from index.chunks import make_chunks
from index.embed import Embedder
from index.models import Document, Page, ReadReport
from index.paragraphs import split_paragraphs
from index.pdf import file_sha256, read_pages
from index.store import Index, open_index

# progress(stage, done, total): stage is "reading", "embedding" or "saving".
Progress = Callable[[str, int, int], None]

# A title is a short line near the top of page 1: look no further down than this.
TITLE_SEARCH_LINES = 8
MAX_TITLE_CHARS = 120
_NUMBERED_LINE = re.compile(r"^\d+(\.\d+)+\.?\s")


def add_pdf(index_dir: str | Path, pdf_path: str | Path, title: str | None = None,
            aliases: Iterable[str] = (), model_path: str | Path | None = None,
            progress: Progress | None = None, replace: bool = False) -> tuple[Document, bool]:
    """Read, split, chunk, embed and store one PDF; (document, False) if already indexed.

    Nothing is written until every slow stage has succeeded, and a bad PDF leaves the index
    directory exactly as it was (not even created). A different file whose id is taken gets
    a new id ("report-2"), or with `replace` takes the other's place (see Index.save_document).

    Raises:
        UnreadablePDF, IndexUnavailable, IndexWriteFailed, ModelMismatch, ModelUnavailable
    """
    report = _progress(progress)
    index = open_index(index_dir, create=True)          # fails early on an unusable place
    embedder = Embedder(model_path)
    report("reading", 0, 1)
    pages = read_pages(pdf_path)
    sha256 = file_sha256(pdf_path)
    for doc in index.documents():
        if doc.sha256 == sha256:
            return doc, False
    index.check_model(embedder.model_name, purpose="add")
    paragraphs = split_paragraphs(pages)
    read = ReadReport(path=str(pdf_path), sha256=sha256, pages=pages, paragraphs=paragraphs)
    chunks = make_chunks(paragraphs)
    report("reading", 1, 1)
    report("embedding", 0, len(chunks))      # the model loads here: seconds, on first use
    vectors = embedder.embed([chunk.text for chunk in chunks],
                             progress=lambda done, total: report("embedding", done, total))
    report("saving", 0, 1)
    saved = index.save_document(read, title=title or guess_title(pages, pdf_path),
                                aliases=tuple(aliases), chunks=chunks, vectors=vectors,
                                model_name=embedder.model_name, replace=replace)
    report("saving", 1, 1)
    return saved


def paragraph_warning(index: Index, document: Document) -> str | None:
    """What to warn of when an added document has no numbered paragraphs (None if it has some).

    A letter has none and is still worth indexing; a report read without any usually means
    its numbering was not recognised, so paragraph citations of it cannot be checked.
    """
    if not document.paragraphs:
        return "no text was found in it, so no quotation can be found in it"
    if any(p.section for p in index.paragraphs(document.id)):
        return None
    return ("no numbered paragraphs were found in it (fine for a letter; in a report, "
            "citations of paragraph numbers cannot be checked against it)")


def guess_title(pages: tuple[Page, ...], pdf_path: str | Path) -> str:
    """The first heading-like line of page 1, else the file name without its extension."""
    lines = pages[0].lines if pages and pages[0].lines else (
        pages[0].text.split("\n") if pages else ())
    for line in lines[:TITLE_SEARCH_LINES]:
        line = line.strip()
        if (len(line) >= 4 and len(line) <= MAX_TITLE_CHARS and re.search(r"[A-Za-z]{3}", line)
                and not _NUMBERED_LINE.match(line) and not line.endswith((".", ",", ";", ":"))):
            return line
    return Path(pdf_path).stem


def _progress(progress: Progress | None) -> Progress:
    return progress if progress is not None else (lambda stage, done, total: None)

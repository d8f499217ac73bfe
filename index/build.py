"""Add a source to an index: hash, read, chunk, embed, store, stage by stage.

    add_source: hash the file (a duplicate is refused here, unparsed) -> read_source (one reader
                per format) -> make_chunks -> Embedder.embed -> Index.save_document

A document read by an older version of its reader (or by another reader than the one asked
for) is read again and replaced.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from index.chunks import make_chunks
from index.embed import Embedder
from index.models import Document, Page, Reading, ReadReport
from index.readers import read_source, reader_version, source_kind
from index.store import Index, open_index

# progress(stage, done, total): stage is "reading", "embedding" or "saving".
Progress = Callable[[str, int, int], None]

# A title is a short line near the top of page 1: look no further down than this.
TITLE_SEARCH_LINES = 8
MAX_TITLE_CHARS = 120
_NUMBERED_LINE = re.compile(r"^\d+(\.\d+)+\.?\s")


@dataclass(frozen=True)
class Addition:
    """What `add_source` did: the document, whether it was (re)written, and what was read."""

    document: Document
    added: bool
    reading: Reading | None     # None when the file was already indexed and left unparsed


def add_source(index_dir: str | Path, source: str | Path, title: str | None = None,
               aliases: Iterable[str] = (), model_path: str | Path | None = None,
               progress: Progress | None = None, pdf_reader: str | None = None,
               replace: bool = False) -> Addition:
    """Read, split, chunk, embed and store one source: a PDF, a GOV.UK HTML page, a .docx, or
    the address of a GOV.UK page.

    A file whose bytes are already indexed by the same reader is refused before it is parsed.
    Nothing is written until every slow stage has succeeded, and a bad source leaves the index
    directory exactly as it was (not even created). A different file whose id is taken gets
    a new id ("report-2"), or with `replace` takes the other's place (see Index.save_document).

    Raises:
        UnreadableSource (UnreadablePDF), IndexUnavailable, IndexWriteFailed, ModelMismatch, ModelUnavailable
    """
    report = _progress(progress)
    index = open_index(index_dir, create=True)          # fails early on an unusable place
    embedder = Embedder(model_path)
    report("reading", 0, 1)
    is_url = source_kind(source) == "url"
    if not is_url:
        sha256 = file_sha256(source)
        wanted = reader_version(source, pdf_reader)
        for doc in index.documents():
            if doc.sha256 == sha256 and doc.reader == wanted:
                return Addition(doc, False, None)
    index.check_model(embedder.model_name, purpose="add")
    reading = read_source(source, pdf_reader)
    if is_url:
        sha256 = hashlib.sha256(_url_identity(reading).encode("utf-8")).hexdigest()
        for doc in index.documents():
            if doc.sha256 == sha256 and doc.reader == reading.reader:
                return Addition(doc, False, reading)
    read = ReadReport(path=str(source), sha256=sha256, pages=reading.pages,
                      paragraphs=reading.paragraphs, reader=reading.reader)
    chunks = make_chunks(reading.paragraphs)
    report("reading", 1, 1)
    report("embedding", 0, len(chunks))      # the model loads here: seconds, on first use
    vectors = embedder.embed([chunk.text for chunk in chunks],
                             progress=lambda done, total: report("embedding", done, total))
    report("saving", 0, 1)
    document, added = index.save_document(
        read, title=title or guess_title(reading, source), aliases=tuple(aliases),
        chunks=chunks, vectors=vectors, model_name=embedder.model_name, replace=replace)
    report("saving", 1, 1)
    return Addition(document, added, reading)


def add_pdf(index_dir: str | Path, pdf_path: str | Path, title: str | None = None,
            aliases: Iterable[str] = (), model_path: str | Path | None = None,
            progress: Progress | None = None,
            pdf_reader: str | None = None, replace: bool = False) -> tuple[Document, bool]:
    """`add_source` for callers that need only (document, added): the web and `--source`."""
    addition = add_source(index_dir, pdf_path, title=title, aliases=aliases,
                          model_path=model_path, progress=progress, pdf_reader=pdf_reader,
                          replace=replace)
    return addition.document, addition.added


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


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes: the identity of a report across renames."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def guess_title(read: Reading | tuple[Page, ...], path: str | Path) -> str:
    """The first heading-like line of page 1 (or of an HTML page's text), else the file name."""
    if isinstance(read, Reading) and not read.pages:
        lines = [p.text for p in read.paragraphs[:TITLE_SEARCH_LINES]]
        pages = ()
    else:
        pages = read.pages if isinstance(read, Reading) else read
        lines = pages[0].lines if pages and pages[0].lines else (
            pages[0].text.split("\n") if pages else ())
    lines = [line.strip() for line in lines[:TITLE_SEARCH_LINES]]
    for i, line in enumerate(lines):
        if (len(line) >= 4 and len(line) <= MAX_TITLE_CHARS and re.search(r"[A-Za-z]{3}", line)
                and not _NUMBERED_LINE.match(line) and not line.endswith((".", ",", ";", ":"))):
            # A title set over two lines breaks after "of", "the", "and" …: "Best Value
            # Inspection of the Borough of" / "Ravensholt".
            following = lines[i + 1] if i + 1 < len(lines) else ""
            fits = following and len(line) + 2 + len(following) <= MAX_TITLE_CHARS
            if fits and _UNFINISHED.search(line):
                return f"{line} {following}"
            # "Best Value Inspection" / "London Borough of Eastmarsh": the kind of report,
            # then whose it is.
            if fits and _GENERIC_TITLE.fullmatch(line) and _PLACE_LINE.match(following):
                return f"{line}: {following}"
            return line
    return Path(str(path).rstrip("/")).stem or str(path)


_GENERIC_TITLE = re.compile(r"(?:best value |corporate peer |governance )?(?:inspection|review|"
                            r"report|challenge)(?: report)?", re.IGNORECASE)
_PLACE_LINE = re.compile(r"(?:(?:the )?(?:london )?(?:royal )?(?:borough|city|county|district|"
                         r"metropolitan borough) (?:council )?of [A-Z]|[A-Z][\w' -]+ "
                         r"(?:council|borough council|city council|county council)$)",
                         re.IGNORECASE)
_UNFINISHED = re.compile(r"\b(?:of|the|and|for|in|on|to|at|by|with|from|a|an|&|-|–)$",
                         re.IGNORECASE)


def _url_identity(reading: Reading) -> str:
    """A fetched page's identity: its paragraphs, so a page fetched again unchanged is not re-added."""
    return "\n".join(f"{p.kind.value}\t{p.section}\t{p.label}\t{p.text}"
                     for p in reading.paragraphs)


def _progress(progress: Progress | None) -> Progress:
    return progress if progress is not None else (lambda stage, done, total: None)


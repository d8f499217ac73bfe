"""The library entry points the edges share: check motion files, write reports.

`check_files` is what `verifier check` does, minus option parsing and exit codes.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from index import add_pdf, default_index_dir, open_index
from verifier.judging.check import check_motion
from verifier.search.corpus import lay_out_documents
from verifier.models import CheckReport, Motion
from verifier.reading.motions import read_motion
from verifier.reading.quotations import refuse_overlong
from verifier.rendering.claimreview import draft_reviews, motion_title, publish
from verifier.rendering.findings import PROBLEMS
from verifier.rendering.report import render_csv, render_html, render_json, to_json
from verifier.rendering.word import render_docx
from verifier.search.session import open_session


def source_cache_dir() -> Path:
    """Where `--source PDF` is indexed: one cache index, keyed inside by each file's hash."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "verifier" / "sources"


def index_sources(source_pdfs, model_path: str | None = None) -> tuple[Path, list[str]]:
    """Index PDFs into the cache (a no-op for a file seen before); returns (dir, document ids)."""
    cache = source_cache_dir()
    ids = []
    for pdf in source_pdfs:
        document, added = add_pdf(cache, pdf, model_path=model_path)
        if added:
            lay_out_index(cache)
        ids.append(document.id)
    return cache, ids


def lay_out_index(index_dir: str | Path) -> int:
    """After `index add`: store the word postings of each document that lacks them, so no
    check has to lay a document out itself; returns how many were laid out."""
    return lay_out_documents(open_index(index_dir))


def check_files(motion_paths, index_dir: str | None = None, source_pdfs=(),
                model_path: str | None = None) -> list[CheckReport]:
    """Check each motion file against the index (or against `source_pdfs` only)."""
    return check_motions(read_motions(motion_paths), index_dir, source_pdfs, model_path)


def read_motions(motion_paths) -> list[Motion]:
    """Read each motion file (or "-", standard input) before any is checked."""
    return [read_motion(p) for p in motion_paths]


def check_motions(motions: list[Motion], index_dir: str | None = None, source_pdfs=(),
                  model_path: str | None = None) -> list[CheckReport]:
    """Check motions already read against the index (or against `source_pdfs` only)."""
    if source_pdfs:
        directory, ids = index_sources(source_pdfs, model_path)
    else:
        directory, ids = Path(index_dir) if index_dir else default_index_dir(), None
    session = open_session(directory, model_path)
    reports = [check_motion(m, session, document_ids=ids) for m in motions]
    for motion, report in zip(motions, reports):
        if not report.results:
            # A motion given to check is refused rather than "no quotations found" when its
            # marks hold a quotation too long to check (an agenda item in a batch is not).
            refuse_overlong(motion)
    return reports


# A .docx is a zip archive: what `read_motion` read as Word starts so.
_ZIP = b"PK\x03\x04"


def word_original(motion: Motion) -> bytes | None:
    """The motion's own Word file, to write back with comments; None when it came as text,
    PDF or HTML (or from standard input), which gives a new document of its text."""
    if motion.path == "-":
        return None
    data = Path(motion.path).read_bytes()
    return data if data.startswith(_ZIP) else None


def render_word(motion: Motion, report: CheckReport, original: bytes | None,
                problems=PROBLEMS) -> bytes:
    """The motion as a .docx with a comment on each quotation and claim with a problem."""
    return render_docx(report, motion.text, original, problems)


def render_claim_reviews(motion: Motion, report: CheckReport, publisher: str,
                         publisher_url: str, published: date, council: str | None = None,
                         problems=PROBLEMS) -> list[dict]:
    """The ClaimReviews of one motion's problems, published by `publisher`."""
    drafts = draft_reviews(report, motion_title(motion.path, motion.text), council, problems)
    return publish(drafts, publisher, publisher_url, published)


def render_reports(reports: list[CheckReport], fmt: str) -> str:
    """Reports as one JSON document (an array for several), CSV or HTML text."""
    if fmt == "json":
        return render_json(reports[0]) if len(reports) == 1 else \
            json.dumps([to_json(r) for r in reports], indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return "".join(render_csv(r) for r in reports)
    if fmt == "html":
        return "".join(render_html(r) for r in reports)
    raise ValueError(f"unknown format {fmt!r}")

"""The one flow both the form and the API run: request input → Motion → check_motion → report.

    motion_from_input(text, upload) → check(motion, source_ids) → CheckReport

Each step holds a request to the server's limits (web/app.py: MAX_MOTION_PAGES before a PDF is
read, MAX_MOTION_CHARS once it is, MAX_QUOTATIONS before any is looked up, CHECK_SECONDS
from the moment an upload is read until the last quotation is checked), so no request can hold
a worker for long. The readers' own memory and time limits (index.read_limits) hold too.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from pathlib import Path

from flask import current_app, g
from werkzeug.datastructures import FileStorage

import index
from verifier.judging.check import check_motion
from verifier.errors import UnreadableMotion
from verifier.models import CheckReport, Motion
from verifier.reading.motions import motion_from_text, read_motion
from verifier.reading.quotations import find_quotations
from verifier.search.session import Session, open_session
from web.errors import WebError
from web.uploads import display_name, forget_unused_uploads, pdf_pages, save_motion

PASTED = "pasted text"


def checking_session() -> Session:
    """This worker's checking session: the index opened once, its words laid out once, the
    model loaded once, shared by the worker's threads."""
    return open_session(current_app.config["INDEX_DIR"], current_app.config["MODEL_PATH"],
                        create=True)


def remove_document(doc_id: str) -> index.Document:
    """Remove a document from the server's index, and the uploaded files nothing uses now."""
    removed = open_store().remove(doc_id)
    forget_unused_uploads(current_app.config["UPLOAD_DIR"], open_store().documents())
    return removed


def open_store() -> index.Index:
    """The server's index, as this worker's checking session holds it."""
    return checking_session().index


def motion_from_input(text: str | None, upload: FileStorage | None) -> Motion:
    """The motion a request sends: an uploaded file if there is one, else the text."""
    # Reading counts against the check's time (issue 24: a PDF took 18.7 s to read, uncounted).
    g.check_deadline = time.monotonic() + current_app.config["CHECK_SECONDS"]
    if upload is not None and upload.filename:
        data = upload.read()
        name = display_name(upload.filename, "uploaded file")
        if not data.strip():
            raise WebError(400, f"{name}: the uploaded file is empty")
        with tempfile.TemporaryDirectory(prefix="verifier-motion-") as folder:
            try:
                path = save_motion(data, Path(folder))
            except WebError as e:
                raise WebError(e.status, f"{name}: {e.message}") from None
            pages, most = pdf_pages(data), current_app.config["MAX_MOTION_PAGES"]
            if pages is not None and pages > most:
                raise WebError(413, f"{name}: the PDF has {pages:,} pages; a motion of more "
                                    f"than {most:,} pages is not checked here")
            try:
                motion = read_motion(path, index.read_limits().within(
                    g.check_deadline - time.monotonic()))
            except UnreadableMotion as e:
                # The message names the server's temporary file: name the client's instead.
                raise UnreadableMotion(e.message.replace(str(path), name)) from None
        return _within_size(dataclasses.replace(motion, path=name))
    if text is None or not text.strip():
        raise WebError(400, "no motion: paste its text or upload a file")
    return _within_size(motion_from_text(text, PASTED))


def _within_size(motion: Motion) -> Motion:
    most = current_app.config["MAX_MOTION_CHARS"]
    if len(motion.text) > most:
        raise WebError(413, f"{motion.path}: the motion is {len(motion.text):,} characters "
                            f"long; the limit is {most:,}: check it in parts")
    return motion


def check(motion: Motion, source_ids: list[str] | None) -> CheckReport:
    """Check `motion` against the chosen documents (None or empty: all of them)."""
    session = checking_session()
    if source_ids:
        known = {doc.id for doc in session.documents()}
        unknown = [i for i in source_ids if i not in known]
        if unknown:
            raise WebError(422, f"unknown source {', '.join(unknown)}; "
                                f"the index has {', '.join(sorted(known)) or 'no documents'}")
    count, most = len(find_quotations(motion.text)), current_app.config["MAX_QUOTATIONS"]
    if count > most:
        raise WebError(422, f"{motion.path}: the motion has {count:,} quotations; the limit "
                            f"is {most:,}: check it in parts")
    deadline = g.get("check_deadline") or time.monotonic() + current_app.config["CHECK_SECONDS"]
    return check_motion(motion, session, document_ids=source_ids or None, deadline=deadline)


def document_json(doc: index.Document) -> dict:
    """A document as the API shows it: `Document.to_json()` without the server's file path."""
    data = doc.to_json()
    data.pop("file", None)
    return data


def paragraph_json(doc: index.Document, paragraphs, position: int) -> dict:
    """One paragraph with its neighbours' numbers, as GET /api/sources/<id>/paragraphs/<n> shows."""
    p = paragraphs[position]
    before = paragraphs[position - 1] if position > 0 else None
    after = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
    return {
        "document": doc.id, "title": doc.title, "section": p.section, "heading": p.heading,
        "kind": p.kind.value if hasattr(p.kind, "value") else str(p.kind),
        "order": p.order, "first_page": p.first_page, "last_page": p.last_page, "text": p.text,
        "previous": _neighbour(before), "next": _neighbour(after),
    }


def _neighbour(p) -> dict | None:
    if p is None:
        return None
    return {"section": p.section, "order": p.order, "first_page": p.first_page, "text": p.text}


def find_paragraph(store: index.Index, doc_id: str, section: str):
    """(document, paragraphs, position of `section`); 404 WebError if there is none."""
    doc = store.document(doc_id)
    paragraphs = store.paragraphs(doc.id)
    for position, p in enumerate(paragraphs):
        if p.section == section:
            return doc, paragraphs, position
    raise WebError(404, f"{doc.id}: no paragraph numbered {section}")

"""Add an uploaded PDF to the index in a background thread, with a status anyone can poll.

A status is a small JSON file in `<state dir>/jobs/<id>.json`, rewritten whole at each step,
so any server worker (gunicorn runs several processes) can answer the poll:

    {"id", "state": "queued|running|done|failed", "stage", "done", "total", "file",
     "document"?: {...}, "added"?: bool, "error"?: "message"}

One thread per server worker adds PDFs one at a time: embedding already uses the CPU threads
the model is given, and two writers would only queue on the index lock.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import index
from web.errors import LIBRARY_ERRORS
from web.uploads import discard_upload, forget_unused_uploads

log = logging.getLogger(__name__)
_ID = re.compile(r"^[0-9a-f]{16}$")


class SourceJobs:
    """Background `index.add_pdf` runs for one app, their status kept in files."""

    def __init__(self, state_dir: Path, index_dir: Path, model_path: str | None,
                 upload_dir: Path | None = None):
        self.folder = Path(state_dir) / "jobs"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.index_dir = Path(index_dir)
        self.upload_dir = Path(upload_dir) if upload_dir else self.index_dir / "uploads"
        self.model_path = model_path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="add-source")

    def submit(self, pdf_path: Path, file_name: str, title: str | None = None,
               aliases: tuple[str, ...] = (), replace: bool = False) -> str:
        """Queue `pdf_path` for adding; returns the job id to poll."""
        job_id = secrets.token_hex(8)
        self._write(job_id, {"state": "queued", "stage": "queued", "done": 0, "total": 1,
                             "file": file_name})
        self._pool.submit(self._run, job_id, pdf_path, file_name, title, aliases, replace)
        return job_id

    def status(self, job_id: str) -> dict | None:
        """The job's last status, or None for an unknown id."""
        if not _ID.match(job_id):
            return None
        try:
            return json.loads((self.folder / f"{job_id}.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def wait(self) -> None:
        """Block until every queued job has finished (tests, shutdown)."""
        self._pool.submit(lambda: None).result()

    def _run(self, job_id, pdf_path, file_name, title, aliases, replace=False) -> None:
        def progress(stage: str, done: int, total: int) -> None:
            self._write(job_id, {"state": "running", "stage": stage, "done": done,
                                 "total": total, "file": file_name})

        try:
            document, added = index.add_pdf(self.index_dir, pdf_path, title=title or None,
                                            aliases=aliases, model_path=self.model_path,
                                            progress=progress, replace=replace)
        except LIBRARY_ERRORS as e:
            discard_upload(pdf_path, self.upload_dir)       # a PDF the index did not take
            self._write(job_id, {"state": "failed", "stage": "failed", "done": 0, "total": 1,
                                 "file": file_name, "error": e.message.replace(
                                     str(pdf_path), file_name)})
            return
        except Exception:       # noqa: BLE001  (the edge: a thread must not die silently)
            discard_upload(pdf_path, self.upload_dir)
            log.exception("adding %s failed", file_name)
            self._write(job_id, {"state": "failed", "stage": "failed", "done": 0, "total": 1,
                                 "file": file_name, "error": "internal error while adding "
                                                             "the PDF; see the server log"})
            return
        if not added:                   # already indexed, from its own copy
            discard_upload(pdf_path, self.upload_dir)
        forget_unused_uploads(self.upload_dir, index.open_index(self.index_dir).documents())
        data = document.to_json()
        data.pop("file", None)
        notes = addition_notes(self.index_dir, document, index.document_id(pdf_path), added,
                               "tick “Replace” to replace it instead") if added else []
        self._write(job_id, {"state": "done", "stage": "done", "done": 1, "total": 1,
                             "file": file_name, "document": data, "added": added,
                             "notes": notes})

    def _write(self, job_id: str, status: dict) -> None:
        status = {"id": job_id, **status}
        tmp = self.folder / f".tmp-{job_id}-{secrets.token_hex(4)}"
        tmp.write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.folder / f"{job_id}.json")


def addition_notes(index_dir: Path, document: index.Document, wanted_id: str, added: bool,
                   how_to_replace: str) -> list[str]:
    """What a client should know about a document just added: the new id it was given because
    its own was taken, and a document without numbered paragraphs."""
    notes = []
    if added and document.id != wanted_id:
        notes.append(f"the id {wanted_id} was taken by another document, so this one was added "
                     f"as {document.id} ({how_to_replace})")
    warning = index.paragraph_warning(index.open_index(index_dir), document)
    if warning:
        notes.append(warning)
    return notes

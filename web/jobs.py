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
import sys
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
        status = self._read(job_id)
        return None if status is None else {k: v for k, v in status.items() if k != "pid"}

    def _read(self, job_id: str) -> dict | None:
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
        write_status(self.folder, job_id, status)

    def pending(self, job_id: str | None) -> bool:
        """Whether job `job_id` is still queued or running. A job run by a process of its own
        (the samples) whose process is gone (kill -9, out of memory) is failed, not pending:
        checks must not answer 503 for ever."""
        status = self._read(job_id) if job_id else None
        if status is None or status["state"] not in ("queued", "running"):
            return False
        # Its own record of its process, else the one its starter made as it started it (a
        # process that dies on its way up never writes one: it was pending for ever).
        pid = status.get("pid") or started_pid(self.folder.parent, job_id)
        if pid is not None and not _alive(pid):
            when = "before it finished" if "pid" in status else "before it began"
            self._write(job_id, {**{k: v for k, v in status.items() if k not in ("id", "pid")},
                                 "state": "failed", "stage": "failed",
                                 "error": f"the process adding it stopped {when}; "
                                          "see the server log"})
            return False
        return True


def _alive(pid: int) -> bool:
    """Whether process `pid` still runs on this machine (the server's workers share it); one
    that has exited but is not yet reaped (a zombie) does not."""
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError, OverflowError):
        return True         # another user's process: alive; not a number: not ours to judge
    try:
        state = Path(f"/proc/{int(pid)}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True         # no /proc (not Linux), or gone meanwhile: the signal said alive
    return state not in ("Z", "X")


def write_status(folder: Path, job_id: str, status: dict) -> None:
    """Replace job `job_id`'s status file whole, so a reader never sees half of it."""
    status = {"id": job_id, **status}
    tmp = folder / f".tmp-{job_id}-{secrets.token_hex(4)}"
    tmp.write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, folder / f"{job_id}.json")


# ---- the samples a new server starts with (issue 25) -------------------------------------------

SAMPLES_FILE = "the sample report and letter"


def new_job(state_dir: Path, file_name: str) -> str:
    """Record a queued job before the process that runs it starts; returns its id."""
    folder = Path(state_dir) / "jobs"
    folder.mkdir(parents=True, exist_ok=True)
    job_id = secrets.token_hex(8)
    write_status(folder, job_id, {"state": "queued", "stage": "queued", "done": 0, "total": 1,
                                  "file": file_name})
    return job_id


def record_started(state_dir: Path, job_id: str, pid: int) -> None:
    """Record the process that runs job `job_id`, by the one that started it, as soon as it
    has: a process that dies before writing its first status (an import that fails, kill -9
    while torch loads) leaves its job failed rather than pending."""
    folder = Path(state_dir) / "jobs"
    tmp = folder / f".tmp-{job_id}-{secrets.token_hex(4)}"
    tmp.write_text(str(int(pid)), encoding="utf-8")
    os.replace(tmp, folder / f"{job_id}.pid")


def started_pid(state_dir: Path, job_id: str) -> int | None:
    """The process recorded by `record_started` for job `job_id`, if any."""
    try:
        return int((Path(state_dir) / "jobs" / f"{job_id}.pid").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def add_samples_job(state_dir: str, index_dir: str, job_id: str, model_path: str = "") -> int:
    """Add the sample sources as job `job_id`, its progress in the job's status; returns an exit
    status. `verifier serve` runs it in a process of its own while the server already answers:
    the samples took 43 s on a loaded machine, and the port stayed closed all that time."""
    from web.samples import add_samples

    folder = Path(state_dir) / "jobs"

    def progress(stage: str, done: int, total: int) -> None:
        write_status(folder, job_id, {"state": "running", "stage": stage, "done": done,
                                      "total": total, "file": SAMPLES_FILE, "pid": os.getpid()})

    # First the process's id: if it is killed (kill -9, out of memory) the job is failed,
    # not pending, and checks stop answering 503 (SourceJobs.pending).
    progress("starting", 0, 1)
    try:
        documents = add_samples(Path(index_dir), model_path or None, progress=progress)
    except LIBRARY_ERRORS as e:
        write_status(folder, job_id, {"state": "failed", "stage": "failed", "done": 0,
                                      "total": 1, "file": SAMPLES_FILE, "error": e.message})
        print(f"verifier: adding the samples failed: {e.message}", file=sys.stderr)
        return 1
    except BaseException:
        write_status(folder, job_id, {"state": "failed", "stage": "failed", "done": 0,
                                      "total": 1, "file": SAMPLES_FILE,
                                      "error": "internal error while adding the samples; see "
                                               "the server log"})
        raise
    done = {"state": "done", "stage": "done", "done": 1, "total": 1, "file": SAMPLES_FILE,
            "added": bool(documents), "notes": []}
    if documents:
        first = documents[0].to_json()
        first.pop("file", None)
        done["document"] = first
        done["notes"] = [f"also added: {doc.title} ({doc.id})" for doc in documents[1:]]
    write_status(folder, job_id, done)
    return 0


if __name__ == "__main__":      # python -m web.jobs STATE_DIR INDEX_DIR JOB_ID [MODEL]
    try:
        sys.exit(add_samples_job(*sys.argv[1:]))
    except KeyboardInterrupt:       # Ctrl-C reaches the whole process group: `serve` says so
        sys.exit(130)


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

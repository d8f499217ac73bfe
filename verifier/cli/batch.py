"""`verifier batch`: check every agenda pack of a folder overnight, on one machine or a cluster.

This is the edge of verifier.batch.worker: it finds the packs, chooses the executor (this process,
a process pool for --jobs N, or a dask.distributed Client for --scheduler), hands each worker a
path and a small BatchContext, and writes what comes back: DIR/packs/<stem>.json and .html as
each pack finishes, then DIR/findings.csv, DIR/errors.csv and DIR/index.html. Every file is
written to a temporary name and renamed, so DIR never holds half a file.
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import glob
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import click

from verifier.cli.edge import handle_errors, index_option
from verifier.fetching.manifest import fetched_files, label_pack
from verifier.rendering.vocabulary import plural

PACK_SUFFIXES = frozenset({".pdf", ".txt", ".md", ".html", ".htm", ".docx"})
# A pack whose worker died this many times is recorded as failed rather than tried again.
MAX_ATTEMPTS = 2


class PackTimeout(BaseException):
    """Raised inside a worker when its pack runs past --pack-timeout (a BaseException, so no
    `except Exception` in a library on the way can swallow it)."""


@dataclass(frozen=True)
class Job:
    """One pack to check: where it is and what its output files are called."""

    path: str
    stem: str
    sha256: str


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--output", "-o", "output", required=True, metavar="DIR",
              type=click.Path(path_type=str), help="Folder for the results (created if needed).")
@index_option
@click.option("--source", "source_pdfs", multiple=True, type=click.Path(path_type=str),
              help="Check against this source only: a PDF, a saved GOV.UK HTML page or a .docx "
                   "(indexed into a cache on first use). Repeatable.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
              help="Packs checked at once, each in its own process [default: the core count].")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Run on this Dask distributed cluster instead of local processes.")
@click.option("--resume", is_flag=True,
              help="Skip packs whose results in DIR are for the same file (by its SHA-256).")
@click.option("--pack-timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS", help="Give up on a pack after this long (it is recorded as failed).")
@click.option("--model", "model_path", type=click.Path(path_type=str),
              help="A local sentence-transformers model (default: the bundled all-MiniLM-L6-v2).")
@handle_errors
def batch(paths, output, index_dir, source_pdfs, jobs, scheduler, resume, pack_timeout,
          model_path):
    """Check the quotations in every agenda pack in PATH... (PDFs, .txt/.md/.html/.docx,
    folders searched recursively, or globs) and write a triage page to DIR."""
    from verifier.batch.worker import BatchContext

    packs, notes = collect_packs(paths)
    for note in notes:
        click.echo(f"verifier: {note}", err=True)
    if not packs:
        sys.exit(_no_packs(paths))
    context = BatchContext(*_index_for(index_dir, source_pdfs, model_path), model_path=model_path)
    out = prepare_output(Path(output))
    jobs_list, early = plan_jobs(packs, out, resume)
    runner = Runner(out, total=len(packs), pack_timeout=pack_timeout,
                    fetched=fetched_files(paths))
    for job, data in early:
        runner.keep(job, data)
    try:
        if scheduler:
            run_on_dask(scheduler, jobs_list, context, runner)
        elif (jobs or os.cpu_count() or 1) == 1 or len(jobs_list) <= 1:
            run_here(jobs_list, context, runner)
        else:
            run_in_processes(jobs_list, context, runner, jobs or os.cpu_count() or 1)
    except KeyboardInterrupt:
        runner.finish(interrupted=True)
        click.echo(f"error: interrupted; {runner.done} of {len(packs)} packs kept in {out}",
                   err=True)
        sys.exit(130)
    sys.exit(runner.finish())


# ---------------------------------------------------------------- inputs

def prepare_output(out: Path) -> Path:
    """Create DIR and DIR/packs, and prove they can be written, before any work is done."""
    from verifier.errors import VerifierError

    try:
        (out / "packs").mkdir(parents=True, exist_ok=True)
        probe = out / f".verifier-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise VerifierError(f"{out}: the output folder cannot be written "
                            f"({e.strerror or e})") from e
    return out


def collect_packs(paths) -> tuple[list[str], list[str]]:
    """The pack files PATH... names, in order, each once; and notes for the terminal."""
    found: list[str] = []
    notes: list[str] = []
    seen: dict[str, str] = {}
    for path in paths:
        p = Path(path)
        if p.is_dir():
            names = sorted(str(f) for f in p.rglob("*")
                           if f.is_file() and f.suffix.lower() in PACK_SUFFIXES)
        elif p.exists() or not glob.has_magic(path):
            names = [path]     # a missing file is a failed pack, reported with the others
        else:
            names = sorted(glob.glob(path, recursive=True))
        for name in names:
            key = os.path.realpath(name)
            if key in seen:
                notes.append(f"{name}: the same file as {seen[key]}; checked once")
                continue
            seen[key] = name
            found.append(name)
    return found, notes


def _no_packs(paths) -> int:
    click.echo(f"error: {', '.join(paths)}: no agenda packs found (looked for "
               f"{', '.join(sorted(PACK_SUFFIXES))})", err=True)
    return 2


def _index_for(index_dir, source_pdfs, model_path) -> tuple[str, tuple[str, ...] | None]:
    """The index directory and document ids the workers check against; fails now if unusable."""
    from index import default_index_dir, open_index
    from verifier import api
    from verifier.judging.check import choose_documents

    if source_pdfs:
        directory, ids = api.index_sources(source_pdfs, model_path)
        return os.path.abspath(directory), tuple(ids)
    directory = Path(index_dir).expanduser() if index_dir else default_index_dir()
    choose_documents(open_index(directory), None)
    return os.path.abspath(directory), None


def plan_jobs(packs: list[str], out: Path, resume: bool):
    """Jobs to run, and (job, JSON) for packs kept from an earlier run."""
    from index import file_sha256

    stems: dict[str, int] = {}
    jobs, early = [], []
    for path in packs:
        stem = Path(path).stem
        stems[stem] = stems.get(stem, 0) + 1
        if stems[stem] > 1:
            stem = f"{stem}-{stems[stem]}"
        try:
            sha = file_sha256(path) if Path(path).is_file() else ""
        except OSError:
            sha = ""
        job = Job(path, stem, sha)
        previous = out / "packs" / f"{stem}.json"
        if resume and sha and previous.is_file():
            try:
                data = json.loads(previous.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = None
            if isinstance(data, dict) and data.get("status") == "ok" and \
                    data.get("pack", {}).get("sha256") == sha:
                early.append((job, data))
                continue
        jobs.append(job)
    return jobs, early


# ---------------------------------------------------------------- the worker

def run_pack(path: str, context, timeout: float | None):
    """What a worker runs: check one pack, within `timeout` seconds; never raises."""
    from verifier.batch.worker import failed

    if timeout is None:
        return _checked(path, context)
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False}

    def expire():
        with lock:
            if not state["done"]:
                # The only way to stop pure-Python work (pypdf) in its own thread, which is
                # where Dask runs tasks; a signal would reach only a process's main thread.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target),
                                                           ctypes.py_object(PackTimeout))

    timer = threading.Timer(timeout, expire)
    timer.daemon = True
    timer.start()
    try:
        try:
            return _checked(path, context)
        finally:
            with lock:
                state["done"] = True
            timer.cancel()
    except PackTimeout:
        return failed(path, f"{path}: took longer than {timeout:g} s (--pack-timeout); "
                            "given up")


def _checked(path: str, context):
    from verifier.batch.worker import check_pack, failed

    try:
        return check_pack(path, context)
    except Exception as e:   # noqa: BLE001  the edge: one pack's bug must not stop the batch
        # Ctrl-C or the pack timer landing while ctypes converts an argument (pypdfium2 is
        # reading) comes out as an ArgumentError naming it: it is still that interruption.
        if isinstance(e, ctypes.ArgumentError):
            for interruption in (KeyboardInterrupt, PackTimeout):
                if f": {interruption.__name__}" in str(e):
                    raise interruption() from e
        return failed(path, f"{path}: could not be checked ({type(e).__name__}: {e})")


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and keeps what is finished."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# ---------------------------------------------------------------- executors

def run_here(jobs: list[Job], context, runner: "Runner") -> None:
    """--jobs 1: one pack after another in this process."""
    for job in jobs:
        runner.record(job, run_pack(job.path, context, runner.pack_timeout))


def run_in_processes(jobs: list[Job], context, runner: "Runner", workers: int) -> None:
    """--jobs N: a pool of N spawned processes (not forked: rich's and torch's threads do not
    survive a fork); a pack whose worker died is tried again in a fresh pool."""
    attempts = {job.path: 0 for job in jobs}
    pending = list(jobs)
    spawn = multiprocessing.get_context("spawn")
    while pending:
        pool = concurrent.futures.ProcessPoolExecutor(min(workers, len(pending)),
                                                      mp_context=spawn,
                                                      initializer=_ignore_interrupts)
        try:
            futures = {pool.submit(run_pack, job.path, context, runner.pack_timeout): job
                       for job in pending}
            pending = []
            for future in concurrent.futures.as_completed(futures):
                job = futures[future]
                try:
                    runner.record(job, future.result())
                except concurrent.futures.process.BrokenProcessPool:
                    attempts[job.path] += 1
                    if attempts[job.path] >= MAX_ATTEMPTS:
                        runner.record(job, _lost(job))
                    else:
                        pending.append(job)
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
            raise
        pool.shutdown(wait=True)


def run_on_dask(address: str, jobs: list[Job], context, runner: "Runner") -> None:
    """--scheduler: the same work on a Dask cluster. The scheduler retries a pack whose worker
    died (distributed.scheduler.allowed-failures); one that kills its workers again comes back
    as KilledWorker and is recorded as failed."""
    from distributed import Client, as_completed
    from distributed.client import FutureCancelledError

    from verifier.errors import VerifierError

    try:
        client = Client(address, timeout=30)
    except (OSError, TimeoutError) as e:
        raise VerifierError(f"{address}: cannot reach the Dask scheduler ({e})") from e
    try:
        futures = {}
        for job in jobs:
            # Workers have their own working folders: give them the absolute path.
            future = client.submit(run_pack, os.path.abspath(job.path), context,
                                   runner.pack_timeout,
                                   key=f"verifier-pack-{job.sha256 or job.stem}-{job.stem}",
                                   pure=False)
            futures[future] = job
        for future in as_completed(list(futures)):
            job = futures[future]
            try:
                runner.record(job, future.result())
            except FutureCancelledError:
                runner.record(job, _lost(job))
            except Exception as e:   # noqa: BLE001  KilledWorker and the cluster's own errors
                runner.record(job, _lost(job, f"{type(e).__name__}: {e}"))
    except KeyboardInterrupt:
        client.cancel(list(futures))
        raise
    finally:
        client.close()


def _lost(job: Job, detail: str = ""):
    from verifier.batch.worker import failed

    why = f" ({detail})" if detail else ""
    return failed(job.path, f"{job.path}: its worker died while checking it, "
                            f"{MAX_ATTEMPTS} times{why}", job.sha256)


# ---------------------------------------------------------------- results and progress

class Runner:
    """Writes each result as it arrives and shows progress; writes the summaries at the end."""

    def __init__(self, out: Path, total: int, pack_timeout: float | None, fetched=None):
        self.out = out
        # What `verifier fetch` says each pack is (DIR/manifest.json), by the pack's real path.
        self.fetched = fetched or {}
        self.total = total
        self.pack_timeout = pack_timeout
        self.done = 0
        self.pages = 0
        self.quotes = 0
        self.packs: dict[str, tuple[Job, dict]] = {}
        self.started_at = time.perf_counter()
        self.progress = Progress(total) if sys.stderr.isatty() else None

    def keep(self, job: Job, data: dict) -> None:
        """A pack kept from an earlier run (--resume)."""
        self.packs[job.stem] = (job, data)
        self._count(data)
        self._log(f"{job.path}: unchanged since the last run; kept")

    def record(self, job: Job, result) -> None:
        from verifier.rendering.batch_report import claim_problems, pack_html, pack_json, problems

        data = pack_json(result)
        data["pack"]["path"] = job.path
        label_pack(data, self.fetched.get(os.path.realpath(job.path)))
        if not data["pack"]["sha256"]:
            data["pack"]["sha256"] = job.sha256
        # Everything rendered first, then the pack's JSON written and the pack recorded at
        # once: a Ctrl-C in between must not leave a JSON on disk that the summaries omit.
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        html = pack_html(result) if result.status == "ok" else None
        write_atomic(self.out / "packs" / f"{job.stem}.json", text)
        self.packs[job.stem] = (job, data)
        html_path = self.out / "packs" / f"{job.stem}.html"
        if html is not None:
            write_atomic(html_path, html)
        elif html_path.exists():
            html_path.unlink()
        self._count(data)
        if data["status"] == "failed":
            self._log(f"error: {data['error']}")
        else:
            s, claims = data["summary"], claim_problems(data)
            self._log(f"{job.path}: {plural(data['pack']['pages'] or 0, 'page')}, "
                      f"{plural(len(data['items']), 'item')}, "
                      f"{plural(s['quotes'], 'quotation')} about the sources ({problems(data)} "
                      f"with a problem), {s['other_quotes']} others, "
                      f"{plural(claims, 'claim')} to check")

    def _count(self, data: dict) -> None:
        self.done += 1
        self.pages += data["pack"]["pages"] or 0
        self.quotes += len(data["quotes"])
        if self.progress is not None:
            self.progress.update(self.done, self.pages, self.quotes)

    def _log(self, line: str) -> None:
        if self.progress is not None:
            self.progress.console.print(line, highlight=False, markup=False)
        else:
            click.echo(f"[{self.done}/{self.total}] {line}", err=True)

    def finish(self, interrupted: bool = False) -> int:
        """Write findings.csv, errors.csv and index.html for the packs done; the exit status."""
        from verifier.rendering.batch_report import (claims_csv, errors_csv, findings_csv, has_problems,
                                           triage_html)

        if self.progress is not None:
            self.progress.stop()
        entries = [self.packs[stem] for stem in sorted(self.packs)]
        datas = [data for _, data in entries]
        write_atomic(self.out / "findings.csv", findings_csv(datas))
        write_atomic(self.out / "claims.csv", claims_csv(datas))
        write_atomic(self.out / "errors.csv", errors_csv(
            [(d["pack"]["path"], d["pack"]["sha256"], d["error"] or "") for d in datas
             if d["status"] == "failed"]))
        write_atomic(self.out / "index.html", triage_html(
            [(data, f"packs/{job.stem}.html" if data["status"] == "ok" and
              (self.out / "packs" / f"{job.stem}.html").exists() else None)
             for job, data in entries]))
        failed = sum(1 for d in datas if d["status"] == "failed")
        with_problems = sum(1 for d in datas if has_problems(d))
        seconds = time.perf_counter() - self.started_at
        if not interrupted:
            click.echo(f"verifier: {plural(len(datas), 'pack')}, {plural(self.pages, 'page')} "
                       f"in {seconds:.1f} s: "
                       f"{with_problems} with problems, {failed} failed; see "
                       f"{self.out / 'index.html'}", err=True)
        if failed:
            return 2
        return 1 if with_problems else 0


class Progress:
    """A rich progress bar on stderr: packs, pages, quotations, elapsed, ETA."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)
        from rich.progress import Progress as RichProgress

        self.console = Console(stderr=True)
        self.bar = RichProgress(TextColumn("packs"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[pages]} pages"),
                                TextColumn("{task.fields[quotes]} quotations"),
                                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                console=self.console)
        self.bar.start()
        self.task = self.bar.add_task("packs", total=total, pages=0, quotes=0)

    def update(self, done: int, pages: int, quotes: int) -> None:
        self.bar.update(self.task, completed=done, pages=pages, quotes=quotes)

    def stop(self) -> None:
        self.bar.stop()


def write_atomic(path: Path, text: str) -> None:
    """Write the whole file under a temporary name, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()

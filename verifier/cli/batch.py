"""`verifier batch`: check every agenda pack of a folder overnight, on one machine or a cluster.

This is the edge of verifier.batch.run: it finds the packs, makes the executor (none for
--jobs 1, a process pool for --jobs N, a dask.distributed Client for --scheduler), hands it to
run_batch with the packs, shows progress, and on Ctrl-C or SIGTERM stops its processes and
keeps what was finished (exit 130). verifier.batch.folder writes DIR: each pack's JSON and HTML
as it finishes, then the spreadsheets and the triage page over every pack in DIR.
"""

from __future__ import annotations

import concurrent.futures
import glob
import multiprocessing
import os
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

import click

from verifier.cli.edge import handle_errors, index_option
from verifier.fetching.manifest import fetched_files
from verifier.rendering.vocabulary import plural

PACK_SUFFIXES = frozenset({".pdf", ".txt", ".md", ".html", ".htm", ".docx"})
# How long a worker process told to stop (SIGTERM) may take before it is killed.
STOP_SECONDS = 5


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
              help="Keep packs whose results in DIR are for the same file (by its SHA-256), "
                   "the same sources and this verifier; check the others again.")
@click.option("--pack-timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS", help="Give up on a pack after this long (it is recorded as failed).")
@click.option("--model", "model_path", type=click.Path(path_type=str),
              help="A local sentence-transformers model (default: the bundled all-MiniLM-L6-v2).")
@handle_errors
def batch(paths, output, index_dir, source_pdfs, jobs, scheduler, resume, pack_timeout,
          model_path):
    """Check the quotations in every agenda pack in PATH... (PDFs, .txt/.md/.html/.docx,
    folders searched recursively, or globs) and write a triage page to DIR."""
    packs, notes = collect_packs(paths)
    for note in notes:
        click.echo(f"verifier: {note}", err=True)
    if not packs:
        sys.exit(_no_packs(paths))
    previous = _stop_on_signals()
    try:
        status = _batch(packs, paths, output, index_dir, source_pdfs, jobs, scheduler, resume,
                        pack_timeout, model_path)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    sys.exit(status)


def _batch(packs, packs_given, output, index_dir, source_pdfs, jobs, scheduler, resume,
           pack_timeout, model_path) -> int:
    """The run, with Ctrl-C and SIGTERM turned into KeyboardInterrupt; its exit status."""
    from verifier.batch.folder import BatchFolder
    from verifier.batch.worker import BatchContext

    folder = runner = None
    try:
        directory, ids, sources = _index_for(index_dir, source_pdfs, model_path)
        workers = jobs or os.cpu_count() or 1
        # Each worker process its share of the cores (a Dask worker: one, as docs/batch.md
        # starts one worker process per core); --jobs 1 runs here, with all of them.
        threads = 1 if scheduler else max(1, (os.cpu_count() or 1) // workers)
        context = BatchContext(directory, ids, model_path=model_path, threads=threads)
        folder = BatchFolder(Path(output), fetched=fetched_files(packs_given))
        plan = folder.plan(packs, resume, sources)
        runner = Runner(folder, total=len(packs))
        for job, why in plan.rechecked:
            runner.log(f"{job.path}: checked again: {why}")
        for job, data in plan.kept:
            runner.keep(job, data)
        interrupted = _run(plan.jobs, context, runner, scheduler, workers, pack_timeout)
    except KeyboardInterrupt:       # before the run began: nothing of ours is running yet
        interrupted = True
    # From here on a second Ctrl-C must not cut short the summaries.
    for s in (signal.SIGINT, signal.SIGTERM):
        signal.signal(s, signal.SIG_IGN)
    if runner is not None:
        runner.stop()
    summary = folder.summarise() if folder is not None else None
    if interrupted:
        kept = runner.done if runner is not None else 0
        where = f" in {folder.out}" if folder is not None else ""
        click.echo(f"error: interrupted; {kept} of {plural(len(packs), 'pack')} kept{where}",
                   err=True)
        return 130
    return runner.finish(summary)


def _run(jobs, context, runner: "Runner", scheduler: str | None, workers: int,
         timeout: float | None) -> bool:
    """Run the batch on the executor the options ask for; True when Ctrl-C or SIGTERM
    stopped it. Whatever happens, no process of ours is left running."""
    from verifier.batch.run import run_batch

    pools = None
    interrupted = False
    try:
        if scheduler:
            runner.stage(f"connecting to {scheduler}")
            client = _dask_client(scheduler)
            try:
                runner.stage("loading the model on the cluster's workers")
                run_batch(jobs, context, client, on_result=runner.record, timeout=timeout)
            finally:
                client.close()
        elif workers == 1 or len(jobs) <= 1:
            runner.stage("loading the model")
            # Here, one pack after another: the model may use every core.
            run_batch(jobs, replace(context, threads=None), None, on_result=runner.record,
                      timeout=timeout)
        else:
            pools = Pools(min(workers, len(jobs)))
            runner.stage(f"starting {pools.workers} workers, loading the model")
            run_batch(jobs, context, pools.new(), on_result=runner.record, timeout=timeout,
                      renew=pools.new)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        # A signal now (the run over, or a second one) must not cut short stopping the pools.
        for s in (signal.SIGINT, signal.SIGTERM):
            signal.signal(s, signal.SIG_IGN)
        if pools is not None:
            pools.stop(now=interrupted or sys.exc_info()[0] is not None)
    return interrupted


def _stop_on_signals() -> dict:
    """Ctrl-C and SIGTERM (a scheduler ending the job) stop the run the same way, once; the
    handlers they replace."""
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}

    def stop(signum, frame):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise KeyboardInterrupt
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    return previous


def _dask_client(address: str):
    from distributed import Client

    from verifier.errors import VerifierError

    try:
        return Client(address, timeout=30)
    except (OSError, TimeoutError) as e:
        raise VerifierError(f"{address}: cannot reach the Dask scheduler ({e})") from e


class Pools:
    """The process pools of a --jobs N run: spawned processes (not forked: rich's and torch's
    threads do not survive a fork); a fresh pool when one broke (a worker died)."""

    def __init__(self, workers: int):
        self.workers = workers
        self.pools: list[concurrent.futures.ProcessPoolExecutor] = []
        # Our pools' processes are the children that were not there before them.
        self.before = set(multiprocessing.active_children())

    def new(self) -> concurrent.futures.ProcessPoolExecutor:
        pool = concurrent.futures.ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_ignore_interrupts)
        self.pools.append(pool)
        return pool

    def stop(self, now: bool) -> None:
        """Shut the pools down: waiting for them, or (`now`) terminating their processes."""
        if not now:
            for pool in self.pools:
                pool.shutdown(wait=True)
            return
        processes = [p for p in multiprocessing.active_children() if p not in self.before]
        for pool in self.pools:
            pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        deadline = time.monotonic() + STOP_SECONDS
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and keeps what is finished."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# ---------------------------------------------------------------- inputs

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


def _index_for(index_dir, source_pdfs, model_path):
    """The index directory and document ids the workers check against, and those documents
    (for --resume); fails now if unusable."""
    from index import default_index_dir, open_index
    from verifier import api
    from verifier.judging.check import choose_documents
    from verifier.models import SourceInfo

    if source_pdfs:
        directory, ids = api.index_sources(source_pdfs, model_path)
        directory, ids = os.path.abspath(directory), tuple(ids)
    else:
        directory = os.path.abspath(Path(index_dir).expanduser() if index_dir
                                    else default_index_dir())
        ids = None
    documents = choose_documents(open_index(Path(directory)), list(ids) if ids else None)
    return directory, ids, tuple(SourceInfo(d.id, d.title, d.pages, d.sha256)
                                 for d in documents)


# ---------------------------------------------------------------- results and progress

class Runner:
    """Writes each result as it arrives (through the folder) and shows progress."""

    def __init__(self, folder, total: int):
        self.folder = folder
        self.total = total
        self.done = 0
        self.pages = 0
        self.quotes = 0
        self.failed = 0
        self.with_problems = 0
        self.started_at = time.perf_counter()
        self.progress = Progress(total) if sys.stderr.isatty() else None

    def stage(self, words: str) -> None:
        """What the run is doing before the first pack comes back."""
        if self.progress is not None:
            self.progress.stage(words)

    def keep(self, job, data: dict) -> None:
        """A pack kept from an earlier run (--resume)."""
        self._count(data)
        self.log(f"{job.path}: unchanged since the last run; kept")

    def record(self, job, result) -> None:
        from verifier.rendering.batch_report import claim_problems, problems

        data = self.folder.write(job, result)
        self._count(data)
        if data["status"] == "failed":
            self.log(f"error: {data['error']}")
        else:
            s, claims = data["summary"], claim_problems(data)
            self.log(f"{job.path}: {plural(data['pack']['pages'], 'page')}, "
                     f"{plural(len(data['items']), 'item')}, "
                     f"{s['quotes']} quotation{'' if s['quotes'] == 1 else 's'} about the "
                     f"sources ({problems(data)} with a problem), {s['other_quotes']} "
                     f"other{'' if s['other_quotes'] == 1 else 's'}, "
                     f"{plural(claims, 'claim')} to check")

    def _count(self, data: dict) -> None:
        from verifier.rendering.batch_report import has_problems

        self.done += 1
        self.pages += data["pack"]["pages"] or 0
        self.quotes += len(data["quotes"])
        self.failed += data["status"] == "failed"
        self.with_problems += has_problems(data)
        if self.progress is not None:
            self.progress.update(self.done, self.pages, self.quotes)

    def log(self, line: str) -> None:
        if self.progress is not None:
            self.progress.console.print(line, highlight=False, markup=False)
        else:
            click.echo(f"[{self.done}/{self.total}] {line}", err=True)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()

    def finish(self, summary) -> int:
        """Say what the folder holds; the exit status of this run's packs."""
        seconds = time.perf_counter() - self.started_at
        click.echo(f"verifier: {plural(summary.packs, 'pack')}, "
                   f"{plural(summary.pages, 'page')} ({self.pages} checked or kept now in "
                   f"{seconds:.1f} s): {summary.with_problems} with problems, "
                   f"{summary.failed} failed; see {self.folder.out / 'index.html'}", err=True)
        if self.failed:
            return 2
        return 1 if self.with_problems else 0


class Progress:
    """A rich progress bar on stderr: the start-up stage, then packs, pages, quotations,
    elapsed, ETA."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)
        from rich.progress import Progress as RichProgress

        self.console = Console(stderr=True)
        self.bar = RichProgress(TextColumn("{task.description}"), BarColumn(),
                                MofNCompleteColumn(),
                                TextColumn("{task.fields[pages]} pages"),
                                TextColumn("{task.fields[quotes]} quotations"),
                                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                console=self.console)
        self.bar.start()
        self.task = self.bar.add_task("packs", total=total, pages=0, quotes=0)

    def stage(self, words: str) -> None:
        """Before the first pack: what is being started (workers, the model)."""
        self.bar.update(self.task, description=words)

    def update(self, done: int, pages: int, quotes: int) -> None:
        self.bar.update(self.task, completed=done, pages=pages, quotes=quotes,
                        description="packs")

    def stop(self) -> None:
        self.bar.stop()

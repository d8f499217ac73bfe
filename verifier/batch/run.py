"""Run a batch: every pack checked on the executor its caller made, results handed back as
they finish.

    run_batch(jobs, context, executor, on_result=..., timeout=..., renew=...) -> results

The caller owns concurrency (STYLE.md): it makes the executor (None for "here, one after
another", a concurrent.futures executor, or a dask.distributed Client), hands it in, and shuts
it down. This module submits one task per pack (a path and a small BatchContext, never a loaded
index), retries a pack whose worker died, gives up on one past its time, and on Ctrl-C cancels
what has not started and stops what has (on Dask too), then lets the KeyboardInterrupt go on
to the caller, which stops its own processes and keeps what was finished.
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import threading
import time
from dataclasses import dataclass
from typing import Callable, Sequence

from verifier.batch.worker import BatchContext, check_pack, failed
from verifier.models import PackResult

# A pack whose worker died this many times is recorded as failed rather than tried again.
MAX_ATTEMPTS = 2
# How often a running pack looks at its clock and (on Dask) whether it was cancelled: a
# stopped run frees its workers within about this long.
WATCH_SECONDS = 0.25
# How long a stopped Dask run waits for its running tasks to see they were cancelled.
STOP_WAIT_SECONDS = 10


class PackTimeout(BaseException):
    """Raised inside a worker when its pack runs past its timeout (a BaseException, so no
    `except Exception` in a library on the way can swallow it)."""


class PackStopped(BaseException):
    """Raised inside a Dask task whose future was cancelled: the run was stopped (Ctrl-C) or
    its client went away; the thread is freed rather than left checking for nobody."""


@dataclass(frozen=True)
class PackJob:
    """One pack to check: where it is, what its output files are called, its file's hash."""

    path: str
    stem: str
    sha256: str


def run_batch(jobs: Sequence[PackJob], context: BatchContext, executor=None, *,
              on_result: Callable[[PackJob, PackResult], None] | None = None,
              timeout: float | None = None,
              renew: Callable[[], concurrent.futures.Executor] | None = None
              ) -> list[tuple[PackJob, PackResult]]:
    """Check every job's pack; each (job, result) goes to `on_result` as it finishes.

    Args:
        executor: None (this process, one pack after another), a concurrent.futures executor,
            or a dask.distributed Client.
        timeout: seconds a pack may take; past it the pack is recorded as failed.
        renew: a fresh executor when a process pool broke (a worker died); the caller owns it
            as it owns the first. Without it, the packs of a broken pool are recorded as lost.
    Returns:
        (job, result) in the order they finished; failures are results, never raised.
    Raises:
        KeyboardInterrupt: after cancelling the packs not started (and on Dask stopping those
            running); the results handed to `on_result` until then are the run's.
    """
    results: list[tuple[PackJob, PackResult]] = []

    def record(job: PackJob, result: PackResult) -> None:
        results.append((job, result))
        if on_result is not None:
            on_result(job, result)

    if executor is None:
        for job in jobs:
            record(job, run_pack(job.path, context, timeout))
    elif _is_dask(executor):
        _run_on_dask(executor, jobs, context, timeout, record)
    else:
        _run_on_executor(executor, jobs, context, timeout, record, renew)
    return results


def _is_dask(executor) -> bool:
    return type(executor).__module__.split(".")[0] == "distributed"


def _run_on_executor(executor, jobs, context, timeout, record, renew) -> None:
    """A concurrent.futures executor; a pack whose worker died is tried again on `renew()`."""
    attempts = {job.path: 0 for job in jobs}
    pending = list(jobs)
    while pending:
        futures = {executor.submit(run_pack, job.path, context, timeout): job for job in pending}
        pending = []
        try:
            for future in concurrent.futures.as_completed(futures):
                job = futures[future]
                try:
                    result = future.result()
                except concurrent.futures.process.BrokenProcessPool:
                    attempts[job.path] += 1
                    if attempts[job.path] >= MAX_ATTEMPTS or renew is None:
                        record(job, lost(job))
                    else:
                        pending.append(job)
                    continue
                record(job, result)
        except KeyboardInterrupt:
            for future in futures:
                future.cancel()
            raise
        if pending:
            executor = renew()


def _run_on_dask(client, jobs, context, timeout, record) -> None:
    """A Dask cluster. The scheduler retries a pack whose worker died
    (distributed.scheduler.allowed-failures); one that kills its workers again comes back as
    KilledWorker and is recorded as failed."""
    import os

    from distributed import as_completed
    from distributed.client import FutureCancelledError

    futures = {}
    try:
        for job in jobs:
            # Workers have their own working folders: give them the absolute path.
            future = client.submit(run_pack, os.path.abspath(job.path), context, timeout, True,
                                   key=f"verifier-pack-{job.sha256 or job.stem}-{job.stem}",
                                   pure=False)
            futures[future] = job
        for future in as_completed(list(futures)):
            job = futures[future]
            try:
                result = future.result()
            except FutureCancelledError:
                result = lost(job)
            except Exception as e:   # noqa: BLE001  KilledWorker and the cluster's own errors
                result = lost(job, f"{type(e).__name__}: {e}")
            record(job, result)
    except KeyboardInterrupt:
        # A cancelled task's worker thread goes on until the task looks (run_pack's watcher
        # sees it cancelled within WATCH_SECONDS); wait that long so none of ours is left.
        client.cancel(list(futures))
        keys = {str(f.key) for f in futures}
        deadline = time.monotonic() + STOP_WAIT_SECONDS
        while time.monotonic() < deadline:
            running = client.run(_executing)
            if not keys & {k for ks in running.values() for k in ks}:
                break
            time.sleep(WATCH_SECONDS)
        raise


def _executing(dask_worker) -> list[str]:
    """On a Dask worker (client.run): the keys of the tasks it is running now."""
    return [str(task.key) for task in dask_worker.state.executing]


def lost(job: PackJob, detail: str = "") -> PackResult:
    """A pack whose worker died under it, as often as it was tried."""
    why = f" ({detail})" if detail else ""
    return failed(job.path, f"{job.path}: its worker died while checking it, "
                            f"{MAX_ATTEMPTS} times{why}", job.sha256)


# ---------------------------------------------------------------- in the worker

def run_pack(path: str, context: BatchContext, timeout: float | None,
             on_dask: bool = False) -> PackResult:
    """What a worker runs: check one pack within `timeout` seconds; never raises (but a
    KeyboardInterrupt in the caller's own process)."""
    if timeout is None and not on_dask:
        return _checked(path, context)
    target = threading.get_ident()
    cancelled = _cancelled_on_dask() if on_dask else (lambda: False)
    done = threading.Event()
    lock = threading.Lock()
    deadline = None if timeout is None else time.monotonic() + timeout

    def watch():
        while not done.wait(WATCH_SECONDS):
            if deadline is not None and time.monotonic() >= deadline:
                stop = PackTimeout
            elif cancelled():
                stop = PackStopped
            else:
                continue
            with lock:
                if not done.is_set():
                    # The only way to stop pure-Python work (pypdf) in its own thread, which
                    # is where Dask runs tasks; a signal would reach only a main thread.
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target),
                                                               ctypes.py_object(stop))
            return

    watcher = threading.Thread(target=watch, name="verifier-pack-watch", daemon=True)
    watcher.start()
    try:
        try:
            return _checked(path, context)
        finally:
            with lock:
                done.set()
    except PackTimeout:
        return failed(path, f"{path}: took longer than {timeout:g} s (--pack-timeout); "
                            "given up")
    except PackStopped:
        return failed(path, f"{path}: stopped (the batch was cancelled)")


def _cancelled_on_dask() -> Callable[[], bool]:
    """Whether this Dask task has been cancelled (its key released by the scheduler)."""
    from distributed import get_worker
    from distributed.worker import thread_state

    worker, key = get_worker(), thread_state.key

    def cancelled() -> bool:
        task = worker.state.tasks.get(key)
        return task is None or task.state in ("cancelled", "released", "forgotten")
    return cancelled


def _checked(path: str, context: BatchContext) -> PackResult:
    try:
        return check_pack(path, context)
    except Exception as e:   # noqa: BLE001  one pack's bug must not stop the batch
        # Ctrl-C or the pack timer landing while ctypes converts an argument (pypdfium2 is
        # reading) comes out as an ArgumentError naming it: it is still that interruption.
        if isinstance(e, ctypes.ArgumentError):
            for interruption in (KeyboardInterrupt, PackTimeout, PackStopped):
                if f": {interruption.__name__}" in str(e):
                    raise interruption() from e
        return failed(path, f"{path}: could not be checked ({type(e).__name__}: {e})")

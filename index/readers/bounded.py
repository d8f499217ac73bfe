"""A PDF's page texts read in a child process with a capped address space and a wall deadline.

PDFium and pypdf cannot bound themselves: a one-page PDF of 910 KB whose content stream inflates
to 300 MB took 4.24 GB in a web worker and kept 1.7 GB after (issue 24). So a PDF is read by a
child (`python -I -c _BOOT INDEX_DIR READER NAME MB SECONDS PATH`) that caps its own address
space (RLIMIT_AS) before it opens the file, and that the caller kills once a page, or the whole
file, has taken longer than its time. Whatever the file, the caller's memory holds only the
page texts; an exceeded limit is one line naming the page being read.

The child is started and reaped by `extract_texts` itself, one per document (and one at a time
per process) and never left behind, so a caller that reads several PDFs at once still owns that
concurrency: its pool's worker processes each wait on their own child.

Protocol: the PDF's bytes on the child's stdin (or its path as an argument); the page number
being read on stderr, one a line, before each page (so the parent can time each page and name
the one the child died on); a pickled ("texts", [str, …]) or ("error", message) on stdout.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from index.errors import UnreadablePDF
from index.readers.limits import ReadLimits

# A child that ran out of memory in Python (pypdf) exits with this.
_EXIT_MEMORY = 3
# PDFium (PartitionAlloc) stops the process with a trap when an allocation fails; glibc's
# allocator with abort(). Either, under the cap, means the page needed more than the cap.
_MEMORY_SIGNALS = {signal.SIGTRAP, signal.SIGILL, signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS}
# The reading process's id, for the child to know whether it is still there.
_PARENT = "VERIFIER_READER_PARENT"
# One reading child per process at a time, as PDFium read one document at a time per process
# before (its lock): a web worker's eight threads each reading with 512 MB would be the 4 GB
# the issue measured.
_ONE_CHILD = threading.Lock()
# CPU seconds past the file's wall time after which the child stops itself: only a child whose
# parent was killed outright (kill -9) lives to meet this.
_CPU_GRACE_SECONDS = 10


# The child imports the readers without the index package's __init__, which would bring in
# numpy, SQLite and the store: 0.4 s of imports instead of 0.1 s, per PDF read.
_BOOT = ("import sys, types; package = types.ModuleType('index'); "
         "package.__path__ = [sys.argv[1]]; sys.modules['index'] = package; "
         "from index.readers.bounded import _main; sys.exit(_main(sys.argv[2:]))")


def extract_texts(reader: str, source: Path | bytes, name: str,
                  limits: ReadLimits) -> list[str]:
    """Each page's raw text as the reader `reader` ("pdfium" or "pypdf") gives it, read in a
    child process within `limits`.

    Raises:
        UnreadablePDF: what the reader says is wrong with the file, or a page that needs more
            than `limits.pdf_memory_mb` MB or more than `limits.page_seconds` to read, or a
            file that takes more than `limits.seconds` in all.
    """
    asked = time.monotonic()
    with _ONE_CHILD:
        # Time spent waiting for another thread's reading is this reading's time too.
        return _extract_texts(reader, source, name,
                              limits.within(limits.seconds - (time.monotonic() - asked)))


def _extract_texts(reader: str, source: Path | bytes, name: str,
                   limits: ReadLimits) -> list[str]:
    path = None if isinstance(source, bytes) else str(source)
    command = [sys.executable, "-I", "-c", _BOOT, str(Path(__file__).resolve().parents[1]),
               reader, name, str(limits.pdf_memory_mb), f"{limits.seconds:.0f}", path or "-"]
    # The bytes in and the answer out go through files: the parent only waits on the page
    # numbers, and neither side can block on a full pipe.
    with tempfile.TemporaryFile() as stdin, tempfile.TemporaryFile() as stdout:
        if path is None:
            stdin.write(source)
            stdin.seek(0)
        child = subprocess.Popen(command, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE,
                                 env={**os.environ, _PARENT: str(os.getpid())})
        try:
            pages, late = _watch(child, limits)
        finally:
            if child.poll() is None:        # interrupted (Ctrl-C): leave no child behind
                child.kill()
                child.wait()
            child.stderr.close()
        stdout.seek(0)
        out = stdout.read()
    where = f"page {pages}" if pages else "the file"
    if late == "page":
        raise UnreadablePDF(f"{name}: {where} takes more than {_seconds(limits.page_seconds)} "
                            "to read; is it damaged?")
    if late == "total":
        raise UnreadablePDF(f"{name}: the PDF takes more than {_seconds(limits.seconds)} to "
                            f"read (stopped at {where}); is it damaged?")
    if child.returncode == 0:
        try:
            kind, value = pickle.loads(out)
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError) as e:
            raise UnreadablePDF(f"{name}: the PDF reader gave no answer; is it damaged?") from e
        if kind == "error":
            raise UnreadablePDF(value)
        return value
    if child.returncode == _EXIT_MEMORY or -child.returncode in _MEMORY_SIGNALS:
        raise UnreadablePDF(f"{name}: {where} needs more than {limits.pdf_memory_mb} MB "
                            "to read; is it damaged?")
    raise UnreadablePDF(f"{name}: the PDF reader stopped on {where} "
                        f"(exit status {child.returncode}); is it damaged?")


def _watch(child: subprocess.Popen, limits: ReadLimits) -> tuple[int, str | None]:
    """Follow the child's page numbers until it exits, or kill it when a page or the whole
    file runs past its time. Returns the last page it began (0: none yet) and which time ran
    out ("page", "total") or None."""
    started = page_started = time.monotonic()
    page, pending = 0, b""
    fd = child.stderr.fileno()
    while True:
        now = time.monotonic()
        left = {"total": started + limits.seconds - now,
                "page": page_started + limits.page_seconds - now}
        late = min(left, key=left.get)
        if left[late] <= 0:
            child.kill()
            child.wait()
            return page, late
        ready, _, _ = select.select([fd], [], [], left[late])
        if not ready:
            continue
        chunk = os.read(fd, 4096)
        if not chunk:                                   # the child has exited
            child.wait()
            return page, None
        *lines, pending = (pending + chunk).split(b"\n")
        numbers = [int(line) for line in lines if line.isdigit()]
        if numbers:
            page, page_started = numbers[-1], time.monotonic()


def _seconds(seconds: float) -> str:
    """"30 s", "0.5 s": a request's remaining time is no round number."""
    return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s"



def _die_with_parent() -> None:
    """Have the kernel kill this child when its parent dies (kill -9 of `index add` must leave
    nothing behind: issue 12), and stop now if it is already gone."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    parent = os.environ.get(_PARENT)
    if parent and os.getppid() != int(parent):
        os._exit(1)


def _main(argv: list[str]) -> int:
    import resource

    _die_with_parent()
    reader, name, memory_mb, seconds, path = argv
    from index.readers import _pdf_module      # imported before the cap: code is not the file

    module = _pdf_module(reader)
    cap = int(memory_mb) << 20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    cpu = int(seconds) + _CPU_GRACE_SECONDS
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    source = sys.stdin.buffer.read() if path == "-" else Path(path)

    def reading(page_no: int) -> None:
        os.write(2, f"{page_no}\n".encode())    # unbuffered: it must survive a crash

    try:
        result = ("texts", module.extract_texts(source, name, on_page=reading))
    except UnreadablePDF as e:
        result = ("error", e.message)
    except MemoryError:
        return _EXIT_MEMORY
    sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


"""A PDF's page texts read in a child process with a capped address space and a wall deadline.

PDFium and pypdf cannot bound themselves: a one-page PDF of 910 KB whose content stream inflates
to 300 MB took 4.24 GB in a web worker and kept 1.7 GB after (issue 24). So a PDF is read by a
child (`python -I -c _BOOT INDEX_DIR READER MB`) that caps its own address space (RLIMIT_AS) before it
opens any file, and that the caller kills once a page, or the whole file, has taken longer than
its time. Whatever the file, the caller's memory holds only the page texts; an exceeded limit is
one line naming the page being read.

`extract_texts` starts a child for one document and reaps it after, one at a time per process
and never left behind, so a caller that reads several PDFs at once still owns that concurrency:
its pool's worker processes each wait on their own child. A caller that reads many PDFs one
after another (a batch worker, issue 23) may keep one child for all of them: a
`ReadingProcess`, which it owns and closes. Starting a child costs about 0.1 s of CPU, a third
of a 100-page pack's reading. The kept child reads each document within the same limits; a
child that failed, was killed or grew past KEPT_MAX_SHARE of its cap is replaced by a fresh one,
and a document that ran out of memory in a child that had read others before it is read again
in a fresh one before that is its verdict.

Protocol: frames (one kind byte, a 4-byte length, the payload) both ways. The parent sends "q",
a pickled (reader, name, seconds, path or bytes, breaks, calls); the child sends "p" with the page number it
is about to read before each page (so the parent can time each page and name the one the child
died on), then "r", a pickled ("texts", [str, …], peak MB, CPU s) or ("error", message, peak MB, CPU s).
The end of its stdin ends the child.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import subprocess
import sys
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
# CPU seconds past a document's wall time after which the child stops itself: only a child
# whose parent was killed outright (kill -9) lives to meet this.
_CPU_GRACE_SECONDS = 10
# A kept child whose resident peak passed this share of its address-space cap is replaced
# before the next document: what one large pack left allocated must not become the next one's
# "needs more than 512 MB" (the 800-page pack reads in a child of 57-74 MB).
KEPT_MAX_SHARE = 0.5
_FRAME = struct.Struct(">cI")


# The child imports the readers without the index package's __init__, which would bring in
# numpy, SQLite and the store: 0.4 s of imports instead of 0.1 s, per child started.
_BOOT = ("import sys, types; package = types.ModuleType('index'); "
         "package.__path__ = [sys.argv[1]]; sys.modules['index'] = package; "
         "from index.readers.bounded import _main; sys.exit(_main(sys.argv[2:]))")


class _OutOfMemory(UnreadablePDF):
    """A page needed more memory than the child's cap (said as an UnreadablePDF)."""


class ReadingProcess:
    """A reading child kept for many documents, each read within its limits; the caller owns
    it and closes it (or uses it as a context manager)."""

    def __init__(self) -> None:
        self._child: subprocess.Popen | None = None
        self._memory_mb = 0
        self._reader = ""
        self._documents = 0          # documents the current child has read
        self.started = 0             # children started, replacements included
        self.peak_mb = 0.0           # the largest resident peak a child reported
        # CPU seconds of the live child so far (a reaped child's are the caller's
        # RUSAGE_CHILDREN): what its documents cost, for a benchmark.
        self.child_cpu_s = 0.0

    def read(self, reader: str, source: Path | bytes, name: str,
             limits: ReadLimits, breaks: bool = True, calls: bool = True) -> list[str]:
        """`extract_texts` in the kept child (the caller holds `_ONE_CHILD`)."""
        child = self._ready(reader, limits.pdf_memory_mb)
        try:
            kind, value, peak_mb, self.child_cpu_s = _request(child, reader, source, name,
                                                              limits, breaks, calls)
        except BaseException:
            self.close(now=True)    # killed, died, interrupted: the next document gets a new one
            raise
        self._documents += 1
        self.peak_mb = max(self.peak_mb, peak_mb)
        if peak_mb > KEPT_MAX_SHARE * self._memory_mb:
            self.close()
        if kind == "error":     # the reader's own answer ("corrupt or truncated PDF")
            raise UnreadablePDF(value)
        return value

    @property
    def has_read(self) -> bool:
        """Whether its child is up and has read a document already."""
        return self._child is not None and self._documents > 0

    def _ready(self, reader: str, memory_mb: int) -> subprocess.Popen:
        if self._child is not None and (self._child.poll() is not None or
                                        (self._reader, self._memory_mb) != (reader, memory_mb)):
            self.close()
        if self._child is None:
            self._child = _start(reader, memory_mb)
            self._reader, self._memory_mb, self._documents = reader, memory_mb, 0
            self.started += 1
        return self._child

    def close(self, now: bool = False) -> None:
        """End the child: its stdin closed, killed if it does not go at once (`now`: killed, as
        when a read was interrupted mid-page)."""
        child, self._child = self._child, None
        self.child_cpu_s = 0.0
        if child is None:
            return
        if now and child.poll() is None:
            child.kill()
        try:
            child.stdin.close()
        except OSError:
            pass                        # it is gone already
        try:
            child.wait(timeout=2)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        child.stdout.close()

    def __enter__(self) -> ReadingProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def extract_texts(reader: str, source: Path | bytes, name: str, limits: ReadLimits,
                  process: ReadingProcess | None = None, breaks: bool = True,
                  calls: bool = True) -> list[str]:
    """Each page's raw text as the reader `reader` ("pdfium" or "pypdf") gives it, read in a
    child process within `limits`: `process`'s kept child, or one started for this file.
    `breaks`: the lines a paragraph's gap follows marked; `calls`: the footnote calls inside
    a line marked (see pdf_pdfium.extract_texts).

    Raises:
        UnreadablePDF: what the reader says is wrong with the file, or a page that needs more
            than `limits.pdf_memory_mb` MB or more than `limits.page_seconds` to read, or a
            file that takes more than `limits.seconds` in all.
    """
    asked = time.monotonic()
    with _ONE_CHILD:
        # Time spent waiting for another thread's reading is this reading's time too.
        if process is not None:
            had_read = process.has_read
            try:
                return process.read(reader, source, name, _left(limits, asked), breaks, calls)
            except _OutOfMemory:
                if not had_read:
                    raise
            # What the documents before it left in the child may be what ran out: a fresh
            # child's answer is the file's own.
            return process.read(reader, source, name, _left(limits, asked), breaks, calls)
        with ReadingProcess() as once:
            return once.read(reader, source, name, _left(limits, asked), breaks, calls)


def _left(limits: ReadLimits, asked: float) -> ReadLimits:
    return limits.within(limits.seconds - (time.monotonic() - asked))


def _start(reader: str, memory_mb: int) -> subprocess.Popen:
    command = [sys.executable, "-I", "-c", _BOOT, str(Path(__file__).resolve().parents[1]),
               reader, str(memory_mb)]
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL,
                            env={**os.environ, _PARENT: str(os.getpid())})


def _request(child: subprocess.Popen, reader: str, source: Path | bytes, name: str,
             limits: ReadLimits, breaks: bool = True,
             calls: bool = True) -> tuple[str, list[str] | str, float, float]:
    """One document read by `child`: its answer ("texts" and the pages' texts, or "error" and
    the reader's message), the child's resident peak in MB and its CPU seconds so far.

    Raises:
        UnreadablePDF: the child was killed past a time limit, or died (past its memory cap:
            _OutOfMemory).
    """
    path = None if isinstance(source, bytes) else str(source)
    request = pickle.dumps((reader, name, limits.seconds, source if path is None else path,
                            breaks, calls), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        child.stdin.write(_FRAME.pack(b"q", len(request)) + request)
        child.stdin.flush()
    except BrokenPipeError:
        pass                            # it died: _watch sees its end and says how
    pages, late, answer = _watch(child, limits)
    where = f"page {pages}" if pages else "the file"
    if late == "page":
        raise UnreadablePDF(f"{name}: {where} takes more than {_seconds(limits.page_seconds)} "
                            "to read; is it damaged?")
    if late == "total":
        raise UnreadablePDF(f"{name}: the PDF takes more than {_seconds(limits.seconds)} to "
                            f"read (stopped at {where}); is it damaged?")
    if answer is not None:
        try:
            return pickle.loads(answer)
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError) as e:
            raise UnreadablePDF(f"{name}: the PDF reader gave no answer; is it damaged?") from e
    if child.returncode == _EXIT_MEMORY or -child.returncode in _MEMORY_SIGNALS:
        raise _OutOfMemory(f"{name}: {where} needs more than {limits.pdf_memory_mb} MB "
                           "to read; is it damaged?")
    raise UnreadablePDF(f"{name}: the PDF reader stopped on {where} "
                        f"(exit status {child.returncode}); is it damaged?")


def _watch(child: subprocess.Popen, limits: ReadLimits) -> tuple[int, str | None, bytes | None]:
    """Follow the child's page numbers until its answer, or its end, or kill it when a page or
    the whole file runs past its time. Returns the last page it began (0: none yet), which
    time ran out ("page", "total") or None, and the answer's bytes (None: it ended first)."""
    started = page_started = time.monotonic()
    page, pending = 0, b""
    fd = child.stdout.fileno()
    while True:
        now = time.monotonic()
        left = {"total": started + limits.seconds - now,
                "page": page_started + limits.page_seconds - now}
        late = min(left, key=left.get)
        if left[late] <= 0:
            child.kill()
            child.wait()
            return page, late, None
        ready, _, _ = select.select([fd], [], [], left[late])
        if not ready:
            continue
        chunk = os.read(fd, 1 << 16)
        if not chunk:                                   # the child has exited
            child.wait()
            return page, None, None
        pending += chunk
        while len(pending) >= _FRAME.size:
            kind, size = _FRAME.unpack_from(pending)
            if len(pending) < _FRAME.size + size:
                break
            payload = pending[_FRAME.size:_FRAME.size + size]
            pending = pending[_FRAME.size + size:]
            if kind == b"r":
                return page, None, payload
            page, page_started = int(payload), time.monotonic()


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
    reader, memory_mb = argv
    from index.readers import _pdf_module      # imported before the cap: code is not the file

    module = _pdf_module(reader)
    cap = int(memory_mb) << 20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    stdin, out = sys.stdin.buffer, 1

    def send(kind: bytes, payload: bytes) -> None:
        data = _FRAME.pack(kind, len(payload)) + payload
        while data:                             # unbuffered: a page number must survive a crash
            data = data[os.write(out, data):]

    while True:
        head = stdin.read(_FRAME.size)
        if len(head) < _FRAME.size:
            return 0                            # the parent closed our stdin: done
        _, size = _FRAME.unpack(head)
        _, name, seconds, source, breaks, calls = pickle.loads(stdin.read(size))  # reader: `reader`
        # A CPU bound per document, past which the kernel stops the child (only one whose
        # parent is gone, and so cannot kill it, lives to meet it).
        used = resource.getrusage(resource.RUSAGE_SELF)
        cpu = int(used.ru_utime + used.ru_stime + seconds) + _CPU_GRACE_SECONDS
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu if hard == resource.RLIM_INFINITY
                                                 else min(cpu, hard), hard))
        try:
            texts = module.extract_texts(source if isinstance(source, bytes) else Path(source),
                                         name, on_page=lambda n: send(b"p", str(n).encode()),
                                         breaks=breaks, calls=calls)
            result = ("texts", texts)
        except UnreadablePDF as e:
            result = ("error", e.message)
        except MemoryError:
            return _EXIT_MEMORY
        used = resource.getrusage(resource.RUSAGE_SELF)
        send(b"r", pickle.dumps((*result, _own_peak_mb(used), used.ru_utime + used.ru_stime),
                                protocol=pickle.HIGHEST_PROTOCOL))


def _own_peak_mb(used) -> float:
    """This child's resident peak in MB since it started: Linux's VmHWM, not ru_maxrss, which
    counts the memory of the process it was started from (a worker with the model loaded
    would have its child replaced after every pack)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return used.ru_maxrss / 1024        # not Linux: the best there is

"""A PDF's page texts read in a child process with a capped address space and a wall deadline.

PDFium and pypdf cannot bound themselves: a one-page PDF of 910 KB whose content stream inflates
to 300 MB took 4.24 GB in a web worker and kept 1.7 GB after (issue 24). So a PDF is read by a
child (`python -c _BOOT INDEX_DIR READER NAME MB PATH`) that caps its own address space
(RLIMIT_AS) before it opens the file, and that the caller kills once the time is up. Whatever
the file, the caller's memory holds only the page texts; an exceeded limit is one line naming
the page being read.

The child is started and reaped by `extract_texts` itself, one per document and never left
behind, so a caller that reads several PDFs at once still owns that concurrency (its pool's
workers each wait on their own child).

Protocol: the PDF's bytes on the child's stdin (or its path as an argument); the page number
being read on stderr, one a line, before each page (so the parent can name it when the child
dies); a pickled ("texts", [str, …]) or ("error", message) on stdout.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path

from index.errors import UnreadablePDF
from index.readers.limits import ReadLimits

# A child that ran out of memory in Python (pypdf) exits with this.
_EXIT_MEMORY = 3
# PDFium (PartitionAlloc) stops the process with a trap when an allocation fails; glibc's
# allocator with abort(). Either, under the cap, means the page needed more than the cap.
_MEMORY_SIGNALS = {signal.SIGTRAP, signal.SIGILL, signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS}


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
            than `limits.pdf_memory_mb` MB or more than `limits.seconds` s to read.
    """
    path = None if isinstance(source, bytes) else str(source)
    command = [sys.executable, "-I", "-c", _BOOT, str(Path(__file__).resolve().parents[1]),
               reader, name, str(limits.pdf_memory_mb), path or "-"]
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = child.communicate(source if path is None else b"", timeout=limits.seconds)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        raise UnreadablePDF(f"{name}: {_where(err)} takes more than {_seconds(limits.seconds)} "
                            "to read; is it damaged?") from None
    finally:
        if child.poll() is None:            # interrupted (Ctrl-C): leave no child behind
            child.kill()
            child.wait()
    if child.returncode == 0:
        try:
            kind, value = pickle.loads(out)
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError) as e:
            raise UnreadablePDF(f"{name}: the PDF reader gave no answer; is it damaged?") from e
        if kind == "error":
            raise UnreadablePDF(value)
        return value
    if child.returncode == _EXIT_MEMORY or -child.returncode in _MEMORY_SIGNALS:
        raise UnreadablePDF(f"{name}: {_where(err)} needs more than {limits.pdf_memory_mb} MB "
                            "to read; is it damaged?")
    raise UnreadablePDF(f"{name}: the PDF reader stopped on {_where(err)} "
                        f"(exit status {child.returncode}); is it damaged?")


def _seconds(seconds: float) -> str:
    """"30 s", "0.5 s": a request's remaining time is no round number."""
    return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s"


def _where(err: bytes) -> str:
    """"page 3", the last page the child said it was reading, or "the file" before the first."""
    pages = [line for line in err.decode("ascii", "replace").splitlines() if line.isdigit()]
    return f"page {pages[-1]}" if pages else "the file"


def _main(argv: list[str]) -> int:
    import resource

    reader, name, memory_mb, path = argv
    from index.readers import _pdf_module      # imported before the cap: code is not the file

    module = _pdf_module(reader)
    cap = int(memory_mb) << 20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
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


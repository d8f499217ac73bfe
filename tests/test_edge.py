"""verifier/cli/edge.py: every failure is one `error:` line and an exit code a script can tell
apart: 1 only for a wrong quotation, 2 for bad input or an unusable index, 70 for a bug in
verifier, 130 for Ctrl-C. Never a traceback.
"""

import errno
import hashlib
import shutil
import subprocess
import sys
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import verifier.api
from conftest import SHARED
from index import IndexUnavailable
from verifier.cli import main
from verifier.cli.edge import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED
from verifier.errors import UnreadableMotion

TOY = SHARED / "eval-kit"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def motion(tmp_path):
    path = tmp_path / "motion.txt"
    path.write_text("The report found the council “weak and confused” (Section 3.4).\n",
                    encoding="utf-8")
    return path


def raising(error):
    def fail(*args, **kwargs):
        raise error
    return fail


# Failures fed in on purpose where `verifier check` calls the library (as OCRmyPDF's
# tests/plugins do): each must come out as one line and its own exit code.
@pytest.mark.parametrize("error, code, line", [
    pytest.param(ZeroDivisionError("division by zero"), EXIT_INTERNAL,
                 "error: internal error in verifier, not a problem with the input (division by "
                 "zero); please report it (set VERIFIER_DEBUG=1 to see where it happened)",
                 id="bug"),
    pytest.param(KeyError("page_labels"), EXIT_INTERNAL,
                 "error: internal error in verifier, not a problem with the input; please "
                 "report it (set VERIFIER_DEBUG=1 to see where it happened)",
                 id="bug-keyerror-says-no-exception-name"),
    pytest.param(RecursionError("maximum recursion depth exceeded"), EXIT_INTERNAL,
                 "error: internal error in verifier, not a problem with the input (maximum "
                 "recursion depth exceeded); please report it (set VERIFIER_DEBUG=1 to see "
                 "where it happened)", id="recursion"),
    pytest.param(OSError(errno.ENOSPC, "No space left on device", "/out/report.html.tmp"),
                 EXIT_BAD_INPUT, "error: /out/report.html.tmp: disk full (no space left on the "
                 "device)", id="disk-full-outside-the-index"),
    pytest.param(PermissionError(errno.EACCES, "Permission denied", "/out/report.html"),
                 EXIT_BAD_INPUT, "error: /out/report.html: Permission denied",
                 id="permission-denied"),
    pytest.param(UnreadableMotion("motion.txt: is empty"), EXIT_BAD_INPUT,
                 "error: motion.txt: is empty", id="library-error"),
    pytest.param(IndexUnavailable("/idx: no index here"), EXIT_BAD_INPUT,
                 "error: /idx: no index here", id="index-error"),
    pytest.param(KeyboardInterrupt(), EXIT_INTERRUPTED, "error: interrupted", id="ctrl-c"),
])
def test_every_failure_is_one_line_and_its_own_exit_code(monkeypatch, motion, error, code, line):
    monkeypatch.setattr(verifier.api, "check_motions", raising(error))
    result = run("check", motion, "--index", "/nowhere")
    assert result.exit_code == code
    assert result.stderr.splitlines() == [line]
    assert result.stdout == ""
    assert code != 1, "exit 1 means a quotation is wrong"


def test_debug_shows_the_traceback(monkeypatch, motion):
    monkeypatch.setattr(verifier.api, "check_motions", raising(ZeroDivisionError("x")))
    monkeypatch.setenv("VERIFIER_DEBUG", "1")
    result = run("check", motion, "--index", "/nowhere")
    assert result.exit_code == EXIT_INTERNAL
    assert "Traceback" in result.stderr and "ZeroDivisionError" in result.stderr


def test_a_crash_in_a_real_process_exits_70_without_a_traceback(tmp_path):
    # A real bug path in a real process: an index database whose documents table lacks a
    # column is not something the library expects.
    import sqlite3

    from index.store import SCHEMA_VERSION

    d = tmp_path / "idx"
    d.mkdir()
    with sqlite3.connect(d / "index.db") as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY)")
        conn.execute("INSERT INTO documents VALUES ('report')")
    done = subprocess.run([sys.executable, "-m", "verifier", "index", "list",
                           "--index", str(d)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
    assert done.returncode == EXIT_INTERNAL, done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith("error: internal error in verifier") and "Traceback" not in line


# ---- faults of the index, end to end ---------------------------------------------------------

@pytest.fixture(scope="module")
def toy_index(tmp_path_factory, embedder, shared):
    directory = tmp_path_factory.mktemp("edge") / "index"
    result = run("index", "add", TOY / "sources" / "toy-report.pdf", "--index", directory,
                 "--title", "Best Value Inspection of the Borough of Fenmarsh")
    assert result.exit_code == 0, result.output
    return directory


PARAPHRASE = ("The inspectors said “councillors and officers simply do not trust one another, "
              "which is harming how the council governs itself” (paragraph 3.4).\n")


@pytest.mark.model
@pytest.mark.parametrize("damage", [
    pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
    pytest.param(lambda data: b"", id="empty"),
])
def test_a_damaged_vectors_file_is_exit_2_with_how_to_rebuild(toy_index, tmp_path, damage):
    d = tmp_path / "idx"
    shutil.copytree(toy_index, d)
    (vectors,) = d.glob("toy-report-*.faiss")
    vectors.write_bytes(damage(vectors.read_bytes()))
    motion = tmp_path / "motion.txt"
    motion.write_text(PARAPHRASE, encoding="utf-8")
    result = run("check", motion, "--index", d)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line == (f"error: {vectors}: the vectors of document toy-report are damaged "
                    "(truncated or corrupt); rebuild them with `verifier index remove "
                    "toy-report` and `verifier index add "
                    f"{(TOY / 'sources' / 'toy-report.pdf').resolve()}`")




def snapshot(directory: Path) -> dict:
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file() and p.name != "filler"}


@pytest.mark.model
def test_index_add_on_a_full_disk_says_disk_full(toy_index, small_disk):
    d = small_disk / "idx"
    shutil.copytree(toy_index, d)
    before = snapshot(d)
    fd = os.open(small_disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    result = run("index", "add", TOY / "sources" / "toy-letter.pdf", "--index", d)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"error: {d}: cannot write the index: disk full (no space left on the device); it was "
        "left as it was"]
    assert snapshot(d) == before


def test_no_index_here_names_the_demos_index_after_make_demo(tmp_path, monkeypatch, motion):
    """A newcomer's next command after `make demo` (issue 25): the error says where the demo's
    index is, and nothing uses it silently."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VERIFIER_INDEX", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    result = run("check", motion)
    assert result.exit_code == 2 and "--index out/demo-index" not in result.stderr
    (tmp_path / "out" / "demo-index").mkdir(parents=True)
    (tmp_path / "out" / "demo-index" / "index.db").write_bytes(b"")
    result = run("check", motion)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'data' / 'verifier' / 'index'}: no index here (add a report with "
        "`verifier index add`); `make demo` made one: add `--index out/demo-index`"]
    result = run("check", motion, "--index", tmp_path / "elsewhere")
    assert "demo" not in result.stderr

"""`verifier index add|list|show|remove`: round trips, bad input, and writers that die.

Every bad input must exit 2 with one `error: <file>: <problem>` line on stderr and leave the
index directory byte for byte as it was (or not there at all).
"""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfWriter

from index import DEFAULT_PDF_READER, guess_title, open_index
from index.readers import pdf_reader_version
from index.models import Page
from pdfs import make_pdf
from verifier.cli import main

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.model

# Paragraphs in the style of a Best Value inspection report (cf. ../shared/examples).
REPORT = {
    "3": "Culture",
    "3.4": "The lack of trust between councillors, officers, and partners is extremely "
           "worrying and is not conducive to good governance and decision-making.",
    "3.5": "Relationships between the Mayor’s office and senior officers have deteriorated "
           "over the last two years, and several interviewees described a climate of fear.",
    "4": "Leadership",
    "4.5": "The Mayor’s office has grown in size and influence since 2022.",
    "4.50": "The perception of many interviewees was that many good managers had exited the "
            "organisation as a result of ‘speaking truth to power.’",
}


def report_lines(paragraphs: dict, title="Best Value Inspection of the London Borough of "
                 "Eastmarsh") -> list[list[str]]:
    """Pages of lines: a title, then each numbered paragraph wrapped, 40 lines a page."""
    lines = [title, ""]
    for section, text in paragraphs.items():
        wrapped = textwrap.wrap(f"{section} {text}", 88)
        lines += wrapped + [""]
    return [lines[i:i + 40] for i in range(0, len(lines), 40)]


def big_report(n_pages=40) -> dict:
    paragraphs = {}
    for chapter in range(1, n_pages // 2 + 1):
        paragraphs[str(chapter)] = f"Chapter {chapter} findings"
        for n in range(1, 7):
            paragraphs[f"{chapter}.{n}"] = (
                f"In chapter {chapter} the inspectors found that the council’s arrangements for "
                f"item {n} were weak, that scrutiny of decisions was limited, and that officers "
                "were not always able to give members the advice they needed in good time.")
    return paragraphs


def snapshot(directory: Path) -> dict:
    """Every file under `directory` (or the file itself) with its bytes' hash."""
    if not directory.exists():
        return {}
    if directory.is_file():
        return {".": hashlib.sha256(directory.read_bytes()).hexdigest()}
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def run(*args, env=None):
    return CliRunner(env=env).invoke(main, ["index", *map(str, args)])


def listing(index_dir) -> list[dict]:
    result = run("list", "--index", index_dir, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    d = tmp_path_factory.mktemp("pdfs")
    return {
        "report": make_pdf(d / "report.pdf", report_lines(REPORT)),
        "letter": make_pdf(d / "letter.pdf", [[
            "Letter from the Secretary of State to the Chief Executive",
            "They found insufficient evidence that the organisation is open and transparent,",
            "and values the constructive criticism required to drive improvement."]]),
        "big": make_pdf(d / "big.pdf", report_lines(big_report(40))),
    }


@pytest.fixture(scope="module")
def base_index(tmp_path_factory, pdfs, embedder):
    """An index holding report.pdf, built once; tests get a copy."""
    d = tmp_path_factory.mktemp("base") / "idx"
    result = run("add", pdfs["report"], "--index", d, "--alias", "BVI report")
    assert result.exit_code == 0, result.stderr
    return d


@pytest.fixture
def index_dir(base_index, tmp_path):
    d = tmp_path / "idx"
    shutil.copytree(base_index, d)
    return d


# ---- round trip ----------------------------------------------------------------------------

def test_add_list_show_remove_round_trip(tmp_path, pdfs, embedder):
    d = tmp_path / "new" / "idx"
    added = run("add", pdfs["report"], pdfs["letter"], "--index", d)
    assert added.exit_code == 0, added.stderr
    lines = added.stdout.splitlines()
    assert lines[0] == (f"read {pdfs['report']}: reader {pdf_reader_version(DEFAULT_PDF_READER)}, 1 page, "
                        "4 numbered paragraphs, 0 footnotes")
    assert lines[1].startswith(
        "added report: Best Value Inspection of the London Borough of Eastmarsh (1 page,")
    assert lines[2] == (f"read {pdfs['letter']}: reader {pdf_reader_version(DEFAULT_PDF_READER)}, 1 page, "
                        "0 numbered paragraphs, 0 footnotes")
    assert lines[3].startswith(
        "added letter: Letter from the Secretary of State to the Chief Executive")
    assert added.stderr == (f"warning: {pdfs['letter']}: no numbered paragraphs found: citations "
                            "of paragraph numbers cannot be checked against it (fine for a letter)\n")

    docs = listing(d)
    assert [doc["id"] for doc in docs] == ["letter", "report"]
    assert all(list(doc) == ["id", "title", "aliases", "file", "sha256", "pages", "paragraphs",
                             "chunks", "added", "model", "reader"] for doc in docs)
    assert docs[1]["file"] == str(pdfs["report"].resolve())
    assert docs[1]["model"] == "all-MiniLM-L6-v2" and docs[1]["pages"] == 1

    text = run("list", "--index", d)
    assert text.exit_code == 0 and text.stdout.startswith("letter\tLetter from the Secretary")

    shown = run("show", "report", "--index", d, "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    body = json.loads(shown.stdout)
    assert list(body) == ["id", "title", "pages", "paragraphs"]
    sections = {p["section"]: p for p in body["paragraphs"]}
    assert sections["4.50"] == {"section": "4.50", "heading": "Leadership", "first_page": 1,
                                "last_page": 1, "text": REPORT["4.50"]}

    one = json.loads(run("show", "report", "4.5", "--index", d, "--format", "json").stdout)
    assert [p["text"] for p in one["paragraphs"]] == [REPORT["4.5"]]
    assert "[4.50] p. 1  Leadership" in run("show", "report", "4.50", "--index", d).stdout

    removed = run("remove", "letter", "--index", d)
    assert removed.exit_code == 0 and removed.stdout.startswith("removed letter:")
    assert [doc["id"] for doc in listing(d)] == ["report"]


def test_title_and_aliases_from_options(tmp_path, pdfs, embedder):
    d = tmp_path / "idx"
    result = run("add", pdfs["letter"], "--index", d, "--title", "Letter from SoS",
                 "--alias", "Letter from SoS to CEX 12/11/24", "--alias", "SoS letter")
    assert result.exit_code == 0, result.stderr
    (doc,) = listing(d)
    assert doc["title"] == "Letter from SoS"
    assert doc["aliases"] == ["Letter from SoS to CEX 12/11/24", "SoS letter"]


def test_index_from_the_environment(tmp_path, pdfs, embedder):
    d = tmp_path / "env-idx"
    result = run("add", pdfs["letter"], env={"VERIFIER_INDEX": str(d)})
    assert result.exit_code == 0, result.stderr
    assert [doc["id"] for doc in listing(d)] == ["letter"]


def test_same_pdf_twice_is_a_no_op(index_dir, pdfs):
    before = snapshot(index_dir)
    result = run("add", pdfs["report"], "--index", index_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (f"unchanged report: {pdfs['report']} is already in the index "
                             f"(read by {pdf_reader_version(DEFAULT_PDF_READER)})\n")
    assert snapshot(index_dir) == before


def test_a_different_file_whose_id_is_taken_gets_a_new_id_and_says_so(index_dir, tmp_path):
    (old,) = listing(index_dir)
    other = make_pdf(tmp_path / "report.pdf", report_lines({**REPORT, "4.51": "A new one."}))
    result = run("add", other, "--index", index_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("added report-2: Best Value Inspection of the London")
    assert result.stderr.splitlines() == [
        f"note: {other}: the id report is taken by another file ({old['file']}), so this one "
        "was added as report-2 (--replace replaces report instead)"]
    kept, new = listing(index_dir)
    assert kept == old, "the indexed document is not replaced"
    assert new["id"] == "report-2" and new["paragraphs"] == old["paragraphs"] + 1


def test_replace_replaces_the_document_with_that_id(index_dir, tmp_path):
    (old,) = listing(index_dir)
    changed = make_pdf(tmp_path / "report.pdf", report_lines({**REPORT, "4.51": "A new one."}))
    result = run("add", changed, "--index", index_dir, "--replace")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("replaced report: ") and result.stderr == ""
    (new,) = listing(index_dir)
    assert new["id"] == "report" and new["sha256"] != old["sha256"]
    assert new["paragraphs"] == old["paragraphs"] + 1
    assert sorted(p.name for p in index_dir.iterdir()) == ["index.db", "index.lock"]


def test_a_document_without_numbered_paragraphs_warns(tmp_path, pdfs):
    result = run("add", pdfs["letter"], "--index", tmp_path / "idx")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("added letter: ")
    # One warning, from the reader, not a second one from the store.
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"warning: {pdfs['letter']}: no numbered paragraphs found") and \
        "fine for a letter" in warning


# ---- bad input -----------------------------------------------------------------------------

def truncated(d: Path, pdfs) -> Path:
    data = pdfs["report"].read_bytes()
    (d / "truncated.pdf").write_bytes(data[: len(data) // 2])
    return d / "truncated.pdf"


def zero_pages(d: Path, pdfs) -> Path:
    with open(d / "empty.pdf", "wb") as f:
        PdfWriter().write(f)
    return d / "empty.pdf"


def text_named_pdf(d: Path, pdfs) -> Path:
    (d / "motion.pdf").write_text("This Council Notes: the Best Value Inspection Report…\n")
    return d / "motion.pdf"


BAD_PDFS = [
    pytest.param(lambda d, p: d / "nonexistent.pdf", "no such file", id="nonexistent-file"),
    pytest.param(text_named_pdf, "not a PDF", id="text-file-named-pdf"),
    pytest.param(truncated, "corrupt or truncated", id="truncated-pdf"),
    pytest.param(lambda d, p: make_pdf(d / "locked.pdf", report_lines(REPORT), encrypt="secret"),
                 "encrypted", id="encrypted-pdf"),
    pytest.param(lambda d, p: make_pdf(d / "scan.pdf", [[], []], footer=None), "needs OCR",
                 id="blank-pages-no-text-layer"),
    pytest.param(zero_pages, "no pages", id="zero-page-pdf"),
]


@pytest.mark.parametrize("existing", [True, False], ids=["existing-index", "no-index-yet"])
@pytest.mark.parametrize("make, problem", BAD_PDFS)
def test_bad_pdf_exits_2_and_leaves_the_index_untouched(make, problem, existing, tmp_path,
                                                        base_index, pdfs):
    d = tmp_path / "idx"
    if existing:
        shutil.copytree(base_index, d)
    bad = make(tmp_path, pdfs)
    before = snapshot(d)
    result = run("add", bad, "--index", d)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {bad}: ") and problem in line, line
    assert result.stdout == ""
    assert snapshot(d) == before
    assert d.exists() == existing


def test_index_path_that_is_a_regular_file(tmp_path, pdfs):
    # We run as root, so chmod 555 would not stop us: a file where the directory should be does.
    f = tmp_path / "idx"
    f.write_text("my notes")
    before = snapshot(f)
    result = run("add", pdfs["letter"], "--index", f)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"error: {f}: not a directory, so it cannot hold an "
                                          "index"]
    assert snapshot(f) == before


def test_bad_model_path_changes_nothing(index_dir, pdfs, tmp_path):
    before = snapshot(index_dir)
    result = run("add", pdfs["letter"], "--index", index_dir, "--model", tmp_path / "no-model")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {tmp_path / 'no-model'}: no embedding model there")
    assert snapshot(index_dir) == before


@pytest.mark.parametrize("args, message", [
    pytest.param(["show", "report", "4.500"], "error: report: no paragraph numbered 4.500",
                 id="show-unknown-section"),
    pytest.param(["show", "letter"], "error: letter: no such document in the index",
                 id="show-unknown-document"),
    pytest.param(["remove", "letter"], "error: letter: no such document in the index",
                 id="remove-unknown-document"),
])
def test_unknown_names_exit_2(index_dir, args, message):
    before = snapshot(index_dir)
    result = run(*args, "--index", index_dir)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(message)
    assert snapshot(index_dir) == before


def test_list_of_a_missing_index_exits_2_and_creates_nothing(tmp_path):
    result = run("list", "--index", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {tmp_path / 'nowhere'}: no index here")
    assert not (tmp_path / "nowhere").exists()


def test_title_with_several_pdfs_is_a_usage_error(tmp_path, pdfs):
    result = run("add", pdfs["report"], pdfs["letter"], "--index", tmp_path / "i", "--title", "X")
    assert result.exit_code == 2 and "one document" in result.stderr
    assert not (tmp_path / "i").exists()


def test_list_does_not_import_torch_or_faiss(index_dir):
    code = (
        "import sys\n"
        "from verifier.cli import main\n"
        f"main(['index', 'list', '--index', {str(index_dir)!r}], standalone_mode=False)\n"
        f"main(['index', 'show', 'report', '4.5', '--index', {str(index_dir)!r}], "
        "standalone_mode=False)\n"
        "heavy = {'torch', 'sentence_transformers', 'faiss'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "report" in done.stdout


# ---- writers that die, writers that race -----------------------------------------------------

def cli(*args) -> list[str]:
    return [sys.executable, "-m", "verifier", "index", *map(str, args)]


def subprocess_env():
    return {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}


def assert_clean(index_dir: Path):
    """Only the database and the lock remain (the vectors are inside the database)."""
    assert {p.name for p in index_dir.iterdir()} == {"index.db", "index.lock"}


def test_kill_9_during_add_leaves_the_index_as_it_was(index_dir, pdfs):
    before = listing(index_dir)
    proc = subprocess.Popen(cli("add", pdfs["big"], "--index", index_dir), cwd=ROOT,
                            env=subprocess_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    # With pdfium and onnxruntime a 14-page add can finish within a second: killed early or
    # late, the document is either wholly there or not there at all.
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = listing(index_dir)
    assert after == before or [d["id"] for d in after] == sorted(["big"] + [d["id"] for d in before])
    result = run("add", pdfs["letter"], "--index", index_dir)
    assert result.exit_code == 0, result.stderr
    assert {"letter", "report"} <= {d["id"] for d in listing(index_dir)}
    assert_clean(index_dir)


# A killed writer at each step of a write: the SIGKILL comes from inside, at the exact point.
KILL_SCRIPT = """
import os, signal, sys
import index.store as store
point, pdf, index_dir, replace = sys.argv[1:]

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

def after(fn):
    def wrapped(*args, **kwargs):
        fn(*args, **kwargs)
        die()
    return wrapped

if point == "laid-out":
    store.document_postings = after(store.document_postings)
elif point == "mid-transaction":
    store._insert_paragraphs = after(store._insert_paragraphs)
elif point == "before-commit":
    store.insert_words = after(store.insert_words)
elif point == "after-commit":
    store._remove_orphans = die
from index import add_pdf
add_pdf(index_dir, pdf, replace=replace == "replace")
"""


@pytest.mark.parametrize("mode", ["replace", "new-id"])
@pytest.mark.parametrize("point, lands", [
    pytest.param("laid-out", False, id="laid-out-before-the-lock"),
    pytest.param("mid-transaction", False, id="mid-transaction-hot-journal"),
    pytest.param("before-commit", False, id="everything-written-before-commit"),
    pytest.param("after-commit", True, id="after-commit-before-cleanup"),
])
def test_writer_killed_at_each_step(index_dir, pdfs, tmp_path, point, lands, mode):
    before = listing(index_dir)
    changed = make_pdf(tmp_path / "report.pdf", report_lines({**REPORT, "4.51": "A new one."}))
    done = subprocess.run([sys.executable, "-c", KILL_SCRIPT, point, changed, index_dir, mode],
                          cwd=ROOT, env=subprocess_env(), capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    after = listing(index_dir)
    assert_clean(index_dir)         # the listing, the next open, rolled a journal back
    new_sha = hashlib.sha256(changed.read_bytes()).hexdigest()
    if lands and mode == "replace":
        assert [d["sha256"] for d in after] == [new_sha]
    elif lands:     # the other file was added beside the indexed one, under report-2
        assert after[0] == before[0] and [d["id"] for d in after] == ["report", "report-2"]
        assert after[1]["sha256"] == new_sha
    else:
        assert after == before
        assert open_index(index_dir).paragraph("report", "4.51") is None
    result = run("add", pdfs["letter"], "--index", index_dir)
    assert result.exit_code == 0, result.stderr
    assert_clean(index_dir)
    assert open_index(index_dir).paragraph("report", "4.50").text == REPORT["4.50"]


def test_two_concurrent_adds_both_land(tmp_path, pdfs):
    d = tmp_path / "idx"
    procs = [subprocess.Popen(cli("add", pdfs[name], "--index", d), cwd=ROOT,
                              env=subprocess_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for name in ("report", "letter")]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert [doc["id"] for doc in listing(d)] == ["letter", "report"]
    assert_clean(d)


# ---- the default title -----------------------------------------------------------------------

@pytest.mark.parametrize("lines, expected", [
    pytest.param(["Best Value Inspection of the London Borough of Tower Hamlets", "Report"],
                 "Best Value Inspection of the London Borough of Tower Hamlets", id="first-line"),
    pytest.param(["12", "November 2024", "Dear Chief Executive"], "November 2024",
                 id="skips-numbers"),
    pytest.param(["3.4 The lack of trust between councillors is worrying.", "Culture"], "Culture",
                 id="skips-numbered-paragraph"),
    pytest.param(["This report sets out the findings of the inspection.", "x" * 200], "report",
                 id="falls-back-to-file-stem"),
    pytest.param(["Best Value Inspection of the Borough of", "Ravensholt", "Report to the SoS"],
                 "Best Value Inspection of the Borough of Ravensholt", id="set-over-two-lines"),
    pytest.param(["Best Value Inspection", "London Borough of Eastmarsh", "Report of the Team"],
                 "Best Value Inspection: London Borough of Eastmarsh", id="kind-then-place"),
    pytest.param(["Best Value Inspection", "Report of the Inspection Team"],
                 "Best Value Inspection", id="kind-alone"),
])
def test_guess_title(lines, expected):
    pages = (Page(page_no=1, text="\n".join(lines), lines=tuple(lines)),)
    assert guess_title(pages, "/reports/report.pdf") == expected


def _processes_in_session(session_id: int) -> list[int]:
    """The ids of the live processes whose session is `session_id` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue        # gone meanwhile
        if fields[0] != "Z" and int(fields[3]) == session_id:   # state, ppid, pgrp, session
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("reader", ["pypdf", "pdfium"])
def test_nothing_outlives_a_killed_add(index_dir, pdfs, reader):
    """No stage starts processes of its own (issue 12: a forked reading pool broke inside
    worker processes and outlived a killed parent): while `index add` reads a 40-page PDF
    its session holds only itself and its one bounded reading child (issue 24,
    index/readers/bounded.py), and after kill -9 nothing of it is left."""
    proc = subprocess.Popen(cli("add", pdfs["big"], "--index", index_dir, "--reader", reader),
                            cwd=ROOT, env=subprocess_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    # each process of the session with the command lines it was seen with: read while it lives,
    # as a pid read after the kill may be gone or another program's
    seen: dict[int, list[bytes]] = {}
    parent_command = None
    deadline = time.monotonic() + 3.0
    while time.monotonic() < deadline and proc.poll() is None:
        for pid in _processes_in_session(proc.pid):
            command = _command_line(pid)
            if pid == proc.pid:
                parent_command = parent_command or command
            elif command is not None:
                seen.setdefault(pid, []).append(command)
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # the reading child ends when its parent's pipe closes: moments, or seconds under load
    gone_by = time.monotonic() + 20.0
    while _processes_in_session(proc.pid) and time.monotonic() < gone_by:
        time.sleep(0.1)
    # between fork and exec the reading child carries its parent's command line for a moment (a
    # window a loaded machine widens); a process that keeps it (a forked pool's worker) or runs
    # anything else is one a stage started of its own
    assert all(any(b"index.readers.bounded" in c for c in commands)
               or (len(commands) <= 2 and set(commands) == {parent_command})
               for commands in seen.values()), "a stage started processes of its own"
    assert len(seen) <= 1
    assert _processes_in_session(proc.pid) == []


def _command_line(pid: int) -> bytes | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None         # gone before it could be looked at: it lived no longer than its read


# ---- refresh ---------------------------------------------------------------------------------

@pytest.mark.parametrize("age, says", [
    pytest.param("UPDATE words SET layout = 'words-1-older'; "
                 "UPDATE word_layouts SET layout = 'words-1-older'",
                 "stored the word postings of 1 document", id="an-older-tokeniser"),
    pytest.param("DROP TABLE words; DROP TABLE word_layouts",
                 "stored the word postings of 1 document", id="no-postings-tables"),
    pytest.param("", "every document's word postings are up to date", id="up-to-date"),
])
def test_refresh_stores_the_postings_an_older_verifier_did_not(tmp_path, age, says):
    import sqlite3
    from contextlib import closing

    from conftest import store_without_model
    from index import LAYOUT

    d = tmp_path / "idx"
    pdf = make_pdf(tmp_path / "report.pdf", report_lines(REPORT))
    store_without_model(d, pdf, "Report")
    with closing(sqlite3.connect(d / "index.db")) as conn, conn:
        conn.executescript(age)
    result = run("refresh", "--index", d)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == says + "\n"
    assert set(open_index(d).word_layouts(LAYOUT)) == {"report"}
    assert run("refresh", "--index", d).stdout == \
        "every document's word postings are up to date\n"


def test_refresh_of_no_index_is_exit_2(tmp_path):
    result = run("refresh", "--index", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "no index here" in result.stderr

"""A writer killed (SIGKILL) at seeded moments of its write window: the index directory is as it
was, or has the whole document; nothing else is left beside it.

The writer is a child process adding a generated report through `Index.save_document`, the one
write every add path (`index add`, web uploads, samples, `--source`) goes through, with made-up
unit vectors so no model is loaded. Each moment is a seeded delay after the child says it starts
writing (spread over the length of an uninterrupted write, measured first), or after the
rollback journal appears (the transaction under way). The model-backed test of the real
`index add` killed at named steps is in test_index_cli.py.

What a kill may leave, and who cleans it: a hot `index.db-journal` (the transaction was under
way), which the next open of the index, a read, rolls back and removes; in a directory that
held no index yet, a `.tmp-*` database that was never renamed into place, which the next write
deletes. Nothing else: no orphan vectors, no half-made index.db.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from index import IndexUnavailable, LAYOUT, open_index
from index.store import DB_NAME, LOCK_NAME

ROOT = Path(__file__).resolve().parent.parent
JOURNAL = DB_NAME + "-journal"
PARAGRAPHS = 2500       # a long report: a write of a few tenths of a second
TEXT = ("{n} The council's governance arrangements were examined by the inspectors, who found "
        "that member and officer relationships in paragraph {n} need attention and support.")

CHILD = f"""
import hashlib, sys
import numpy as np
from index import Paragraph, ParagraphKind, ReadReport, make_chunks, open_index
index_dir, name = sys.argv[1:]
paragraphs = tuple(Paragraph(i, f"{{i // 50 + 1}}.{{i % 50 + 1}}", None, ParagraphKind.NUMBERED,
                             1 + i // 20, 1 + i // 20, {TEXT!r}.format(n=i), ((0, 1 + i // 20),))
                   for i in range({PARAGRAPHS}))
chunks = make_chunks(paragraphs)
vectors = np.random.default_rng(7).normal(size=(len(chunks), 384)).astype("float32")
vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
read = ReadReport(f"/reports/{{name}}.pdf", hashlib.sha256(name.encode()).hexdigest(), (),
                  paragraphs)
index = open_index(index_dir, create=True)
print("writing", flush=True)
index.save_document(read, "A new report", (), chunks, vectors, "all-MiniLM-L6-v2")
"""


def start_writer(index_dir: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(index_dir), "new"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline() == "writing\n", proc.stderr.read()
    return proc


def snapshot(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in directory.iterdir()}


@pytest.fixture(scope="module")
def one_report(tmp_path_factory) -> Path:
    """An index holding one small document."""
    from index import Paragraph, ParagraphKind, ReadReport, make_chunks

    d = tmp_path_factory.mktemp("crash") / "idx"
    paragraphs = (Paragraph(0, "1.1", None, ParagraphKind.NUMBERED, 1, 1,
                            "Many good managers had exited the organisation.", ((0, 1),)),)
    chunks = make_chunks(paragraphs)
    vectors = np.zeros((len(chunks), 384), dtype="float32")
    vectors[:, 0] = 1
    open_index(d, create=True).save_document(
        ReadReport("/reports/old.pdf", hashlib.sha256(b"old").hexdigest(), (), paragraphs),
        "An old report", (), chunks, vectors, "all-MiniLM-L6-v2")
    return d


@pytest.fixture(scope="module")
def write_seconds(one_report, tmp_path_factory) -> float:
    """How long an uninterrupted write takes here, from the child's "writing" to its exit."""
    d = tmp_path_factory.mktemp("calibrate") / "idx"
    shutil.copytree(one_report, d)
    proc = start_writer(d)
    began = time.monotonic()
    assert proc.wait(timeout=120) == 0, proc.stderr.read()
    return time.monotonic() - began


def kill_at(proc: subprocess.Popen, index_dir: Path, moment: tuple[str, float]) -> None:
    """SIGKILL the writer `delay` seconds after it starts writing, or after its journal appears."""
    what, delay = moment
    if what == "journal":
        deadline = time.monotonic() + 60
        while not (index_dir / JOURNAL).exists() and proc.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.0005)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()


def check_whole_or_as_it_was(index_dir: Path, before: dict[str, str], first_write: bool) -> str:
    """The directory after a kill: as it was, or with the whole document; which it is."""
    left = {p.name for p in index_dir.iterdir()}
    allowed = {DB_NAME, LOCK_NAME, JOURNAL}
    strays = {n for n in left - allowed
              if not (first_write and n.startswith(".tmp-") and ".db" in n)}
    assert not strays, f"left behind: {sorted(strays)}"
    try:
        documents = [d.id for d in open_index(index_dir).documents()]     # the next open
    except IndexUnavailable as e:
        assert first_write and "no index here" in e.message
        documents = []
    assert JOURNAL not in {p.name for p in index_dir.iterdir()}, "the next open rolls it back"
    if "new" not in documents:
        assert documents == ([] if first_write else ["old"])
        if not first_write:
            assert snapshot(index_dir) == before, "as it was, to the byte"
        return "as it was" + (" (a journal cleared)" if JOURNAL in left else "")
    index = open_index(index_dir)
    assert documents == (["new"] if first_write else ["new", "old"])
    new = index.document("new")
    assert len(index.paragraphs("new")) == PARAGRAPHS == new.paragraphs
    assert "new" in index.word_layouts(LAYOUT), "its postings came with it"
    query = np.random.default_rng(7).normal(size=(1, 384)).astype("float32")
    query /= np.linalg.norm(query)
    (hits,) = index.search(query, k=1, document_ids=["new"])
    assert hits[0].score == pytest.approx(1.0, abs=1e-5), "its vectors came with it"
    return "whole"


def moments(n: int, seconds: float, seed: int) -> list[tuple[str, float]]:
    """n seeded moments: most spread over the whole write, some inside the transaction."""
    rng = random.Random(seed)
    inside = max(2, n // 4)
    return [("journal", rng.uniform(0, 0.05)) for _ in range(inside)] + \
        [("start", rng.uniform(0, 1.2 * seconds)) for _ in range(n - inside)]


def run_moments(base: Path | None, tmp_path: Path, seconds: float, n: int,
                seed: int) -> dict[str, int]:
    """Kill a writer at each moment; how many times each outcome was seen."""
    outcomes: dict[str, int] = {}
    for k, moment in enumerate(moments(n, seconds, seed)):
        d = tmp_path / f"idx-{k}"
        if base is None:
            d.mkdir()
        else:
            shutil.copytree(base, d)
        before = snapshot(d)
        kill_at(start_writer(d), d, moment)
        outcome = check_whole_or_as_it_was(d, before, first_write=base is None)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        shutil.rmtree(d)
    print(f"{n} moments over a {seconds:.2f} s write: {outcomes}")
    return outcomes


def test_kill_9_at_seeded_moments_of_the_write_leaves_nothing_behind(one_report, tmp_path,
                                                                      write_seconds):
    outcomes = run_moments(one_report, tmp_path, write_seconds, n=8, seed=22)
    assert outcomes.get("as it was (a journal cleared)"), "some moment fell in the transaction"


def test_kill_9_during_a_first_write_leaves_no_index_or_a_whole_one(tmp_path, write_seconds):
    run_moments(None, tmp_path, write_seconds, n=4, seed=24)


def test_the_next_write_deletes_what_a_killed_first_write_left(tmp_path):
    d = tmp_path / "idx"
    d.mkdir()
    (d / ".tmp-999-index.db").write_bytes(b"SQLite format 3\0 a first write, killed")
    (d / ".tmp-999-index.db-journal").write_bytes(b"its journal")
    with pytest.raises(IndexUnavailable, match="no index here"):
        open_index(d)
    proc = start_writer(d)
    assert proc.wait(timeout=120) == 0, proc.stderr.read()
    assert sorted(p.name for p in d.iterdir()) == [DB_NAME, LOCK_NAME]


@pytest.mark.e2e
def test_kill_9_at_50_moments_leaves_nothing_behind(one_report, tmp_path, write_seconds):
    outcomes = run_moments(one_report, tmp_path, write_seconds, n=50, seed=2450)
    assert outcomes.get("as it was (a journal cleared)") and outcomes.get("whole"), outcomes

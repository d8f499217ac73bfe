"""Real-world PDFs from public test corpora (tests/resources/README.md says where each came
from): `verifier index add` indexes each, or refuses it with exit 2 and one plain line, and a
refusal leaves the index byte for byte as it was.

One row per file, read with the default reader (pdfium).
"""

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from verifier.cli import main

pytestmark = pytest.mark.model

RESOURCES = Path(__file__).resolve().parent / "resources"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

INDEXED = "indexed"


def refused(problem: str | None = None, not_said: str | None = None) -> tuple:
    """Refused with exit 2; the line says `problem` and does not say `not_said`."""
    return ("refused", problem, not_said)


FILES = [
    pytest.param("pypdf-crazyones.pdf", INDEXED, id="plain-control"),
    pytest.param("pypdf-encryption-r4-aes-v2-no-key-length.pdf", INDEXED, id="aes128-empty-pw"),
    pytest.param("pypdf-encryption-r6-empty-password.pdf", INDEXED, id="aes256-empty-pw"),
    pytest.param("pypdf-encryption-r4-owner-password.pdf", INDEXED, id="rc4-owner-pw-only"),
    pytest.param("pypdf-encryption-r4-aes-user-password.pdf", refused("needs a password"),
                 id="aes-user-pw"),
    pytest.param("pypdf-libreoffice-writer-password.pdf", refused("needs a password"),
                 id="libreoffice-user-pw"),
    pytest.param("qpdf-20-pages.pdf", refused("needs a password"), id="qpdf-user-pw"),
    # Its only text is "Potato N" on each of its 30 pages: a line repeated on every page.
    pytest.param("qpdf-append-xref-loop.pdf", refused("repeated on every page"),
                 id="xref-prev-loop"),
    pytest.param("qpdf-bad1.pdf", refused("not a PDF"), id="five-bytes"),
    pytest.param("qpdf-fuzz-16214.pdf", refused("not a PDF"), id="fuzzed-no-header"),
    pytest.param("qpdf-c-empty.pdf", refused("no pages"), id="no-pages"),
    pytest.param("qpdf-bad2.pdf", refused(), id="no-startxref"),
    pytest.param("qpdf-bad4.pdf", refused(), id="bad-xref-syntax"),
    pytest.param("qpdf-bad7.pdf", refused(), id="no-trailer-dict"),
    pytest.param("qpdf-bad11.pdf", refused(), id="prev-not-integer"),
    pytest.param("qpdf-bad39.pdf", refused(), id="pypdf-logs-an-error-line"),
    pytest.param("qpdf-issue-100.pdf", refused(), id="no-root"),
    pytest.param("qpdf-issue-117.pdf", refused(), id="self-reference-loop"),
    pytest.param("qpdf-issue-146.pdf", refused(), id="stream-ends-early"),
    pytest.param("qpdf-pages-loop.pdf", refused(), id="page-tree-loop"),
    pytest.param("qpdf-broken-lzw.pdf", refused(), id="broken-lzw"),
    pytest.param("qpdf-deep-pages.pdf", refused("limit"), id="page-tree-past-safety-limit"),
    pytest.param("pypdf-imagemagick-images.pdf", refused("OCR"), id="images-only"),
    pytest.param("qpdf-V4-aes.pdf", refused("OCR"), id="aes-only-running-headers"),
    pytest.param("qpdf-badlin1.pdf", refused("OCR"), id="bad-linearization-only-headers"),
    pytest.param("pypdf-form.pdf", refused(not_said="scanned"), id="form-short-text-layer"),
    pytest.param("pypdf-issue-297.pdf", refused(not_said="scanned"), id="two-words-of-text"),
    pytest.param("qpdf-xref-errors.pdf", refused(not_said="scanned"), id="xref-offsets-wrong"),
]

# A name of an exception class ("LimitReachedError", "KeyError", "PdfReadError") or a Python
# bytes literal in a message is not plain words.
_NOT_PLAIN = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|\bb'|\bb\"")


def snapshot(directory: Path) -> dict:
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def base_index(tmp_path_factory, embedder):
    d = tmp_path_factory.mktemp("real") / "idx"
    result = run("index", "add", EXAMPLES / "letter.pdf", "--index", d)
    assert result.exit_code == 0, result.output
    return d


@pytest.fixture
def index_dir(base_index, tmp_path):
    d = tmp_path / "idx"
    shutil.copytree(base_index, d)
    return d


def test_every_file_is_in_the_readme():
    readme = (RESOURCES / "README.md").read_text(encoding="utf-8")
    files = sorted(p.name for p in RESOURCES.glob("*.pdf"))
    assert files == sorted(p.values[0] for p in FILES)
    assert [f for f in files if f"`{f}`" not in readme] == []


def add(index_dir: Path, name: str):
    return run("index", "add", RESOURCES / name, "--index", index_dir)


@pytest.mark.parametrize("name", [pytest.param(p.values[0], id=p.id) for p in FILES])
def test_indexed_or_refused_in_one_line_with_the_index_unchanged(index_dir, name):
    """What holds for every file, today: no traceback, no second line, no half-written index."""
    pdf = RESOURCES / name
    before = snapshot(index_dir)
    result = add(index_dir, name)
    if result.exit_code == 0:
        assert result.stdout.splitlines()[-1].startswith("added ")
        assert all(line.startswith(("warning: ", "note: "))
                   for line in result.stderr.splitlines()), result.stderr
        doc_id = result.stdout.splitlines()[-1].split()[1].rstrip(":")
        shown = run("index", "show", doc_id, "--index", index_dir, "--format", "json")
        assert shown.exit_code == 0, shown.output
        return
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {pdf}: ")
    assert result.stdout == ""
    assert snapshot(index_dir) == before, "a refusal changed the index"


@pytest.mark.parametrize("name, expected", [
    pytest.param(*p.values, id=p.id) for p in FILES])
def test_each_file_gets_its_outcome_in_plain_words(index_dir, name, expected):
    result = add(index_dir, name)
    if expected == INDEXED:
        assert result.exit_code == 0, result.output
        return
    _, problem, not_said = expected
    assert result.exit_code == 2, result.output
    line = result.stderr.strip()
    if problem:
        assert problem in line
    if not_said:
        assert not_said not in line
    assert not _NOT_PLAIN.search(line), line

"""`verifier check` and `verifier quotes` through CliRunner: exit codes, formats, bad input."""

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT, SHARED
from verifier.cli import main

TOY = SHARED / "eval-kit"


@pytest.fixture(scope="module")
def toy_index(tmp_path_factory, embedder, shared):
    directory = tmp_path_factory.mktemp("cli") / "index"
    runner = CliRunner()
    for pdf, title in [("toy-report.pdf", "Best Value Inspection of the Borough of Fenmarsh"),
                       ("toy-letter.pdf", "Letter from the Secretary of State to the Chief "
                                          "Executive, 12 November 2024")]:
        result = runner.invoke(main, ["index", "add", str(TOY / "sources" / pdf),
                                      "--index", str(directory), "--title", title])
        assert result.exit_code == 0, result.output
    return directory


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


@pytest.mark.model
def test_json_contract(toy_index):
    result = run("check", TOY / "toy-basic" / "motion.txt", "--index", toy_index, "--format", "json")
    assert result.exit_code == 1          # the toy motion has misquotes
    data = json.loads(result.stdout)
    assert data["schema"] == "verifier/check/1"
    # claims: issue 10; when, by which version (issue 25)
    assert set(data) == {"schema", "motion", "sources", "quotes", "claims", "summary",
                         "checked_at", "verifier_version"}
    assert [set(s) for s in data["sources"]] == [{"id", "title", "pages", "sha256", "format"}] * 2
    assert {s["format"] for s in data["sources"]} == {"pdf"}
    motion = (TOY / "toy-basic" / "motion.txt").read_text(encoding="utf-8")
    assert data["motion"]["chars"] == len(motion)
    for q in data["quotes"]:
        assert set(q) == {"text", "start", "end", "cited", "cited_pages", "cited_document",
                          "verdict", "citation", "found", "differences", "note", "reasons",
                          "suggestion"}
        assert motion[q["start"]:q["end"]] == q["text"]
        if q["found"]:
            assert set(q["found"]) == {"source", "title", "section", "page", "text", "score"}
    assert data["summary"]["quotes"] == len(data["quotes"])


CLEAN = "The report says “The council has not yet published a credible improvement plan.” (Section 4.5)\n"
WRONG_CITE = "“The Mayor has made three permanent senior appointments since 2023” (Section 4.2)\n"


@pytest.mark.model
@pytest.mark.parametrize("text,args,code", [
    pytest.param(CLEAN, [], 0, id="clean-motion-exits-0"),
    pytest.param(WRONG_CITE, [], 1, id="wrong-citation-exits-1"),
    pytest.param(WRONG_CITE, ["--fail-on", "none"], 0, id="fail-on-none"),
    pytest.param(CLEAN, ["--fail-on", "verbatim"], 1, id="fail-on-verbatim"),
    pytest.param("A motion with no quotations at all.\n", [], 0, id="no-quotations"),
])
def test_exit_codes(toy_index, tmp_path, text, args, code):
    motion = tmp_path / "motion.txt"
    motion.write_text(text, encoding="utf-8")
    result = run("check", motion, "--index", toy_index, *args)
    assert result.exit_code == code, result.output


@pytest.mark.model
def test_no_quotations_is_said(toy_index, tmp_path):
    motion = tmp_path / "motion.txt"
    motion.write_text("This Council resolves to do better.\n", encoding="utf-8")
    result = run("check", motion, "--index", toy_index)
    assert "no quotations found" in result.stderr


@pytest.mark.model
def test_stdin_and_formats(toy_index, tmp_path):
    result = run("check", "-", "--index", toy_index, "--format", "csv", input=WRONG_CITE)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["verdict"], r["citation"], r["found_section"]) for r in rows] == [
        ("verbatim", "wrong", "4.1")]
    out = tmp_path / "report.html"
    result = run("check", "-", "--index", toy_index, "--format", "html", "--output", out,
                 input=WRONG_CITE)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Citation wrong" in page and "<script" not in page
    result = run("check", "-", "--index", toy_index, input=WRONG_CITE)
    assert "[1] Verbatim · Citation wrong" in result.stdout and "paragraph 4.1" in result.stdout


@pytest.mark.model
def test_source_without_index_add(tmp_path, monkeypatch, embedder, shared):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    motion = tmp_path / "motion.txt"
    motion.write_text(WRONG_CITE, encoding="utf-8")
    args = ["check", motion, "--source", TOY / "sources" / "toy-report.pdf", "--format", "json"]
    first = run(*args)
    assert first.exit_code == 1, first.output
    assert json.loads(first.stdout)["quotes"][0]["found"]["section"] == "4.1"
    second = run(*args)
    # the same report, to its time of checking (a second apart on a busy machine)
    assert _untimed(second.stdout) == _untimed(first.stdout)


def _untimed(report_json: str) -> str:
    return re.sub(r'"checked_at": "[^"]*"', '"checked_at": ""', report_json)


@pytest.mark.parametrize("make,message", [
    pytest.param(lambda d: d / "absent.txt", "no such file", id="missing-motion"),
    pytest.param(lambda d: _write(d / "empty.txt", b""), "empty", id="empty-motion"),
    pytest.param(lambda d: _write(d / "image.png", b"\x89PNG\r\n\x1a\n" + bytes(200)), "",
                 id="binary-motion"),
])
def test_bad_motion_exits_2(tmp_path, make, message):
    path = make(tmp_path)
    result = run("check", path, "--index", tmp_path / "index")
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith("error: ") and str(path) in line and message in line
    assert "\n" not in line


def _damaged_docx(d):
    import zipfile

    with zipfile.ZipFile(d / "motion.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>unclosed")
    return d / "motion.docx"


@pytest.mark.parametrize("command", ["check", "quotes"])
@pytest.mark.parametrize("make, message", [
    pytest.param(_damaged_docx, "damaged Word document (", id="malformed-docx"),
    pytest.param(lambda d: _write(d / "long.txt", ("“" + "word " * 200_000 + "” (3.4)").encode()),
                 "the quotation that opens on line 1 runs for 200,000 words",
                 id="200000-word-quotation"),
])
def test_unreadable_motion_is_one_plain_line_and_exit_2(tmp_path, toy_index_or_none, command,
                                                        make, message):
    path = make(tmp_path)
    args = ["--index", toy_index_or_none] if command == "check" else []
    result = run(command, path, *args)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {path}: {message}")
    assert "Error" not in line and "Traceback" not in result.output


@pytest.fixture
def toy_index_or_none(request, tmp_path):
    """The toy index for `check` (loading the model), nothing for `quotes` (which needs none)."""
    if request.node.callspec.params["command"] == "check":
        return request.getfixturevalue("toy_index")
    return None


def test_quotes_says_what_decoding_repaired(tmp_path):
    path = _write(tmp_path / "motion.txt", CLEAN.encode("utf-16-le"))
    result = run("quotes", path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"note: {path}: read as UTF-16 (little-endian), which it is, though it has no "
        "byte-order mark"]
    assert result.stdout.startswith("[1] “The council has not yet published")


@pytest.mark.model
def test_check_says_what_decoding_repaired(toy_index, tmp_path):
    path = _write(tmp_path / "motion.txt",
                  CLEAN.replace("“", "&#8220;").replace("”", "&#8221;").encode())
    result = run("check", path, "--index", toy_index, "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"note: {path}: decoded 2 HTML character references (&#8220;, &#8221;)"]
    assert [q["verdict"] for q in json.loads(result.stdout)["quotes"]] == ["verbatim"]


def test_missing_index_exits_2(tmp_path):
    motion = tmp_path / "motion.txt"
    motion.write_text(CLEAN, encoding="utf-8")
    result = run("check", motion, "--index", tmp_path / "nowhere")
    assert result.exit_code == 2 and result.stderr.startswith("error: ")


def _write(path, data):
    path.write_bytes(data)
    return path


def test_quotes_lists_the_tower_hamlets_quotations(shared):
    motion = SHARED / "examples" / "tower-hamlets-council-2025-01-22-motion.txt"
    result = run("quotes", motion, "--format", "json")
    found = json.loads(result.stdout)
    outer = [q for q in found if not q["inner"]]
    assert [q["cited"] for q in outer[:4]] == [["3.4"], ["4.50"], ["10.17", "5.120"], ["4.4"]]
    assert outer[4]["cited_document"] == "Letter from SoS to CEX 12/11/24"


@pytest.mark.model
def test_eval_kit_scores_1_on_the_toy_cases(shared):
    """The scoring kit in ../shared/eval-kit reads exactly our command line and JSON."""
    proc = subprocess.run(
        [sys.executable, str(TOY / "score.py"), "--verifier", f"{sys.executable} -m verifier",
         "--min-verdict", "1", "--min-citation", "1", "--min-location", "1",
         "--min-extraction-recall", "1", "--min-extraction-precision", "1",
         "--max-false-alarm", "0"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "verdict 1.00 | citation 1.00" in proc.stdout.splitlines()[-1]


@pytest.mark.model
def test_an_output_in_a_missing_folder_is_named_as_given(toy_index, tmp_path):
    out = tmp_path / "missing-folder" / "report.html"
    result = run("check", "-", "--index", toy_index, "--format", "html", "--output", out,
                 input=WRONG_CITE)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line == (f"error: {out}: cannot write the report there: the folder "
                    f"{out.parent} does not exist")
    assert list(tmp_path.iterdir()) == []

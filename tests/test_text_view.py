"""What a reader sees: the terminal view (verifier/cli/text.py), the HTML report and the CSV,
on the shared toy report and letter and the real Tower Hamlets motion (issues 8 and 11)."""

import csv
import io
import re

import pytest
from click.testing import CliRunner

from conftest import SHARED
from verifier.cli import main

TOY = SHARED / "eval-kit"
TOY_MOTION = TOY / "toy-basic" / "motion.txt"
TOWER_HAMLETS = SHARED / "examples" / "tower-hamlets-council-2025-01-22-motion.txt"
REPORT_TITLE = "Best Value Inspection of the Borough of Fenmarsh"

pytestmark = pytest.mark.model


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def toy_index(tmp_path_factory, embedder, shared):
    directory = tmp_path_factory.mktemp("view") / "index"
    for pdf, title in [("toy-report.pdf", REPORT_TITLE),
                       ("toy-letter.pdf", "Letter from the Secretary of State to the Chief "
                                          "Executive, 12 November 2024")]:
        result = run("index", "add", TOY / "sources" / pdf, "--index", directory,
                     "--title", title)
        assert result.exit_code == 0, result.output
    return directory


@pytest.fixture(scope="module")
def letter_only(tmp_path_factory, embedder, shared):
    directory = tmp_path_factory.mktemp("letter") / "index"
    result = run("index", "add", TOY / "sources" / "toy-letter.pdf", "--index", directory)
    assert result.exit_code == 0, result.output
    return directory


@pytest.fixture(scope="module")
def toy_text(toy_index):
    return run("check", TOY_MOTION, "--index", toy_index).stdout


def blocks(text: str) -> list[list[str]]:
    """The quotation blocks: runs of lines after the summary, split at blank lines."""
    runs = [part.split("\n") for part in text.strip("\n").split("\n\n")]
    return [lines for lines in runs if re.match(r"\[\d+[a-z]*\] ", lines[0])]


def test_the_summary_and_the_sources_come_first(toy_text):
    lines = toy_text.split("\n")
    assert re.match(r"17 quotations: ", lines[0])
    head = " ".join(toy_text.split("\n\n")[0].split())
    assert "Sources used: Letter from the Secretary of State" in head
    assert f"{REPORT_TITLE} (toy-report, PDF, 2 pages)" in head


def test_every_block_hangs_its_lines_and_no_line_ends_in_a_space(toy_text):
    found = blocks(toy_text)
    assert len(found) == 17
    for lines in found:
        assert all(line.startswith("    ") for line in lines[1:]), lines
    assert [line for line in toy_text.split("\n") if line != line.rstrip()] == []
    assert max(len(line) for line in toy_text.split("\n")) <= 80


def test_wrapped_lines_keep_the_indent_after_their_label(toy_text):
    for lines in blocks(toy_text):
        for first, following in zip(lines, lines[1:]):
            if first.startswith("    motion: ") and not following.startswith(
                    ("    source:", "    found:")) and not first.endswith("”"):
                assert following.startswith(" " * 12), (first, following)


def test_the_report_title_is_printed_at_most_once_per_block(toy_text):
    for lines in blocks(toy_text):
        assert " ".join(" ".join(lines).split()).count(REPORT_TITLE) <= 1, lines


def test_an_unnumbered_letters_title_is_printed_at_most_once_per_block(letter_only):
    """A letter's place is its title, and the notes name it at every place they cite."""
    import json

    title = json.loads(run("index", "list", "--index", letter_only, "--format", "json")
                       .stdout)[0]["title"]
    text = run("check", TOWER_HAMLETS, "--index", letter_only, "--fail-on", "none").stdout
    # Since issue 8 the Tower Hamlets quotations are no longer "found" in the toy letter (they
    # were false misquotes), so every block is checked rather than only those citing it.
    found = list(blocks(text))
    assert found
    for lines in found:
        assert " ".join(" ".join(lines).split()).count(title) <= 1, lines


@pytest.mark.parametrize("words", [
    pytest.param("left out ‘not’", id="negation-dropped"),
    pytest.param("changed ‘eleven’ to ‘twelve’", id="number-changed"),
])
def test_differences_are_said_in_words(toy_text, words):
    assert words in toy_text
    assert not re.search(r"~ -|\+\w", toy_text)


def test_quotes_and_check_number_quotations_the_same_way(toy_index):
    listed = run("quotes", TOWER_HAMLETS).stdout
    numbered = dict(re.findall(r"^\s*\[(\d+[a-z]*)\] “(.*?)”  \(", listed, re.M))
    assert {"2", "2a", "3", "3a", "3b"} <= set(numbered)
    checked = run("check", TOWER_HAMLETS, "--index", toy_index, "--fail-on", "none").stdout
    labels = [lines[0].split("]")[0][1:] for lines in blocks(checked)]
    assert labels and set(labels) <= set(numbered)
    for lines in blocks(checked):
        label = lines[0].split("]")[0][1:]
        motion = " ".join(" ".join(lines[1:]).split())
        assert "motion: “" + numbered[label][:40] in motion


def test_most_quotations_not_found_asks_about_the_sources(letter_only, tmp_path):
    text = run("check", TOWER_HAMLETS, "--index", letter_only, "--fail-on", "none").stdout
    head = " ".join(text.split("\n\n")[0].split())
    assert re.search(r"warning: \d+ of \d+ quotations were not found: are these the reports "
                     r"the motion quotes\? Sources used: ", head)
    out = tmp_path / "report.html"
    run("check", TOWER_HAMLETS, "--index", letter_only, "--format", "html", "-o", out,
        "--fail-on", "none")
    page = out.read_text(encoding="utf-8")
    assert "are these the reports the motion quotes?" in page
    assert page.index("Sources used") < page.index("Quotation 1")


def test_no_warning_when_the_sources_are_the_motions(toy_text):
    assert "are these the reports" not in toy_text


def test_html_report_marks_and_colours(toy_index, tmp_path):
    out = tmp_path / "report.html"
    run("check", TOY_MOTION, "--index", toy_index, "--format", "html", "-o", out)
    page = out.read_text(encoding="utf-8")
    assert "changed <del>eleven</del> to <ins>twelve</ins>" in page
    assert "left out <del>not</del>" in page
    # a verbatim quotation with a wrong citation is not drawn as fine
    card = re.search(r'<section class="card tone-(\w+)"><h2>Quotation 2</h2>', page)
    assert card.group(1) == "bad"
    assert re.search(r"ins\{background:#fbd9db", page)      # red, not green


def test_csv_numbers_match_the_text_view(toy_index, toy_text):
    rows = list(csv.DictReader(io.StringIO(
        run("check", TOY_MOTION, "--index", toy_index, "--format", "csv").stdout)))
    labels = [lines[0].split("]")[0][1:] for lines in blocks(toy_text)]
    assert [r["n"] for r in rows if r["kind"] == "quotation"] == \
        [label for label in labels if not label.startswith("C")]
    assert "13a" in labels          # a fragment quoted inside quotation 13


def test_on_a_terminal_only_the_marked_words_are_coloured(toy_index):
    from rich.console import Console

    from verifier import api
    from verifier.cli.text import render_text

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="standard", width=90,
                      highlight=False)
    render_text(api.check_files([TOY_MOTION], index_dir=toy_index)[0], console)
    text = out.getvalue()
    assert "\x1b[1mmotion: \x1b[0m“" in text         # the label is bold, not the whole line
    # "twelve" (the motion's changed word) is red; "eleven" (the source's) is amber
    assert re.search(r"\x1b\[1;4;31mtwelve\x1b\[0m", text)
    assert re.search(r"\x1b\[1;33meleven\x1b\[0m", text)

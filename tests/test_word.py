"""`check --format docx` (issue 26): the motion back as a Word document with a comment on each
quotation and claim that has a problem, read back with python-docx and through LibreOffice.

The motions are built here: a .docx whose quotation is split over runs (as Word splits a
paragraph it has edited), one whose quotation runs over two paragraphs, a plain-text motion and
a PDF one; the report they quote is a small PDF drawn here and indexed with the real model.
"""

import copy
import os
import shutil
import subprocess

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from index import add_pdf
from pdfs import make_pdf
from verifier import api
from verifier.cli import main
from verifier.reading.motions import read_motion
from verifier.rendering import word

REPORT_TITLE = "Best Value Inspection of the Borough of Fenmarsh"
REPORT_PAGES = [[
    "3 Culture",
    "3.2 The lack of trust between councillors, officers and partners is deeply concerning",
    "and is not conducive to good governance and decision-making.",
    "3.3 Staff told us that they did not feel able to raise concerns, and that managers",
    "rarely acted on the concerns that were raised.",
    "4 Leadership",
    "4.1 The Mayor has made three permanent senior appointments since 2023, which has",
    "brought welcome stability to the corporate leadership team.",
    "4.3 Our staff survey found that 48% of respondents were uncomfortable raising concerns.",
]]

# A .docx motion: each paragraph a list of (run text, bold, italic). The first quotation is cut
# over three runs mid-word, as Word leaves a paragraph someone has edited; the last runs over
# two paragraphs.
DOCX_PARAGRAPHS = [
    [("Motion on the Best Value Inspection", True, False)],
    [("This Council notes that the inspectors found “The lack of tr", False, True),
     ("ust between councillors, officers and partners is very concer", True, False),
     ("ning” (Section 3.2) and resolves to act.", False, False)],
    [("It also notes “The Mayor has made three permanent senior appointments since 2023” "
      "(Section 4.3).", False, False)],
    [("Officers said “Staff told us that they did not feel able to raise concerns” "
      "(para 3.3).", False, False)],
    [("Finally, “The lack of trust between councillors, officers and ", False, False),
     ("partners", False, True)],
    [("is deeply concerning and is not conducive to good governance” (Section 3.3).",
      False, False)],
]
TEXT_MOTION = (
    "Motion on the Best Value Inspection\n"
    "This Council notes that the inspectors found “The lack of trust between councillors, "
    "officers and partners is very concerning” (Section 3.2) and resolves to act.\n"
    "It also notes “The Mayor has made three permanent senior appointments since 2023” "
    "(Section 4.3).\n"
    "Officers said “Staff told us that they did not feel able to raise concerns” (para 3.3).\n")
MISQUOTE = "The lack of trust between councillors, officers and partners is very concerning"
WRONG_CITE = "The Mayor has made three permanent senior appointments since 2023"
SPLIT = ("The lack of trust between councillors, officers and partners\n"
         "is deeply concerning and is not conducive to good governance")


def write_docx(path, paragraphs):
    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, bold, italic in runs:
            run = paragraph.add_run(text)
            run.bold, run.italic = bold, italic
    document.save(path)
    return path


def write_pdf(path, text):
    return make_pdf(path, [text.splitlines()], footer=None)


def comments_with_anchors(path):
    """[(the words a comment is anchored on, its text)] in the comments' order: the words are
    read from the document between its w:commentRangeStart and w:commentRangeEnd, paragraphs
    joined by "\\n", tabs and breaks as "\\t" and "\\n"."""
    document = docx.Document(path)
    anchored, open_ids = {}, []
    for element in document.element.body.iter():
        if element.tag == qn("w:p"):
            for i in open_ids:
                anchored[i] += "\n"
        elif element.tag == qn("w:commentRangeStart"):
            open_ids.append(element.get(qn("w:id")))
            anchored[open_ids[-1]] = ""
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.remove(element.get(qn("w:id")))
        elif element.tag in (qn("w:t"), qn("w:tab"), qn("w:br")):
            piece = {qn("w:tab"): "\t", qn("w:br"): "\n"}.get(element.tag, element.text or "")
            for i in open_ids:
                anchored[i] += piece
    return [(anchored.get(str(c.comment_id)), c.text) for c in document.comments]


@pytest.fixture(scope="module")
def word_index(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("word")
    report = make_pdf(root / "report.pdf", REPORT_PAGES, header=REPORT_TITLE)
    add_pdf(root / "index", report, title=REPORT_TITLE)
    return root / "index"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


# motion maker, the quotations expected to carry a comment (their anchored words)
MOTIONS = [
    pytest.param(lambda d: write_docx(d / "motion.docx", DOCX_PARAGRAPHS),
                 [MISQUOTE, WRONG_CITE, SPLIT], id="docx-runs-split-mid-quotation"),
    # The reader decodes "&#8220;" to “: the motion's text is no longer the document's, and
    # each quotation is placed by its words instead of its offsets.
    pytest.param(lambda d: write_docx(d / "motion.docx", [
        [(text.replace("“", "&#8220;").replace("”", "&#8221;"), bold, italic)
         for text, bold, italic in runs] for runs in DOCX_PARAGRAPHS]),
        [MISQUOTE, WRONG_CITE, SPLIT], id="docx-with-character-references"),
    pytest.param(lambda d: _write(d / "motion.txt", TEXT_MOTION), [MISQUOTE, WRONG_CITE],
                 id="txt-motion-becomes-a-new-docx"),
    pytest.param(lambda d: write_pdf(d / "motion.pdf", TEXT_MOTION.replace(
        "found “The lack", "found\n“The lack")), [MISQUOTE, WRONG_CITE],
        id="pdf-motion-becomes-a-new-docx"),
]


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.model
@pytest.mark.parametrize("make, anchored", MOTIONS)
def test_each_problem_gets_a_comment_on_its_words(word_index, tmp_path, make, anchored):
    motion = make(tmp_path)
    out = tmp_path / "checked.docx"
    result = run("check", motion, "--index", word_index, "--format", "docx", "--output", out)
    assert result.exit_code == 1, result.output          # misquotes: exit status as ever
    comments = comments_with_anchors(out)
    summary = comments[-1]
    assert summary[1].startswith("Checked by verifier.") and "quotations:" in summary[1]
    assert summary[0] == "Motion on the Best Value Inspection"     # anchored at the top
    quotation_comments = [c for c in comments[:-1] if c[1].startswith("Quotation")]
    assert [a for a, _ in quotation_comments] == anchored
    misquote = quotation_comments[0][1]
    assert misquote.startswith("Quotation 1: Misquoted; citation correct (cited: 3.2).")
    assert "Where the words are: paragraph 3.2, p. 1" in misquote
    assert "changed ‘deeply’ to ‘very’" in misquote
    assert "Suggested correction: “The lack of trust between councillors, officers and " \
        "partners is deeply concerning" in misquote
    cited = quotation_comments[1][1]
    assert cited.startswith("Quotation 2: Verbatim; citation wrong (cited: 4.3).")
    assert "paragraph 4.1" in cited and "(Section 4.1)" in cited
    # Verbatim with the right citation: nothing to say.
    assert not any("Staff told us" in a for a, _ in comments if a)


@pytest.mark.model
def test_the_motion_is_written_back_unchanged(word_index, tmp_path):
    motion = write_docx(tmp_path / "motion.docx", DOCX_PARAGRAPHS)
    out = tmp_path / "checked.docx"
    run("check", motion, "--index", word_index, "--format", "docx", "--output", out)
    before, after = docx.Document(motion), docx.Document(out)
    assert [p.text for p in after.paragraphs] == [p.text for p in before.paragraphs]
    assert read_motion(out).text == read_motion(motion).text
    # Each piece of a cut run keeps the run's formatting.
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in after.paragraphs[1].runs if r.text]
    assert runs == [("This Council notes that the inspectors found “", False, True),
                    ("The lack of tr", False, True),
                    ("ust between councillors, officers and partners is very concer", True, False),
                    ("ning", False, False),
                    ("” (Section 3.2) and resolves to act.", False, False)]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.model
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run "
                                            "installs libreoffice-writer")
def test_libreoffice_reads_the_comments(word_index, tmp_path):
    motion = write_docx(tmp_path / "motion.docx", DOCX_PARAGRAPHS)
    out = tmp_path / "checked.docx"
    run("check", motion, "--index", word_index, "--format", "docx", "--output", out)
    converted = tmp_path / "converted"
    env = dict(os.environ, HOME=str(tmp_path))      # its profile, not the user's
    proc = subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "docx", "--outdir", str(converted), str(out)],
        capture_output=True, text=True, timeout=180, env=env)
    assert proc.returncode == 0, proc.stderr
    ours = comments_with_anchors(out)
    theirs = comments_with_anchors(converted / "checked.docx")
    assert sorted((a, " ".join(t.split())) for a, t in theirs) == \
        sorted((a, " ".join(t.split())) for a, t in ours)


@pytest.mark.model
@pytest.mark.parametrize("args, message", [
    pytest.param(["--format", "docx"], "error: --format docx writes a Word document: give "
                 "--output FILE.docx", id="no-output"),
    pytest.param(["--format", "docx", "--output", "{tmp}/missing/checked.docx"],
                 "error: {tmp}/missing/checked.docx: cannot write the report there: the folder "
                 "{tmp}/missing does not exist", id="output-in-a-missing-folder"),
    pytest.param(["--format", "docx", "--output", "{tmp}/checked.docx", "{motion}"],
                 "error: --format docx writes one motion's document: give one MOTION, not 2",
                 id="two-motions"),
])
def test_bad_docx_options_are_one_line_and_exit_2(word_index, tmp_path, args, message):
    motion = _write(tmp_path / "motion.txt", TEXT_MOTION)
    args = [a.format(tmp=tmp_path, motion=motion) for a in args]
    result = run("check", motion, "--index", word_index, *args)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [message.format(tmp=tmp_path)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["motion.txt"]


@pytest.mark.model
def test_a_full_disk_leaves_nothing_half_written(word_index, small_disk, tmp_path):
    motion = _write(tmp_path / "motion.txt", TEXT_MOTION)
    (small_disk / "filler").write_bytes(b"x" * (1024 * 1024 - 8 * 1024))
    out = small_disk / "checked.docx"
    result = run("check", motion, "--index", word_index, "--format", "docx", "--output", out)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [f"error: {out}: disk full (no space left on the "
                                          "device)"]
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


# ---------------------------------------------------------------- the pure rules

def test_the_document_reads_as_the_motion_did(tmp_path):
    """The text a comment is placed by is the text `read_motion` read: paragraphs, a table's
    cells, tabs and line breaks alike."""
    document = docx.Document()
    document.add_paragraph("Motion\ton “tabs”")
    paragraph = document.add_paragraph("before a break")
    paragraph.add_run().add_break()
    paragraph.add_run("after it")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "a cell “quoted”"
    table.cell(0, 1).text = "another"
    document.add_paragraph("the end")
    path = tmp_path / "motion.docx"
    document.save(path)
    assert word._TextMap(docx.Document(path)).text == read_motion(path).text


def _run_of(*pieces):
    """A w:r holding `pieces`: text, "\\t" (a tab) or "\\n" (a break)."""
    document = docx.Document()
    run = document.add_paragraph().add_run()
    run.bold = True
    for piece in pieces:
        if piece == "\t":
            run.add_tab()
        elif piece == "\n":
            run.add_break()
        else:
            run._r.append(copy.deepcopy(document.add_paragraph(piece).runs[0]._r.find(qn("w:t"))))
    return run._r


def _pieces(r):
    out = []
    for c in r:
        if c.tag == qn("w:t"):
            out.append(c.text)
        elif c.tag == qn("w:tab"):
            out.append("\t")
        elif c.tag == qn("w:br"):
            out.append("\n")
    return out


# run's pieces, which w:t (0-based among its w:t) and where in it to cut, the runs after the cut
SPLITS = [
    pytest.param(["Hello world"], 0, 5, [["Hello"], [" world"]], id="mid-text"),
    pytest.param(["Hello world"], 0, 0, [["Hello world"]], id="at-the-start-no-op"),
    pytest.param(["Hello world"], 0, 11, [["Hello world"]], id="at-the-end-no-op"),
    pytest.param(["ab", "\t", "cd"], 1, 0, [["ab", "\t"], ["cd"]], id="before-a-second-text"),
    pytest.param(["ab", "\t", "cd"], 0, 2, [["ab"], ["\t", "cd"]], id="after-the-first-text"),
    pytest.param(["ab", "\n", "cd"], 1, 1, [["ab", "\n", "c"], ["d"]], id="after-a-break"),
]


@pytest.mark.parametrize("pieces, which, k, expected", SPLITS)
def test_a_run_is_split_where_a_quotation_starts_or_ends(pieces, which, k, expected):
    r = _run_of(*pieces)
    t = r.findall(qn("w:t"))[which]
    word._split(t, k)
    runs = [r] + ([r.getnext()] if r.getnext() is not None and r.getnext().tag == qn("w:r")
                  else [])
    assert [_pieces(x) for x in runs] == expected
    assert all(x.find(qn("w:rPr")) is not None for x in runs)     # formatting kept
    for x in runs:
        for t in x.findall(qn("w:t")):
            if t.text != t.text.strip():
                assert t.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


def test_a_motion_of_text_with_control_characters_still_makes_a_document():
    from verifier.models import CheckReport

    report = CheckReport(motion_path="m.txt", motion_chars=10, sources=(), results=())
    data = word.render_docx(report, "Motion\x0b one\n\x01two")
    assert data.startswith(b"PK")


def test_api_word_original_is_only_a_word_file(tmp_path):
    from verifier.models import Motion

    text = _write(tmp_path / "m.txt", "a “b” (para 1.1)")
    document = write_docx(tmp_path / "m.docx", [[("a", False, False)]])
    assert api.word_original(Motion(path=str(text), text="a")) is None
    assert api.word_original(Motion(path="-", text="a")) is None
    assert api.word_original(Motion(path=str(document), text="a")).startswith(b"PK")


def test_words_the_document_no_longer_holds_are_said_at_the_top(tmp_path):
    """A Word file changed since it was checked: the comment goes on the first line, saying
    so, rather than on the wrong words."""
    from verifier.models import CheckReport, CitationVerdict, Quotation, QuoteResult, Verdict

    original = write_docx(tmp_path / "m.docx", [[("Motion title", False, False)],
                                                 [("Nothing quoted here.", False, False)]])
    result = QuoteResult(quotation=Quotation(text="words since deleted", start=20, end=39),
                         verdict=Verdict.NOT_FOUND, citation=CitationVerdict.UNVERIFIABLE,
                         found=None)
    report = CheckReport(motion_path="m.docx", motion_chars=40, sources=(), results=(result,))
    data = word.render_docx(report, "Motion title\nwas “words since deleted”", original.read_bytes())
    out = tmp_path / "out.docx"
    out.write_bytes(data)
    (placed, summary) = comments_with_anchors(out)
    assert placed[0] == summary[0] == "Motion title"
    assert placed[1].startswith("(Not placed: “words since deleted” was not found in the "
                                "document.)\nQuotation 1: Not found; citation unverifiable")

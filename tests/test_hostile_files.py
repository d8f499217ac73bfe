"""Issue 24: every reader within a memory and time budget, whatever the file.

Each hostile file of the issue's table is built here at a small size and read under small
limits (index.readers.limits, set through their environment variables as a server or a batch
would set them): `index add` and `check` exit 2 with one `error:` line naming the file, the
web API answers 422 with one line, nothing exits 70, and the index is left byte for byte as it
was. bench/hostile_bench.py reads the same files at the issue's full size under the shipped
limits.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import hostile
from conftest import store_without_model
from index import ReadLimits, SourceError, UnreadablePDF, UnreadableSource, read_limits, read_source
from index.readers import govuk_html
from pdfs import make_pdf
from verifier.cli import main
from web import create_app

# The 20 MB stream takes PDFium about 430 MB and 4 s to read: past both limits below.
STREAM_MB = 20
SMALL_MEMORY = {"VERIFIER_READ_MEMORY_MB": "200"}
SMALL_TIME = {"VERIFIER_READ_MEMORY_MB": "1024", "VERIFIER_READ_SECONDS": "1"}
# Readers got faster: the 20 MB stream now reads in about a second, so a 1 s page limit was a
# coin toss; a fifth of a second is well under what the stream takes and far over a real page.
SMALL_PAGE_TIME = {"VERIFIER_READ_MEMORY_MB": "1024", "VERIFIER_READ_PAGE_SECONDS": "0.2"}


def _build(kind: str, folder: Path) -> Path:
    if kind == "stream-pdf":
        return hostile.big_stream_pdf(folder / "report.pdf", STREAM_MB)
    if kind == "docx-bomb":
        return hostile.docx_bomb(folder / "report.docx", 3)
    if kind == "docx-bomb-lying":
        return hostile.docx_bomb(folder / "report.docx", 3, declared_honestly=False)
    if kind == "docx-entity":
        return hostile.docx_with_entity(folder / "report.docx")
    if kind == "nested-html":
        return hostile.nested_html(folder / "report.html", 600)
    if kind == "big-html":
        return hostile.nested_html(folder / "report.html", 100_000)      # 1.1 MB
    raise ValueError(kind)


# (file, limits set, what the one line says)
HOSTILE = [
    pytest.param("stream-pdf", SMALL_MEMORY,
                 "report.pdf: page 1 needs more than 200 MB to read; is it damaged?",
                 id="pdf-content-stream-past-memory"),
    pytest.param("stream-pdf", SMALL_TIME,
                 "report.pdf: the PDF takes more than 1.0 s to read (stopped at ",
                 id="pdf-content-stream-past-time"),
    # "page 1" or, on a machine so busy that the child has not opened the file yet, "the file"
    pytest.param("stream-pdf", SMALL_PAGE_TIME, " takes more than 0.2 s to read; is it damaged?",
                 id="pdf-content-stream-past-page-time"),
    pytest.param("docx-bomb", {"VERIFIER_DOCX_UNPACKED_MB": "2"},
                 "report.docx: its parts unpack to more than 2 MB; is it a Word document?",
                 id="docx-zip-bomb"),
    # Inflated a chunk at a time, the part stops at its declared 1 KB and fails its checksum.
    pytest.param("docx-bomb-lying", {"VERIFIER_DOCX_UNPACKED_MB": "2"},
                 "report.docx: damaged Word document (its compressed contents are corrupt)",
                 id="docx-zip-bomb-declaring-1-KB"),
    pytest.param("docx-entity", {},
                 "report.docx: its XML declares a document type (<!DOCTYPE>), which Word never "
                 "writes; open it in Word and save it again", id="docx-declaring-an-entity"),
    pytest.param("nested-html", {"VERIFIER_HTML_DEPTH": "100"},
                 "report.html: the page's elements are nested more than 100 deep; is it a "
                 "report?", id="html-nested-divs"),
    pytest.param("big-html", {"VERIFIER_HTML_MB": "1"},
                 "report.html: the page is more than 1 MB of markup; is it a ",  # report/motion
                 id="html-past-size"),
    pytest.param("nested-html", {"VERIFIER_HTML_ELEMENTS": "500"},
                 "report.html: the page has more than 500 elements; is it a report?",
                 id="html-past-elements"),
]


@pytest.fixture
def small_index(tmp_path):
    """An index holding one small report (placeholder vectors: no model), and its bytes."""
    report = make_pdf(tmp_path / "eastmarsh.pdf", [[
        "Best Value Inspection of Eastmarsh", "",
        "1.1 The council must act on the findings of this report."]])
    store_without_model(tmp_path / "index", report, "Best Value Inspection of Eastmarsh")
    return tmp_path / "index"


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize("kind, limits, message", HOSTILE)
def test_index_add_of_a_hostile_file_exits_2_with_one_line(kind, limits, message, tmp_path,
                                                           small_index, monkeypatch):
    for variable, value in limits.items():
        monkeypatch.setenv(variable, value)
    source = _build(kind, tmp_path)
    before = _snapshot(small_index)
    result = CliRunner().invoke(main, ["index", "add", str(source), "--index", str(small_index)])
    assert result.exit_code == 2, result.output
    assert message in _error_line(result)
    assert _snapshot(small_index) == before


@pytest.mark.parametrize("kind, limits, message", HOSTILE)
def test_check_of_a_hostile_motion_exits_2_with_one_line(kind, limits, message, tmp_path,
                                                         small_index, monkeypatch):
    for variable, value in limits.items():
        monkeypatch.setenv(variable, value)
    motion = _build(kind, tmp_path)
    result = CliRunner().invoke(main, ["check", str(motion), "--index", str(small_index)])
    if kind == "nested-html":
        # A motion's HTML is read by a parser that builds no tree (index.html_lines): depth
        # and element counts cost it nothing, so only its size is limited.
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert result.exit_code != 70, result.output
        return
    assert result.exit_code == 2, result.output
    assert message in _error_line(result)


@pytest.mark.parametrize("kind, limits, message", HOSTILE)
def test_web_api_answers_422_with_one_line(kind, limits, message, tmp_path, small_index,
                                           monkeypatch):
    for variable, value in limits.items():
        monkeypatch.setenv(variable, value)
    app = create_app(small_index, state_dir=tmp_path / "state", max_upload_bytes=8 << 20)
    client = app.test_client()
    upload = _build(kind, tmp_path)
    before = _snapshot(small_index)
    response = client.post("/api/sources", content_type="multipart/form-data",
                           data={"file": (io.BytesIO(upload.read_bytes()), upload.name)})
    assert response.status_code == 422, response.get_json()
    error = response.get_json()["error"]
    assert "\n" not in error and message in error
    assert _snapshot(small_index) == before
    if kind == "nested-html":
        return          # a motion's HTML: see above
    response = client.post("/api/check", content_type="multipart/form-data",
                           data={"file": (io.BytesIO(upload.read_bytes()), upload.name)})
    assert response.status_code == 422, response.get_json()
    error = response.get_json()["error"]
    assert "\n" not in error and message in error


def test_web_check_counts_reading_against_its_time(tmp_path, small_index):
    """A check's 30 s begin when the upload is read: a PDF that takes longer to read than the
    whole check may take is refused by the time, not read on (issue 24: 18.7 s uncounted)."""
    app = create_app(small_index, state_dir=tmp_path / "state", max_upload_bytes=8 << 20,
                     config={"CHECK_SECONDS": 1})
    pdf = hostile.big_stream_pdf(tmp_path / "motion.pdf", STREAM_MB)
    response = app.test_client().post(
        "/api/check", content_type="multipart/form-data",
        data={"file": (io.BytesIO(pdf.read_bytes()), "motion.pdf")})
    assert response.status_code == 422
    assert "motion.pdf: " in response.get_json()["error"]
    assert "takes more than 1.0 s to read" in response.get_json()["error"]
    assert "is it damaged?" in response.get_json()["error"]


def test_html_with_an_xml_declaration_reads_without_a_library_warning(tmp_path, recwarn,
                                                                      capfd):
    """Issue 24: an XML declaration before a root that is not <html> made BeautifulSoup warn
    (seven lines on stderr of `index add`)."""
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    page = hostile.xml_declared_html(tmp_path / "report.html")
    with pytest.warns(XMLParsedAsHTMLWarning):          # the file does provoke it
        BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    recwarn.clear()
    reading = read_source(page)
    assert [p.section for p in reading.paragraphs if p.section] == ["1", "1.1", "1.2"]
    assert not [w for w in recwarn if "bs4" in w.filename or "XML" in str(w.message)]
    assert capfd.readouterr().err == ""



# The pure rules: which limit a reading meets first, on the smallest files that show it.
READ_LIMITS = [
    pytest.param("nested-html", ReadLimits(html_depth=600 + 10), None, id="depth-within"),
    # html, body, main, div.govspeak, 600 divs, then the paragraph: 605 deep
    pytest.param("nested-html", ReadLimits(html_depth=600), UnreadableSource, id="depth-past"),
    pytest.param("docx-bomb", ReadLimits(docx_unpacked_mb=4), None, id="docx-within"),
    pytest.param("docx-bomb", ReadLimits(docx_unpacked_mb=3), UnreadableSource,
                 id="docx-just-past"),
    pytest.param("stream-pdf", ReadLimits(pdf_memory_mb=200), UnreadablePDF, id="pdf-memory"),
]


@pytest.mark.parametrize("kind, limits, error", READ_LIMITS)
def test_read_source_meets_its_limits(kind, limits, error, tmp_path):
    source = _build(kind, tmp_path)
    if error is None:
        reading = read_source(source, limits=limits)
        assert reading.paragraphs[-1].text.endswith("findings of this report.")
    else:
        with pytest.raises(error):
            read_source(source, limits=limits)


def test_a_normal_report_reads_the_same_in_the_child(tmp_path):
    """The bounded child gives exactly the pages the reader gives in the process."""
    from index.readers import bounded, pdf_pdfium, pdf_pypdf

    report = Path(__file__).resolve().parent.parent / "examples" / "report.pdf"
    for module in (pdf_pdfium, pdf_pypdf):
        assert bounded.extract_texts(module.NAME, report, "report.pdf", ReadLimits()) == \
            module.extract_texts(report, "report.pdf")


# One kept reading child (a batch worker's, issue 23) given files one after another: each
# comes back as a fresh child would read it, a file past a limit costs only that file, and
# the child is replaced after a failure it did not survive. (file, limits, what comes back:
# the pages' first words or the error's start, children started so far)
KEPT_SEQUENCE = [
    ("letter", ReadLimits(), "Ministry of Housing", 1),
    ("report", ReadLimits(), "Best Value Inspection", 1),
    ("letter-bytes", ReadLimits(), "Ministry of Housing", 1),
    ("damaged", ReadLimits(), "damaged.pdf: corrupt or truncated PDF", 1),    # an answer
    ("stream-pdf", ReadLimits(pdf_memory_mb=200), "report.pdf: page 1 needs more than 200 MB", 3),
    ("report", ReadLimits(), "Best Value Inspection", 4),
    ("stream-pdf", ReadLimits(pdf_memory_mb=1024, seconds=1), "report.pdf: the PDF takes more", 5),
    ("letter", ReadLimits(), "Ministry of Housing", 6),
    ("letter", ReadLimits(), "Ministry of Housing", 6),
]


def test_a_kept_reading_child_reads_each_file_as_a_fresh_one(tmp_path):
    from index.readers import bounded, pdf_pdfium

    examples = Path(__file__).resolve().parent.parent / "examples"
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes((examples / "letter.pdf").read_bytes()[:3000])
    files = {"letter": examples / "letter.pdf", "report": examples / "report.pdf",
             "letter-bytes": (examples / "letter.pdf").read_bytes(), "damaged": damaged,
             "stream-pdf": _build("stream-pdf", tmp_path)}
    names = {"letter-bytes": "letter.pdf"}
    # A worker with its model loaded is a large process: what the child counts as its peak
    # must be its own (ru_maxrss counts the process it was started from: replaced every time)
    ballast = b"\x01" * (300 << 20)
    process = bounded.ReadingProcess()
    try:
        for kind, limits, says, started in KEPT_SEQUENCE:
            name = names.get(kind, Path(str(files.get(kind))).name)
            try:
                texts = bounded.extract_texts("pdfium", files[kind], name, limits, process)
            except UnreadablePDF as e:
                got = e.message
            else:
                assert texts == pdf_pdfium.extract_texts(files[kind], name)
                got = texts[0].strip()
            assert got.upper().startswith(says.upper()), (kind, got)
            # past the memory cap in a child that had read others: read again in a fresh one
            assert process.started == started, kind
        child = process._child
        assert child is not None and child.poll() is None
    finally:
        process.close()
    assert child.poll() is not None
    assert 0 < process.peak_mb < len(ballast) >> 20


def test_nested_html_within_the_default_depth_is_read(tmp_path):
    """A report's paragraph inside 300 nested divs is read, with one walk down the tree (the
    walk up each element's parents it replaces was quadratic in the nesting)."""
    page = hostile.nested_html(tmp_path / "deep.html", 300)
    paragraphs = govuk_html.read_file(page, ReadLimits())
    assert [p.section for p in paragraphs if p.section] == ["1.1"]


ENVIRONMENT = [
    pytest.param({}, ReadLimits(), id="defaults"),
    pytest.param({"VERIFIER_READ_MEMORY_MB": "768", "VERIFIER_READ_SECONDS": "2.5",
                  "VERIFIER_READ_PAGE_SECONDS": "0.5"},
                 ReadLimits(pdf_memory_mb=768, seconds=2.5, page_seconds=0.5), id="pdf"),
    pytest.param({"VERIFIER_HTML_DEPTH": "64", "VERIFIER_DOCX_UNPACKED_MB": "10"},
                 ReadLimits(html_depth=64, docx_unpacked_mb=10), id="html-docx"),
    pytest.param({"VERIFIER_READ_SECONDS": "0"}, SourceError, id="zero"),
    pytest.param({"VERIFIER_HTML_MB": "lots"}, SourceError, id="not-a-number"),
]


@pytest.mark.parametrize("environment, expected", ENVIRONMENT)
def test_read_limits_from_the_environment(environment, expected, monkeypatch):
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    if isinstance(expected, ReadLimits):
        assert read_limits() == expected
    else:
        with pytest.raises(expected):
            read_limits()


def test_within_takes_the_smaller_time():
    assert ReadLimits(seconds=60).within(12.5).seconds == 12.5
    assert ReadLimits(seconds=10).within(30).seconds == 10
    assert ReadLimits(seconds=10).within(-3).seconds == 0


SNIFFED = [
    pytest.param(b'<?xml version="1.0" encoding="UTF-8"?>\n<body><p>1.1 Text.</p></body>', "html",
                 id="xml-declared-page"),
    pytest.param(b'<?xml version="1.0"?><!DOCTYPE html><html><p>1.1 Text.</p></html>', "html",
                 id="xhtml"),
    pytest.param(b"<?xml version='1.0'?> The council notes.", "text", id="xml-then-text"),
    pytest.param(b"The council notes.", "text", id="text"),
]


@pytest.mark.parametrize("data, kind", SNIFFED)
def test_web_upload_of_an_xml_declared_page_is_html(data, kind):
    """The same page `index add` reads is an HTML page on the web too, not plain text."""
    from web.uploads import sniff

    assert sniff(data) == kind

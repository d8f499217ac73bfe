"""Sources as users have them, through `verifier index add`: a saved GOV.UK page, its address,
a .docx, either PDF reader; what `add` says it read; and the bad input of each format.

The GOV.UK pages are written here in govspeak's markup from the example report's own
paragraphs (examples/report.json); addresses are served from 127.0.0.1.
"""

from __future__ import annotations

import functools
import http.server
import json
import socket
import threading

import pytest
from click.testing import CliRunner

import index.build
from index.readers import pdf_pdfium
from conftest import EXAMPLES
from index import read_source
from pdfs import make_pdf
from verifier.cli import main

TRUTH = json.loads((EXAMPLES / "report.json").read_text(encoding="utf-8"))
PARAGRAPHS = {p["section"]: p for p in TRUTH["paragraphs"] if p.get("section")}


def govuk_page(sections=("4", "4.4", "4.5", "4.50"), footnote=("7", "Interviews with staff, 2024.")):
    """A GOV.UK HTML publication: page chrome, then govspeak with one footnote reference."""
    label, note = footnote
    body = []
    for section in sections:
        p = PARAGRAPHS[section]
        if p["kind"] == "heading":
            body.append(f'<h2 id="s{section}">{section}. {p["heading"]}</h2>')
        else:
            text = p["text"].replace(". ", f'.<sup id="fnref:{label}"><a href="#fn:{label}" '
                                           f'class="footnote">[footnote {label}]</a></sup> ', 1)
            body.append(f"<p>{section} {text}</p>")
    return ("<!DOCTYPE html><html lang='en'><head><title>Report - GOV.UK</title></head><body>"
            "<header class='govuk-header'>GOV.UK</header><main id='content'>"
            "<header><span class='govuk-caption-xl'>Independent report</span>"
            f"<h1>{TRUTH['title']}</h1><p>Published 12 November 2024</p></header>"
            "<nav class='gem-c-contents-list'><h2>Contents</h2><ol><li>4. Leadership</li></ol>"
            "</nav><div class='govspeak'>" + "".join(body) +
            f"<div class='footnotes'><ol><li id='fn:{label}'><p>{note} "
            f"<a href='#fnref:{label}' class='reversefootnote'>↩</a></p></li></ol></div>"
            "</div></main></body></html>")


def run(*args):
    return CliRunner().invoke(main, ["index", *map(str, args)])


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A local web server: /government/publications/... (the page) and /api/content/... (JSON)."""
    root = tmp_path_factory.mktemp("site")
    page = root / "government" / "publications" / "eastmarsh-bvi"
    page.parent.mkdir(parents=True)
    page.write_text(govuk_page(), encoding="utf-8")
    api = root / "api" / "content" / "government" / "publications" / "eastmarsh-bvi"
    api.parent.mkdir(parents=True)
    html = govuk_page()
    api.write_text(json.dumps({"title": TRUTH["title"], "details": {
        "body": html[html.index("<div class='govspeak'>"):html.index("</main>")]}}),
        encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def guess_type(self, path):
        return "application/json" if "/api/content/" in str(path) else "text/html"

    def log_message(self, *args):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- what each reader makes of a source -------------------------------------------------------

@pytest.mark.parametrize("address", [
    pytest.param("/government/publications/eastmarsh-bvi", id="page"),
    pytest.param("/api/content/government/publications/eastmarsh-bvi", id="content-api"),
])
def test_a_govuk_address_reads_like_the_saved_page(site, tmp_path, address):
    saved = tmp_path / "page.html"
    saved.write_text(govuk_page(), encoding="utf-8")
    want = read_source(saved).paragraphs
    got = read_source(site + address).paragraphs
    assert got == want
    units = {(p.kind.value, p.section or p.label): p.text for p in got}
    assert units[("numbered", "4.50")] == PARAGRAPHS["4.50"]["text"]
    assert units[("footnote", "7")] == "Interviews with staff, 2024."
    assert not any("[footnote" in p.text or "Published" in p.text for p in got)


def test_add_prints_what_it_read_and_check_finds_the_paragraph(tmp_path, site, embedder):
    d = tmp_path / "idx"
    result = run("add", site + "/government/publications/eastmarsh-bvi", "--index", d)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].endswith(
        ": reader govuk-html 4, HTML, no pages, 3 numbered paragraphs, 1 footnote")
    assert result.stdout.splitlines()[1].startswith(f"added eastmarsh-bvi: {TRUTH['title']} (no pages,")
    shown = run("show", "eastmarsh-bvi", "4.5", "--index", d)
    assert shown.exit_code == 0 and shown.stdout.startswith("[4.5] no page  Leadership\n")
    again = run("add", site + "/government/publications/eastmarsh-bvi", "--index", d)
    assert again.exit_code == 0 and "unchanged eastmarsh-bvi" in again.stdout


def test_a_duplicate_is_refused_before_it_is_parsed(tmp_path, embedder, monkeypatch):
    pdf = make_pdf(tmp_path / "report.pdf", [["4 Leadership", "4.1 Many good managers left."]])
    d = tmp_path / "idx"
    assert run("add", pdf, "--index", d).exit_code == 0

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed a file already in the index")

    monkeypatch.setattr(index.build, "read_source", no_parsing)
    result = run("add", pdf, "--index", d)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("unchanged report:")


def test_another_reader_reads_the_file_again(tmp_path, embedder):
    pdf = make_pdf(tmp_path / "report.pdf", [["4 Leadership", "4.1 Many good managers left."]])
    d = tmp_path / "idx"
    assert run("add", pdf, "--index", d, "--reader", "pypdf").exit_code == 0
    result = run("add", pdf, "--index", d, "--reader", "pdfium")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].endswith(
        f": reader pdfium {pdf_pdfium.VERSION}, 1 page, 1 numbered paragraph, 0 footnotes")
    docs = json.loads(run("list", "--index", d, "--format", "json").stdout)
    assert [(doc["id"], doc["reader"]) for doc in docs] == \
        [("report", f"pdfium {pdf_pdfium.VERSION}")]
    assert sorted(p.name for p in d.iterdir()) == ["index.db", "index.lock"]


def test_a_docx_report_is_added(tmp_path, embedder):
    result = run("add", EXAMPLES / "report.docx", "--index", tmp_path / "idx")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].endswith(
        ": reader docx 4, .docx, no pages, 283 numbered paragraphs, 24 footnotes")


# ---- bad input, per format ----------------------------------------------------------------------

def test_an_html_page_that_is_no_report_is_indexed_with_a_warning(tmp_path, embedder):
    page = tmp_path / "news.html"
    page.write_text("<html><body><main><h1>Council news</h1><p>The library reopens on Monday."
                    "</p></main></body></html>", encoding="utf-8")
    result = run("add", page, "--index", tmp_path / "idx")
    assert result.exit_code == 0, result.stderr
    assert "0 numbered paragraphs" in result.stdout
    assert result.stderr.startswith(f"warning: {page}: no numbered paragraphs found")


@pytest.mark.parametrize("make, problem", [
    pytest.param(lambda d, site: f"http://127.0.0.1:{_free_port()}/government/publications/x",
                 "could not be fetched", id="address-that-does-not-answer"),
    pytest.param(lambda d, site: f"{site}/government/publications/no-such-report",
                 "the server answered 404", id="address-not-found"),
    pytest.param(lambda d, site: _write(d / "empty.html", b"<html><body></body></html>"),
                 "no text found", id="html-without-text"),
    pytest.param(lambda d, site: _write(d / "notes.txt", b"These are my notes."),
                 "not a PDF, an HTML page or a .docx", id="plain-text"),
    pytest.param(lambda d, site: _write(d / "report.docx", b"PK\x03\x04 not really a zip"),
                 "damaged zip", id="broken-docx"),
])
def test_bad_sources_exit_2_with_one_line_and_write_nothing(tmp_path, site, make, problem):
    source = make(tmp_path, site)
    d = tmp_path / "idx"
    result = run("add", source, "--index", d)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {source}: ") and problem in result.stderr
    assert result.stderr.count("\n") == 1
    assert not d.exists()


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


# ---- checking against a source without pages ----------------------------------------------------

FOUR_50 = "many good managers had exited the organisation as a result of ‘speaking truth to power.’"


@pytest.mark.parametrize("cited, citation, note", [
    pytest.param("(Section 4.50)", "correct", "", id="paragraph-cited"),
    pytest.param("(para 4.50, p. 12)", "correct", "has no pages", id="paragraph-and-page"),
    pytest.param("(p. 12)", "unverifiable", "has no pages", id="page-only-is-not-judged"),
    pytest.param("(para 4.5)", "wrong", "paragraph 4.50 of", id="wrong-paragraph"),
])
def test_a_page_citation_of_an_html_source_says_so(tmp_path, embedder, cited, citation, note):
    page = tmp_path / "eastmarsh.html"
    page.write_text(govuk_page(), encoding="utf-8")
    d = tmp_path / "idx"
    assert run("add", page, "--index", d).exit_code == 0
    motion = tmp_path / "motion.txt"
    motion.write_text(f"This Council notes that “{FOUR_50}” {cited}.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(motion), "--index", str(d), "--format",
                                       "json", "--fail-on", "none"])
    assert result.exit_code == 0, result.stderr
    (quote,) = json.loads(result.stdout)["quotes"]
    assert (quote["verdict"], quote["citation"]) == ("verbatim", citation)
    assert quote["found"]["section"] == "4.50" and note in quote["note"]
    assert "p. 0" not in quote["note"]


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_source_without_pages_is_said_to_have_none(tmp_path, embedder, fmt):
    """'no pages', never "(report, 0 pages)" or "p. 0" (issue 25)."""
    page = tmp_path / "eastmarsh.html"
    page.write_text(govuk_page(), encoding="utf-8")
    d = tmp_path / "idx"
    assert run("add", page, "--index", d).exit_code == 0
    motion = tmp_path / "motion.txt"
    motion.write_text(f"This Council notes that “{FOUR_50}” (Section 4.50).\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(motion), "--index", str(d), "--format", fmt,
                                       "--fail-on", "none"])
    assert result.exit_code == 0, result.stderr
    assert "no pages" in result.stdout
    assert "0 pages" not in result.stdout and "p. 0" not in result.stdout


# ---- warnings, in plain words ----------------------------------------------------------------

CHAPTER = ["4 Leadership", "4.1 Many good managers had left the organisation over the years.",
           "4.2 The survey found that managers were trusted more than senior leaders."]


@pytest.mark.parametrize("pages, warning", [
    pytest.param([CHAPTER], None, id="a-report-warns-of-nothing"),
    pytest.param([["Dear Chief Executive,", "I am minded to appoint Commissioners."]],
                 "no numbered paragraphs found", id="a-letter-has-no-numbered-paragraphs"),
    pytest.param([CHAPTER, [], ["4.3 Reserves are adequate for the coming year, we found."]],
                 "page 2 has no text (scanned, or blank)", id="a-page-without-text"),
    pytest.param([CHAPTER[:2] + ["and the loss of experience has been felt in legal services."] * 5
                  + ["Page 9 of 12"] + ["and in finance and housing in particular, we found."] * 5
                  + CHAPTER[2:] + ["and they told us so in every interview we held there."] * 9],
                 "page furniture (a page number or an address) was left in 1 paragraph(s), "
                 "e.g. 4.1", id="a-footer-left-mid-page"),
])
@pytest.mark.parametrize("reader", ["pypdf", "pdfium"])
def test_warnings(tmp_path, pages, warning, reader):
    pdf = make_pdf(tmp_path / "report.pdf", pages, footer=None)
    warnings = read_source(pdf, reader).warnings
    assert [w for w in warnings if warning in w] if warning else warnings == (), warnings


# ---- one reader per library -----------------------------------------------------------------

@pytest.mark.parametrize("library, owner", [
    pytest.param("pypdf", "index/readers/pdf_pypdf.py", id="pypdf"),
    pytest.param("pypdfium2", "index/readers/pdf_pdfium.py", id="pypdfium2"),
    # and the one writer: the motion back with Word comments (issue 26)
    pytest.param("docx", "index/readers/docx_reader.py verifier/rendering/word.py",
                 id="python-docx"),
    pytest.param("bs4", "index/readers/govuk_html.py", id="beautifulsoup"),
])
def test_each_library_is_read_in_one_module(library, owner):
    """The motion side and the web use index/'s readers: one PDF reader per library."""
    import re

    root = EXAMPLES.parent
    pattern = re.compile(rf"^\s*(?:import|from)\s+{library}\b", re.MULTILINE)
    users = sorted(str(path.relative_to(root)) for package in ("index", "verifier", "web")
                   for path in (root / package).rglob("*.py")
                   if pattern.search(path.read_text(encoding="utf-8")))
    assert users == owner.split()


@pytest.mark.parametrize("pages, expected", [
    pytest.param([["Cover"], ["Agenda"], ["text", "Page 1"], ["Report to: Council", "text",
                  "Page 1 of 2", "Page 2"], ["text", "Page 2 of 2", "Page 3"], ["text", "Page 4"]],
                 [None, None, "1", "2", "3", "4"],
                 id="a-packs-own-number-over-its-papers-page-1-of-2"),
    pytest.param([["text", "7"], ["text", "8"], ["text", "9"]], ["7", "8", "9"],
                 id="one-number-a-page"),
    pytest.param([["text", "iii"], ["text", "1"], ["text", "2"]], ["iii", "1", "2"],
                 id="front-matter-in-roman"),
])
def test_printed_page_numbers(pages, expected):
    from index.readers.furniture import printed_page_numbers

    assert printed_page_numbers(pages) == expected


def _docx_with_a_multilevel_list(path):
    """A .docx whose chapter 5 is a Word multilevel list ("%1.%2.%3", starting at 5): its
    paragraph numbers are in numbering.xml, not in the text."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
        '<w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>'
        '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="77"/></w:num>'))
    document.add_heading("4 Governance", level=1)
    document.add_paragraph("4.1.1\tThe constitution was last revised in 2019.")
    for level, text in [(0, "Scrutiny"), (1, "Committee arrangements"),
                        (2, "The committee met six times in 2025."),
                        (2, "Scrutiny is supported by one officer."),
                        (3, "a bullet under it"),
                        (1, "Effectiveness"), (2, "Cabinet accepted 14 of 32 recommendations.")]:
        paragraph = document.add_heading(text, level=min(level + 1, 2)) if level < 2 else \
            document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    document.save(path)
    return path


def test_a_docx_list_numbered_by_word_has_its_numbers(tmp_path):
    """Word's multilevel list numbers are the paragraphs' numbers (blind corpus, fit half)."""
    from index import read_source

    reading = read_source(_docx_with_a_multilevel_list(tmp_path / "report.docx"))
    numbered = {p.section: p.text for p in reading.paragraphs if p.section}
    assert numbered["4.1.1"] == "The constitution was last revised in 2019."
    assert numbered["5.1.1"] == "The committee met six times in 2025."
    assert numbered["5.1.2"].startswith("Scrutiny is supported by one officer.")
    assert numbered["5.2.1"] == "Cabinet accepted 14 of 32 recommendations."
    assert "a bullet under it" in numbered["5.1.2"]


def test_a_docx_table_under_its_caption_is_a_place(tmp_path):
    """A .docx table below "Table 2: …" is the place "Table 2"; the text after the table is
    not the table's, nor the paragraph above's (issue 20)."""
    import docx

    from index import read_source

    document = docx.Document()
    document.add_heading("3 Money", level=1)
    document.add_paragraph("3.1\tReserves have fallen each year. Table 2 gives the figures.")
    document.add_paragraph("3.2\tThe fall is steepest in the general fund.")
    document.add_paragraph("Table 2: Reserves at 31 March, £ million")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Fund", "2023", "2024"), ("General", "9.5", "6.25"),
                                       ("Earmarked", "12.0", "10.4")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph("The auditor has asked for a recovery plan.")
    document.add_paragraph("3.3\tNo such plan exists yet.")
    document.save(tmp_path / "report.docx")
    places = {p.section: (p.kind.value, p.text) for p in
              read_source(tmp_path / "report.docx").paragraphs if p.section}
    assert places["3.2"] == ("numbered", "The fall is steepest in the general fund.")
    assert places["Table 2"] == ("table", "Fund 2023 2024 General 9.5 6.25 Earmarked 12.0 10.4")
    assert places["3.3"] == ("numbered", "No such plan exists yet.")


def test_a_docx_pull_quote_repeating_a_paragraph_is_no_part_of_it(tmp_path):
    """A quotation set apart in a paragraph of its own that repeats words of the text (a pull
    quote) is not read into the numbered paragraph before it (issue 20); a quotation that
    repeats nothing stays."""
    import docx

    from index import read_source

    document = docx.Document()
    document.add_heading("3 Money", level=1)
    document.add_paragraph("3.1\tReserves have fallen each year. Decisions on the property "
                           "portfolio were taken by a small group, often under urgency.")
    document.add_paragraph("“Decisions on the property portfolio were taken by a small "
                           "group, often under urgency.”")
    document.add_paragraph("3.2\tThe fall is steepest in the general fund.")
    document.add_paragraph("“We were never told what the portfolio had cost us.”")
    document.add_paragraph("3.3\tNo recovery plan exists yet.")
    document.save(tmp_path / "report.docx")
    places = {p.section: p.text for p in read_source(tmp_path / "report.docx").paragraphs
              if p.section}
    assert places["3.1"] == "Reserves have fallen each year. Decisions on the property " \
        "portfolio were taken by a small group, often under urgency."
    assert places["3.2"] == "The fall is steepest in the general fund. “We were never told " \
        "what the portfolio had cost us.”"

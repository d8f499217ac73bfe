"""Reading motions from the files councils publish them in; each file is written by the test."""

from __future__ import annotations

import io
import sys

import pytest
from pdfs import make_pdf

from verifier.errors import UnreadableMotion
from verifier.reading.motions import html_text, motion_from_text, read_motion

QUOTE = "The report raises concerns, noting: “The lack of trust is extremely worrying” (Section 3.4)."

COUNCIL_PAGE = """<!DOCTYPE html>
<html><head><title>Agenda item - Council</title>
<style>p { color: red; }</style><script>var q = "“not a quote”";</script></head>
<body><nav><ul><li>Home</li><li>Committees</li></ul></nav>
<h2 class="mgSubTitleTxt">Agenda item</h2><h3>OPPOSITION MOTION DEBATE</h3>
<div class="mgWordPara"><p>This Council Notes:</p>
<ul><li>The report raises concerns about the Council&#8217;s culture, noting:</li>
<li>&middot; &ldquo;The lack of trust between councillors, officers, and partners is extremely
worrying&rdquo;(Section 3.4).</li></ul>
<p>Costs&nbsp;of &pound;6million &amp; more.<br>Second line</p></div>
<footer>Contact us</footer></body></html>
"""


@pytest.mark.parametrize("name, data, expected", [
    pytest.param("motion.txt", QUOTE.encode("utf-8"), QUOTE, id="utf8"),
    pytest.param("motion.txt", b"\xef\xbb\xbf" + QUOTE.encode("utf-8"), QUOTE, id="utf8-bom"),
    pytest.param("motion.txt", QUOTE.encode("cp1252"), QUOTE, id="cp1252-from-word"),
    pytest.param("motion.txt", ("Council’s view – £6million\n" + QUOTE).encode("cp1252"),
                 "Council’s view – £6million\n" + QUOTE, id="cp1252-pound-dash-apostrophe"),
    pytest.param("motion.txt", QUOTE.encode("utf-16"), QUOTE, id="utf16-with-bom"),
    pytest.param("motion.txt", b"line one\r\nline two\rline three\r\n", "line one\nline two\nline three\n",
                 id="windows-and-old-mac-line-ends"),
    pytest.param("motion.md", b"# Motion\n\n- " + QUOTE.encode(), "# Motion\n\n- " + QUOTE,
                 id="markdown-kept-as-text"),
    pytest.param("motion", QUOTE.encode(), QUOTE, id="no-extension-text-content"),
])
def test_read_text_files(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    motion = read_motion(path)
    assert motion.text == expected
    assert motion.path == str(path)


def test_read_saved_council_web_page(tmp_path):
    path = tmp_path / "agenda-item.htm"
    path.write_text(COUNCIL_PAGE, encoding="utf-8")
    text = read_motion(path).text
    assert "Home" not in text and "color" not in text and "not a quote" not in text
    assert "Agenda item\nOPPOSITION MOTION DEBATE\nThis Council Notes:\n" in text
    assert "- The report raises concerns about the Council’s culture, noting:\n" in text
    assert ("- · “The lack of trust between councillors, officers, and partners is extremely "
            "worrying”(Section 3.4).") in text
    assert "Costs of £6million & more.\nSecond line" in text


def test_html_recognised_by_content_whatever_the_name(tmp_path):
    path = tmp_path / "motion.txt"
    path.write_text(COUNCIL_PAGE, encoding="utf-8")
    assert read_motion(path).text == html_text(COUNCIL_PAGE)


def test_read_pdf_motion_pages_joined_by_blank_line_footers_dropped(tmp_path):
    path = make_pdf(tmp_path / "agenda-pack.pdf",
                    [["This Council Notes:", "“The lack of trust is worrying” (Section 3.4)"],
                     ["This Council Resolves:"]])
    assert read_motion(path).text == ("This Council Notes:\n“The lack of trust is worrying” "
                                      "(Section 3.4)\n\nThis Council Resolves:")


def test_pdf_recognised_by_content_whatever_the_name(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", [["This Council Notes:"]], footer=None)
    renamed = tmp_path / "motion.txt"
    renamed.write_bytes(pdf.read_bytes())
    assert read_motion(renamed).text == "This Council Notes:"


def test_read_docx_motion(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("This Council Notes:")
    document.add_paragraph(QUOTE)
    table = document.add_table(rows=1, cols=1)
    table.rows[0].cells[0].text = "Proposed by Cllr Lee"
    path = tmp_path / "motion.docx"
    document.save(path)
    assert read_motion(path).text == f"This Council Notes:\n{QUOTE}\nProposed by Cllr Lee"


def _encrypted_pdf(tmp_path):
    return make_pdf(tmp_path / "locked.pdf", [["secret"]], encrypt="user-secret").read_bytes()


# Motions as they arrive from other systems: each must come out as the words a reader sees, with
# what was repaired said in words (Motion.repairs), never as "no quotations found".
MOJIBAKE = QUOTE.encode("utf-8").decode("cp1252", errors="ignore")   # “ → â€œ, ” → â€
RECODED = {
    "utf16le-no-bom": (QUOTE.encode("utf-16-le"), QUOTE,
                       "read as UTF-16 (little-endian), which it is, though it has no "
                       "byte-order mark"),
    "utf16be-no-bom": (QUOTE.encode("utf-16-be"), QUOTE,
                       "read as UTF-16 (big-endian), which it is, though it has no byte-order "
                       "mark"),
    "mojibake": (MOJIBAKE.encode("utf-8"), QUOTE,
                 "repaired mojibake: UTF-8 text that had been read as Windows-1252 (“â€œ” for “)"),
    "mojibake-c1-kept": (QUOTE.encode("utf-8").decode("latin-1").encode("utf-8"), QUOTE,
                         "repaired mojibake"),
    "numeric-references": (QUOTE.replace("“", "&#8220;").replace("”", "&#x201D;").encode(),
                           QUOTE, "decoded 2 HTML character references (&#8220;, &#x201D;)"),
    "named-references": (QUOTE.replace("“", "&ldquo;").replace("”", "&rdquo;").encode(), QUOTE,
                         "decoded 2 HTML character references (&ldquo;, &rdquo;)"),
    "quot-references": (b"He said &quot;the lack of trust is extremely worrying&quot; (3.4) "
                        b"&amp; more",
                        'He said "the lack of trust is extremely worrying" (3.4) & more',
                        "decoded 3 HTML character references (&quot;, &amp;)"),
    "utf8-with-cp1252-slips": (QUOTE.encode("utf-8") + "\nCafé – Members’".encode("cp1252"),
                               QUOTE + "\nCafé – Members’",
                               "3 bytes that are not UTF-8 read as Windows-1252 (the rest of "
                               "the file is UTF-8)"),
    "utf8-cut-off-mid-character": (QUOTE.encode("utf-8") + b"\nSigned \xe2\x80J Smith",
                                   QUOTE + "\nSigned â€J Smith", "2 bytes that are not UTF-8"),
    "cp1252-short-text": ("He said “the plan is weak” (3.4) and café.".encode("cp1252"),
                          "He said “the plan is weak” (3.4) and café.",
                          "not UTF-8: read as Windows-1252"),
}


@pytest.mark.parametrize("data, expected, repair", list(RECODED.values()), ids=list(RECODED))
def test_text_is_decoded_and_the_repair_named(tmp_path, data, expected, repair):
    path = tmp_path / "motion.txt"
    path.write_bytes(data)
    motion = read_motion(path)
    assert motion.text == expected
    assert any(r.startswith(repair) for r in motion.repairs), motion.repairs
    from verifier.reading.quotations import find_quotations
    if "“" in expected:
        assert find_quotations(motion.text), "the quotation is found"


@pytest.mark.parametrize("text", [
    pytest.param("Tom &notes; R&D; AT&T and &c.", id="not-references"),
    pytest.param("It cost £5 — “no” — at Café Rouge; naïve.", id="clean-unicode"),
    pytest.param(QUOTE, id="plain"),
])
def test_text_that_needs_no_repair_is_left_alone(text):
    motion = motion_from_text(text, "pasted")
    assert (motion.text, motion.repairs) == (text, ())


def test_a_quotation_too_long_to_check_is_refused_not_lost(tmp_path):
    from verifier.reading.quotations import find_quotations, refuse_overlong

    path = tmp_path / "motion.txt"
    path.write_text("The Council notes “" + " ".join(["word"] * 200_000) + "” (paragraph 3.4).\n",
                    encoding="utf-8")
    motion = read_motion(path)
    assert find_quotations(motion.text) == ()
    with pytest.raises(UnreadableMotion) as caught:
        refuse_overlong(motion)
    assert caught.value.message == (
        f"{path}: the quotation that opens on line 1 runs for 200,000 words (999,999 "
        "characters) to its closing mark; quotations of up to 1,500 characters are checked, so "
        "quote a shorter passage or add the closing mark it is missing")


def test_a_motion_without_quotation_marks_is_not_refused():
    from verifier.reading.quotations import refuse_overlong

    refuse_overlong(motion_from_text("This Council notes the report. " * 2000, "pasted"))


def _docx_bytes(tmp_path, drop=(), change=None):
    """A real .docx from python-docx, then damaged the ways files arrive damaged."""
    import zipfile

    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(QUOTE)
    whole = tmp_path / "whole.docx"
    document.save(whole)
    source = zipfile.ZipFile(whole)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as damaged:
        for name in source.namelist():
            if name not in drop:
                damaged.writestr(name, (change or {}).get(name, source.read(name)))
    return out.getvalue()


def _corrupt_deflate(tmp_path):
    data = bytearray(_docx_bytes(tmp_path))
    at = data.find(b"word/document.xml") + 200
    data[at] ^= 0xFF
    return bytes(data)


DAMAGED_DOCX = {
    "no-content-types": (lambda d: _docx_bytes(d, drop={"[Content_Types].xml"}),
                         "a part of the document is missing"),
    "no-package-rels": (lambda d: _docx_bytes(d, drop={"_rels/.rels"}),
                        "a part of the document is missing"),
    "malformed-document-xml": (lambda d: _docx_bytes(d, change={
        "word/document.xml": b"<w:document><w:body><w:p>unclosed"}), "its XML is malformed"),
    "empty-document-xml": (lambda d: _docx_bytes(d, change={"word/document.xml": b""}),
                           "its XML is malformed"),
    "foreign-content-types": (lambda d: _docx_bytes(d, change={"[Content_Types].xml":
                                                               b"<Types/>"}),
                              "its parts are not what a Word document holds"),
    "rels-not-xml": (lambda d: _docx_bytes(d, change={"_rels/.rels": b"not xml"}),
                     "its XML is malformed"),
    "corrupt-deflate-stream": (_corrupt_deflate, "its compressed contents are corrupt"),
}


@pytest.mark.parametrize("make, problem", list(DAMAGED_DOCX.values()), ids=list(DAMAGED_DOCX))
def test_a_damaged_docx_is_one_plain_line(tmp_path, make, problem):
    path = tmp_path / "motion.docx"
    path.write_bytes(make(tmp_path))
    with pytest.raises(UnreadableMotion) as caught:
        read_motion(path)
    assert caught.value.message == (f"{path}: damaged Word document ({problem}); open it in "
                                    "Word and save it again, or save it as .pdf or .txt")


def _truncated_pdf(tmp_path):
    return make_pdf(tmp_path / "whole.pdf", [["text"]]).read_bytes()[:400]


@pytest.mark.parametrize("name, data, problem", [
    pytest.param("missing.txt", None, "no such file", id="missing"),
    pytest.param("empty.txt", b"", "is empty", id="empty"),
    pytest.param("blank.txt", b"  \r\n\n", "is empty", id="only-whitespace"),
    pytest.param("locked.pdf", _encrypted_pdf, "encrypted", id="encrypted-pdf"),
    pytest.param("truncated.pdf", _truncated_pdf, "corrupt or truncated", id="truncated-pdf"),
    pytest.param("garbage.pdf", b"%PDF-1.4\nnot really\n%%EOF", "corrupt or truncated",
                 id="corrupt-pdf"),
    pytest.param("scan.pdf", lambda d: make_pdf(d / "s.pdf", [[], []], footer=None).read_bytes(),
                 "needs OCR", id="pdf-without-text"),
    pytest.param("motion.pdf", b"This Council Notes:", "not a PDF", id="text-named-pdf"),
    pytest.param("motion.docx", b"This Council Notes:", "not a Word document", id="text-named-docx"),
    pytest.param("motion.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Word 97-2003",
                 id="legacy-word-doc"),
    pytest.param("motion.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image", id="image-named-txt"),
    pytest.param("motion.rtf", b"{\\rtf1\\ansi This Council Notes:}", "rich-text", id="rtf"),
    pytest.param("motion.txt", bytes(range(256)) * 4, "binary", id="binary-data"),
])
def test_unreadable_motion(tmp_path, name, data, problem):
    path = tmp_path / name
    if callable(data):
        data = data(tmp_path)
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(UnreadableMotion) as caught:
        read_motion(path)
    message = caught.value.message
    assert str(path) in message and problem in message
    assert "\n" not in message


def test_directory_is_refused(tmp_path):
    with pytest.raises(UnreadableMotion, match="is a directory"):
        read_motion(tmp_path)


def test_zip_that_is_not_docx_is_refused(tmp_path):
    import zipfile
    path = tmp_path / "motion.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(UnreadableMotion, match="zip archive"):
        read_motion(path)


def test_read_from_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(QUOTE.encode("cp1252"))))
    motion = read_motion("-")
    assert (motion.path, motion.text) == ("-", QUOTE)


def test_pdf_on_standard_input_is_read_as_a_pdf(monkeypatch, tmp_path):
    pdf = make_pdf(tmp_path / "motion.pdf", [["This Council Notes:", QUOTE]], footer=None)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(pdf.read_bytes())))
    motion = read_motion("-")
    assert (motion.path, motion.text) == ("-", f"This Council Notes:\n{QUOTE}")


def test_empty_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(UnreadableMotion, match="standard input: is empty"):
        read_motion("-")


@pytest.mark.parametrize("text, expected", [
    pytest.param("\ufeffline one\r\nline two", "line one\nline two", id="bom-and-crlf"),
    pytest.param("“quote”\n", "“quote”\n", id="unchanged"),
])
def test_motion_from_text(text, expected):
    assert motion_from_text(text, "pasted").text == expected


def test_agenda_pack_page_furniture_stays_out_of_a_quotation(tmp_path):
    """A quotation that runs over a page break of an agenda pack reads on without the footer."""
    from pdfs import make_pdf
    from verifier.reading.quotations import find_quotations

    pages = [["Council, 22 January 2025", "Item 8: Opposition motion", "This Council notes:",
              "- The report says: “The lack of trust between councillors, officers and partners"],
             ["Council, 22 January 2025", "is deeply concerning.” (Section 3.2)", "Moved."],
             ["Council, 22 January 2025", "Seconded."]]
    pdf = make_pdf(tmp_path / "agenda.pdf", pages, footer="Agenda pack page {n} of {m}")
    motion = read_motion(pdf)
    quotes = find_quotations(motion.text)
    assert [" ".join(q.text.split()) for q in quotes] == [
        "The lack of trust between councillors, officers and partners is deeply concerning."]
    assert "Agenda pack" not in motion.text and "22 January" not in motion.text

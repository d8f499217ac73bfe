#!/usr/bin/env python3
"""Render the Marlcombe report and letter with AbiWord, as an office worker would lay them out
in a word processor, and write report.json / letter.json from the same words.

    python3 build.py

Writes report.abw -> report.pdf and letter.abw -> letter.pdf (abiword --to=pdf), then reads
the PDFs back with pdftotext to fill the contents list (second pass) and each place's page.
"""
import json
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))          # check_labels, for its word matching
import content as C                                    # noqa: E402
import letter_content as L                             # noqa: E402
from check_labels import words, joined_variants, find_in_order   # noqa: E402

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" "http://www.abisource.com/awml.dtd">
<abiword template="false" xmlns:ct="http://www.abisource.com/changetracking.dtd" xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:math="http://www.w3.org/1998/Math/MathML" xid-max="1" xmlns:dc="http://purl.org/dc/elements/1.1/" fileformat="1.1" xmlns:svg="http://www.w3.org/2000/svg" xmlns:awml="http://www.abisource.com/awml.dtd" xmlns="http://www.abisource.com/awml.dtd" xmlns:xlink="http://www.w3.org/1999/xlink" version="3.0.5" xml:space="preserve" props="dom-dir:ltr; document-footnote-restart-section:0; document-endnote-type:numeric; document-endnote-place-enddoc:1; document-endnote-initial:1; lang:en-GB; document-endnote-restart-section:0; document-footnote-restart-page:0; document-footnote-type:numeric; document-footnote-initial:1; document-endnote-place-endsection:0">
<metadata>
<m key="abiword.generator">AbiWord</m>
<m key="dc.format">application/x-abiword</m>
<m key="dc.title">{title}</m>
</metadata>
<styles>
<s type="P" name="Normal" basedon="" followedby="Current Settings" props="font-family:Liberation Sans; font-size:12pt; margin-top:0pt; margin-bottom:9pt; line-height:1.3; text-align:left; color:000000; widows:2; orphans:2; lang:en-GB"/>
<s type="P" name="Heading 1" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:6pt; margin-bottom:14pt; font-weight:bold; font-size:15pt"/>
<s type="P" name="Heading 2" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:10pt; margin-bottom:6pt; font-weight:bold; font-size:12pt"/>
</styles>
<pagesize pagetype="A4" orientation="portrait" width="210.000000" height="297.000000" units="mm" page-scale="1.000000"/>
"""

FN = re.compile(r"\[\[fn:(.*?)\]\]")


def x(text):
    return escape(text)


def plain(text):
    """A place's words as a reader sees them: no footnote calls."""
    return FN.sub("", text)


class Notes:
    def __init__(self):
        self.n = 0
        self.list = []

    def render(self, text):
        """Paragraph text with AbiWord footnotes in place of [[fn:...]]."""
        out, pos = [], 0
        for m in FN.finditer(text):
            out.append(x(text[pos:m.start()]))
            self.n += 1
            self.list.append((self.n, m.group(1)))
            out.append(f'<field type="footnote_ref" footnote-id="{self.n}" '
                       f'props="text-position:superscript"/>'
                       f'<foot footnote-id="{self.n}"><p style="Normal" props="font-size:9pt; margin-bottom:2pt">'
                       f'<field type="footnote_anchor" footnote-id="{self.n}" '
                       f'props="text-position:superscript"/> {x(m.group(1))}</p></foot>')
            pos = m.end()
        out.append(x(text[pos:]))
        return "".join(out)


NUM_P = 'style="Normal" props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0; text-align:justify"'


def table_xml(t):
    cols = len(t["head"])
    widths = "/".join(["6.6cm"] + ["2.6cm"] * (cols - 1)) + "/" if cols == 5 else "/".join(["9.5cm", "3cm", "3cm"]) + "/"
    cells = []
    rows = [t["head"]] + t["rows"]
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            bg = "; background-color:d9d9d9" if r == 0 else ""
            weight = ' props="font-weight:bold; font-size:10pt"' if r == 0 or row[0].startswith("Total") else ' props="font-size:10pt"'
            cells.append(f'<cell props="left-attach:{c}; right-attach:{c+1}; top-attach:{r}; bot-attach:{r+1}{bg}">'
                         f'<p style="Normal"><c{weight}>{x(val)}</c></p></cell>')
    return (f'<p style="Normal" props="keep-with-next:1"><c props="font-weight:bold">{x(t["caption"])}</c></p>\n'
            f'<table props="table-column-props:{widths}">' + "".join(cells) + '</table>\n<p style="Normal"></p>\n')


def table_text(t):
    return " ".join(v for row in [t["head"]] + t["rows"] for v in row if v)


def report_xml(contents_pages):
    notes = Notes()
    body = []
    places = []
    # cover
    body.append('<p style="Normal" props="margin-top:150pt; text-align:center"><c props="font-size:13pt">'
                'Ministry of Housing, Communities and Local Government</c></p>')
    body.append(f'<p style="Normal" props="margin-top:40pt; text-align:center"><c props="font-size:24pt; font-weight:bold">{x(C.TITLE)}</c></p>')
    body.append('<p style="Normal" props="margin-top:24pt; text-align:center"><c props="font-size:14pt">Report of the Inspection Team</c></p>')
    body.append(f'<p style="Normal" props="margin-top:12pt; text-align:center"><c props="font-size:14pt">{C.DATE}</c></p>')
    body.append('<p style="Normal" props="margin-top:160pt; text-align:center"><c props="font-size:10pt">'
                'Presented to the Secretary of State for Housing, Communities and Local Government '
                'under section 10 of the Local Government Act 1999</c></p>')
    # contents, typed by hand
    body.append('<p style="Heading 1"><pbr/>Contents</p>')
    entries = [ch[0] for ch in C.CHAPTERS] + ["Recommendations", C.APPENDIX_TITLE]
    for e in entries:
        pg = contents_pages.get(e, "00")
        body.append(f'<p style="Normal" props="tabstops:15.5cm/R1; margin-bottom:6pt">{x(e)}\t{pg}</p>')
    body.append('<p style="Normal" props="margin-top:18pt"><c props="font-style:italic">'
                'Paragraphs are numbered consecutively throughout the report. Recommendations are '
                'numbered R1 to R10.</c></p>')
    n = 0
    for title, items in C.CHAPTERS:
        body.append(f'<p style="Heading 1"><pbr/>{x(title)}</p>')
        heading = None
        for kind, val in items:
            if kind == "h":
                heading = val
                body.append(f'<p style="Heading 2">{x(val)}</p>')
            elif kind == "p":
                n += 1
                body.append(f'<p {NUM_P}>{n}.\t{notes.render(val)}</p>')
                places.append({"label": str(n), "kind": "paragraph", "chapter": title,
                               "heading": heading, "page": None, "text": plain(val)})
            elif kind == "t":
                t = C.TABLES[val]
                body.append(table_xml(t))
                places.append({"label": t["label"], "kind": "table", "chapter": title,
                               "heading": heading, "page": None, "text": table_text(t)})
    body.append('<p style="Heading 1"><pbr/>Recommendations</p>')
    body.append('<p style="Normal">We make the following recommendations to the council. '
                'They should be read together with our conclusions above.</p>')
    for label, text in C.RECOMMENDATIONS:
        body.append(f'<p {NUM_P}><c props="font-weight:bold">{label}</c>\t{x(text)}</p>')
        places.append({"label": label, "kind": "recommendation", "chapter": "Recommendations",
                       "heading": None, "page": None, "text": text})
    body.append(f'<p style="Heading 1"><pbr/>{x(C.APPENDIX_TITLE)}</p>')
    for label, text in C.APPENDIX:
        if text is None:
            t = C.TABLES[label]
            body.append(table_xml(t))
            places.append({"label": t["label"], "kind": "table", "chapter": C.APPENDIX_TITLE,
                           "heading": None, "page": None, "text": table_text(t)})
            continue
        body.append(f'<p {NUM_P}>{label}\t{x(text)}</p>')
        places.append({"label": label, "kind": "annex", "chapter": C.APPENDIX_TITLE,
                       "heading": None, "page": None, "text": text})
    xml = (HEAD.format(title=x(C.TITLE))
           + '<section header="1" footer="2" header-first="3" footer-first="4" '
             'props="page-margin-top:0.9in; page-margin-bottom:0.9in; page-margin-left:1in; page-margin-right:1in; page-margin-header:0.4in; page-margin-footer:0.4in">\n'
           + "\n".join(body) + "\n</section>\n"
           + f'<section id="1" type="header"><p style="Normal" props="text-align:right"><c props="font-size:9pt; font-style:italic">{x(C.SHORT)}</c></p></section>\n'
           + '<section id="2" type="footer"><p style="Normal" props="text-align:center"><c props="font-size:9pt">Page <field type="page_number"/></c></p></section>\n'
           + '<section id="3" type="header-first"><p style="Normal"></p></section>\n'
           + '<section id="4" type="footer-first"><p style="Normal"></p></section>\n'
           + "</abiword>\n")
    return xml, places, notes.list


def render(abw: Path):
    abw_pdf = abw.with_suffix(".pdf")
    if abw_pdf.exists():
        abw_pdf.unlink()
    subprocess.run(["abiword", "--to=pdf", abw.name], cwd=abw.parent, check=True)
    if not abw_pdf.exists():
        sys.exit(f"abiword did not write {abw_pdf}")


def pages_of(pdf: Path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return out.split("\f")[:-1]


def fill_pages(pdf: Path, places):
    pages = pages_of(pdf)
    page_tokens = [words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)
    cursor = 0
    for place in places:
        needle = joined_variants(words(place["text"]), tokens)
        if place["kind"] == "table":
            needle = needle[:6]
        at = find_in_order(tokens, needle, cursor)
        if at is None:
            at = find_in_order(tokens, needle, 0)
        if at is None:
            print("NOT FOUND:", place["label"])
            continue
        cursor = at
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    return pages


def heading_pages(pages, entries):
    found = {}
    for e in entries:
        for i, p in enumerate(pages[2:], 3):
            if any(line.strip() == e for line in p.splitlines()):
                found[e] = i
                break
    return found


def footnote_pages(pages, notes):
    out = []
    for num, text in notes:
        head = " ".join(text.split()[:6])
        page = next((i for i, p in enumerate(pages, 1) if head in " ".join(p.split())), None)
        out.append({"number": num, "page": page, "text": text})
    return out


def build_report():
    abw = HERE / "report.abw"
    entries = [ch[0] for ch in C.CHAPTERS] + ["Recommendations", C.APPENDIX_TITLE]
    xml, places, notes = report_xml({})
    abw.write_text(xml, encoding="utf-8")
    render(abw)
    pages = pages_of(HERE / "report.pdf")
    contents = heading_pages(pages, entries)
    xml, places, notes = report_xml(contents)
    abw.write_text(xml, encoding="utf-8")
    render(abw)
    pages = fill_pages(HERE / "report.pdf", places)
    data = {"title": C.TITLE, "kind": "report", "file": "report.pdf",
            "producer": "AbiWord 3.0.5 (abiword --to=pdf from .abw)",
            "numbering": "sequential", "page_offset": 0,
            "furniture": [C.SHORT, "Page N"],
            "places": places, "footnotes": footnote_pages(pages, notes)}
    (HERE / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"report.pdf: {len(pages)} pages, {len(places)} places, contents {contents}")


def build_letter():
    body = []
    body.append('<p style="Normal" props="text-align:right"><c props="font-weight:bold; font-size:12pt">'
                'Ministry of Housing, Communities &amp; Local Government</c></p>')
    for line in L.FROM:
        body.append(f'<p style="Normal" props="text-align:right; margin-bottom:0pt"><c props="font-size:10pt">{x(line)}</c></p>')
    body.append('<p style="Normal" props="margin-top:14pt"></p>')
    for line in L.TO:
        body.append(f'<p style="Normal" props="margin-bottom:0pt">{x(line)}</p>')
    body.append(f'<p style="Normal" props="margin-top:14pt; text-align:right">{L.DATE}</p>')
    body.append(f'<p style="Normal" props="margin-top:8pt">{x(L.SALUTATION)}</p>')
    body.append(f'<p style="Normal"><c props="font-weight:bold">{x(L.SUBJECT)}</c></p>')
    places = []
    for i, text in enumerate(L.PARAS, 1):
        body.append(f'<p style="Normal" props="text-align:justify">{x(text)}</p>')
        places.append({"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                       "page": None, "text": text})
    for line in L.SIGNOFF:
        style = ' props="font-style:italic; font-size:16pt"' if line == "Caroline Ashby" else ""
        body.append(f'<p style="Normal" props="margin-bottom:2pt"><c{style}>{x(line)}</c></p>')
    xml = (HEAD.format(title=x(L.TITLE)).replace("font-size:11.5pt", "font-size:10.5pt")
           + '<section footer="2" props="page-margin-top:0.7in; page-margin-bottom:0.8in; page-margin-left:1in; page-margin-right:1in">\n'
           + "\n".join(body) + "\n</section>\n"
           + '<section id="2" type="footer"><p style="Normal" props="text-align:center"><c props="font-size:8pt">'
             'www.gov.uk/mhclg</c></p></section>\n</abiword>\n')
    abw = HERE / "letter.abw"
    abw.write_text(xml, encoding="utf-8")
    render(abw)
    pages = fill_pages(HERE / "letter.pdf", places)
    data = {"title": L.TITLE, "kind": "letter", "file": "letter.pdf",
            "producer": "AbiWord 3.0.5 (abiword --to=pdf from .abw)",
            "numbering": "unnumbered", "page_offset": 0,
            "furniture": ["www.gov.uk/mhclg"], "date": L.DATE,
            "places": places, "footnotes": []}
    (HERE / "letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"letter.pdf: {len(pages)} pages, {len(places)} places")


if __name__ == "__main__":
    build_report()
    build_letter()

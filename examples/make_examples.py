"""Render the fictional Eastmarsh report and letter from report_source.py, and write the truth.

    .venv/bin/python examples/make_examples.py            # everything
    .venv/bin/python examples/make_examples.py --no-pdf   # only report.json and letter.json

Writes, next to this file:
  report.fodt / report.pdf          Flat ODF text rendered by LibreOffice (soffice --headless):
                                    justified, hyphenated (en-GB), real footnotes at the page
                                    foot, running header, footer "Page N of M", a table, lists.
  report.html / report-chromium.pdf the same report as HTML printed by headless Chromium: no
                                    hyphenation, footnotes collected as "Notes" at each
                                    chapter's end, the running header on every page.
  letter.fodt / letter.pdf          the Secretary of State's letter (LibreOffice, letter layout).
  report.json / letter.json         the ground truth: every printed paragraph in reading order,
                                    footnote markers removed, bullets and table rows joined as
                                    they read, whitespace collapsed; plus the footnotes, and the
                                    pages of report.pdf on which each paragraph starts and ends.

Needs soffice (libreoffice-writer-nogui), hyphen-en-gb, chromium and pdftotext (poppler-utils).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import report_source as src  # noqa: E402

MARKER = re.compile(r"\[\^(\d+)\]")


# ----------------------------------------------------------------------------- checks

def check_source() -> None:
    """Fail loudly if the source breaks the promises the tests rely on."""
    for ch in src.CHAPTERS:
        numbers = [p.number for p in ch.paragraphs]
        expected = [f"{ch.number}.{i}" for i in range(1, len(numbers) + 1)]
        assert numbers == expected, f"chapter {ch.number} is not numbered consecutively"
    by_number = {p.number: p for ch in src.CHAPTERS for p in ch.paragraphs}
    assert len(src.CHAPTER_4.paragraphs) >= 50 and len(src.CHAPTER_5.paragraphs) >= 120
    assert by_number["4.5"].text != by_number["4.50"].text
    assert "speaking truth to power" in by_number["4.50"].text
    assert "friends and family culture" in by_number["4.4"].text
    assert "extremely worrying" in by_number["3.4"].text
    assert "weak and confused" in by_number["10.17"].text
    assert "has in our view been inadequate" in by_number["5.120"].text
    seen = [m for ch in all_chapters() for p in ch.paragraphs
            for m in MARKER.findall(p.text + " ".join(p.bullets) + p.tail)]
    assert seen == [str(i) for i in range(1, len(src.FOOTNOTES) + 1)], seen
    assert set(seen) == set(src.FOOTNOTES)


def all_chapters():
    return (src.FOREWORD, src.SUMMARY) + src.CHAPTERS


# ----------------------------------------------------------------------------- ground truth

def plain(text: str) -> str:
    """Text as it reads: footnote markers removed, whitespace collapsed."""
    return re.sub(r"\s+", " ", MARKER.sub("", text)).strip()


def paragraph_reading(p: src.P) -> str:
    """The paragraph's own words: a table under it is a place of its own (issue 20)."""
    parts = [p.text, *p.bullets, p.tail]
    return plain(" ".join(x for x in parts if x))


def table_reading(table: src.Table) -> str:
    """A table's cells, row by row."""
    return plain(" ".join(" ".join(row) for row in (table.header, *table.rows)))


def report_truth() -> dict:
    items = [{"section": None, "heading": None, "chapter": None, "kind": "cover", "text": line}
             for line in src.COVER_LINES]
    for ch in all_chapters():
        heading_text = ch.heading if ch.number is None else f"{ch.number} {ch.heading}"
        items.append({"section": None if ch.number is None else str(ch.number),
                      "heading": ch.heading, "chapter": ch.number, "kind": "heading",
                      "text": heading_text})
        for p in ch.paragraphs:
            if p.sub:
                items.append({"section": None, "heading": ch.heading, "chapter": ch.number,
                              "kind": "subheading", "text": p.sub})
            footnotes = MARKER.findall(p.text + " ".join(p.bullets) + p.tail)
            items.append({"section": p.number, "heading": ch.heading, "chapter": ch.number,
                          "kind": "numbered" if p.number else "text",
                          "text": paragraph_reading(p), "footnotes": footnotes})
            if p.table is not None:
                items.append({"section": None, "heading": ch.heading, "chapter": ch.number,
                              "kind": "caption", "text": plain(p.table.caption)})
                items.append({"section": p.table.caption.split(":")[0], "heading": ch.heading,
                              "chapter": ch.number, "kind": "table",
                              "text": table_reading(p.table), "footnotes": []})
    notes = []
    where = {m: p.number for ch in all_chapters() for p in ch.paragraphs
             for m in MARKER.findall(p.text + " ".join(p.bullets) + p.tail)}
    for label, text in src.FOOTNOTES.items():
        notes.append({"label": label, "text": plain(text), "section": where[label]})
    return {"title": src.TITLE, "pdf": "report.pdf", "paragraphs": items, "footnotes": notes}


def letter_truth() -> dict:
    L = src.LETTER
    items = [{"section": None, "heading": None, "kind": "address", "text": plain(" ".join(L["sender"]))},
             {"section": None, "heading": None, "kind": "address", "text": plain(" ".join(L["recipient"]))},
             {"section": None, "heading": None, "kind": "date", "text": L["date"]},
             {"section": None, "heading": None, "kind": "salutation", "text": L["salutation"]},
             {"section": None, "heading": None, "kind": "subject", "text": L["subject"]}]
    items += [{"section": None, "heading": None, "kind": "text", "text": plain(t)}
              for t in L["paragraphs"]]
    items += [{"section": None, "heading": None, "kind": "closing", "text": L["closing"]},
              {"section": None, "heading": None, "kind": "signature", "text": plain(" ".join(L["signature"]))}]
    return {"title": src.LETTER_TITLE, "pdf": "letter.pdf", "paragraphs": items, "footnotes": []}


# ----------------------------------------------------------------------------- Flat ODF

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><dc:language>en-GB</dc:language></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
"""

REPORT_STYLES = """<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"
   fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="118%"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="Numbered" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="1.4cm" fo:text-indent="-1.4cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Tail" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="1.4cm"/>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Body" style:list-style-name="LBullet">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
 </style:style>
 <style:style style:name="Heading1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:break-before="page" fo:margin-top="0.2cm" fo:margin-bottom="0.5cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="#1f3864" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Heading2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#1f3864" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="1.4cm" fo:margin-top="0.1cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="10pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="TableHead" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#ffffff" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="TableText" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="10pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="TableFigure" style:family="paragraph" style:parent-style-name="TableText">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.05cm" fo:line-height="100%"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="8.5pt" fo:color="#555555" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="8.5pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="#1f3864" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="CoverLine" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.35cm"/>
  <style:text-properties fo:font-size="13pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol"
  text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0"
  text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2.1cm" fo:text-indent="-0.6cm" fo:margin-left="2.1cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="CoverTitle" style:master-page-name="Cover">
  <style:paragraph-properties fo:margin-top="6cm"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="14.6cm" fo:margin-left="1.4cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm"/>
 </style:style>
 <style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="8.6cm"/></style:style>
 <style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="2cm"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #7f7f7f"/>
 </style:style>
 <style:style style:name="TblHeadCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#1f3864"/>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
   fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm" style:footnote-max-height="0cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.15cm" style:distance-after-sep="0.15cm"
    style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
  </style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Cover" style:page-layout-name="pm1" style:next-style-name="Standard">
  <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def odf_inline(text: str) -> str:
    """Escape text and turn [^8] markers into real ODF footnotes."""
    out, pos = [], 0
    for m in MARKER.finditer(text):
        out.append(escape(text[pos:m.start()]))
        label = m.group(1)
        body = escape(src.FOOTNOTES[label])
        out.append(f'<text:note text:id="ftn{label}" text:note-class="footnote">'
                   f'<text:note-citation>{label}</text:note-citation><text:note-body>'
                   f'<text:p text:style-name="Footnote">{body}</text:p></text:note-body></text:note>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def odf_table(t: src.Table, n: int) -> str:
    rows = []
    cols = len(t.header)
    rows.append('<table:table-header-rows><table:table-row>' + "".join(
        f'<table:table-cell table:style-name="TblHeadCell" office:value-type="string">'
        f'<text:p text:style-name="TableHead">{escape(c)}</text:p></table:table-cell>' for c in t.header)
        + '</table:table-row></table:table-header-rows>')
    for row in t.rows:
        cells = []
        for i, c in enumerate(row):
            style = "TableText" if i == 0 else "TableFigure"
            cells.append(f'<table:table-cell table:style-name="TblCell" office:value-type="string">'
                         f'<text:p text:style-name="{style}">{escape(c)}</text:p></table:table-cell>')
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    return (f'<text:p text:style-name="Caption">{escape(t.caption)}</text:p>'
            f'<table:table table:name="Table{n}" table:style-name="Tbl">'
            f'<table:table-column table:style-name="TblA"/>'
            f'<table:table-column table:style-name="TblB" table:number-columns-repeated="{cols - 1}"/>'
            + "".join(rows) + "</table:table>")


def report_fodt() -> str:
    body = []
    body.append(f'<text:p text:style-name="CoverFirst">{escape(src.COVER_LINES[0])}</text:p>')
    body.append(f'<text:p text:style-name="CoverTitle">{escape(src.COVER_LINES[1])}</text:p>')
    body += [f'<text:p text:style-name="CoverLine">{escape(x)}</text:p>' for x in src.COVER_LINES[2:]]
    tables = 0
    for ch in all_chapters():
        title = ch.heading if ch.number is None else f"{ch.number} {ch.heading}"
        body.append(f'<text:h text:style-name="Heading1" text:outline-level="1">{escape(title)}</text:h>')
        for p in ch.paragraphs:
            if p.sub:
                body.append(f'<text:h text:style-name="Heading2" text:outline-level="2">{escape(p.sub)}</text:h>')
            if p.number:
                body.append(f'<text:p text:style-name="Numbered">{p.number}<text:tab/>{odf_inline(p.text)}</text:p>')
            else:
                body.append(f'<text:p text:style-name="Body">{odf_inline(p.text)}</text:p>')
            if p.bullets:
                body.append('<text:list text:style-name="LBullet">' + "".join(
                    f'<text:list-item><text:p text:style-name="Bullet">{odf_inline(b)}</text:p></text:list-item>'
                    for b in p.bullets) + '</text:list>')
            if p.table is not None:
                tables += 1
                body.append(odf_table(p.table, tables))
            if p.tail:
                body.append(f'<text:p text:style-name="Tail">{odf_inline(p.tail)}</text:p>')
    return (FODT_HEAD.format(title=escape(src.TITLE))
            + REPORT_STYLES.replace("{header}", escape(src.RUNNING_HEADER))
            + "<office:body><office:text>\n" + "\n".join(body) + "\n</office:text></office:body></office:document>\n")


LETTER_STYLES = """<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="120%"/>
 </style:style>
 <style:style style:name="Sender" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Crest" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.8cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Date" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-top="0.6cm" fo:margin-bottom="0.6cm"/>
 </style:style>
 <style:style style:name="Salutation" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.35cm"/>
 </style:style>
 <style:style style:name="Subject" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.35cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="LetterBody" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.35cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="1.4cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm"
   fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def letter_fodt() -> str:
    L = src.LETTER
    body = ['<text:p text:style-name="Crest">Ministry of Housing, Communities and Local Government</text:p>']
    body += [f'<text:p text:style-name="Sender">{escape(x)}</text:p>' for x in L["sender"]]
    body.append('<text:p text:style-name="Standard"/>')
    body += [f'<text:p text:style-name="Standard">{escape(x)}</text:p>' for x in L["recipient"]]
    body.append(f'<text:p text:style-name="Date">{escape(L["date"])}</text:p>')
    body.append(f'<text:p text:style-name="Salutation">{escape(L["salutation"])}</text:p>')
    body.append(f'<text:p text:style-name="Subject">{escape(L["subject"])}</text:p>')
    body += [f'<text:p text:style-name="LetterBody">{escape(x)}</text:p>' for x in L["paragraphs"]]
    body.append(f'<text:p text:style-name="LetterBody">{escape(L["closing"])}</text:p>')
    body += [f'<text:p text:style-name="Signature">{escape(x)}</text:p>' for x in L["signature"]]
    return (FODT_HEAD.format(title=escape(src.LETTER_TITLE)) + LETTER_STYLES
            + "<office:body><office:text>\n" + "\n".join(body) + "\n</office:text></office:body></office:document>\n")


# ----------------------------------------------------------------------------- HTML

CSS = """
@page { size: A4; margin: 24mm 22mm 20mm 22mm;
        @top-right { content: "RUNNINGHEAD"; font-family: 'Liberation Sans', sans-serif;
                     font-size: 8pt; color: #555; vertical-align: bottom; padding-bottom: 4mm; }
        @bottom-center { content: counter(page); font-family: 'Liberation Sans', sans-serif;
                         font-size: 8pt; } }
body { font-family: 'Liberation Serif', serif; font-size: 11.5pt; line-height: 1.35; hyphens: manual; }
.cover { page-break-after: always; padding-top: 60mm; }
.cover h1 { font-size: 28pt; margin: 0 0 6mm 0; color: #1f3864; }
.cover p { font-size: 13pt; margin: 0 0 4mm 0; }
h2 { page-break-before: always; font-family: 'Liberation Sans', sans-serif; color: #1f3864; font-size: 17pt; }
h3 { font-family: 'Liberation Sans', sans-serif; color: #1f3864; font-size: 12pt; margin: 5mm 0 2mm 0; }
p { text-align: justify; margin: 0 0 3mm 0; }
p.num { padding-left: 14mm; text-indent: -14mm; }
p.num span.n { display: inline-block; width: 14mm; text-indent: 0; }
p.tail, ul, table, p.caption { margin-left: 14mm; }
ul { padding-left: 6mm; margin-top: 0; margin-bottom: 3mm; }
li { text-align: justify; margin-bottom: 1mm; }
sup { font-size: 7pt; line-height: 0; }
p.caption { font-weight: bold; font-size: 10pt; font-family: 'Liberation Sans', sans-serif; }
table { border-collapse: collapse; font-size: 10pt; margin-bottom: 4mm; }
th { background: #1f3864; color: white; text-align: left; }
td, th { border: 0.5pt solid #7f7f7f; padding: 1.2mm 2mm; }
td.fig { text-align: center; }
.notes h4 { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; margin: 6mm 0 1mm 0; border-top: 0.5pt solid #000; padding-top: 2mm; }
.notes ol { font-size: 9pt; padding-left: 8mm; margin: 0; }
.notes li { text-align: left; }
"""


def html_inline(text: str) -> str:
    out, pos = [], 0
    for m in MARKER.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        out.append(f"<sup>{m.group(1)}</sup>")
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def report_html() -> str:
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    parts = [f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(src.TITLE)}</title>'
             f"<style>{CSS.replace('RUNNINGHEAD', src.RUNNING_HEADER)}</style></head><body>",
             '<div class="cover">', f"<p>{e(src.COVER_LINES[0])}</p>", f"<h1>{e(src.COVER_LINES[1])}</h1>"]
    parts += [f"<p>{e(x)}</p>" for x in src.COVER_LINES[2:]]
    parts.append("</div>")
    for ch in all_chapters():
        title = ch.heading if ch.number is None else f"{ch.number} {ch.heading}"
        parts.append(f"<h2>{e(title)}</h2>")
        labels = []
        for p in ch.paragraphs:
            labels += MARKER.findall(p.text + " ".join(p.bullets) + p.tail)
            if p.sub:
                parts.append(f"<h3>{e(p.sub)}</h3>")
            if p.number:
                parts.append(f'<p class="num"><span class="n">{p.number}</span>{html_inline(p.text)}</p>')
            else:
                parts.append(f"<p>{html_inline(p.text)}</p>")
            if p.bullets:
                parts.append("<ul>" + "".join(f"<li>{html_inline(b)}</li>" for b in p.bullets) + "</ul>")
            if p.table is not None:
                t = p.table
                parts.append(f'<p class="caption">{e(t.caption)}</p><table><tr>'
                             + "".join(f"<th>{e(c)}</th>" for c in t.header) + "</tr>"
                             + "".join("<tr>" + "".join(
                                 f'<td{"" if i == 0 else " class=fig"}>{e(c)}</td>' for i, c in enumerate(r))
                                 + "</tr>" for r in t.rows) + "</table>")
            if p.tail:
                parts.append(f'<p class="tail">{html_inline(p.tail)}</p>')
        if labels:
            parts.append('<div class="notes"><h4>Notes</h4><ol>' + "".join(
                f'<li value="{n}">{e(src.FOOTNOTES[n])}</li>' for n in labels) + "</ol></div>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


# ----------------------------------------------------------------------------- GOV.UK HTML

GOVUK_PATH = "/government/publications/best-value-inspection-of-the-london-borough-of-eastmarsh"


def govuk_inline(text: str) -> str:
    """Text with its markers as govspeak writes footnote references."""
    out, pos = [], 0
    for m in MARKER.finditer(text):
        n = m.group(1)
        out.append(html.escape(text[pos:m.start()], quote=False))
        out.append(f'<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote" rel="footnote" '
                   f'role="doc-noteref">[footnote {n}]</a></sup>')
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def report_govuk_html() -> str:
    """The report as GOV.UK publishes an HTML publication: page chrome, an "Independent report"
    header with its publication date, a contents list, then govspeak: chapter headings "1.
    Introduction" in <h2>, subheadings in <h3>, paragraphs that begin with their number,
    footnote references "[footnote N]" and a div.footnotes list at the end."""
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    titles = [(ch.heading if ch.number is None else f"{ch.number}. {ch.heading}") for ch in all_chapters()]
    parts = [
        '<!DOCTYPE html>', '<html lang="en" class="govuk-template">',
        f'<head><meta charset="utf-8"><title>{e(src.TITLE)} - GOV.UK</title></head>',
        '<body class="govuk-template__body">',
        '<a href="#main-content" class="govuk-skip-link">Skip to main content</a>',
        '<div class="gem-c-cookie-banner"><p>Cookies on GOV.UK</p><p>We use some essential cookies '
        'to make this website work.</p><button>Accept additional cookies</button></div>',
        '<header class="govuk-header" role="banner"><a href="/" class="govuk-header__link">GOV.UK</a>'
        '</header>',
        '<div class="govuk-width-container">',
        '<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
        '<li><a href="/housing-local-and-community">Housing, local and community</a></li></ol></nav>',
        '<main class="govuk-main-wrapper" id="main-content" role="main" lang="en">',
        '<header class="gem-c-inverse-header"><div class="gem-c-title">'
        '<span class="govuk-caption-xl gem-c-title__context">Independent report</span>'
        f'<h1 class="gem-c-title__text govuk-heading-xl">{e(src.TITLE)}</h1></div>'
        '<p class="publication-header__last-changed">Published 12 November 2024</p></header>',
        '<div class="govuk-grid-row"><div class="govuk-grid-column-one-quarter-from-desktop">',
        '<nav class="gem-c-contents-list" aria-label="Contents" role="navigation">'
        '<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">'
        + "".join(f'<li class="gem-c-contents-list__list-item"><a href="#{_slug(t)}">{e(t)}</a></li>'
                  for t in titles) + '</ol></nav>',
        '<a class="gem-c-print-link" href="#">Print this page</a></div>',
        '<div class="govuk-grid-column-three-quarters-from-desktop">',
        '<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">',
    ]
    parts += [f"<p>{e(x)}</p>" for x in src.COVER_LINES[2:] if not x.startswith("Published")]
    for ch, title in zip(all_chapters(), titles):
        parts.append(f'<h2 id="{_slug(title)}">{e(title)}</h2>')
        for p in ch.paragraphs:
            if p.sub:
                parts.append(f'<h3 id="{_slug(p.sub)}">{e(p.sub)}</h3>')
            lead = f"{p.number} " if p.number else ""
            parts.append(f"<p>{lead}{govuk_inline(p.text)}</p>")
            if p.bullets:
                parts.append("<ul>" + "".join(f"<li>{govuk_inline(b)}</li>" for b in p.bullets) + "</ul>")
            if p.table is not None:
                t = p.table
                parts.append(f"<p><strong>{e(t.caption)}</strong></p>")
                parts.append('<table><thead><tr>' + "".join(f'<th scope="col">{e(c)}</th>' for c in t.header)
                             + "</tr></thead><tbody>" + "".join(
                                 "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in t.rows)
                             + "</tbody></table>")
            if p.tail:
                parts.append(f"<p>{govuk_inline(p.tail)}</p>")
    parts.append('<div class="footnotes" role="doc-endnotes"><ol>' + "".join(
        f'<li id="fn:{n}" role="doc-endnote"><p>{e(text)} <a href="#fnref:{n}" class="reversefootnote" '
        f'role="doc-backlink" aria-label="go to where this is referenced">↩</a></p></li>'
        for n, text in src.FOOTNOTES.items()) + "</ol></div>")
    parts += ['</div></div>', '</div></div>', '</main></div>',
              '<footer class="govuk-footer"><p>All content is available under the Open Government '
              'Licence v3.0, except where otherwise stated</p><p>© Crown copyright</p></footer>',
              '</body></html>', '']
    return "\n".join(parts)


# ----------------------------------------------------------------------------- .docx

def report_docx(out: Path) -> Path:
    """The report as a council circulates it in Word (python-docx): Title and Heading styles,
    numbers typed before a tab, "List Bullet" bullets, a table, and Word's own footnotes."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    notes_xml = [f'<w:footnotes xmlns:w="{w_ns}">',
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:footnote>']

    def add_text(paragraph, text: str) -> None:
        pos = 0
        for m in MARKER.finditer(text):
            paragraph.add_run(text[pos:m.start()])
            run = paragraph.add_run()
            r_pr = run._r.get_or_add_rPr()
            align = OxmlElement("w:vertAlign")
            align.set(qn("w:val"), "superscript")
            r_pr.append(align)
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), m.group(1))
            run._r.append(ref)
            pos = m.end()
        paragraph.add_run(text[pos:])

    document.add_heading(src.TITLE, 0)
    for line in src.COVER_LINES[2:]:
        document.add_paragraph(line)
    for ch in all_chapters():
        document.add_heading(ch.heading if ch.number is None else f"{ch.number} {ch.heading}", 1)
        for p in ch.paragraphs:
            if p.sub:
                document.add_heading(p.sub, 2)
            paragraph = document.add_paragraph(f"{p.number}\t" if p.number else "")
            add_text(paragraph, p.text)
            for b in p.bullets:
                add_text(document.add_paragraph(style="List Bullet"), b)
            if p.table is not None:
                t = p.table
                document.add_paragraph(t.caption)
                table = document.add_table(rows=1 + len(t.rows), cols=len(t.header))
                for r, row in enumerate((t.header, *t.rows)):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
            if p.tail:
                add_text(document.add_paragraph(), p.tail)
    for n, text in src.FOOTNOTES.items():
        notes_xml.append(f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                         f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}'
                         '</w:t></w:r></w:p></w:footnote>')
    notes_xml.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "".join(notes_xml).encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    document.core_properties.title = src.TITLE
    document.core_properties.created = __import__("datetime").datetime(2024, 11, 12)
    document.save(str(out))
    return out


# ----------------------------------------------------------------------------- browser print

def browser_print_pdf(page: Path, out: Path) -> Path:
    """Print `page` as a reader does from the browser: Chromium's own header (date, title) and
    footer (address, "n/N") on every page. The page's @page margin boxes are taken out first:
    with them, Chromium prints those instead of its own."""
    markup = re.sub(r"@top-right \{[^}]*\}|@bottom-center \{[^}]*\}", "", page.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="browser-print-") as root:
        target = Path(root, "report.html")
        target.write_text(markup, encoding="utf-8")
        with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", f"--user-data-dir={profile}",
                            f"--print-to-pdf={out}", target.as_uri()],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return out


# ----------------------------------------------------------------------------- rendering

def soffice_pdf(fodt: Path, profile: Path) -> Path:
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(fodt.parent), str(fodt)],
                   check=True, stdout=subprocess.DEVNULL, timeout=300)
    return fodt.with_suffix(".pdf")


def chromium_pdf(page: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", page.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return out


# ----------------------------------------------------------------------------- pages

def _norm(text: str) -> str:
    """Letters only: line-end hyphens joined, footnote digits, punctuation and spaces dropped."""
    s = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    s = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", s)
    s = re.sub(r"[^a-z]+", " ", s.lower())
    return re.sub(r"\s+", " ", s)


def page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    return [_norm(p).replace(" ", "") for p in out.split("\f")[:-1]]


def locate_pages(truth: dict, pdf: Path) -> None:
    """Add first_page/last_page (1-based, report.pdf) for each paragraph found in the PDF.

    Matching is on the first six and the last few words, so a paragraph split by a page break,
    a hyphenated word or a footnote still gets both ends; None if an end is not found.
    """
    pages = page_texts(pdf)
    cursor = 0
    for item in truth["paragraphs"]:
        words = _norm(item["text"].replace("-", "")).split()
        if not words:
            continue
        head = "".join(words[:6])
        first = next((i for i in range(cursor, len(pages)) if head in pages[i]), None)
        last = None
        if first is not None:
            cursor = first
            # The last words may be the only ones carried over to the next page, so shorter
            # tails are tried when six words straddle the page break.
            # A single carried-over word is looked for only after the first page.
            for k in (6, 3, 2, 1):
                tail = "".join(words[-k:])
                last = next((i for i in range(first + (k == 1), min(first + 3, len(pages)))
                             if tail in pages[i]), None)
                if last is not None:
                    break
        item["first_page"] = None if first is None else first + 1
        item["last_page"] = None if last is None else last + 1


# ----------------------------------------------------------------------------- main

def write_other_renderings() -> None:
    """The renderings that need no LibreOffice: GOV.UK HTML, .docx, the browser's print."""
    (HERE / "report-govuk.html").write_text(report_govuk_html(), encoding="utf-8")
    report_docx(HERE / "report.docx")
    browser_print_pdf(HERE / "report.html", HERE / "report-browser-print.pdf")


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="only write report.json and letter.json")
    ap.add_argument("--other-renderings", action="store_true",
                    help="only write report-govuk.html, report.docx and report-browser-print.pdf")
    args = ap.parse_args(argv)
    check_source()
    if args.other_renderings:
        write_other_renderings()
        return 0
    report, letter = report_truth(), letter_truth()
    if not args.no_pdf:
        (HERE / "report.fodt").write_text(report_fodt(), encoding="utf-8")
        (HERE / "letter.fodt").write_text(letter_fodt(), encoding="utf-8")
        (HERE / "report.html").write_text(report_html(), encoding="utf-8")
        with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
            soffice_pdf(HERE / "report.fodt", Path(profile))
            soffice_pdf(HERE / "letter.fodt", Path(profile))
        chromium_pdf(HERE / "report.html", HERE / "report-chromium.pdf")
        write_other_renderings()
    if (HERE / "report.pdf").exists() and shutil.which("pdftotext"):
        locate_pages(report, HERE / "report.pdf")
    if (HERE / "letter.pdf").exists() and shutil.which("pdftotext"):
        locate_pages(letter, HERE / "letter.pdf")
    write_json(HERE / "report.json", report)
    write_json(HERE / "letter.json", letter)
    for name in ("report.pdf", "report-chromium.pdf", "letter.pdf"):
        path = HERE / name
        if path.exists():
            info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
            pages = re.search(r"Pages:\s+(\d+)", info)
            print(f"{name}: {pages.group(1) if pages else '?'} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())

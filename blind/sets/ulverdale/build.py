#!/opt/blindtools/bin/python
# -*- coding: utf-8 -*-
"""Render the Ulverdale report and the Secretary of State's letter.

House style: a flat ODT (.fodt) written directly, converted by LibreOffice Writer:
    libreoffice --headless --convert-to pdf report.fodt
Writer's outline numbering carries chapters (1), sections (2.3) and the numbered paragraphs
themselves (2.3.1, outline level 3 in a body-text style). Headers and footers use fields
(chapter name, page number, page count); footnotes are Writer footnotes; Table 2 sits on a
landscape page of its own.

After rendering, the page each place starts on is read back from `pdftotext` and written to
report.json / letter.json (a two-pass build: the contents page is filled in on the second pass).
"""

import json
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import report_content as RC  # noqa: E402

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

FONT = "Liberation Sans"
HEADER_TEXT = "Best Value Inspection: Ulverdale Metropolitan Borough Council"


def lvl(level, display):
    return (f'<text:outline-level-style text:level="{level}" style:num-format="1" '
            f'text:display-levels="{display}"><style:list-level-properties '
            f'text:list-level-position-and-space-mode="label-alignment">'
            f'<style:list-level-label-alignment text:label-followed-by="listtab" '
            f'text:list-tab-stop-position="1.6cm" fo:text-indent="-1.6cm" fo:margin-left="1.6cm"/>'
            f'</style:list-level-properties></text:outline-level-style>')


STYLES = f"""
<office:font-face-decls>
 <style:font-face style:name="{FONT}" svg:font-family="'{FONT}'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{FONT}" fo:font-size="11.5pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="130%"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.5cm" fo:break-before="page" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#1d4e89"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1d4e89"/>
 </style:style>
 <style:style style:name="Numbered_20_Paragraph" style:display-name="Numbered Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body" style:default-outline-level="3">
  <style:paragraph-properties fo:margin-bottom="0.3cm" fo:line-height="130%" fo:text-align="start"/>
  <style:text-properties fo:font-size="11.5pt" fo:font-weight="normal"/>
 </style:style>
 <style:style style:name="Rec" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-left="1.6cm" fo:text-indent="-1.6cm" fo:margin-bottom="0.3cm" fo:padding="0.15cm" fo:background-color="#eef3f9">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Annex" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-left="1.6cm" fo:text-indent="-1.6cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="10pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #1d4e89" fo:padding-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8.5pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="HeaderL" style:family="paragraph" style:parent-style-name="Header">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="24.7cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8.5pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="FooterL" style:family="paragraph" style:parent-style-name="Footer">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="24.7cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.18cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="First_20_Page">
  <style:paragraph-properties fo:margin-top="6cm" fo:margin-bottom="1cm"/>
  <style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="#1d4e89"/>
 </style:style>
 <style:style style:name="CoverSub" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="ContentsTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.6cm"/>
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#1d4e89"/>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic" fo:font-weight="bold"/>
 </style:style>
 <text:outline-style style:name="Outline">
  {lvl(1, 1)}{lvl(2, 2)}{lvl(3, 3)}
 </text:outline-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmPortrait">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
  </style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pmLandscape">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pmFirst">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
 </style:page-layout>
 <style:style style:name="PLand" style:family="paragraph" style:parent-style-name="Caption" style:master-page-name="Landscape"/>
 <style:style style:name="PBack" style:family="paragraph" style:parent-style-name="Heading_20_2" style:master-page-name="Standard"/>
 <style:style style:name="PBackBody" style:family="paragraph" style:parent-style-name="Text_20_body" style:master-page-name="Standard"/>
 <style:style style:name="NumParaBack" style:family="paragraph" style:parent-style-name="Numbered_20_Paragraph" style:master-page-name="Standard" style:default-outline-level="3"/>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="{{TBLW}}" table:align="left" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="TblHead" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#1d4e89" fo:padding="0.08cm" fo:border="0.5pt solid #1d4e89"/>
 </style:style>
 <style:style style:name="TblCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #8899aa"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
"""


def masters(header_text, with_chapter=True):
    chap = '<text:chapter text:display="name" text:outline-level="1"/>' if with_chapter else ''
    foot = (f'{chap}<text:tab/>Page <text:page-number text:select-page="current"/> of '
            f'<text:page-count/>')
    return f"""
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmPortrait">
  <style:header><text:p text:style-name="Header">{escape(header_text)}<text:tab/>OFFICIAL</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">{foot}</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="pmLandscape" style:next-style-name="Standard">
  <style:header><text:p text:style-name="HeaderL">{escape(header_text)}<text:tab/>OFFICIAL</text:p></style:header>
  <style:footer><text:p text:style-name="FooterL">{foot}</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pmFirst" style:next-style-name="Standard"/>
</office:master-styles>
"""


FN = re.compile(r"\[\[fn:(.*?)\]\]")


def inline(text, notes):
    """XML for a paragraph's text, footnotes turned into Writer notes."""
    out, pos = [], 0
    for m in FN.finditer(text):
        out.append(escape(text[pos:m.start()]))
        notes.append(m.group(1))
        n = len(notes)
        out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                   f'<text:note-citation>{n}</text:note-citation><text:note-body>'
                   f'<text:p text:style-name="Footnote">{escape(m.group(1))}</text:p>'
                   f'</text:note-body></text:note>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def plain_text(text):
    return FN.sub("", text)


def table_xml(rows, width_cm):
    ncol = len(rows[0])
    first = 0.30 if ncol > 4 else 0.55
    widths = [width_cm * first] + [width_cm * (1 - first) / (ncol - 1)] * (ncol - 1)
    cols = "".join(f'<table:table-column table:style-name="TblC{i}"/>' for i in range(ncol))
    colstyles = "".join(f'<style:style style:name="TblC{i}" style:family="table-column">'
                        f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>'
                        for i, w in enumerate(widths))
    body = []
    for r, row in enumerate(rows):
        cells = []
        for cell in row:
            st, ps = ("TblHead", "Table_20_Heading") if r == 0 else ("TblCell", "Table_20_Contents")
            cells.append(f'<table:table-cell table:style-name="{st}" office:value-type="string">'
                         f'<text:p text:style-name="{ps}">{escape(cell)}</text:p></table:table-cell>')
        tag = "table:table-header-rows" if r == 0 else None
        row_xml = f'<table:table-row>{"".join(cells)}</table:table-row>'
        body.append(f'<{tag}>{row_xml}</{tag}>' if tag else row_xml)
    return colstyles, f'<table:table table:name="T{ncol}{len(rows)}" table:style-name="Tbl">{cols}{"".join(body)}</table:table>'


def build_report(contents_pages=None):
    """The report's .fodt, and its places (page still None)."""
    notes, places, xml, extra_styles = [], [], [], []
    chap_n = sec_n = para_n = 0
    chapter = heading = None
    toc = []
    xml.append(f'<text:p text:style-name="CoverTitle">{escape(RC.TITLE)}</text:p>')
    xml.append('<text:p text:style-name="CoverSub">Report of the inspection team</text:p>')
    xml.append(f'<text:p text:style-name="CoverSub">{RC.DATE}</text:p>')
    xml.append('<text:p text:style-name="CoverSub">Presented to the Secretary of State for Housing, '
               'Communities and Local Government under section 13 of the Local Government Act 1999</text:p>')
    xml.append('<text:p text:style-name="ContentsTitle">Contents</text:p>')
    toc_at = len(xml)
    need_back = False
    for block in RC.BLOCKS:
        kind = block[0]
        if kind == "unchap":
            chapter, heading = block[1], None
            toc.append(block[1])
            xml.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1" '
                       f'text:is-list-header="true">{escape(block[1])}</text:h>')
        elif kind == "chap":
            chap_n += 1
            sec_n = para_n = 0
            chapter, heading = f"{chap_n} {block[1]}", None
            toc.append(chapter)
            xml.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(block[1])}</text:h>')
        elif kind == "sec":
            sec_n += 1
            para_n = 0
            heading = block[1]
            style = "PBack" if need_back else "Heading_20_2"
            need_back = False
            xml.append(f'<text:h text:style-name="{style}" text:outline-level="2">{escape(block[1])}</text:h>')
        elif kind == "para":
            para_n += 1
            label = f"{chap_n}.{sec_n}.{para_n}"
            places.append({"label": label, "kind": "paragraph", "chapter": chapter,
                           "heading": heading, "page": None, "text": plain_text(block[1])})
            style = "NumParaBack" if need_back else "Numbered_20_Paragraph"
            need_back = False
            xml.append(f'<text:h text:style-name="{style}" text:outline-level="3">'
                       f'{inline(block[1], notes)}</text:h>')
        elif kind == "plain":
            _, label, pkind, text = block
            places.append({"label": label, "kind": pkind, "chapter": chapter, "heading": heading,
                           "page": None, "text": plain_text(text)})
            xml.append(f'<text:p text:style-name="Text_20_body">{inline(text, notes)}</text:p>')
        elif kind in ("rec", "annex"):
            _, label, text = block
            places.append({"label": label, "kind": "recommendation" if kind == "rec" else "annex",
                           "chapter": chapter, "heading": heading, "page": None,
                           "text": plain_text(text)})
            style = "Rec" if kind == "rec" else "Annex"
            xml.append(f'<text:p text:style-name="{style}"><text:span text:style-name="Bold">'
                       f'{escape(label)}</text:span><text:tab/>{inline(text, notes)}</text:p>')
        elif kind == "table":
            _, label, caption, rows, landscape = block
            places.append({"label": label, "kind": "table", "chapter": chapter, "heading": heading,
                           "page": None, "text": " ".join(c for row in rows for c in row if c)})
            cs, tx = table_xml(rows, 24.7 if landscape else 16.0)
            extra_styles.append(cs)
            xml.append(f'<text:p text:style-name="{"PLand" if landscape else "Caption"}">{escape(caption)}</text:p>')
            xml.append(tx.replace('table:style-name="Tbl"', f'table:style-name="Tbl{"L" if landscape else "P"}"'))
            if landscape:
                need_back = True
                xml.append('<text:p text:style-name="Footnote">Source: council statement of accounts '
                           '2021/22 to 2023/24; valuations by the council\'s external valuer; '
                           'inspection team analysis.</text:p>')
    # contents
    toc_xml = []
    for t in toc:
        pg = (contents_pages or {}).get(t, "")
        toc_xml.append(f'<text:p text:style-name="Contents">{escape(t)}<text:tab/>{pg}</text:p>')
    xml[toc_at:toc_at] = toc_xml
    styles = STYLES.replace('<style:style style:name="Tbl" style:family="table">\n  <style:table-properties style:width="{TBLW}"',
                            '<style:style style:name="TblP" style:family="table">\n  <style:table-properties style:width="16cm"')
    styles = styles.replace('</office:automatic-styles>',
                            '<style:style style:name="TblL" style:family="table"><style:table-properties '
                            'style:width="24.7cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>'
                            + "".join(extra_styles) + '</office:automatic-styles>')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.text">{styles}'
           f'{masters(HEADER_TEXT)}<office:body><office:text>{"".join(xml)}'
           f'</office:text></office:body></office:document>')
    footnotes = [{"number": i + 1, "page": None, "text": t} for i, t in enumerate(notes)]
    return doc, places, footnotes, toc


# ------------------------------------------------------------------ the letter

LETTER_DATE = "4 February 2025"
LETTER_TITLE = ("Letter from the Secretary of State to the Chief Executive of Ulverdale Metropolitan "
                "Borough Council, 4 February 2025")
LETTER_PARAS = [
    "I am writing following the publication today of the report of the Best Value inspection of "
    "Ulverdale Metropolitan Borough Council, which I commissioned in June 2024 and received on "
    "16 December 2024. I am grateful to the inspection team for their thorough work.",

    "The report makes for difficult reading. The inspectors conclude that the council is failing to "
    "comply with its best value duty in respect of governance, culture and leadership, financial "
    "management, and the use of resources. They found that the council's general fund reserve fell "
    "from £18.4 million to £5.2 million in three years, and that its commercial investments now cost "
    "more to finance than they earn.",

    "Having considered the report and the council's representations of 24 January 2025, I am satisfied "
    "that the council is failing to comply with its best value duty. I therefore propose to exercise my "
    "powers under section 15 of the Local Government Act 1999 to intervene.",

    "I propose to appoint three commissioners, a Lead Commissioner, a Finance Commissioner and a "
    "Governance Commissioner, for a period of three years from 1 March 2025.",

    "The proposed directions would transfer to the commissioners the functions relating to the "
    "appointment and dismissal of the statutory officers, the council's budget and medium-term "
    "financial strategy, the disposal of commercial assets, and the governance of the council's "
    "companies. All other functions would remain with the council.",

    "I also propose to direct the council to prepare an improvement and recovery plan within six months, "
    "to the satisfaction of the commissioners, and to report on its progress to me every six months.",

    "I want to be clear that this intervention is not a judgement on the council's front-line staff, "
    "many of whom the inspectors found to be committed and frank about what needed to change.",

    "I do not underestimate the scale of the task. But I am not persuaded that the council can make the "
    "changes needed on its own, and I do not consider that the council's proposals of 24 January, "
    "which rely on a voluntary improvement board, go far enough.",

    "The council and any other interested party may make representations on these proposals by 5pm on "
    "18 February 2025. I will consider all representations before deciding whether to proceed.",

    "I am copying this letter to the Leader of the Council, the leaders of the other political groups, "
    "the council's external auditor and the Members of Parliament for the borough.",
]

LETTER_STYLES_EXTRA = """
 <style:style style:name="Crest" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="LetterFirst">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Crest2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.8cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Addr" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="LBody" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.28cm" fo:line-height="115%" fo:text-align="justify"/>
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
"""


def build_letter():
    x = []
    x.append('<text:p text:style-name="Crest">Ministry of Housing, Communities and Local Government</text:p>')
    x.append('<text:p text:style-name="Crest2">2 Marsham Street, London SW1P 4DF</text:p>')
    x.append('<text:p text:style-name="Right">From the Secretary of State for Housing, Communities '
             'and Local Government</text:p>')
    x.append(f'<text:p text:style-name="Right">{LETTER_DATE}</text:p>')
    for line in ["The Interim Chief Executive", "Ulverdale Metropolitan Borough Council", "Civic Hall",
                 "Market Street", "Ulverdale", "WF12 4AQ"]:
        x.append(f'<text:p text:style-name="Addr">{escape(line)}</text:p>')
    x.append('<text:p text:style-name="Addr"/>')
    x.append('<text:p text:style-name="LBody">Dear Chief Executive,</text:p>')
    x.append('<text:p text:style-name="LBody"><text:span text:style-name="Bold">BEST VALUE INSPECTION '
             'OF ULVERDALE METROPOLITAN BOROUGH COUNCIL: PROPOSED INTERVENTION</text:span></text:p>')
    places = []
    for i, p in enumerate(LETTER_PARAS, 1):
        places.append({"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                       "page": None, "text": p})
        x.append(f'<text:p text:style-name="LBody">{escape(p)}</text:p>')
    x.append('<text:p text:style-name="LBody">Yours sincerely,</text:p>')
    x.append('<text:p text:style-name="LBody"/>')
    x.append('<text:p text:style-name="LBody"><text:span text:style-name="Bold">Secretary of State for '
             'Housing, Communities and Local Government</text:span></text:p>')
    styles = STYLES.replace('<style:style style:name="Tbl" style:family="table">\n  <style:table-properties style:width="{TBLW}"',
                            '<style:style style:name="TblP" style:family="table">\n  <style:table-properties style:width="16cm"')
    styles = styles.replace('</office:automatic-styles>', LETTER_STYLES_EXTRA + '</office:automatic-styles>')
    letter_masters = """
<office:master-styles>
 <style:master-page style:name="LetterFirst" style:page-layout-name="pmFirst" style:next-style-name="Standard">
  <style:footer><text:p text:style-name="Footer">OFFICIAL</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Standard" style:page-layout-name="pmPortrait">
  <style:footer><text:p text:style-name="Footer">OFFICIAL<text:tab/>Page <text:page-number text:select-page="current"/> of <text:page-count/></text:p></style:footer>
 </style:master-page>
</office:master-styles>"""
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.text">{styles}{letter_masters}'
           f'<office:body><office:text>{"".join(x)}</office:text></office:body></office:document>')
    return doc, places


# ------------------------------------------------------------------ rendering and pages

PUNCT = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def toks(text):
    import unicodedata
    t = unicodedata.normalize("NFKC", text).translate(PUNCT).lower()
    return re.findall(r"[£$]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?", t)


def render(fodt_path):
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE),
                    str(fodt_path)], check=True, capture_output=True)
    pdf = fodt_path.with_suffix(".pdf")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [toks(p) for p in out.split("\f")[:-1]]


def run_of(hay, needle):
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def find_page(pages, text, start_page=1, n=8):
    head = toks(text)[:n]
    for i in range(start_page - 1, len(pages)):
        if run_of(pages[i], head):
            return i + 1
    for i in range(len(pages)):
        if run_of(pages[i], head):
            return i + 1
    return None


def fill_pages(pages, places):
    cursor = 1
    for p in places:
        text = p["text"]
        if p["kind"] == "table":
            text = " ".join(text.split()[:3])
            n = 3
        else:
            n = 8
        page = find_page(pages, text, cursor, n)
        if page is None:
            print("page not found for", p["label"], file=sys.stderr)
        else:
            cursor = page
        p["page"] = page


def main():
    # report, pass 1 then 2 (contents page numbers)
    doc, places, footnotes, toc = build_report()
    fodt = HERE / "report.fodt"
    fodt.write_text(doc, encoding="utf-8")
    pages = render(fodt)
    contents = {}
    for t in toc:
        title = re.sub(r"^\d+ ", "", t)
        for i, pg in enumerate(pages[2:], 3):
            if run_of(pg[:24], toks(title)):
                contents[t] = i
                break
    doc, places, footnotes, toc = build_report(contents)
    fodt.write_text(doc, encoding="utf-8")
    pages = render(fodt)
    fill_pages(pages, places)
    for f in footnotes:
        f["page"] = find_page(pages, f["text"], 1, 6)
    report = {"title": RC.TITLE, "kind": "report", "file": "report.pdf",
              "producer": "LibreOffice Writer 7.4 (flat ODT written by build.py)",
              "numbering": "three-level", "page_offset": 0,
              "furniture": [HEADER_TEXT, "OFFICIAL", "<chapter name>", "Page N of M"],
              "places": places, "footnotes": footnotes}
    (HERE / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"report: {len(pages)} pages, {len(places)} places, {len(footnotes)} footnotes")

    doc, lplaces = build_letter()
    fodt = HERE / "letter.fodt"
    fodt.write_text(doc, encoding="utf-8")
    pages = render(fodt)
    fill_pages(pages, lplaces)
    letter = {"title": LETTER_TITLE, "kind": "letter", "file": "letter.pdf",
              "producer": "LibreOffice Writer 7.4 (flat ODT written by build.py)",
              "numbering": "unnumbered", "page_offset": 0,
              "furniture": ["OFFICIAL", "Page N of M"], "date": "2025-02-04",
              "places": lplaces, "footnotes": []}
    (HERE / "letter.json").write_text(json.dumps(letter, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"letter: {len(pages)} pages, {len(lplaces)} places")


if __name__ == "__main__":
    main()

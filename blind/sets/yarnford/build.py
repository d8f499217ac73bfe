#!/usr/bin/env python3
"""Render report.json and letter.json as Word would lay them out (python-docx), then convert with
LibreOffice: report.docx -> report.pdf, letter.docx -> letter.pdf.
Run with /opt/blindtools/bin/python build.py"""
import json, os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, Cm, RGBColor
from docxkit import (base_styles, page_n_of_m, set_columns, custom_numbering, set_num, shade,
                     repeat_header, to_pdf)

HERE = os.path.dirname(os.path.abspath(__file__))


def footer(section):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]; p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("OFFICIAL"); r.bold = True; r.font.size = Pt(9)
    q = f.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_n_of_m(q)
    for run in q.runs:
        run.font.size = Pt(9)


def header(section, text):
    h = section.header
    h.is_linked_to_previous = False
    p = h.paragraphs[0]; p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text); r.font.size = Pt(8.5); r.italic = True
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def numbered(doc, number, text):
    para = doc.add_paragraph()
    pf = para.paragraph_format
    pf.left_indent = Cm(1.4); pf.first_line_indent = Cm(-1.4)
    pf.tab_stops.add_tab_stop(Cm(1.4))
    pf.space_after = Pt(8); pf.line_spacing = 1.15
    para.add_run(f"{number}\t{text}")
    return para


def table(doc, rows, caption, widths=None):
    cp = doc.add_paragraph(); r = cp.add_run(caption); r.bold = True; r.font.size = Pt(10)
    cp.paragraph_format.keep_with_next = True
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j); c.text = ""
            para = c.paragraphs[0]; run = para.add_run(val); run.font.size = Pt(10)
            para.paragraph_format.space_after = Pt(2)
            if j > 0:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == 0 or val == "Total":
                run.bold = True
            if i == 0:
                shade(c, "D9E2F3")
        if widths:
            for j, w in enumerate(widths):
                t.cell(i, j).width = Cm(w)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
    repeat_header(t.rows[0])
    doc.add_paragraph()


def build_report():
    data = json.load(open(os.path.join(HERE, "report.json"), encoding="utf-8"))
    doc = Document()
    base_styles(doc)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.2)
    footer(sec); header(sec, "")
    # cover
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph(data["title"], style="Title")
    doc.add_paragraph("Report of the Lead Inspector and Assistant Inspectors, carried out under section 10 of the Local Government Act 1999").runs[0].font.size = Pt(13)
    doc.add_paragraph()
    doc.add_paragraph("September 2026").runs[0].font.size = Pt(13)
    for _ in range(8):
        doc.add_paragraph()
    doc.add_paragraph("Ministry of Housing, Communities and Local Government").runs[0].bold = True
    # contents
    doc.add_page_break()
    doc.add_paragraph("Contents", style="Heading 1")
    chapters = []
    for pl in data["places"]:
        if pl["chapter"] not in chapters:
            chapters.append(pl["chapter"])
    for c in chapters:
        doc.add_paragraph(c).paragraph_format.space_after = Pt(4)

    rec_num = custom_numbering(doc, "R%1", 1000, 1000)
    chapter = None; heading = None
    for pl in data["places"]:
        if pl["chapter"] != chapter:
            if chapter == "Executive summary":
                # a continuous break balances the two columns, as Word users do
                s = doc.add_section(WD_SECTION.CONTINUOUS); set_columns(s, 1)
            chapter = pl["chapter"]; heading = None
            s = doc.add_section(WD_SECTION.NEW_PAGE)
            set_columns(s, 2 if chapter == "Executive summary" else 1)
            if chapter[0].isdigit():
                n, rest = chapter.split(" ", 1)
                header(s, f"{data['title']}  |  Chapter {n}: {rest}")
            else:
                header(s, f"{data['title']}  |  {chapter}")
            doc.add_paragraph(chapter, style="Heading 1")
        if pl["heading"] and pl["heading"] != heading:
            heading = pl["heading"]
            doc.add_paragraph(heading, style="Heading 2")
        if pl["kind"] == "summary":
            para = doc.add_paragraph(pl["text"]); para.paragraph_format.line_spacing = 1.15
            para.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif pl["kind"] == "table":
            table(doc, pl["rows"], pl["caption"], [8.0, 3.0, 2.6, 2.6] if len(pl["rows"][0]) == 4 and pl["label"] == "Table 1" else [8.4, 2.4, 2.4, 2.4])
        elif pl["kind"] == "recommendation":
            para = doc.add_paragraph(pl["text"]); set_num(para, rec_num)
            para.paragraph_format.space_after = Pt(8)
        else:
            numbered(doc, pl["label"], pl["text"])
    out = os.path.join(HERE, "report.docx")
    doc.save(out)
    to_pdf(out, HERE)


def build_letter():
    data = json.load(open(os.path.join(HERE, "letter.json"), encoding="utf-8"))
    doc = Document(); base_styles(doc, size=11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(2.0)
    footer(sec)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Ministry of Housing, Communities and Local Government"); r.bold = True
    for line in ("Rt Hon Eleanor Marsh-Kettering MP", "Secretary of State for Housing, Communities and Local Government",
                 "2 Marsham Street", "London SW1P 4DF"):
        q = doc.add_paragraph(line); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT; q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for line in ("Ms Adaeze Threlfall", "Chief Executive", "Yarnford City Council", "Civic Centre",
                 "Yarnford YF1 2QA"):
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph("17 September 2026")
    doc.add_paragraph("Dear Ms Threlfall,")
    r = doc.add_paragraph().add_run("BEST VALUE INSPECTION OF YARNFORD CITY COUNCIL"); r.bold = True
    for k, pl in enumerate(data["places"]):
        para = doc.add_paragraph(pl["text"]); para.paragraph_format.space_after = Pt(8)
        if k == len(data["places"]) - 1:
            para.paragraph_format.keep_with_next = True     # sign-off kept with the last paragraph
    for line in ("Yours sincerely,", "", ""):
        doc.add_paragraph(line).paragraph_format.keep_with_next = True
    r = doc.add_paragraph().add_run("RT HON ELEANOR MARSH-KETTERING MP"); r.bold = True
    out = os.path.join(HERE, "letter.docx")
    doc.save(out); to_pdf(out, HERE)


if __name__ == "__main__":
    build_report(); build_letter()
    print("built report.pdf and letter.pdf")

"""Render report.json and letter.json to report.pdf and letter.pdf (python-docx, then LibreOffice),
then fill each place's page from the rendering.

    /opt/blindtools/bin/python source_text.py   # (re)writes the texts
    /opt/blindtools/bin/python build.py
"""
import json, sys, importlib.util, subprocess, os
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxkit import (new_document, add_list, number, footer, page_break, table, to_pdf)

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)


def build_report():
    r = json.load(open("report.json"))
    doc = new_document(size=12, line=1.5, after=10)
    add_list(doc, 90, [("%1", 567, 567), ("%1.%2", 851, 851)])
    add_list(doc, 91, [("R%1", 851, 851)])
    add_list(doc, 92, [("A.%1", 851, 851)])
    # cover
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph(); run = p.add_run(r["title"]); run.bold = True; run.font.size = Pt(26)
    p = doc.add_paragraph(); p.add_run("Report of an inspection carried out under section 10 of the "
                                       "Local Government Act 1999").font.size = Pt(14)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run("Presented to the Secretary of State for Housing, Communities "
                                       "and Local Government").font.size = Pt(12)
    p = doc.add_paragraph(); p.add_run("December 2024").font.size = Pt(14)
    page_break(doc)
    doc.add_paragraph().add_run("About this report").bold = True
    doc.add_paragraph("This report was prepared by a team of inspectors appointed by the Secretary of "
                      "State: a Lead Inspector and two Assistant Inspectors. It was submitted to the "
                      "Secretary of State on 13 December 2024 and published on 4 February 2025.")
    doc.add_paragraph("The inspectors were supported by officials of the Ministry of Housing, "
                      "Communities and Local Government, who provided secretariat support but did "
                      "not take part in reaching the inspectors' conclusions.")
    doc.add_paragraph("© Crown copyright 2025. This publication is licensed under the terms of the "
                      "Open Government Licence v3.0 except where otherwise stated.")
    page_break(doc)
    doc.add_paragraph().add_run("Contents").bold = True
    for line in ["Executive summary", "1 Introduction", "2 Leadership and culture",
                 "3 Governance and decision-making", "4 Financial management",
                 "5 Procurement and contract management", "6 Services to residents",
                 "7 Capacity to improve", "8 Recommendations", "Annex A Terms of reference"]:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(4)
    page_break(doc)
    places = r["places"]
    # executive summary
    doc.add_heading("Executive summary", level=1)
    for pl in places:
        if pl["kind"] == "summary":
            doc.add_paragraph(pl["text"])
    chapter, heading = None, None
    for pl in places:
        if pl["kind"] == "summary":
            continue
        if pl["chapter"] != chapter:
            chapter = pl["chapter"]
            heading = None
            page_break(doc)
            if pl["kind"] == "annex":
                doc.add_heading(chapter, level=1)
            else:
                h = doc.add_heading(chapter.split(" ", 1)[1], level=1)
                number(h, 90, 0)
        if pl["kind"] == "table":
            cap = doc.add_paragraph(); cap.add_run(pl["caption"]).bold = True
            cap.paragraph_format.keep_with_next = True
            rows = pl["rows"]
            widths = [8.5, 2.2, 2.2, 3.0] if len(rows[0]) == 4 else [6.5, 2.4, 2.4, 2.4, 2.4]
            table(doc, rows, widths=widths, size=10)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
            continue
        if pl["kind"] == "paragraph" and pl["heading"] and pl["heading"] != heading:
            heading = pl["heading"]
            doc.add_heading(heading, level=2)
        p = doc.add_paragraph(pl["text"])
        if pl["kind"] == "paragraph":
            number(p, 90, 1)
        elif pl["kind"] == "recommendation":
            number(p, 91, 0)
        elif pl["kind"] == "annex":
            number(p, 92, 0)
    footer(doc, "Oxley District Council – Best Value Inspection – Page ", fields=("PAGE",))
    doc.save("report.docx")
    to_pdf("report.docx")


def build_letter():
    L = json.load(open("letter.json"))
    doc = new_document(size=11, line=1.15, after=8, margins=2.2)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("Ministry of Housing, Communities & Local Government"); run.bold = True
    p = doc.add_paragraph("2 Marsham Street\nLondon\nSW1P 4DF"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Interim Chief Executive\nOxley District Council\nCouncil Offices\nMarket Square\nOxley\nOX9 1AA")
    doc.add_paragraph("4 February 2025")
    doc.add_paragraph("Dear Chief Executive,")
    p = doc.add_paragraph(); p.add_run("BEST VALUE INSPECTION OF OXLEY DISTRICT COUNCIL: PROPOSED INTERVENTION").bold = True
    for pl in L["places"]:
        doc.add_paragraph(pl["text"])
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph()
    doc.add_paragraph("SECRETARY OF STATE FOR HOUSING, COMMUNITIES AND LOCAL GOVERNMENT")
    doc.save("letter.docx")
    to_pdf("letter.docx")


def checker():
    spec = importlib.util.spec_from_file_location("check_labels", os.path.join(HERE, "..", "..", "check_labels.py"))
    m = importlib.util.module_from_spec(spec); sys.modules["check_labels"] = m; spec.loader.exec_module(m)
    return m


def fill_pages(name):
    cl = checker()
    from pathlib import Path
    data = json.load(open(name))
    pages = cl.rendered_pages(Path(data["file"]).resolve())
    page_tokens = [cl.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total); total += len(p)
    cursor = 0
    for pl in data["places"]:
        needle = cl.joined_variants(cl.words(pl["text"]), tokens)
        if pl["kind"] == "table":
            at = cl.find_in_order(tokens, cl.words(pl["caption"]), cursor)
        else:
            at = cl.find_in_order(tokens, needle, cursor)
        if at is None:
            print("NOT FOUND", pl["label"]); continue
        cursor = at
        pl["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    json.dump(data, open(name, "w"), ensure_ascii=False, indent=1)
    print(name, len(pages), "pages")


if __name__ == "__main__":
    what = sys.argv[1:] or ["report", "letter"]
    if "report" in what:
        build_report(); fill_pages("report.json")
    if "letter" in what:
        build_letter(); fill_pages("letter.json")

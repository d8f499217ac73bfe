#!/usr/bin/env python3
"""Render the Secretary of State's letter with reportlab and write letter.json.

    /opt/blindtools/bin/python build_letter.py
"""
import json
import subprocess
import sys
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
TITLE = "Letter from the Secretary of State to the Chief Executive of Stourleigh District Council, 14 May 2025"

PARAS = [
    "I am writing to you following the publication today of the report of the Best Value inspection of Stourleigh District Council, which I commissioned on 2 September 2024. I am grateful to the inspectors for their thorough work, and to the council’s members and staff for their cooperation with it.",
    "The report makes for difficult reading. The inspectors concluded that the council is failing to comply with its best value duty, and they identified serious failings in leadership, governance, culture, financial management and scrutiny. I note in particular their finding that the council’s general fund reserve fell by more than 60% in three years, and that the council does not yet have a credible plan to close a budget gap of £8.3 million.",
    "I recognise that the council has taken some steps since the appointment of its present Chief Executive, and that the inspectors found many committed staff. However, I agree with the inspectors that the council is not able to secure the necessary improvement on its own within a reasonable time.",
    "I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to give directions to the council. The proposed directions would require the council to prepare and agree an improvement and recovery plan within six months, and would transfer to commissioners appointed by me certain functions relating to governance, financial management and the appointment of statutory officers.",
    "I propose to appoint a Lead Commissioner and a Finance Commissioner for a period of three years, until 31 May 2028. The commissioners will report to me on the council’s progress after six months and every six months thereafter. The council will meet the commissioners’ costs.",
    "Before I make a final decision, I invite the council to make representations on the proposed directions and on the inspectors’ report. Representations should reach my officials by 4 June 2025. I will consider any representations carefully before deciding whether to proceed.",
    "I do not underestimate how difficult this will be for the council’s staff, who continue to deliver services that residents value. The intervention is intended to support the council, not to replace it, and I expect the council’s political leadership to work constructively with the commissioners.",
    "I am copying this letter to the Leader of the council, to the leaders of the opposition groups, to the council’s external auditor and to the Members of Parliament whose constituencies include the district.",
]


def build():
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=8)
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    right = ParagraphStyle("right", parent=small, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=12, spaceAfter=2)
    story = [
        Paragraph("Ministry of Housing, Communities and Local Government", head),
        Paragraph("Office of the Secretary of State", small),
        Paragraph("2 Marsham Street, London SW1P 4DF", small),
        Spacer(1, 8 * mm),
        Paragraph("Our ref: SoS/LG/2025/0341", right),
        Paragraph("14 May 2025", right),
        Spacer(1, 6 * mm),
        Paragraph("The Chief Executive", small),
        Paragraph("Stourleigh District Council", small),
        Paragraph("Council Offices, Market Place", small),
        Paragraph("Stourleigh", small),
        Spacer(1, 8 * mm),
        Paragraph("Dear Chief Executive,", body),
        Paragraph("<b>Best Value Inspection of Stourleigh District Council</b>", body),
    ]
    story += [Paragraph(p, body) for p in PARAS]
    story += [
        Spacer(1, 4 * mm),
        Paragraph("Yours sincerely,", body),
        Spacer(1, 12 * mm),
        Paragraph("<i>[signed]</i>", body),
        Paragraph("Secretary of State for Housing, Communities and Local Government", body),
    ]
    doc = SimpleDocTemplate(str(HERE / "letter.pdf"), pagesize=A4, leftMargin=25 * mm,
                            rightMargin=25 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=TITLE, author="MHCLG")
    doc.build(story)


def main():
    build()
    sys.path.insert(0, str(HERE.parent.parent))
    import check_labels as cl
    pages = cl.rendered_pages(HERE / "letter.pdf")
    starts, total, tokens = [], 0, []
    for p in pages:
        starts.append(total)
        w = cl.words(p)
        tokens += w
        total += len(w)
    places = []
    for i, text in enumerate(PARAS, 1):
        at = cl.find_in_order(tokens, cl.words(text), 0)
        page = max(k for k, s in enumerate(starts) if s <= at) + 1
        places.append({"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                       "page": page, "text": text})
    data = {"title": TITLE, "kind": "letter", "file": "letter.pdf", "producer": "reportlab",
            "numbering": "unnumbered", "page_offset": 0, "furniture": [], "places": places,
            "footnotes": []}
    (HERE / "letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(pages), "pages")


if __name__ == "__main__":
    main()

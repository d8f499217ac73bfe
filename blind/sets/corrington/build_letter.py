"""letter.json -> letter.pdf with reportlab (a departmental letter on two pages)."""
import json
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("Arial", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", FD + "LiberationSans-Bold.ttf"))

PLACES = [
 "Thank you for your cooperation with the Best Value inspection of Corrington Metropolitan Borough Council, carried out under section 10 of the Local Government Act 1999. I have today laid the inspectors’ report before Parliament and published it, together with this letter.",
 "The report makes for difficult reading. The inspectors found that the council is failing to comply with its best value duty in respect of governance, culture, financial management, leadership and the use of resources. They describe a council in which decisions are too often taken outside its formal meetings, in which the general fund reserve has fallen from £18.4 million to £7.9 million in three years, and in which almost half of staff do not feel able to raise concerns.",
 "I am therefore satisfied that Corrington Metropolitan Borough Council is failing to comply with its best value duty. I am minded to exercise my powers under section 15(5) and 15(6) of the 1999 Act to direct the council to take the actions set out in the enclosed draft directions.",
 "I do not propose at this stage to appoint commissioners. I have been encouraged by the Chief Executive’s response to the inspection and by the council’s acceptance of the report’s findings. Instead, I propose to appoint an independent Improvement and Assurance Board, chaired by Dame Frances Oyelaran, to provide challenge and advice and to report to me on the council’s progress every six months.",
 "The draft directions would require the council to prepare an improvement and recovery plan within six months, to the satisfaction of the Board, addressing each of the inspectors’ nine recommendations; to secure a balanced medium-term financial position; and to undertake an independent review of the Corrington Riverside scheme.",
 "I want to be clear that the absence of commissioners is not an indication that the failings identified are minor. Should the Board report that the council is not making sufficient progress, I will not hesitate to consider further intervention, including the appointment of commissioners with powers to exercise functions of the council.",
 "The proposed intervention would last until 31 January 2028. I would invite the council, and any other interested party, to make representations on this proposed package by 5 February 2025.",
 "I am copying this letter to the Leader of the council, to the leaders of the opposition groups and to the council’s external auditor.",
]

def main():
    data = {"title": "Letter from the Secretary of State to the Chief Executive of Corrington Metropolitan Borough Council",
            "kind": "letter", "file": "letter.pdf", "producer": "reportlab (platypus), Liberation Sans",
            "numbering": "unnumbered", "page_offset": 0, "furniture": [], "places": [], "footnotes": []}
    body = ParagraphStyle("b", fontName="Arial", fontSize=10.5, leading=14.5, spaceAfter=9)
    small = ParagraphStyle("s", fontName="Arial", fontSize=9, leading=12)
    bold = ParagraphStyle("bb", parent=body, fontName="Arial-Bold")
    story = []
    head = Table([[Paragraph("<b>Ministry of Housing,<br/>Communities &amp;<br/>Local Government</b>", small),
                   Paragraph("The Rt Hon Alison Trevethan MP<br/>Secretary of State for Housing, Communities and Local Government<br/>2 Marsham Street<br/>London SW1P 4DF", small)]],
                 colWidths=[70 * mm, 95 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBEFORE", (0, 0), (0, 0), 3, "#00625A")]))
    story += [head, Spacer(1, 10 * mm)]
    story.append(Paragraph("David Ashworth<br/>Chief Executive<br/>Corrington Metropolitan Borough Council<br/>Town Hall, Market Street<br/>Corrington", body))
    story.append(Paragraph("22 January 2025", body))
    story.append(Paragraph("Dear David,", body))
    story.append(Paragraph("BEST VALUE INSPECTION OF CORRINGTON METROPOLITAN BOROUGH COUNCIL", bold))
    for i, t in enumerate(PLACES, 1):
        story.append(Paragraph(t.replace("&", "&amp;"), body))
        data["places"].append({"label": str(i), "kind": "paragraph", "chapter": None, "heading": None, "page": None, "text": t})
    story += [Paragraph("Yours sincerely,", body), Spacer(1, 12 * mm),
              Paragraph("<b>THE RT HON ALISON TREVETHAN MP</b>", body)]
    doc = SimpleDocTemplate("letter.pdf", pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title=data["title"], author="MHCLG")
    doc.build(story)
    import subprocess, re
    pages = subprocess.run(["pdftotext", "letter.pdf", "-"], capture_output=True, text=True).stdout.split("\f")
    for p in data["places"]:
        first = " ".join(p["text"].split()[:6])
        for n, txt in enumerate(pages, 1):
            if first in " ".join(txt.split()):
                p["page"] = n
                break
        assert p["page"], p["label"]
    json.dump(data, open("letter.json", "w"), indent=1, ensure_ascii=False)
    print("letter.pdf:", len(pages) - 1, "pages")

main()

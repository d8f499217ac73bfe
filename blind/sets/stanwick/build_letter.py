"""The Secretary of State's letter, drawn with reportlab platypus."""
import json
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors


def render(here):
    data = json.loads((here / "letter.json").read_text())
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=12, spaceAfter=0)
    right = ParagraphStyle("r", parent=small, alignment=2)
    story = []
    head = Table([[Paragraph("<b>Ministry of Housing,<br/>Communities &amp;<br/>Local Government</b>", small),
                   Paragraph("<b>The Rt Hon Secretary of State</b><br/>Ministry of Housing, Communities and Local Government<br/>"
                             "2 Marsham Street<br/>London SW1P 4DF<br/><br/>Web site: www.gov.uk/mhclg", right)]],
                 colWidths=[70 * mm, 100 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBEFORE", (0, 0), (0, 0), 3, colors.HexColor("#00625E"))]))
    story += [head, Spacer(1, 10 * mm)]
    story.append(Paragraph("The Chief Executive<br/>Stanwick District Council<br/>Council Offices<br/>Quay Street<br/>Stanwick", small))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("22 July 2025", right))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("Dear Chief Executive,", body))
    story.append(Paragraph("<b>BEST VALUE INSPECTION OF STANWICK DISTRICT COUNCIL</b>", body))
    for p in data["places"]:
        story.append(Paragraph(p["text"].replace("&", "&amp;"), body))
    story.append(Paragraph("Yours sincerely,", body))
    story.append(Spacer(1, 12 * mm))
    story.append(Paragraph("<b>SECRETARY OF STATE FOR HOUSING, COMMUNITIES AND LOCAL GOVERNMENT</b>", small))

    def foot(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Page {doc.page} of 2")
        canvas.restoreState()
    doc = SimpleDocTemplate(str(here / "letter.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title=data["title"],
                            author="MHCLG")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)

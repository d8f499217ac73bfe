"""Render letter.json to letter.pdf with reportlab (platypus)."""
import json
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
data = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
base = ParagraphStyle("b", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=9)
small = ParagraphStyle("s", parent=base, fontSize=9, leading=12, spaceAfter=0)
head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=12)


def page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(20 * mm, 282 * mm, "Ministry of Housing, Communities & Local Government")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(20 * mm, 12 * mm, "2 Marsham Street, London SW1P 4DF")
    canvas.drawRightString(190 * mm, 12 * mm, f"{doc.page}")
    canvas.restoreState()


story = []
addr = Table([[Paragraph("Catherine Rowell<br/>Chief Executive<br/>Hembury City Council<br/>"
                         "Civic Centre, Quay Road<br/>Hembury HB1 1QR", small),
               Paragraph("From the Secretary of State<br/><br/>Our ref: BVI/HCC/2025/04<br/>"
                         "14 May 2025", small)]], colWidths=[95 * mm, 75 * mm])
addr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [Spacer(1, 8 * mm), addr, Spacer(1, 9 * mm), Paragraph("Dear Catherine,", base),
          Paragraph("BEST VALUE INSPECTION OF HEMBURY CITY COUNCIL", head)]
for p in data["places"]:
    story.append(Paragraph(p["text"].replace("&", "&amp;"), base))
story += [Paragraph("Yours sincerely,", base), Spacer(1, 12 * mm),
          Paragraph("<b>Rt Hon Miriam Calder MP</b><br/>Secretary of State for Housing, "
                    "Communities and Local Government", base)]
SimpleDocTemplate(str(HERE / data["file"]), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                  topMargin=24 * mm, bottomMargin=22 * mm, title=data["title"],
                  author="MHCLG").build(story, onFirstPage=page, onLaterPages=page)

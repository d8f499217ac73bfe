"""Draw report.pdf for the ravensholt-long case (fictional Borough of Ravensholt).

A long report (about 45 pages) drawn quickly with reportlab platypus, so that the corpus is
big and stock phrases ("the council", "Best Value Duty", "we found") recur everywhere:
- a cover and a contents page (printed "i"), then main matter printed "Page 1" … so that
  printed page N is PDF page N + 2;
- a running header drawn FIRST on each page (onPage) that carries the chapter's title:
  "Ravensholt Best Value Inspection" on the left and "Chapter 4: Leadership and Culture" on
  the right, so no one header line recurs on 30% of the pages;
- numbered paragraphs 1.1 … 8.n with the number hung in a two-column table row (number cell
  drawn before the text cell), justified text;
- a staff-survey table of 30 rows inside paragraph 4.18 that runs over a page break, with its
  header row repeated on the next page, and the paragraph's text continuing after it;
- filler paragraphs built from a deterministic pool of sentences, so that the same phrases
  recur in many paragraphs.

    .venv/bin/python examples/cases/ravensholt-long/make_sources.py
"""
import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, LongTable, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
TITLE = "Best Value Inspection of the Borough of Ravensholt"
FRONT_PAGES = 2

CHAPTERS = [
    (1, "Introduction"),
    (2, "Context"),
    (3, "Governance"),
    (4, "Leadership and Culture"),
    (5, "Use of Resources"),
    (6, "Housing and Regeneration"),
    (7, "Partnerships"),
    (8, "Conclusions and Recommendations"),
]

# Paragraphs the motion quotes, by number; everything else is filler.
FIXED = {
    "1.1": "On 3 April 2024 the Secretary of State directed a Best Value inspection of the Borough of Ravensholt under section 10 of the Local Government Act 1999. This report sets out our findings.",
    "3.4": "The scrutiny function is weak. Committee chairs are appointed by the Leader, work programmes are set by officers, and the overview and scrutiny committee has not called in a single decision since 2021.",
    "3.5": "Members have not been given the training they need to hold the executive to account. Only nine of the 45 councillors attended the scrutiny training offered in 2023.",
    "3.12": "The council's organisational culture is defensive. Officers told us that the council has a long history of treating criticism as disloyalty.",
    "3.13": "We found that the council have failed to act on the recommendations of its own auditors for three consecutive years.",
    "4.3": "Many staff described a culture of fear. Officers told us that they were reluctant to give advice that members did not want to hear, and that those who did so were sidelined.",
    "4.18": "In the spring of 2024 the council ran its first staff survey since 2019. The results, set out below, show low confidence in senior leadership across every directorate.",
    "4.19": "The council has not yet published the survey results to its own staff. We recommend that it does so without delay, together with an action plan agreed with the trade unions.",
    "4.24": "The Chief Executive and the Leader have a close working relationship. That relationship has at times been too close, and the statutory officers have not always been able to give independent advice.",
    "4.25": "The monitoring officer raised concerns about the handling of two planning applications in 2023. We saw no evidence that those concerns were considered by the executive.",
    "5.6": "The council's reserves have fallen from £38.2 million in 2020/21 to £14.9 million in 2023/24. On current plans they will be exhausted by 2026/27.",
    "5.7": "The medium-term financial strategy relies on savings of £21 million that have not been identified. We do not consider the strategy to be credible.",
    "5.20": "The council's capital programme is not properly prioritised. Schemes are added during the year without a business case, and the programme was underspent by 41% in 2023/24.",
    "6.9": "The regeneration of the Eastgate estate has been delayed by six years. Residents told us that they had been consulted repeatedly but that nothing had changed.",
    "6.10": "The council's housing company, Ravensholt Homes Ltd, has not delivered a single home since it was established in 2019, at a cost to the council of £7.4 million.",
    "7.2": "Partners value the council's willingness to collaborate at officer level. However, they described the council's political leadership as unpredictable and difficult to engage.",
    "8.2": "We have concluded that the council is failing to comply with its Best Value Duty in respect of governance, culture, use of resources and partnerships.",
    "8.3": "We recommend that the Secretary of State exercise his powers of intervention, and that commissioners be appointed for a period of at least three years.",
}

COUNTS = {1: 10, 2: 35, 3: 75, 4: 75, 5: 70, 6: 55, 7: 45, 8: 8}

SUBJECTS = ["The council", "Senior officers", "The executive", "Members", "The corporate leadership team",
            "The audit committee", "The council's officers", "Several directorates", "The Leader",
            "Statutory officers", "Councillors", "The finance team"]
VERBS = ["told us that", "accepted that", "acknowledged that", "said that", "maintain that",
         "recognised that", "agreed that"]
CLAUSES = [
    "the council had not always complied with its own procedure rules",
    "the pace of improvement had been too slow",
    "decisions were often taken without adequate information",
    "the council needed to strengthen its approach to risk",
    "performance information was not routinely reported to members",
    "the council's governance arrangements were not well understood",
    "the improvement plan had not been resourced",
    "relationships between members and officers were strained",
    "the council had relied too heavily on interim staff",
    "the culture of the organisation needed to change",
]
OBSERVATIONS = [
    "We found little evidence that this had been acted upon.",
    "We saw evidence of this in the papers we reviewed.",
    "This is consistent with what we heard in interviews.",
    "We consider that this is a weakness in the council's arrangements.",
    "In our view this falls short of what the Best Value Duty requires.",
    "We return to this point in Chapter 8.",
    "This has been a recurring theme of external reviews since 2018.",
    "We were told that this would be addressed in the next financial year.",
    "Similar concerns were raised by the external auditor in 2022.",
    "We have not been able to verify this from the documents provided.",
]
EXTRA = [
    "The council's records of these decisions were incomplete.",
    "The position has improved since the start of our inspection, but not enough.",
    "The council is failing to comply with its Best Value Duty in this respect.",
    "Members were not given the opportunity to scrutinise the proposals.",
    "We were not shown any evidence that options had been considered.",
    "Staff told us that they did not feel able to raise concerns.",
    "Officers described the approach as reactive rather than planned.",
]


def filler(rng):
    parts = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}."]
    parts.append(rng.choice(OBSERVATIONS))
    for _ in range(rng.randint(2, 4)):
        parts.append(rng.choice(EXTRA + OBSERVATIONS))
    out = []
    for p in parts:
        if p not in out:
            out.append(p)
    return " ".join(out)


def paragraphs():
    rng = random.Random(20240403)
    out = {}
    for ch, _ in CHAPTERS:
        out[ch] = []
        for n in range(1, COUNTS[ch] + 1):
            num = f"{ch}.{n}"
            out[ch].append((num, FIXED.get(num) or filler(rng)))
    return out


SURVEY = [("Directorate", "Responses", "Confident in senior leaders", "Would recommend as employer")]
_DIRS = ["Adults' Services", "Children's Services", "Housing", "Regeneration", "Finance", "Legal",
         "Human Resources", "Planning", "Environment", "Customer Services", "Revenues and Benefits",
         "Public Health", "Libraries", "Leisure", "Highways", "Waste", "Parking", "Licensing",
         "Building Control", "Corporate Strategy", "Communications", "Democratic Services",
         "ICT", "Procurement", "Property", "Internal Audit", "Education", "Youth Services",
         "Community Safety", "Emergency Planning"]
for _i, _d in enumerate(_DIRS):
    SURVEY.append((_d, str(40 + (_i * 37) % 260), f"{12 + (_i * 7) % 31}%", f"{18 + (_i * 11) % 40}%"))
TAIL_4_18 = "Only 21% of respondents across the council said that they were confident in senior leaders, and in no directorate did the figure exceed 45%."


class SetChapter(Flowable):
    """Zero-size: sets the chapter shown in the running header from the next page on."""

    def __init__(self, ch):
        super().__init__()
        self.ch = ch

    def wrap(self, *a):
        return 0, 0

    def draw(self):
        self.canv._doc_chapter[0] = self.ch


def on_page(canv, doc):
    page = doc.page
    canv.saveState()
    canv.setFont("Helvetica", 8)
    if page > 1:
        ch = canv._doc_chapter[0]
        canv.drawString(2 * cm, A4[1] - 1.3 * cm, "Ravensholt Best Value Inspection")
        if ch:
            canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, f"Chapter {ch}: {dict(CHAPTERS)[ch]}")
        printed = "i" if page == 2 else f"Page {page - FRONT_PAGES}"
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, printed)
    canv.restoreState()


def build(path):
    doc = BaseDocTemplate(str(path), pagesize=A4, title=TITLE, leftMargin=2 * cm,
                          rightMargin=2 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", [frame], onPage=on_page)])
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, alignment=TA_JUSTIFY)
    num = ParagraphStyle("n", parent=body, fontName="Helvetica-Bold")
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=12)
    cover = ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=24, leading=30)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=10)
    story = [Spacer(1, 6 * cm), Paragraph(TITLE, cover), Spacer(1, 1 * cm),
             Paragraph("Report to the Secretary of State for Levelling Up, Housing and Communities, October 2024", body),
             PageBreak(), Paragraph("Contents", h1)]
    for ch, title in CHAPTERS:
        story.append(Paragraph(f"{ch}. {title}", body))
    paras = paragraphs()
    for ch, title in CHAPTERS:
        story += [SetChapter(ch), PageBreak(), Paragraph(f"{ch}. {title}", h1)]
        for n, text in paras[ch]:
            t = Table([[Paragraph(n, num), Paragraph(text.replace("&", "&amp;"), body)]],
                      colWidths=[1.4 * cm, doc.width - 1.4 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story.append(t)
            if n == "4.18":
                rows = [[Paragraph(c, small) for c in r] for r in SURVEY]
                lt = LongTable(rows, repeatRows=1, colWidths=[5 * cm, 2.5 * cm, 4 * cm, 4 * cm])
                lt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
                story += [Spacer(1, 4), Paragraph("Table 3: Staff survey 2024, by directorate", small),
                          lt, Spacer(1, 6),
                          Table([["", Paragraph(TAIL_4_18, body)]], colWidths=[1.4 * cm, doc.width - 1.4 * cm],
                                style=[("LEFTPADDING", (0, 0), (-1, -1), 0)])]
    def make_canvas(*a, **k):
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(*a, **k)
        c._doc_chapter = [None]
        return c
    doc.build(story, canvasmaker=make_canvas)


if __name__ == "__main__":
    build(HERE / "report.pdf")
    print("wrote report.pdf")

"""Draw report.pdf for the thornbury-bare-numbers case (fictional Thornbury Borough Council).

Some government reports number their paragraphs 1., 2., 3. … straight through the document
(the chapter number appears only in the chapter heading, "Chapter 2: Governance"), rather
than 2.1, 2.2. Drawn on a reportlab canvas: "14." in the left margin on the paragraph's first
line, ragged right, chapter headings "Chapter N: Title", footer "Page N". The paragraphs run
1-22 across three chapters; a cross-reference "(see paragraph 9)" appears in the text.

    .venv/bin/python examples/cases/thornbury-bare-numbers/make_sources.py
"""
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
W, H = A4
TITLE = "Best Value Inspection of Thornbury Borough Council"

REPORT = [
    ("Chapter 1: Introduction", [
        "This report sets out the findings of the Best Value inspection of Thornbury Borough Council, carried out between January and April 2024.",
        "We interviewed 37 councillors, officers and partners and reviewed the council's papers for the period since May 2022.",
        "We are grateful to the staff and councillors who spoke to us.",
    ]),
    ("Chapter 2: Governance", [
        "Thornbury has 48 councillors. The council has been under no overall control since 2022.",
        "The council's constitution is out of date. It still refers to committees that were abolished in 2019.",
        "Officers told us that they were often unsure who had the authority to take a decision.",
        "The council has had three chief executives in four years. Each departure was followed by a settlement agreement.",
        "The cost of those settlement agreements, £612,000 in total, was not reported to full council.",
        "Members do not receive regular performance reports. The last quarterly performance report was presented to the cabinet in March 2023.",
        "The overview and scrutiny committee has no work programme. Its meetings are frequently cancelled at short notice.",
        "The monitoring officer has not issued a report under section 5 of the Local Government and Housing Act 1989, despite the concerns set out in paragraph 8.",
        "We have concluded that the council is failing to comply with its Best Value Duty in respect of governance.",
    ]),
    ("Chapter 3: Use of Resources", [
        "The council's financial position is precarious. Its general fund reserve fell to £2.1 million at 31 March 2024, less than 3% of its net budget.",
        "The council has issued a section 114 notice once before, in 2020. We consider that there is a real risk that it will need to do so again.",
        "Savings plans are not delivered. Of £9.4 million of savings agreed for 2023/24, only £3.8 million was achieved.",
        "The council's arm's-length property company has not filed accounts on time in any of the last three years.",
        "Internal audit has given a limited assurance opinion on the council's control environment for three consecutive years.",
        "We found no evidence that members had considered the external auditor's recommendations (see paragraph 9).",
        "We have concluded that the council is failing to comply with its Best Value Duty in respect of its use of resources.",
        "We recommend that the Secretary of State consider the appointment of commissioners with responsibility for finance.",
        "The council should also commission an independent review of its property company.",
        "We would expect any intervention to last for at least three years.",
    ]),
]


def draw(path):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(TITLE)
    page = [1]
    y = [H - 80]

    def finish():
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 35, f"Page {page[0]}")
        c.showPage()
        page[0] += 1
        y[0] = H - 80

    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, H - 240, TITLE)
    c.setFont("Helvetica", 11)
    c.drawString(60, H - 270, "Report to the Secretary of State, May 2024")
    finish()
    n = 0
    for heading, paras in REPORT:
        if y[0] < 160:
            finish()
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, y[0], heading)
        y[0] -= 24
        for text in paras:
            n += 1
            lines = textwrap.wrap(text, 82)
            if y[0] - 14 * len(lines) < 60:
                finish()
            c.setFont("Helvetica", 10.5)
            c.drawString(60, y[0], f"{n}.")
            for ln in lines:
                c.drawString(90, y[0], ln)
                y[0] -= 14
            y[0] -= 8
        y[0] -= 8
    finish()
    c.save()


if __name__ == "__main__":
    draw(HERE / "report.pdf")
    print("wrote report.pdf")

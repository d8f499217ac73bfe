"""Draw eastfield.pdf and westfield.pdf for the eastfield-westfield case.

Two fictional Best Value inspection reports of two neighbouring councils, written by the same
inspection team, with the same chapter structure and therefore the same paragraph numbers
(2.1 … 3.6 in both), and some stock sentences in both ("We have concluded that the council is
failing to comply with its Best Value Duty in respect of governance."). Drawn line by line on
a reportlab canvas: number in the margin on the paragraph's first line, ragged right, footer
"<Council> BVI report | N". A motion of a third party (a combined authority's scrutiny
committee) quotes both, citing each by the council's name.

    .venv/bin/python examples/cases/eastfield-westfield/make_sources.py
"""
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
W, H = A4

EASTFIELD = [
    ("1. Introduction", [
        ("1.1", "This report sets out the findings of the Best Value inspection of Eastfield District Council, carried out between February and May 2024."),
        ("1.2", "We interviewed 52 councillors, officers and partners and observed eight public meetings."),
    ]),
    ("2. Governance", [
        ("2.1", "Eastfield has 36 councillors and has been run by a coalition of two groups since 2023."),
        ("2.2", "The coalition agreement has not been published. Officers told us that they did not know which of the coalition's commitments had been costed."),
        ("2.3", "Decisions on the disposal of council land were taken by the Leader alone on four occasions in 2023, without the advice of the section 151 officer."),
        ("2.4", "The audit committee does not have an independent member. It met only twice in 2023/24 and did not consider the annual governance statement."),
        ("2.5", "Member development is poor. No councillor has completed the code of conduct training since the 2023 elections."),
        ("2.6", "We have concluded that the council is failing to comply with its Best Value Duty in respect of governance."),
    ]),
    ("3. Use of Resources", [
        ("3.1", "Eastfield's finances are under severe pressure. The council drew £6.2 million from its reserves to balance the 2023/24 budget."),
        ("3.2", "The council's leisure contract was extended in 2022 for ten years without a procurement exercise. The extension was not reported to members."),
        ("3.3", "The council does not know the condition of much of its housing stock. The last full stock condition survey was carried out in 2012."),
        ("3.4", "We have concluded that the council is failing to comply with its Best Value Duty in respect of its use of resources."),
    ]),
]

WESTFIELD = [
    ("1. Introduction", [
        ("1.1", "This report sets out the findings of the Best Value inspection of Westfield Borough Council, carried out between March and June 2024."),
        ("1.2", "We interviewed 41 councillors, officers and partners and observed six public meetings."),
    ]),
    ("2. Governance", [
        ("2.1", "Westfield has 42 councillors. One group has held a majority since 2011."),
        ("2.2", "The scrutiny committees are chaired by members of the majority group and have not made a recommendation to the executive since 2021."),
        ("2.3", "The monitoring officer post has been filled on an interim basis since 2022. There have been four interim monitoring officers in that period."),
        ("2.4", "The council's whistleblowing policy has not been reviewed since 2015. Staff told us that they did not trust it."),
        ("2.5", "Relations between members and senior officers are generally good. The Chief Executive is respected by members of all groups."),
        ("2.6", "We have concluded that the council is failing to comply with its Best Value Duty in respect of governance."),
    ]),
    ("3. Use of Resources", [
        ("3.1", "Westfield's finances are stable. The council has balanced its budget without the use of reserves in each of the last three years."),
        ("3.2", "The council's commercial property portfolio cost £48 million to acquire and now yields a return of less than 1%."),
        ("3.3", "The council has no asset management strategy. Decisions on acquisitions were taken by a property board that kept no minutes."),
        ("3.4", "We have concluded that the council is failing to comply with its Best Value Duty in respect of its use of resources."),
    ]),
]


def draw(path, title, footer, report, subtitle):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    page = [1]
    y = [H - 80]

    def finish():
        c.setFont("Helvetica", 8)
        c.drawString(60, 35, f"{footer} | {page[0]}")
        c.showPage()
        page[0] += 1
        y[0] = H - 80

    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, H - 240, title)
    c.setFont("Helvetica", 11)
    c.drawString(60, H - 270, subtitle)
    finish()
    for heading, paras in report:
        if y[0] < 160:
            finish()
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, y[0], heading)
        y[0] -= 24
        for num, text in paras:
            lines = textwrap.wrap(text, 82)
            if y[0] - 14 * len(lines) < 60:
                finish()
            c.setFont("Helvetica", 10.5)
            c.drawString(60, y[0], num)
            for ln in lines:
                c.drawString(95, y[0], ln)
                y[0] -= 14
            y[0] -= 8
        y[0] -= 8
    finish()
    c.save()


if __name__ == "__main__":
    draw(HERE / "eastfield.pdf", "Best Value Inspection of Eastfield District Council",
         "Eastfield BVI report", EASTFIELD, "Report to the Secretary of State, July 2024")
    draw(HERE / "westfield.pdf", "Best Value Inspection of Westfield Borough Council",
         "Westfield BVI report", WESTFIELD, "Report to the Secretary of State, August 2024")
    print("wrote eastfield.pdf and westfield.pdf")

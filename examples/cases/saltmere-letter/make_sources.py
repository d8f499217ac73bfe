"""Draw report.pdf and letter.pdf for the saltmere-letter case (fictional Borough of Saltmere).

Both are drawn line by line on a reportlab canvas (no platypus): the report ragged-right with
paragraph numbers set in the left margin, chapter headings "2. Governance", the running header
"Saltmere BVI – Page N" at the top right drawn AFTER the body text (so it comes last in the
content stream), and apostrophes as typewriter quotes; the letter has a letterhead, a
right-aligned address block, a date, a reference line and no numbered paragraphs.

    .venv/bin/python examples/cases/saltmere-letter/make_sources.py
"""
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
TITLE = "Best Value Inspection of the Borough of Saltmere"

REPORT = [
    ("1. Introduction", [
        ("1.1", "This is the report of the Best Value inspection of the Borough of Saltmere, carried out between May and August 2024 at the direction of the Secretary of State."),
        ("1.2", "We interviewed 48 councillors, officers and partners, observed nine public meetings and reviewed the council's constitution, budget papers and committee records for the period since May 2021."),
        ("1.3", "The council co-operated fully with the inspection. We are grateful to the officers who arranged our visits at short notice."),
    ]),
    ("2. Governance", [
        ("2.1", "Saltmere has 39 councillors. The council has operated a committee system since 2022, when it abandoned the leader and cabinet model after a referendum."),
        ("2.2", "The move to a committee system was intended to give all councillors a greater say in decisions. In practice, the four policy committees are dominated by their chairs, and most members told us that they had less influence than before."),
        ("2.3", "Members' understanding of their role as corporate parents is limited, and the council's training offer has not been taken up. Only 11 of the 39 councillors attended any training in 2023/24."),
        ("2.4", "The constitution has been amended 14 times since 2022, in most cases to transfer a power from a committee to its chair. The cumulative effect has not been assessed."),
        ("2.5", "Scrutiny meetings are regularly inquorate. Four of the eleven meetings held in 2023 were abandoned for that reason, and the annual scrutiny report for 2022/23 was never published."),
        ("2.6", "Decisions on grants to community organisations were taken by a single member without officer advice. We found 23 such decisions in 2023, with a total value of £412,000."),
        ("2.7", "The council's approach to risk is informal. The corporate risk register was last reviewed by members in June 2022, and several of the risks it records have since materialised."),
        ("2.8", "Councillors do not receive the information they need to make informed decisions. Committee reports are often late, and financial implications are sometimes omitted altogether."),
        ("2.9", "Officers provide councillors with timely and accurate advice on planning matters. The planning committee is well run and its decisions are rarely overturned on appeal."),
        ("2.10", "We heard from many staff that 'the door is always open, but nobody walks through it'. Staff described senior managers as approachable but told us that concerns raised with them were rarely acted upon."),
        ("2.11", "The monitoring officer has raised concerns about the conduct of members on six occasions since 2022. In only one case did the group leaders take any action."),
        ("2.12", "The Leader of the largest group has taken personal responsibility for the improvement programme and chairs its board. We welcome this, but the board has met only twice."),
        ("2.13", "Relations between the political groups are poor, and the council's meetings are often bad-tempered. Members of all groups told us that they were embarrassed by the way the council conducts its business in public."),
        ("2.14", "The council has not carried out a review of its senior management arrangements since 2019. We consider that a review is now urgent, and that it should be led by someone from outside the council."),
        ("2.15", "We have concluded that the council is failing to comply with its Best Value Duty in respect of governance."),
    ]),
    ("3. Use of Resources", [
        ("3.1", "The council's financial position is sound in the short term. It set a balanced budget for 2024/25 without the use of reserves."),
        ("3.2", "The council holds general reserves of £12.6 million, equivalent to 21% of its net revenue budget. This is higher than most councils of its size."),
        ("3.3", "However, the medium-term financial plan shows a gap of £5.9 million by 2027/28, and the council has not yet agreed how it will be closed."),
        ("3.4", "The council's asset management is weak. It does not hold a complete record of the land and buildings it owns, and has not reviewed its commercial estate since 2018."),
        ("3.5", "Over the three years to 2023/24 the council underspent its capital programme by an average of £8.3 million a year. Several schemes have been in the programme for more than five years without starting."),
        ("3.6", "Procurement rules are not consistently applied. We found 31 contracts let without competition in 2023/24, and in nine cases the waiver had not been approved by the appropriate officer."),
        ("3.7", "We have concluded that the council is failing to comply with its Best Value Duty in respect of its use of resources, although the risk to its finances is not immediate."),
    ]),
]

LETTER = [
    "Dear Ms Okafor,",
    "BEST VALUE INSPECTION OF THE BOROUGH OF SALTMERE",
    "I am writing to you following the publication today of the report of the Best Value inspection of the Borough of Saltmere, a copy of which is enclosed.",
    "The inspectors have concluded that the council is failing to comply with its Best Value Duty in respect of governance and the use of resources. I accept their findings. I am particularly concerned by their account of decisions taken by single members without officer advice, and by the state of scrutiny.",
    "I am not satisfied that the council is able to secure the necessary improvement on its own. I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to appoint commissioners, and to direct the council to prepare an improvement plan within six months.",
    "The council may make representations about the proposed intervention by 31 October 2024.",
    "I am copying this letter to the leaders of the political groups on the council and to the council's monitoring officer.",
    "Yours sincerely,",
    "Alex Fairbairn MP",
    "Minister for Local Government",
]

W, H = A4


def draw_report(path):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(TITLE)
    page = [1]
    y = [H - 90]

    def finish_page():
        # the header and page number are drawn after the body: they come last in the stream
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 60, H - 40, f"Saltmere BVI \u2013 Page {page[0]}")
        c.showPage()
        page[0] += 1
        y[0] = H - 90

    def need(lines):
        if y[0] - lines * 14 < 70:
            finish_page()

    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, H - 250, "Best Value Inspection of the")
    c.drawString(60, H - 280, "Borough of Saltmere")
    c.setFont("Helvetica", 12)
    c.drawString(60, H - 320, "Report to the Secretary of State, September 2024")
    finish_page()
    for heading, paras in REPORT:
        need(6)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, y[0], heading)
        y[0] -= 26
        for num, text in paras:
            lines = textwrap.wrap(text, 78)
            need(len(lines) // 2 + 1)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(60, y[0], num)
            c.setFont("Helvetica", 10.5)
            for ln in lines:
                if y[0] < 70:
                    finish_page()
                    c.setFont("Helvetica", 10.5)
                c.drawString(100, y[0], ln)
                y[0] -= 14
            y[0] -= 8
        y[0] -= 10
    finish_page()
    c.save()


def draw_letter(path):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Letter from the Minister for Local Government to the Chief Executive, 26 September 2024")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, H - 60, "Ministry of Housing, Communities and Local Government")
    c.setFont("Helvetica", 9)
    for i, ln in enumerate(["2 Marsham Street", "London SW1P 4DF", "Tel: 0303 444 0000"]):
        c.drawString(60, H - 76 - 11 * i, ln)
    for i, ln in enumerate(["Ms Adaeze Okafor", "Chief Executive", "Borough of Saltmere",
                            "Civic Centre, Quay Road", "Saltmere SM1 2QT"]):
        c.drawRightString(W - 60, H - 150 - 13 * i, ln)
    c.setFont("Helvetica", 10.5)
    c.drawString(60, H - 230, "Our ref: MLG/2024/0917")
    c.drawRightString(W - 60, H - 230, "26 September 2024")
    y = H - 270
    for n, para in enumerate(LETTER):
        bold = n == 1
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 10.5)
        for ln in textwrap.wrap(para, 88):
            c.drawString(60, y, ln)
            y -= 14
        y -= 10
    c.showPage()
    c.save()


if __name__ == "__main__":
    draw_report(HERE / "report.pdf")
    draw_letter(HERE / "letter.pdf")
    print("wrote report.pdf and letter.pdf")

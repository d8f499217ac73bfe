"""Draw report.pdf for the northwold-reportlab case (fictional Borough of Northwold).

reportlab platypus: justified Paragraphs, paragraph numbers hung in the left margin,
three-level numbering (2.3.1), superscript footnote markers with footnote texts drawn small
at the foot of the page where the paragraph ends, a running header on odd printed pages only,
roman front matter (i, ii, iii) and "- 7 -" page numbers in the main matter, a contents page,
and a table of numeric cells ("3.4", "12.5%").

    .venv/bin/python examples/cases/northwold-reportlab/make_sources.py
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
TITLE = "Best Value Inspection of the Borough of Northwold"
FRONT_PAGES = 4          # cover + i, ii, iii: printed page N is physical page N + 4

FOOTNOTES = {
    1: "Interviews took place between 4 and 29 March 2024; 61 people were interviewed in all.",
    2: "Local Government Association, Corporate Peer Challenge: Borough of Northwold, March 2022.",
    3: "The protocol was last revised in 2019 and has not been reviewed since.",
    4: "Of the 61 interviewees, 23 were staff below the level of head of service.",
    5: "See also paragraph 2.26 on the use of exempt reports.",
    6: "Figures at 31 March 2024, from the Authority's own budget monitoring reports.",
}

# (number, text) ; text may contain [^n] footnote markers. Numbers with two dots are subparagraphs.
CH1 = [
    ("1.1", "On 6 February 2024 the Secretary of State appointed us to carry out a Best Value inspection of the Borough of Northwold under section 10 of the Local Government Act 1999. This report sets out what we found and what we recommend."),
    ("1.2", "Our terms of reference asked us to consider the Authority's compliance with the Best Value Duty in respect of leadership, governance, culture, use of resources and partnerships. We were not asked to examine the quality of individual services, and we have not done so."),
    ("1.3", "We read more than four hundred documents supplied by the Authority, attended eleven public meetings of the Council, the Cabinet and its committees, and held interviews with councillors, officers, partners and residents' groups.[^1]"),
    ("1.4", "We are grateful to everyone who gave us their time. Many staff spoke to us candidly and some did so at personal cost. We have not named any interviewee in this report."),
    ("1.5", "The Authority was last the subject of external review in 2022, when a corporate peer challenge made nine recommendations.[^2] Our view is that only two of those recommendations have been implemented in full."),
    ("1.6", "Chapter 2 of this report deals with governance and culture, and Chapter 3 with finance and the workforce. Our recommendations are set out in Annex A."),
]

CH2 = [
    ("2.1", "Northwold is a borough of some 212,000 residents. The Council has 51 councillors elected from 17 wards, and has been under the control of the same group since 2014."),
    ("2.2", "The Leader and Cabinet model has been in place since 2001. The Cabinet has nine members, each with a portfolio, and meets fortnightly in public."),
    ("2.3", "We examined the constitution, the scheme of delegation and the member-officer protocol. On paper the arrangements are conventional. In practice, we found that they are often set aside."),
    ("2.3.1", "Decisions reserved to Cabinet were in several cases taken by individual portfolio holders without a record of the delegation on which they relied."),
    ("2.3.2", "The monitoring officer told us that she had raised this with the Leader on three occasions in 2023 and had received no written reply."),
    ("2.4", "The constitution was last revised in full in 2016. A partial revision in 2021 changed the scheme of delegation but not the financial procedure rules, so that the two documents now contradict each other on the thresholds for key decisions."),
    ("2.5", "The member-officer protocol sets out the respective roles clearly.[^3] However, most of the councillors we spoke to had not read it, and several did not know that it existed."),
    ("2.6", "Agendas and reports are published on time and in the prescribed form. Officers have introduced a forward plan that is more detailed than many we have seen."),
    ("2.7", "The quality of reports to Cabinet is uneven. Some set out options and risks with care; others recommend a single course of action without any assessment of alternatives."),
    ("2.8", "Legal and financial implications are included in every report, but in a significant number of cases they were added after the report had been cleared by the portfolio holder."),
    ("2.9", "We observed that the Cabinet rarely debates the reports in front of it. Of the 64 decisions taken in public in 2023, 58 were agreed without any discussion recorded in the minutes."),
    ("2.10", "The Leader told us that discussion takes place at informal Cabinet briefings. These briefings are not minuted, and officers are asked to leave the room for part of each meeting."),
    ("2.11", "We do not regard informal briefings as improper in themselves. But the Authority should be able to show where and how its decisions were actually made, and at present it cannot."),
    ("2.12", "Relationships between the political groups are poor. Opposition councillors described the atmosphere in the chamber as hostile, and some members of the majority group agreed. We saw this for ourselves at two meetings of the Council."),
    ("2.13", "The Mayor's civic role has been used on occasion for party purposes, which has caused resentment across the chamber and among staff who support the civic office."),
    ("2.14", "Staff told us that concerns raised with senior managers were seldom acted upon, and that the Authority's response to complaints from staff was slow and defensive. A number of staff described a culture in which it was safer to say nothing. One officer told us that raising a concern in writing was regarded as disloyal, and that those who did so were not invited to the next meeting.[^4]"),
    ("2.15", "The Chief Executive has been in post since September 2023. She has begun to change the tone of the organisation, and many staff told us that they had noticed a difference. She holds open sessions with staff each month, has published her diary, and has asked directors to report to her on the actions taken in response to the staff survey. These are welcome steps. They have not yet changed the experience of staff in the services we examined, where middle managers told us that they continue to receive instructions from members directly."),
    ("2.16", "However, the Chief Executive does not yet have a settled senior team. Three of the five director posts are filled by interim appointments, two of which have been extended more than once."),
    ("2.17", "The Authority's statutory officers have not always been able to give their advice freely."),
    ("2.17.1", "The Section 151 Officer told us that a report warning of a likely overspend in 2023/24 was withdrawn from the Cabinet agenda at the request of the portfolio holder."),
    ("2.17.2", "The monitoring officer was not consulted on two decisions that, in our view, plainly required her advice."),
    ("2.17.3", "The head of paid service was not informed in advance of a restructuring of the Leader's office."),
    ("2.18", "We regard these matters as serious. Statutory officers must be able to give their advice without fear, and members must be willing to receive it."),
    ("2.19", "Overview and scrutiny is organised around a single committee and four panels. The committee meets eight times a year and the panels as required."),
    ("2.20", "Scrutiny chairs are all drawn from the majority group. We were told that this reflects the proportionality rules, but the rules do not require it."),
    ("2.21", "Scrutiny has called in only one Cabinet decision since 2020.[^5] Members of the committee told us that they were discouraged from using the call-in procedure by senior members of their own group."),
    ("2.22", "The work programme is agreed with the Cabinet before it is published. Several items were removed from the programme in 2023 after objections from portfolio holders."),
    ("2.23", "We found little evidence that scrutiny recommendations are tracked. Of 27 recommendations made in 2022/23, the Authority could tell us the outcome of only nine."),
    ("2.24", "The Audit Committee is better placed. It has an independent chair and two independent members, and its meetings are well attended and challenging."),
    ("2.25", "Internal audit reports are presented to the committee in full. However, the number of overdue audit actions has risen from 14 in April 2022 to 46 in March 2024."),
    ("2.26", "The use of exempt reports is high. One in five Cabinet reports in 2023 was taken wholly or partly in private, and the reasons given were in several cases not those permitted by the legislation."),
    ("2.27", "Freedom of information requests are usually answered on time, but the Authority refused a higher share of requests than comparable councils, most often on grounds of cost."),
    ("2.28", "Residents' groups told us that they find it hard to learn how decisions are made and by whom. The Authority's consultation portal has not been updated since 2022."),
    ("2.29", "Partnership working is a relative strength. Health partners and the police spoke well of officers at operational level, although they noted frequent changes of senior contact."),
    ("2.30", "The voluntary sector compact lapsed in 2021 and has not been renewed. Voluntary organisations told us that grant decisions were announced late and without explanation."),
    ("2.31", "The Authority has a corporate plan for 2022 to 2026, but it contains no measurable targets, and progress against it has not been reported to Council since its adoption."),
    ("2.32", "Performance reports to Cabinet are long and descriptive. They do not make clear which services are improving and which are declining."),
    ("2.33", "Taken together, these findings suggest an authority whose formal arrangements are adequate but whose culture allows those arrangements to be bypassed when they are inconvenient."),
    ("2.34", "We have concluded that the Authority is failing to comply with its Best Value Duty in respect of governance and culture. Without a sustained change in the behaviour of its senior members, we do not believe that improvement will be achieved."),
]

CH3 = [
    ("3.1", "The Authority set a balanced budget for 2024/25 of £243.7 million. It did so by drawing £6.2 million from reserves and by assuming savings of £9.8 million, of which £4.1 million had not been identified when the budget was set."),
    ("3.2", "General Fund reserves stood at £18.4 million at 31 March 2024, down from £31.0 million two years earlier. On current plans they would be exhausted by 2026/27."),
    ("3.3", "The medium-term financial strategy has not been updated since February 2023. It does not reflect the overspend of 2023/24 or the pay awards agreed since."),
    ("3.4", "Budget monitoring is timely but optimistic. In each of the last three years the forecast at month six understated the final overspend by more than half.[^6]"),
    ("3.5", "The capital programme is large relative to the size of the Authority. Slippage has averaged 38% a year since 2020, and the Authority does not review the continued need for schemes that slip."),
    ("3.6", "The workforce has become steadily more reliant on temporary staff. The figures in Table 1 show the position over the last two years."),
    ("3.7", "Agency spending in 2023/24 was £14.9 million, an increase of 41% on the previous year. The largest share was in children's social care, where 12.5% of posts were filled by agency staff."),
    ("3.8", "Sickness absence has fallen, but turnover among experienced staff remains high, particularly in finance, legal services and planning."),
    ("3.9", "The staff survey of 2023 had a response rate of 44%. Only 31% of respondents agreed that senior leaders listen to staff, and only 23% that it is safe to challenge the way things are done."),
    ("3.10", "We recommend that the Authority prepare a workforce strategy within six months, with targets for reducing its reliance on agency staff."),
    ("3.11", "The Authority's finances are not yet in crisis, but the trend is clear. Unless the use of reserves is brought to an end within two years, the Section 151 Officer may have no option but to issue a report under section 114."),
    ("3.12", "We have concluded that the Authority is failing to comply with its Best Value Duty in respect of its use of resources."),
]

TABLE = [
    ["Indicator", "2022/23", "2023/24", "Change"],
    ["Agency staff (% of posts)", "8.1%", "12.5%", "+4.4"],
    ["Average days lost to sickness", "9.7", "3.4", "-6.3"],
    ["Voluntary turnover (%)", "14.2", "16.9", "+2.7"],
    ["Vacancy rate (%)", "10.6", "11.8", "+1.2"],
]

FOREWORD = [
    "This report is the result of an inspection carried out between February and May 2024. It is addressed to the Secretary of State and will be published.",
    "We found an authority with committed staff and several good services, but one in which the way decisions are made has drifted a long way from what its constitution describes.",
    "We are clear that the Authority can improve. We are equally clear that it will not do so without a change in the conduct of its most senior members.",
]
SUMMARY = [
    "The Borough of Northwold is failing to comply with its Best Value Duty in respect of governance, culture and the use of resources.",
    "Decisions are too often taken outside the formal arrangements, statutory officers have not always been able to give their advice freely, and scrutiny has been weakened by the majority group's reluctance to challenge its own leadership.",
    "The Authority's reserves have fallen by more than a third in two years, and on current plans will be exhausted by 2026/27.",
    "We recommend that the Secretary of State consider the use of his powers of intervention, and that the Authority prepare an improvement plan within three months.",
]
CONTENTS = [("Foreword", "ii"), ("Executive summary", "iii"), ("1 Introduction", "1"),
            ("2 Governance and culture", "2"), ("3 Finance and the workforce", "5"),
            ("Annex A Recommendations", "6")]
ANNEX = [
    "R1. The Authority should prepare an improvement plan within three months.",
    "R2. The Authority should revise its constitution so that the scheme of delegation and the financial procedure rules agree.",
    "R3. Informal Cabinet briefings should be minuted, and the minutes made available to the monitoring officer.",
    "R4. The Authority should prepare a workforce strategy within six months.",
]

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                      leftIndent=1.4 * cm, bulletIndent=0, spaceAfter=7)
sub = ParagraphStyle("sub", parent=body, leftIndent=2.6 * cm, bulletIndent=1.4 * cm)
plain = ParagraphStyle("plain", parent=body, leftIndent=0)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=12)
fnstyle = ParagraphStyle("fn", fontName="Times-Roman", fontSize=7.5, leading=9)


def markup(text):
    import re
    return re.sub(r"\[\^(\d+)\]", r"<super><font size=7>\1</font></super>", text.replace("&", "&amp;"))


class FootnoteAnchor(Flowable):
    """Zero-height flowable: the footnotes it carries go to the foot of the page it lands on."""
    def __init__(self, labels):
        super().__init__()
        self.labels = labels
        self.width = self.height = 0

    def draw(self):
        self.canv._doctemplate_footnotes.extend(self.labels)


class Doc(BaseDocTemplate):
    def handle_pageBegin(self):
        self.canv._doctemplate_footnotes = []
        super().handle_pageBegin()


def header_footer(canv, doc):
    physical = canv.getPageNumber()
    if physical == 1:
        pass
    elif physical <= FRONT_PAGES:
        canv.setFont("Times-Roman", 10)
        canv.drawCentredString(A4[0] / 2, 1.3 * cm, ["i", "ii", "iii"][physical - 2])
    else:
        printed = physical - FRONT_PAGES
        canv.setFont("Times-Roman", 10)
        canv.drawCentredString(A4[0] / 2, 1.3 * cm, f"- {printed} -")
        if printed % 2 == 1:
            canv.setFont("Helvetica-Oblique", 8.5)
            canv.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.5 * cm, TITLE)
    fns = getattr(canv, "_doctemplate_footnotes", [])
    if fns:
        y = 2.2 * cm + sum(1 for _ in fns) * 0.45 * cm
        canv.setLineWidth(0.4)
        canv.line(2.5 * cm, y + 0.3 * cm, 7.5 * cm, y + 0.3 * cm)
        for n in fns:
            p = Paragraph(f"<super>{n}</super> {markup(FOOTNOTES[n])}", fnstyle)
            w, h = p.wrap(A4[0] - 5 * cm, 3 * cm)
            p.drawOn(canv, 2.5 * cm, y - h + 0.2 * cm)
            y -= h + 1


def numbered(num, text):
    import re
    style = sub if num.count(".") == 2 else body
    out = [Paragraph(markup(text), style, bulletText=num)]
    labels = [int(n) for n in re.findall(r"\[\^(\d+)\]", text)]
    if labels:
        out.append(FootnoteAnchor(labels))
    return out


def build(path):
    doc = Doc(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
              topMargin=2.5 * cm, bottomMargin=3.4 * cm, title=TITLE, author="Inspection team")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", [frame], onPageEnd=header_footer)])
    story = [Spacer(1, 6 * cm), Paragraph(TITLE, ParagraphStyle("t", parent=h1, fontSize=22, leading=28)),
             Paragraph("Report of the inspection team to the Secretary of State", plain),
             Paragraph("July 2024", plain), PageBreak()]
    story.append(Paragraph("Contents", h1))
    for entry, page in CONTENTS:
        story.append(Table([[entry, page]], colWidths=[12 * cm, 3 * cm],
                           style=[("FONT", (0, 0), (-1, -1), "Times-Roman", 11), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story.append(PageBreak())
    story.append(Paragraph("Foreword", h1))
    story += [Paragraph(markup(t), plain) for t in FOREWORD]
    story.append(PageBreak())
    story.append(Paragraph("Executive summary", h1))
    story += [Paragraph(markup(t), plain) for t in SUMMARY]
    story.append(PageBreak())
    for title, paras in (("1 Introduction", CH1), ("2 Governance and culture", CH2),
                         ("3 Finance and the workforce", CH3)):
        story.append(Paragraph(title, h1))
        for num, text in paras:
            story += numbered(num, text)
            if num == "3.6":
                story.append(Paragraph("Table 1: Workforce indicators", ParagraphStyle("cap", parent=body, fontName="Times-Bold")))
                t = Table(TABLE, colWidths=[6.5 * cm, 2.4 * cm, 2.4 * cm, 2.2 * cm], hAlign="RIGHT")
                t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
                                       ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
                story += [t, Spacer(1, 8)]
        story.append(PageBreak())
    story.append(Paragraph("Annex A Recommendations", h1))
    story += [Paragraph(markup(t), plain) for t in ANNEX]
    doc.build(story)


if __name__ == "__main__":
    build(HERE / "report.pdf")
    print("wrote", HERE / "report.pdf")
